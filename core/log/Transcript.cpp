#include "Transcript.h"

#include <QCoreApplication>

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

QByteArray Transcript::unescape(QByteArrayView escaped, QString *problem)
{
    QByteArray out;
    out.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (i + 1 >= escaped.size()) {
            out += c; // a lone trailing backslash is taken as itself
            if (problem)
                *problem = QCoreApplication::translate("Transcript", "backslash at end of line");
            continue;
        }
        const char e = escaped[++i];
        switch (e) {
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case '\\':
            out += '\\';
            break;
        case 'x': {
            const int hi = i + 1 < escaped.size() ? hexValue(escaped[i + 1]) : -1;
            const int lo = i + 2 < escaped.size() ? hexValue(escaped[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                out += "\\x";
                if (problem)
                    *problem = QCoreApplication::translate(
                        "Transcript", "\\x needs exactly two hex digits; taken as written");
                break;
            }
            out += char(hi * 16 + lo);
            i += 2;
            break;
        }
        default:
            out += '\\';
            out += e;
            if (problem)
                *problem = QCoreApplication::translate("Transcript",
                                                       "unknown escape \\%1; taken as written")
                               .arg(QLatin1Char(e));
        }
    }
    return out;
}

QByteArray Transcript::escape(QByteArrayView bytes)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 4);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        switch (b) {
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            // A trailing space would be invisible (and trimmed by editors): escape it.
            if (b < 0x20 || b >= 0x7F || (b == ' ' && i + 1 == bytes.size())) {
                out += "\\x";
                out += digits[b >> 4];
                out += digits[b & 15];
            } else {
                out += char(b);
            }
        }
    }
    return out;
}

QByteArray Transcript::formatLine(const TranscriptEntry &entry)
{
    QByteArray line;
    if (entry.timestamp >= 0)
        line += '@' + QByteArray::number(entry.timestamp, 'f', 6) + ' ';
    line += entry.direction == TranscriptEntry::Direction::FromModule ? "<< " : ">> ";
    line += escape(entry.bytes);
    return line;
}

QList<TranscriptEntry> Transcript::parse(const QByteArray &text, QList<TranscriptProblem> *problems)
{
    QList<TranscriptEntry> entries;
    const auto report = [problems](int line, const QString &message) {
        if (problems)
            problems->append({line, message});
    };
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        QByteArrayView line(text.constData() + pos, nl - pos);
        pos = nl + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1); // a file saved with CRLF line ends: the CR is the file's, not data
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        TranscriptEntry entry;
        entry.lineNumber = lineNumber;
        if (line.startsWith('@')) {
            const qsizetype space = line.indexOf(' ');
            bool ok = false;
            const double ts = space > 1 ? line.sliced(1, space - 1).toDouble(&ok) : 0;
            if (!ok) {
                report(lineNumber, QCoreApplication::translate("Transcript", "bad time stamp"));
                continue;
            }
            entry.timestamp = ts;
            line = line.sliced(space + 1);
        }
        if (line.startsWith("<<")) {
            entry.direction = TranscriptEntry::Direction::FromModule;
        } else if (line.startsWith(">>")) {
            entry.direction = TranscriptEntry::Direction::ToModule;
        } else {
            report(lineNumber, QCoreApplication::translate(
                                   "Transcript", "line does not start with << or >>; skipped"));
            continue;
        }
        line = line.sliced(2);
        if (line.startsWith(' '))
            line = line.sliced(1);
        else if (!line.isEmpty())
            report(lineNumber, QCoreApplication::translate("Transcript",
                                                           "no space after the direction marker"));
        QString problem;
        entry.bytes = unescape(line, &problem);
        if (!problem.isEmpty())
            report(lineNumber, problem);
        entries << entry;
    }
    return entries;
}
