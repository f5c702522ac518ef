// Running a dialect's plan: values flow from one step to the next, replies are read, awaited
// events end a step, failures stop the plan with the command and the module's reason.
#include "services/CommandSequence.h"
#include "engine/AtReply.h"
#include "support/ScriptedModule.h"

#include <QSignalSpy>
#include <QTest>

namespace {
struct SequenceRig : ScriptedRig
{
    SequenceRig()
        : sequence([this](const QByteArray &c, const QByteArray &p, int t) {
            return session->send(c, p, t);
        })
    {
        QObject::connect(session.get(), &AtSession::eventReceived, &sequence,
                         &CommandSequence::onEvent);
        connectAndSettle();
    }
    bool runToEnd(const CommandPlan &plan, const QVariantMap &values = {})
    {
        QSignalSpy done(&sequence, &CommandSequence::finished);
        sequence.start(plan, values);
        if (done.isEmpty() && !done.wait(5000))
            return false;
        return done.first().first().toBool();
    }
    CommandSequence sequence;
};

CommandStep readsItem(const char *command)
{
    CommandStep s = CommandStep::of(command);
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const QByteArray &line : reply.lines()) {
            if (line.startsWith("+ITEM:")) {
                values.insert(QStringLiteral("socket"), line.mid(6).toInt());
                return true;
            }
        }
        error = QStringLiteral("no +ITEM line");
        return false;
    };
    return s;
}
} // namespace

class TstCommandSequence : public QObject
{
    Q_OBJECT
private slots:
    void stepsRunInOrderAndValuesFillLaterCommands()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &c) {
            rig.module->say(c == "AT+OPEN" ? "+ITEM:3\r\nOK\r\n" : "OK\r\n");
        };
        CommandPlan plan;
        plan << readsItem("AT+OPEN") << CommandStep::of("AT+BIND={socket},{port}");
        QVERIFY(rig.runToEnd(plan, {{QStringLiteral("port"), 5000}}));
        QCOMPARE(rig.module->commands, (QList<QByteArray>{"AT+OPEN", "AT+BIND=3,5000"}));
        QCOMPARE(rig.sequence.values().value(QStringLiteral("socket")).toInt(), 3);
    }

    void aFailedStepStopsThePlanWithTheCommandAndTheModulesReason()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &c) {
            rig.module->say(c == "AT+B" ? "ERROR:5\r\n" : "OK\r\n");
        };
        CommandPlan plan;
        plan << CommandStep::of("AT+A") << CommandStep::of("AT+B") << CommandStep::of("AT+C");
        QVERIFY(!rig.runToEnd(plan));
        QCOMPARE(rig.module->commands, (QList<QByteArray>{"AT+A", "AT+B"}));
        QVERIFY2(rig.sequence.errorString().startsWith("AT+B: "),
                 qPrintable(rig.sequence.errorString()));
        QVERIFY(rig.sequence.errorString().contains(u'5'));
        QCOMPARE(rig.sequence.failedCommand(), QByteArray("AT+B"));
    }

    void aStepThatMayFailDoesNotStopThePlan()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &c) {
            rig.module->say(c == "AT+LEAVE" ? "ERROR\r\n" : "OK\r\n");
        };
        CommandStep leave = CommandStep::of("AT+LEAVE");
        leave.mayFail = true;
        CommandPlan plan;
        plan << leave << CommandStep::of("AT+JOIN");
        QVERIFY(rig.runToEnd(plan));
        QCOMPARE(rig.module->commands.size(), 2);
    }

    void aReplyThatCannotBeReadFailsThePlan()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &) { rig.module->say("OK\r\n"); };
        CommandPlan plan;
        plan << readsItem("AT+OPEN");
        QVERIFY(!rig.runToEnd(plan));
        QCOMPARE(rig.sequence.errorString(), QStringLiteral("AT+OPEN: no +ITEM line"));
    }

    void anAwaitedEventEndsTheStepEvenWhenItCameBeforeTheFinal()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &c) {
            if (c == "AT+CONNECT")
                rig.module->say("+EVT:early\r\nOK\r\n");
            else
                rig.module->say("OK\r\n");
        };
        CommandStep connect = CommandStep::of("AT+CONNECT");
        connect.awaitEvent = QStringLiteral("test.event");
        CommandPlan plan;
        plan << connect << CommandStep::of("AT+NEXT");
        QVERIFY2(rig.runToEnd(plan), qPrintable(rig.sequence.errorString()));
        QCOMPARE(rig.module->commands.size(), 2);
        // The awaited event's fields are the plan's values now.
        QCOMPARE(rig.sequence.values().value(QStringLiteral("value")).toString(),
                 QStringLiteral("early"));
    }

    void anAwaitedEventThatComesLaterEndsTheStepThen()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &) { rig.module->say("OK\r\n"); };
        CommandStep join = CommandStep::of("AT+JOIN");
        join.awaitEvent = QStringLiteral("test.event");
        join.acceptEvent = [](const AtEvent &e, QVariantMap &) { return e.raw == "+EVT:up"; };
        QSignalSpy done(&rig.sequence, &CommandSequence::finished);
        rig.sequence.start(CommandPlan({join}));
        QTest::qWait(100);
        QVERIFY(done.isEmpty());
        rig.module->say("+EVT:up\r\n");
        QVERIFY(done.wait(3000));
        QVERIFY(rig.sequence.ok());
    }

    void aFailureEventFailsTheWaitingStepWithItsText()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &) {
            rig.module->say("OK\r\n+EVT:wrongkey\r\n");
        };
        CommandStep join = CommandStep::of("AT+JOIN");
        join.awaitEvent = QStringLiteral("wifi.gotip");
        join.failEvents << QStringLiteral("test.event");
        QVERIFY(!rig.runToEnd(CommandPlan({join})));
        QCOMPARE(rig.sequence.errorString(), QStringLiteral("AT+JOIN: +EVT:wrongkey"));
    }

    void anEventThatCarriesAFailureCodeFailsTheStep()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &) {
            rig.module->say("OK\r\n+EVT:-4\r\n");
        };
        CommandStep publish = CommandStep::of("AT+PUB=x");
        publish.awaitEvent = QStringLiteral("test.event");
        publish.eventError = [](const AtEvent &e) {
            const int code = e.fields.value(QStringLiteral("value")).toInt();
            return code < 0 ? QStringLiteral("refused with %1").arg(code) : QString();
        };
        QVERIFY(!rig.runToEnd(CommandPlan({publish})));
        QCOMPARE(rig.sequence.errorString(), QStringLiteral("AT+PUB=x: refused with -4"));
        // The same message with code 0 is the success.
        rig.module->onCommand = [&rig](const QByteArray &) { rig.module->say("OK\r\n+EVT:0\r\n"); };
        QVERIFY(rig.runToEnd(CommandPlan({publish})));
    }

    void anAwaitedEventThatNeverComesTimesOutReadably()
    {
        SequenceRig rig;
        rig.module->onCommand = [&rig](const QByteArray &) { rig.module->say("OK\r\n"); };
        CommandStep join = CommandStep::of("AT+JOIN");
        join.awaitEvent = QStringLiteral("wifi.gotip");
        join.awaitMs = 200;
        QVERIFY(!rig.runToEnd(CommandPlan({join})));
        QVERIFY2(rig.sequence.errorString().contains(QStringLiteral("wifi.gotip")),
                 qPrintable(rig.sequence.errorString()));
    }

    void aRefusedPlanFinishesAtOnceWithItsReasonAndSendsNothing()
    {
        SequenceRig rig;
        QVERIFY(!rig.runToEnd(CommandPlan::refuse(QStringLiteral("no such thing here"))));
        QCOMPARE(rig.sequence.errorString(), QStringLiteral("no such thing here"));
        QVERIFY(rig.module->commands.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCommandSequence)
#include "tst_commandsequence.moc"
