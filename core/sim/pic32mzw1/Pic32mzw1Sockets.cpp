// PIC32MZW1 AnyCloud: sockets (+SOCKO ... +SOCKLST) on real loopback sockets, DNS and ping.
// Data is pulled: arrivals are announced (+SOCKRXT total readable, +SOCKRXU one datagram) and
// the host reads with +SOCKRD in string (mode 1, <=128 bytes a line) or binary (mode 2) form.
#include "Pic32mzw1Module.h"

namespace {

// Sim timings. [FW] waits 10 s for a TCP connect and 5 s for DNS; the sim gives up sooner.
constexpr int ConnectTimeoutMs = 1000;
constexpr int TlsTimeoutMs = 3000;
constexpr int DnsAnswerMs = 30;
constexpr int DnsTimeoutMs = 500;
constexpr int MaxSlots = 20; // [FW] AT_CMD_SOCK_MAX_NUM
constexpr int ChildrenPerListener = 5;
constexpr int MaxRead = 2048; // [FW] AT_CMD_SOCK_RX_BUFFER_SZ
constexpr int StringReadChunk = 128;
// [FW] binary mode ends on "+++" followed by 1 s of silence.
constexpr int EscapeGuardMs = 1000;

QHostAddress ipv4(const QByteArray &text)
{
    QHostAddress a;
    if (a.setAddress(QString::fromLatin1(text)) && a.protocol() == QAbstractSocket::IPv4Protocol)
        return a;
    return QHostAddress(QHostAddress::AnyIPv4); // the firmware's failed conversion: 0.0.0.0
}

bool isSet(const QHostAddress &a)
{
    return !a.isNull() && a != QHostAddress(QHostAddress::AnyIPv4);
}

} // namespace

void Pic32mzw1Module::wireSockets()
{
    SimSockets &s = sockets();
    s.setAcceptIdAllocator([this](int serverId) {
        const auto it = m_sockets.constFind(serverId);
        if (it == m_sockets.constEnd() || it->state != Socket::State::Listening)
            return -1;
        int children = 0;
        for (const Socket &c : std::as_const(m_sockets)) {
            if (c.parent == serverId)
                ++children;
        }
        // [FW] a listener pre-opens 5 server sockets: a sixth client is not taken.
        return children < ChildrenPerListener ? newHandle() : -1;
    });
    connect(&s, &SimSockets::connected, this, [this](int id) {
        const auto it = m_sockets.find(id);
        if (it == m_sockets.end() || it->state != Socket::State::Connecting)
            return;
        Socket &sock = *it;
        const SimSockets::Info *info = sockets().info(id);
        sock.state = Socket::State::Connected;
        sock.localPort = info ? info->localPort : 0;
        const QHostAddress local =
            networkUp() ? moduleAddress() : (info ? info->localAddress : QHostAddress());
        aec("+SOCKIND:" + QByteArray::number(id) + ',' + quotedIp(local) + ',' +
            QByteArray::number(sock.localPort) + ',' + quotedIp(sock.remote) + ',' +
            QByteArray::number(sock.remotePort));
        if (sock.tlsWanted) {
            if (info && info->kind == SimSockets::Kind::TlsClient) {
                sock.tlsUp = true;
                aec("+SOCKTLS:" + QByteArray::number(id));
            } else {
                socketError(id, SocketTlsFailed); // TLS asked for while connecting
            }
        }
    });
    connect(&s, &SimSockets::failed, this, [this](int id, const QString &reason) {
        const auto it = m_sockets.find(id);
        if (it == m_sockets.end() || it->state != Socket::State::Connecting)
            return;
        const bool tcpFailed = reason.contains(QLatin1String("refused"), Qt::CaseInsensitive) ||
                               reason.contains(QLatin1String("timed out"), Qt::CaseInsensitive);
        socketError(id, it->tlsWanted && !tcpFailed ? SocketTlsFailed : SocketBindFailed);
    });
    connect(&s, &SimSockets::accepted, this, [this](int serverId, int id) {
        const auto server = m_sockets.constFind(serverId);
        const SimSockets::Info *info = sockets().info(id);
        if (server == m_sockets.constEnd() || !info)
            return;
        Socket c;
        c.handle = id;
        c.protocol = 2;
        c.state = Socket::State::Connected;
        c.parent = serverId;
        c.remote = info->remoteAddress;
        c.remotePort = info->remotePort;
        c.localPort = server->localPort;
        const bool tls = server->tlsWanted;
        m_sockets.insert(id, c);
        const QHostAddress local = networkUp() ? moduleAddress() : info->localAddress;
        aec("+SOCKIND:" + QByteArray::number(id) + ',' + quotedIp(local) + ',' +
            QByteArray::number(c.localPort) + ',' + quotedIp(c.remote) + ',' +
            QByteArray::number(c.remotePort));
        if (tls)
            socketError(id, SocketTlsFailed); // a TLS server is not simulated
    });
    connect(&s, &SimSockets::dataReceived, this,
            [this](int id, const QByteArray &bytes, const QHostAddress &from, quint16 port) {
                const auto it = m_sockets.find(id);
                if (it == m_sockets.end())
                    return;
                Socket &sock = *it;
                if (sock.protocol == 1) {
                    sock.datagrams.append({bytes, from, port});
                    if (!sock.datagramAnnounced)
                        announceDatagram(sock);
                    return;
                }
                sock.rx += bytes;
                // [FW] +SOCKRXT only when the readable count grows past what was announced.
                if (sock.rx.size() > sock.announced) {
                    sock.announced = sock.rx.size();
                    aec("+SOCKRXT:" + QByteArray::number(id) + ',' +
                        QByteArray::number(sock.rx.size()));
                }
            });
    connect(&s, &SimSockets::closed, this, [this](int id) {
        const auto it = m_sockets.find(id);
        if (it == m_sockets.end())
            return;
        // [FW] the socket stays until AT+SOCKCL; its unread data can still be read.
        it->state = Socket::State::PeerClosed;
        it->remote = QHostAddress();
        it->remotePort = 0;
        aec("+SOCKCL:" + QByteArray::number(id));
    });
}

int Pic32mzw1Module::newHandle()
{
    // [FW] the first handle is the millisecond clock, then each new one is the next number.
    if (m_lastHandle == 0)
        m_lastHandle = int(qMax<qint64>(1, uptimeMs() % 1000000));
    else
        ++m_lastHandle;
    while (m_sockets.contains(m_lastHandle) || sockets().exists(m_lastHandle))
        ++m_lastHandle;
    return m_lastHandle;
}

int Pic32mzw1Module::slotsInUse() const
{
    int used = 0;
    for (const Socket &s : m_sockets) {
        if (s.parent != 0 && m_sockets.contains(s.parent))
            continue; // one of its listener's reserved slots
        used += s.state == Socket::State::Listening ? 1 + ChildrenPerListener : 1;
    }
    return used;
}

bool Pic32mzw1Module::networkUp() const
{
    return (m_app == AppState::StaConnected && m_staHasIp) || m_app == AppState::ApStarted;
}

QHostAddress Pic32mzw1Module::moduleAddress() const
{
    if (m_app == AppState::StaConnected && m_staHasIp)
        return const_cast<Pic32mzw1Module *>(this)->wifi().address();
    if (m_app == AppState::ApStarted)
        return confIpValue(m_wapc, 6);
    return QHostAddress(QHostAddress::AnyIPv4);
}

void Pic32mzw1Module::socketError(int handle, int code)
{
    // [FW] _sockErrorAEC: the message is not quoted; the socket is freed.
    const char *message = code == SocketTlsFailed       ? "Socket TLS Failed"
                          : code == SocketConnectFailed ? "Socket Connect Failed"
                                                        : "Socket Bind Failed";
    aec("+SOCKERR:" + QByteArray::number(handle) + ',' + QByteArray::number(code) + ',' +
        QByteArray(message));
    closeSocket(handle);
}

void Pic32mzw1Module::announceDatagram(Socket &s)
{
    if (s.datagrams.isEmpty()) {
        s.datagramAnnounced = false;
        return;
    }
    const Datagram &d = s.datagrams.first();
    s.datagramAnnounced = true;
    aec("+SOCKRXU:" + QByteArray::number(s.handle) + ',' + quotedIp(d.from) + ',' +
        QByteArray::number(d.port) + ',' + QByteArray::number(d.bytes.size()));
}

void Pic32mzw1Module::closeSocket(int handle)
{
    const auto it = m_sockets.find(handle);
    if (it == m_sockets.end())
        return;
    if (it->state == Socket::State::Listening) {
        // Connected clients of a listener stay; they are on their own now.
        for (Socket &c : m_sockets) {
            if (c.parent == handle)
                c.parent = 0;
        }
    }
    m_sockets.erase(it);
    sockets().close(handle);
}

int Pic32mzw1Module::sendOn(Socket &s, const QByteArray &bytes, const QHostAddress &to,
                            quint16 port)
{
    if (s.protocol == 1) {
        const QHostAddress dest = isSet(to) ? to : s.remote;
        const quint16 destPort = isSet(to) ? port : s.remotePort;
        if (!isSet(dest) || destPort == 0)
            return SocketRemoteNotSet;
        if (s.state != Socket::State::UdpOpen)
            return SocketSendFailed; // never bound: no UDP socket underneath
        if (!networkUp() || !dest.isLoopback())
            return Ok; // gone into the air: only loopback peers exist in the sim
        return sockets().send(s.handle, bytes, dest, destPort) < 0 ? SocketSendFailed : Ok;
    }
    if (s.state != Socket::State::Connected || (s.tlsWanted && !s.tlsUp))
        return SocketSendFailed;
    return sockets().send(s.handle, bytes) < 0 ? SocketSendFailed : Ok;
}

void Pic32mzw1Module::enterBinaryWrite(int handle, const QHostAddress &to, quint16 port)
{
    // [FW] "\r\n" then the '#' prompt; every byte goes out as it arrives until "+++" and a
    // second of silence; then "\r\n" and the final.
    Q_UNUSED(to)
    Q_UNUSED(port)
    say(QByteArrayLiteral("\r\n#"));
    m_binaryHandle = handle;
    enterDataMode(
        "+++", EscapeGuardMs, false,
        [this, handle](const QByteArray &data) {
            const auto it = m_sockets.find(handle);
            if (it != m_sockets.end())
                sendOn(*it, data, {}, 0); // failures are silent in binary mode
        },
        [this] {
            m_binaryHandle = 0;
            say(QByteArrayLiteral("\r\n"));
            finish(Ok);
        });
}

// ---- commands ----

int Pic32mzw1Module::cmdSocko(const Params &p)
{
    if (p.size() != 1)
        return WrongParamCount;
    if (!p[0].isInt())
        return InvalidParameter;
    if (slotsInUse() >= MaxSlots)
        return NoFreeSockets;
    if (p[0].i != 1 && p[0].i != 2)
        return InvalidProtocol;
    Socket s;
    s.handle = newHandle();
    s.protocol = int(p[0].i);
    m_sockets.insert(s.handle, s);
    reply("+SOCKO:" + QByteArray::number(s.handle));
    return Ok;
}

int Pic32mzw1Module::cmdSockbl(const Params &p)
{
    if (p.size() != 2)
        return WrongParamCount;
    if (!p[0].isInt() || !p[1].isInt())
        return InvalidParameter;
    const int h = int(p[0].i);
    const auto it = m_sockets.find(h);
    if (it == m_sockets.end())
        return SocketNotFound;
    const auto port = quint16(p[1].i);
    if (it->protocol == 1) {
        if (it->state == Socket::State::UdpOpen)
            sockets().close(h);
        if (!sockets().openUdp(h, it->remote, it->remotePort, port)) {
            closeSocket(h); // [FW] a failed bind frees the socket
            return SocketBindFailed;
        }
        it->state = Socket::State::UdpOpen;
        it->localPort = sockets().info(h)->localPort;
        return Ok;
    }
    if (it->state != Socket::State::Fresh || !sockets().listenTcp(h, port))
        return SocketBindFailed;
    it->state = Socket::State::Listening;
    it->localPort = sockets().info(h)->localPort;
    return Ok;
}

int Pic32mzw1Module::cmdSockbr(const Params &p)
{
    if (p.size() != 3)
        return WrongParamCount;
    if (!p[0].isInt() || !p[1].isString() || !p[2].isInt())
        return InvalidParameter;
    const int h = int(p[0].i);
    const auto it = m_sockets.find(h);
    if (it == m_sockets.end())
        return SocketNotFound;
    // [FW] only a dotted IPv4 address is understood: names go through +DNSRESOLV first.
    const QHostAddress remote = ipv4(p[1].bytes);
    const auto port = quint16(p[2].i);
    if (it->protocol == 1) {
        it->remote = remote;
        it->remotePort = port;
        if (it->state != Socket::State::UdpOpen) {
            if (!sockets().openUdp(h, remote, port, 0)) {
                closeSocket(h);
                return SocketBindFailed;
            }
            it->state = Socket::State::UdpOpen;
            it->localPort = 0; // [FW] a UDP client lists local port 0
        }
        return Ok;
    }
    if (it->state != Socket::State::Fresh)
        return SocketBindFailed;
    it->remote = remote;
    it->remotePort = port;
    it->localPort = 0;
    it->state = Socket::State::Connecting;
    const quint64 attempt = ++it->attempt;
    const bool tls = it->tlsWanted;
    if (networkUp() && remote.isLoopback() && port != 0) {
        later(1, [this, h, attempt, remote, port, tls] {
            const auto s = m_sockets.constFind(h);
            if (s != m_sockets.constEnd() && s->attempt == attempt &&
                s->state == Socket::State::Connecting)
                sockets().connectTcp(h, remote, port, tls);
        });
    }
    later(tls ? TlsTimeoutMs : ConnectTimeoutMs, [this, h, attempt, tls] {
        const auto s = m_sockets.constFind(h);
        if (s != m_sockets.constEnd() && s->attempt == attempt &&
            s->state == Socket::State::Connecting)
            socketError(h, tls && sockets().exists(h) ? SocketTlsFailed : SocketBindFailed);
    });
    return Ok;
}

int Pic32mzw1Module::cmdSockbm(const Params &p)
{
    if (p.size() != 3)
        return WrongParamCount;
    if (!p[0].isInt() || !p[1].isString() || !p[2].isInt())
        return InvalidParameter;
    const int h = int(p[0].i);
    const auto it = m_sockets.find(h);
    if (it == m_sockets.end())
        return SocketNotFound;
    if (it->protocol != 1)
        return InvalidProtocol;
    // The group becomes the destination and the port the local port; loopback has no
    // multicast, so nothing sent to the group arrives anywhere.
    it->remote = ipv4(p[1].bytes);
    it->remotePort = quint16(p[2].i);
    if (it->state == Socket::State::UdpOpen)
        sockets().close(h);
    if (!sockets().openUdp(h, it->remote, it->remotePort, it->remotePort)) {
        closeSocket(h);
        return SocketBindFailed;
    }
    it->state = Socket::State::UdpOpen;
    it->localPort = it->remotePort;
    return Ok;
}

int Pic32mzw1Module::cmdSocktls(const Params &p)
{
    if (p.size() != 2)
        return WrongParamCount;
    if (!p[0].isInt() || !p[1].isInt())
        return InvalidParameter;
    if (p[1].i < 1 || p[1].i > 2)
        return InvalidParameter;
    const int h = int(p[0].i);
    const auto it = m_sockets.find(h);
    if (it == m_sockets.end())
        return SocketNotFound;
    if (it->protocol != 2)
        return InvalidProtocol;
    it->tlsConf = int(p[1].i);
    if (it->tlsUp) {
        reply("+SOCKTLS:" + QByteArray::number(h)); // [FW] already encrypted
        return Ok;
    }
    it->tlsWanted = true;
    if (it->state == Socket::State::Connected) {
        // Upgrading an established plain connection is not simulated (SimSockets starts TLS
        // only at connect): the handshake fails as it would against a plain server.
        later(20, [this, h] {
            if (m_sockets.contains(h))
                socketError(h, SocketTlsFailed);
        });
    }
    return Ok;
}

int Pic32mzw1Module::cmdSockwr(const Params &p)
{
    if (p.size() == 3) {
        if (!p[0].isInt() || !p[1].isInt() || !p[2].isString())
            return InvalidParameter;
    } else if (p.size() == 2) {
        if (!p[0].isInt() || !p[1].isInt() || p[1].i != 0)
            return InvalidParameter; // [FW] binary mode only with LENGTH 0
    } else {
        return WrongParamCount;
    }
    const int h = int(p[0].i);
    const auto it = m_sockets.find(h);
    if (it == m_sockets.end())
        return SocketNotFound;
    if (p.size() == 2) {
        enterBinaryWrite(h, {}, 0);
        return Pending;
    }
    if (p[1].i != p[2].bytes.size())
        return LengthMismatch;
    return sendOn(*it, p[2].bytes, {}, 0);
}

int Pic32mzw1Module::cmdSockwrto(const Params &p)
{
    if (p.size() == 5) {
        if (!p[0].isInt() || !p[1].isString() || !p[2].isInt() || !p[3].isInt() || !p[4].isString())
            return InvalidParameter;
    } else if (p.size() == 4) {
        if (!p[0].isInt() || !p[1].isString() || !p[2].isInt() || !p[3].isInt() || p[3].i != 0)
            return InvalidParameter;
    } else {
        return WrongParamCount;
    }
    const int h = int(p[0].i);
    const auto it = m_sockets.find(h);
    if (it == m_sockets.end())
        return SocketNotFound;
    const QHostAddress to = ipv4(p[1].bytes);
    const auto port = quint16(p[2].i);
    if (p.size() == 4) {
        // [FW] binary mode takes the address only when the socket has none yet.
        if (!isSet(it->remote) || it->remotePort == 0) {
            it->remote = to;
            it->remotePort = port;
        }
        enterBinaryWrite(h, to, port);
        return Pending;
    }
    if (p[3].i != p[4].bytes.size())
        return LengthMismatch;
    if (it->protocol != 1)
        return InvalidProtocol;
    if (it->state != Socket::State::UdpOpen)
        return SocketSendFailed;
    const int status = sendOn(*it, p[4].bytes, to, port);
    if (status == Ok && (!isSet(it->remote) || it->remotePort == 0)) {
        it->remote = to; // [FW] the first destination becomes the default one
        it->remotePort = port;
    }
    return status;
}

int Pic32mzw1Module::cmdSockrd(const Params &p)
{
    if (p.size() != 3)
        return WrongParamCount;
    if (!p[0].isInt() || !p[1].isInt() || !p[2].isInt())
        return InvalidParameter;
    const int h = int(p[0].i);
    const auto it = m_sockets.find(h);
    if (it == m_sockets.end())
        return SocketNotFound;
    if (p[2].i > MaxRead)
        return InvalidParameter;
    if (p[2].i <= 0)
        return Ok;
    if (p[1].i != 1 && p[1].i != 2)
        return InvalidProtocol; // [FW] the code it returns for a bad OUTPUT_MODE
    Socket &s = *it;
    QByteArray data;
    if (s.protocol == 1) {
        if (!s.datagrams.isEmpty()) {
            // One read takes one datagram; what does not fit is lost.
            data = s.datagrams.takeFirst().bytes.left(int(p[2].i));
            s.datagramAnnounced = false;
        }
    } else {
        data = s.rx.left(int(p[2].i));
        s.rx.remove(0, data.size());
        s.announced = qMax<qint64>(0, s.announced - data.size());
    }
    const QByteArray id = QByteArray::number(h);
    if (!data.isEmpty()) {
        if (p[1].i == 1) {
            for (qsizetype at = 0; at < data.size(); at += StringReadChunk) {
                const QByteArray chunk = data.mid(at, StringReadChunk);
                reply("+SOCKRD:" + id + ',' + QByteArray::number(chunk.size()) + ',' +
                      safeString(chunk));
            }
        } else {
            // [FW] "+SOCKRD:<id>,<n>,\r\n#" then the raw bytes, and OK with no line end between.
            say("+SOCKRD:" + id + ',' + QByteArray::number(data.size()) + ",\r\n#" + data);
        }
    }
    if (s.protocol == 1 && !s.datagramAnnounced)
        announceDatagram(s); // [FW] the next datagram is announced before the OK
    return Ok;
}

int Pic32mzw1Module::cmdSockcl(const Params &p)
{
    if (p.size() != 1)
        return WrongParamCount;
    if (!p[0].isInt())
        return InvalidParameter;
    const int h = int(p[0].i);
    if (!m_sockets.contains(h))
        return SocketNotFound;
    closeSocket(h);
    return Ok;
}

int Pic32mzw1Module::cmdSocklst(const Params &p)
{
    if (p.size() > 1)
        return WrongParamCount;
    if (p.size() == 1 && !p[0].isInt())
        return InvalidParameter;
    for (const Socket &s : std::as_const(m_sockets)) {
        if (p.size() == 1 && s.handle != p[0].i)
            continue;
        reply("+SOCKLST:" + QByteArray::number(s.handle) + ',' + QByteArray::number(s.protocol) +
              ',' + (isSet(s.remote) ? quotedIp(s.remote) : QByteArrayLiteral("\"\"")) + ',' +
              QByteArray::number(s.remotePort) + ',' + QByteArray::number(s.localPort));
    }
    return Ok;
}

// ---- DNS and ping ----

int Pic32mzw1Module::cmdDnsresolv(const Params &p)
{
    if (p.size() != 2)
        return WrongParamCount;
    if (!p[0].isInt() || !p[1].isString())
        return InvalidParameter;
    if (m_app != AppState::StaConnected || !m_staHasIp)
        return StaNotConnected;
    if (p[0].i != 1)
        return DnsTypeNotSupported; // [FW] A records only
    const QByteArray name = p[1].bytes;
    if (name.size() >= 64)
        return InvalidParameter;
    const QString key = QString::fromLatin1(name).toLower();
    const QHostAddress literal = ipv4(name);
    // [FW] an address, or a name already in the cache, is answered before the OK.
    if (isSet(literal) || m_dnsCache.contains(key)) {
        const QHostAddress a = isSet(literal) ? literal : m_dnsCache.value(key);
        reply("+DNSRESOLV:0,\"" + name + "\"," + quotedIp(a));
        return Ok;
    }
    const std::optional<QHostAddress> found = world().resolve(key);
    if (!found) {
        later(DnsTimeoutMs, [this] { aecStatus("+DNSRESOLV", DnsTimeout); });
        return Ok;
    }
    const QHostAddress address = *found;
    later(DnsAnswerMs, [this, name, key, address] {
        m_dnsCache.insert(key, address);
        aec("+DNSRESOLV:0,\"" + name + "\"," + quotedIp(address));
    });
    return Ok;
}

int Pic32mzw1Module::cmdPing(const Params &p)
{
    if (p.size() != 1)
        return WrongParamCount; // [FW] no IP_PROTOCOL_VERSION
    if (!p[0].isString())
        return InvalidParameter;
    const QHostAddress literal = ipv4(p[0].bytes);
    if (isSet(literal)) {
        pingTarget(literal);
        return Ok;
    }
    // A name: looked up first; [FW] prints nothing when that fails.
    const QString name = QString::fromLatin1(p[0].bytes).toLower();
    const std::optional<QHostAddress> found = networkUp() ? world().resolve(name) : std::nullopt;
    if (found) {
        const QHostAddress target = *found;
        later(DnsAnswerMs, [this, target] { pingTarget(target); });
    }
    return Ok;
}

void Pic32mzw1Module::pingTarget(const QHostAddress &target)
{
    // Loopback always answers; on the network the module itself, the gateway and the DNS
    // servers do. [FW] a ping without an answer prints nothing at all.
    const bool reachable = target.isLoopback() || (networkUp() && (target == moduleAddress() ||
                                                                   target == wifi().gateway() ||
                                                                   wifi().dns().contains(target)));
    if (!reachable)
        return;
    const int rtt = 2 + int(random().bounded(8));
    later(rtt, [this, target, rtt] {
        aec("+PING:" + quotedIp(target) + ',' + QByteArray::number(rtt));
    });
}
