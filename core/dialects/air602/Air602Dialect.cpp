#include "Air602Dialect.h"

#include "Air602MqttCommands.h"
#include "Air602SocketCommands.h"
#include "Air602WifiCommands.h"
#include "dialects/AtText.h"

#include <QCoreApplication>

namespace {

// Commands whose reply is several records closed by a blank line (§2.1 "Response message",
// §2.2.3.6, §2.2.3.13).
bool isMultiLineReply(QByteArrayView name)
{
    return name == "WSCAN" || name == "SKSTT";
}

// The parameters of a command: the text after '=' without the flash operator '!'. Empty for a
// command without parameters; starts with '?' for a query.
QByteArray parametersOf(QByteArrayView command)
{
    const qsizetype eq = command.indexOf('=');
    if (eq < 0)
        return {};
    QByteArray p = command.sliced(eq + 1).toByteArray().trimmed();
    if (p.startsWith('!'))
        p.remove(0, 1);
    return p;
}

std::optional<int> firstParameterInt(QByteArrayView command)
{
    const QByteArray p = parametersOf(command);
    if (p.isEmpty() || p.startsWith('?'))
        return std::nullopt;
    const auto v = AtText::toInt(AtText::unquote(AtText::splitParams(p).value(0)));
    if (!v || *v < 0 || *v > 0xFFFF)
        return std::nullopt;
    return int(*v);
}

QByteArray withoutLineEnds(QByteArrayView bytes)
{
    QByteArray t = bytes.toByteArray();
    while (!t.isEmpty() && (t.back() == '\r' || t.back() == '\n' || t.back() == ' '))
        t.chop(1);
    return t;
}

// "+OK", "+OK=...", "+OK:..." (the SDK's WWPS pin reply) and "+OK ..." lines.
bool isOkLine(QByteArrayView t)
{
    if (!AtText::startsWithNoCase(t, "+OK"))
        return false;
    return t.size() == 3 || t[3] == '=' || t[3] == ':' || t[3] == ' ';
}

bool isErrorLine(QByteArrayView t)
{
    if (!AtText::startsWithNoCase(t, "+ERR"))
        return false;
    return t.size() == 4 || t[4] == '=' || t[4] == ':' || t[4] == ' ';
}

// The value of "+OK=<value>" / "+ERR=<value>"; empty when there is none.
QByteArray resultValue(QByteArrayView t, qsizetype prefixLength)
{
    QByteArray v = t.sliced(prefixLength).toByteArray().trimmed();
    if (v.startsWith('=') || v.startsWith(':'))
        v.remove(0, 1);
    return v.trimmed();
}

// [SDK] some W600 builds print the +SKTRPT address as one decimal number (lwIP's u32, network
// byte order read on a little-endian CPU).
QByteArray addressText(const QByteArray &field)
{
    const QByteArray ip = AtText::unquote(field);
    if (AtText::isIpv4(ip) || ip.isEmpty() || ip.contains('.'))
        return ip;
    const auto v = AtText::toInt(ip);
    if (!v || *v < 0 || *v > 0xFFFFFFFFLL)
        return ip;
    const quint32 a = quint32(*v);
    return QByteArray::number(a & 0xFF) + '.' + QByteArray::number((a >> 8) & 0xFF) + '.' +
           QByteArray::number((a >> 16) & 0xFF) + '.' + QByteArray::number((a >> 24) & 0xFF);
}

// One AT+WSCAN record "<bssid>,<type>,<channel>,<encry>,<ssid>,<rssi>" (§2.2.3.6, fields as in
// AT+WJOIN §2.2.3.4). Empty when the record does not parse.
QVariantMap scanFields(QByteArrayView record)
{
    const QList<QByteArray> p = AtText::splitParams(record);
    if (p.size() < 6)
        return {};
    const auto channel = AtText::toInt(p.at(2));
    const auto encrypted = AtText::toInt(p.at(3));
    const auto rssi = AtText::toInt(p.constLast());
    if (!channel || !encrypted || !rssi)
        return {};
    // An unquoted SSID may hold commas: everything between <encry> and <rssi> is the SSID.
    const QByteArray ssid = AtText::unquote(p.mid(4, p.size() - 5).join(','));
    QVariantMap f;
    f.insert(AtFields::Bssid, AtText::unquote(p.at(0)));
    f.insert(AtFields::Ssid, ssid);
    f.insert(AtFields::Channel, int(*channel));
    // The manual gives the RSSI without its sign ("50 means -50 dB"): report dBm.
    f.insert(AtFields::Rssi, -int(qAbs(*rssi)));
    f.insert(AtFields::Security,
             *encrypted == 0 ? QByteArrayLiteral("open") : QByteArrayLiteral("encrypted"));
    return f;
}

// One AT+SKSTT record "<socket>,<status>,[host],[HostPort],[LocalPort],[rx_data]" (§2.2.3.13).
QVariantMap socketStatusFields(QByteArrayView record)
{
    const QList<QByteArray> p = AtText::splitParams(record);
    const auto socket = AtText::toInt(p.value(0));
    const auto status = AtText::toInt(p.value(1));
    if (!socket || !status)
        return {};
    QVariantMap f;
    f.insert(AtFields::Socket, int(*socket));
    f.insert(QStringLiteral("status"), int(*status));
    const QByteArray host = AtText::unquote(p.value(2));
    if (!host.isEmpty())
        f.insert(AtFields::Ip, host);
    if (const auto port = AtText::toInt(p.value(3)))
        f.insert(AtFields::Port, int(*port));
    if (const auto local = AtText::toInt(p.value(4)))
        f.insert(QStringLiteral("local_port"), int(*local));
    if (const auto pending = AtText::toInt(p.value(5)))
        f.insert(QStringLiteral("rx_data"), int(*pending));
    return f;
}

AtFrame dataFrame(const QByteArray &text, const QByteArray &payload, qint64 declared,
                  QVariantMap fields)
{
    AtFrame f = AtFrame::line(text, AtFrame::Kind::Data);
    f.payload = payload;
    fields.insert(AtFields::Length, int(payload.size()));
    if (payload.size() < declared) // cut short by the end of the input
        fields.insert(QStringLiteral("expected"), int(declared));
    f.fields = fields;
    return f;
}

// Event names this dialect needs beyond AtEvents.
constexpr char MqttMessageTopic[] = "mqtt.message_topic";
constexpr char HttpError[] = "http.error";

} // namespace

QString Air602Dialect::id() const
{
    return QStringLiteral("air602");
}

QString Air602Dialect::displayName() const
{
    return QCoreApplication::translate("Air602Dialect", "Luat Air602 (WinnerMicro W600)");
}

QByteArray Air602Dialect::terminator() const
{
    // §2.1: commands end in <CR>. [SDK] drivers send CR LF and that works too.
    return QByteArrayLiteral("\r");
}

QList<QByteArray> Air602Dialect::sessionSetup() const
{
    // AT+E toggles the echo and its state is unknown (§2.2.1.3), so it is never sent blindly: the
    // null command only synchronises, and the echo, if on, is removed per command.
    return {QByteArrayLiteral("AT+")};
}

QList<QByteArray> Air602Dialect::identityQueries() const
{
    return {QByteArrayLiteral("AT+QVER"), QByteArrayLiteral("AT+QMAC")};
}

QByteArray Air602Dialect::commandName(QByteArrayView command)
{
    const QByteArray c = command.toByteArray().trimmed();
    if (!AtText::startsWithNoCase(c, "AT+"))
        return {};
    qsizetype pos = 3;
    while (pos < c.size() && c[pos] == ' ') // "AT+ SKRPTM=1" (§2.2.3.17 typo)
        ++pos;
    qsizetype end = pos;
    while (end < c.size() && c[end] != '=' && c[end] != '?' && c[end] != ' ')
        ++end;
    return c.mid(pos, end - pos).toUpper();
}

CommandTraits Air602Dialect::traits(const QByteArray &command) const
{
    CommandTraits t; // 5 s for everything that answers at once
    const QByteArray name = commandName(command);
    const QByteArray params = parametersOf(command);
    const bool query = params.startsWith('?');
    // Timeouts: the manual states none (digest quirk 14); values are the SDK's waits plus margin.
    if (name == "WJOIN") {
        t.timeoutMs = 25000; // [SDK] the firmware waits about 20 s for the join
    } else if (name == "SKCT") {
        t.timeoutMs = 30000; // [SDK] a TCP client connect waits up to 25 s
    } else if (name == "WSCAN") {
        t.timeoutMs = 15000; // [SDK] about 5 s; more channels and slow APs take longer
    } else if (name == "MCONNECT" || name == "SKGHBN" || name == "HTTPC") {
        t.timeoutMs = 15000; // network round trips (DNS, broker, HTTP)
    } else if (name == "Z") {
        t.timeoutMs = 10000;  // "+OK" then "ready" after the reboot
        t.endsOnReset = true; // decision: AT+Z ends on "ready", so nothing is sent into the reboot
    }
    if (name == "SKSND" || name == "SKRCV" || name == "SKCLS" || name == "SKSTT" ||
        name == "SKSDF") {
        t.socket = firstParameterInt(command).value_or(-1);
    }
    if (name == "SKSND" && !query) {
        const auto size = AtText::toInt(AtText::splitParams(params).value(1));
        if (size && *size >= 0) {
            // "+OK=<actualsize>" + blank line is the prompt; no reply follows the data (§2.2.3.11).
            t.expectsPrompt = true;
            t.payloadLength = *size;
            t.completesOnPayload = true;
        }
    }
    return t;
}

void Air602Dialect::commandSent(const QByteArray &command)
{
    m_replyStarted = false;
    const QByteArray name = commandName(command);
    m_creatingServer = false;
    if (name == "SKCT") {
        const QList<QByteArray> p = AtText::splitParams(parametersOf(command));
        m_creatingServer = p.value(0).trimmed() == "0" && p.value(1).trimmed() == "1";
    } else if (name == "SKCLS") {
        if (const auto socket = firstParameterInt(command)) {
            m_knownSockets.remove(*socket);
            m_servers.remove(*socket);
        }
    }
    if (name != "MSUB" && name != "MPUB")
        return;
    const QByteArray params = parametersOf(command);
    if (params.isEmpty() || params.startsWith('?'))
        return;
    // Remember the topic: the +MSUB:/+MPUB: result names none and arrives after the "+OK".
    QList<QByteArray> &pending = name == "MSUB" ? m_subscribeTopics : m_publishTopics;
    pending.append(AtText::unquote(AtText::splitParams(params).value(0)));
    while (pending.size() > 8)
        pending.removeFirst();
}

AtFrame Air602Dialect::classifyLine(const QByteArray &line, const InFlight &inFlight)
{
    const QByteArray t = line.trimmed();
    const QByteArray name = inFlight.active() ? commandName(inFlight.command) : QByteArray();
    const bool inMultiLineReply = inFlight.active() && isMultiLineReply(name) && m_replyStarted;
    if (t.isEmpty()) {
        if (m_blankLinesOwed > 0) {
            // The blank line that ends an asynchronous message, not the reply in flight.
            --m_blankLinesOwed;
            return AtFrame::line(line, AtFrame::Kind::Ignore);
        }
        if (inMultiLineReply) {
            // The blank line closes a multi-line reply: it is the final (§2.1, §2.2.3.6).
            m_replyStarted = false;
            return AtFrame::okFinal(line);
        }
        return AtFrame::line(line, AtFrame::Kind::Ignore);
    }
    m_blankLinesOwed = 0;
    if (isOkLine(t))
        return classifyOk(line, t, inFlight);
    if (isErrorLine(t))
        return classifyError(line, t, inFlight);
    AtFrame async = classifyAsync(line, t);
    if (async.kind != AtFrame::Kind::Line) {
        m_blankLinesOwed = 1;
        return async;
    }
    if (inMultiLineReply) {
        // A further record of AT+WSCAN / AT+SKSTT: no "+" prefix, same fields as the first.
        AtFrame f = AtFrame::line(line, AtFrame::Kind::Response);
        if (name == "WSCAN") {
            f.fields = scanFields(t);
            if (!f.fields.isEmpty())
                f.event = QLatin1String(AtEvents::ScanResult);
        } else {
            f.fields = socketStatusFields(t);
        }
        return f;
    }
    return AtFrame::line(line);
}

AtFrame Air602Dialect::classifyOk(const QByteArray &line, const QByteArray &t,
                                  const InFlight &inFlight)
{
    if (!inFlight.active())
        return AtFrame::okFinal(line); // the interpreter turns a stray final into a line
    const QByteArray name = commandName(inFlight.command);
    if (name == "Z") {
        // Decision: the "+OK" of AT+Z is a response; "ready" after the reboot ends the command.
        return AtFrame::line(line, AtFrame::Kind::Response);
    }
    if (name == "SKCT") {
        // "+OK=<socket>": remember the number, and whether it listens (see classifyPayload).
        if (const auto socket = AtText::toInt(resultValue(t, 3)); socket && *socket >= 0) {
            m_knownSockets.insert(int(*socket));
            if (m_creatingServer)
                m_servers.insert(int(*socket));
        }
    }
    if (!isMultiLineReply(name))
        return AtFrame::okFinal(line); // single-line reply: the "+OK" line is the final
    // The first record of a multi-line reply follows "+OK="; the blank line ends the reply.
    m_replyStarted = true;
    AtFrame f = AtFrame::line(line, AtFrame::Kind::Response);
    const QByteArray record = resultValue(t, 3);
    if (record.isEmpty())
        return f; // "+OK" alone: an empty scan
    if (name == "WSCAN") {
        f.fields = scanFields(record);
        if (!f.fields.isEmpty())
            f.event = QLatin1String(AtEvents::ScanResult);
    } else {
        f.fields = socketStatusFields(record);
    }
    return f;
}

AtFrame Air602Dialect::classifyError(const QByteArray &line, const QByteArray &t,
                                     const InFlight &inFlight)
{
    m_replyStarted = false;
    const QByteArray name = inFlight.active() ? commandName(inFlight.command) : QByteArray();
    // A refused AT+MSUB / AT+MPUB sends no +MSUB:/+MPUB: result: forget its topic.
    if (name == "MSUB" && !m_subscribeTopics.isEmpty())
        m_subscribeTopics.removeLast();
    else if (name == "MPUB" && !m_publishTopics.isEmpty())
        m_publishTopics.removeLast();
    const auto code = AtText::toInt(resultValue(t, 4));
    if (!code)
        return AtFrame::errorFinal(line, QVariant(),
                                   QCoreApplication::translate("Air602Dialect", "Error"));
    return AtFrame::errorFinal(line, int(*code), errorMessage(int(*code)));
}

AtFrame Air602Dialect::mqttResult(const QByteArray &line, const QByteArray &value,
                                  const char *event, QList<QByteArray> &pendingTopics)
{
    std::optional<qint64> code;
    if (AtText::equalsNoCase(value, "OK"))
        code = 0;
    else
        code = AtText::toInt(value);
    if (!code)
        return AtFrame::line(line);
    QVariantMap f;
    f.insert(AtFields::Code, int(*code));
    if (*code != 0)
        f.insert(AtFields::Reason, mqttResultMessage(int(*code)));
    if (!pendingTopics.isEmpty())
        f.insert(AtFields::Topic, pendingTopics.takeFirst());
    // Decision: a failed result keeps the event name, with its code (0 = success).
    return AtFrame::urc(line, QLatin1String(event), f);
}

AtFrame Air602Dialect::classifyAsync(const QByteArray &line, const QByteArray &t)
{
    if (AtText::equalsNoCase(t, "ready")) // boot banner (§2.2.1.2 example "+OK  ready")
        return AtFrame::urc(line, QLatin1String(AtEvents::ModuleReady));
    if (const auto v = AtText::after(t, "+MQTT:")) {
        if (AtText::equalsNoCase(*v, "CONNECTED")) // the manual shows a trailing space: trimmed
            return AtFrame::urc(line, QLatin1String(AtEvents::MqttConnected));
        if (AtText::equalsNoCase(*v, "FAIL")) // decision: a failed connect is mqtt.error
            return AtFrame::urc(line, QLatin1String(AtEvents::MqttError));
        return AtFrame::line(line);
    }
    if (const auto v = AtText::after(t, "+MSUB:"))
        return mqttResult(line, *v, AtEvents::MqttSubscribed, m_subscribeTopics);
    if (const auto v = AtText::after(t, "+MPUB:"))
        return mqttResult(line, *v, AtEvents::MqttPublished, m_publishTopics);
    if (const auto v = AtText::after(t, "+MTOPIC:")) {
        // Decision: the topic line is its own urc (topic, length = topic length) and is kept for
        // the +MQD payload that follows, which becomes the mqtt.message.
        const qsizetype comma = v->indexOf(',');
        const auto n = AtText::toInt(v->left(qMax<qsizetype>(comma, 0)));
        if (comma < 0 || !n || *n < 0)
            return AtFrame::line(line);
        QByteArray topic = t.mid(t.indexOf(',') + 1);
        // "+MTOPIC:11, HELLO_WORLD" (§2.2.4.10): drop one space only when the topic is then
        // still as long as announced.
        if (topic.size() > *n && topic.startsWith(' '))
            topic.remove(0, 1);
        m_topic = topic;
        m_haveTopic = true;
        QVariantMap f;
        f.insert(AtFields::Topic, topic);
        f.insert(AtFields::Length, int(*n));
        return AtFrame::urc(line, QLatin1String(MqttMessageTopic), f);
    }
    if (const auto v = AtText::after(t, "+SKTRPT=")) {
        // The header of an active report whose payload could not be framed (no blank line).
        const QList<QByteArray> p = AtText::splitParams(*v);
        const auto socket = AtText::toInt(p.value(0));
        const auto length = AtText::toInt(p.value(1));
        if (t.size() > MaxHeaderLength || !socket || *socket < 0 || *socket > 0xFFFF || !length ||
            *length < 0 || *length > MaxPayloadLength)
            return AtFrame::line(line); // a garbled header: no event from it
        QVariantMap f;
        f.insert(AtFields::Socket, int(*socket));
        f.insert(AtFields::Length, int(*length));
        if (p.size() > 2)
            f.insert(AtFields::Ip, addressText(p.at(2)));
        if (const auto port = AtText::toInt(p.value(3)))
            f.insert(AtFields::Port, int(*port));
        return AtFrame::urc(line, QLatin1String(AtEvents::SocketDataAvailable), f);
    }
    if (const auto v = AtText::after(t, "+HTTPCERRRPT=")) {
        // [SDK] HTTP client failure report: "+HTTPCERRRPT=<session>,<err>".
        const QList<QByteArray> p = AtText::splitParams(*v);
        QVariantMap f;
        if (const auto session = AtText::toInt(p.value(0)))
            f.insert(QStringLiteral("session"), int(*session));
        if (const auto code = AtText::toInt(p.value(1)))
            f.insert(AtFields::Code, int(*code));
        return AtFrame::urc(line, QLatin1String(HttpError), f);
    }
    return AtFrame::line(line);
}

QList<AtFrame> Air602Dialect::classifyPayload(const QByteArray &header, const QByteArray &payload,
                                              const InFlight &inFlight)
{
    const QByteArray text = withoutLineEnds(header);
    if (AtText::startsWithNoCase(text, "+OK=")) {
        // AT+SKRCV: the "+OK=<size>" closes the command, the bytes follow it (§2.2.3.12).
        m_blankLinesOwed = 0;
        const qint64 declared = AtText::toInt(resultValue(text, 3)).value_or(0);
        QList<AtFrame> frames{AtFrame::okFinal(text)};
        if (declared > 0) { // decision: "+OK=0" reads nothing and gives no data frame
            QVariantMap f;
            if (const auto socket = firstParameterInt(inFlight.command))
                f.insert(AtFields::Socket, *socket);
            frames << dataFrame(text, payload, declared, f);
        }
        return frames;
    }
    if (const auto v = AtText::after(text, "+SKTRPT=")) {
        m_blankLinesOwed = 0;
        const QList<QByteArray> p = AtText::splitParams(*v);
        QVariantMap f;
        f.insert(AtFields::Socket, int(AtText::toInt(p.value(0)).value_or(-1)));
        if (p.size() > 2)
            f.insert(AtFields::Ip, addressText(p.at(2)));
        if (const auto port = AtText::toInt(p.value(3)))
            f.insert(AtFields::Port, int(*port));
        const AtFrame data = dataFrame(text, payload, AtText::toInt(p.value(1)).value_or(0), f);
        const int socket = f.value(AtFields::Socket).toInt();
        if (m_servers.isEmpty() || socket < 0 || m_knownSockets.contains(socket))
            return {data};
        // Decision: the first data of a socket no AT+SKCT named while a TCP server listens
        // comes from a client the server accepted (the firmware says nothing on accept).
        m_knownSockets.insert(socket);
        return {AtFrame::urc(text, QLatin1String(AtEvents::SocketConnected), f), data};
    }
    if (const auto v = AtText::after(text, "+HTTPCRPT=")) {
        // [SDK] HTTP client body: a data frame of the HTTP session (not a socket).
        m_blankLinesOwed = 0;
        const QList<QByteArray> p = AtText::splitParams(*v);
        QVariantMap f;
        f.insert(QStringLiteral("session"), int(AtText::toInt(p.value(0)).value_or(-1)));
        return {dataFrame(text, payload, AtText::toInt(p.value(1)).value_or(0), f)};
    }
    if (const auto v = AtText::after(text, "+MQD:")) {
        // The message body, counted after the comma; the topic comes from the +MTOPIC before it.
        const qint64 declared = AtText::toInt(v->left(v->indexOf(','))).value_or(0);
        QVariantMap f;
        if (m_haveTopic)
            f.insert(AtFields::Topic, m_topic);
        f.insert(AtFields::Length, int(payload.size()));
        f.insert(AtFields::Payload, payload);
        if (payload.size() < declared)
            f.insert(QStringLiteral("expected"), int(declared));
        m_topic.clear();
        m_haveTopic = false;
        m_blankLinesOwed = 1; // the line end after the body shows up as a blank line
        AtFrame urc = AtFrame::urc(text, QLatin1String(AtEvents::MqttMessage), f);
        urc.payload = payload;
        return {urc};
    }
    // The unterminated echo of the command in flight (see unterminatedEcho()).
    return {AtFrame::line(text, AtFrame::Kind::Echo)};
}

bool Air602Dialect::isBusyFinal(const AtFrame &final) const
{
    // "+ERR=-8" System busy (§1.2.2): the engine retries the command later.
    return final.isFinal() && !final.ok && final.code.isValid() && final.code.toInt() == -8;
}

void Air602Dialect::moduleReset()
{
    m_replyStarted = false;
    m_blankLinesOwed = 0;
    m_topic.clear();
    m_haveTopic = false;
    m_subscribeTopics.clear();
    m_publishTopics.clear();
    m_creatingServer = false;
    m_knownSockets.clear();
    m_servers.clear();
}

std::unique_ptr<WifiCommands> Air602Dialect::wifiCommands() const
{
    return std::make_unique<Air602WifiCommands>();
}

std::unique_ptr<SocketCommands> Air602Dialect::socketCommands() const
{
    return std::make_unique<Air602SocketCommands>();
}

std::unique_ptr<MqttCommands> Air602Dialect::mqttCommands() const
{
    return std::make_unique<Air602MqttCommands>();
}
