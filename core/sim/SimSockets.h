#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <memory>

class QAbstractSocket;
class QTcpServer;
class QUdpSocket;

// The virtual module's sockets: real OS sockets on loopback (TCP client and server, UDP, TLS
// client), numbered by the dialect (which decides who picks the numbers). Every outcome is a
// signal; nothing blocks. Only loopback addresses are ever reached: a connect elsewhere fails and
// a datagram elsewhere goes nowhere, so no traffic ever leaves this machine.
class SimSockets : public QObject
{
    Q_OBJECT
public:
    enum class Kind { TcpClient, TcpServer, TcpAccepted, Udp, TlsClient };
    Q_ENUM(Kind)

    struct Info
    {
        Kind kind = Kind::TcpClient;
        QHostAddress localAddress;
        quint16 localPort = 0;
        QHostAddress remoteAddress;
        quint16 remotePort = 0;
        int serverId = -1; // accepted connections: the listening socket
        bool connected = false;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
    };

    explicit SimSockets(QObject *parent = nullptr);
    ~SimSockets() override;

    bool exists(int id) const { return m_sockets.contains(id); }
    const Info *info(int id) const;
    QList<int> ids() const;
    // The lowest id in [first, last] not in use, or -1.
    int freeId(int first, int last) const;

    // Connect asynchronously: connected(id) or failed(id, reason) follows.
    bool connectTcp(int id, const QHostAddress &host, quint16 port, bool tls = false,
                    quint16 localPort = 0);
    // Listen on loopback; false (with *error) when the port cannot be bound.
    bool listenTcp(int id, quint16 port, QString *error = nullptr);
    // Accepted connections get ids from this callback (the dialect's numbering); -1 refuses.
    void setAcceptIdAllocator(std::function<int(int serverId)> allocator)
    {
        m_allocate = std::move(allocator);
    }
    bool openUdp(int id, const QHostAddress &remote, quint16 remotePort, quint16 localPort,
                 QString *error = nullptr);
    // Send on a socket; for UDP an explicit destination may be given.
    qint64 send(int id, const QByteArray &bytes, const QHostAddress &to = {}, quint16 toPort = 0);
    void close(int id);
    void closeAll();

signals:
    void connected(int id);
    void failed(int id, const QString &reason);
    void accepted(int serverId, int id);
    void dataReceived(int id, const QByteArray &bytes, const QHostAddress &from, quint16 fromPort);
    void closed(int id); // the peer closed, or the connection broke

private:
    struct Entry
    {
        Info info;
        QPointer<QAbstractSocket> socket;
        QPointer<QTcpServer> server;
    };
    void wireStream(int id, QAbstractSocket *socket);

    QHash<int, std::shared_ptr<Entry>> m_sockets;
    std::function<int(int)> m_allocate;
};
