#include "SessionExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {
bool save(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("SessionLog", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("SessionLog", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

// Length of the well-formed UTF-8 sequence at i, or 0.
qsizetype utf8Length(const QByteArray &b, qsizetype i)
{
    const auto at = [&b](qsizetype k) { return static_cast<unsigned char>(b[k]); };
    const unsigned char c = at(i);
    qsizetype len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; // no overlong forms
        if (c == 0xED)
            hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > b.size())
        return 0;
    if (at(i + 1) < lo || at(i + 1) > hi)
        return 0;
    for (qsizetype k = 2; k < len; ++k)
        if (at(i + k) < 0x80 || at(i + k) > 0xBF)
            return 0;
    return len;
}

QString clock(qint64 ms)
{
    const qint64 h = ms / 3600000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}
} // namespace

namespace SessionExport {

bool exportTranscript(const QList<TranscriptEntry> &entries, const QString &path, QString *error,
                      const QDateTime &start)
{
    QByteArray out = "# AT Studio session\n";
    if (start.isValid())
        out += "# started: " +
               start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODateWithMs).toUtf8() +
               '\n';
    for (const TranscriptEntry &e : entries)
        out += Transcript::formatLine(e) + '\n';
    return save(path, out, error);
}

QString visibleText(const QByteArray &bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == '\r') {
            out += QChar(0x240D);
        } else if (b == '\n') {
            out += QChar(0x240A);
        } else if (b >= 0x20 && b < 0x7F) {
            out += QLatin1Char(char(b));
        } else if (const qsizetype len = b >= 0x80 ? utf8Length(bytes, i) : 0) {
            out += QString::fromUtf8(bytes.constData() + i, len);
            i += len;
            continue;
        } else {
            out += QLatin1String("\\x");
            out += QLatin1Char(digits[b >> 4]);
            out += QLatin1Char(digits[b & 15]);
        }
        ++i;
    }
    return out;
}

bool exportPlainText(const QList<TranscriptEntry> &entries, const QString &path, QString *error,
                     const QDateTime &start)
{
    QString out;
    for (const TranscriptEntry &e : entries) {
        if (e.timestamp < 0) {
            out += QString(12, QLatin1Char(' '));
        } else {
            const qint64 ms = std::llround(e.timestamp * 1000);
            out += start.isValid() ? start.addMSecs(ms).toString(QStringLiteral("HH:mm:ss.zzz"))
                                   : clock(ms);
        }
        out += e.direction == TranscriptEntry::Direction::ToModule ? QLatin1String("  -> ")
                                                                   : QLatin1String("  <- ");
        out += visibleText(e.bytes);
        out += QLatin1Char('\n');
    }
    return save(path, out.toUtf8(), error);
}

QList<TranscriptEntry> readSessionFiles(const QStringList &files,
                                        QList<TranscriptProblem> *problems)
{
    QList<TranscriptEntry> all;
    double last = -1;
    for (const QString &path : files) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems)
                problems->append({0, QStringLiteral("%1: %2").arg(name, file.errorString())});
            continue;
        }
        QList<TranscriptProblem> own;
        QList<TranscriptEntry> part = Transcript::parse(file.readAll(), &own);
        if (problems)
            for (const TranscriptProblem &p : std::as_const(own))
                problems->append({p.lineNumber, QStringLiteral("%1: %2").arg(name, p.message)});
        const auto first = std::find_if(part.cbegin(), part.cend(),
                                        [](const TranscriptEntry &e) { return e.timestamp >= 0; });
        const double shift = first != part.cend() && first->timestamp < last ? last : 0;
        for (TranscriptEntry &e : part) {
            if (e.timestamp >= 0) {
                e.timestamp += shift;
                last = e.timestamp;
            }
        }
        all += part;
    }
    return all;
}

QStringList sessionParts(const QString &anyPart)
{
    const QFileInfo info(anyPart);
    const QString suffix = QStringLiteral(".transcript");
    QString stem = info.fileName();
    if (stem.endsWith(suffix))
        stem.chop(suffix.size());
    static const QRegularExpression partName(QStringLiteral("^(.*)-part(\\d+)$"));
    if (const auto m = partName.match(stem); m.hasMatch())
        stem = m.captured(1);
    const QDir dir = info.absoluteDir();
    QList<std::pair<int, QString>> parts;
    if (dir.exists(stem + suffix))
        parts.append({1, dir.absoluteFilePath(stem + suffix)});
    const QStringList more = dir.entryList({stem + QStringLiteral("-part*") + suffix}, QDir::Files);
    static const QRegularExpression number(QStringLiteral("-part(\\d+)\\.transcript$"));
    for (const QString &name : more) {
        const auto m = number.match(name);
        if (m.hasMatch() && name.size() == stem.size() + m.capturedLength(0))
            parts.append({m.captured(1).toInt(), dir.absoluteFilePath(name)});
    }
    std::sort(parts.begin(), parts.end());
    QStringList out;
    for (const auto &p : std::as_const(parts))
        out << p.second;
    if (out.isEmpty() && info.exists())
        out << info.absoluteFilePath();
    return out;
}

QDateTime sessionStartTime(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (int i = 0; i < 16 && !f.atEnd(); ++i) {
        const QByteArray line = f.readLine().trimmed();
        if (line.startsWith("# started: "))
            return QDateTime::fromString(QString::fromUtf8(line.mid(11)), Qt::ISODateWithMs);
        if (!line.startsWith('#'))
            break;
    }
    return {};
}

} // namespace SessionExport
