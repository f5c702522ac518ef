#include "AtText.h"

namespace AtText {

QList<QByteArray> splitParams(QByteArrayView text)
{
    QList<QByteArray> out;
    QByteArray field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            field += c;
            if (c == '\\' && i + 1 < text.size()) {
                field += text[++i];
            } else if (c == '"') {
                inQuotes = false;
            }
        } else if (c == ',') {
            out << field.trimmed();
            field.clear();
        } else {
            if (c == '"')
                inQuotes = true;
            field += c;
        }
    }
    out << field.trimmed();
    return out;
}

QByteArray unquote(QByteArrayView field)
{
    QByteArray f = field.toByteArray().trimmed();
    if (f.size() < 2 || f.front() != '"' || f.back() != '"')
        return f;
    QByteArray out;
    out.reserve(f.size() - 2);
    for (qsizetype i = 1; i + 1 < f.size(); ++i) {
        if (f[i] == '\\' && i + 2 < f.size())
            ++i;
        out += f[i];
    }
    return out;
}

std::optional<qint64> toInt(QByteArrayView field)
{
    const QByteArray f = field.toByteArray().trimmed();
    if (f.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = f.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() &&
           qstrnicmp(text.data(), prefix.size(), prefix.data(), prefix.size()) == 0;
}

bool equalsNoCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

std::optional<QByteArray> after(QByteArrayView text, QByteArrayView prefix)
{
    if (!startsWithNoCase(text, prefix))
        return std::nullopt;
    return text.sliced(prefix.size()).toByteArray().trimmed();
}

bool isIpv4(QByteArrayView text)
{
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            if (++digits > 3)
                return false;
            value = value * 10 + (c - '0');
            if (value > 255)
                return false;
        } else if (c == '.') {
            if (digits == 0 || ++parts > 3)
                return false;
            digits = value = 0;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
int utf8SequenceLength(QByteArrayView s, qsizetype i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    int n = 0;
    if (b < 0x80)
        return 1;
    if ((b & 0xE0) == 0xC0 && b >= 0xC2)
        n = 2;
    else if ((b & 0xF0) == 0xE0)
        n = 3;
    else if ((b & 0xF8) == 0xF0 && b <= 0xF4)
        n = 4;
    else
        return 0;
    if (i + n > s.size())
        return 0;
    for (int k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
            return 0;
    }
    return n;
}

bool isTextByteAt(QByteArrayView s, qsizetype i, int *len)
{
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 && b != '\t') {
        *len = 1;
        return false;
    }
    if (b == 0x7F) {
        *len = 1;
        return false;
    }
    const int n = utf8SequenceLength(s, i);
    *len = n == 0 ? 1 : n;
    return n != 0;
}

} // namespace

int garbagePrefixLength(QByteArrayView line)
{
    qsizetype lastBad = -1;
    qsizetype i = 0;
    while (i < line.size()) {
        int len = 1;
        if (!isTextByteAt(line, i, &len))
            lastBad = i + len;
        i += len;
    }
    return int(lastBad < 0 ? 0 : lastBad);
}

bool containsGarbage(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        int len = 1;
        if (!isTextByteAt(line, i, &len))
            return true;
        i += len;
    }
    return false;
}

PrefixMatch matchPrefix(QByteArrayView have, QByteArrayView full)
{
    if (have.size() >= full.size())
        return startsWithNoCase(have, full) ? PrefixMatch::Full : PrefixMatch::No;
    return startsWithNoCase(full, have) ? PrefixMatch::Partial : PrefixMatch::No;
}

} // namespace AtText
