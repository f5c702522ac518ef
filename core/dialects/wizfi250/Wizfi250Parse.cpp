#include "Wizfi250Parse.h"

#include "Wizfi250Dialect.h"

#include "dialects/AtText.h"
#include "engine/AtEvent.h"

#include <QCoreApplication>

namespace Wizfi250Parse {

namespace {

constexpr qint64 MaxLength = Wizfi250Dialect::MaxReceiveLength;
constexpr qsizetype MaxHeader = Wizfi250Dialect::MaxHeaderLength;

enum class Step { Ok, NeedMore, Fail };

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isIpChar(char c)
{
    return isDigit(c) || c == '.';
}

// One field of a data header: optional spaces, 1..maxLen accepted bytes, optional spaces, then
// `terminator`. Fail is final for these bytes; NeedMore only while the field may still be valid.
Step readField(QByteArrayView s, qsizetype &i, bool (*accept)(char), int maxLen, char terminator,
               QByteArray *out)
{
    const auto skipSpaces = [&] {
        while (i < s.size() && s[i] == ' ' && i < MaxHeader)
            ++i;
    };
    skipSpaces(); // the firmware prints no spaces; accepted anyway (lenient)
    if (i >= MaxHeader)
        return Step::Fail;
    if (i >= s.size())
        return Step::NeedMore;
    const qsizetype start = i;
    while (i < s.size() && accept(s[i])) {
        if (i - start >= maxLen)
            return Step::Fail;
        ++i;
    }
    if (i >= s.size())
        return Step::NeedMore;
    if (i == start)
        return Step::Fail;
    *out = s.sliced(start, i - start).toByteArray();
    skipSpaces();
    if (i >= MaxHeader)
        return Step::Fail;
    if (i >= s.size())
        return Step::NeedMore;
    if (s[i] != terminator)
        return Step::Fail;
    ++i;
    return Step::Ok;
}

HeaderScan fromStep(Step step)
{
    return step == Step::NeedMore ? HeaderScan::NeedMore : HeaderScan::NoMatch;
}

// {<id>,<ip>,<port>,<len>}
HeaderScan scanData(QByteArrayView s, ReceiveHeader *h)
{
    qsizetype i = 1;
    QByteArray id, ip, port, length;
    Step step = readField(s, i, isHexDigit, 2, ',', &id);
    if (step != Step::Ok)
        return fromStep(step);
    step = readField(s, i, isIpChar, 15, ',', &ip);
    if (step != Step::Ok)
        return fromStep(step);
    // The IP check is what keeps AT+FGPIO=? output ({1,1,3,0},...) from being taken for a header.
    if (!AtText::isIpv4(ip))
        return HeaderScan::NoMatch;
    step = readField(s, i, isDigit, 5, ',', &port);
    if (step != Step::Ok)
        return fromStep(step);
    if (port.toInt() > 65535)
        return HeaderScan::NoMatch;
    step = readField(s, i, isDigit, 5, '}', &length);
    if (step != Step::Ok)
        return fromStep(step);
    if (length.toLongLong() > MaxLength)
        return HeaderScan::NoMatch;
    if (h) {
        h->mqtt = false;
        h->socket = id.toInt(nullptr, 16);
        h->ip = ip;
        h->port = port.toInt();
        h->length = length.toLongLong();
        h->headerLength = int(i);
    }
    return HeaderScan::Match;
}

// {Q,<topic>,,<len>}: the topic runs up to the first ",,<digits>}".
HeaderScan scanMqtt(QByteArrayView s, ReceiveHeader *h)
{
    if (s.size() < 3)
        return HeaderScan::NeedMore;
    if (s[2] != ',')
        return HeaderScan::NoMatch;
    for (qsizetype j = 3; j < s.size(); ++j) {
        const char c = s[j];
        if (c == '\r' || c == '\n' || j >= MaxHeader)
            return HeaderScan::NoMatch;
        if (c != '}')
            continue;
        qsizetype k = j - 1;
        while (k >= 3 && isDigit(s[k]))
            --k;
        const qsizetype digits = j - 1 - k;
        if (digits < 1 || digits > 5 || k - 1 < 3 || s[k] != ',' || s[k - 1] != ',')
            continue;
        const qint64 length = s.sliced(k + 1, digits).toByteArray().toLongLong();
        if (length > MaxLength)
            return HeaderScan::NoMatch;
        if (h) {
            h->mqtt = true;
            h->topic = s.sliced(3, k - 1 - 3).toByteArray();
            h->length = length;
            h->headerLength = int(j + 1);
        }
        return HeaderScan::Match;
    }
    return HeaderScan::NeedMore;
}

QList<QByteArray> splitSlash(const QByteArray &line)
{
    QList<QByteArray> parts = line.split('/');
    for (QByteArray &p : parts)
        p = p.trimmed();
    return parts;
}

QByteArray joinRange(const QList<QByteArray> &parts, qsizetype from, qsizetype to)
{
    QByteArray out;
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            out += '/';
        out += parts.at(i);
    }
    return out;
}

} // namespace

HeaderScan scanReceiveHeader(QByteArrayView s, ReceiveHeader *header)
{
    if (s.isEmpty())
        return HeaderScan::NeedMore;
    if (s[0] != '{')
        return HeaderScan::NoMatch;
    if (s.size() < 2)
        return HeaderScan::NeedMore;
    if (s[1] == 'Q' || s[1] == 'q')
        return scanMqtt(s, header);
    return scanData(s, header);
}

QByteArray commandName(const QByteArray &command)
{
    const QByteArray c = command.trimmed();
    qsizetype end = 0;
    while (end < c.size() && c[end] != '=' && c[end] != '?')
        ++end;
    return c.left(end).toUpper();
}

QList<QByteArray> commandParams(const QByteArray &command)
{
    const qsizetype eq = command.indexOf('=');
    if (eq < 0)
        return {};
    return AtText::splitParams(command.mid(eq + 1).trimmed());
}

bool isQuery(const QByteArray &command)
{
    return command.trimmed().endsWith('?');
}

QVariant errorCode(const QByteArray &inner)
{
    QByteArray rest = inner.trimmed().mid(int(strlen("ERROR"))).trimmed();
    if (rest.startsWith(':'))
        rest = rest.mid(1).trimmed();
    if (rest.isEmpty())
        return {};
    return QString::fromUtf8(rest);
}

QString errorMessage(const QByteArray &code)
{
    // Meanings from the guide's "Responses" table.
    if (code.isEmpty())
        return QCoreApplication::translate("Wizfi250Dialect", "Command request failed");
    if (AtText::equalsNoCase(code, "INVALID INPUT"))
        return QCoreApplication::translate("Wizfi250Dialect", "Wrong command or parameter");
    if (AtText::equalsNoCase(code, "INVALID SCID"))
        return QCoreApplication::translate("Wizfi250Dialect", "Wrong socket ID");
    if (AtText::equalsNoCase(code, "WiFi Status"))
        return QCoreApplication::translate(
            "Wizfi250Dialect",
            "Wrong Wi-Fi status (some commands work only while Wi-Fi is joined)");
    if (AtText::equalsNoCase(code, "Mode Status"))
        return QCoreApplication::translate(
            "Wizfi250Dialect", "Wrong mode status (some commands do not work in data mode)");
    return QCoreApplication::translate("Wizfi250Dialect", "Module error: %1")
        .arg(QString::fromUtf8(code));
}

bool isMac(QByteArrayView text)
{
    if (text.size() != 17)
        return false;
    for (qsizetype i = 0; i < 17; ++i) {
        if (i % 3 == 2 ? text[i] != ':' : !isHexDigit(text[i]))
            return false;
    }
    return true;
}

std::optional<int> hexSocket(QByteArrayView text)
{
    const QByteArray t = text.toByteArray().trimmed();
    if (t.isEmpty() || t.size() > 2)
        return std::nullopt;
    bool ok = false;
    const int v = t.toInt(&ok, 16);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<QByteArray> labelValue(const QByteArray &trimmedLine, QByteArrayView label)
{
    if (!AtText::startsWithNoCase(trimmedLine, label))
        return std::nullopt;
    const QByteArray rest = trimmedLine.mid(label.size()).trimmed();
    if (!rest.startsWith(':'))
        return std::nullopt;
    return rest.mid(1).trimmed();
}

std::optional<QVariantMap> scanRow(const QByteArray &trimmedLine)
{
    const QList<QByteArray> f = splitSlash(trimmedLine);
    if (f.size() < 8 || !AtText::toInt(f.at(0)))
        return std::nullopt;
    // [F] rows have a network-type column (Infra/Adhoc) the guide's header lacks: find the BSSID
    // from the end, since the SSID may contain '/'.
    qsizetype b = -1;
    if (f.size() >= 9 && isMac(f.at(f.size() - 7)))
        b = f.size() - 7;
    else if (isMac(f.at(f.size() - 6)))
        b = f.size() - 6;
    if (b < 2)
        return std::nullopt;
    QVariantMap m;
    m.insert(AtFields::Ssid, QString::fromUtf8(joinRange(f, 1, b)));
    m.insert(AtFields::Bssid, QString::fromUtf8(f.at(b)));
    if (const auto rssi = AtText::toInt(f.at(b + 1)))
        m.insert(AtFields::Rssi, -int(qAbs(*rssi))); // the column is "RSSI(-dBm)"
    if (const auto channel = AtText::toInt(f.last()))
        m.insert(AtFields::Channel, int(*channel));
    m.insert(AtFields::Security, QString::fromUtf8(f.at(f.size() - 3)));
    return m;
}

std::optional<QVariantMap> statusRow(const QByteArray &trimmedLine)
{
    const QList<QByteArray> f = splitSlash(trimmedLine);
    if (f.size() < 7 || f.at(0).isEmpty() || !isMac(f.at(f.size() - 3)))
        return std::nullopt;
    const qsizetype n = f.size();
    QVariantMap m;
    m.insert(QStringLiteral("interface"), QString::fromUtf8(f.at(0)));
    const QByteArray ssid = joinRange(f, 1, n - 5);
    if (!ssid.isEmpty())
        m.insert(AtFields::Ssid, QString::fromUtf8(ssid));
    if (!f.at(n - 5).isEmpty())
        m.insert(AtFields::Ip, QString::fromUtf8(f.at(n - 5)));
    if (!f.at(n - 4).isEmpty())
        m.insert(AtFields::Gateway, QString::fromUtf8(f.at(n - 4)));
    m.insert(AtFields::Mac, QString::fromUtf8(f.at(n - 3)));
    if (const auto tx = AtText::toInt(f.at(n - 2)))
        m.insert(QStringLiteral("txpower"), int(*tx));
    if (const auto rssi = AtText::toInt(f.at(n - 1)))
        m.insert(AtFields::Rssi, -int(qAbs(*rssi))); // printed as |RSSI| under "RSSI(-dBm)"
    return m;
}

std::optional<QVariantMap> socketRow(const QByteArray &trimmedLine)
{
    const QList<QByteArray> f = splitSlash(trimmedLine);
    if (f.size() != 5)
        return std::nullopt;
    const auto socket = AtText::toInt(f.at(0));
    const qsizetype colon = f.at(2).lastIndexOf(':');
    if (!socket || colon < 0)
        return std::nullopt;
    QVariantMap m;
    m.insert(AtFields::Socket, int(*socket));
    m.insert(QStringLiteral("type"), QString::fromUtf8(f.at(1)));
    m.insert(AtFields::Ip, QString::fromUtf8(f.at(2).left(colon)));
    // The guide prints a listening UDP server as 0.0.0.0:/8000 (empty port): no port then.
    if (const auto port = AtText::toInt(f.at(2).mid(colon + 1)))
        m.insert(AtFields::Port, int(*port));
    if (const auto local = AtText::toInt(f.at(3)))
        m.insert(QStringLiteral("localport"), int(*local));
    if (const auto dataMode = AtText::toInt(f.at(4)))
        m.insert(QStringLiteral("datamode"), int(*dataMode));
    return m;
}

} // namespace Wizfi250Parse
