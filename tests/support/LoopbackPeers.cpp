#include "LoopbackPeers.h"

#include <QNetworkDatagram>

TcpPeerServer::TcpPeerServer(bool echo)
    : m_echo(echo)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            ++m_connections;
            m_peers << s;
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                const QByteArray b = s->readAll();
                m_received += b;
                if (m_echo)
                    s->write(b);
            });
        }
    });
}

void TcpPeerServer::send(const QByteArray &bytes)
{
    if (!m_peers.isEmpty())
        m_peers.last()->write(bytes);
}

void TcpPeerServer::closeConnections()
{
    for (QTcpSocket *s : m_peers)
        s->disconnectFromHost();
}

UdpPeer::UdpPeer(bool echo)
    : m_echo(echo)
{
    m_socket.bind(QHostAddress::LocalHost, 0);
    connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram d = m_socket.receiveDatagram();
            m_received += d.data();
            m_lastPort = quint16(d.senderPort());
            if (m_echo)
                m_socket.writeDatagram(d.data(), d.senderAddress(), quint16(d.senderPort()));
        }
    });
}

void UdpPeer::sendTo(quint16 port, const QByteArray &bytes)
{
    m_socket.writeDatagram(bytes, QHostAddress::LocalHost, port);
}
