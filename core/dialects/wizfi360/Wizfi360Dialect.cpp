#include "Wizfi360Dialect.h"

#include "Wizfi360GpioCommands.h"
#include "Wizfi360MqttCommands.h"
#include "Wizfi360SocketCommands.h"
#include "Wizfi360Text.h"
#include "Wizfi360WifiCommands.h"
#include "dialects/AtText.h"

#include <QCoreApplication>

using Kind = AtFrame::Kind;
using namespace Wizfi360Text;

QString Wizfi360Dialect::id() const
{
    return QStringLiteral("wizfi360");
}

std::unique_ptr<WifiCommands> Wizfi360Dialect::wifiCommands() const
{
    return std::make_unique<Wizfi360WifiCommands>();
}

std::unique_ptr<SocketCommands> Wizfi360Dialect::socketCommands() const
{
    return std::make_unique<Wizfi360SocketCommands>();
}

std::unique_ptr<MqttCommands> Wizfi360Dialect::mqttCommands() const
{
    return std::make_unique<Wizfi360MqttCommands>();
}

std::unique_ptr<GpioCommands> Wizfi360Dialect::gpioCommands() const
{
    return std::make_unique<Wizfi360GpioCommands>();
}

QString Wizfi360Dialect::displayName() const
{
    return QCoreApplication::translate("Wizfi360Dialect", "WIZnet WizFi360");
}

QByteArray Wizfi360Dialect::terminator() const
{
    // The manual's "CR LF(=0x0A 0x0d)" swaps the hex values; §2.4 shows "AT\r\n".
    return QByteArrayLiteral("\r\n");
}

QList<QByteArray> Wizfi360Dialect::sessionSetup() const
{
    // The power-on echo state is not documented (§3.1.5): switch it off. Everything else this
    // parser needs (+IPD with or without link ID and remote address) is self-describing.
    return {QByteArrayLiteral("ATE0")};
}

QList<QByteArray> Wizfi360Dialect::identityQueries() const
{
    return {QByteArrayLiteral("AT+GMR"), QByteArrayLiteral("AT+CIPSTAMAC_CUR?")};
}

// ---------------------------------------------------------------------------------------------
// Traits

CommandTraits Wizfi360Dialect::traits(const QByteArray &command) const
{
    // 5 s: every documented command answers at once, except those below. promptFallbackMs stays
    // 0 for sends: payload bytes sent without a prompt would be run as commands.
    CommandTraits t;
    const QByteArray name = commandName(command);
    const bool set = command.contains('=');
    const QList<QByteArray> params = commandParams(command);
    const auto param = [&params](int i) { return intParam(params, i); };
    // With AT+CIPMUX=1 the link ID comes first; the parameter count tells the two forms apart
    // (<length>[,<ip>,<port>] = 1 or 3 fields, <id>,<length>[,<ip>,<port>] = 2 or 4).
    const bool multi = params.size() == 2 || params.size() == 4;

    if (name == "AT+CWJAP_CUR" || name == "AT+CWJAP_DEF" || name == "AT+CWJAP") {
        if (set)
            t.timeoutMs = 20000; // join: ESP-class firmware gives up after ~15 s (error code 1)
    } else if (name == "AT+CWLAP") {
        t.timeoutMs = 15000; // an active scan of 13-14 channels takes a few seconds
    } else if (name == "AT+CIPSTART") {
        t.timeoutMs = 15000; // TCP connect / SSL handshake (manual gives no figure)
        if (const auto id = param(0))
            t.socket = int(*id); // CIPMUX=1: AT+CIPSTART=<link ID>,"TCP",...
    } else if (name == "AT+MQTTCON" || name == "AT+AZCON" || name == "AT+AWSCON" ||
               name == "AT+MQTTCONN") {
        t.timeoutMs = 15000; // broker connect, over TLS for Azure/AWS
    } else if (name == "AT+RST" || name == "AT+RESTORE") {
        // OK, then the module reboots and prints "ready": that banner ends the command.
        t.endsOnReset = true;
        t.timeoutMs = 10000;
    } else if (name == "AT+CIUPDATE") {
        t.timeoutMs = 180000; // firmware download over Wi-Fi; duration undocumented
    } else if (name == "AT+PING" || name == "AT+CIPDOMAIN") {
        t.timeoutMs = 10000; // DNS lookup and/or echo round trip
    } else if ((name == "AT+CIPSEND" || name == "AT+CIPSENDEX") && set) {
        t.expectsPrompt = true;
        t.timeoutMs = 10000; // up to 2048 payload bytes at low baud rates, then the TCP send
        if (const auto length = param(multi ? 1 : 0); length && *length >= 0)
            t.payloadLength = *length;
        if (multi)
            t.socket = int(param(0).value_or(-1));
    } else if (name == "AT+CIPSEND") {
        // Passthrough (CIPMODE=1): "OK >" then raw data until "+++"; no reply ends it.
        t.expectsPrompt = true;
        t.completesOnPayload = true;
    } else if ((name == "AT+CIPSENDERBUF" || name == "AT+CIPSENDBUF") && set) {
        // Writes into the TCP send buffer: nothing follows the payload; "<segment>,SEND OK"
        // comes later as an event (§3.3.9).
        t.expectsPrompt = true;
        t.completesOnPayload = true;
        t.timeoutMs = 10000;
        const bool twoParams = params.size() == 2;
        if (const auto length = param(twoParams ? 1 : 0); length && *length >= 0)
            t.payloadLength = *length;
        if (twoParams)
            t.socket = int(param(0).value_or(-1));
    } else if ((name == "AT+CASEND" || name == "AT+AWSPKSEND" || name == "AT+CLICASEND") &&
               param(0) == 1) {
        // PEM upload: '>' (no OK before it), the PEM text, then OK. Its length is not declared.
        t.expectsPrompt = true;
        t.timeoutMs = 10000;
    } else if (name == "AT+CIPRECVDATA") {
        if (params.size() >= 2)
            t.socket = int(param(0).value_or(-1)); // AT+CIPRECVDATA=<link ID>,<len>
    } else if (name == "AT+CIPCLOSE" || name == "AT+CIPBUFRESET" || name == "AT+CIPBUFSTATUS") {
        if (const auto id = param(0); params.size() == 1 && id && *id != 5)
            t.socket = int(*id); // 5 = all links (CIPCLOSE)
    } else if (name == "AT+CIPCHECKSEQ") {
        if (params.size() == 2)
            t.socket = int(param(0).value_or(-1));
    }
    return t;
}

void Wizfi360Dialect::commandSent(const QByteArray &command)
{
    m_errorHint.clear();
    m_errorCode = QVariant();
    m_joinError = 0;
    m_pendingCwlapMask = -1;
    const QByteArray name = commandName(command);
    if (name == "AT+CWLAPOPT") {
        if (const auto mask = intParam(commandParams(command), 1))
            m_pendingCwlapMask = int(*mask); // applies once the module says OK
    } else if (name == "AT+CWSTARTSMART" || name == "AT+WIZ_NETCONFIG") {
        m_provisioning = true;
    } else if (name == "AT+CWSTOPSMART") {
        m_provisioning = false;
    }
}

void Wizfi360Dialect::moduleReset()
{
    m_errorHint.clear();
    m_errorCode = QVariant();
    m_joinError = 0;
    m_trailingErrorExpected = false;
    m_provisioning = false;
    m_cwlapMask = 0x1F; // CWLAPOPT is not saved in flash
    m_pendingCwlapMask = -1;
}

// ---------------------------------------------------------------------------------------------
// Framing

namespace {

constexpr int MaxLeadingSpaces = 8;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "+IPD," then fields up to ':' outside quotes. A line end first means the passive-mode form
// "+IPD,<id>,<len>" (a line, classified as socket.data_available).
FrameProbe probeIpd(QByteArrayView s, int lead)
{
    constexpr qsizetype start = 5; // "+IPD,"
    bool inQuotes = false;
    for (qsizetype i = start; i < s.size(); ++i) {
        if (i > Wizfi360Dialect::MaxHeaderLength)
            return FrameProbe::noMatch();
        const char c = s[i];
        if (inQuotes) {
            if (c == '"')
                inQuotes = false;
            else if (static_cast<unsigned char>(c) < 0x20)
                return FrameProbe::noMatch();
            continue;
        }
        if (c == '"') {
            inQuotes = true;
        } else if (c == ':') {
            const auto h = parseIpdFields(s.sliced(start, i - start));
            if (!h)
                return FrameProbe::noMatch();
            return FrameProbe::payload(int(lead + i + 1), h->length);
        } else if (!isDigit(c) && c != ',' && c != '.') {
            return FrameProbe::noMatch(); // also CR/LF: passive-mode notice
        }
    }
    return FrameProbe::needMore();
}

// "+CIPRECVDATA,<len>:" (ESP8266 firmware) or "+CIPRECVDATA:<len>," (ESP-AT 2.x).
FrameProbe probeRecvData(QByteArrayView s, int lead)
{
    constexpr qsizetype start = 13; // "+CIPRECVDATA" plus ',' or ':'
    const char close = s[start - 1] == ',' ? ':' : ',';
    for (qsizetype i = start; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c) && i - start < 7)
            continue;
        if (c != close || i == start)
            return FrameProbe::noMatch();
        const qint64 length = s.sliced(start, i - start).toByteArray().toLongLong();
        if (length > Wizfi360Dialect::MaxPayloadLength)
            return FrameProbe::noMatch();
        return FrameProbe::payload(int(lead + i + 1), length);
    }
    return FrameProbe::needMore();
}

// ESP-AT: +MQTTSUBRECV:<LinkID>,"<topic>",<len>,<data>
FrameProbe probeMqttSubRecv(QByteArrayView s, int lead)
{
    enum { Link, TopicOpen, Topic, TopicClose, Length } state = Link;
    qsizetype digits = 0;
    qsizetype lengthStart = 0;
    for (qsizetype i = 13; i < s.size(); ++i) { // after "+MQTTSUBRECV:"
        if (i > Wizfi360Dialect::MaxHeaderLength)
            return FrameProbe::noMatch();
        const char c = s[i];
        if (static_cast<unsigned char>(c) < 0x20)
            return FrameProbe::noMatch();
        switch (state) {
        case Link:
            if (isDigit(c) && digits < 3) {
                ++digits;
            } else if (c == ',' && digits > 0) {
                state = TopicOpen;
            } else {
                return FrameProbe::noMatch();
            }
            break;
        case TopicOpen:
            if (c != '"')
                return FrameProbe::noMatch();
            state = Topic;
            break;
        case Topic:
            if (c == '"')
                state = TopicClose;
            break;
        case TopicClose:
            if (c != ',')
                return FrameProbe::noMatch();
            state = Length;
            lengthStart = i + 1;
            break;
        case Length: {
            if (isDigit(c) && i - lengthStart < 7)
                break;
            if (c != ',' || i == lengthStart)
                return FrameProbe::noMatch();
            const qint64 length = s.sliced(lengthStart, i - lengthStart).toByteArray().toLongLong();
            if (length > Wizfi360Dialect::MaxPayloadLength)
                return FrameProbe::noMatch();
            return FrameProbe::payload(int(lead + i + 1), length);
        }
        }
    }
    return FrameProbe::needMore();
}

} // namespace

FrameProbe Wizfi360Dialect::probe(QByteArrayView rest, const InFlight &inFlight) const
{
    if (rest.isEmpty())
        return FrameProbe::needMore();
    // '>' at a line start, without waiting for a line end or the space after it (§2.6). The
    // space, when it comes, starts the next line and is dropped there.
    if (rest[0] == '>')
        return inFlight.awaitingPrompt() ? FrameProbe::prompt(1) : FrameProbe::noMatch();

    // Spaces may precede a header: "> " followed by +IPD before the payload went out.
    int lead = 0;
    while (lead < rest.size() && rest[lead] == ' ') {
        if (++lead > MaxLeadingSpaces)
            return FrameProbe::noMatch();
    }
    if (lead == rest.size())
        return FrameProbe::needMore();
    const QByteArrayView s = rest.sliced(lead);
    if (s[0] != '+')
        return FrameProbe::noMatch();

    using AtText::PrefixMatch;
    bool partial = false;
    const auto check = [&](const char *prefix) {
        const PrefixMatch m = AtText::matchPrefix(s, prefix);
        partial = partial || m == PrefixMatch::Partial;
        return m == PrefixMatch::Full;
    };
    if (check("+IPD,"))
        return probeIpd(s, lead);
    if (check("+CIPRECVDATA,") || check("+CIPRECVDATA:"))
        return probeRecvData(s, lead);
    if (check("+MQTTSUBRECV:"))
        return probeMqttSubRecv(s, lead);
    return partial ? FrameProbe::needMore() : FrameProbe::noMatch();
}

QList<AtFrame> Wizfi360Dialect::classifyPayload(const QByteArray &header, const QByteArray &payload,
                                                const InFlight &inFlight)
{
    QByteArray h = header;
    while (h.startsWith(' '))
        h.remove(0, 1);

    AtFrame f = AtFrame::line(h, Kind::Data);
    f.payload = payload;
    if (AtText::startsWithNoCase(h, "+IPD,")) {
        if (const auto ipd = parseIpdFields(QByteArrayView(h).sliced(5, h.size() - 6))) {
            if (ipd->socket >= 0)
                f.fields.insert(AtFields::Socket, ipd->socket);
            if (!ipd->ip.isEmpty())
                f.fields.insert(AtFields::Ip, QString::fromUtf8(ipd->ip));
            if (ipd->port >= 0)
                f.fields.insert(AtFields::Port, ipd->port);
            f.fields.insert(AtFields::Length, int(ipd->length));
        }
        return {f};
    }
    if (AtText::startsWithNoCase(h, "+CIPRECVDATA")) {
        // The socket is the one AT+CIPRECVDATA=<link ID>,<len> asked for (none in CIPMUX=0).
        if (inFlight.is("AT+CIPRECVDATA") && inFlight.traits.socket >= 0)
            f.fields.insert(AtFields::Socket, inFlight.traits.socket);
        f.fields.insert(AtFields::Length, int(h.mid(13, h.size() - 14).toLongLong()));
        return {f};
    }
    if (AtText::startsWithNoCase(h, "+MQTTSUBRECV:")) {
        const QList<QByteArray> p =
            AtText::splitParams(QByteArrayView(h).sliced(13, h.size() - 14));
        AtFrame m = AtFrame::urc(h, QString::fromLatin1(AtEvents::MqttMessage));
        m.payload = payload;
        m.fields.insert(QStringLiteral("link"), int(intParam(p, 0).value_or(0)));
        m.fields.insert(AtFields::Topic, QString::fromUtf8(AtText::unquote(p.value(1))));
        m.fields.insert(AtFields::Length, int(intParam(p, 2).value_or(payload.size())));
        m.fields.insert(AtFields::Payload, QString::fromUtf8(payload));
        return {m};
    }
    return {AtFrame::line(header + payload)}; // not announced by this probe
}

// ---------------------------------------------------------------------------------------------
// Lines

AtFrame Wizfi360Dialect::classifyLine(const QByteArray &line, const InFlight &inFlight)
{
    const QByteArray t = line.trimmed();
    if (t.isEmpty())
        return AtFrame::line(line, Kind::Ignore);

    // ESP firmware prints ERROR after ALREADY CONNECTED, and the manual shows one after
    // CONNECT FAIL: that final already ended the command, so this ERROR ends nothing (it could
    // otherwise fail the next command).
    const bool trailingExpected = std::exchange(m_trailingErrorExpected, false);
    if (trailingExpected && AtText::equalsNoCase(t, "ERROR"))
        return AtFrame::line(line);

    AtFrame f = classify(t, line, inFlight);
    if (trailingExpected && (f.kind == Kind::Urc || f.kind == Kind::Ignore))
        m_trailingErrorExpected = true; // events in between do not count
    return f;
}

AtFrame Wizfi360Dialect::classify(const QByteArray &t, const QByteArray &line,
                                  const InFlight &inFlight)
{
    bool matched = false;
    AtFrame f = classifyFinal(t, line, inFlight, &matched);
    if (matched)
        return f;
    f = classifyUrc(t, line, inFlight, &matched);
    if (matched)
        return f;
    return classifyResponse(t, line, inFlight);
}

AtFrame Wizfi360Dialect::classifyFinal(const QByteArray &t, const QByteArray &line,
                                       const InFlight &inFlight, bool *matched)
{
    *matched = true;
    if (AtText::equalsNoCase(t, "OK")) {
        // AT+RST / AT+RESTORE: OK, then the reboot. The command ends on "ready" (endsOnReset),
        // so that nothing is sent to a module that is still booting.
        if (inFlight.is("AT+RST") || inFlight.is("AT+RESTORE"))
            return AtFrame::line(line, Kind::Response);
        if (inFlight.is("AT+CWLAPOPT") && m_pendingCwlapMask >= 0)
            m_cwlapMask = std::exchange(m_pendingCwlapMask, -1);
        return AtFrame::okFinal(line);
    }
    if (AtText::equalsNoCase(t, "ERROR")) {
        const QString message =
            m_errorHint.isEmpty()
                ? QCoreApplication::translate("Wizfi360Dialect",
                                              "AT command input error or execution error.")
                : m_errorHint;
        return AtFrame::errorFinal(line, m_errorCode, message);
    }
    if (AtText::equalsNoCase(t, "FAIL")) {
        if (isJoin(inFlight) || m_joinError != 0)
            return AtFrame::errorFinal(line, m_joinError != 0 ? QVariant(m_joinError) : QVariant(),
                                       joinErrorMessage(m_joinError));
        return AtFrame::errorFinal(
            line, QVariant(),
            QCoreApplication::translate("Wizfi360Dialect", "The command failed."));
    }
    // SEND OK / SEND FAIL end only a send command; with another command in flight they would
    // end the wrong one, so they stay lines (with nothing in flight the engine does the same).
    if (AtText::equalsNoCase(t, "SEND OK"))
        return isSend(inFlight) ? AtFrame::okFinal(line) : AtFrame::line(line);
    if (AtText::equalsNoCase(t, "SEND FAIL")) {
        if (!isSend(inFlight))
            return AtFrame::line(line);
        return AtFrame::errorFinal(line, QVariant(),
                                   QCoreApplication::translate(
                                       "Wizfi360Dialect", "The network data transmission failed."));
    }
    if (AtText::equalsNoCase(t, "ALREADY CONNECTED")) {
        m_trailingErrorExpected = inFlight.active();
        return AtFrame::errorFinal(
            line, QVariant(),
            QCoreApplication::translate("Wizfi360Dialect",
                                        "The TCP, UDP or SSL connection is already established."));
    }
    if (AtText::equalsNoCase(t, "CONNECT FAIL")) {
        m_trailingErrorExpected = inFlight.active();
        return AtFrame::errorFinal(
            line, QVariant(),
            QCoreApplication::translate("Wizfi360Dialect", "Could not connect to the broker."));
    }
    // AT+MQTTDIS answers CLOSE and nothing else (§3.3.33).
    if (AtText::equalsNoCase(t, "CLOSE") && inFlight.is("AT+MQTTDIS"))
        return AtFrame::okFinal(line);
    *matched = false;
    return {};
}

QString Wizfi360Dialect::joinErrorMessage(int code)
{
    switch (code) {
    case 1:
        return QCoreApplication::translate("Wizfi360Dialect", "Connection timeout.");
    case 2:
        return QCoreApplication::translate("Wizfi360Dialect", "Wrong password.");
    case 3:
        return QCoreApplication::translate("Wizfi360Dialect", "Cannot find the target AP.");
    case 4:
        return QCoreApplication::translate("Wizfi360Dialect", "Connection failed.");
    default:
        return QCoreApplication::translate("Wizfi360Dialect", "Could not connect to the AP.");
    }
}

QString Wizfi360Dialect::securityName(int ecn)
{
    switch (ecn) {
    case 0:
        return QStringLiteral("OPEN");
    case 1:
        return QStringLiteral("WEP");
    case 2:
        return QStringLiteral("WPA_PSK");
    case 3:
        return QStringLiteral("WPA2_PSK");
    case 4:
        return QStringLiteral("WPA_WPA2_PSK");
    case 5:
        return QStringLiteral("WPA2_ENTERPRISE"); // 5-7: ESP-AT only
    case 6:
        return QStringLiteral("WPA3_PSK");
    case 7:
        return QStringLiteral("WPA2_WPA3_PSK");
    default:
        return {};
    }
}
