// The rules every dialect shares, applied around the dialect's classifier.
#include "engine/AtInterpreter.h"
#include "support/MiniDialect.h"

#include <QTest>

namespace {
struct Run
{
    MiniDialect dialect;
    QList<AtFrame> frames;
    AtInterpreter interpreter{dialect, [this](const AtFrame &f) { frames << f; }};

    QStringList kinds() const
    {
        QStringList k;
        for (const AtFrame &f : frames)
            k << AtFrame::kindName(f.kind);
        return k;
    }
};
} // namespace

class TstAtInterpreter : public QObject
{
    Q_OBJECT
private slots:
    void theEchoOfTheCommandInFlightIsMarkedAsEcho()
    {
        Run r;
        r.interpreter.hostBytes("AT+GMR\r\n");
        r.interpreter.moduleBytes("AT+GMR\r\r\nv1.0\r\nOK\r\n");
        QCOMPARE(r.kinds(), (QStringList{"echo", "response", "final"}));
        QVERIFY(r.frames.last().ok);
        QVERIFY(!r.interpreter.inFlight().active());
    }

    void aFinalWithNothingInFlightIsALine()
    {
        Run r;
        r.interpreter.moduleBytes("OK\r\nERROR\r\n");
        QCOMPARE(r.kinds(), (QStringList{"line", "line"}));
    }

    void aSecondSendResultAfterTheFirstIsALine()
    {
        Run r;
        r.interpreter.hostBytes("AT+SEND=0,2\r\n");
        r.interpreter.moduleBytes("OK\r\n> ");
        r.interpreter.hostBytes("hi");
        r.interpreter.moduleBytes("\r\nSEND OK\r\n\r\nSEND FAIL\r\n");
        QCOMPARE(r.kinds(), (QStringList{"response", "prompt", "final", "line"}));
        QCOMPARE(r.frames.at(2).text, QByteArray("SEND OK"));
    }

    void theOkBeforeASendPromptIsAResponse()
    {
        Run r;
        r.interpreter.commandSent("AT+SEND=1,3");
        r.interpreter.moduleBytes("OK\r\n>");
        QCOMPARE(r.kinds(), (QStringList{"response", "prompt"}));
        QVERIFY(r.interpreter.inFlight().promptSeen);
    }

    void hostBytesWhileASendWaitsArePayloadEvenBeforeThePrompt()
    {
        Run r;
        r.interpreter.hostBytes("AT+SEND=0,4\r\n");
        r.interpreter.hostBytes("AT\r\n"); // four bytes of payload that look like a command
        QVERIFY(r.interpreter.inFlight().payloadDone);
        QCOMPARE(r.interpreter.inFlight().command, QByteArray("AT+SEND=0,4"));
        r.interpreter.moduleBytes("OK\r\n> \r\nSEND OK\r\n");
        // The OK before the prompt stays a response although the payload is already out.
        QCOMPARE(r.kinds(), (QStringList{"response", "prompt", "final"}));
    }

    void payloadBeyondTheDeclaredLengthIsTheNextCommand()
    {
        Run r;
        r.interpreter.hostBytes("AT+SEND=0,2\r\n");
        r.interpreter.hostBytes("hiAT+GMR\r\n");
        QCOMPARE(r.interpreter.inFlight().command, QByteArray("AT+GMR"));
    }

    void aResetDropsTheCommandInFlight()
    {
        Run r;
        r.interpreter.hostBytes("AT+GMR\r\n");
        r.interpreter.moduleBytes("ready\r\nOK\r\n");
        QCOMPARE(r.kinds(), (QStringList{"urc", "line"}));
        QCOMPARE(r.frames.first().event, QString("module.ready"));
    }

    void busyEndsNoCommand()
    {
        Run r;
        r.interpreter.hostBytes("AT+GMR\r\n");
        r.interpreter.moduleBytes("busy p...\r\n");
        QVERIFY(r.interpreter.inFlight().active());
        QCOMPARE(r.frames.first().event, QString("module.busy"));
    }

    void garbageBeforeABannerIsNoiseAndTheBannerStillCounts()
    {
        Run r;
        r.interpreter.moduleBytes(QByteArray("\x00\xff\x13ready\r\n", 10));
        QCOMPARE(r.kinds(), (QStringList{"noise", "urc"}));
        QCOMPARE(r.frames.first().payload, QByteArray("\x00\xff\x13", 3));
    }

    void aLineOfPureGarbageIsNoise()
    {
        Run r;
        r.interpreter.moduleBytes(QByteArray("\x01\x02\xfe\r\n", 5));
        QCOMPARE(r.kinds(), (QStringList{"noise"}));
    }

    void nonAsciiTextIsNotNoise()
    {
        Run r;
        r.interpreter.moduleBytes("caf\xc3\xa9 \xe6\x97\xa5\r\n");
        QCOMPARE(r.kinds(), (QStringList{"line"}));
    }

    void replyItemsCarryTheirEventOnlyWhileTheirCommandRuns()
    {
        Run r;
        r.interpreter.hostBytes("AT+SCAN\r\n");
        r.interpreter.moduleBytes("+ITEM:net\r\nOK\r\n+ITEM:late\r\n");
        QCOMPARE(r.kinds(), (QStringList{"response", "final", "line"}));
        QCOMPARE(r.frames.first().event, QString("scan.result"));
        QVERIFY(r.frames.last().event.isEmpty());
    }

    void unsolicitedEventsStayEventsWhileACommandRuns()
    {
        Run r;
        r.interpreter.hostBytes("AT+GMR\r\n");
        r.interpreter.moduleBytes("+EVT:1\r\nOK\r\n");
        QCOMPARE(r.kinds(), (QStringList{"urc", "final"}));
    }

    void anEscapeSequenceDoesNotStickToTheNextCommand()
    {
        Run r;
        r.interpreter.hostBytes("+++");
        r.interpreter.hostBytes("AT+GMR\r\n");
        QCOMPARE(r.interpreter.inFlight().command, QByteArray("AT+GMR"));
    }

    void aCommandLineMayArriveInPieces()
    {
        Run r;
        r.interpreter.hostBytes("AT+G");
        r.interpreter.hostBytes("MR\r\n");
        QCOMPARE(r.interpreter.inFlight().command, QByteArray("AT+GMR"));
    }

    void aCarriageReturnBeforeALineIsNotNoise()
    {
        Run r;
        r.interpreter.moduleBytes("\r+EVT:x\r\n");
        QCOMPARE(r.kinds(), (QStringList{"urc"}));
    }

    void endOfInputFlushesAPartialLine()
    {
        Run r;
        r.interpreter.moduleBytes("OK");
        QVERIFY(r.frames.isEmpty());
        r.interpreter.endOfInput();
        QCOMPARE(r.kinds(), (QStringList{"line"}));
    }
};

QTEST_GUILESS_MAIN(TstAtInterpreter)
#include "tst_atinterpreter.moc"
