#include "SessionLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {
constexpr qsizetype BufferLimit = 64 * 1024; // written at once beyond this
constexpr qint64 MinFileSize = 1024;
constexpr qsizetype MaxDescriptionLength = 40;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A "\r\n" (or "\n") alone stays with what follows, so "\r\nOK\r\n" is one line.
bool hasText(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return c != '\r' && c != '\n'; });
}

QByteArray stamp(double seconds)
{
    return '@' + QByteArray::number(seconds, 'f', 6);
}

QByteArray oneLine(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.toUtf8();
}
} // namespace

SessionLog::SessionLog(const QString &directory, qint64 maxFileSize, int keepFiles, QObject *parent)
    : QObject(parent)
    , m_directory(QDir(directory).absolutePath())
    , m_maxFileSize(std::max(maxFileSize, MinFileSize))
    , m_keepFiles(keepFiles)
    , m_appVersion(QCoreApplication::applicationVersion())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionLog::onTimer);
}

SessionLog::~SessionLog()
{
    stop();
}

QString SessionLog::sanitiseDescription(const QString &description)
{
    QString out;
    bool gap = false;
    for (const QChar c : description) {
        const bool keep = c.unicode() < 0x80 &&
                          (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_'));
        if (!keep) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out += QLatin1Char('-');
        gap = false;
        out += c;
        if (out.size() >= MaxDescriptionLength)
            break;
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    if (out.isEmpty())
        return QStringLiteral("session");
    // A name ending like a part number would be taken for one.
    static const QRegularExpression partLike(QStringLiteral("-part\\d+$"));
    if (partLike.match(out).hasMatch())
        out += QStringLiteral("-log");
    return out;
}

double SessionLog::elapsed() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e9 : 0.0;
}

QString SessionLog::partPath(int part) const
{
    return m_stem + (part > 1 ? QStringLiteral("-part%1").arg(part) : QString()) +
           QStringLiteral(".transcript");
}

bool SessionLog::start(const QString &description, QString *error)
{
    if (m_active)
        stop();
    m_files.clear();
    m_buffer.clear();
    m_bufferFrom = -1;
    m_lostFrom = -1;
    m_line = {};
    m_bytesWritten = 0;
    m_failed = false;
    m_error.clear();
    m_part = 0;
    m_description = description;

    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error =
                QCoreApplication::translate("SessionLog", "Could not create the log directory %1.")
                    .arg(native(m_directory));
        return false;
    }
    m_startTime = QDateTime::currentDateTime();
    m_clock.start();
    const QString base =
        QDir(m_directory)
            .absoluteFilePath(QStringLiteral("atstudio-%1-%2")
                                  .arg(m_startTime.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                       sanitiseDescription(description)));
    m_stem = base;
    for (int n = 2; QFileInfo::exists(partPath(1)); ++n)
        m_stem = base + QStringLiteral("-%1").arg(n);

    QString problem;
    if (!openPart(1, 0.0, &problem)) {
        if (error)
            *error =
                QCoreApplication::translate("SessionLog", "The session log could not start: %1.")
                    .arg(problem);
        return false;
    }
    m_active = true;
    prune();
    return true;
}

QByteArray SessionLog::header(int part, double stampSeconds) const
{
    QByteArray h = "# AT Studio session log";
    if (part > 1)
        h += ", part " + QByteArray::number(part);
    h += '\n';
    if (!m_appVersion.isEmpty())
        h += "# app: AT Studio " + oneLine(m_appVersion) + '\n';
    if (!m_description.isEmpty())
        h += "# description: " + oneLine(m_description) + '\n';
    const QDateTime start = m_startTime.toOffsetFromUtc(m_startTime.offsetFromUtc());
    h += "# started: " + start.toString(Qt::ISODateWithMs).toUtf8() + '\n';
    if (part > 1)
        h += "# " + stamp(stampSeconds) + " continues " +
             QFileInfo(partPath(part - 1)).fileName().toUtf8() + '\n';
    return h;
}

bool SessionLog::openPart(int part, double stampSeconds, QString *error)
{
    const QString path = partPath(part);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = QCoreApplication::translate("SessionLog", "could not create %1: %2")
                         .arg(native(path), m_file.errorString());
        return false;
    }
    m_files << path;
    m_part = part;
    m_partFrom = stampSeconds;
    m_fileSize = 0;
    m_fileWritten = 0;
    m_fileHasLines = false;
    m_continuedNote = "# continued in " + QFileInfo(partPath(part + 1)).fileName().toUtf8() + '\n';
    const QByteArray h = header(part, stampSeconds);
    QString reason;
    m_buffer = h;
    if (!writeBuffer(&reason)) {
        if (error)
            *error = QCoreApplication::translate("SessionLog", "could not write %1: %2")
                         .arg(native(path), reason);
        m_file.close();
        m_file.remove();
        m_files.removeLast();
        return false;
    }
    m_fileSize = h.size();
    return true;
}

bool SessionLog::writeBuffer(QString *reason)
{
    // Writes to a deleted file succeed and are lost: look before each write.
    if (m_fileWritten > 0 && !QFileInfo::exists(m_file.fileName())) {
        *reason = QCoreApplication::translate("SessionLog", "the file was deleted or moved");
        m_lostFrom = QFileInfo::exists(m_directory) ? m_partFrom : 0.0;
        return false;
    }
    qint64 done = 0;
    while (done < m_buffer.size()) {
        const qint64 n = m_file.write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0) {
            *reason = m_file.errorString();
            return false;
        }
        done += n;
    }
    m_bytesWritten += done;
    m_fileWritten += done;
    m_buffer.clear();
    m_bufferFrom = -1;
    return true;
}

void SessionLog::recordSent(const QByteArray &bytes)
{
    record(TranscriptEntry::Direction::ToModule, bytes);
}

void SessionLog::recordReceived(const QByteArray &bytes)
{
    record(TranscriptEntry::Direction::FromModule, bytes);
}

void SessionLog::record(TranscriptEntry::Direction direction, const QByteArray &bytes)
{
    if (!m_active || bytes.isEmpty())
        return;
    const qint64 now = m_clock.nsecsElapsed();
    if (m_line.open &&
        (m_line.direction != direction || now - m_line.lastNs > qint64(MergeWindowMs) * 1000000))
        closeLine();
    qsizetype pos = 0;
    while (pos < bytes.size() && m_active) {
        if (!m_line.open) {
            m_line.open = true;
            m_line.direction = direction;
            m_line.firstNs = now;
            if (!m_timer.isActive())
                m_timer.start();
        }
        const qsizetype room = MaxLineBytes - m_line.bytes.size();
        const qsizetype nl = bytes.indexOf('\n', pos);
        qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        bool lineEnd = nl >= 0;
        if (end - pos > room) {
            end = pos + room;
            lineEnd = false;
        }
        m_line.bytes.append(bytes.constData() + pos, end - pos);
        m_line.lastNs = now;
        pos = end;
        if (m_line.bytes.size() >= MaxLineBytes || (lineEnd && hasText(m_line.bytes)))
            closeLine();
    }
}

void SessionLog::closeLine()
{
    if (!m_line.open)
        return;
    TranscriptEntry entry;
    entry.direction = m_line.direction;
    entry.bytes = m_line.bytes;
    entry.timestamp = double(m_line.firstNs) / 1e9;
    m_line = {};
    append(Transcript::formatLine(entry) + '\n', entry.timestamp);
}

void SessionLog::recordNote(const QString &text)
{
    if (!m_active)
        return;
    closeLine();
    const double t = elapsed();
    QString s = text;
    s.remove(QLatin1Char('\r'));
    const QStringList lines = s.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        append("# " + stamp(t) + (line.isEmpty() ? QByteArray() : ' ' + line.toUtf8()) + '\n', t);
        if (!m_active)
            return;
    }
}

void SessionLog::append(const QByteArray &line, double stampSeconds)
{
    if (!m_active)
        return;
    if (m_fileHasLines && m_fileSize + line.size() + m_continuedNote.size() > m_maxFileSize) {
        // Rotate: the old part ends with a note and is complete on disk before the next opens.
        m_buffer += m_continuedNote;
        m_fileSize += m_continuedNote.size();
        const QString old = m_file.fileName();
        QString reason;
        if (!writeBuffer(&reason)) {
            fail(QCoreApplication::translate("SessionLog", "could not write %1: %2")
                     .arg(native(old), reason),
                 stampSeconds);
            return;
        }
        m_file.close();
        QString error;
        if (!openPart(m_part + 1, stampSeconds, &error)) {
            // Back to the old part, to end it with the reason.
            m_file.setFileName(old);
            if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
                m_fileWritten = m_file.size();
            fail(error, stampSeconds);
            return;
        }
        prune();
        emit rotated(currentFile());
    }
    if (m_buffer.isEmpty())
        m_bufferFrom = stampSeconds;
    m_buffer += line;
    m_fileSize += line.size();
    m_fileHasLines = true;
    if (m_buffer.size() >= BufferLimit) {
        QString reason;
        if (!writeBuffer(&reason))
            fail(QCoreApplication::translate("SessionLog", "could not write %1: %2")
                     .arg(native(m_file.fileName()), reason),
                 stampSeconds);
    } else if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void SessionLog::flush()
{
    if (!m_active)
        return;
    closeLine();
    if (m_buffer.isEmpty())
        return;
    QString reason;
    if (!writeBuffer(&reason))
        fail(QCoreApplication::translate("SessionLog", "could not write %1: %2")
                 .arg(native(m_file.fileName()), reason),
             elapsed());
}

void SessionLog::onTimer()
{
    flush();
}

void SessionLog::stop()
{
    if (!m_active)
        return;
    closeLine();
    const double t = elapsed();
    append("# " + stamp(t) + " log closed\n", t);
    flush();
    if (!m_active)
        return; // failed while writing the rest
    m_timer.stop();
    m_file.close();
    m_active = false;
}

void SessionLog::fail(const QString &problem, double fallbackFrom)
{
    if (m_failed)
        return;
    const double from = m_lostFrom >= 0     ? m_lostFrom
                        : m_bufferFrom >= 0 ? m_bufferFrom
                                            : fallbackFrom;
    const QString message =
        QCoreApplication::translate(
            "SessionLog", "The session log stopped: %1. Traffic from %2 s on is not in the log.")
            .arg(problem, QString::number(from, 'f', 3));
    m_failed = true;
    m_active = false;
    m_error = message;
    m_timer.stop();
    m_buffer.clear();
    m_bufferFrom = -1;
    m_line = {};
    if (m_file.isOpen()) {
        // Best effort: drop a partly written buffer (no half line) and say why the log ends.
        m_file.resize(m_fileWritten);
        m_file.write("# " + stamp(elapsed()) + " log stopped: " + oneLine(message) + '\n');
        m_file.close();
    }
    emit failed(message);
}

void SessionLog::prune()
{
    if (m_keepFiles <= 0)
        return;
    QFileInfoList all =
        QDir(m_directory)
            .entryInfoList({QStringLiteral("atstudio-*.transcript")}, QDir::Files, QDir::NoSort);
    std::sort(all.begin(), all.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified(), tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    qsizetype excess = all.size() - m_keepFiles;
    for (const QFileInfo &fi : std::as_const(all)) {
        if (excess <= 0)
            break;
        if (m_files.contains(fi.absoluteFilePath()))
            continue;
        QFile::remove(fi.absoluteFilePath());
        --excess;
    }
}
