// The WizFi360 virtual module: TCP, UDP and SSL links on real loopback sockets, +IPD,
// the TCP server, DNS, ping, SNTP and firmware update (manual §3.3.1 - §3.3.28).
#include "Wizfi360Module.h"

#include "Wizfi360ModuleUtil.h"

#include <QDateTime>

using namespace Wizfi360Util;

namespace {

constexpr int ServerSocketId = 100; // the listening socket; links are 0-4
constexpr int MaxLinks = 5;
constexpr int IpdChunk = 1460; // one TCP segment (MSS) per +IPD

QByteArray ip4(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v).toString().toLatin1() : ipText(a);
}

QByteArray asctimeOf(const QDateTime &t)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = t.date();
    const QTime c = t.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ' ' + months[d.month() - 1] + ' ' +
           QByteArray::number(d.day()).rightJustified(2, '0') + ' ' +
           QByteArray::number(c.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(c.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(c.second()).rightJustified(2, '0') + ' ' +
           QByteArray::number(d.year());
}

} // namespace

void Wizfi360Module::wireSockets()
{
    connect(&sockets(), &SimSockets::connected, this, &Wizfi360Module::linkUp);
    connect(&sockets(), &SimSockets::failed, this,
            [this](int id, const QString &) { linkFailed(id); });
    connect(&sockets(), &SimSockets::accepted, this, &Wizfi360Module::onSocketAccepted);
    connect(&sockets(), &SimSockets::dataReceived, this, &Wizfi360Module::onSocketData);
    connect(&sockets(), &SimSockets::closed, this, &Wizfi360Module::linkClosedByPeer);
    sockets().setAcceptIdAllocator([this](int) {
        int clients = 0;
        for (const Link &l : std::as_const(m_links))
            clients += l.server ? 1 : 0;
        if (clients >= m_serverMaxConn)
            return -1;
        for (int id = 0; id < MaxLinks; ++id) {
            if (!m_links.contains(id) && m_mqtt.link != id && !sockets().exists(id))
                return id;
        }
        return -1;
    });
}

QByteArray Wizfi360Module::linkTag(int id) const
{
    return m_cipmux ? number(id) + ',' : QByteArray();
}

int Wizfi360Module::usedLinkCount() const
{
    return int(m_links.size());
}

// ---------------------------------------------------------------------------------------------
// Opening and closing

bool Wizfi360Module::openLink(int id, Link::Type type, const QByteArray &host, int port,
                              int localPort, int udpMode, bool reply)
{
    const auto address = world().resolve(QString::fromUtf8(host));
    if (!address) {
        if (reply) {
            line("DNS Fail");
            error();
        }
        return false;
    }
    Link l;
    l.type = type;
    l.host = host;
    l.remote = *address;
    l.remotePort = quint16(port);
    l.udpMode = udpMode;
    // The module reaches only this machine: any other address has nobody behind it.
    l.fake = !address->isLoopback();
    l.lastActivityMs = uptimeMs();
    if (type == Link::Type::Udp) {
        if (!sockets().openUdp(id, *address, quint16(port), quint16(localPort))) {
            if (reply)
                error();
            return false;
        }
        l.up = true;
        l.localPort = sockets().info(id)->localPort;
        m_links.insert(id, l);
        m_hadLink = true;
        if (reply) {
            line(linkTag(id) + "CONNECT");
            ok();
        }
        return true;
    }
    l.replyPending = reply;
    m_links.insert(id, l);
    if (reply)
        setBusy(true);
    if (l.fake)
        later(500, [this, id] { linkFailed(id); }); // SYN into the void
    else
        sockets().connectTcp(id, *address, quint16(port), type == Link::Type::Ssl);
    return true;
}

void Wizfi360Module::linkUp(int id)
{
    const auto it = m_links.find(id);
    if (it == m_links.end())
        return;
    it->up = true;
    if (const SimSockets::Info *info = sockets().info(id))
        it->localPort = info->localPort;
    it->lastActivityMs = uptimeMs();
    m_hadLink = true;
    if (it->replyPending) {
        it->replyPending = false;
        setBusy(false);
        line(linkTag(id) + "CONNECT");
        ok();
    } else if (it->autoPassthrough) {
        it->autoPassthrough = false;
        enterPassthrough(false);
    }
}

void Wizfi360Module::linkFailed(int id)
{
    const auto it = m_links.find(id);
    if (it == m_links.end() || it->up)
        return;
    if (m_passthrough && id == 0) {
        // Passthrough keeps reconnecting until "+++" (§3.3.18).
        later(1000, [this] {
            const auto l = m_links.constFind(0);
            if (m_passthrough && l != m_links.constEnd() && !l->up && !l->fake)
                sockets().connectTcp(0, l->remote, l->remotePort, l->type == Link::Type::Ssl);
        });
        return;
    }
    const bool reply = it->replyPending;
    m_links.erase(it);
    sockets().close(id);
    if (reply) {
        // ESP-AT order: the command fails, then the link reports its close.
        setBusy(false);
        error();
        line(linkTag(id) + "CLOSED");
    }
}

void Wizfi360Module::linkClosedByPeer(int id)
{
    const auto it = m_links.find(id);
    if (it == m_links.end())
        return;
    if (m_passthrough && id == 0 && it->type != Link::Type::Udp) {
        it->up = false;
        linkFailed(0);
        return;
    }
    m_links.erase(it);
    if (!m_asleep)
        line(linkTag(id) + "CLOSED");
}

void Wizfi360Module::closeLinkQuietly(int id)
{
    sockets().close(id);
    m_links.remove(id);
}

void Wizfi360Module::onSocketAccepted(int, int id)
{
    const SimSockets::Info *info = sockets().info(id);
    if (!info)
        return;
    Link l;
    l.type = Link::Type::Tcp;
    l.server = true;
    l.up = true;
    l.remote = info->remoteAddress;
    l.remotePort = info->remotePort;
    l.localPort = info->localPort;
    l.lastActivityMs = uptimeMs();
    m_links.insert(id, l);
    m_hadLink = true;
    line(linkTag(id) + "CONNECT");
}

void Wizfi360Module::checkServerTimeouts()
{
    if (m_cipsto <= 0)
        return;
    const qint64 now = uptimeMs();
    for (const int id : m_links.keys()) {
        const Link &l = m_links[id];
        if (l.server && now - l.lastActivityMs > qint64(m_cipsto) * 1000) {
            closeLinkQuietly(id);
            line(linkTag(id) + "CLOSED");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Data

void Wizfi360Module::onSocketData(int id, const QByteArray &bytes, const QHostAddress &from,
                                  quint16 port)
{
    const auto it = m_links.find(id);
    if (it == m_links.end())
        return;
    it->lastActivityMs = uptimeMs();
    if (it->type == Link::Type::Udp &&
        (it->udpMode == 2 || (it->udpMode == 1 && !it->peerChanged)) &&
        (from != it->remote || port != it->remotePort)) {
        // <UDP mode> 1: the peer may change once; 2: it follows every sender.
        it->remote = from;
        it->remotePort = port;
        it->fake = false;
        if (it->udpMode == 1)
            it->peerChanged = true;
    }
    deliver(id, bytes, from, port);
}

void Wizfi360Module::deliver(int id, const QByteArray &bytes, const QHostAddress &from,
                             quint16 port)
{
    if (m_asleep)
        return;
    if (m_passthrough && id == 0) {
        say(bytes); // passthrough: raw, no +IPD
        return;
    }
    const bool udp = m_links.value(id).type == Link::Type::Udp;
    // TCP data comes one segment per +IPD; a datagram is one +IPD.
    const qsizetype chunk = udp ? qMax<qsizetype>(1, bytes.size()) : IpdChunk;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        const QByteArray piece = bytes.mid(at, chunk);
        QByteArray header = "\r\n+IPD," + linkTag(id) + number(piece.size());
        if (m_dinfo)
            header += ',' + quoted(ip4(from)) + ',' + number(port);
        say(header + ':' + piece);
    }
}

bool Wizfi360Module::sendOnLink(int id, const QByteArray &bytes, const QHostAddress &to,
                                quint16 toPort)
{
    const auto it = m_links.find(id);
    if (it == m_links.end() || !it->up)
        return false;
    it->lastActivityMs = uptimeMs();
    if (it->type == Link::Type::Udp) {
        const QHostAddress dest = to.isNull() ? it->remote : to;
        const quint16 port = toPort ? toPort : it->remotePort;
        if (port == 0)
            return false;
        if (!dest.isLoopback())
            return true; // sent into a network that is not there
        return sockets().send(id, bytes, dest, port) >= 0;
    }
    return sockets().send(id, bytes) >= 0;
}

// ---------------------------------------------------------------------------------------------
// Commands

void Wizfi360Module::cmdCipstatus(const Cmd &cmd)
{
    if (cmd.form != Form::Exec)
        return error();
    const int stat = !m_links.isEmpty() ? 3 : !wifi().isJoined() ? 5 : m_hadLink ? 4 : 2;
    line("STATUS:" + number(stat));
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (!it->up)
            continue;
        const QByteArray type = it->type == Link::Type::Tcp   ? "TCP"
                                : it->type == Link::Type::Udp ? "UDP"
                                                              : "SSL";
        line("+CIPSTATUS:" + number(it.key()) + ',' + quoted(type) + ',' + quoted(ip4(it->remote)) +
             ',' + number(it->remotePort) + ',' + number(it->localPort) + ',' +
             number(it->server ? 1 : 0));
    }
    ok();
}

void Wizfi360Module::cmdCipdomain(const Cmd &cmd)
{
    QByteArray name;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !str(cmd, 0, &name, 63) ||
        name.isEmpty())
        return error();
    const auto address = networkUp() ? world().resolve(QString::fromUtf8(name)) : std::nullopt;
    if (!address) {
        line("DNS Fail");
        return error();
    }
    line("+CIPDOMAIN:" + quoted(ip4(*address)));
    ok();
}

void Wizfi360Module::cmdCipstart(const Cmd &cmd)
{
    if (cmd.form != Form::Set)
        return error();
    int id = 0;
    const int at = m_cipmux ? 1 : 0;
    if (m_cipmux && !num(cmd, 0, 0, MaxLinks - 1, &id))
        return error();
    QByteArray typeName;
    QByteArray host;
    if (!str(cmd, at, &typeName) || !str(cmd, at + 1, &host, 128) || host.isEmpty())
        return error();
    const qsizetype n = cmd.params.size() - at;
    int port = 0;
    int localPort = 0;
    int udpMode = 0;
    int keepAlive = 0;
    Link::Type type = Link::Type::Tcp;
    if (typeName == "TCP" || typeName == "SSL") {
        type = typeName == "TCP" ? Link::Type::Tcp : Link::Type::Ssl;
        if (n < 3 || n > 4 || !num(cmd, at + 2, 1, 65535, &port) ||
            (n == 4 && !num(cmd, at + 3, 0, 7200, &keepAlive)))
            return error();
    } else if (typeName == "UDP") {
        type = Link::Type::Udp;
        if (n < 3 || n > 5 || !num(cmd, at + 2, 0, 65535, &port) ||
            (n >= 4 && !num(cmd, at + 3, 1, 65535, &localPort)) ||
            (n == 5 && !num(cmd, at + 4, 0, 2, &udpMode)))
            return error();
    } else {
        return error();
    }
    if (!networkUp())
        return error();
    const bool mqttHoldsIt =
        m_mqtt.state != Mqtt::State::Idle && (m_cipmux == 0 || m_mqtt.link == id);
    if (m_links.contains(id) || mqttHoldsIt) {
        line("ALREADY CONNECTED");
        return error();
    }
    if (type == Link::Type::Ssl) {
        for (const Link &l : std::as_const(m_links)) {
            if (l.type == Link::Type::Ssl)
                return error(); // one SSL connection at most
        }
    }
    openLink(id, type, host, port, localPort, udpMode, true);
}

void Wizfi360Module::cmdCipsslsize(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CIPSSLSIZE:" + number(m_sslSize));
        return ok();
    }
    int size = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 2048, 4096, &size))
        return error();
    m_sslSize = size;
    ok();
}

void Wizfi360Module::cmdCipsslconf(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CIPSSLCONF:" + number(m_flash.sslConf));
        return ok();
    }
    int mode = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 2, &mode))
        return error();
    m_flash.sslConf = mode;
    ok();
}

void Wizfi360Module::cmdCipclose(const Cmd &cmd)
{
    if (!m_cipmux) {
        if (cmd.form != Form::Exec || !m_links.contains(0))
            return error();
        closeLinkQuietly(0);
        line("CLOSED");
        return ok();
    }
    int id = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, MaxLinks, &id))
        return error();
    if (id == MaxLinks) {
        // 5 closes every link, "In server mode, the ID 5 has no effect."
        if (!m_serverPort) {
            for (const int link : m_links.keys()) {
                closeLinkQuietly(link);
                line(linkTag(link) + "CLOSED");
            }
        }
        return ok();
    }
    if (!m_links.contains(id))
        return error();
    closeLinkQuietly(id);
    line(linkTag(id) + "CLOSED");
    ok();
}

void Wizfi360Module::cmdCifsr(const Cmd &cmd)
{
    if (cmd.form != Form::Exec)
        return error();
    if (apOn()) {
        line("+CIFSR:APIP," + quoted(ipText(apIp())));
        line("+CIFSR:APMAC," + quoted(world().apMac.toLower()));
    }
    if (stationOn()) {
        line("+CIFSR:STAIP," + quoted(ipText(staIp())));
        line("+CIFSR:STAMAC," + quoted(m_cur.staMac));
    }
    ok();
}

void Wizfi360Module::cmdCipmux(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CIPMUX:" + number(m_cipmux));
        return ok();
    }
    int mux = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 1, &mux))
        return error();
    if (mux == m_cipmux)
        return ok();
    // Only without links; multiple links not in passthrough; single only without a server.
    if (!m_links.isEmpty() || m_mqtt.state != Mqtt::State::Idle || (mux == 1 && m_cipmode == 1) ||
        (mux == 0 && m_serverPort))
        return error();
    m_cipmux = mux;
    ok();
}

void Wizfi360Module::cmdCipserver(const Cmd &cmd)
{
    int mode = 0;
    int port = 333;
    if (cmd.form != Form::Set || cmd.params.isEmpty() || cmd.params.size() > 2 ||
        !num(cmd, 0, 0, 1, &mode) || (has(cmd, 1) && !num(cmd, 1, 1, 65535, &port)))
        return error();
    if (!m_cipmux)
        return error(); // "A TCP server can only be created when multiple connections are
                        // activated"
    if (mode == 0) {
        if (m_serverPort) {
            sockets().close(ServerSocketId);
            m_serverPort = 0;
        }
        return ok();
    }
    if (m_serverPort) {
        if (port != m_serverPort)
            return error();
        line("no change");
        return ok();
    }
    if (!sockets().listenTcp(ServerSocketId, quint16(port)))
        return error();
    m_serverPort = port;
    ok();
}

void Wizfi360Module::cmdCipservermaxconn(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CIPSERVERMAXCONN:" + number(m_serverMaxConn));
        return ok();
    }
    int n = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 1, 4, &n) || m_serverPort)
        return error();
    m_serverMaxConn = n;
    ok();
}

void Wizfi360Module::cmdCipmode(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CIPMODE:" + number(m_cipmode));
        return ok();
    }
    int mode = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 1, &mode) ||
        (mode == 1 && m_cipmux))
        return error();
    m_cipmode = mode;
    ok();
}

void Wizfi360Module::cmdCipsto(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CIPSTO:" + number(m_cipsto));
        return ok();
    }
    int seconds = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 7200, &seconds))
        return error();
    m_cipsto = seconds;
    ok();
}

void Wizfi360Module::cmdCiupdate(const Cmd &cmd)
{
    QByteArray url;
    if (cmd.form == Form::Set) {
        if (cmd.params.size() != 1 || !str(cmd, 0, &url) || url.isEmpty())
            return error();
    } else if (cmd.form != Form::Exec) {
        return error();
    }
    if (!wifi().isJoined())
        return error();
    // No WIZnet update server (nor an Upgrade Tool) exists in the world: the lookup fails.
    setBusy(true);
    later(300, [this] {
        setBusy(false);
        error();
    });
}

void Wizfi360Module::cmdPing(const Cmd &cmd)
{
    QByteArray host;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !str(cmd, 0, &host) || host.isEmpty() ||
        !networkUp())
        return error();
    const auto address = world().resolve(QString::fromUtf8(host));
    if (!address)
        return error();
    const bool ours =
        (wifi().isJoined() && (*address == wifi().gateway() || *address == staIp())) ||
        *address == apIp();
    setBusy(true);
    if (address->isLoopback() || ours) {
        const int ms = 1 + int(random().bounded(5));
        later(ms, [this, ms] {
            setBusy(false);
            line("+" + number(ms));
            ok();
        });
    } else {
        later(600, [this] {
            setBusy(false);
            line("+timeout");
            error();
        });
    }
}

void Wizfi360Module::cmdCipdinfo(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line(m_dinfo ? "+CIPDINFO:TRUE" : "+CIPDINFO:FALSE");
        return ok();
    }
    int mode = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 1, &mode))
        return error();
    m_dinfo = mode == 1;
    ok();
}

void Wizfi360Module::cmdCipsntpcfg(const Cmd &cmd)
{
    static const QList<QByteArray> defaults = {"cn.ntp.org.cn", "ntp.sjtu.edu.cn",
                                               "us.pool.ntp.org"};
    if (cmd.form == Form::Query) {
        if (!m_sntp.enabled) {
            line("+CIPSNTPCFG:0");
            return ok();
        }
        QByteArray text = "+CIPSNTPCFG:1," + number(m_sntp.timezone);
        for (const QByteArray &s : m_sntp.servers)
            text += ',' + quoted(s);
        line(text);
        return ok();
    }
    int enable = 0;
    if (cmd.form != Form::Set || cmd.params.isEmpty() || cmd.params.size() > 5 ||
        !num(cmd, 0, 0, 1, &enable))
        return error();
    Sntp s;
    s.enabled = enable == 1;
    if (s.enabled && !num(cmd, 1, -11, 13, &s.timezone))
        return error(); // the time zone is required when enabling
    for (int i = 2; i < cmd.params.size(); ++i) {
        QByteArray server;
        if (!str(cmd, i, &server, 64) || server.isEmpty())
            return error();
        s.servers << server;
    }
    if (s.servers.isEmpty())
        s.servers = defaults;
    m_sntp = s;
    ok();
}

void Wizfi360Module::cmdCipsntptime(const Cmd &cmd)
{
    if (cmd.form != Form::Query)
        return error();
    // Synchronised only when a configured server exists in the world (and the station is up).
    bool synced = false;
    if (m_sntp.enabled && wifi().isJoined()) {
        for (const QByteArray &s : std::as_const(m_sntp.servers))
            synced = synced || world().resolve(QString::fromUtf8(s)).has_value();
    }
    QDateTime t =
        synced ? QDateTime::currentDateTimeUtc() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    t = t.addSecs(qint64(m_sntp.timezone) * 3600);
    line("+CIPSNTPTIME:" + asctimeOf(t));
    ok();
}

void Wizfi360Module::cmdCipdns(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        QList<QHostAddress> servers;
        if (cmd.store == Store::Def)
            servers = m_flash.s.dns;
        else if (!m_cur.userDns && wifi().isJoined())
            servers = wifi().dns();
        else
            servers = m_cur.dns;
        for (qsizetype i = 0; i < qMin<qsizetype>(2, servers.size()); ++i)
            line(cmd.prefix() + ip4(servers.at(i)));
        return ok();
    }
    int enable = 0;
    if (cmd.form != Form::Set || cmd.params.isEmpty() || cmd.params.size() > 3 ||
        !num(cmd, 0, 0, 1, &enable))
        return error();
    QList<QHostAddress> servers;
    for (int i = 1; i < cmd.params.size(); ++i) {
        QHostAddress a;
        if (!ip(cmd, i, &a))
            return error();
        servers << a;
    }
    if (servers.size() == 2 && servers[0] == servers[1])
        return error(); // "<DNS server0> & <DNS server1> must be different"
    if (enable && servers.isEmpty())
        servers << QHostAddress(QStringLiteral("208.67.222.222"));
    store(cmd, [enable, &servers](Settings &s) {
        s.userDns = enable == 1;
        if (enable)
            s.dns = servers;
    });
    ok();
}
