#include "Air602Module.h"

#include <QTcpSocket>
#include <QUrl>

// Sockets (§2.2.3.10-17): real loopback sockets numbered 1..20, counted send and receive,
// active reports, transparent mode, name resolution, automatic mode (§3.10) and AT+HTTPC.

namespace {
constexpr int FirstSocket = 1;
constexpr int LastSocket = 20; // the firmware's TLS_MAX_NETCONN_NUM
constexpr int NoRouteMs = 500; // a connection to an address outside the world fails

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

// Only loopback exists in the simulated world: nothing may leave the machine.
bool reachable(const QHostAddress &a)
{
    return a.isLoopback();
}
} // namespace

int Air602Module::freeSocketId() const
{
    for (int id = FirstSocket; id <= LastSocket; ++id) {
        if (!m_sockets.contains(id))
            return id;
    }
    return -1;
}

void Air602Module::closeAllSockets()
{
    sockets().closeAll();
    m_sockets.clear();
    if (m_connecting) {
        m_connecting = 0;
        finishBusy();
        error(-13);
    }
}

bool Air602Module::socketCommand(const Command &c)
{
    const QByteArray &n = c.name;
    const auto socketParam = [&](int *id) {
        return c.params.size() >= 1 && parseInt(c.params[0], id, FirstSocket, LastSocket);
    };
    int id = 0;
    if (n == "SKCT") {
        createSocket(c);
    } else if (n == "SKSND") {
        sendOnSocket(c);
    } else if (n == "SKRCV") {
        receiveFromSocket(c);
    } else if (n == "SKSTT") {
        socketStatus(c);
    } else if (n == "SKCLS") {
        if (c.op == Op::Query || c.op == Op::SetFlash)
            return error(-3), true;
        if (c.params.size() != 1 || !socketParam(&id) || !m_sockets.contains(id))
            return error(-4), true;
        sockets().close(id);
        m_sockets.remove(id);
        ok();
    } else if (n == "SKSDF") {
        if (c.op == Op::Query || c.op == Op::SetFlash)
            return error(-3), true;
        if (c.params.size() != 1 || !socketParam(&id))
            return error(-4), true;
        m_defaultSocket = id;
        ok();
    } else if (n == "SKSRCIP") {
        if (!c.query())
            return error(-3), true;
        okValue(ipText(m_sourceIp));
        m_sourceIp = QHostAddress(); // cleared once read (SDK)
    } else if (n == "SKRPTM") {
        if (c.query())
            return okValue(num(m_reportMode ? 1 : 0)), true;
        int mode = 0;
        if (c.params.size() != 1 || !parseInt(c.params[0], &mode, 0, 1))
            return error(-4), true;
        m_reportMode = mode == 1;
        ok();
    } else if (n == "SKGHBN") {
        if (!c.set())
            return error(-3), true;
        const QByteArray host = unquote(c.args.trimmed());
        const auto address = world().resolve(QString::fromUtf8(host));
        if (host.isEmpty() || !networkUp() || !address)
            return error(-4), true;
        okValue('"' + ipText(*address) + '"');
    } else if (n == "ENTM") {
        if (c.op != Op::None)
            return error(-3), true;
        ok();
        enterTransparentMode();
    } else if (n == "HTTPC") {
        httpRequest(c);
    } else {
        return false;
    }
    return true;
}

void Air602Module::createSocket(const Command &c)
{
    if (!c.set() || c.op == Op::SetFlash) {
        error(-3);
        return;
    }
    // AT+SKCT=<protocol>,<cs>,<host_timeout>,<remote_port>[,<local_port>] (the SDK also takes
    // the four-parameter form).
    int protocol = 0, cs = 0, remotePort = 0, localPort = 0;
    if (c.params.size() < 4 || c.params.size() > 5 || !parseInt(c.params[0], &protocol, 0, 1) ||
        !parseInt(c.params[1], &cs, 0, 1) || !parseInt(c.params[3], &remotePort, 0, 65535) ||
        (c.params.size() == 5 && !parseInt(c.params[4], &localPort, 0, 65535))) {
        error(-4);
        return;
    }
    const QByteArray host = unquote(c.params[2]);
    const int id = freeSocketId();
    if (id < 0) {
        error(-11);
        return;
    }
    if (!networkUp()) {
        error(-13);
        return;
    }
    Socket s;
    s.protocol = protocol;
    s.server = cs == 1;
    if (s.server) {
        // A server listens on local_port, or on remote_port when local_port is 0 (SDK).
        const int port = localPort ? localPort : remotePort;
        int timeout = 120;
        if (port == 0 ||
            (protocol == 0 && !host.isEmpty() && !parseInt(host, &timeout, 0, 10000000))) {
            error(-4);
            return;
        }
        QString why;
        const bool opened = protocol == 0
                                ? sockets().listenTcp(id, quint16(port), &why)
                                : sockets().openUdp(id, QHostAddress(), 0, quint16(port), &why);
        if (!opened) {
            error(-13);
            return;
        }
        s.status = protocol == 0 ? 1 : 2;
        s.localPort = sockets().info(id)->localPort;
        m_sockets.insert(id, s);
        okValue(num(id));
        return;
    }
    const auto address = world().resolve(QString::fromUtf8(host));
    if (remotePort == 0 || host.isEmpty()) {
        error(-4);
        return;
    }
    s.remote = address.value_or(QHostAddress());
    s.remotePort = quint16(remotePort);
    if (protocol == 1) {
        QString why;
        if (!address || !sockets().openUdp(id, s.remote, s.remotePort, quint16(localPort), &why)) {
            error(-13);
            return;
        }
        s.localPort = sockets().info(id)->localPort;
        m_sockets.insert(id, s);
        okValue(num(id));
        return;
    }
    // TCP client: the answer comes once the connection is up or has failed.
    m_processing = true;
    if (!address || !reachable(*address)) {
        later(NoRouteMs, [this] {
            finishBusy();
            error(-13);
        });
        return;
    }
    s.status = 0;
    m_sockets.insert(id, s);
    m_connecting = id;
    sockets().connectTcp(id, *address, s.remotePort, false, quint16(localPort));
}

void Air602Module::onSocketConnected(int id)
{
    if (id != m_connecting || !m_sockets.contains(id))
        return;
    m_connecting = 0;
    Socket &s = m_sockets[id];
    s.status = 2;
    if (const SimSockets::Info *info = sockets().info(id))
        s.localPort = info->localPort;
    finishBusy();
    okValue(num(id));
}

void Air602Module::onSocketFailed(int id)
{
    if (id != m_connecting)
        return;
    m_connecting = 0;
    m_sockets.remove(id);
    finishBusy();
    error(-13);
}

void Air602Module::onSocketAccepted(int serverId, int id)
{
    // No message in AT mode (the SDK sends TCP_JOIN events only to SPI hosts): the host sees
    // the client as a further line of AT+SKSTT=<server>.
    const SimSockets::Info *info = sockets().info(id);
    if (!info)
        return;
    Socket &s = m_sockets[id];
    s.protocol = 0;
    s.parent = serverId;
    s.status = 2;
    s.remote = info->remoteAddress;
    s.remotePort = info->remotePort;
    s.localPort = info->localPort;
}

void Air602Module::onSocketData(int id, const QByteArray &bytes, const QHostAddress &from,
                                quint16 port)
{
    const auto it = m_sockets.find(id);
    if (it == m_sockets.end())
        return;
    m_sourceIp = from;
    if (it->protocol == 1 && it->server) {
        it->lastFrom = from;
        it->lastFromPort = port;
    }
    if (inDataMode() && id == m_defaultSocket) {
        say(bytes); // transparent mode: the data as it is
        return;
    }
    if (m_reportMode) {
        const QByteArray ip = ipText(QHostAddress(from.toIPv4Address()));
        for (qsizetype at = 0; at < bytes.size(); at += MaxReportSize) {
            const QByteArray chunk = bytes.mid(at, MaxReportSize);
            say("+SKTRPT=" + num(id) + ',' + num(chunk.size()) + ',' + ip + ',' + num(port) +
                "\r\n\r\n" + chunk);
        }
        return;
    }
    it->rx += bytes;
}

void Air602Module::onSocketClosed(int id)
{
    // The peer closed: the number stays, with status 0, until AT+SKCLS.
    const auto it = m_sockets.find(id);
    if (it != m_sockets.end())
        it->status = 0;
}

void Air602Module::transmit(int id, const QByteArray &bytes)
{
    const auto it = m_sockets.constFind(id);
    if (it == m_sockets.constEnd() || it->status != 2 || bytes.isEmpty())
        return;
    QHostAddress to = it->remote;
    quint16 port = it->remotePort;
    if (it->protocol == 1 && it->server) {
        to = it->lastFrom; // a UDP server answers whoever sent last
        port = it->lastFromPort;
    }
    if (it->protocol == 1 && (to.isNull() || !reachable(to)))
        return; // lost on the way: no such host in the simulated world
    sockets().send(id, bytes, it->protocol == 1 ? to : QHostAddress(),
                   it->protocol == 1 ? port : 0);
}

void Air602Module::sendOnSocket(const Command &c)
{
    if (!c.set() || c.op == Op::SetFlash) {
        error(-3);
        return;
    }
    int id = 0, size = 0;
    if (c.params.size() != 2 || !parseInt(c.params[0], &id, FirstSocket, LastSocket) ||
        !parseInt(c.params[1], &size, 0)) {
        error(-4);
        return;
    }
    const auto it = m_sockets.constFind(id);
    if (it == m_sockets.constEnd() || it->status != 2) {
        error(-4);
        return;
    }
    const int accepted = qMin(size, MaxSendSize);
    m_defaultSocket = id; // the firmware sends the data phase through the default socket
    sayFinal("+OK=" + num(accepted) + "\r\n\r\n");
    if (accepted == 0)
        return;
    // Exactly `accepted` bytes follow; after 1 s what arrived is sent. Nothing is answered.
    m_sendSocket = id;
    m_sendSize = accepted;
    expectPayload(accepted, SendTimeoutMs, [this, id](const QByteArray &payload, bool) {
        m_sendSocket = 0;
        transmit(id, payload);
    });
}

void Air602Module::receiveFromSocket(const Command &c)
{
    if (!c.set() || c.op == Op::SetFlash) {
        error(-3);
        return;
    }
    int id = 0, size = 0;
    if (c.params.size() != 2 || !parseInt(c.params[0], &id, FirstSocket, LastSocket) ||
        !parseInt(c.params[1], &size, 0)) {
        error(-4);
        return;
    }
    const auto it = m_sockets.find(id);
    if (it == m_sockets.end() || it->status != 2) {
        error(-4);
        return;
    }
    const qsizetype n = qMin<qsizetype>(qMin(size, MaxReceiveSize), it->rx.size());
    const QByteArray bytes = it->rx.left(n);
    it->rx.remove(0, n);
    sayFinal("+OK=" + num(n) + "\r\n\r\n" + bytes);
}

void Air602Module::socketStatus(const Command &c)
{
    if (c.op == Op::Query || c.op == Op::SetFlash) {
        error(-3);
        return;
    }
    int id = 0;
    if (c.params.size() != 1 || !parseInt(c.params[0], &id, FirstSocket, LastSocket) ||
        !m_sockets.contains(id)) {
        error(-4);
        return;
    }
    const auto line = [this](int sid, const Socket &s) {
        const bool listening = s.server && s.protocol == 0;
        const QHostAddress host = listening ? QHostAddress() : s.server ? s.lastFrom : s.remote;
        const quint16 hostPort = listening ? 0 : s.server ? s.lastFromPort : s.remotePort;
        return num(sid) + ',' + num(s.status) + ",\"" + ipText(host) + "\"," + num(hostPort) + ',' +
               num(s.localPort) + ',' + num(s.rx.size()) + "\r\n";
    };
    // The socket asked for, then (TCP server) one line per accepted client, then a blank line.
    QByteArray out = "+OK=" + line(id, m_sockets[id]);
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        if (it->parent == id && it.key() != id)
            out += line(it.key(), *it);
    }
    sayFinal(out + "\r\n");
}

void Air602Module::enterTransparentMode()
{
    // Host bytes go to the default socket (dropped when it is not connected, as the firmware
    // does); "+++" alone, as one burst, leaves and is answered "+OK".
    enterDataMode(
        "+++", EscapeGuardMs, true,
        [this](const QByteArray &data) { transmit(m_defaultSocket, data); },
        [this] { say("+OK\r\n\r\n"); });
}

void Air602Module::startAutomaticMode()
{
    // §3.10: after boot the module joins the saved network, opens the AT+ATRM socket and runs
    // transparently (the UART is in transparent mode from the start).
    enterTransparentMode();
    later(500, [this] {
        if (m_ram.wprt == 2) {
            wifi().startAccessPoint(m_ram.apSsid, m_ram.apKey, m_ram.apChlMode ? m_ram.apChl : 11,
                                    *securityOf(m_ram.apEncry));
        } else {
            wifi().setStaticAddress(m_ram.nip.type == 1 ? m_ram.nip.ip : QHostAddress());
            if (wifi().join(m_ram.ssid, m_ram.key) != SimWifi::JoinResult::Joined)
                return;
        }
        const int id = freeSocketId();
        Socket s;
        s.protocol = m_ram.atrmProtocol;
        s.server = m_ram.atrmCs == 1;
        const quint16 port = quint16(m_ram.atrmPort);
        bool opened = false;
        if (s.server) {
            opened = s.protocol == 0 ? sockets().listenTcp(id, port)
                                     : sockets().openUdp(id, QHostAddress(), 0, port);
            s.status = s.protocol == 0 ? 1 : 2;
        } else if (const auto a = world().resolve(QString::fromUtf8(m_ram.atrmHost));
                   a && reachable(*a)) {
            s.remote = *a;
            s.remotePort = port;
            opened = s.protocol == 0 ? sockets().connectTcp(id, *a, port)
                                     : sockets().openUdp(id, *a, port, 0);
            s.status = s.protocol == 0 ? 0 : 2;
        }
        if (!opened)
            return;
        if (const SimSockets::Info *info = sockets().info(id))
            s.localPort = info->localPort;
        m_sockets.insert(id, s);
        m_defaultSocket = id;
        if (s.protocol == 0 && !s.server) {
            // No AT+SKCT waits for it: mark it connected when it is.
            connect(
                &sockets(), &SimSockets::connected, this,
                [this, id](int up) {
                    if (up == id && m_sockets.contains(id))
                        m_sockets[id].status = 2;
                },
                Qt::SingleShotConnection);
        }
    });
}

void Air602Module::httpRequest(const Command &c)
{
    // AT+HTTPC=<url>,<verb>,<postdata>: the result arrives, with AT+SKRPTM=1 only, as
    // "+HTTPCRPT=<session>,<len>" + blank line + the body, or "+HTTPCERRRPT=<session>,<err>"
    // (Luat firmware).
    if (!c.set() || c.op == Op::SetFlash) {
        error(-3);
        return;
    }
    int verb = 0;
    if (c.params.size() < 2 || !parseInt(c.params[1], &verb, 0, 3) || verb == 1) {
        error(-4);
        return;
    }
    const qsizetype second = c.args.indexOf(',', c.args.indexOf(',') + 1);
    const QByteArray body = second < 0 ? QByteArray() : c.args.mid(second + 1);
    const QUrl url(QString::fromUtf8(unquote(c.params[0])));
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        error(-4);
        return;
    }
    const int session = ++m_httpSession;
    ok();
    const auto fail = [this, session] {
        if (m_reportMode)
            say("+HTTPCERRRPT=" + num(session) + ",-3\r\n\r\n");
    };
    const auto address = world().resolve(url.host());
    if (!networkUp() || !address || !reachable(*address)) {
        later(NoRouteMs, fail);
        return;
    }
    auto *socket = new QTcpSocket;
    m_http << socket;
    auto response = std::make_shared<QByteArray>();
    const char *verbs[] = {"GET", "", "POST", "PUT"};
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    QByteArray request =
        QByteArray(verbs[verb]) + ' ' + (path.isEmpty() ? "/" : path) +
        (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray()) +
        " HTTP/1.1\r\nHost: " + url.host().toLatin1() + "\r\nConnection: close\r\n";
    if (verb >= 2)
        request += "Content-Length: " + num(body.size()) + "\r\n";
    request += "\r\n";
    if (verb >= 2)
        request += body;
    const auto finish = [this, socket, response, session, fail] {
        if (!m_http.removeOne(socket))
            return;
        socket->deleteLater();
        const qsizetype end = response->indexOf("\r\n\r\n");
        if (end < 0) {
            fail();
            return;
        }
        const QByteArray content = response->mid(end + 4);
        if (m_reportMode)
            say("+HTTPCRPT=" + num(session) + ',' + num(content.size()) + "\r\n\r\n" + content);
    };
    connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket, response] { *response += socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, this, finish);
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket, response, fail](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::RemoteHostClosedError && !response->isEmpty())
                    return; // disconnected() follows
                if (m_http.removeOne(socket)) {
                    socket->deleteLater();
                    fail();
                }
            });
    socket->connectToHost(*address, quint16(url.port(80)));
}
