#include "Wizfi360ModuleUtil.h"

namespace Wizfi360Util {

bool parseParams(const QByteArray &text, QList<Wizfi360Module::Param> *out)
{
    out->clear();
    if (text.isEmpty())
        return true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text[i] == ' ')
            ++i;
        Wizfi360Module::Param p;
        if (i < n && text[i] == '"') {
            p.quoted = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = text[i++];
                if (c == '\\' && i < n) {
                    p.value += text[i++];
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    p.value += c;
                }
            }
            if (!closed)
                return false;
            while (i < n && text[i] == ' ')
                ++i;
            if (i < n && text[i] != ',')
                return false;
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != ',')
                ++i;
            p.value = text.mid(start, i - start).trimmed();
            if (p.value.contains('"'))
                return false;
        }
        out->append(p);
        if (i >= n)
            return true;
        ++i; // the comma
    }
}

bool has(const Cmd &cmd, int i)
{
    return i >= 0 && i < cmd.params.size();
}

bool num(const Cmd &cmd, int i, qint64 min, qint64 max, qint64 *value)
{
    if (!has(cmd, i))
        return false;
    const Wizfi360Module::Param &p = cmd.params.at(i);
    if (p.quoted || p.value.isEmpty())
        return false;
    for (qsizetype k = 0; k < p.value.size(); ++k) {
        const char c = p.value[k];
        if (!((c >= '0' && c <= '9') || (k == 0 && c == '-' && p.value.size() > 1)))
            return false;
    }
    bool ok = false;
    const qint64 v = p.value.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

bool str(const Cmd &cmd, int i, QByteArray *value, int maxLength)
{
    if (!has(cmd, i) || !cmd.params.at(i).quoted)
        return false;
    if (maxLength >= 0 && cmd.params.at(i).value.size() > maxLength)
        return false;
    *value = cmd.params.at(i).value;
    return true;
}

std::optional<QHostAddress> parseIpv4(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 v = 0;
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        bool ok = false;
        const int octet = part.toInt(&ok);
        if (!ok || octet < 0 || octet > 255)
            return std::nullopt;
        v = (v << 8) | quint32(octet);
    }
    return QHostAddress(v);
}

bool ip(const Cmd &cmd, int i, QHostAddress *value)
{
    QByteArray text;
    if (!str(cmd, i, &text))
        return false;
    const auto a = parseIpv4(text);
    if (!a)
        return false;
    *value = *a;
    return true;
}

std::optional<QByteArray> parseMac(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 6)
        return std::nullopt;
    for (const QByteArray &part : parts) {
        if (part.size() != 2)
            return std::nullopt;
        bool ok = false;
        part.toInt(&ok, 16);
        if (!ok)
            return std::nullopt;
    }
    return text.toLower();
}

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

QByteArray ipText(const QHostAddress &address)
{
    return address.isNull() ? QByteArray("0.0.0.0") : address.toString().toLatin1();
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace Wizfi360Util
