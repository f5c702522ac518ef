#include "Wizfi310Module.h"

#include <algorithm>

// Network commands (manual §Network Commands, §Command mode & Data mode): AT+SCON, AT+SMGMT,
// AT+SSEND, AT+SDATA, AT+SFORM, AT+SOPT, AT+SOPT1, AT+FSOCK, and the Air Command socket of
// AT+MAIRCMD. Sockets are real loopback sockets (SimSockets); module ids 0..7 are SimSockets ids
// 0..7, a TCP server's accepted peer is 100 + id, the Air Command socket 200 (its peer 201).

namespace {
constexpr int kMaxSockets = 8;
constexpr int kPeerBase = 100;
constexpr int kAirSim = 200;
constexpr int kAirPeerSim = 201;
// One receive header per network packet ([F250]: one packet per header, up to ~1460 bytes).
constexpr qsizetype kPacket = 1460;
constexpr qsizetype kMaxDatagram = 65507;
// A TCP connect to an address that is not on loopback fails after this long.
constexpr int kUnreachableMs = 1000;
const QByteArray kAirHeader = "WizFi310AirCmd:";

QByteArray hexId(int id)
{
    return QByteArray::number(id, 16); // the firmware prints socket ids with %x
}

QByteArray ipText(const QHostAddress &a)
{
    return a.isNull() ? QByteArray("0.0.0.0")
                      : QHostAddress(a.toIPv4Address()).toString().toLatin1();
}
} // namespace

QByteArray Wizfi310Module::typeName(SockType t)
{
    switch (t) {
    case SockType::Tsn:
        return "TSN";
    case SockType::Tcn:
        return "TCN";
    case SockType::Tcs:
        return "TCS";
    case SockType::Usn:
        return "USN";
    case SockType::Ucn:
        return "UCN";
    }
    return "TCN";
}

int Wizfi310Module::moduleIdOf(int sim) const
{
    if (sim >= 0 && sim < kMaxSockets)
        return sim;
    if (sim >= kPeerBase && sim < kPeerBase + kMaxSockets)
        return sim - kPeerBase;
    return -1;
}

void Wizfi310Module::setUpSockets()
{
    SimSockets &s = sockets();
    connect(&s, &SimSockets::connected, this, &Wizfi310Module::onSockConnected);
    connect(&s, &SimSockets::failed, this, [this](int sim, const QString &) { onSockFailed(sim); });
    connect(&s, &SimSockets::accepted, this, &Wizfi310Module::onSockAccepted);
    connect(&s, &SimSockets::dataReceived, this, &Wizfi310Module::onSockData);
    connect(&s, &SimSockets::closed, this, &Wizfi310Module::onSockClosed);
    // A TCP server takes one peer at a time on its own id (the WizFi250 guide's examples and
    // [F250]): while one is attached, further clients are refused.
    s.setAcceptIdAllocator([this](int serverSim) {
        if (serverSim == kAirSim)
            return sockets().exists(kAirPeerSim) ? -1 : kAirPeerSim;
        const auto it = m_socks.constFind(serverSim);
        if (it == m_socks.constEnd() || it->type != SockType::Tsn || it->peerSim >= 0)
            return -1;
        return kPeerBase + serverSim;
    });
}

// ---- AT+SCON ----

bool Wizfi310Module::parseScon(const QByteArray &params, SconReq *r, Err *error) const
{
    // <OpenType>,<SocketType>,<RemoteIP>,<RemotePort>,<LocalPort>[,<DataMode>]; spaces around
    // the fields are tolerated (WIZnet's quick start guide sends "SO,TSN, , ,5000,1").
    QList<QByteArray> a = params.split(',');
    for (QByteArray &f : a)
        f = f.trimmed();
    *error = Err::InvalidInput;
    if (a.size() < 5 || a.size() > 6)
        return false;
    r->openType = a.at(0).toUpper();
    if (r->openType != "O" && r->openType != "S" && r->openType != "SO")
        return false;
    const QByteArray type = a.at(1).toUpper();
    if (type == "TSN")
        r->type = SockType::Tsn;
    else if (type == "TCN")
        r->type = SockType::Tcn;
    else if (type == "TCS")
        r->type = SockType::Tcs;
    else if (type == "USN")
        r->type = SockType::Usn;
    else if (type == "UCN")
        r->type = SockType::Ucn;
    else
        return false;
    const bool client =
        r->type == SockType::Tcn || r->type == SockType::Tcs || r->type == SockType::Ucn;
    const bool server = !client;
    int port = 0;
    if (r->type != SockType::Tsn) {
        // Required for clients, optional for a UDP server; N/A (ignored) for a TCP server.
        if (!a.at(2).isEmpty()) {
            if (!parseIpv4(a.at(2), &r->remote)) {
                // Host names are not documented; the world's names are taken like addresses.
                const auto resolved = world().resolve(QString::fromLatin1(a.at(2)));
                if (!resolved) {
                    *error = Err::Error;
                    return false;
                }
                r->remote = *resolved;
            }
        } else if (client) {
            return false;
        }
        if (!a.at(3).isEmpty()) {
            if (!parseInt(a.at(3), &port, 1, 65535))
                return false;
            r->remotePort = quint16(port);
        } else if (client) {
            return false;
        }
    }
    // LocalPort: 0 (or empty) picks a random port for a client and is an error for a server.
    port = 0;
    if (!a.at(4).isEmpty() && !parseInt(a.at(4), &port, 0, 65535))
        return false;
    if (server && port == 0)
        return false;
    r->localPort = quint16(port);
    int data = 0;
    if (a.size() == 6 && !a.at(5).isEmpty() && !parseInt(a.at(5), &data, 0, 1))
        return false;
    r->dataMode = data == 1;
    return true;
}

void Wizfi310Module::cmdScon(const Cmd &c)
{
    if (c.query) {
        out(m_cfg.scon + "\r\n");
        ok();
        return;
    }
    // "Any AT Command can be entered during Data mode except AT+SCON command."
    if (m_dataSock >= 0 && m_escaped) {
        fail(Err::ModeStatus);
        return;
    }
    SconReq r;
    Err e = Err::InvalidInput;
    if (!c.hasArgs || !parseScon(c.rest, &r, &e)) {
        fail(e);
        return;
    }
    QList<QByteArray> fields = c.rest.split(',');
    for (QByteArray &f : fields)
        f = f.trimmed();
    if (fields.size() == 5)
        fields << "0";
    m_cfg.scon = fields.join(',');
    if (r.openType.contains('S')) {
        // Registered as a service; kept over a reset only after AT+MPROF=S.
        m_cfg.service = true;
        m_cfg.serviceScon = m_cfg.scon;
    }
    if (!r.openType.contains('O')) {
        ok();
        return;
    }
    if (!openSocket(c.rest, true, &e))
        fail(e);
}

bool Wizfi310Module::openSocket(const QByteArray &params, bool fromCommand, Err *error)
{
    SconReq r;
    if (!parseScon(params, &r, error))
        return false;
    if (!networkUp()) {
        *error = Err::WifiStatus;
        return false;
    }
    // Data mode works with one socket only: no other socket may be open (manual), and none may
    // be opened beside a data-mode socket ([F250]: INVALID INPUT).
    if ((r.dataMode && !m_socks.isEmpty()) || m_dataSock >= 0) {
        *error = Err::InvalidInput;
        return false;
    }
    for (const Sock &s : std::as_const(m_socks)) {
        if (r.localPort != 0 && s.localPort == r.localPort) {
            *error = Err::InvalidInput; // "should not be duplicated with others"
            return false;
        }
    }
    int id = -1;
    for (int i = 0; i < kMaxSockets && id < 0; ++i) {
        if (!m_socks.contains(i))
            id = i;
    }
    *error = Err::Error;
    if (id < 0 || sockets().exists(id))
        return false;
    Sock s;
    s.type = r.type;
    s.remote = r.remote;
    s.remotePort = r.remotePort;
    s.localPort = r.localPort;
    s.dataMode = r.dataMode;
    s.serial = ++m_nextSerial;
    QString why;
    switch (r.type) {
    case SockType::Tcn:
    case SockType::Tcs:
        // Only loopback exists in the simulated network: other addresses never answer.
        if (r.remote.isLoopback()) {
            if (!sockets().connectTcp(id, r.remote, r.remotePort, r.type == SockType::Tcs,
                                      r.localPort))
                return false;
        } else {
            const quint64 serial = s.serial;
            later(kUnreachableMs, [this, id, serial] {
                if (m_socks.value(id).serial == serial && m_socks.contains(id))
                    onSockFailed(id);
            });
        }
        break;
    case SockType::Tsn:
        if (!sockets().listenTcp(id, r.localPort, &why))
            return false;
        break;
    case SockType::Usn:
    case SockType::Ucn:
        if (!sockets().openUdp(id, r.remote, r.remotePort, r.localPort, &why))
            return false;
        if (const SimSockets::Info *info = sockets().info(id))
            s.localPort = info->localPort;
        break;
    }
    if (s.localPort == 0 && sockets().info(id))
        s.localPort = sockets().info(id)->localPort;
    m_socks.insert(id, s);
    if (r.dataMode)
        m_dataSock = id;
    if (fromCommand)
        ok();
    if (r.type == SockType::Tsn) {
        if (m_cfg.evtMsg)
            event(8, "[LISTEN " + hexId(id) + ']');
    } else if (r.type == SockType::Usn || r.type == SockType::Ucn) {
        socketUp(id); // a UDP socket is up at once
    }
    return true;
}

void Wizfi310Module::socketUp(int id)
{
    auto it = m_socks.find(id);
    if (it == m_socks.end())
        return;
    it->up = true;
    event(1, "[CONNECT " + hexId(id) + ']');
    // The module switches to data mode when the socket is up, after [CONNECT x] ([F250]); a
    // server whose data mode was left with "+++" stays in command mode.
    if (it->dataMode && id == m_dataSock && !m_escaped)
        enterSocketDataMode(id);
}

void Wizfi310Module::enterSocketDataMode(int id)
{
    m_escaped = false;
    enterDataMode(
        "+++", m_cfg.escapeMs, false, [this, id](const QByteArray &b) { sendFromHost(id, b); },
        [this] {
            // "+++" alone, then the escape timer of silence: command mode, socket still open.
            m_escaped = true;
            ok();
        });
}

void Wizfi310Module::sendFromHost(int id, const QByteArray &bytes)
{
    const auto it = m_socks.constFind(id);
    if (it == m_socks.constEnd())
        return;
    if (it->type == SockType::Tsn) {
        if (it->peerSim >= 0)
            sockets().send(it->peerSim, bytes);
        return;
    }
    if (it->type == SockType::Usn || it->type == SockType::Ucn) {
        if (it->remote.isNull() || it->remotePort == 0 || !it->remote.isLoopback())
            return; // a UDP server without a peer yet, or an address off the simulated net
        // UART bytes go out in packets of up to 1460 bytes ([F250]).
        for (qsizetype i = 0; i < bytes.size(); i += kPacket)
            sockets().send(id, bytes.mid(i, kPacket), it->remote, it->remotePort);
        return;
    }
    sockets().send(id, bytes);
}

void Wizfi310Module::closeSocket(int id, bool announce)
{
    const auto it = m_socks.find(id);
    if (it == m_socks.end())
        return;
    const Sock s = *it;
    m_socks.erase(it);
    if (s.peerSim >= 0)
        sockets().close(s.peerSim);
    sockets().close(id);
    if (m_dataSock == id) {
        if (inDataMode())
            leaveDataMode();
        m_dataSock = -1;
        m_escaped = false;
    }
    if (announce)
        event(2, "[DISCONNECT " + hexId(id) + ']');
}

void Wizfi310Module::onSockConnected(int sim)
{
    const int id = moduleIdOf(sim);
    if (id >= 0 && sim < kPeerBase && m_socks.contains(id))
        socketUp(id);
}

void Wizfi310Module::onSockFailed(int sim)
{
    // [F250]: a failed connect prints [DISCONNECT x] without a [CONNECT x] before it.
    const int id = moduleIdOf(sim);
    if (id < 0 || sim >= kPeerBase || !m_socks.contains(id))
        return;
    closeSocket(id, true);
}

void Wizfi310Module::onSockAccepted(int serverSim, int sim)
{
    if (serverSim == kAirSim)
        return;
    const auto it = m_socks.find(serverSim);
    if (it == m_socks.end()) {
        sockets().close(sim);
        return;
    }
    it->peerSim = sim;
    if (const SimSockets::Info *info = sockets().info(sim)) {
        it->remote = info->remoteAddress;
        it->remotePort = info->remotePort;
    }
    socketUp(serverSim);
}

QByteArray Wizfi310Module::receiveBlock(int id, const QHostAddress &from, quint16 port,
                                        const QByteArray &payload) const
{
    // AT+SFORM items: 0 start, 1 socket id, 2 delimiter (after the id, the IP and the port,
    // [F250]), 3 remote IP, 4 remote port, 5 length, 6 end, 7 and 8 the data end bytes.
    const QByteArray &b = m_cfg.sformBits;
    const auto on = [&b](int i) { return i < b.size() && b.at(i) == '1'; };
    QByteArray h;
    if (on(0))
        h += m_cfg.sformStart;
    if (on(1))
        h += hexId(id);
    if (on(2))
        h += m_cfg.sformDelim;
    if (on(3))
        h += ipText(from);
    if (on(2))
        h += m_cfg.sformDelim;
    if (on(4))
        h += QByteArray::number(port);
    if (on(2))
        h += m_cfg.sformDelim;
    if (on(5))
        h += QByteArray::number(payload.size());
    if (on(6))
        h += m_cfg.sformEnd;
    h += payload;
    if (on(7))
        h += m_cfg.sformCls1;
    if (on(8))
        h += m_cfg.sformCls2;
    return h;
}

void Wizfi310Module::onSockData(int sim, const QByteArray &bytes, const QHostAddress &from,
                                quint16 port)
{
    if (sim == kAirSim || sim == kAirPeerSim) {
        onAirData(bytes, from, port);
        return;
    }
    const int id = moduleIdOf(sim);
    const auto it = m_socks.find(id);
    if (id < 0 || it == m_socks.end())
        return;
    const bool udp = it->type == SockType::Usn || it->type == SockType::Ucn;
    if (it->type == SockType::Usn) {
        // "its default peer address will be changed to the address of the packet"
        it->remote = QHostAddress(from.toIPv4Address());
        it->remotePort = port;
    }
    if (id == m_dataSock && inDataMode()) {
        out(bytes); // data mode: raw, no header
        return;
    }
    if (udp) {
        out(receiveBlock(id, from, port, bytes));
        return;
    }
    for (qsizetype i = 0; i < bytes.size(); i += kPacket)
        out(receiveBlock(id, from, port, bytes.mid(i, kPacket)));
}

void Wizfi310Module::onSockClosed(int sim)
{
    const int id = moduleIdOf(sim);
    const auto it = m_socks.find(id);
    if (id < 0 || it == m_socks.end())
        return;
    if (sim >= kPeerBase) {
        if (it->peerSim != sim)
            return;
        // A TCP server's peer left: [DISCONNECT x], and the server listens again ([F250]).
        it->peerSim = -1;
        it->up = false;
        it->remote = QHostAddress();
        it->remotePort = 0;
        if (id == m_dataSock && inDataMode()) {
            leaveDataMode();
            m_escaped = false;
        }
        event(2, "[DISCONNECT " + hexId(id) + ']');
        if (m_cfg.evtMsg)
            event(8, "[LISTEN " + hexId(id) + ']');
        return;
    }
    // "If the socket of Data mode is closed, the mode will be changed to Command mode".
    closeSocket(id, true);
}

// ---- AT+SMGMT ----

void Wizfi310Module::cmdSmgmt(const Cmd &c)
{
    if (c.query) {
        // The manual's header; rows as the WizFi250 guide and firmware print them:
        // <id>/<type>/<remote ip>:<remote port>/<local port>/<data mode>.
        QByteArray text = "Number of Sockets : " + QByteArray::number(m_socks.size()) +
                          " (SCID/Socket/Mode/Remote/Local/DataMode)\r\n";
        for (auto it = m_socks.cbegin(); it != m_socks.cend(); ++it) {
            text += hexId(it.key()) + '/' + typeName(it->type) + '/' + ipText(it->remote) + ':' +
                    QByteArray::number(it->remotePort) + '/' + QByteArray::number(it->localPort) +
                    '/' + (it->dataMode ? "1" : "0") + "\r\n";
        }
        out(text);
        ok();
        return;
    }
    if (!c.hasArgs || c.count() != 1) {
        fail(Err::InvalidInput);
        return;
    }
    if (c.rest.toUpper() == "ALL") {
        ok();
        const QList<int> ids = m_socks.keys();
        for (int id : ids)
            closeSocket(id, true);
        return;
    }
    int id = 0;
    if (!parseInt(c.rest, &id, 0, kMaxSockets - 1)) {
        fail(Err::InvalidScid);
        return;
    }
    if (!m_socks.contains(id)) {
        fail(Err::InvalidInput); // [F250]: a socket that is not open
        return;
    }
    ok();
    closeSocket(id, true);
}

// ---- AT+SSEND ----

void Wizfi310Module::cmdSsend(const Cmd &c)
{
    // AT+SSEND=<SocketID>,[<RemoteIP>],[<RemotePort>],<SendSize>[,<Timeout>]
    if (!c.hasArgs || c.query || c.count() < 4 || c.count() > 5) {
        fail(Err::InvalidInput);
        return;
    }
    int id = 0;
    if (!parseInt(c.arg(0), &id, 0, kMaxSockets - 1)) {
        fail(Err::InvalidScid);
        return;
    }
    const auto it = m_socks.constFind(id);
    int size = 0;
    int timeout = 0;
    int port = 0;
    QHostAddress to;
    if (it == m_socks.constEnd() || !parseInt(c.arg(3), &size, 1, 100000000) ||
        (!c.arg(4).isEmpty() && !parseInt(c.arg(4), &timeout, 1, 2000000000)) ||
        (!c.arg(1).isEmpty() && !parseIpv4(c.arg(1), &to)) ||
        (!c.arg(2).isEmpty() && !parseInt(c.arg(2), &port, 1, 65535))) {
        fail(Err::InvalidInput);
        return;
    }
    const bool udp = it->type == SockType::Usn || it->type == SockType::Ucn;
    if (!udp) {
        to = QHostAddress(); // N/A for TCP
        port = 0;
    }
    // "In case of TCP Server waiting for a client on listen state or in case of undecided
    // remote address of the UDP Server (meaning its remote address is 0.0.0.0:0), this command
    // will fail." Likewise a TCP client that is not connected yet.
    const bool noPeer =
        udp ? (to.isNull() && (it->remote.isNull() || it->remotePort == 0)) : !it->up;
    if (noPeer) {
        fail(Err::Error);
        return;
    }
    if (udp && (!to.isNull() || port != 0)) {
        if (to.isNull())
            to = it->remote;
        if (port == 0)
            port = it->remotePort;
    }
    // The prompt the firmware prints before it reads the bytes ([V] drivers wait for
    // "[<id>,,,<n>]"; [F250] echoes the UDP target and the timeout when given).
    QByteArray prompt = '[' + hexId(id) + ',' + (udp ? c.arg(1) : QByteArray()) + ',' +
                        (udp ? c.arg(2) : QByteArray()) + ',' + QByteArray::number(size);
    if (!c.arg(4).isEmpty())
        prompt += ',' + QByteArray::number(timeout);
    out(prompt + "]\r\n");
    // Default timeout "10s + (100s / 1 MB)".
    const int waitMs = timeout > 0 ? timeout : 10000 + size / 10;
    const quint64 serial = it->serial;
    expectPayload(size, waitMs, [this, id, serial, to, port](const QByteArray &p, bool complete) {
        const auto s = m_socks.constFind(id);
        if (!complete || s == m_socks.constEnd() || s->serial != serial) {
            fail(Err::Error);
            return;
        }
        qint64 sent = 0;
        if (s->type == SockType::Usn || s->type == SockType::Ucn) {
            const QHostAddress dest = to.isNull() ? s->remote : to;
            const quint16 destPort = port ? quint16(port) : s->remotePort;
            for (qsizetype i = 0; i < p.size() && sent >= 0; i += kMaxDatagram) {
                const qint64 n = dest.isLoopback()
                                     ? sockets().send(id, p.mid(i, kMaxDatagram), dest, destPort)
                                     : qMin(kMaxDatagram, p.size() - i); // goes nowhere
                sent = n < 0 ? -1 : sent + n;
            }
        } else {
            sent = sockets().send(s->type == SockType::Tsn ? s->peerSim : id, p);
        }
        if (sent < 0) {
            if (s->type != SockType::Usn && s->type != SockType::Ucn)
                event(6, "[TCP Send Error]");
            fail(Err::Error);
            return;
        }
        ok();
    });
}

// ---- AT+SDATA ----

void Wizfi310Module::cmdSdata(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    // "If it is not data mode, [ERROR] response will be returned."
    if (m_dataSock < 0 || !m_escaped) {
        fail(Err::Error);
        return;
    }
    ok();
    m_escaped = false;
    if (m_socks.value(m_dataSock).up)
        enterSocketDataMode(m_dataSock);
}

// ---- AT+SFORM ----

QByteArray Wizfi310Module::sformQuery() const
{
    const auto hex = [](char ch) { return QByteArray(1, ch).toHex().toUpper(); };
    return m_cfg.sformBits + ',' + hex(m_cfg.sformStart) + ',' + hex(m_cfg.sformDelim) + ',' +
           hex(m_cfg.sformEnd) + ',' + hex(m_cfg.sformCls1) + ',' + hex(m_cfg.sformCls2);
}

void Wizfi310Module::cmdSform(const Cmd &c)
{
    if (c.query) {
        out(sformQuery() + "\r\n");
        ok();
        return;
    }
    // <Format>,<Start>,<Delim>,<End>,<Cls1>,<Cls2>: nine 0/1, then five bytes as 2 hex digits.
    const QByteArray bits = c.arg(0);
    bool valid =
        c.hasArgs && c.count() == 6 && bits.size() == 9 &&
        std::all_of(bits.begin(), bits.end(), [](char ch) { return ch == '0' || ch == '1'; });
    char bytes[5] = {};
    for (int i = 0; valid && i < 5; ++i) {
        const QByteArray h = c.arg(i + 1);
        bool okHex = false;
        const int v = h.toInt(&okHex, 16);
        valid = h.size() == 2 && okHex && v >= 0;
        bytes[i] = char(v);
    }
    if (!valid) {
        fail(Err::InvalidInput);
        return;
    }
    m_cfg.sformBits = bits;
    m_cfg.sformStart = bytes[0];
    m_cfg.sformDelim = bytes[1];
    m_cfg.sformEnd = bytes[2];
    m_cfg.sformCls1 = bytes[3];
    m_cfg.sformCls2 = bytes[4];
    ok();
}

// ---- AT+SOPT, AT+SOPT1, AT+FSOCK ----

void Wizfi310Module::cmdSopt(const Cmd &c)
{
    // AT+SOPT=<Option 1>,<SocketID>,<Level>,<OptName>,<OptValue> (option 2 "get" is struck out).
    if (!c.hasArgs || c.query || c.count() != 5 || c.arg(0) != "1") {
        fail(Err::InvalidInput);
        return;
    }
    int id = 0;
    if (!parseInt(c.arg(1), &id, 0, kMaxSockets - 1)) {
        fail(Err::InvalidScid);
        return;
    }
    int level = 0;
    int name = 0;
    int value = 0;
    bool valid = m_socks.contains(id) && parseInt(c.arg(2), &level, 0, 65535) &&
                 parseInt(c.arg(3), &name, 0, 65535) && parseInt(c.arg(4), &value, 0, 2000000000);
    if (valid) {
        if (level == 4095)
            valid = name == 4 || name == 8; // SO_REUSEADDR, SO_KEEPALIVE
        else if (level == 0)
            valid = name == 1 || name == 2; // IP_TOS, IP_TTL
        else if (level == 6)
            valid = name >= 1 && name <= 5; // TCP_NODELAY .. TCP_KEEPCNT
        else
            valid = false; // IPPROTO_UDP / UDPLITE list no options
    }
    if (!valid) {
        fail(Err::InvalidInput);
        return;
    }
    // Taken; loopback sockets behave the same with or without these options.
    ok();
}

void Wizfi310Module::cmdSopt1(const Cmd &c)
{
    // AT+SOPT1=10,<ms>: the "+++" escape timer, 1..10000 ms. No query.
    int ms = 0;
    if (!c.hasArgs || c.count() != 2 || c.arg(0) != "10" || !parseInt(c.arg(1), &ms, 1, 10000)) {
        fail(Err::InvalidInput);
        return;
    }
    m_cfg.escapeMs = ms;
    ok();
}

void Wizfi310Module::cmdFsock(const Cmd &c)
{
    if (c.query) {
        QByteArrayList v;
        for (int x : std::as_const(m_cfg.fsock))
            v << QByteArray::number(x);
        out(v.join(',') + "\r\n");
        ok();
        return;
    }
    // 1: TCP send-error timeout 2000..20000 ms; 6: auto-reconnect after 10..1000 s; 8: reset
    // when no socket is connected, 5..1000 (0 switches 6 and 8 off). [F250] also knows 4 (data
    // mode flush timer, ms), 5 (TCP idle close, s), 7 (data idle reset, s).
    int option = 0;
    int value = 0;
    bool valid = c.hasArgs && c.count() == 2 && parseInt(c.arg(0), &option, 1, 8) &&
                 parseInt(c.arg(1), &value, 0, 1000000);
    if (valid) {
        switch (option) {
        case 1:
            valid = value >= 2000 && value <= 20000;
            break;
        case 6:
            valid = value == 0 || (value >= 10 && value <= 1000);
            break;
        case 8:
            valid = value == 0 || (value >= 5 && value <= 1000);
            break;
        case 4:
        case 5:
        case 7:
            break;
        default:
            valid = false;
        }
    }
    if (!valid) {
        fail(Err::InvalidInput);
        return;
    }
    m_cfg.fsock[option - 1] = value;
    ok();
}

// ---- Air Command (AT+MAIRCMD=O,...) ----

bool Wizfi310Module::openAirSocket(Err *error)
{
    const QList<QByteArray> a = m_cfg.airCmd.split(',');
    if (!networkUp()) {
        *error = Err::WifiStatus;
        return false;
    }
    sockets().close(kAirPeerSim);
    sockets().close(kAirSim);
    const quint16 port = quint16(a.value(2).toInt());
    for (const Sock &s : std::as_const(m_socks)) {
        if (s.localPort == port) {
            *error = Err::InvalidInput;
            return false;
        }
    }
    const bool ok = a.value(1) == "T" ? sockets().listenTcp(kAirSim, port)
                                      : sockets().openUdp(kAirSim, {}, 0, port);
    *error = Err::Error;
    m_airOpen = ok;
    return ok;
}

void Wizfi310Module::onAirData(const QByteArray &bytes, const QHostAddress &from, quint16 port)
{
    // A packet "WizFi310AirCmd:<AT command>" ([V]: WIZnet's configuration tool) runs the command;
    // what it answers at once goes back to the sender (answers that come later, such as a
    // join's, appear on the UART).
    if (!bytes.startsWith(kAirHeader))
        return;
    QByteArray command = bytes.mid(kAirHeader.size());
    while (command.endsWith('\r') || command.endsWith('\n'))
        command.chop(1);
    QByteArray reply;
    m_airCapture = &reply;
    handleCommand(command);
    m_airCapture = nullptr;
    if (reply.isEmpty())
        return;
    if (sockets().exists(kAirPeerSim))
        sockets().send(kAirPeerSim, reply);
    else
        sockets().send(kAirSim, reply, from, port);
}
