#include "SimSockets.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

SimSockets::SimSockets(QObject *parent)
    : QObject(parent)
{}

SimSockets::~SimSockets()
{
    closeAll();
}

const SimSockets::Info *SimSockets::info(int id) const
{
    const auto it = m_sockets.constFind(id);
    return it == m_sockets.constEnd() ? nullptr : &(*it)->info;
}

QList<int> SimSockets::ids() const
{
    QList<int> list = m_sockets.keys();
    std::sort(list.begin(), list.end());
    return list;
}

int SimSockets::freeId(int first, int last) const
{
    for (int id = first; id <= last; ++id) {
        if (!m_sockets.contains(id))
            return id;
    }
    return -1;
}

void SimSockets::wireStream(int id, QAbstractSocket *socket)
{
    connect(socket, &QAbstractSocket::readyRead, this, [this, id, socket] {
        const auto it = m_sockets.find(id);
        if (it == m_sockets.end() || (*it)->socket != socket)
            return;
        const QByteArray bytes = socket->readAll();
        (*it)->info.bytesIn += quint64(bytes.size());
        emit dataReceived(id, bytes, socket->peerAddress(), socket->peerPort());
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, id, socket] {
        const auto it = m_sockets.find(id);
        if (it == m_sockets.end() || (*it)->socket != socket)
            return;
        m_sockets.erase(it);
        socket->deleteLater();
        emit closed(id);
    });
}

bool SimSockets::connectTcp(int id, const QHostAddress &host, quint16 port, bool tls,
                            quint16 localPort)
{
    if (m_sockets.contains(id))
        return false;
    if (!host.isLoopback()) {
        // The virtual module reaches this machine only; elsewhere is unreachable, as a network
        // without that host would be. Reported later, like a real connect failure.
        QMetaObject::invokeMethod(this, [this, id] {
            emit failed(id, QCoreApplication::translate(
                                "SimSockets", "No route to host (the virtual module reaches this "
                                              "computer only)."));
        }, Qt::QueuedConnection);
        return true;
    }
    auto entry = std::make_shared<Entry>();
    entry->info.kind = tls ? Kind::TlsClient : Kind::TcpClient;
    entry->info.remoteAddress = host;
    entry->info.remotePort = port;
    QAbstractSocket *socket = tls ? static_cast<QAbstractSocket *>(new QSslSocket(this))
                                  : static_cast<QAbstractSocket *>(new QTcpSocket(this));
    entry->socket = socket;
    m_sockets.insert(id, entry);
    wireStream(id, socket);
    const auto onUp = [this, id, socket] {
        const auto it = m_sockets.find(id);
        if (it == m_sockets.end() || (*it)->socket != socket)
            return;
        (*it)->info.connected = true;
        (*it)->info.localAddress = socket->localAddress();
        (*it)->info.localPort = socket->localPort();
        emit connected(id);
    };
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, id, socket](QAbstractSocket::SocketError e) {
                const auto it = m_sockets.find(id);
                if (it == m_sockets.end() || (*it)->socket != socket)
                    return;
                if ((*it)->info.connected && e == QAbstractSocket::RemoteHostClosedError)
                    return; // disconnected() reports it
                const bool wasUp = (*it)->info.connected;
                const QString reason = socket->errorString();
                m_sockets.erase(it);
                socket->deleteLater();
                if (wasUp)
                    emit closed(id);
                else
                    emit failed(id, reason);
            });
    if (localPort)
        socket->bind(QHostAddress::LocalHost, localPort);
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::encrypted, this, onUp);
        ssl->connectToHostEncrypted(host.toString(), port);
    } else {
        connect(socket, &QAbstractSocket::connected, this, onUp);
        socket->connectToHost(host, port);
    }
    return true;
}

bool SimSockets::listenTcp(int id, quint16 port, QString *error)
{
    if (m_sockets.contains(id))
        return false;
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
    auto entry = std::make_shared<Entry>();
    entry->info.kind = Kind::TcpServer;
    entry->info.localAddress = server->serverAddress();
    entry->info.localPort = server->serverPort();
    entry->info.connected = true;
    entry->server = server;
    m_sockets.insert(id, entry);
    connect(server, &QTcpServer::newConnection, this, [this, id, server] {
        while (QTcpSocket *peer = server->nextPendingConnection()) {
            const int newId = m_allocate ? m_allocate(id) : freeId(0, 255);
            if (newId < 0 || m_sockets.contains(newId)) {
                peer->abort();
                peer->deleteLater();
                continue;
            }
            peer->setParent(this);
            auto e = std::make_shared<Entry>();
            e->info.kind = Kind::TcpAccepted;
            e->info.serverId = id;
            e->info.connected = true;
            e->info.localAddress = peer->localAddress();
            e->info.localPort = peer->localPort();
            e->info.remoteAddress = peer->peerAddress();
            e->info.remotePort = peer->peerPort();
            e->socket = peer;
            m_sockets.insert(newId, e);
            wireStream(newId, peer);
            emit accepted(id, newId);
        }
    });
    return true;
}

bool SimSockets::openUdp(int id, const QHostAddress &remote, quint16 remotePort, quint16 localPort,
                         QString *error)
{
    if (m_sockets.contains(id))
        return false;
    auto *udp = new QUdpSocket(this);
    if (!udp->bind(QHostAddress::LocalHost, localPort)) {
        if (error)
            *error = udp->errorString();
        delete udp;
        return false;
    }
    auto entry = std::make_shared<Entry>();
    entry->info.kind = Kind::Udp;
    entry->info.localAddress = udp->localAddress();
    entry->info.localPort = udp->localPort();
    entry->info.remoteAddress = remote;
    entry->info.remotePort = remotePort;
    entry->info.connected = true;
    entry->socket = udp;
    m_sockets.insert(id, entry);
    connect(udp, &QUdpSocket::readyRead, this, [this, id, udp] {
        while (udp->hasPendingDatagrams()) {
            const QNetworkDatagram d = udp->receiveDatagram();
            const auto it = m_sockets.find(id);
            if (it == m_sockets.end())
                return;
            (*it)->info.bytesIn += quint64(d.data().size());
            emit dataReceived(id, d.data(), d.senderAddress(), quint16(d.senderPort()));
        }
    });
    return true;
}

qint64 SimSockets::send(int id, const QByteArray &bytes, const QHostAddress &to, quint16 toPort)
{
    const auto it = m_sockets.find(id);
    if (it == m_sockets.end() || !(*it)->socket || !(*it)->info.connected)
        return -1;
    Entry &e = **it;
    qint64 n = -1;
    if (e.info.kind == Kind::Udp) {
        const QHostAddress dest = to.isNull() ? e.info.remoteAddress : to;
        const quint16 port = toPort ? toPort : e.info.remotePort;
        if (dest.isNull() || port == 0)
            return -1;
        if (!dest.isLoopback())
            return bytes.size(); // sent into a network where nobody listens
        n = static_cast<QUdpSocket *>(e.socket.data())->writeDatagram(bytes, dest, port);
    } else {
        n = e.socket->write(bytes);
    }
    if (n > 0)
        e.info.bytesOut += quint64(n);
    return n;
}

void SimSockets::close(int id)
{
    const auto it = m_sockets.find(id);
    if (it == m_sockets.end())
        return;
    const std::shared_ptr<Entry> e = *it;
    m_sockets.erase(it);
    if (e->server) {
        e->server->close();
        e->server->deleteLater();
    }
    if (e->socket) {
        QAbstractSocket *socket = e->socket;
        socket->disconnect(this);
        // A graceful close, like the module's: pending bytes go out, then FIN.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    }
}

void SimSockets::closeAll()
{
    const QList<int> all = m_sockets.keys();
    for (int id : all)
        close(id);
}
