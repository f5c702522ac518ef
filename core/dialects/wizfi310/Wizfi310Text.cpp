#include "Wizfi310Text.h"

#include "dialects/AtText.h"

namespace Wizfi310Text {

namespace {

// Headers and prompts longer than this are no header (FrameProbe contract).
constexpr qsizetype MaxHeaderLength = 512;
constexpr qsizetype MaxPromptLength = 64;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isIpChar(char c)
{
    return isDigit(c) || c == '.';
}

bool allDigits(QByteArrayView s, qsizetype minLen, qsizetype maxLen)
{
    if (s.size() < minLen || s.size() > maxLen)
        return false;
    for (const char c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

enum class Step { Ok, More, No };

// Reads one header field of accepted characters up to `end`; `i` moves past `end` on Ok.
Step field(QByteArrayView s, qsizetype &i, bool (*accept)(char), qsizetype minLen, qsizetype maxLen,
           char end, QByteArrayView *out)
{
    const qsizetype start = i;
    while (i < s.size() && accept(s[i])) {
        if (i - start >= maxLen)
            return Step::No;
        ++i;
    }
    if (i >= s.size())
        return Step::More;
    if (s[i] != end || i - start < minLen)
        return Step::No;
    *out = s.sliced(start, i - start);
    ++i;
    return Step::Ok;
}

FrameProbe fromStep(Step step)
{
    return step == Step::More ? FrameProbe::needMore() : FrameProbe::noMatch();
}

QByteArray joined(const QList<QByteArray> &parts, qsizetype from, qsizetype to, char sep)
{
    QByteArray out;
    for (qsizetype k = from; k < to; ++k) {
        if (k > from)
            out += sep;
        out += parts.at(k);
    }
    return out;
}

} // namespace

QByteArray commandName(const QByteArray &command)
{
    qsizetype end = 0;
    while (end < command.size() && command[end] != '=' && command[end] != '?')
        ++end;
    return command.left(end).trimmed().toUpper();
}

QByteArray commandParameters(const QByteArray &command)
{
    const qsizetype eq = command.indexOf('=');
    return eq < 0 ? QByteArray() : command.mid(eq + 1);
}

qsizetype indexOfNoCase(QByteArrayView text, QByteArrayView needle)
{
    for (qsizetype i = 0; i + needle.size() <= text.size(); ++i) {
        if (AtText::startsWithNoCase(text.sliced(i), needle))
            return i;
    }
    return -1;
}

std::optional<int> hexId(QByteArrayView text)
{
    const QByteArray t = text.toByteArray().trimmed();
    if (t.isEmpty() || t.size() > 2)
        return std::nullopt;
    for (const char c : t) {
        if (!isHex(c))
            return std::nullopt;
    }
    return t.toInt(nullptr, 16);
}

bool isMac(QByteArrayView text)
{
    if (text.size() != 17)
        return false;
    for (qsizetype i = 0; i < 17; ++i) {
        const bool colon = i % 3 == 2;
        if (colon ? text[i] != ':' : !isHex(text[i]))
            return false;
    }
    return true;
}

std::optional<QByteArray> labelValue(const QByteArray &line, QByteArrayView label)
{
    const auto rest = AtText::after(line.trimmed(), label);
    if (!rest || !rest->startsWith(':'))
        return std::nullopt;
    const QByteArray value = rest->mid(1).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

FrameProbe probeDataHeader(QByteArrayView s)
{
    qsizetype i = 1; // after '{'
    QByteArrayView id, ip, port, length;
    Step st = field(s, i, isHex, 1, 2, ',', &id);
    if (st != Step::Ok)
        return fromStep(st);
    st = field(s, i, isIpChar, 7, 15, ',', &ip);
    if (st != Step::Ok)
        return fromStep(st);
    if (!AtText::isIpv4(ip)) // "{...}" that is not a receive header stays a line
        return FrameProbe::noMatch();
    st = field(s, i, isDigit, 1, 5, ',', &port);
    if (st != Step::Ok)
        return fromStep(st);
    if (AtText::toInt(port).value_or(65536) > 65535)
        return FrameProbe::noMatch();
    st = field(s, i, isDigit, 1, 9, '}', &length);
    if (st != Step::Ok)
        return fromStep(st);
    return FrameProbe::payload(int(i), AtText::toInt(length).value_or(0));
}

bool splitMqttHeader(QByteArrayView header, QByteArray *topic, qint64 *length)
{
    // {Q,<topic>,<port: empty>,<len>}: the length is the last field before '}', the port field
    // before it; everything between "{Q," and the port field is the topic.
    if (header.size() < 4 || header.back() != '}')
        return false;
    const QByteArrayView inner = header.sliced(3, header.size() - 4);
    const qsizetype lastComma = inner.lastIndexOf(',');
    if (lastComma < 0 || !allDigits(inner.sliced(lastComma + 1), 1, 9))
        return false;
    const QByteArrayView before = inner.first(lastComma);
    const qsizetype portComma = before.lastIndexOf(',');
    if (portComma <= 0 || !allDigits(before.sliced(portComma + 1), 0, 5))
        return false;
    if (topic)
        *topic = before.first(portComma).toByteArray();
    if (length)
        *length = AtText::toInt(inner.sliced(lastComma + 1)).value_or(0);
    return true;
}

FrameProbe probeMqttHeader(QByteArrayView s)
{
    if (s.size() < 3)
        return FrameProbe::needMore();
    if (s[2] != ',')
        return FrameProbe::noMatch();
    for (qsizetype i = 3; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\r' || c == '\n' || i >= MaxHeaderLength)
            return FrameProbe::noMatch();
        qint64 length = 0;
        // The topic may itself contain '}': the first '}' that closes a valid header wins.
        if (c == '}' && splitMqttHeader(s.first(i + 1), nullptr, &length))
            return FrameProbe::payload(int(i + 1), length);
    }
    return FrameProbe::needMore();
}

bool isSendPromptInner(QByteArrayView inner)
{
    const QList<QByteArray> f = inner.toByteArray().split(',');
    if (f.size() != 4 && f.size() != 5)
        return false;
    if (!hexId(f[0]) || f[0] != f[0].trimmed())
        return false;
    if (!f[1].isEmpty() && !AtText::isIpv4(f[1]))
        return false;
    if (!allDigits(f[2], 0, 5) || !allDigits(f[3], 1, 9))
        return false;
    return f.size() == 4 || allDigits(f[4], 1, 9);
}

FrameProbe probeSendPrompt(QByteArrayView s)
{
    int commas = 0;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ']')
            return isSendPromptInner(s.sliced(1, i - 1)) ? FrameProbe::prompt(int(i + 1))
                                                         : FrameProbe::noMatch();
        if (c == ',')
            ++commas;
        if (!(isHex(c) || c == '.' || c == ',') || commas > 4 || i > MaxPromptLength)
            return FrameProbe::noMatch();
    }
    return FrameProbe::needMore();
}

FrameProbe probePublishPrompt(QByteArrayView s, qint64 expected)
{
    for (qsizetype i = 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ']') {
            const auto n = AtText::toInt(s.sliced(1, i - 1));
            const bool match = i > 1 && n && (expected < 0 || *n == expected);
            return match ? FrameProbe::prompt(int(i + 1)) : FrameProbe::noMatch();
        }
        if (!isDigit(c) || i > 10)
            return FrameProbe::noMatch();
    }
    return FrameProbe::needMore();
}

bool isPromptLine(const QByteArray &t, const InFlight &inFlight)
{
    const bool bracketed = t.size() >= 3 && t.front() == '[' && t.back() == ']';
    if (inFlight.is("AT+SSEND"))
        return bracketed && isSendPromptInner(QByteArrayView(t).sliced(1, t.size() - 2));
    if (inFlight.is("AT+MQTTPUB")) {
        // The manual prints "<Length>", the firmware "[<len>]".
        const QByteArray digits = bracketed ? t.mid(1, t.size() - 2) : t;
        const qint64 expected = inFlight.traits.payloadLength;
        return allDigits(digits, 1, 10) &&
               (expected < 0 || AtText::toInt(digits).value_or(-1) == expected);
    }
    return false;
}

bool parseScanRow(const QByteArray &line, QVariantMap *fields)
{
    // The manual shows only the header; the row shape is taken from it. The SSID may contain
    // '/', so the BSSID (the first MAC-shaped field) anchors it and the rest is read from the end:
    // <rssi>/.../<security>/<band>/<channel>.
    const QList<QByteArray> parts = line.split('/');
    if (parts.size() < 5)
        return false;
    qsizetype b = -1;
    for (qsizetype k = 2; k < parts.size() && b < 0; ++k) {
        if (isMac(parts.at(k).trimmed()))
            b = k;
    }
    if (b < 0)
        return false;
    const QList<QByteArray> rest = parts.mid(b + 1);
    if (rest.size() < 3)
        return false;
    fields->insert(QString::fromLatin1(AtFields::Ssid),
                   QString::fromUtf8(joined(parts, 1, b, '/')));
    fields->insert(QString::fromLatin1(AtFields::Bssid),
                   QString::fromLatin1(parts.at(b).trimmed()));
    if (const auto rssi = AtText::toInt(rest.first())) // "RSSI(-dBm)": printed without the sign
        fields->insert(QString::fromLatin1(AtFields::Rssi), int(*rssi > 0 ? -*rssi : *rssi));
    if (const auto channel = AtText::toInt(rest.last()))
        fields->insert(QString::fromLatin1(AtFields::Channel), int(*channel));
    const QByteArray security = rest.size() >= 4 ? rest.at(rest.size() - 3) : rest.at(1);
    fields->insert(QString::fromLatin1(AtFields::Security), QString::fromUtf8(security.trimmed()));
    return true;
}

bool parseStatusRow(const QByteArray &line, QVariantMap *fields)
{
    // <IF>/<SSID>/<IP>/<GW>/<MAC>/<TxPower>/<RSSI>, read from both ends (the SSID may hold '/').
    const QList<QByteArray> parts = line.split('/');
    const qsizetype n = parts.size();
    if (n < 7 || AtText::equalsNoCase(parts.first().trimmed(), "IF"))
        return false;
    fields->insert(QStringLiteral("interface"), QString::fromUtf8(parts.first().trimmed()));
    const QByteArray ssid = joined(parts, 1, n - 5, '/');
    if (!ssid.isEmpty())
        fields->insert(QString::fromLatin1(AtFields::Ssid), QString::fromUtf8(ssid));
    const QByteArray ip = parts.at(n - 5).trimmed();
    if (AtText::isIpv4(ip))
        fields->insert(QString::fromLatin1(AtFields::Ip), QString::fromLatin1(ip));
    const QByteArray gateway = parts.at(n - 4).trimmed();
    if (AtText::isIpv4(gateway))
        fields->insert(QString::fromLatin1(AtFields::Gateway), QString::fromLatin1(gateway));
    const QByteArray mac = parts.at(n - 3).trimmed();
    if (isMac(mac))
        fields->insert(QString::fromLatin1(AtFields::Mac), QString::fromLatin1(mac));
    if (const auto rssi = AtText::toInt(parts.at(n - 1)))
        fields->insert(QString::fromLatin1(AtFields::Rssi), int(*rssi > 0 ? -*rssi : *rssi));
    return true;
}

} // namespace Wizfi310Text
