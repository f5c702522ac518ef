#pragma once

#include "Transcript.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

// The session log: every byte both ways, time-stamped, written as a transcript (see
// docs/transcripts.md) from the moment of connection.
//
// A session writes atstudio-<yyyyMMdd-HHmmss>-<description>.transcript in its directory; past the
// maximum size it continues in ...-part2.transcript, ...-part3.transcript (a note at the end of the
// old part and at the start of the new one says so; time stamps are seconds since the start of the
// session and continue across parts). The oldest atstudio-*.transcript files in the directory
// beyond the number to keep are deleted, never one of the running session.
//
// Writes are buffered and flushed at least every 200 ms and on stop(). A write error stops the log:
// failed() is emitted once with a readable message that says from when on traffic is missing.
class SessionLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxFileSize = 8 * 1024 * 1024;
    static constexpr int DefaultKeepFiles = 20;
    static constexpr int FlushIntervalMs = 200;
    // Bytes in the same direction within this many milliseconds of each other may share a line.
    static constexpr int MergeWindowMs = 5;
    // A line holds at most this many bytes of traffic.
    static constexpr int MaxLineBytes = 1024;

    // keepFiles <= 0 keeps every file. The maximum size is at least 1 KiB.
    explicit SessionLog(const QString &directory, qint64 maxFileSize = DefaultMaxFileSize,
                        int keepFiles = DefaultKeepFiles, QObject *parent = nullptr);
    ~SessionLog() override;

    // Written into the header; QCoreApplication::applicationVersion() unless set.
    void setAppVersion(const QString &version) { m_appVersion = version; }

    // Open a new log file (and the directory). A running session is stopped first.
    bool start(const QString &description, QString *error = nullptr);
    // Write what is buffered and close the file.
    void stop();

    bool isActive() const { return m_active; }
    QString directory() const { return m_directory; }
    qint64 maxFileSize() const { return m_maxFileSize; }
    int keepFiles() const { return m_keepFiles; }
    // The file written now (the last one after stop()); empty before start().
    QString currentFile() const { return m_files.isEmpty() ? QString() : m_files.constLast(); }
    // Every file of this session, first part first.
    QStringList files() const { return m_files; }
    // Bytes written to the session's files so far (every part, not counting the buffer).
    qint64 bytesWritten() const { return m_bytesWritten; }
    QDateTime startTime() const { return m_startTime; }
    // Seconds since start(), as in the time stamps.
    double elapsed() const;
    // The message of the failure that stopped the log, if any.
    QString errorString() const { return m_error; }

    // The file name stem for a description: letters, digits, '.' and '_' kept, the rest as '-'.
    static QString sanitiseDescription(const QString &description);

public slots:
    void recordSent(const QByteArray &bytes);
    void recordReceived(const QByteArray &bytes);
    // A "#" line with a time stamp; a text of several lines gives several.
    void recordNote(const QString &text);
    // Write everything recorded so far now.
    void flush();

signals:
    // The log stopped on a write error; emitted once.
    void failed(const QString &message);
    // A new part was opened.
    void rotated(const QString &file);

private:
    struct OpenLine
    {
        bool open = false;
        TranscriptEntry::Direction direction = TranscriptEntry::Direction::FromModule;
        QByteArray bytes;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
    };

    void record(TranscriptEntry::Direction direction, const QByteArray &bytes);
    void closeLine();
    void append(const QByteArray &line, double stampSeconds);
    bool writeBuffer(QString *reason);
    bool openPart(int part, double stampSeconds, QString *error);
    QByteArray header(int part, double stampSeconds) const;
    QString partPath(int part) const;
    void prune();
    void fail(const QString &problem, double fallbackFrom);
    void onTimer();

    QString m_directory;
    qint64 m_maxFileSize;
    int m_keepFiles;
    QString m_appVersion;
    QString m_description;
    QString m_stem; // absolute path without ".transcript"
    QStringList m_files;
    QFile m_file;
    int m_part = 0;
    qint64 m_fileSize = 0;    // current part: written and buffered
    qint64 m_fileWritten = 0; // current part: on disk
    bool m_fileHasLines = false;
    QByteArray m_continuedNote; // ends the current part when the next one opens
    QByteArray m_buffer;
    double m_bufferFrom = -1; // time stamp of the first line in the buffer
    double m_partFrom = 0;    // time stamp of the first line of the current part
    double m_lostFrom = -1;   // set when a write finds lines already on disk lost
    OpenLine m_line;
    qint64 m_bytesWritten = 0;
    bool m_active = false;
    bool m_failed = false;
    QString m_error;
    QDateTime m_startTime;
    QElapsedTimer m_clock;
    QTimer m_timer;
};
