// The engine: one command in flight, timeouts, busy retries, module resets, send prompts.
#include "engine/AtSession.h"
#include "support/MiniDialect.h"
#include "transport/PipeTransport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <functional>

namespace {
// The module end of a pipe, answering each command line with a script.
class ScriptedModule : public QObject
{
public:
    explicit ScriptedModule(PipeTransport *end)
        : m_end(end)
    {
        connect(end, &Transport::received, this, [this](const QByteArray &b) { onBytes(b); });
    }
    std::function<void(const QByteArray &command)> onCommand;
    std::function<void(const QByteArray &payload)> onPayload;
    qint64 payloadExpected = 0;
    QList<QByteArray> commands;

    void say(const QByteArray &bytes) { m_end->write(bytes); }

private:
    void onBytes(const QByteArray &bytes)
    {
        m_buffer += bytes;
        for (;;) {
            if (payloadExpected > 0) {
                if (m_buffer.size() < payloadExpected)
                    return;
                const QByteArray payload = m_buffer.left(payloadExpected);
                m_buffer.remove(0, payloadExpected);
                payloadExpected = 0;
                if (onPayload)
                    onPayload(payload);
                continue;
            }
            const int end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray command = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            commands << command;
            if (onCommand)
                onCommand(command);
        }
    }
    PipeTransport *m_end;
    QByteArray m_buffer;
};

struct Rig
{
    Rig()
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("test"));
        hostEnd = std::move(a);
        moduleEnd = std::move(b);
        module = std::make_unique<ScriptedModule>(moduleEnd.get());
        session = std::make_unique<AtSession>(std::make_unique<MiniDialect>());
        session->setBusyBackoffMs(10);
        session->setTransport(hostEnd.get());
        moduleEnd->open();
    }
    // Open the link and let the session's setup (ATE0) run.
    void connectAndSettle()
    {
        module->onCommand = [this](const QByteArray &) { module->say("OK\r\n"); };
        hostEnd->open();
        QTRY_COMPARE(module->commands.size(), 1);
        QTRY_VERIFY(session->isIdle());
        module->commands.clear();
    }
    std::unique_ptr<PipeTransport> hostEnd;
    std::unique_ptr<PipeTransport> moduleEnd;
    std::unique_ptr<ScriptedModule> module;
    std::unique_ptr<AtSession> session;
};
} // namespace

class TstAtSession : public QObject
{
    Q_OBJECT
private slots:
    void openingTheLinkRunsTheDialectSetupFirst()
    {
        Rig r;
        r.module->onCommand = [&](const QByteArray &) { r.module->say("OK\r\n"); };
        AtReply *reply = r.session->send("AT+GMR");
        r.hostEnd->open();
        QSignalSpy done(reply, &AtReply::finished);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(r.module->commands, (QList<QByteArray>{"ATE0", "AT+GMR"}));
    }

    void aTypedLineEndIsNotSentTwice()
    {
        Rig r;
        r.connectAndSettle();
        r.module->onCommand = [&](const QByteArray &) { r.module->say("OK\r\n"); };
        AtReply *reply = r.session->send("AT+GMR\r\n");
        reply->setAutoDelete(false);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->command(), QByteArray("AT+GMR"));
        QCOMPARE(r.module->commands, (QList<QByteArray>{"AT+GMR"}));
        delete reply;
    }

    void commandsGoOutOneAtATimeInOrder()
    {
        Rig r;
        r.connectAndSettle();
        QList<QByteArray> heldBack;
        r.module->onCommand = [&](const QByteArray &c) { heldBack << c; };
        AtReply *first = r.session->send("AT+ONE");
        first->setAutoDelete(false);
        AtReply *second = r.session->send("AT+TWO");
        second->setAutoDelete(false);
        QTRY_COMPARE(heldBack.size(), 1);
        QTest::qWait(50);
        QCOMPARE(heldBack, (QList<QByteArray>{"AT+ONE"})); // the second waits for the first's final
        r.module->say("one\r\nOK\r\n");
        QTRY_COMPARE(heldBack.size(), 2);
        QVERIFY(first->ok());
        QCOMPARE(first->lines(), (QList<QByteArray>{"one"}));
        QVERIFY(!second->isFinished());
        r.module->say("ERROR:3\r\n");
        QTRY_VERIFY(second->isFinished());
        QCOMPARE(second->error(), AtReply::Error::Module);
        QCOMPARE(second->errorCode().toInt(), 3);
        QVERIFY(second->errorString().contains("3"));
        delete first;
        delete second;
    }

    void aCommandWithoutAnswerTimesOutAndTheNextOneRuns()
    {
        Rig r;
        r.connectAndSettle();
        r.module->onCommand = [&](const QByteArray &c) {
            if (c != "AT+SLOW")
                r.module->say("OK\r\n");
        };
        AtReply *slow = r.session->send("AT+SLOW");
        slow->setAutoDelete(false);
        AtReply *next = r.session->send("AT+NEXT");
        next->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(next->isFinished(), 3000);
        QCOMPARE(slow->error(), AtReply::Error::Timeout);
        QVERIFY(slow->errorString().contains("AT+SLOW"));
        QVERIFY(next->ok());
        delete slow;
        delete next;
    }

    void busyIsRetriedWithBackOffUntilTheModuleAccepts()
    {
        Rig r;
        r.connectAndSettle();
        int attempts = 0;
        r.module->onCommand = [&](const QByteArray &) {
            ++attempts;
            r.module->say(attempts < 3 ? "busy p...\r\n" : "OK\r\n");
        };
        AtReply *reply = r.session->send("AT+CWJAP");
        reply->setAutoDelete(false);
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->ok());
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(r.module->commands, (QList<QByteArray>{"AT+CWJAP", "AT+CWJAP", "AT+CWJAP"}));
        delete reply;
    }

    void aBusyErrorCodeIsRetriedToo()
    {
        Rig r;
        r.connectAndSettle();
        int attempts = 0;
        r.module->onCommand = [&](const QByteArray &) {
            r.module->say(++attempts == 1 ? "ERROR:8\r\n" : "OK\r\n");
        };
        AtReply *reply = r.session->send("AT+X");
        reply->setAutoDelete(false);
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->ok());
        QCOMPARE(reply->attempts(), 2);
        delete reply;
    }

    void aModuleThatStaysBusyFailsTheCommandClearly()
    {
        Rig r;
        r.connectAndSettle();
        r.session->setMaxBusyRetries(2);
        r.module->onCommand = [&](const QByteArray &) { r.module->say("busy p...\r\n"); };
        AtReply *reply = r.session->send("AT+X");
        reply->setAutoDelete(false);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), AtReply::Error::Busy);
        QCOMPARE(reply->attempts(), 3);
        delete reply;
    }

    void aResetInTheMiddleFailsTheCommandAndResynchronises()
    {
        Rig r;
        r.connectAndSettle();
        QSignalSpy restarted(r.session.get(), &AtSession::moduleRestarted);
        r.module->onCommand = [&](const QByteArray &c) {
            if (c == "AT+JOIN")
                r.module->say(QByteArray("\xff\x00garbage\r\nready\r\n", 18));
            else
                r.module->say("OK\r\n");
        };
        AtReply *join = r.session->send("AT+JOIN");
        join->setAutoDelete(false);
        AtReply *after = r.session->send("AT+AFTER");
        after->setAutoDelete(false);
        QTRY_VERIFY(after->isFinished());
        QCOMPARE(join->error(), AtReply::Error::Reset);
        QVERIFY(join->errorString().contains("restarted"));
        QCOMPARE(restarted.count(), 1);
        // The setup runs again before anything else.
        QCOMPARE(r.module->commands, (QList<QByteArray>{"AT+JOIN", "ATE0", "AT+AFTER"}));
        QVERIFY(after->ok());
        delete join;
        delete after;
    }

    void twoRestartSignsInARowRunTheSetupOnce()
    {
        Rig r;
        r.connectAndSettle();
        r.module->onCommand = [&](const QByteArray &) { r.module->say("OK\r\n"); };
        r.module->say("ready\r\nready\r\n");
        QTRY_COMPARE(r.module->commands.size(), 1);
        QTest::qWait(50);
        QCOMPARE(r.module->commands, (QList<QByteArray>{"ATE0"}));
    }

    void aRestartCommandEndsWithTheBootBanner()
    {
        Rig r;
        r.connectAndSettle();
        r.module->onCommand = [&](const QByteArray &c) {
            r.module->say(c == "AT+RST" ? "ready\r\n" : "OK\r\n");
        };
        AtReply *rst = r.session->send("AT+RST");
        rst->setAutoDelete(false);
        QTRY_VERIFY(rst->isFinished());
        QVERIFY(rst->ok());
        delete rst;
    }

    void aSendWaitsForThePromptThenWritesThePayload()
    {
        Rig r;
        r.connectAndSettle();
        QByteArray received;
        r.module->onCommand = [&](const QByteArray &c) {
            if (c.startsWith("AT+SEND=")) {
                r.module->payloadExpected = 6;
                r.module->say("OK\r\n> ");
            }
        };
        r.module->onPayload = [&](const QByteArray &p) {
            received = p;
            r.module->say("\r\nSEND OK\r\n");
        };
        AtReply *send = r.session->send("AT+SEND=2,6", QByteArray("a\r\nOK\n", 6));
        send->setAutoDelete(false);
        QTRY_VERIFY(send->isFinished());
        QVERIFY(send->ok());
        QCOMPARE(received, QByteArray("a\r\nOK\n"));
        QCOMPARE(send->finalFrame().text, QByteArray("SEND OK"));
        QCOMPARE(r.session->socketBytesOut(2), quint64(6));
        delete send;
    }

    void busyAfterThePayloadWentOutIsNotRetried()
    {
        Rig r;
        r.connectAndSettle();
        r.module->onCommand = [&](const QByteArray &c) {
            if (c.startsWith("AT+SEND=")) {
                r.module->payloadExpected = 2;
                r.module->say("OK\r\n> ");
            }
        };
        r.module->onPayload = [&](const QByteArray &) {
            r.module->say("busy s...\r\nSEND FAIL\r\n");
        };
        AtReply *send = r.session->send("AT+SEND=0,2", "hi");
        send->setAutoDelete(false);
        QTRY_VERIFY(send->isFinished());
        QCOMPARE(send->error(), AtReply::Error::Module); // failed, not resent with the data again
        QCOMPARE(send->attempts(), 1);
        delete send;
    }

    void aReadsDataRightAfterItsFinalBelongsToTheRead()
    {
        Rig r;
        r.connectAndSettle();
        r.module->onCommand = [&](const QByteArray &) { r.module->say("+RCV=4:a\r\nb"); };
        AtReply *read = r.session->send("AT+RCV=2");
        read->setAutoDelete(false);
        QTRY_VERIFY(read->isFinished());
        QVERIFY(read->ok());
        QCOMPARE(read->data(), QByteArray("a\r\nb"));
        QCOMPARE(r.session->socketBytesIn(2), quint64(4));
        delete read;
    }

    void incomingDataIsCountedPerSocketAndSignalled()
    {
        Rig r;
        r.connectAndSettle();
        QSignalSpy data(r.session.get(), &AtSession::dataReceived);
        r.module->say("+IPD,3,4:\r\nOK");
        r.module->say("+IPD,1,2:hi");
        QTRY_COMPARE(data.count(), 2);
        QCOMPARE(data.at(0).at(0).toInt(), 3);
        QCOMPARE(data.at(0).at(1).toByteArray(), QByteArray("\r\nOK"));
        QCOMPARE(r.session->socketBytesIn(3), quint64(4));
        QCOMPARE(r.session->socketBytesIn(1), quint64(2));
        QVERIFY(r.session->bytesIn() >= 22);
    }

    void unsolicitedEventsAreTyped()
    {
        Rig r;
        r.connectAndSettle();
        QSignalSpy events(r.session.get(), &AtSession::eventReceived);
        r.module->say("+EVT:up\r\n");
        QTRY_COMPARE(events.count(), 1);
        const AtEvent e = events.at(0).at(0).value<AtEvent>();
        QCOMPARE(e.name, QString("test.event"));
        QCOMPARE(e.fields.value("value").toString(), QString("up"));
    }

    void theEngineRunsInAWorkerThread()
    {
        Rig r;
        r.connectAndSettle();
        QThread worker;
        r.session->moveToThread(&worker);
        r.hostEnd->moveToThread(&worker);
        worker.start();
        r.module->onCommand = [&](const QByteArray &) { r.module->say("v1\r\nOK\r\n"); };
        QList<QByteArray> lines;
        std::atomic<bool> ok{false};
        QMetaObject::invokeMethod(r.session.get(), [&] {
            AtReply *reply = r.session->send("AT+GMR");
            // Runs in the worker thread, where the reply lives.
            QObject::connect(reply, &AtReply::finished, reply, [&, reply] {
                lines = reply->lines();
                ok = reply->ok();
            });
        });
        QTRY_VERIFY(ok.load());
        QCOMPARE(lines, (QList<QByteArray>{"v1"}));
        QMetaObject::invokeMethod(
            r.session.get(),
            [&] {
                r.session->moveToThread(QCoreApplication::instance()->thread());
                r.hostEnd->moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    }

    void aLineTypedRawWaitsForTheCommandInFlightAndIsWaitedFor()
    {
        Rig r;
        r.connectAndSettle();
        QList<QByteArray> seen;
        r.module->onCommand = [&](const QByteArray &c) { seen << c; };
        AtReply *one = r.session->send("AT+ONE");
        one->setAutoDelete(false);
        QTRY_COMPARE(seen.size(), 1);
        r.session->writeRaw("AT+RAW\r\n"); // typed with another line end, say
        AtReply *two = r.session->send("AT+TWO");
        two->setAutoDelete(false);
        QTest::qWait(50);
        QCOMPARE(seen, (QList<QByteArray>{"AT+ONE"})); // nothing jumps the command in flight
        r.module->say("OK\r\n");
        QTRY_COMPARE(seen.size(), 2);
        QCOMPARE(seen.at(1), QByteArray("AT+RAW"));
        QTest::qWait(50);
        QCOMPARE(seen.size(), 2); // AT+TWO waits for the typed command's answer
        QVERIFY(one->ok());
        r.module->say("raw reply\r\nOK\r\n");
        QTRY_COMPARE(seen.size(), 3);
        QCOMPARE(seen.at(2), QByteArray("AT+TWO"));
        r.module->say("OK\r\n");
        QTRY_VERIFY(two->isFinished());
        QVERIFY(two->ok());
        QVERIFY(two->lines().isEmpty()); // the typed command's reply is not AT+TWO's
        delete one;
        delete two;
    }

    void withoutAnOpenLinkCommandsFailAtOnce()
    {
        Rig r;
        AtReply *reply = r.session->send("AT");
        reply->setAutoDelete(false);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), AtReply::Error::Transport);
        delete reply;
    }

    void losingTheLinkCancelsEverythingPending()
    {
        Rig r;
        r.connectAndSettle();
        r.module->onCommand = {};
        AtReply *a = r.session->send("AT+A");
        a->setAutoDelete(false);
        AtReply *b = r.session->send("AT+B");
        b->setAutoDelete(false);
        QTRY_COMPARE(r.module->commands.size(), 1);
        emit r.hostEnd->errorOccurred(QStringLiteral("unplugged"), true);
        QVERIFY(a->isFinished() && b->isFinished());
        QCOMPARE(a->error(), AtReply::Error::Cancelled);
        QCOMPARE(b->errorString(), QString("unplugged"));
        delete a;
        delete b;
    }
};

QTEST_GUILESS_MAIN(TstAtSession)
#include "tst_atsession.moc"
