#pragma once

#include "dialects/commands/SocketCommands.h"
#include "models/SocketsModel.h"
#include "services/CapabilityService.h"

#include <memory>

// Socket intents for the connected module: open (TCP client/server, UDP, TLS), send (split into
// the family's chunks, repeated n times), close one or all, data mode; the model follows the
// module's messages (accepted connections, closes) and counts bytes per socket both ways.
class SocketService : public CapabilityService
{
    Q_OBJECT
public:
    explicit SocketService(ModuleConnection *connection, QObject *parent = nullptr);
    ~SocketService() override;

    const SocketCommands *commands() const { return m_commands.get(); }
    SocketsModel *sockets() { return &m_sockets; }
    // Whether a kind of socket can be opened on this family (reason in the feature when not).
    DialectCapabilities::Feature feature(SocketKind kind) const;

    enum class Field { Host, Port, LocalPort };
    QHash<Field, QString> checkOpen(const SocketSettings &settings) const;

    // The socket in data mode, -1 when none.
    int dataModeSocket() const { return m_dataModeSocket; }

public slots:
    void open(const SocketSettings &settings);
    // Sends `bytes` `repeat` times (each time split into the family's chunks).
    void send(int socket, const QByteArray &bytes, int repeat = 1);
    void close(int socket);
    void closeAll();
    void enterDataMode(int socket);
    void leaveDataMode();
    // In data mode: bytes straight to the peer.
    void sendInDataMode(const QByteArray &bytes);

signals:
    void dataModeChanged(int socket);

protected:
    void dialectChanged(const Dialect *dialect) override;
    void handleEvents(const QList<AtEvent> &events) override;
    void moduleRestarted() override;

private:
    void onSocketData(int socket, const QByteArray &bytes);
    // The module entered data mode on `socket`: the engine passes bytes through from now on.
    void startDataMode(int socket);
    // No socket is in data mode any more (left, closed, or the module or connection is gone).
    void forgetDataMode();

    std::unique_ptr<SocketCommands> m_commands;
    SocketsModel m_sockets;
    int m_dataModeSocket = -1;
};
