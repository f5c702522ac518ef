// The engine: one command in flight, timeouts, busy retries, module resets, send prompts.
#include "engine/AtSession.h"
#include "support/MiniDialect.h"
#include "support/ScriptedModule.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <functional>


class TstAtSession : public QObject
{
    Q_OBJECT
private slots:
    void inDataModeEveryByteIsThePeersAndCommandsWaitUntilTheEscape()
    {
        ScriptedRig r;
        r.connectAndSettle();
        QSignalSpy data(r.session.get(), &AtSession::dataReceived);
        QSignalSpy mode(r.session.get(), &AtSession::dataModeChanged);
        r.session->enterDataMode(2, "+++", 50);
        QCOMPARE(mode.count(), 1);
        // Lines that look like finals are the peer's bytes now.
        r.module->say("OK\r\n+EVT:x\r\n");
        QTRY_COMPARE(data.count(), 1);
        QCOMPARE(data.first().at(0).toInt(), 2);
        QCOMPARE(data.first().at(1).toByteArray(), QByteArray("OK\r\n+EVT:x\r\n"));
        QCOMPARE(r.session->socketBytesIn(2), quint64(12));
        // A command waits for the end of data mode.
        AtReply *reply = r.session->send("AT");
        r.session->writeData("hello\r\n");
        QTRY_COMPARE(r.module->commands, QList<QByteArray>{"hello"});
        QTest::qWait(30);
        QCOMPARE(r.module->commands.size(), 1);
        QSignalSpy finished(reply, &AtReply::finished);
        r.session->leaveDataMode();
        QTRY_COMPARE(mode.count(), 2);
        QCOMPARE(mode.last().at(0).toInt(), -1);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(reply->ok());
        QCOMPARE(r.module->commands.last(), QByteArray("+++AT"));
    }

    void openingTheLinkRunsTheDialectSetupFirst()
    {
        ScriptedRig r;
        r.module->onCommand = [&](const QByteArray &) { r.module->say("OK\r\n"); };
        AtReply *reply = r.session->send("AT+GMR");
        r.hostEnd->open();
        QSignalSpy done(reply, &AtReply::finished);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(r.module->commands, (QList<QByteArray>{"ATE0", "AT+GMR"}));
    }

    void aTypedLineEndIsNotSentTwice()
    {
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
        r.connectAndSettle();
        r.module->onCommand = [&](const QByteArray &) { r.module->say("OK\r\n"); };
        r.module->say("ready\r\nready\r\n");
        QTRY_COMPARE(r.module->commands.size(), 1);
        QTest::qWait(50);
        QCOMPARE(r.module->commands, (QList<QByteArray>{"ATE0"}));
    }

    void aRestartCommandEndsWithTheBootBanner()
    {
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
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
        ScriptedRig r;
        AtReply *reply = r.session->send("AT");
        reply->setAutoDelete(false);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), AtReply::Error::Transport);
        delete reply;
    }

    void losingTheLinkCancelsEverythingPending()
    {
        ScriptedRig r;
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
