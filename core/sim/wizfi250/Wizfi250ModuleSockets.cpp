// Sockets of the WizFi250 module: AT+SCON / AT+SMGMT / AT+SSEND / AT+SDATA / AT+SFORM, the
// receive header, data mode with its +++ escape, and the Air Command server. The sockets are real
// (SimSockets on loopback); socket ids are the module's SCIDs 0..7, an accepted peer of a TCP
// server is 100 + its SCID (the module shows it under the server's SCID), the Air Command server
// is 200 and its clients 201..210.
#include "Wizfi250Module.h"

#include "Wizfi250Params.h"

#include <algorithm>
#include <climits>

using namespace Wizfi250Params;

namespace {

constexpr int AcceptedBase = 100;
constexpr int AirServerId = 200;
constexpr int MaxRxPacket = 1460; // one network packet per receive header
constexpr int SsendChunk = 1400;  // [F]: AT+SSEND reads and sends 1400 bytes at a time
constexpr int DataModePacket = 1460;

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

int Wizfi250Module::simId(int scid, const Socket &s)
{
    return s.tcp && s.server ? AcceptedBase + scid : scid;
}

void Wizfi250Module::wireSockets()
{
    SimSockets *s = &sockets();
    connect(s, &SimSockets::connected, this, [this](int id) { onConnected(id); });
    connect(s, &SimSockets::failed, this, [this](int id, const QString &) { onFailed(id); });
    connect(s, &SimSockets::accepted, this, [this](int server, int id) { onAccepted(server, id); });
    connect(s, &SimSockets::dataReceived, this,
            [this](int id, const QByteArray &b, const QHostAddress &from, quint16 port) {
                onData(id, b, from, port);
            });
    connect(s, &SimSockets::closed, this, [this](int id) { onClosed(id); });
    s->setAcceptIdAllocator([this](int serverId) { return allocateAccepted(serverId); });
}

int Wizfi250Module::allocateAccepted(int serverId)
{
    if (serverId == AirServerId)
        return sockets().freeId(AirServerId + 1, AirServerId + 10);
    const auto it = m_sockets.constFind(serverId);
    // One peer at a time: the WizFi250's listening socket becomes the connection.
    if (it == m_sockets.constEnd() || !it->server || it->connected)
        return -1;
    return AcceptedBase + serverId;
}

// ---- AT+SCON ----

Wizfi250Module::Result Wizfi250Module::cmdScon(const QByteArray &a)
{
    if (a == "?") {
        rsp(m_cur.sconOpen + "," + m_cur.sconType + "," + m_cur.sconRemoteIp + "," +
            num(m_cur.sconRemotePort) + "," + num(m_cur.sconLocalPort) + "," +
            num(m_cur.sconDataMode) + "\r\n");
        return Result::Ok;
    }
    return openSocket(a, true);
}

Wizfi250Module::Result Wizfi250Module::openSocket(const QByteArray &args, bool fromCommand)
{
    Reader r(args);
    const QByteArray open = r.next().value_or("").toUpper();
    if (open != "O" && open != "S" && open != "SO")
        return Result::Invalid;
    const QByteArray type = r.next().value_or("").toUpper();
    if (type.size() != 3 || (type[0] != 'T' && type[0] != 'U') ||
        (type[1] != 'S' && type[1] != 'C') || (type[2] != 'N' && type[2] != 'S'))
        return Result::Invalid;
    const bool tcp = type[0] == 'T';
    const bool server = type[1] == 'S';
    const bool tls = type[2] == 'S';
    if (!tcp && tls)
        return Result::Invalid; // the guide: no SSL over UDP
    const std::optional<QHostAddress> remote = toIp(r.next());
    const std::optional<qint64> remotePort = toInt(r.next());
    const std::optional<qint64> localPort = toInt(r.next());
    qint64 dataMode = 0;
    if (const auto field = r.next()) {
        const auto dm = toInt(field);
        if (!dm || *dm > 1)
            return Result::Invalid;
        dataMode = *dm;
    }
    if (m_autoConnected)
        return Result::ModeStatus;
    const bool now = open.contains('O');
    if (now && !linked())
        return Result::WifiStatus;
    const auto validPort = [](const std::optional<qint64> &p) {
        return p && *p >= 1 && *p <= 65535;
    };
    // A TCP server ignores the peer fields (not reset() here: GCC 12 -O2 then warns wrongly).
    const bool keepsPeer = !(tcp && server);
    if (tcp && server) {
        if (!validPort(localPort))
            return Result::Invalid; // a server needs its port
    } else if (!server) {
        if (localPort && *localPort > 65535)
            return Result::Invalid; // 0 or none: a random port
        if (!validPort(remotePort) || !remote)
            return Result::Invalid;
    } else { // UDP server: the peer is optional, but both parts or neither
        if (!validPort(localPort))
            return Result::Invalid;
        if (remotePort && (!remote || !validPort(remotePort)))
            return Result::Invalid;
        if (remote && !remotePort)
            return Result::Invalid;
    }
    m_cur.sconOpen = open;
    m_cur.sconType = type;
    m_cur.sconRemoteIp =
        keepsPeer ? ipText(remote.value_or(QHostAddress())) : ipText(QHostAddress());
    m_cur.sconRemotePort = keepsPeer ? int(remotePort.value_or(0)) : 0;
    m_cur.sconLocalPort = int(localPort.value_or(0));
    m_cur.sconDataMode = int(dataMode);
    if (!now)
        return Result::Ok; // registered as a service: opens at the next link-up
    if (dataMode == 1 && !m_sockets.isEmpty())
        return Result::Invalid; // data mode works with one socket only
    for (const Socket &s : std::as_const(m_sockets)) {
        if (tls || s.tls)
            return Result::Invalid; // [F]: an SSL socket must be the only one
    }
    int scid = -1;
    for (int i = 0; i < 8 && scid < 0; ++i) {
        if (!m_sockets.contains(i))
            scid = i;
    }
    if (scid < 0)
        return Result::BadCid;
    Socket s;
    s.tcp = tcp;
    s.server = server;
    s.tls = tls;
    s.remote = keepsPeer ? remote.value_or(QHostAddress()) : QHostAddress();
    s.remotePort = keepsPeer ? quint16(remotePort.value_or(0)) : 0;
    s.localPort = quint16(localPort.value_or(0));
    s.dataMode = dataMode == 1;
    s.serial = ++m_socketSerial;
    m_sockets.insert(scid, s);
    Q_UNUSED(fromCommand)
    // The socket task starts after the command's [OK].
    later(20, [this, scid, serial = s.serial] {
        auto it = m_sockets.find(scid);
        if (it == m_sockets.end() || it->serial != serial)
            return;
        if (it->tcp && it->server) {
            if (it->tls || !sockets().listenTcp(scid, it->localPort)) {
                socketGone(scid, true); // no TLS server here; or the port is taken
                return;
            }
            if (m_cur.listenMessages)
                notify(Event::Listen, scid);
        } else if (it->tcp) {
            if (!it->remote.isLoopback()) {
                // Only loopback peers exist in the simulated world: the connect times out
                // ([F] after 5 s; shortened).
                later(300, [this, scid, serial] {
                    const auto gone = m_sockets.constFind(scid);
                    if (gone != m_sockets.constEnd() && gone->serial == serial && !gone->connected)
                        socketGone(scid, true);
                });
                return;
            }
            sockets().connectTcp(scid, it->remote, it->remotePort, it->tls, it->localPort);
        } else {
            if (!sockets().openUdp(scid, it->remote, it->remotePort, it->localPort)) {
                socketGone(scid, true);
                return;
            }
            if (const SimSockets::Info *info = sockets().info(scid))
                it->localPort = info->localPort;
            it->connected = true;
            if (it->dataMode) {
                m_autoConnected = true;
                m_currentScid = scid;
                enterData();
            }
            notify(Event::Connect, scid);
        }
    });
    return Result::Ok;
}

void Wizfi250Module::openServiceSocket()
{
    // [F]: "SO" opens as stored; "S" opens as "O" and stays registered as "S".
    const QByteArray open = m_cur.sconOpen;
    QByteArray args = (open == "SO" ? "SO," : "O,") + m_cur.sconType + ",";
    if (m_cur.sconType.startsWith("US"))
        args += ",,";
    else
        args += m_cur.sconRemoteIp + "," + num(m_cur.sconRemotePort) + ",";
    args += num(m_cur.sconLocalPort) + "," + num(m_cur.sconDataMode);
    openSocket(args, false);
    m_cur.sconOpen = open;
}

// ---- socket events ----

void Wizfi250Module::onConnected(int id)
{
    auto it = m_sockets.find(id);
    if (it == m_sockets.end())
        return;
    it->connected = true;
    if (const SimSockets::Info *info = sockets().info(id))
        it->localPort = info->localPort;
    if (it->dataMode) {
        m_autoConnected = true;
        m_currentScid = id;
        enterData();
    }
    notify(Event::Connect, id);
}

void Wizfi250Module::onFailed(int id)
{
    // A TCP connect that fails: [DISCONNECT x] with no [CONNECT x] before it ([F]).
    if (id < AcceptedBase)
        socketGone(id, true);
}

void Wizfi250Module::onAccepted(int serverId, int id)
{
    auto it = m_sockets.find(serverId);
    if (serverId == AirServerId || it == m_sockets.end())
        return;
    if (const SimSockets::Info *info = sockets().info(id)) {
        it->remote = info->remoteAddress;
        it->remotePort = info->remotePort;
    }
    it->connected = true;
    if (it->dataMode) {
        m_autoConnected = true;
        m_currentScid = serverId;
        // [F]: back to data mode unless the host had escaped when the last peer left.
        if (!it->escapedWhenPeerLeft)
            enterData();
    }
    notify(Event::Connect, serverId);
}

void Wizfi250Module::onData(int id, const QByteArray &bytes, const QHostAddress &from, quint16 port)
{
    if (id >= AirServerId) {
        onAirData(id, bytes, from, port);
        return;
    }
    const int scid = id >= AcceptedBase ? id - AcceptedBase : id;
    auto it = m_sockets.find(scid);
    if (it == m_sockets.end())
        return;
    if (!it->tcp && it->server) { // a UDP server answers whoever sent last
        it->remote = from;
        it->remotePort = port;
    }
    deliver(scid, bytes, from, port);
}

void Wizfi250Module::onClosed(int id)
{
    if (id >= AirServerId)
        return;
    if (id < AcceptedBase) {
        socketGone(id, true);
        return;
    }
    // The peer of a TCP server left: [DISCONNECT x], then the server listens again on the same
    // SCID ([F]).
    const int scid = id - AcceptedBase;
    auto it = m_sockets.find(scid);
    if (it == m_sockets.end())
        return;
    it->connected = false;
    it->remote = QHostAddress();
    it->remotePort = 0;
    if (it->dataMode) {
        it->escapedWhenPeerLeft = !inDataMode();
        m_autoConnected = false;
        m_currentScid = -1;
        m_tx.clear();
        m_flushTimer.stop();
        if (inDataMode())
            leaveDataMode();
    }
    notify(Event::Disconnect, scid);
    if (m_cur.listenMessages)
        notify(Event::Listen, scid);
}

void Wizfi250Module::socketGone(int scid, bool notifyHost)
{
    const auto it = m_sockets.find(scid);
    if (it == m_sockets.end())
        return;
    const bool dataMode = it->dataMode;
    m_sockets.erase(it);
    if (dataMode) {
        // The data-mode socket is gone: back to command mode for good.
        m_autoConnected = false;
        m_currentScid = -1;
        m_tx.clear();
        m_flushTimer.stop();
        if (inDataMode())
            leaveDataMode();
    }
    if (notifyHost)
        notify(Event::Disconnect, scid);
}

void Wizfi250Module::closeSocket(int scid)
{
    const auto it = m_sockets.constFind(scid);
    if (it == m_sockets.constEnd())
        return;
    if (it->tcp && it->server)
        sockets().close(AcceptedBase + scid);
    sockets().close(scid);
    socketGone(scid, true);
}

void Wizfi250Module::closeAllSockets()
{
    const QList<int> ids = m_sockets.keys();
    for (int scid : ids)
        closeSocket(scid);
}

// ---- receiving ----

QByteArray Wizfi250Module::receiveHeader(int scid, const QHostAddress &from, quint16 port,
                                         qsizetype n) const
{
    // [F] WXNetwork_NetRx: the AT+SFORM items in this order; the delimiter goes between each.
    const QByteArray &on = m_cur.sformMain;
    const QByteArray &ch = m_cur.sformChars;
    const auto put = [](QByteArray &out, char c) {
        if (c) // a NUL character ends the firmware's string: nothing is printed
            out += c;
    };
    QByteArray h;
    if (on[0] == '1')
        put(h, ch[0]);
    if (on[1] == '1')
        h += QByteArray::number(scid, 16);
    if (on[2] == '1')
        put(h, ch[1]);
    if (on[3] == '1')
        h += ipText(from);
    if (on[2] == '1')
        put(h, ch[1]);
    if (on[4] == '1')
        h += num(port);
    if (on[2] == '1')
        put(h, ch[1]);
    if (on[5] == '1')
        h += num(n);
    if (on[6] == '1')
        put(h, ch[2]);
    return h;
}

QByteArray Wizfi250Module::receiveTrailer(const QByteArray &header) const
{
    // [F] bug kept: without item 7 the header buffer is printed again after the data.
    QByteArray t = header;
    if (m_cur.sformMain[7] == '1')
        t = m_cur.sformChars[3] ? QByteArray(1, m_cur.sformChars[3]) : QByteArray();
    if (m_cur.sformMain[8] == '1' && m_cur.sformChars[4])
        t += m_cur.sformChars[4];
    return t;
}

void Wizfi250Module::deliver(int scid, const QByteArray &bytes, const QHostAddress &from,
                             quint16 port)
{
    if (inDataMode() && m_autoConnected && m_currentScid == scid) {
        say(bytes); // transparent: raw, no header
        return;
    }
    const auto it = m_sockets.constFind(scid);
    const qsizetype chunk = it != m_sockets.constEnd() && it->tcp ? MaxRxPacket : bytes.size();
    for (qsizetype pos = 0; pos < bytes.size(); pos += chunk) {
        const QByteArray piece = bytes.mid(pos, chunk);
        const QByteArray header = receiveHeader(scid, from, port, piece.size());
        say(header + piece + receiveTrailer(header)); // one block: events never split it
    }
}

// ---- sending ----

bool Wizfi250Module::sendOn(int scid, const QByteArray &bytes, int udpPiece)
{
    const auto it = m_sockets.constFind(scid);
    if (it == m_sockets.constEnd())
        return false;
    if (it->tcp) {
        if (it->server && !it->connected)
            return true; // [F]: a TCP server without a peer drops the data, yet reports success
        return sockets().send(simId(scid, *it), bytes) >= 0;
    }
    if (it->remote.isNull() || it->remotePort == 0)
        return false;
    if (!it->remote.isLoopback())
        return true; // nobody out there in the simulated world
    for (qsizetype pos = 0; pos < bytes.size(); pos += udpPiece)
        sockets().send(scid, bytes.mid(pos, udpPiece), it->remote, it->remotePort);
    return true;
}

Wizfi250Module::Result Wizfi250Module::cmdSsend(const QByteArray &a)
{
    Reader r(a);
    const auto id = toInt(r.next());
    if (!id)
        return Result::Invalid;
    const int scid = int(qMin<qint64>(*id, INT_MAX));
    auto it = m_sockets.find(scid);
    const bool udp = it != m_sockets.end() && !it->tcp;
    // [F]: for UDP the target IP and port are taken (and kept) before anything else is checked.
    std::optional<QHostAddress> ip;
    quint16 port = 0;
    if (const auto field = r.next(); udp && field) {
        ip = toIp(field);
        if (ip)
            it->remote = *ip;
    }
    if (const auto field = r.next(); udp && field) {
        const auto p = toInt(field);
        if (p && *p > 0 && *p <= 65535) {
            port = quint16(*p);
            it->remotePort = port;
        }
    }
    if (it == m_sockets.end())
        return Result::Invalid; // not open
    if (!(it->tcp && it->server) && (it->remote.isNull() || it->remotePort == 0))
        return Result::Invalid; // a UDP server that has heard no peer yet
    const auto size = toInt(r.next());
    if (!size || *size < 1 || *size > 100000000)
        return Result::Invalid; // the guide's range 1 ~ 100,000,000
    QByteArray prompt =
        "[" + num(scid) + (ip ? "," + ipText(*ip) + "," + num(port) : ",,") + "," + num(*size);
    qint64 waitMs = *size + 10000; // [F]: 10 s + 1 ms per byte
    if (const auto field = r.next()) {
        const auto given = toInt(field);
        if (!given) {
            rsp(prompt); // [F] has printed this much already
            return Result::Invalid;
        }
        waitMs = *given;
        prompt += "," + num(*given);
    }
    rsp(prompt + "]\r\n");
    m_busy = true;
    m_payloadActive = true;
    expectPayload(*size, int(std::clamp<qint64>(waitMs, 1, INT_MAX)),
                  [this, scid](const QByteArray &payload, bool complete) {
                      m_payloadActive = false;
                      m_busy = false;
                      // On a timeout the 1400-byte pieces read so far have gone out ([F]).
                      const QByteArray out =
                          complete ? payload
                                   : payload.left(payload.size() / SsendChunk * SsendChunk);
                      const auto it = m_sockets.constFind(scid);
                      if (it == m_sockets.constEnd()) {
                          finalResult(Result::BadCid);
                      } else if (!out.isEmpty() && !sendOn(scid, out, SsendChunk) && it->tcp) {
                          notify(Event::TcpSendError); // [F]: instead of [OK]
                      } else {
                          finalResult(complete ? Result::Ok : Result::Error);
                      }
                      if (std::exchange(m_enterDataAfterPayload, false))
                          enterData();
                      drainQueue();
                  });
    return Result::Later;
}

// ---- AT+SMGMT ----

Wizfi250Module::Result Wizfi250Module::cmdSmgmt(const QByteArray &a)
{
    if (a == "?") {
        rsp("Number of Sockets : " + num(m_sockets.size()) +
            " (SCID/Mode/Remote/Local/DataMode)\r\n");
        for (auto it = m_sockets.constBegin(); it != m_sockets.constEnd(); ++it) {
            const Socket &s = *it;
            QByteArray row = num(it.key()) + "/";
            row += s.tcp ? 'T' : 'U';
            row += s.server ? 'S' : 'C';
            row += s.tls ? 'S' : 'N';
            row += "/" + ipText(s.remote) + ":" + num(s.remotePort) + "/" + num(s.localPort) + "/" +
                   num(s.dataMode ? 1 : 0) + "\r\n";
            rsp(row);
        }
        return Result::Ok;
    }
    Reader r(a);
    const auto field = r.next();
    if (!field)
        return Result::Ok; // [F]: nothing to do
    if (field->toUpper() == "ALL") {
        closeAllSockets(); // [F]: a server closed this way does not listen again
        return Result::Ok;
    }
    const auto scid = toInt(field);
    if (!scid)
        return Result::BadCid;
    if (!m_sockets.contains(int(qMin<qint64>(*scid, INT_MAX))))
        return Result::Invalid;
    closeSocket(int(*scid));
    return Result::Ok;
}

// ---- data mode ----

Wizfi250Module::Result Wizfi250Module::cmdSdata(const QByteArray &)
{
    if (!m_autoConnected)
        return Result::ModeStatus; // [F] (the guide says [ERROR])
    const auto it = m_sockets.constFind(m_currentScid);
    if (it == m_sockets.constEnd())
        return Result::Error;
    enterData();
    return Result::Ok;
}

void Wizfi250Module::enterData()
{
    if (m_payloadActive) {
        m_enterDataAfterPayload = true; // AT+SSEND still reads its bytes
        return;
    }
    if (inDataMode())
        return;
    // [F]: exactly "+++" followed by the escape timer's silence; none is needed before it.
    enterDataMode(
        "+++", m_cur.escapeMs, false, [this](const QByteArray &bytes) { onHostData(bytes); },
        [this] {
            transmitPending();
            finalResult(Result::Ok);
            drainQueue();
        });
}

void Wizfi250Module::onHostData(const QByteArray &bytes)
{
    const auto it = m_sockets.constFind(m_currentScid);
    if (!m_autoConnected || it == m_sockets.constEnd())
        return;
    // [F]: a packet goes out when more than 1460 bytes wait, or when the flush timer (AT+FSOCK
    // option 4, default 100 ms) runs out; the timer restarts at the first byte and every 100.
    const int flushMs = m_cur.socketOptions.at(4) >= 10 ? m_cur.socketOptions.at(4) : 100;
    for (char c : bytes) {
        m_tx += c;
        if (m_tx.size() > DataModePacket)
            transmitPending();
        else if (m_tx.size() == 1 || m_tx.size() % 100 == 0)
            m_flushTimer.start(flushMs);
    }
}

void Wizfi250Module::transmitPending()
{
    m_flushTimer.stop();
    if (m_tx.isEmpty())
        return;
    const QByteArray data = std::exchange(m_tx, {});
    if (m_sockets.contains(m_currentScid))
        sendOn(m_currentScid, data, int(data.size()));
}

// ---- AT+SFORM, AT+SOPT1 ----

Wizfi250Module::Result Wizfi250Module::cmdSform(const QByteArray &a)
{
    if (a == "?") {
        QByteArray text = m_cur.sformMain;
        for (char c : m_cur.sformChars)
            text += "," + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        rsp(text); // [F] bug: no CRLF, so [OK] follows on the same line
        return Result::Ok;
    }
    Reader r(a);
    const QByteArray main = r.next().value_or("");
    if (main.size() != 9)
        return Result::Invalid;
    for (char c : main) {
        if (c != '0' && c != '1')
            return Result::Invalid;
    }
    QByteArray chars("{,}\r\n"); // [F]: a character left out is reset to its default
    for (int i = 0; i < 5; ++i) {
        if (const auto field = r.next()) {
            const auto v = toHex(field);
            if (!v)
                return Result::Invalid;
            chars[i] = char(*v & 0xff);
        }
    }
    m_cur.sformMain = main;
    m_cur.sformChars = chars;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdSopt1(const QByteArray &a)
{
    Reader r(a);
    const auto option = toInt(r.next());
    const auto value = toInt(r.next());
    if (!option || !value)
        return Result::Invalid;
    if (*option == 10) {
        if (*value < 1 || *value > 10000)
            return Result::Invalid;
        m_cur.escapeMs = int(*value);
    }
    // [F]: the other option numbers are factory debug hooks; accepted, nothing done.
    return Result::Ok;
}

// ---- Air Command ----

void Wizfi250Module::startAirCommand()
{
    if (m_airRunning || !linked())
        return;
    if (m_cur.airType == 'U')
        m_airRunning = sockets().openUdp(AirServerId, {}, 0, quint16(m_cur.airPort));
    else
        m_airRunning = sockets().listenTcp(AirServerId, quint16(m_cur.airPort));
}

void Wizfi250Module::onAirData(int id, const QByteArray &bytes, const QHostAddress &from,
                               quint16 port)
{
    // The guide: one packet = "WizFi250AirCmd:" (case-sensitive) + an AT command + CR; the
    // command's reply goes back over the same socket.
    static const QByteArray header("WizFi250AirCmd:");
    if (!bytes.startsWith(header))
        return;
    QByteArray command = bytes.mid(header.size());
    const qsizetype cr = command.indexOf('\r');
    if (cr < 0)
        return;
    command.truncate(cr);
    QByteArray reply;
    m_capture = &reply;
    execute(command);
    m_capture = nullptr;
    if (reply.isEmpty())
        return;
    if (id == AirServerId)
        sockets().send(AirServerId, reply, from, port); // UDP
    else
        sockets().send(id, reply);
}
