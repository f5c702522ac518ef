#include "Wizfi310Dialect.h"

#include "Wizfi310GpioCommands.h"
#include "Wizfi310MqttCommands.h"
#include "Wizfi310SocketCommands.h"
#include "Wizfi310Text.h"
#include "Wizfi310WifiCommands.h"
#include "dialects/AtText.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

using namespace Wizfi310Text;

namespace {

using Kind = AtFrame::Kind;

// Events this dialect adds to the shared vocabulary (see docs/dialects/wizfi310.md).
constexpr char EventGateway[] = "wifi.gateway";         // "Gateway : <gw>" after [Link-Up Event]
constexpr char EventApAddress[] = "ap.address";         // "IP Addr : <ip>" after Link-Up in AP mode
constexpr char EventGmmpConnected[] = "gmmp.connected"; // [GMMP CONNECT] (AT+GMMPSET)
constexpr char EventGmmpDisconnected[] = "gmmp.disconnected";

// The manual prints no prompt for AT+SSEND and none but "<Length>" for AT+MQTTPUB; the firmware
// prints "[id,,,n]" / "[n]". Without either, the payload goes out after this long.
constexpr int PromptFallbackMs = 300;
// Slack on top of the module's own time limits so that its [ERROR] arrives before we give up.
constexpr int MarginMs = 2000;

int clampMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 1, INT_MAX));
}

QVariant intOrNull(QByteArrayView text)
{
    const auto v = AtText::toInt(text);
    return v ? QVariant(int(*v)) : QVariant();
}

} // namespace

QString Wizfi310Dialect::id() const
{
    return QStringLiteral("wizfi310");
}

QString Wizfi310Dialect::displayName() const
{
    return QCoreApplication::translate("Wizfi310Dialect", "WIZnet WizFi310");
}

QByteArray Wizfi310Dialect::terminator() const
{
    return "\r"; // manual §AT Command Set: CR only, "neither CRLF nor LF"
}

QList<QByteArray> Wizfi310Dialect::sessionSetup() const
{
    return {
        "AT+MECHO=0", // echo is on by default
        "AT+MMSG=2",  // level 1 prints no results at all
        // Every event in its full form (with socket ids). The syntax line reads abcdefghijkl and
        // every example has 12 digits, although the text says 10 and the table lists 11.
        "AT+MEVTFORM=111111111111",
        // Factory receive header: {id,ip,port,len}data\r\n; the length field makes it binary-safe.
        "AT+SFORM=111111111,7B,2C,7D,0D,0A",
    };
}

QList<QByteArray> Wizfi310Dialect::identityQueries() const
{
    return {"AT+MINFO", "AT+MMAC=?"};
}

std::unique_ptr<WifiCommands> Wizfi310Dialect::wifiCommands() const
{
    return std::make_unique<Wizfi310WifiCommands>();
}

std::unique_ptr<SocketCommands> Wizfi310Dialect::socketCommands() const
{
    return std::make_unique<Wizfi310SocketCommands>();
}

std::unique_ptr<MqttCommands> Wizfi310Dialect::mqttCommands() const
{
    return std::make_unique<Wizfi310MqttCommands>();
}

std::unique_ptr<GpioCommands> Wizfi310Dialect::gpioCommands() const
{
    return std::make_unique<Wizfi310GpioCommands>();
}

CommandTraits Wizfi310Dialect::traits(const QByteArray &command) const
{
    CommandTraits t; // 5 s: every command the manual does not mark as slow
    const QByteArray name = commandName(command);
    const QList<QByteArray> p = AtText::splitParams(commandParameters(command));

    if (name == "AT+WJOIN") {
        t.timeoutMs = 30000; // association + DHCP; manual silent, vendor drivers wait 30 s
    } else if (name == "AT+WSCAN") {
        t.timeoutMs = 15000; // all 2.4 GHz channels; manual silent
    } else if (name == "AT+WLEAVE") {
        t.timeoutMs = 10000;
    } else if (name == "AT+WWPS") {
        t.timeoutMs = 125000; // WPS walk time is 120 s; manual silent
    } else if (name == "AT+SCON") {
        t.timeoutMs = 15000; // [OK] may wait for the TCP/SSL connect
    } else if (name == "AT+SMGMT") {
        t.socket = int(AtText::toInt(p.value(0)).value_or(-1)); // -1 for ALL and =?
    } else if (name == "AT+SOPT") {
        t.socket = int(AtText::toInt(p.value(1)).value_or(-1));
    } else if (name == "AT+SSEND") {
        // AT+SSEND=<id>,[<ip>],[<port>],<n>[,<timeout ms>]
        t.socket = int(AtText::toInt(p.value(0)).value_or(-1));
        const qint64 n = AtText::toInt(p.value(3)).value_or(-1);
        if (n > 0) {
            t.expectsPrompt = true;
            t.payloadLength = n;
            t.promptFallbackMs = PromptFallbackMs;
        }
        // Module default "10s + (100s / 1 MB)" = 10 s + 1 ms per 10 bytes, unless given.
        const auto given = AtText::toInt(p.value(4));
        const qint64 moduleMs = given && *given > 0 ? *given : 10000 + qMax<qint64>(0, n) / 10;
        t.timeoutMs = clampMs(moduleMs + MarginMs);
    } else if (name == "AT+MQTTPUB") {
        // AT+MQTTPUB=<topic>,<len>: the topic may hold commas, the length is the last field.
        const qint64 n = p.size() >= 2 ? AtText::toInt(p.last()).value_or(-1) : -1;
        if (n > 0) {
            t.expectsPrompt = true;
            t.payloadLength = n;
            t.promptFallbackMs = PromptFallbackMs;
        }
        t.timeoutMs = 10000;
    } else if (name == "AT+MQTTCON" || name == "AT+SKTPCON" || name == "AT+GMMPSET") {
        t.timeoutMs = 15000; // broker / platform connect; manual silent
    } else if (name == "AT+FDNS") {
        // AT+FDNS=<host>,<timeout ms 1000..1000000>
        const auto given = AtText::toInt(p.value(1));
        t.timeoutMs = clampMs((given && *given > 0 ? *given : 3000) + MarginMs);
    } else if (name == "AT+FPING") {
        // AT+FPING=<count 1..50>,<ip>: allow 2 s per echo request (manual silent).
        const qint64 count = std::clamp<qint64>(AtText::toInt(p.value(0)).value_or(4), 1, 50);
        t.timeoutMs = clampMs(3000 + 2000 * count);
    } else if (name == "AT+MRESET" || name == "AT+MFDEF") {
        t.endsOnReset = true; // MFDEF reboots too on the WizFi250 firmware
        t.timeoutMs = 10000;
    } else if (name == "AT+MUPGRADE") {
        t.endsOnReset = true; // "[OK]" and then restart, after an XMODEM upload
        t.timeoutMs = 600000;
    }
    return t;
}

void Wizfi310Dialect::commandSent(const QByteArray &command)
{
    // The Wi-Fi mode is the first parameter of AT+WSET, AT+WSET2 and AT+WSEC (manual: "it is the
    // only way to handle Wi-Fi mode"); it counts once the module accepts the command ([OK]).
    m_pendingMode = -1;
    const QByteArray name = commandName(command);
    if (name == "AT+WSET" || name == "AT+WSET2" || name == "AT+WSEC") {
        const QByteArray mode = AtText::splitParams(commandParameters(command)).value(0);
        if (mode == "0" || mode == "1")
            m_pendingMode = mode.toInt();
    }
}

void Wizfi310Dialect::moduleReset()
{
    // WSET/WSEC are saved to flash at once (manual), so the Wi-Fi mode survives a reboot.
    m_pendingMode = -1;
    m_lastIp.clear();
}

FrameProbe Wizfi310Dialect::probe(QByteArrayView s, const InFlight &inFlight) const
{
    if (s.isEmpty())
        return FrameProbe::needMore();
    if (s[0] == '{') {
        if (s.size() < 2)
            return FrameProbe::needMore();
        return (s[1] == 'Q' || s[1] == 'q') ? probeMqttHeader(s) : probeDataHeader(s);
    }
    // "[0,,,5]" / "[5]" look like events: they are prompts only while a send awaits one.
    if (s[0] == '[' && inFlight.awaitingPrompt()) {
        if (inFlight.is("AT+SSEND"))
            return probeSendPrompt(s);
        if (inFlight.is("AT+MQTTPUB"))
            return probePublishPrompt(s, inFlight.traits.payloadLength);
    }
    return FrameProbe::noMatch();
}

AtFrame Wizfi310Dialect::classifyLine(const QByteArray &line, const InFlight &inFlight)
{
    const QByteArray t = line.trimmed();
    if (t.isEmpty())
        return AtFrame::line(line, Kind::Ignore); // "\r\n" before events and after received data

    // Results first; a value with "[OK]" stuck to its end (no CRLF between) is a result too,
    // except in the free-form help text.
    const qsizetype err = indexOfNoCase(t, "[ERROR");
    const bool errorTail = err >= 0 && t.indexOf(']', err) == t.size() - 1;
    const bool okTail = t.size() >= 4 && AtText::equalsNoCase(t.right(4), "[OK]");
    const bool stuckAllowed = !inFlight.is("AT+MHELP");
    if (err == 0 || AtText::equalsNoCase(t, "[OK]") || (stuckAllowed && (errorTail || okTail)))
        return classifyFinal(line, t, inFlight);

    if (inFlight.awaitingPrompt() && isPromptLine(t, inFlight))
        return AtFrame::line(line, Kind::Prompt);

    // Boot banner (event a): "WizFi310 Version 1.0.0.6 (WIZnet Co.Ltd)", no CRLF before it.
    // Printable junk may precede it after a reboot; then the vendor suffix must be there too.
    const qsizetype banner = indexOfNoCase(t, "WizFi310 Version ");
    if (banner == 0 || (banner > 0 && indexOfNoCase(t, "(WIZnet") > banner)) {
        const QByteArray rest = t.mid(banner + 16).trimmed();
        const QByteArray version =
            rest.left(rest.indexOf(' ') < 0 ? rest.size() : rest.indexOf(' '));
        QVariantMap fields;
        if (!version.isEmpty())
            fields.insert(QStringLiteral("version"), QString::fromUtf8(version));
        return AtFrame::urc(line, QString::fromLatin1(AtEvents::ModuleReady), fields);
    }

    if (t.size() >= 3 && t.front() == '[' && t.back() == ']') {
        AtFrame f = classifyBracketEvent(line, QByteArrayView(t).sliced(1, t.size() - 2));
        if (f.kind == Kind::Urc)
            return f;
    }
    AtFrame address = classifyAddressLine(line, t);
    if (address.kind == Kind::Urc)
        return address;
    return classifyResponse(line, t, inFlight);
}

AtFrame Wizfi310Dialect::classifyFinal(const QByteArray &line, const QByteArray &t,
                                       const InFlight &inFlight)
{
    const qsizetype err = indexOfNoCase(t, "[ERROR");
    if (err < 0) {
        if (m_pendingMode >= 0 && inFlight.active())
            m_mode = m_pendingMode == 1 ? WifiMode::SoftAp : WifiMode::Station;
        m_pendingMode = -1;
        return AtFrame::okFinal(line);
    }
    m_pendingMode = -1;
    // "[ERROR]" -> no code; "[ERROR: INVALID INPUT]" -> code "INVALID INPUT".
    QByteArray code = t.mid(err + 6);
    if (code.endsWith(']'))
        code.chop(1);
    code = code.trimmed();
    if (code.startsWith(':'))
        code = code.mid(1).trimmed();
    const QVariant codeValue = code.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(code));
    return AtFrame::errorFinal(line, codeValue, errorMessage(code));
}

QString Wizfi310Dialect::errorMessage(const QByteArray &code)
{
    // manual §Responses
    const QByteArray c = code.simplified().toUpper();
    if (c.isEmpty())
        return QCoreApplication::translate("Wizfi310Dialect", "Command request failed.");
    if (c == "INVALID INPUT")
        return QCoreApplication::translate("Wizfi310Dialect", "Wrong command or parameter.");
    if (c == "INVALID SCID")
        return QCoreApplication::translate("Wizfi310Dialect", "Wrong socket ID.");
    if (c == "WIFI STATUS")
        return QCoreApplication::translate(
            "Wizfi310Dialect", "Wrong Wi-Fi status: the command works only while Wi-Fi is joined.");
    if (c == "MODE STATUS")
        return QCoreApplication::translate(
            "Wizfi310Dialect", "Wrong mode status: the command does not work in data mode.");
    return QCoreApplication::translate("Wizfi310Dialect", "The module reported an error: %1")
        .arg(QString::fromUtf8(code.simplified()));
}

AtFrame Wizfi310Dialect::classifyBracketEvent(const QByteArray &line, QByteArrayView bracketed)
{
    const QByteArray inner = bracketed.toByteArray().simplified();
    const auto urc = [&line](const char *event, const QVariantMap &fields = {}) {
        return AtFrame::urc(line, QString::fromLatin1(event), fields);
    };
    const auto socketEvent = [&](const char *prefix, const char *event) -> AtFrame {
        const auto rest = AtText::after(inner, prefix);
        if (!rest)
            return AtFrame::line(line);
        const auto socket = hexId(*rest); // printed with %x
        if (!socket)
            return AtFrame::line(line);
        return urc(event, {{QString::fromLatin1(AtFields::Socket), *socket}});
    };
    const bool ap = m_mode == WifiMode::SoftAp;

    if (AtText::equalsNoCase(inner, "Reset Event"))
        return urc(AtEvents::ModuleReset);
    if (AtText::equalsNoCase(inner, "Link-Up Event")) {
        m_lastIp.clear();
        return urc(ap ? AtEvents::ApStarted : AtEvents::WifiConnected);
    }
    if (AtText::equalsNoCase(inner, "Link-Down Event"))
        return urc(ap ? AtEvents::ApStopped : AtEvents::WifiDisconnected);
    if (AtText::equalsNoCase(inner, "TCP Send Error"))
        return urc(AtEvents::SocketError);
    if (AtText::equalsNoCase(inner, "P2P Fail Event")) // event h, a WizFi250 leftover
        return urc(AtEvents::WifiError,
                   {{QString::fromLatin1(AtFields::Reason), QString::fromUtf8(inner)}});
    if (AtText::equalsNoCase(inner, "MQTT CONNECT"))
        return urc(AtEvents::MqttConnected);
    if (AtText::equalsNoCase(inner, "MQTT DISCONNECT"))
        return urc(AtEvents::MqttDisconnected);
    if (AtText::equalsNoCase(inner, "GMMP CONNECT"))
        return urc(EventGmmpConnected);
    if (AtText::equalsNoCase(inner, "GMMP DISCONNECT"))
        return urc(EventGmmpDisconnected);
    if (AtText::startsWithNoCase(inner, "CONNECT "))
        return socketEvent("CONNECT", AtEvents::SocketConnected);
    if (AtText::startsWithNoCase(inner, "DISCONNECT "))
        return socketEvent("DISCONNECT", AtEvents::SocketClosed);
    if (AtText::startsWithNoCase(inner,
                                 "LISTEN ")) // "[LISTEN %x]" in the table, "[Listen x]" in text
        return socketEvent("LISTEN", AtEvents::SocketListening);

    // Short forms (AT+MEVTFORM digit 2): [0]..[9], [a]. Never requested by this tool, accepted
    // anyway; a waiting AT+MQTTPUB takes "[<len>]" as its prompt before it gets here.
    if (inner.size() == 1) {
        switch (QChar::toLower(char16_t(inner.at(0)))) {
        case '0':
            return urc(AtEvents::ModuleReady);
        case '1':
            return urc(AtEvents::SocketConnected);
        case '2':
            return urc(AtEvents::SocketClosed);
        case '3':
            m_lastIp.clear();
            return urc(ap ? AtEvents::ApStarted : AtEvents::WifiConnected);
        case '4':
            return urc(ap ? AtEvents::ApStopped : AtEvents::WifiDisconnected);
        case '5':
            return urc(AtEvents::ModuleReset);
        case '6':
            return urc(AtEvents::SocketError);
        case '7':
            return urc(AtEvents::WifiError,
                       {{QString::fromLatin1(AtFields::Reason), QStringLiteral("P2P Fail Event")}});
        case '8':
            return urc(AtEvents::SocketListening);
        case '9':
            return urc(AtEvents::MqttConnected);
        case 'a':
            return urc(AtEvents::MqttDisconnected);
        default:
            break;
        }
    }
    return AtFrame::line(line);
}

AtFrame Wizfi310Dialect::classifyAddressLine(const QByteArray &line, const QByteArray &t)
{
    // The lines after [Link-Up Event]: "IP Addr    : a.b.c.d" and "Gateway   : a.b.c.d" (spacing
    // differs between the manual's sections).
    if (const auto ip = labelValue(t, "IP Addr")) {
        m_lastIp = *ip;
        const bool ap = m_mode == WifiMode::SoftAp;
        return AtFrame::urc(line, QString::fromLatin1(ap ? EventApAddress : AtEvents::WifiGotIp),
                            {{QString::fromLatin1(AtFields::Ip), QString::fromUtf8(*ip)}});
    }
    if (const auto gateway = labelValue(t, "Gateway")) {
        QVariantMap fields{{QString::fromLatin1(AtFields::Gateway), QString::fromUtf8(*gateway)}};
        if (!m_lastIp.isEmpty())
            fields.insert(QString::fromLatin1(AtFields::Ip), QString::fromUtf8(m_lastIp));
        return AtFrame::urc(line, QString::fromLatin1(EventGateway), fields);
    }
    return AtFrame::line(line);
}

AtFrame Wizfi310Dialect::classifyResponse(const QByteArray &line, const QByteArray &t,
                                          const InFlight &inFlight)
{
    if (!inFlight.active())
        return AtFrame::line(line);
    AtFrame f = AtFrame::line(line, Kind::Response);
    const QByteArray name = commandName(inFlight.command);
    const bool query = inFlight.parameters().trimmed() == "?";

    if (name == "AT+WSCAN") {
        if (parseScanRow(t, &f.fields))
            f.event = QString::fromLatin1(AtEvents::ScanResult);
    } else if (name == "AT+WSTAT") {
        parseStatusRow(t, &f.fields); // no event: a status line, parsed for convenience
    } else if (name == "AT+FPING") {
        if (const auto reply = labelValue(t, "Ping Reply")) {
            f.event = QString::fromLatin1(AtEvents::PingReply);
            const QByteArray ms =
                reply->left(reply->indexOf(' ') < 0 ? reply->size() : reply->indexOf(' '));
            const QVariant time = intOrNull(ms);
            if (time.isValid())
                f.fields.insert(QStringLiteral("time"), time);
        }
    } else if (name == "AT+FDNS") {
        if (AtText::isIpv4(t)) {
            f.event = QString::fromLatin1(AtEvents::DnsResolved);
            f.fields.insert(QString::fromLatin1(AtFields::Ip), QString::fromUtf8(t));
            const QByteArray host =
                AtText::unquote(AtText::splitParams(inFlight.parameters()).value(0));
            if (!host.isEmpty())
                f.fields.insert(QStringLiteral("host"), QString::fromUtf8(host));
        }
    } else if (query && (name == "AT+WSET" || name == "AT+WSET2" || name == "AT+WSEC")) {
        // "<WiFiMode>,..." tells the mode the module is in now.
        const QByteArray mode = AtText::splitParams(t).value(0);
        if (mode == "0")
            m_mode = WifiMode::Station;
        else if (mode == "1")
            m_mode = WifiMode::SoftAp;
    }
    return f;
}

QList<AtFrame> Wizfi310Dialect::classifyPayload(const QByteArray &header, const QByteArray &payload,
                                                const InFlight &)
{
    QVariantMap fields;
    if (header.size() >= 2 && (header[1] == 'Q' || header[1] == 'q')) {
        // {Q,<topic>,,<len>}: an MQTT message on a subscribed topic (WizFi250 firmware format).
        QByteArray topic;
        qint64 declared = 0;
        splitMqttHeader(header, &topic, &declared);
        fields.insert(QString::fromLatin1(AtFields::Topic), QString::fromUtf8(topic));
        fields.insert(QString::fromLatin1(AtFields::Length), int(payload.size()));
        fields.insert(QString::fromLatin1(AtFields::Payload), QString::fromUtf8(payload));
        AtFrame f = AtFrame::urc(header, QString::fromLatin1(AtEvents::MqttMessage), fields);
        f.payload = payload;
        return {f};
    }
    // {<id>,<ip>,<port>,<len>}
    const QList<QByteArray> p = header.mid(1, header.size() - 2).split(',');
    AtFrame f = AtFrame::line(header, Kind::Data);
    f.fields.insert(QString::fromLatin1(AtFields::Socket), hexId(p.value(0)).value_or(-1));
    f.fields.insert(QString::fromLatin1(AtFields::Ip), QString::fromUtf8(p.value(1)));
    f.fields.insert(QString::fromLatin1(AtFields::Port),
                    int(AtText::toInt(p.value(2)).value_or(-1)));
    f.fields.insert(QString::fromLatin1(AtFields::Length), int(payload.size()));
    f.payload = payload;
    return {f};
}
