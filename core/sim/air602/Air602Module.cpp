#include "Air602Module.h"

#include <QTcpSocket>

// Framing, the system commands (§2.2.1) and the parameter commands (§2.2.2) of the Air602.

namespace {
constexpr char FirmwareVersion[] = "AirM2M_Luat_WiFi_V008_WM";
} // namespace

Air602Module::Air602Module(const World &world, QObject *parent)
    : VirtualModule(world, parent)
{
    setEcho(false); // the base's byte echo is never used: see handleCommand()
    m_mqttIp = world.resolve(world.mqttHost).value_or(QHostAddress(QHostAddress::LocalHost));
    m_mqttPort = world.mqttPort;
    connect(&sockets(), &SimSockets::connected, this, &Air602Module::onSocketConnected);
    connect(&sockets(), &SimSockets::failed, this,
            [this](int id, const QString &) { onSocketFailed(id); });
    connect(&sockets(), &SimSockets::accepted, this, &Air602Module::onSocketAccepted);
    connect(&sockets(), &SimSockets::dataReceived, this, &Air602Module::onSocketData);
    connect(&sockets(), &SimSockets::closed, this, &Air602Module::onSocketClosed);
    sockets().setAcceptIdAllocator([this](int serverId) {
        const int id = freeSocketId();
        if (id > 0) {
            // Reserve the number at once: several clients may be accepted in one go.
            Socket s;
            s.parent = serverId;
            m_sockets.insert(id, s);
        }
        return id;
    });
    wireMqtt();
}

Air602Module::~Air602Module()
{
    disconnect(&sockets(), nullptr, this, nullptr);
    disconnect(&mqtt(), nullptr, this, nullptr);
    for (QTcpSocket *socket : std::exchange(m_http, {})) {
        socket->disconnect();
        delete socket;
    }
}

QByteArray Air602Module::bootBanner() const
{
    // §2.2.1.2 prints "+OK  ready" for AT+Z: the boot prints "ready" on a line of its own.
    return "ready\r\n";
}

QByteArray Air602Module::busyReply() const
{
    // The manual's "System busy" (-8); the real firmware drops such a command silently.
    return "+ERR=-8\r\n\r\n";
}

void Air602Module::onRestart()
{
    setEcho(false);
    m_ram = m_flash;
    m_lineEcho = false;
    m_processing = false;
    m_asleep = false;
    m_adhocUp = false;
    m_reportMode = false;
    m_defaultSocket = 0;
    m_sourceIp = QHostAddress();
    m_sockets.clear();
    m_connecting = 0;
    m_customData.clear();
    for (QTcpSocket *socket : std::exchange(m_http, {})) {
        socket->disconnect();
        socket->deleteLater();
    }
    m_mqttIp = world().resolve(world().mqttHost).value_or(QHostAddress(QHostAddress::LocalHost));
    m_mqttPort = world().mqttPort;
    m_mqttUser.clear();
    m_mqttPassword.clear();
    m_mqttClientId.clear();
    m_mqttConnecting = false;
    m_pendingSubscribes.clear();
    m_pendingPublishes.clear();
    m_sendSocket = 0;
    if (m_ram.atm == 0)
        startAutomaticMode();
}

// ---- framing ----

void Air602Module::handleCommand(const QByteArray &line)
{
    if (m_asleep)
        return;
    // The firmware looks for "AT+" (case-insensitive) and drops a line that has none; bytes
    // before it (left over from a data phase, noise) were dropped as they arrived.
    const qsizetype at = line.toUpper().indexOf("AT+");
    if (at < 0)
        return;
    // §2.1.1.1: a command that arrives while the previous one is still being processed is
    // discarded without any answer.
    if (m_processing)
        return;
    const QByteArray command = line.mid(at);
    if (m_lineEcho)
        say(command + "\r\n");
    execute(parse(command));
}

Air602Module::Command Air602Module::parse(const QByteArray &command)
{
    Command c;
    const QByteArray rest = command.mid(3);
    const qsizetype eq = rest.indexOf('=');
    c.name = (eq < 0 ? rest : rest.left(eq)).trimmed().toUpper();
    if (eq < 0)
        return c;
    QByteArray args = rest.mid(eq + 1);
    if (args.startsWith('!')) {
        c.op = Op::SetFlash;
        args.remove(0, 1);
    } else if (args.startsWith('?')) {
        c.op = Op::Query;
        args.remove(0, 1);
    } else {
        c.op = Op::Set;
    }
    c.args = args;
    if (!args.isEmpty()) {
        for (const QByteArray &p : args.split(','))
            c.params << p.trimmed();
    }
    return c;
}

void Air602Module::execute(const Command &c)
{
    if (c.name.isEmpty()) {
        // §2.2.1.1 the null command
        if (c.op == Op::None)
            ok();
        else
            error(-3);
        return;
    }
    if (c.op == Op::Query && !c.args.trimmed().isEmpty()) {
        error(-3);
        return;
    }
    // The table of §1.2.1 lists the SDK's older names of the APSTA commands.
    static const QHash<QByteArray, QByteArray> aliases{
        {"QMAC2", "APMAC"}, {"SSID2", "APSSID"}, {"LKSTT2", "APLKSTT"}};
    if (aliases.contains(c.name)) {
        Command renamed = c;
        renamed.name = aliases.value(c.name);
        execute(renamed);
        return;
    }
    if (systemCommand(c) || parameterCommand(c) || wifiCommand(c) || socketCommand(c) ||
        mqttCommand(c))
        return;
    // Not in this firmware's command table (GPIO and ADC among them): "Command not supported".
    error(-2);
}

void Air602Module::ok()
{
    sayFinal("+OK\r\n\r\n");
}

void Air602Module::okValue(const QByteArray &value)
{
    sayFinal("+OK=" + value + "\r\n\r\n");
}

void Air602Module::error(int code)
{
    sayFinal("+ERR=" + QByteArray::number(code) + "\r\n\r\n");
}

// ---- helpers ----

QByteArray Air602Module::hexMac(const QByteArray &mac, bool upper)
{
    QByteArray hex = QByteArray(mac).replace(':', "").replace('-', "");
    return upper ? hex.toUpper() : hex.toLower();
}

QByteArray Air602Module::ipText(const QHostAddress &a)
{
    return a.isNull() ? QByteArray("0.0.0.0") : a.toString().toLatin1();
}

bool Air602Module::parseInt(const QByteArray &text, int *value, int min, int max)
{
    bool okay = false;
    const qlonglong v = text.trimmed().toLongLong(&okay);
    if (!okay || v < min || v > max)
        return false;
    *value = int(v);
    return true;
}

std::optional<QHostAddress> Air602Module::parseIpv4(const QByteArray &text)
{
    QHostAddress a;
    const QByteArray t = text.trimmed();
    if (t.count('.') != 3 || !a.setAddress(QString::fromLatin1(t)) ||
        a.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return a;
}

QByteArray Air602Module::unquote(const QByteArray &text)
{
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        return text.mid(1, text.size() - 2);
    return text;
}

bool Air602Module::isHex(const QByteArray &text)
{
    for (const char ch : text) {
        if (!std::isxdigit(static_cast<unsigned char>(ch)))
            return false;
    }
    return true;
}

// ---- system commands (§2.2.1) ----

bool Air602Module::systemCommand(const Command &c)
{
    const QByteArray &n = c.name;
    if (n == "Z") {
        if (c.op != Op::None)
            return error(-3), true;
        ok();
        later(100, [this] { restart(); });
    } else if (n == "E") {
        if (c.op != Op::None)
            return error(-3), true;
        m_lineEcho = !m_lineEcho;
        ok();
    } else if (n == "ENTS") {
        int ps = 0, wake = 0, delay = 0, wakeTime = 0;
        if (!c.set() || c.params.size() != 4)
            return error(c.set() ? -4 : -3), true;
        if (!parseInt(c.params[0], &ps, 0, 2) || !parseInt(c.params[1], &wake, 0, 1) ||
            !parseInt(c.params[2], &delay, 10, 1000) ||
            !parseInt(c.params[3], &wakeTime, 1000, 65535))
            return error(-4), true;
        if (ps == 0) {
            // Wi-Fi OFF: only while no network is up (note ①).
            if (wake == 1 && networkUp())
                return error(-3), true;
            ok();
        } else {
            ok();
            enterSleep(delay, wakeTime);
        }
    } else if (n == "RSTF") {
        if (c.op != Op::None)
            return error(-3), true;
        m_flash = Settings(); // takes effect at the next restart
        ok();
    } else if (n == "PMTF") {
        if (c.op != Op::None)
            return error(-3), true;
        m_flash = m_ram;
        ok();
    } else if (n == "QMAC" || n == "APMAC") {
        if (!c.query())
            return error(-3), true;
        okValue(hexMac(n == "QMAC" ? world().stationMac : world().apMac, false));
    } else if (n == "QVER") {
        if (!c.query())
            return error(-3), true;
        okValue(FirmwareVersion);
    } else {
        return false;
    }
    return true;
}

void Air602Module::enterSleep(int delayMs, int wakeMs)
{
    // Standby and sleep drop the network; waking up resets the module (§2.2.1.5 note ②).
    // The simulator has no WAKEUP pin: pin wake-up also ends after wake_time.
    later(delayMs, [this, wakeMs] {
        networkDown();
        m_asleep = true;
        later(wakeMs, [this] { restart(); });
    });
}

// ---- parameter commands (§2.2.2) ----

void Air602Module::parameter(const Command &c,
                             const std::function<QByteArray(const Settings &)> &get,
                             const std::function<int(Settings &, const Command &)> &set)
{
    if (c.query()) {
        okValue(get(m_ram));
        return;
    }
    Settings s = m_ram;
    const int code = set(s, c);
    if (code != 0) {
        error(code);
        return;
    }
    m_ram = s;
    if (c.op == Op::SetFlash) {
        Settings f = m_flash;
        set(f, c);
        m_flash = f;
    }
    ok();
}

namespace {
QByteArray num(int v)
{
    return QByteArray::number(v);
}

// A 0/1 (or 0..max) flag parameter.
std::function<int(int &, const QList<QByteArray> &)> flag(int max)
{
    return [max](int &field, const QList<QByteArray> &p) {
        bool okay = false;
        const int v = p.value(0).toInt(&okay);
        if (p.size() != 1 || !okay || v < 0 || v > max)
            return -4;
        field = v;
        return 0;
    };
}
} // namespace

bool Air602Module::parameterCommand(const Command &c)
{
    const QByteArray &n = c.name;
    using S = Settings;
    const auto ipConfig = [](const IpConfig &ip) {
        return num(ip.type) + ',' + ipText(ip.ip) + ',' + ipText(ip.netmask) + ',' +
               ipText(ip.gateway) + ',' + ipText(ip.dns);
    };
    const auto setIpConfig = [](IpConfig &ip, const Command &cmd) {
        int type = 0;
        if (cmd.params.isEmpty() || !parseInt(cmd.params[0], &type, 0, 1))
            return -4;
        IpConfig next = ip;
        next.type = type;
        if (cmd.params.size() > 1 || type == 1) {
            if (cmd.params.size() != 5)
                return -4;
            QHostAddress *fields[] = {&next.ip, &next.netmask, &next.gateway, &next.dns};
            for (int i = 0; i < 4; ++i) {
                const auto a = parseIpv4(cmd.params[i + 1]);
                if (!a)
                    return -4;
                *fields[i] = *a;
            }
        }
        ip = next;
        return 0;
    };
    const auto intParam = [&](int S::*field, int min, int max) {
        parameter(
            c, [field](const S &s) { return num(s.*field); },
            [field, min, max](S &s, const Command &cmd) {
                int v = 0;
                if (cmd.params.size() != 1 || !parseInt(cmd.params[0], &v, min, max))
                    return -4;
                s.*field = v;
                return 0;
            });
    };
    const auto modeChannel = [&](int S::*mode, int S::*channel) {
        parameter(
            c, [=](const S &s) { return num(s.*mode) + ',' + num(s.*channel); },
            [=](S &s, const Command &cmd) {
                int m = 0, ch = s.*channel;
                if (cmd.params.isEmpty() || cmd.params.size() > 2 ||
                    !parseInt(cmd.params[0], &m, 0, 1))
                    return -4;
                if (cmd.params.size() == 2 && !parseInt(cmd.params[1], &ch, 1, 14))
                    return -4;
                if (m == 1 && cmd.params.size() != 2)
                    return -4;
                s.*mode = m;
                s.*channel = ch;
                return 0;
            });
    };
    const auto keyParam = [&](int S::*format, int S::*index, QByteArray S::*key) {
        parameter(
            c, [=](const S &s) { return num(s.*format) + ',' + num(s.*index) + ',' + s.*key; },
            [=](S &s, const Command &cmd) {
                // The key is everything after the second comma, with or without quotes.
                int f = 0, i = 0;
                if (cmd.params.size() < 3 || !parseInt(cmd.params[0], &f, 0, 1) ||
                    !parseInt(cmd.params[1], &i, 0, 4))
                    return -4;
                const qsizetype second = cmd.args.indexOf(',', cmd.args.indexOf(',') + 1);
                const QByteArray k = unquote(cmd.args.mid(second + 1).trimmed());
                if (k.size() > 64 || (f == 0 && !isHex(k)))
                    return -4;
                s.*format = f;
                s.*index = i;
                s.*key = k;
                return 0;
            });
    };
    const auto ssidParam = [&](QByteArray S::*field) {
        parameter(
            c, [=](const S &s) { return s.*field; },
            [=](S &s, const Command &cmd) {
                // The whole argument: an SSID may hold commas (parsed specially by the SDK).
                const QByteArray v = unquote(cmd.args);
                if (v.isEmpty() || v.size() > 32)
                    return -4;
                s.*field = v;
                return 0;
            });
    };
    const auto textParam = [&](QByteArray S::*field, int min, int max, bool quoted) {
        parameter(
            c,
            [=](const S &s) {
                return quoted ? QByteArray('"' + s.*field + '"') : QByteArray(s.*field);
            },
            [=](S &s, const Command &cmd) {
                const QByteArray v = unquote(cmd.args.trimmed());
                if (v.size() < min || v.size() > max)
                    return -4;
                s.*field = v;
                return 0;
            });
    };

    if (n == "WPRT") {
        intParam(&S::wprt, 0, 3);
    } else if (n == "NIP") {
        parameter(
            c, [&](const S &s) { return ipConfig(s.nip); },
            [&](S &s, const Command &cmd) { return setIpConfig(s.nip, cmd); });
    } else if (n == "APNIP") {
        parameter(
            c, [&](const S &s) { return ipConfig(s.apNip); },
            [&](S &s, const Command &cmd) { return setIpConfig(s.apNip, cmd); });
    } else if (n == "DNS") {
        textParam(&S::dnsName, 1, 31, true);
    } else if (n == "ATM") {
        intParam(&S::atm, 0, 1);
    } else if (n == "ATRM") {
        parameter(
            c,
            [](const S &s) {
                return num(s.atrmProtocol) + ',' + num(s.atrmCs) + ',' + s.atrmHost + ',' +
                       num(s.atrmPort);
            },
            [](S &s, const Command &cmd) {
                int proto = 0, cs = 0, port = 0;
                if (cmd.params.size() != 4 || !parseInt(cmd.params[0], &proto, 0, 1) ||
                    !parseInt(cmd.params[1], &cs, 0, 1) ||
                    !parseInt(cmd.params[3], &port, 0, 65535))
                    return -4;
                const QByteArray host = unquote(cmd.params[2]);
                int timeout = 0;
                if (cs == 0 && host.isEmpty())
                    return -4;
                if (cs == 1 && proto == 0 && !host.isEmpty() &&
                    !parseInt(host, &timeout, 0, 10000000))
                    return -4;
                s.atrmProtocol = proto;
                s.atrmCs = cs;
                s.atrmHost = host;
                s.atrmPort = port;
                return 0;
            });
    } else if (n == "SSID") {
        ssidParam(&S::ssid);
    } else if (n == "APSSID") {
        ssidParam(&S::apSsid);
    } else if (n == "ENCRY") {
        intParam(&S::encry, 0, 6);
    } else if (n == "APENCRY") {
        intParam(&S::apEncry, 0, 6);
    } else if (n == "KEY") {
        keyParam(&S::keyFormat, &S::keyIndex, &S::key);
    } else if (n == "APKEY") {
        keyParam(&S::apKeyFormat, &S::apKeyIndex, &S::apKey);
    } else if (n == "BSSID") {
        parameter(
            c, [](const S &s) { return num(s.bssidMode) + ',' + s.bssid; },
            [](S &s, const Command &cmd) {
                int m = 0;
                if (cmd.params.isEmpty() || cmd.params.size() > 2 ||
                    !parseInt(cmd.params[0], &m, 0, 1))
                    return -4;
                QByteArray b = s.bssid;
                if (cmd.params.size() == 2) {
                    b = unquote(cmd.params[1]).toLower();
                    if (b.size() != 12 || !isHex(b))
                        return -4;
                } else if (m == 1) {
                    return -4;
                }
                s.bssidMode = m;
                s.bssid = b;
                return 0;
            });
    } else if (n == "CHL") {
        modeChannel(&S::chlMode, &S::chl);
    } else if (n == "APCHL") {
        modeChannel(&S::apChlMode, &S::apChl);
    } else if (n == "CHLL") {
        parameter(
            c, [](const S &s) { return QByteArray::number(s.chll, 16); },
            [](S &s, const Command &cmd) {
                bool okay = false;
                const int mask = cmd.args.trimmed().toInt(&okay, 16);
                if (!okay || mask <= 0 || (mask & ~0x3fff))
                    return -4;
                s.chll = mask;
                return 0;
            });
    } else if (n == "WATC" || n == "WPSM" || n == "BRDSSID") {
        int S::*field = n == "WATC" ? &S::watc : n == "WPSM" ? &S::wpsm : &S::brdssid;
        parameter(
            c, [field](const S &s) { return num(s.*field); },
            [field](S &s, const Command &cmd) { return flag(1)(s.*field, cmd.params); });
    } else if (n == "UART") {
        parameter(
            c,
            [](const S &s) {
                return num(s.baud) + ',' + num(s.dataBits) + ',' + num(s.stopBits) + ',' +
                       num(s.parity);
            },
            [](S &s, const Command &cmd) {
                static const QList<int> bauds{115200, 57600, 38400, 19200, 9600, 4800, 2400, 1200};
                int baud = 0, data = 0, stop = 0, parity = 0, flow = 0;
                if (cmd.params.size() < 4 || cmd.params.size() > 5 ||
                    !parseInt(cmd.params[0], &baud) || !bauds.contains(baud) ||
                    !parseInt(cmd.params[1], &data, 0, 1) ||
                    !parseInt(cmd.params[2], &stop, 0, 2) || stop == 1 ||
                    !parseInt(cmd.params[3], &parity, 0, 2) ||
                    (cmd.params.size() == 5 && !parseInt(cmd.params[4], &flow, 0, 1)))
                    return -4;
                s.baud = baud;
                s.dataBits = data;
                s.stopBits = stop;
                s.parity = parity;
                s.flow = flow;
                return 0;
            });
    } else if (n == "WEBS") {
        parameter(
            c,
            [](const S &s) {
                return s.websEnable ? num(1) + ',' + num(s.websPort) : QByteArray("0");
            },
            [](S &s, const Command &cmd) {
                int e = 0, port = s.websPort;
                if (cmd.params.isEmpty() || cmd.params.size() > 2 ||
                    !parseInt(cmd.params[0], &e, 0, 1) ||
                    (cmd.params.size() == 2 && !parseInt(cmd.params[1], &port, 1, 65535)))
                    return -4;
                s.websEnable = e;
                s.websPort = port;
                return 0;
            });
    } else if (n == "DNAME") {
        textParam(&S::dname, 1, 32, false);
    } else if (n == "PASS") {
        textParam(&S::pass, 6, 6, false);
    } else if (n == "PORTM") {
        intParam(&S::portm, 0, 3);
    } else if (n == "ATPT") {
        intParam(&S::atpt, 50, 10000);
    } else if (n == "CUSTDATA") {
        if (!c.query())
            return error(-3), true;
        okValue(m_customData);
    } else if (n == "CNTPARAM") {
        if (!c.query())
            return error(-3), true;
        okValue(m_ram.bssidMode ? "1," + m_ram.bssid + ',' + m_ram.key
                                : "0," + m_ram.ssid + ',' + m_ram.key);
    } else {
        return false;
    }
    return true;
}
