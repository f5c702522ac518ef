// Exports of a session: a transcript that parses back identical, plain text with visible control
// characters, never a half-written file; and the parts of a rotated session read back in order.
#include "log/SessionExport.h"
#include "log/Transcript.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using Direction = TranscriptEntry::Direction;

namespace {

TranscriptEntry entry(Direction direction, const QByteArray &bytes, double timestamp = -1)
{
    TranscriptEntry e;
    e.direction = direction;
    e.bytes = bytes;
    e.timestamp = timestamp;
    return e;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
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

class TstSessionExport : public QObject
{
    Q_OBJECT
private slots:
    void transcriptExportParsesBackIdentical()
    {
        QByteArray every;
        for (int i = 0; i < 256; ++i)
            every += char(i);
        const QList<TranscriptEntry> entries = {
            entry(Direction::ToModule, "AT+CIPSEND=0,5\r\n", 0.0),
            entry(Direction::FromModule, "\r\nOK\r\n> ", 0.003125),
            entry(Direction::ToModule, every, 0.004),
            entry(Direction::FromModule, "  spaces  ", 12.5),
            entry(Direction::FromModule, "no stamp\r\n"),
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.transcript"));
        const QDateTime start(QDate(2024, 5, 1), QTime(12, 30, 15, 250));
        QString error;
        QVERIFY2(SessionExport::exportTranscript(entries, path, &error, start), qPrintable(error));

        QList<TranscriptProblem> problems;
        const auto back = Transcript::parse(contents(path), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(back.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(back[i].direction, entries[i].direction);
            QCOMPARE(back[i].bytes, entries[i].bytes);
            QCOMPARE(back[i].timestamp, entries[i].timestamp);
        }
        QCOMPARE(SessionExport::sessionStartTime(path), start);
    }

    void plainTextShowsArrowsAndVisibleControlCharacters()
    {
        const QList<TranscriptEntry> entries = {
            entry(Direction::ToModule, "AT\r\n", 0.0),
            entry(Direction::FromModule, "\r\nOK\r\n", 1.25),
            entry(Direction::FromModule, "\x01tab\there caf\xc3\xa9 \xff\xc3", 3661.5),
            entry(Direction::ToModule, "+++"),
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        QString error;
        QVERIFY2(SessionExport::exportPlainText(entries, path, &error), qPrintable(error));

        // No absolute start: times since the start of the session.
        const QStringList expected = {
            QStringLiteral("00:00:00.000  -> AT\u240D\u240A"),
            QStringLiteral("00:00:01.250  <- \u240D\u240AOK\u240D\u240A"),
            QString::fromUtf8("01:01:01.500  <- \\x01tab\\x09here caf\xc3\xa9 \\xff\\xc3"),
            QStringLiteral("              -> +++"),
        };
        QCOMPARE(QString::fromUtf8(contents(path)), expected.join(QLatin1Char('\n')) + '\n');
    }

    void plainTextUsesTheStartTimeWhenKnown()
    {
        const QList<TranscriptEntry> entries = {entry(Direction::ToModule, "AT\r\n", 1.0)};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        const QDateTime start(QDate(2024, 5, 1), QTime(23, 59, 59, 500));
        QVERIFY(SessionExport::exportPlainText(entries, path, nullptr, start));
        QCOMPARE(contents(path), QByteArray("00:00:00.500  -> AT\xe2\x90\x8d\xe2\x90\x8a\n"));
    }

    void aFailedExportLeavesTheTargetAsItWas()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.transcript"));
        write(path, "# the previous export\n");
        QList<TranscriptEntry> big;
        for (int i = 0; i < 2000; ++i)
            big << entry(Direction::FromModule, QByteArray(64, '\xee'), i * 0.01);

        bool transcriptOk = true, textOk = true;
        QString transcriptError, textError;
        {
            const FileSizeLimit limit(16 * 1024); // as a full disk
            transcriptOk = SessionExport::exportTranscript(big, path, &transcriptError);
            textOk = SessionExport::exportPlainText(big, path, &textError);
        }
        QVERIFY(!transcriptOk);
        QVERIFY(!textOk);
        QVERIFY2(transcriptError.contains(QDir::toNativeSeparators(path)),
                 qPrintable(transcriptError));
        QVERIFY2(textError.contains(QDir::toNativeSeparators(path)), qPrintable(textError));
        QCOMPARE(contents(path), QByteArray("# the previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.transcript"});
#endif
    }

    void anExportWhereNoFileCanBeMadeFails()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("a-file"));
        write(blocker, "x");
        const QString path = blocker + QStringLiteral("/out.txt");
        QString error;
        QVERIFY(!SessionExport::exportPlainText({entry(Direction::ToModule, "AT")}, path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void partsAreReadInOrderAndTimeStampsContinue()
    {
        QTemporaryDir dir;
        const QString stem = dir.filePath(QStringLiteral("atstudio-20240501-120000-rig"));
        write(stem + ".transcript",
              "# part 1\n@0.500000 >> AT\\r\\n\n@1.000000 << OK\\r\\n\n"
              "# continued in atstudio-20240501-120000-rig-part2.transcript\n");
        write(stem + "-part2.transcript", "# part 2\n@1.500000 >> A\nnonsense\n");
        write(stem + "-part10.transcript", "@0.250000 << B\n"); // stamps from 0: shifted on
        write(stem + "-part2-copy.transcript", "@9.0 << not a part\n");
        write(dir.filePath(QStringLiteral("atstudio-20240501-120000-rig2.transcript")),
              "<< other\n");

        const QStringList parts = SessionExport::sessionParts(stem + "-part2.transcript");
        QCOMPARE(parts, QStringList({stem + ".transcript", stem + "-part2.transcript",
                                     stem + "-part10.transcript"}));

        QList<TranscriptProblem> problems;
        const auto entries = SessionExport::readSessionFiles(
            parts + QStringList{dir.filePath(QStringLiteral("missing.transcript"))}, &problems);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].bytes, QByteArray("AT\r\n"));
        QCOMPARE(entries[1].bytes, QByteArray("OK\r\n"));
        QCOMPARE(entries[2].bytes, QByteArray("A"));
        QCOMPARE(entries[2].timestamp, 1.5);
        QCOMPARE(entries[3].bytes, QByteArray("B"));
        QCOMPARE(entries[3].timestamp, 1.75);

        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].lineNumber, 3);
        QVERIFY2(
            problems[0].message.startsWith(QStringLiteral("atstudio-20240501-120000-rig-part2")),
            qPrintable(problems[0].message));
        QCOMPARE(problems[1].lineNumber, 0);
        QVERIFY2(problems[1].message.startsWith(QStringLiteral("missing.transcript")),
                 qPrintable(problems[1].message));
    }
};

QTEST_GUILESS_MAIN(TstSessionExport)
#include "tst_sessionexport.moc"
