// The framer: lines, prompts and counted payloads, the same whatever the read boundaries.
#include "engine/AtFramer.h"
#include "support/MiniDialect.h"

#include <QTest>

namespace {
struct Collected
{
    QList<QByteArray> items; // "L:<line>", "P:<prompt>", "D:<header>|<payload>"
};

class Harness
{
public:
    Harness()
        : framer(dialect, inFlight,
                 AtFramer::Sink{[this](const QByteArray &l) { out.items << "L:" + l; },
                                [this](const QByteArray &p) { out.items << "P:" + p; },
                                [this](const QByteArray &h, const QByteArray &p) {
                                    out.items << "D:" + h + '|' + p;
                                }})
    {}
    void expectPrompt()
    {
        inFlight.command = "AT+SEND=0,5";
        inFlight.traits = dialect.traits(inFlight.command);
        framer.contextChanged();
    }
    MiniDialect dialect;
    InFlight inFlight;
    Collected out;
    AtFramer framer;
};
} // namespace

class TstAtFramer : public QObject
{
    Q_OBJECT
private slots:
    void linesEndOnLineFeedAndLoseTheirCarriageReturns()
    {
        Harness h;
        h.framer.feed("OK\r\nready\n\r\nAT\r\r\n");
        QCOMPARE(h.out.items, (QList<QByteArray>{"L:OK", "L:ready", "L:", "L:AT"}));
    }

    void aLineWithoutItsEndWaitsForIt()
    {
        Harness h;
        h.framer.feed("WIFI CONN");
        QVERIFY(h.out.items.isEmpty());
        h.framer.feed("ECTED\r");
        QVERIFY(h.out.items.isEmpty());
        h.framer.feed("\n");
        QCOMPARE(h.out.items, (QList<QByteArray>{"L:WIFI CONNECTED"}));
    }

    void payloadIsTakenByCountEvenWhenItLooksLikeLines()
    {
        Harness h;
        h.framer.feed("+IPD,0,10:OK\r\nERROR\r\nOK\r\n");
        QCOMPARE(h.out.items, (QList<QByteArray>{"D:+IPD,0,10:|OK\r\nERROR\r", "L:", "L:OK"}));
    }

    void payloadSplitAtEveryOffsetFramesTheSame()
    {
        const QByteArray stream =
            "\r\n+IPD,1,7:a\r\nOK\r\nb\r\nSEND OK\r\n+IPD,2,3:xyz+IPD,3,0:\r\n";
        Harness whole;
        whole.framer.feed(stream);
        for (int k = 0; k <= stream.size(); ++k) {
            Harness cut;
            cut.framer.feed(stream.left(k));
            cut.framer.feed(stream.mid(k));
            QCOMPARE(cut.out.items, whole.out.items);
        }
        Harness bytewise;
        for (const char c : stream)
            bytewise.framer.feed(QByteArray(1, c));
        QCOMPARE(bytewise.out.items, whole.out.items);
    }

    void aHeaderThatBreaksOffIsAnOrdinaryLine()
    {
        Harness h;
        h.framer.feed("+IPD,0,5\r\n+IPX\r\n");
        QCOMPARE(h.out.items, (QList<QByteArray>{"L:+IPD,0,5", "L:+IPX"}));
    }

    void promptIsRecognisedOnlyWhileOneIsAwaited()
    {
        Harness idle;
        idle.framer.feed("> hello\r\n");
        QCOMPARE(idle.out.items, (QList<QByteArray>{"L:> hello"}));

        Harness sending;
        sending.expectPrompt();
        sending.framer.feed("OK\r\n> ");
        QCOMPARE(sending.out.items, (QList<QByteArray>{"L:OK", "P:> "}));
    }

    void aPromptArrivingAloneNeedsNoLineEnd()
    {
        Harness h;
        h.expectPrompt();
        h.framer.feed("OK\r\n");
        h.framer.feed(">");
        QCOMPARE(h.out.items, (QList<QByteArray>{"L:OK", "P:>"}));
    }

    void endlessGarbageIsCutIntoBoundedLines()
    {
        Harness h;
        const QByteArray junk(AtFramer::MaxLineLength * 2 + 10, 'x');
        h.framer.feed(junk);
        QCOMPARE(h.out.items.size(), 2);
        QCOMPARE(h.out.items.at(0).size(), AtFramer::MaxLineLength + 2);
        h.framer.flush();
        QCOMPARE(h.out.items.size(), 3);
        QCOMPARE(h.out.items.at(2), QByteArray("L:xxxxxxxxxx"));
    }

    void flushDeliversAPartialLineAndATruncatedPayload()
    {
        Harness h;
        h.framer.feed("+IPD,0,10:abc");
        h.framer.flush();
        QCOMPARE(h.out.items, (QList<QByteArray>{"D:+IPD,0,10:|abc"}));
        Harness p;
        p.framer.feed("trunc");
        p.framer.flush();
        QCOMPARE(p.out.items, (QList<QByteArray>{"L:trunc"}));
    }
};

QTEST_GUILESS_MAIN(TstAtFramer)
#include "tst_atframer.moc"
