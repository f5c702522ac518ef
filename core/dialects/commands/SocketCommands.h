#pragma once

#include "dialects/commands/CommandPlan.h"

#include <QList>
#include <QString>

enum class SocketKind { TcpClient, TcpServer, Udp, Tls };

struct SocketSettings
{
    SocketKind kind = SocketKind::TcpClient;
    QString host;          // TCP/TLS client and UDP: the peer
    quint16 port = 0;      // the peer's port, or the port a TCP server listens on
    quint16 localPort = 0; // UDP (and clients where the family takes one): 0 = the module picks
    bool dataMode = false; // open straight into data (transparent) mode, where the family can
};

// A family's socket commands. Sockets are numbered as the module numbers them.
class SocketCommands
{
public:
    virtual ~SocketCommands();

    // Open a socket. The plan stores the module's number for it in values["socket"] (an int).
    // `openSockets` are the numbers in use, for families where the host picks the number.
    virtual CommandPlan open(const SocketSettings &settings,
                             const QList<int> &openSockets) const = 0;
    // Send one chunk (at most the capabilities' maxSendChunk bytes) on an open socket; `settings`
    // are the ones it was opened with (UDP families that need the peer on every send).
    virtual CommandPlan send(int socket, const QByteArray &bytes,
                             const SocketSettings &settings) const = 0;
    virtual CommandPlan close(int socket) const = 0;
    virtual CommandPlan closeAll(const QList<int> &openSockets) const = 0;
    // The module announced `length` bytes waiting on `socket` ("socket.data_available"): how to
    // read them (the reply's Data frames carry them). Empty for families that push data by
    // themselves.
    virtual CommandPlan readAvailable(int socket, qint64 length) const;
    // Data (transparent) mode, where the family has it: after this plan every byte both ways is
    // the peer's, until the escape sequence (sent alone, with `guardMs` of silence before and
    // after) returns the module to commands.
    virtual CommandPlan enterDataMode(int socket) const;
    virtual QByteArray dataModeEscape() const { return QByteArrayLiteral("+++"); }
    virtual int dataModeGuardMs() const { return 1000; }
};
