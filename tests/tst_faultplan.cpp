// Fault specs for the virtual module.
#include "sim/FaultPlan.h"

#include <QTest>

class TstFaultPlan : public QObject
{
    Q_OBJECT
private slots:
    void theFullSpecIsRead()
    {
        QString error;
        const auto p = FaultPlan::parse(
            "noise=0.01,reset=30s,drop-final=0.02,busy=0.05,split=1,unplug=60s,seed=42", &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->noise, 0.01);
        QCOMPARE(p->resetEveryMs, 30000);
        QCOMPARE(p->dropFinal, 0.02);
        QCOMPARE(p->busy, 0.05);
        QVERIFY(p->split);
        QCOMPARE(p->unplugEveryMs, 60000);
        QCOMPARE(p->seed, 42u);
        QVERIFY(p->any());
    }

    void durationsTakeUnits()
    {
        QString error;
        QCOMPARE(FaultPlan::parse("reset=500ms", &error)->resetEveryMs, 500);
        QCOMPARE(FaultPlan::parse("reset=2m", &error)->resetEveryMs, 120000);
        QCOMPARE(FaultPlan::parse("reset=3", &error)->resetEveryMs, 3000);
    }

    void anEmptySpecInjectsNothing()
    {
        QString error;
        QVERIFY(!FaultPlan::parse("", &error)->any());
    }

    void mistakesAreNamed()
    {
        QString error;
        QVERIFY(!FaultPlan::parse("noise=2", &error));
        QVERIFY(error.contains("noise=2"));
        QVERIFY(!FaultPlan::parse("reset=soon", &error));
        QVERIFY(error.contains("duration"));
        QVERIFY(!FaultPlan::parse("gremlins=1", &error));
        QVERIFY(error.contains("known faults"));
    }
};

QTEST_GUILESS_MAIN(TstFaultPlan)
#include "tst_faultplan.moc"
