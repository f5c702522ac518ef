#include "Wizfi250Dialect.h"

#include "Wizfi250GpioCommands.h"
#include "Wizfi250Parse.h"
#include "Wizfi250SocketCommands.h"
#include "Wizfi250WifiCommands.h"
#include "dialects/AtText.h"
#include "dialects/commands/MqttCommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

using namespace Wizfi250Parse;

namespace {

// Events this dialect needs beyond AtEvents (same naming style).
constexpr char P2pFailed[] = "p2p.failed";       // [P2P Fail Event]
constexpr char WifiJoining[] = "wifi.joining";   // Joining : <SSID>
constexpr char WifiJoined[] = "wifi.joined";     // Successfully joined : <SSID>
constexpr char WifiGateway[] = "wifi.gateway";   //   Gateway    : <gw> (station)
constexpr char ApIp[] = "ap.ip";                 //   IP Addr    : <ip> (soft AP: its own address)
constexpr char ApGateway[] = "ap.gateway";       //   Gateway    : <gw> (soft AP)
constexpr char WifiStatus[] = "wifi.status";     // AT+WSTAT row
constexpr char SocketStatus[] = "socket.status"; // AT+SMGMT=? row

bool isNameIn(const QByteArray &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

Wizfi250Dialect::WifiMode modeFromParam(const QByteArray &p)
{
    if (p == "0")
        return Wizfi250Dialect::WifiMode::Station;
    if (p == "1")
        return Wizfi250Dialect::WifiMode::SoftAp;
    return Wizfi250Dialect::WifiMode::Unknown;
}

int clampMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 1, INT_MAX));
}

} // namespace

QString Wizfi250Dialect::id() const
{
    return QStringLiteral("wizfi250");
}

QString Wizfi250Dialect::displayName() const
{
    return QCoreApplication::translate("Wizfi250Dialect", "WIZnet WizFi250");
}

QByteArray Wizfi250Dialect::terminator() const
{
    return "\r"; // "CR(0x0d), but neither CRLF nor LF" (AT Command Set)
}

QList<QByteArray> Wizfi250Dialect::sessionSetup() const
{
    return {
        "AT+MECHO=0",
        "AT+MMSG=2",                         // 1 would hide [OK]/[ERROR]
        "AT+MEVTFORM=1111111111",            // full form of all ten event items a..j
        "AT+SFORM=111111111,7B,2C,7D,0D,0A", // {id,ip,port,len}data\r\n
    };
}

QList<QByteArray> Wizfi250Dialect::identityQueries() const
{
    return {"AT+MINFO", "AT+MMAC=?"};
}

std::unique_ptr<WifiCommands> Wizfi250Dialect::wifiCommands() const
{
    return std::make_unique<Wizfi250WifiCommands>();
}

std::unique_ptr<SocketCommands> Wizfi250Dialect::socketCommands() const
{
    return std::make_unique<Wizfi250SocketCommands>();
}

std::unique_ptr<MqttCommands> Wizfi250Dialect::mqttCommands() const
{
    return nullptr; // [M §Command list] has no MQTT command (capabilities() says so)
}

std::unique_ptr<GpioCommands> Wizfi250Dialect::gpioCommands() const
{
    return std::make_unique<Wizfi250GpioCommands>();
}

CommandTraits Wizfi250Dialect::traits(const QByteArray &command) const
{
    CommandTraits t;
    const QByteArray name = commandName(command);
    const QList<QByteArray> p = commandParams(command);
    const bool query = isQuery(command);
    const auto param = [&p](qsizetype i) {
        return i < p.size() ? AtText::toInt(p.at(i)) : std::nullopt;
    };

    if (name == "AT+WJOIN") {
        t.timeoutMs = 30000; // auto security scans first, then association and DHCP
    } else if (name == "AT+WSCAN") {
        t.timeoutMs = 15000; // 14 channels; [F] up to 1000 ms dwell per channel
    } else if (name == "AT+SCON") {
        t.timeoutMs = 15000; // [OK] comes first; SSL setup is the slow case
    } else if (name == "AT+WWPS") {
        t.timeoutMs = 130000; // [F] blocks until WPS ends; the WPS walk time is 120 s
    } else if (name == "AT+WLEAVE" || name == "AT+MQTTSUB") {
        t.timeoutMs = 10000;
    } else if (name == "AT+MQTTCON") {
        t.timeoutMs = 15000;
    } else if (name == "AT+MRESET") {
        // Its [OK] is held as a response; the boot banner completes it (see classifyBracket).
        t.endsOnReset = true;
        t.timeoutMs = 10000;
    } else if (name == "AT+FPING") {
        t.timeoutMs = clampMs(5000 + 2000 * std::clamp<qint64>(param(0).value_or(1), 1, 50));
    } else if (name == "AT+FDNS") {
        t.timeoutMs = clampMs(5000 + std::clamp<qint64>(param(1).value_or(1000), 1000, 1000000));
    } else if (name == "AT+SMGMT" && !query) {
        if (const auto s = param(0))
            t.socket = int(*s);
    } else if (name == "AT+SSEND") {
        if (const auto s = param(0))
            t.socket = int(*s);
        const auto size = param(3);
        // A size the module refuses gets no prompt: its error closes the command, no payload.
        if (size && *size >= 1 && *size <= 100000000) {
            t.expectsPrompt = true;
            t.payloadLength = *size;
            // The guide shows no prompt; [F] prints [<id>,,,<n>]. Send anyway after 300 ms.
            t.promptFallbackMs = 300;
            // Module timeout (given, else "10s + (100s / 1 MB)"), plus 1 ms per byte (the
            // firmware's own allowance; also the UART time at ~10 kbaud), plus 2 s for the result.
            const auto given = param(4);
            const qint64 moduleMs = given && *given > 0 ? *given : 10000 + *size / 10;
            t.timeoutMs = clampMs(moduleMs + *size + 2000);
        }
    } else if (name == "AT+MQTTPUB") {
        // Firmware only (not in the guide): prompt [<len>], payload within 3 s, then [OK].
        const auto size = p.size() >= 2 ? AtText::toInt(p.last()) : std::nullopt;
        if (size && *size >= 1) {
            t.expectsPrompt = true;
            t.payloadLength = *size;
            t.timeoutMs = 10000;
        }
    }
    return t;
}

void Wizfi250Dialect::commandSent(const QByteArray &command)
{
    // AT+WSET / AT+WSEC (and [F] AT+WSET2) are "the only way to handle Wi-Fi mode"; the mode
    // is taken over when the command answers [OK].
    m_pendingMode = WifiMode::Unknown;
    const QByteArray name = commandName(command);
    if (isNameIn(name, {"AT+WSET", "AT+WSEC", "AT+WSET2"}) && !isQuery(command)) {
        const QList<QByteArray> p = commandParams(command);
        if (!p.isEmpty())
            m_pendingMode = modeFromParam(p.first());
    }
}

void Wizfi250Dialect::commitOnOk(const InFlight &inFlight)
{
    if (!inFlight.active())
        return;
    if (m_pendingMode != WifiMode::Unknown &&
        (inFlight.is("AT+WSET") || inFlight.is("AT+WSEC") || inFlight.is("AT+WSET2")))
        m_mode = m_pendingMode;
    if (inFlight.is("AT+WP2P_START"))
        m_p2p = true;
    else if (inFlight.is("AT+WP2P_STOP"))
        m_p2p = false;
    m_pendingMode = WifiMode::Unknown;
}

void Wizfi250Dialect::moduleReset()
{
    // The mode stays: AT+WSET/AT+WSEC save it to flash. Per-boot state goes.
    m_pendingMode = WifiMode::Unknown;
    m_p2p = false;
    m_joinSsid.clear();
}

FrameProbe Wizfi250Dialect::probe(QByteArrayView lineStart, const InFlight &) const
{
    // Prompts are whole lines ([0,,,5] / [5]) and are classified in classifyLine().
    ReceiveHeader h;
    switch (scanReceiveHeader(lineStart, &h)) {
    case HeaderScan::Match:
        return FrameProbe::payload(h.headerLength, h.length);
    case HeaderScan::NeedMore:
        return FrameProbe::needMore();
    case HeaderScan::NoMatch:
        break;
    }
    return FrameProbe::noMatch();
}

AtFrame Wizfi250Dialect::classifyLine(const QByteArray &line, const InFlight &inFlight)
{
    const QByteArray t = line.trimmed();
    if (t.isEmpty())
        return AtFrame::line(line, AtFrame::Kind::Ignore); // events come framed \r\n[...]\r\n

    // [F] bug: AT+SFORM=? and AT+MTXP=? print their value without CRLF, so the final follows on
    // the same line. One frame per line: the line is the final, the value goes in field "value".
    if (inFlight.active() && (inFlight.is("AT+SFORM") || inFlight.is("AT+MTXP")) &&
        t.endsWith(']')) {
        const qsizetype open = t.lastIndexOf('[');
        if (open > 0) {
            AtFrame f = classifyBracket(line, t.mid(open + 1, t.size() - open - 2), inFlight);
            if (f.isFinal()) {
                f.fields.insert(QStringLiteral("value"), QString::fromUtf8(t.left(open).trimmed()));
                return f;
            }
        }
    }

    if (t.startsWith('[') && t.endsWith(']')) {
        AtFrame f = classifyBracket(line, t.mid(1, t.size() - 2), inFlight);
        if (f.kind != AtFrame::Kind::Line)
            return f;
    }

    // Boot banner (MEVTFORM item a): "WizFi250 Version 1.0.3.6 (WIZnet Co.Ltd)".
    if (const auto rest = AtText::after(t, "WizFi250 Version")) {
        QVariantMap fields;
        const QByteArray version = rest->split(' ').value(0);
        if (!version.isEmpty())
            fields.insert(QStringLiteral("version"), QString::fromUtf8(version));
        return AtFrame::urc(line, AtEvents::ModuleReady, fields);
    }

    if (auto detail = classifyJoinDetail(line, t))
        return *detail;

    // Wi-Fi Direct (WPS) progress after AT+WP2P_START: asynchronous, so URCs.
    if (const auto peer = labelValue(t, "Found P2P device")) {
        return AtFrame::urc(line, AtEvents::ProvisioningProgress,
                            {{QStringLiteral("step"), QString::fromUtf8(t)},
                             {QStringLiteral("peer"), QString::fromUtf8(*peer)}});
    }
    if (AtText::startsWithNoCase(t, "Sending ")) {
        return AtFrame::urc(line, AtEvents::ProvisioningProgress,
                            {{QStringLiteral("step"), QString::fromUtf8(t)}});
    }

    if (inFlight.active())
        return classifyResponse(line, t, inFlight);
    return AtFrame::line(line);
}

AtFrame Wizfi250Dialect::classifyBracket(const QByteArray &line, const QByteArray &rawInner,
                                         const InFlight &inFlight)
{
    const QByteArray inner = rawInner.simplified(); // lenient: "[OK ]" appears in the guide
    const QByteArray up = inner.toUpper();

    if (up == "OK") {
        // AT+MRESET: the reboot, not the [OK], ends the command (its banner completes it).
        if (inFlight.active() && inFlight.traits.endsOnReset)
            return AtFrame::line(line, AtFrame::Kind::Response);
        commitOnOk(inFlight);
        return AtFrame::okFinal(line);
    }
    if (up.startsWith("ERROR") && (up.size() == 5 || up.at(5) == ':' || up.at(5) == ' ')) {
        m_pendingMode = WifiMode::Unknown;
        const QVariant code = errorCode(inner);
        return AtFrame::errorFinal(line, code, errorMessage(code.toString().toUtf8()));
    }

    // Send prompts, only while the command waits for one (before short events: [5] may be both).
    if (inFlight.awaitingPrompt()) {
        if (inFlight.is("AT+SSEND")) {
            // [F]: [<id>,,,<n>] or [<id>,<ip>,<port>,<n>] with ",<to>" when a timeout was given.
            const QList<QByteArray> f = inner.split(',');
            if ((f.size() == 4 || f.size() == 5) && hexSocket(f.at(0)) && AtText::toInt(f.at(3)))
                return AtFrame::line(line, AtFrame::Kind::Prompt);
        } else if (inFlight.is("AT+MQTTPUB")) {
            if (AtText::toInt(inner) == inFlight.traits.payloadLength)
                return AtFrame::line(line, AtFrame::Kind::Prompt);
        }
    }

    if (up == "MQTT CONNECT")
        return AtFrame::urc(line, AtEvents::MqttConnected);
    if (up == "MQTT DISCONNECT")
        return AtFrame::urc(line, AtEvents::MqttDisconnected);

    const auto socketEvent = [&](const char *word, const char *event) -> std::optional<AtFrame> {
        const QByteArray prefix = QByteArray(word) + ' ';
        if (!up.startsWith(prefix))
            return std::nullopt;
        const auto socket = hexSocket(inner.mid(prefix.size())); // printed with %x
        if (!socket)
            return std::nullopt;
        return AtFrame::urc(line, event, {{AtFields::Socket, *socket}});
    };
    if (auto f = socketEvent("CONNECT", AtEvents::SocketConnected))
        return *f;
    if (auto f = socketEvent("DISCONNECT", AtEvents::SocketClosed))
        return *f;
    if (auto f = socketEvent("LISTEN", AtEvents::SocketListening)) // "[Listen x]" in the text
        return *f;

    if (up == "LINK-UP EVENT")
        return linkEvent(line, true);
    if (up == "LINK-DOWN EVENT")
        return linkEvent(line, false);
    if (up == "RESET EVENT")
        return AtFrame::urc(line, AtEvents::ModuleReset);
    if (up == "TCP SEND ERROR")
        return AtFrame::urc(line, AtEvents::SocketError);
    if (up == "P2P FAIL EVENT")
        return AtFrame::urc(line, P2pFailed);

    // Short event forms (AT+MEVTFORM digit 2): [0]..[8]. The session sets the full form.
    if (up.size() == 1 && up.at(0) >= '0' && up.at(0) <= '8') {
        switch (up.at(0)) {
        case '0':
            return AtFrame::urc(line, AtEvents::ModuleReady);
        case '1':
            return AtFrame::urc(line, AtEvents::SocketConnected);
        case '2':
            return AtFrame::urc(line, AtEvents::SocketClosed);
        case '3':
            return linkEvent(line, true);
        case '4':
            return linkEvent(line, false);
        case '5':
            return AtFrame::urc(line, AtEvents::ModuleReset);
        case '6':
            return AtFrame::urc(line, AtEvents::SocketError);
        case '7':
            return AtFrame::urc(line, P2pFailed);
        default:
            return AtFrame::urc(line, AtEvents::SocketListening);
        }
    }
    return AtFrame::line(line);
}

AtFrame Wizfi250Dialect::linkEvent(const QByteArray &line, bool up)
{
    const bool ap = inSoftApMode();
    QVariantMap fields;
    if (!m_joinSsid.isEmpty())
        fields.insert(AtFields::Ssid, QString::fromUtf8(m_joinSsid));
    if (up)
        return AtFrame::urc(line, ap ? AtEvents::ApStarted : AtEvents::WifiConnected, fields);
    m_joinSsid.clear();
    m_p2p = false;
    return AtFrame::urc(line, ap ? AtEvents::ApStopped : AtEvents::WifiDisconnected, fields);
}

std::optional<AtFrame> Wizfi250Dialect::classifyJoinDetail(const QByteArray &line,
                                                           const QByteArray &t)
{
    // MEVTFORM item j: detail lines around a join. Always URCs: they also come unprompted (service
    // mode join at boot, Wi-Fi Direct), and [Link-Up Event] sits among them.
    if (const auto ssid = labelValue(t, "Joining")) {
        m_joinSsid = *ssid;
        return AtFrame::urc(line, WifiJoining, {{AtFields::Ssid, QString::fromUtf8(*ssid)}});
    }
    if (const auto ssid = labelValue(t, "Successfully joined")) {
        m_joinSsid = *ssid;
        return AtFrame::urc(line, WifiJoined, {{AtFields::Ssid, QString::fromUtf8(*ssid)}});
    }
    const bool ap = inSoftApMode();
    if (const auto ip = labelValue(t, "IP Addr"); ip && AtText::isIpv4(*ip))
        return AtFrame::urc(line, ap ? ApIp : AtEvents::WifiGotIp,
                            {{AtFields::Ip, QString::fromUtf8(*ip)}});
    if (const auto gw = labelValue(t, "Gateway"); gw && AtText::isIpv4(*gw))
        return AtFrame::urc(line, ap ? ApGateway : WifiGateway,
                            {{AtFields::Gateway, QString::fromUtf8(*gw)}});
    return std::nullopt;
}

AtFrame Wizfi250Dialect::classifyResponse(const QByteArray &line, const QByteArray &t,
                                          const InFlight &inFlight)
{
    AtFrame f = AtFrame::line(line, AtFrame::Kind::Response);
    const bool query = inFlight.parameters().trimmed() == "?";
    if (inFlight.is("AT+WSCAN")) {
        if (const auto m = scanRow(t)) {
            f.event = QLatin1String(AtEvents::ScanResult);
            f.fields = *m;
        }
    } else if (inFlight.is("AT+WSTAT")) {
        if (const auto m = statusRow(t)) {
            f.event = QLatin1String(WifiStatus);
            f.fields = *m;
            const QString itf = m->value(QStringLiteral("interface")).toString();
            if (itf.compare(QLatin1String("STA"), Qt::CaseInsensitive) == 0)
                m_mode = WifiMode::Station;
            else if (itf.compare(QLatin1String("AP"), Qt::CaseInsensitive) == 0)
                m_mode = WifiMode::SoftAp;
        }
    } else if (inFlight.is("AT+SMGMT") && query) {
        if (const auto m = socketRow(t)) {
            f.event = QLatin1String(SocketStatus);
            f.fields = *m;
        }
    } else if (inFlight.is("AT+FPING")) {
        // "Ping Reply :  12 ms"
        if (const auto v = labelValue(t, "Ping Reply")) {
            f.event = QLatin1String(AtEvents::PingReply);
            QByteArray ms = *v;
            if (ms.toLower().endsWith("ms"))
                ms.chop(2);
            if (const auto n = AtText::toInt(ms))
                f.fields.insert(QStringLiteral("time"), int(*n));
        }
    } else if (inFlight.is("AT+FDNS")) {
        if (AtText::isIpv4(t)) {
            f.event = QLatin1String(AtEvents::DnsResolved);
            f.fields.insert(AtFields::Ip, QString::fromUtf8(t));
            const QList<QByteArray> p = commandParams(inFlight.command);
            if (!p.isEmpty())
                f.fields.insert(QStringLiteral("host"), QString::fromUtf8(p.first()));
        }
    } else if (query &&
               (inFlight.is("AT+WSET") || inFlight.is("AT+WSEC") || inFlight.is("AT+WSET2"))) {
        // "<WiFiMode>,<SSID>,..." / "<WiFiMode>,<SecType>,<Key>": learn the mode.
        const WifiMode mode = modeFromParam(t.split(',').value(0).trimmed());
        if (mode != WifiMode::Unknown)
            m_mode = mode;
    } else if (inFlight.is("AT+WP2P_START")) {
        if (const auto mac = labelValue(t, "STA MAC"); mac && isMac(*mac))
            f.fields.insert(AtFields::Mac, QString::fromUtf8(*mac));
    } else if (inFlight.is("AT+WP2P_PEERLIST")) {
        // "0: 'SHV-E250S' on channel 1"
        const qsizetype colon = t.indexOf(':');
        const qsizetype q1 = t.indexOf('\'');
        const qsizetype q2 = t.lastIndexOf('\'');
        const auto peer = colon > 0 ? AtText::toInt(t.left(colon)) : std::nullopt;
        if (peer && q1 > colon && q2 > q1) {
            f.fields.insert(QStringLiteral("peer"), int(*peer));
            f.fields.insert(QStringLiteral("name"), QString::fromUtf8(t.mid(q1 + 1, q2 - q1 - 1)));
            if (const auto ch = AtText::after(t.mid(q2 + 1).trimmed(), "on channel"))
                if (const auto n = AtText::toInt(*ch))
                    f.fields.insert(AtFields::Channel, int(*n));
        }
    }
    return f;
}

QList<AtFrame> Wizfi250Dialect::classifyPayload(const QByteArray &header, const QByteArray &payload,
                                                const InFlight &)
{
    ReceiveHeader h;
    if (scanReceiveHeader(header, &h) != HeaderScan::Match)
        return {AtFrame::line(header + payload)}; // cannot happen: the probe matched this header
    AtFrame f;
    if (h.mqtt) {
        // [F] firmware >= 1.0.5.2: {Q,<topic>,,<len>}<payload>\r\n
        f = AtFrame::urc(header, AtEvents::MqttMessage,
                         {{AtFields::Topic, QString::fromUtf8(h.topic)},
                          {AtFields::Length, int(h.length)},
                          {AtFields::Payload, QString::fromUtf8(payload)}});
    } else {
        f = AtFrame::line(header, AtFrame::Kind::Data);
        f.fields.insert(AtFields::Socket, h.socket);
        f.fields.insert(AtFields::Ip, QString::fromUtf8(h.ip));
        f.fields.insert(AtFields::Port, h.port);
        f.fields.insert(AtFields::Length, int(h.length));
    }
    f.payload = payload;
    if (payload.size() < h.length)
        f.fields.insert(QStringLiteral("truncated"), true); // the input ended inside the payload
    return {f};
}
