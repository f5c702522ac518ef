#include "Pic32mzw1Text.h"

#include "Pic32mzw1Dialect.h"
#include "dialects/AtText.h"

#include <QCoreApplication>
#include <cctype>
#include <limits>

namespace Pic32mzw1Text {

QString tr(const char *text)
{
    return QCoreApplication::translate("Pic32mzw1Dialect", text);
}

bool isCommand(const QByteArray &command, const char *name)
{
    InFlight f;
    f.command = command;
    return f.is(name);
}

QList<QByteArray> commandParams(const QByteArray &command)
{
    const qsizetype eq = command.indexOf('=');
    return eq < 0 ? QList<QByteArray>{} : AtText::splitParams(command.mid(eq + 1));
}

std::optional<int> intAt(const QList<QByteArray> &p, qsizetype i)
{
    if (i >= p.size())
        return std::nullopt;
    const auto v = AtText::toInt(p.at(i));
    if (!v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*v);
}

QString textAt(const QList<QByteArray> &p, qsizetype i)
{
    return i < p.size() ? QString::fromUtf8(Pic32mzw1Dialect::decodeString(p.at(i))) : QString();
}

// The socket a command names (its first parameter), -1 when none.
int commandSocket(const QByteArray &command)
{
    return intAt(commandParams(command), 0).value_or(-1);
}

// Decision: leading CR and '>' are the firmware's echo-mode prompt artefacts (digest 2.5, 2.8
// rule 1), never content; they are stripped before a line is classified.
QByteArray cleanLine(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == '\r' || line.at(i) == '>'))
        ++i;
    return line.mid(i).trimmed();
}

// The text after "ERROR": "", ":<n>", ":<n>,\"text\"", ":\"text\"" (the firmware's verbosity
// levels 2..5, digest 2.1). Without text the firmware's table gives the message.
Status parseStatus(QByteArrayView tail)
{
    QByteArray t = tail.toByteArray().trimmed();
    if (t.startsWith(':'))
        t = t.mid(1).trimmed();
    if (t.isEmpty())
        return {};
    if (t.front() == '"' || t.front() == '[')
        return {QVariant(), QString::fromUtf8(Pic32mzw1Dialect::decodeString(t))};
    const qsizetype comma = t.indexOf(',');
    const auto code = AtText::toInt(comma < 0 ? t : t.left(comma));
    if (!code || *code < 0 || *code > std::numeric_limits<int>::max())
        return {QVariant(), QString::fromUtf8(Pic32mzw1Dialect::decodeString(t))};
    Status s;
    s.code = int(*code);
    if (comma >= 0)
        s.message = QString::fromUtf8(Pic32mzw1Dialect::decodeString(t.mid(comma + 1)));
    if (s.message.isEmpty())
        s.message = Pic32mzw1Dialect::errorMessage(int(*code));
    return s;
}

QVariantMap statusFields(const Status &s)
{
    QVariantMap f;
    if (s.code.isValid())
        f.insert(AtFields::Code, s.code);
    f.insert(QStringLiteral("message"), s.message);
    return f;
}

bool isReadBinary(const InFlight &inFlight)
{
    return inFlight.is("AT+SOCKRD") && intAt(commandParams(inFlight.command), 1) == 2;
}

bool isSendCommand(const QByteArray &command, int *dataIndex)
{
    if (isCommand(command, "AT+SOCKWR")) {
        *dataIndex = 2;
        return true;
    }
    // Decision: the manual's body spells +SOCKWRT0 (digit zero), its TOC and the firmware
    // +SOCKWRTO (letter O); both are accepted.
    if (isCommand(command, "AT+SOCKWRTO") || isCommand(command, "AT+SOCKWRT0")) {
        *dataIndex = 4;
        return true;
    }
    return false;
}

} // namespace Pic32mzw1Text

QByteArray Pic32mzw1Dialect::decodeString(QByteArrayView field, bool *ok)
{
    const QByteArray f = field.toByteArray().trimmed();
    if (ok)
        *ok = true;
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') {
        QByteArray out;
        out.reserve(f.size() - 2);
        for (qsizetype i = 1; i + 1 < f.size(); ++i) {
            char c = f.at(i);
            if (c == '\\' && i + 2 < f.size()) {
                c = f.at(++i);
                switch (c) {
                case '0':
                    c = '\0';
                    break;
                case 'a':
                    c = '\a';
                    break;
                case 'b':
                    c = '\b';
                    break;
                case 'e':
                    c = '\x1b';
                    break;
                case 'f':
                    c = '\f';
                    break;
                case 'n':
                    c = '\n';
                    break;
                case 'r':
                    c = '\r';
                    break;
                case 't':
                    c = '\t';
                    break;
                case 'v':
                    c = '\v';
                    break;
                default:
                    break; // \" and \\ stand for themselves
                }
            }
            out += c;
        }
        return out;
    }
    if (f.size() >= 2 && f.front() == '[' && f.back() == ']') {
        const QByteArray hex = f.mid(1, f.size() - 2);
        bool valid = hex.size() % 2 == 0;
        for (const char c : hex)
            valid = valid && std::isxdigit(static_cast<unsigned char>(c));
        if (valid)
            return QByteArray::fromHex(hex);
        if (ok)
            *ok = false;
        return f;
    }
    if (ok && (f.startsWith('"') || f.startsWith('[')))
        *ok = false; // an unterminated string
    return f;
}
