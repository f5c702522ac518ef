// The session log: every byte both ways comes back from the files exactly and in order, time
// stamps increase, parts rotate at the size limit without losing a byte, old files are pruned, and
// a write failure stops the log once and says so.
#include "log/SessionExport.h"
#include "log/SessionLog.h"
#include "log/Transcript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using Direction = TranscriptEntry::Direction;

namespace {

// Traffic as runs: consecutive bytes in one direction joined. Two recordings of the same traffic
// have equal runs exactly when every byte, its direction and the order are the same.
struct Run
{
    Direction direction;
    QByteArray bytes;
};

void addRun(QList<Run> &runs, Direction direction, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().direction == direction)
        runs.last().bytes += bytes;
    else
        runs.append({direction, bytes});
}

QList<Run> runsOf(const QList<TranscriptEntry> &entries)
{
    QList<Run> runs;
    for (const TranscriptEntry &e : entries)
        addRun(runs, e.direction, e.bytes);
    return runs;
}

QString firstDifference(const QList<Run> &actual, const QList<Run> &expected)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual[i].direction != expected[i].direction)
            return QStringLiteral("run %1: direction differs").arg(i);
        if (actual[i].bytes != expected[i].bytes) {
            qsizetype at = 0;
            while (at < std::min(actual[i].bytes.size(), expected[i].bytes.size()) &&
                   actual[i].bytes[at] == expected[i].bytes[at])
                ++at;
            return QStringLiteral("run %1: bytes differ at %2 (%3 bytes read, %4 recorded)")
                .arg(i)
                .arg(at)
                .arg(actual[i].bytes.size())
                .arg(expected[i].bytes.size());
        }
    }
    if (actual.size() != expected.size())
        return QStringLiteral("%1 runs read, %2 recorded").arg(actual.size()).arg(expected.size());
    return {};
}

// Random traffic in random-size chunks, both directions interleaved: binary chunks and text with
// line ends. Returns what was recorded.
QList<Run> recordRandomTraffic(SessionLog &log, quint32 seed, qsizetype total)
{
    QRandomGenerator gen(seed);
    static const QByteArray text = "AT+CIPSEND=0,5 OK ERROR \r\n\r\n+IPD,0,5:hello \"quoted\" \\ x";
    QList<Run> runs;
    qsizetype written = 0;
    while (written < total) {
        QByteArray chunk(gen.bounded(1, 3000), Qt::Uninitialized);
        const bool binary = gen.bounded(3) == 0;
        for (char &c : chunk)
            c = binary ? char(gen.bounded(256)) : text[gen.bounded(int(text.size()))];
        const Direction direction = gen.bounded(2) ? Direction::ToModule : Direction::FromModule;
        if (direction == Direction::ToModule)
            log.recordSent(chunk);
        else
            log.recordReceived(chunk);
        addRun(runs, direction, chunk);
        written += chunk.size();
    }
    return runs;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QByteArray> lines(const QString &path)
{
    QList<QByteArray> out = contents(path).split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QList<TranscriptEntry> parseFile(const QString &path, QList<TranscriptProblem> *problems = nullptr)
{
    return Transcript::parse(contents(path), problems);
}

bool stampsNeverDecrease(const QList<TranscriptEntry> &entries)
{
    double last = 0;
    for (const TranscriptEntry &e : entries) {
        if (e.timestamp < last)
            return false;
        last = e.timestamp;
    }
    return true;
}

void touch(const QString &path, const QDateTime &modified)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# an old log\n");
    QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
}

#ifdef Q_OS_UNIX
// A file size limit for this process, as a full disk would stop writes: write() fails with EFBIG.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};
#endif

} // namespace

class TstSessionLog : public QObject
{
    Q_OBJECT
private slots:
    void everyByteBothWaysComesBackExactlyAndInOrder()
    {
        QTemporaryDir dir;
        SessionLog log(dir.path());
        QVERIFY(log.start(QStringLiteral("loopback")));
        const QList<Run> recorded = recordRandomTraffic(log, 20240501, 256 * 1024);
        log.stop();

        QCOMPARE(log.files().size(), 1);
        QList<TranscriptProblem> problems;
        const auto entries = parseFile(log.currentFile(), &problems);
        QVERIFY(problems.isEmpty());
        const QString diff = firstDifference(runsOf(entries), recorded);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(stampsNeverDecrease(entries));
    }

    void timeStampsAreSecondsSinceTheStart()
    {
        QTemporaryDir dir;
        SessionLog log(dir.path());
        QVERIFY(log.start(QStringLiteral("stamps")));
        log.recordSent("AT\r\n");
        QThread::msleep(30);
        log.recordReceived("OK\r\n");
        log.stop();

        const auto entries = parseFile(log.currentFile());
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[0].timestamp >= 0);
        QVERIFY(entries[0].timestamp < 1);
        QVERIFY(entries[1].timestamp - entries[0].timestamp >= 0.029);
        QVERIFY(entries[1].timestamp <= log.elapsed());
    }

    void theFileIsNamedAfterTheSessionAndStartsWithAHeader()
    {
        QTemporaryDir dir;
        const QString logDir = dir.filePath(QStringLiteral("logs/nested")); // created on start
        SessionLog log(logDir);
        log.setAppVersion(QStringLiteral("1.2.3"));
        QVERIFY(log.start(QStringLiteral("/dev/ttyUSB0 @ 115200 (ESP-AT)")));
        log.stop();

        const QFileInfo file(log.currentFile());
        QCOMPARE(file.absolutePath(), QDir(logDir).absolutePath());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^atstudio-\\d{8}-\\d{6}-dev-ttyUSB0-115200-ESP-AT\\."
                                              "transcript$"))
                .match(file.fileName())
                .hasMatch(),
            qPrintable(file.fileName()));
        const auto header = lines(log.currentFile());
        QCOMPARE(header[0], QByteArray("# AT Studio session log"));
        QVERIFY(header.contains("# app: AT Studio 1.2.3"));
        QVERIFY(header.contains("# description: /dev/ttyUSB0 @ 115200 (ESP-AT)"));
        const auto started = std::find_if(header.cbegin(), header.cend(), [](const QByteArray &l) {
            return l.startsWith("# started: ");
        });
        QVERIFY(started != header.cend());
        QVERIFY2(QRegularExpression(
                     QStringLiteral("T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}([+-]\\d\\d:\\d\\d|Z)$"))
                     .match(QString::fromUtf8(*started))
                     .hasMatch(),
                 started->constData()); // ISO 8601 with the offset
        const QDateTime start = SessionExport::sessionStartTime(log.currentFile());
        QVERIFY(start.isValid());
        QCOMPARE(start.toMSecsSinceEpoch(), log.startTime().toMSecsSinceEpoch());
        QCOMPARE(SessionLog::sanitiseDescription(QStringLiteral("  ")), QStringLiteral("session"));
    }

    void linesBreakAtLineEndsAndNeverMixDirections()
    {
        QTemporaryDir dir;
        SessionLog log(dir.path());
        QVERIFY(log.start(QStringLiteral("lines")));
        log.recordSent("AT+CWJAP?\r\n");
        log.recordReceived("\r\n+CWJAP:\"home\"\r\n\r\nOK\r\n");
        log.recordSent("AT+X"); // at once, but the other direction
        log.recordReceived("AT+X");
        log.stop();

        const auto entries = parseFile(log.currentFile());
        QList<QByteArray> shown;
        for (const TranscriptEntry &e : entries)
            shown << (e.direction == Direction::ToModule ? ">> " : "<< ") + e.bytes;
        const QList<QByteArray> expected = {">> AT+CWJAP?\r\n", "<< \r\n+CWJAP:\"home\"\r\n",
                                            "<< \r\nOK\r\n", ">> AT+X", "<< AT+X"};
        QCOMPARE(shown, expected);
    }

    void writesAreBufferedAndFlushedWithinTheFlushInterval()
    {
        QTemporaryDir dir;
        SessionLog log(dir.path());
        QVERIFY(log.start(QStringLiteral("buffered")));
        const qint64 headerSize = QFileInfo(log.currentFile()).size();
        QVERIFY(headerSize > 0); // the header is on disk from the start
        QCOMPARE(log.bytesWritten(), headerSize);

        for (int i = 0; i < 1000; ++i)
            log.recordReceived(QByteArray(1, char('a' + i % 26)));
        QCOMPARE(QFileInfo(log.currentFile()).size(), headerSize); // not one write per byte

        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(log.currentFile()).size() > headerSize,
                                 10 * SessionLog::FlushIntervalMs);
        QCOMPARE(log.bytesWritten(), QFileInfo(log.currentFile()).size());
        QByteArray all;
        for (const TranscriptEntry &e : parseFile(log.currentFile()))
            all += e.bytes;
        QCOMPARE(all.size(), 1000);
        QVERIFY(log.isActive());
    }

    void notesAreTimeStampedCommentLines()
    {
        QTemporaryDir dir;
        SessionLog log(dir.path());
        QVERIFY(log.start(QStringLiteral("notes")));
        log.recordReceived("ready");
        log.recordNote(QStringLiteral("module reset\nby the user"));
        log.recordReceived("\r\n");
        log.stop();

        const auto all = lines(log.currentFile());
        const QRegularExpression note(
            QStringLiteral("^# @\\d+\\.\\d{6} (module reset|by the user)$"));
        QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                               [&](const QByteArray &l) {
                                   return note.match(QString::fromUtf8(l)).hasMatch();
                               }),
                 2);
        QVERIFY(all.last().endsWith(" log closed"));
        const auto entries = parseFile(log.currentFile());
        QCOMPARE(entries.size(), 2); // a note ends the line before it
        QCOMPARE(entries[0].bytes, QByteArray("ready"));
        QCOMPARE(entries[1].bytes, QByteArray("\r\n"));
    }

    void stopWritesEverythingAndIgnoresLaterTraffic()
    {
        QTemporaryDir dir;
        SessionLog log(dir.path());
        QVERIFY(log.start(QStringLiteral("stop")));
        log.recordSent("AT\r\n");
        log.recordReceived("OK"); // a line still open
        log.stop();
        QVERIFY(!log.isActive());
        const qint64 size = QFileInfo(log.currentFile()).size();
        QCOMPARE(log.bytesWritten(), size);
        log.recordSent("late");
        log.recordNote(QStringLiteral("late"));
        QCOMPARE(QFileInfo(log.currentFile()).size(), size);
        QCOMPARE(runsOf(parseFile(log.currentFile())).size(), 2);
    }

    void rotationContinuesInPartsWithoutLosingAByte()
    {
        QTemporaryDir dir;
        const qint64 limit = 16 * 1024;
        SessionLog log(dir.path(), limit, 0);
        QSignalSpy rotated(&log, &SessionLog::rotated);
        QVERIFY(log.start(QStringLiteral("rotate")));
        const QList<Run> recorded = recordRandomTraffic(log, 7, 256 * 1024);
        log.stop();

        const QStringList files = log.files();
        QVERIFY(files.size() > 10);
        QCOMPARE(rotated.size(), files.size() - 1);
        QCOMPARE(log.currentFile(), files.last());
        qint64 total = 0;
        // A part ends before the line that would take it past the limit; the longest line is
        // every byte escaped as \xNN.
        const qint64 longestLine = 4 * SessionLog::MaxLineBytes + 100;
        for (int i = 0; i < files.size(); ++i) {
            const QFileInfo part(files[i]);
            total += part.size();
            QVERIFY2(part.size() <= limit, qPrintable(part.fileName()));
            const auto partLines = lines(files[i]);
            if (i > 0) {
                QVERIFY(part.fileName().endsWith(QStringLiteral("-part%1.transcript").arg(i + 1)));
                QVERIFY(part.fileName().startsWith(
                    QFileInfo(files[0]).fileName().chopped(int(qstrlen(".transcript")))));
                QVERIFY(partLines.contains("# AT Studio session log, part " +
                                           QByteArray::number(i + 1)));
                QVERIFY(contents(files[i]).contains(
                    " continues " + QFileInfo(files[i - 1]).fileName().toUtf8() + '\n'));
            }
            if (i + 1 < files.size()) {
                QVERIFY2(part.size() > limit - longestLine, qPrintable(part.fileName()));
                QCOMPARE(partLines.last(),
                         "# continued in " + QFileInfo(files[i + 1]).fileName().toUtf8());
            }
        }
        QCOMPARE(log.bytesWritten(), total);
        QCOMPARE(SessionExport::sessionParts(files[3]), files);

        QList<TranscriptProblem> problems;
        const auto entries = SessionExport::readSessionFiles(files, &problems);
        QVERIFY(problems.isEmpty());
        const QString diff = firstDifference(runsOf(entries), recorded);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(stampsNeverDecrease(entries));
    }

    void oldFilesArePrunedToTheNumberKept()
    {
        QTemporaryDir dir;
        const QDateTime old(QDate(2020, 1, 1), QTime(12, 0));
        QStringList oldLogs;
        for (int i = 1; i <= 5; ++i) {
            oldLogs << dir.filePath(
                QStringLiteral("atstudio-20200101-12000%1-old.transcript").arg(i));
            touch(oldLogs.last(), old.addSecs(i));
        }
        touch(dir.filePath(QStringLiteral("notes.transcript")), old); // not a session log
        touch(dir.filePath(QStringLiteral("atstudio-settings.json")), old);

        SessionLog log(dir.path(), 2048, 4);
        QVERIFY(log.start(QStringLiteral("prune")));
        // 5 old logs and the new one: the two oldest go at once.
        QVERIFY(!QFile::exists(oldLogs[0]));
        QVERIFY(!QFile::exists(oldLogs[1]));
        QVERIFY(QFile::exists(oldLogs[2]));
        while (log.isActive() && log.files().size() < 3)
            log.recordReceived(QByteArray(300, 'x') + "\r\n");
        QCOMPARE(log.files().size(), 3);
        // The three parts and the newest old log remain.
        QStringList kept = QDir(dir.path()).entryList({QStringLiteral("atstudio-*.transcript")});
        QCOMPARE(kept.size(), 4);
        QVERIFY(QFile::exists(oldLogs[4]));
        for (const QString &f : log.files())
            QVERIFY(QFile::exists(f));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notes.transcript"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("atstudio-settings.json"))));

        // A session longer than the number kept keeps every part of its own.
        while (log.isActive() && log.files().size() < 6)
            log.recordReceived(QByteArray(300, 'y') + "\r\n");
        log.stop();
        kept = QDir(dir.path()).entryList({QStringLiteral("atstudio-*.transcript")});
        QCOMPARE(kept.size(), 6);
        for (const QString &f : log.files())
            QVERIFY(QFile::exists(f));
    }

    void startFailsWithAReadableMessageWhenTheDirectoryCannotBeMade()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        touch(file, QDateTime::currentDateTime());
        SessionLog log(file + QStringLiteral("/logs")); // tests run as root: a file blocks it
        QSignalSpy failed(&log, &SessionLog::failed);
        QString error;
        QVERIFY(!log.start(QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file + QStringLiteral("/logs"))),
                 qPrintable(error));
        QVERIFY(!log.isActive());
        QVERIFY(log.files().isEmpty());
        QCOMPARE(failed.size(), 0); // start() reports through its result
    }

    void aVanishedDirectoryStopsTheLogOnceAndSaysSo()
    {
        QTemporaryDir dir;
        const QString logDir = dir.filePath(QStringLiteral("logs"));
        SessionLog log(logDir);
        QSignalSpy failed(&log, &SessionLog::failed);
        QVERIFY(log.start(QStringLiteral("vanish")));
        log.recordSent("AT\r\n");
        log.flush();

        // The directory goes and a file takes its place: noticed at the next flush.
        QVERIFY(QDir(logDir).removeRecursively());
        touch(logDir, QDateTime::currentDateTime());
        log.recordReceived("OK\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10 * SessionLog::FlushIntervalMs);
        QVERIFY(!log.isActive());
        for (int i = 0; i < 100; ++i)
            log.recordReceived("more\r\n"); // after the failure: nothing, and no second signal
        log.flush();
        log.stop();
        QCOMPARE(failed.size(), 1);

        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(log.currentFile())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("deleted or moved")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Traffic from 0.000 s on is not in the log")),
                 qPrintable(message)); // the whole file is gone
        QCOMPARE(log.errorString(), message);
    }

    void aPartThatCannotBeCreatedStopsTheLog()
    {
        QTemporaryDir dir;
        SessionLog log(dir.path(), 2048, 0);
        QSignalSpy failed(&log, &SessionLog::failed);
        QVERIFY(log.start(QStringLiteral("blocked")));
        // Something else already holds the name of the next part.
        const QString part2 = log.currentFile().replace(QStringLiteral(".transcript"),
                                                        QStringLiteral("-part2.transcript"));
        QVERIFY(QDir().mkpath(part2));
        for (int i = 0; i < 100 && log.isActive(); ++i)
            log.recordReceived(QByteArray(200, 'z') + "\r\n");
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(
            message.contains(QStringLiteral("could not create ") + QDir::toNativeSeparators(part2)),
            qPrintable(message));
        QCOMPARE(log.files().size(), 1);
        QVERIFY(lines(log.files()[0]).last().contains("log stopped: "));
    }

    void aWriteErrorStopsTheLogWithoutAHalfLine()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE");
#else
        QTemporaryDir dir;
        SessionLog log(dir.path());
        QSignalSpy failed(&log, &SessionLog::failed);
        QVERIFY(log.start(QStringLiteral("full")));
        QByteArray recorded;
        {
            // As a full disk: writes beyond 20 KiB fail.
            const FileSizeLimit limit(20 * 1024);
            for (int i = 0; i < 2000 && log.isActive(); ++i) {
                const QByteArray line =
                    "+IPD,0,40:" + QByteArray::number(i).rightJustified(30, '0') + "\r\n";
                log.recordReceived(line);
                recorded += line;
                if (i % 100 == 99)
                    log.flush(); // as the flush timer would
            }
            log.stop();
        }
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(log.currentFile())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not in the log")), qPrintable(message));

        // What is on disk is whole lines, a prefix of the traffic, and a note that says why it
        // ends.
        QList<TranscriptProblem> problems;
        const auto entries = parseFile(log.currentFile(), &problems);
        QVERIFY(problems.isEmpty());
        QByteArray logged;
        for (const TranscriptEntry &e : entries)
            logged += e.bytes;
        QVERIFY(!logged.isEmpty());
        QVERIFY(logged.size() < recorded.size());
        QVERIFY(recorded.startsWith(logged));
        QVERIFY(logged.endsWith("\r\n"));
        QVERIFY(lines(log.currentFile()).last().contains("log stopped: "));
#endif
    }
};

QTEST_GUILESS_MAIN(TstSessionLog)
#include "tst_sessionlog.moc"
