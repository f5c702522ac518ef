#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <memory>

// Real peers on loopback for the virtual module's sockets to talk to.

// Accepts connections, keeps what each sends, echoes it back when `echo` is on.
class TcpPeerServer : public QObject
{
public:
    explicit TcpPeerServer(bool echo = true);
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received() const { return m_received; }
    int connections() const { return m_connections; }
    // Send to the newest connection.
    void send(const QByteArray &bytes);
    void closeConnections();

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_peers;
    QByteArray m_received;
    int m_connections = 0;
    bool m_echo;
};

// A UDP socket that keeps datagrams and echoes them back when `echo` is on.
class UdpPeer : public QObject
{
public:
    explicit UdpPeer(bool echo = true);
    quint16 port() const { return m_socket.localPort(); }
    QByteArray received() const { return m_received; }
    quint16 lastSenderPort() const { return m_lastPort; }
    void sendTo(quint16 port, const QByteArray &bytes);

private:
    QUdpSocket m_socket;
    QByteArray m_received;
    quint16 m_lastPort = 0;
    bool m_echo;
};
