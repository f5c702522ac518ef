#pragma once

// Parameter parsing as the WizFi250 firmware does it (WXParse_* in the v1.0.5.2 source, as the
// digest describes it): comma-separated fields in fixed order, an empty field counts as "not
// given", a field that starts with '"' runs to the closing quote (\" escapes one) and may hold
// commas; numbers and addresses skip leading spaces, strings keep them.

#include <QByteArray>
#include <QHostAddress>
#include <optional>

namespace Wizfi250Params {

class Reader
{
public:
    explicit Reader(const QByteArray &args)
        : m_text(args)
    {}

    // The next field; nullopt when it is empty or there is none.
    std::optional<QByteArray> next()
    {
        if (m_pos > m_text.size())
            return std::nullopt;
        QByteArray field;
        qsizetype i = m_pos;
        if (i < m_text.size() && m_text.at(i) == '"') {
            ++i;
            while (i < m_text.size() && m_text.at(i) != '"') {
                if (m_text.at(i) == '\\' && i + 1 < m_text.size())
                    ++i;
                field += m_text.at(i++);
            }
            while (i < m_text.size() && m_text.at(i) != ',')
                ++i; // the closing quote and anything up to the comma
        } else {
            while (i < m_text.size() && m_text.at(i) != ',')
                field += m_text.at(i++);
        }
        m_pos = i + 1; // past the comma (or past the end)
        if (field.isEmpty())
            return std::nullopt;
        return field;
    }
    // Everything after the fields taken so far (the firmware's "rest of the line" values).
    QByteArray rest() const { return m_pos < m_text.size() ? m_text.mid(m_pos) : QByteArray(); }

private:
    QByteArray m_text;
    qsizetype m_pos = 0;
};

inline QByteArray skipSpaces(const QByteArray &field)
{
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == ' ')
        ++i;
    return field.mid(i);
}

// A decimal number (leading spaces allowed, nothing after the digits).
inline std::optional<qint64> toInt(const std::optional<QByteArray> &field)
{
    if (!field)
        return std::nullopt;
    const QByteArray digits = skipSpaces(*field);
    if (digits.isEmpty() || digits.size() > 12)
        return std::nullopt;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return digits.toLongLong();
}

inline std::optional<quint32> toHex(const std::optional<QByteArray> &field)
{
    if (!field)
        return std::nullopt;
    const QByteArray digits = skipSpaces(*field);
    if (digits.isEmpty() || digits.size() > 8)
        return std::nullopt;
    bool ok = false;
    const quint32 v = digits.toUInt(&ok, 16);
    return ok ? std::optional<quint32>(v) : std::nullopt;
}

// A dotted IPv4 address.
inline std::optional<QHostAddress> toIp(const std::optional<QByteArray> &field)
{
    if (!field)
        return std::nullopt;
    const QList<QByteArray> parts = skipSpaces(*field).split('.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 v = 0;
    for (const QByteArray &p : parts) {
        const auto n = toInt(p);
        if (!n || *n > 255 || p.size() > 3)
            return std::nullopt;
        v = (v << 8) | quint32(*n);
    }
    return QHostAddress(v);
}

// xx:xx:xx:xx:xx:xx; returns the six bytes.
inline std::optional<QByteArray> toMac(const std::optional<QByteArray> &field)
{
    if (!field)
        return std::nullopt;
    const QList<QByteArray> parts = skipSpaces(*field).split(':');
    if (parts.size() != 6)
        return std::nullopt;
    QByteArray out;
    for (const QByteArray &p : parts) {
        bool ok = false;
        const uint v = p.toUInt(&ok, 16);
        if (!ok || p.size() > 2 || v > 255)
            return std::nullopt;
        out += char(v);
    }
    return out;
}

inline QByteArray macText(const QByteArray &bytes, bool upper)
{
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i)
            out += ':';
        out += QByteArray::number(uchar(bytes.at(i)), 16).rightJustified(2, '0');
    }
    return upper ? out.toUpper() : out.toLower();
}

inline QByteArray ipText(const QHostAddress &a)
{
    return a.isNull() ? QByteArray("0.0.0.0") : a.toString().toLatin1();
}

} // namespace Wizfi250Params
