// The transcript format: escapes, spaces, UTF-8, stamps, comments, and an exact round trip.
#include "log/Transcript.h"

#include <QTest>

class TstTranscript : public QObject
{
    Q_OBJECT
private slots:
    void directionsAndEscapesAreRead()
    {
        const auto e = Transcript::parse(">> AT\\r\\n\n<< \\r\\nOK\\r\\n\n");
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].direction, TranscriptEntry::Direction::ToModule);
        QCOMPARE(e[0].bytes, QByteArray("AT\r\n"));
        QCOMPARE(e[1].direction, TranscriptEntry::Direction::FromModule);
        QCOMPARE(e[1].bytes, QByteArray("\r\nOK\r\n"));
    }

    void hexEscapeTakesExactlyTwoDigits()
    {
        QCOMPARE(Transcript::unescape("\\x414"), QByteArray("A4"));
        QCOMPARE(Transcript::unescape("\\x00\\xFF\\xfe"), QByteArray("\x00\xff\xfe", 3));
        QString problem;
        QCOMPARE(Transcript::unescape("\\x4g", &problem), QByteArray("\\x4g"));
        QVERIFY(!problem.isEmpty());
    }

    void otherEscapes()
    {
        QCOMPARE(Transcript::unescape("a\\tb\\\\c\\n"), QByteArray("a\tb\\c\n"));
        QString problem;
        QCOMPARE(Transcript::unescape("\\q", &problem), QByteArray("\\q"));
        QVERIFY(problem.contains("\\q"));
    }

    void spacesAreDataIncludingLeadingAndInnerOnes()
    {
        const auto e = Transcript::parse("<<   two  spaces\\x20\n");
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].bytes, QByteArray("  two  spaces "));
    }

    void utf8BytesAreTakenAsTheyAre()
    {
        const auto e = Transcript::parse("<< +CWLAP:(3,\"Caf\xc3\xa9 \xe6\x97\xa5\")\\r\\n\n");
        QCOMPARE(e[0].bytes, QByteArray("+CWLAP:(3,\"Caf\xc3\xa9 \xe6\x97\xa5\")\r\n"));
    }

    void commentsBlankLinesAndStampsAreHandled()
    {
        QList<TranscriptProblem> problems;
        const auto e =
            Transcript::parse("# a comment\n\n@12.500000 << ready\\r\\n\r\n@x >> AT\n", &problems);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].timestamp, 12.5);
        QCOMPARE(e[0].bytes, QByteArray("ready\r\n")); // the file's CRLF is not data
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].lineNumber, 4);
    }

    void linesInNoKnownFormAreReportedAndSkipped()
    {
        QList<TranscriptProblem> problems;
        const auto e = Transcript::parse("hello\n<< ok\n", &problems);
        QCOMPARE(e.size(), 1);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].lineNumber, 1);
    }

    void everyByteSurvivesARoundTrip()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all += char(i);
        all += ' ';
        TranscriptEntry in;
        in.bytes = all;
        in.timestamp = 1.25;
        const QByteArray line = Transcript::formatLine(in);
        QVERIFY(!line.contains('\n'));
        QVERIFY(line.endsWith("\\x20"));
        const auto out = Transcript::parse(line + '\n');
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].bytes, all);
        QCOMPARE(out[0].timestamp, 1.25);
    }
};

QTEST_GUILESS_MAIN(TstTranscript)
#include "tst_transcript.moc"
