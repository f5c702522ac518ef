// What every virtual module shares: command lines, echo, counted payloads, transparent mode with
// its escape, paced and faulty output, GPIO/ADC from the world.
#include "sim/VirtualModule.h"
#include "transport/PipeTransport.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// A tiny module: "AT" -> OK, "AT+SEND=<n>" takes n bytes, "AT+DATA" enters data mode.
class EchoModule : public VirtualModule
{
public:
    using VirtualModule::VirtualModule;
    QString dialectId() const override { return QStringLiteral("test"); }
    QList<QByteArray> commands;
    QByteArray dataSeen;
    using VirtualModule::adcRaw;
    using VirtualModule::gpioLevel;
    using VirtualModule::setGpioLevel;

protected:
    LineEnd lineEnd() const override { return LineEnd::CrLf; }
    QByteArray bootBanner() const override { return "\r\nready\r\n"; }
    QByteArray busyReply() const override { return "busy p...\r\n"; }
    void handleCommand(const QByteArray &line) override
    {
        commands << line;
        if (line == "ATE0") {
            setEcho(false);
            sayFinal("\r\nOK\r\n");
        } else if (line.startsWith("AT+SEND=")) {
            say("\r\nOK\r\n>");
            expectPayload(line.mid(8).toInt(), 1000, [this](const QByteArray &p, bool complete) {
                say("\r\nRecv " + QByteArray::number(p.size()) + " bytes\r\n");
                sayFinal(complete ? "\r\nSEND OK\r\n" : "\r\nSEND FAIL\r\n");
            });
        } else if (line == "AT+DATA") {
            sayFinal("\r\nOK\r\n");
            enterDataMode(
                "+++", 200, true, [this](const QByteArray &d) { dataSeen += d; },
                [this] { say("\r\nESCAPED\r\n"); });
        } else {
            sayFinal("\r\nOK\r\n");
        }
    }
};

struct Rig
{
    Rig(const World &world = World::defaultWorld())
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("virtual"));
        host = std::move(a);
        end = std::move(b);
        host->open();
        end->open();
        module.attach(end.get());
        QObject::connect(host.get(), &Transport::received, host.get(),
                         [this](const QByteArray &b) { received += b; });
    }
    std::unique_ptr<PipeTransport> host;
    std::unique_ptr<PipeTransport> end;
    EchoModule module;
    QByteArray received;
};
} // namespace

class TstVirtualModule : public QObject
{
    Q_OBJECT
private slots:
    void commandLinesEndOnCrLfAndAreEchoedUntilEchoIsOff()
    {
        Rig r;
        r.module.powerOn();
        r.host->write("AT\r\nATE0\r\nAT\n");
        QTRY_COMPARE(r.module.commands, (QList<QByteArray>{"AT", "ATE0", "AT"}));
        QTRY_COMPARE(r.received,
                     QByteArray("\r\nready\r\nAT\r\n\r\nOK\r\nATE0\r\n\r\nOK\r\n\r\nOK\r\n"));
    }

    void aPayloadIsTakenByCountWhateverItHolds()
    {
        Rig r;
        r.host->write("ATE0\r\nAT+SEND=6\r\n");
        r.host->write("AT\r\nOK");
        r.host->write("AT\r\n");
        QTRY_COMPARE(r.module.commands.size(), 3);
        QCOMPARE(r.module.commands.last(), QByteArray("AT"));
        QTRY_VERIFY(r.received.endsWith("\r\nOK\r\n"));
        QVERIFY(r.received.contains("Recv 6 bytes\r\n\r\nSEND OK"));
    }

    void aShortPayloadTimesOut()
    {
        Rig r;
        r.host->write("ATE0\r\nAT+SEND=10\r\nabc");
        QTRY_VERIFY_WITH_TIMEOUT(r.received.contains("SEND FAIL"), 3000);
        QVERIFY(r.received.contains("Recv 3 bytes"));
    }

    void dataModeEndsOnlyOnAnEscapeSurroundedBySilence()
    {
        Rig r;
        r.host->write("ATE0\r\nAT+DATA\r\n");
        QTRY_COMPARE(r.module.commands.size(), 2);
        r.host->write("a+++b");
        QTest::qWait(300);
        r.host->write("+++");
        QTest::qWait(50);
        r.host->write("c"); // too soon after the escape: all of it is data
        QTRY_COMPARE(r.module.dataSeen, QByteArray("a+++b+++c"));
        QTest::qWait(300);
        r.host->write("+++");
        QTRY_VERIFY(r.received.contains("ESCAPED"));
        r.host->write("AT\r\n");
        QTRY_COMPARE(r.module.commands.size(), 3);
    }

    void pacedOutputArrivesWholeAndInOrder()
    {
        Rig r;
        r.module.setBaudPace(115200);
        r.module.powerOn();
        r.host->write("AT\r\n");
        QTRY_COMPARE(r.received, QByteArray("\r\nready\r\nAT\r\n\r\nOK\r\n"));
    }

    void faultsRepeatWithTheSameSeed()
    {
        QString error;
        const auto plan = FaultPlan::parse("noise=0.5,split=1,drop-final=0.3,seed=9", &error);
        QVERIFY(plan);
        QByteArray runs[2];
        for (QByteArray &out : runs) {
            Rig r;
            r.module.setFaults(*plan);
            QSignalSpy spy(&r.module, &VirtualModule::bytesOut);
            for (int i = 0; i < 20; ++i)
                r.host->write("AT\r\n");
            QTRY_COMPARE(r.module.commands.size(), 20);
            QTest::qWait(100);
            out = r.received;
        }
        QCOMPARE(runs[0], runs[1]);
        QVERIFY(runs[0] != QByteArray().append(QByteArray("AT\r\n\r\nOK\r\n").repeated(20)));
    }

    void busyFaultAnswersWithTheDialectsBusyReply()
    {
        QString error;
        Rig r;
        r.module.setFaults(*FaultPlan::parse("busy=1", &error));
        r.host->write("ATE0\r\n");
        QTRY_VERIFY(r.received.contains("busy p..."));
        QVERIFY(r.module.commands.isEmpty());
    }

    void resetFaultRestartsTheModuleWithItsBanner()
    {
        QString error;
        Rig r;
        r.module.setFaults(*FaultPlan::parse("reset=200ms,seed=5", &error));
        QTRY_VERIFY_WITH_TIMEOUT(r.received.count("ready") >= 2, 3000);
    }

    void noiseFaultAddsBytesThatFormNoFrame()
    {
        QString error;
        Rig r;
        r.module.setFaults(*FaultPlan::parse("noise=1,seed=2", &error));
        r.host->write("AT\r\n");
        QTRY_VERIFY(r.received.contains("\r\nOK\r\n"));
        QVERIFY(r.received.size() > QByteArray("AT\r\n\r\nOK\r\n").size());
    }

    void gpioAndAdcComeFromTheWorld()
    {
        Rig r;
        QCOMPARE(r.module.gpioLevel(1), 1);
        r.module.setGpioLevel(1, 0);
        QCOMPARE(r.module.gpioLevel(1), 0);
        const int raw = r.module.adcRaw(3); // constant 1.65 V of 3.3 V full scale
        QVERIFY(qAbs(raw - 2048) <= 1);
    }

    void aRestartClearsStateAndPrintsTheBanner()
    {
        Rig r;
        r.host->write("ATE0\r\n");
        QTRY_COMPARE(r.module.commands.size(), 1);
        r.module.restart();
        r.host->write("AT\r\n");
        QTRY_VERIFY(r.received.endsWith("\r\nready\r\nAT\r\n\r\nOK\r\n")); // echo is on again
    }
};

QTEST_GUILESS_MAIN(TstVirtualModule)
#include "tst_virtualmodule.moc"
