// Auto-detection against the virtual modules served on a pseudo-terminal, as a user's serial port
// would see them: at the module's own baud rate, at another one (where the module reads and writes
// garbage), with nothing attached, with garbage only, and cancelled midway.
#include "dialects/DialectRegistry.h"
#include "services/AutoDetector.h"
#include "sim/UartLine.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"
#include "sim/World.h"
#include "transport/PtyTransport.h"
#include "transport/SerialTransport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {
// What each family's virtual module says about itself.
struct Identity
{
    const char *id;
    const char *model; // contained in the detected model
    const char *firmware;
};
const Identity Identities[] = {
    {"wizfi310", "WizFi310", "1.0.0.6"},
    {"wizfi360", "WizFi360", "1.1.1.7"},
    {"wizfi250", "WizFi250", "1.0.3.6"},
    {"pic32mzw1", "PIC32MZW1", "0.3.1"},
    {"air602", "Air602", "AirM2M_Luat_WiFi_V008_WM"},
};

DetectionResult runDetector(AutoDetector &detector, const QString &port, qint64 *elapsedMs,
                            int timeoutMs = 30000)
{
    QSignalSpy done(&detector, &AutoDetector::finished);
    QElapsedTimer clock;
    clock.start();
    detector.start(port);
    if (!done.wait(timeoutMs))
        return {};
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return done.first().first().value<DetectionResult>();
}

// A module of family `id` served on a pseudo-terminal, its UART at `uartBaud`.
struct ServedModule
{
    PtyTransport pty;
    std::unique_ptr<VirtualModule> module;

    bool serve(const QString &id, int uartBaud)
    {
        module = VirtualModuleFactory::create(id, World::defaultWorld());
        if (!module)
            return false;
        pty.open();
        module->attach(&pty);
        module->setUartBaud(uartBaud);
        module->powerOn();
        return pty.isOpen();
    }
};
} // namespace

class TstAutoDetector : public QObject
{
    Q_OBJECT
private slots:
    void findsEachVirtualModuleAtItsBaudRate_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("uartBaud");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("firmware");
        for (const Identity &i : Identities) {
            for (const int baud : {115200, 57600})
                QTest::addRow("%s@%d", i.id, baud)
                    << QString::fromLatin1(i.id) << baud << QString::fromLatin1(i.model)
                    << QString::fromLatin1(i.firmware);
        }
    }

    void findsEachVirtualModuleAtItsBaudRate()
    {
        QFETCH(QString, id);
        QFETCH(int, uartBaud);
        QFETCH(QString, model);
        QFETCH(QString, firmware);
        ServedModule served;
        if (!served.serve(id, uartBaud))
            QSKIP("no virtual module for this family in this build");

        AutoDetector detector;
        qint64 ms = 0;
        const DetectionResult r = runDetector(detector, served.pty.devicePath(), &ms);
        QVERIFY2(r.found(), qPrintable(r.message));
        QCOMPARE(r.dialectId, id);
        QCOMPARE(r.baud, uartBaud);
        QVERIFY2(r.model.contains(model), qPrintable(r.model));
        QCOMPARE(r.firmware, firmware);
        QVERIFY2(r.confidence >= 0.9, qPrintable(r.evidence.join(QStringLiteral("; "))));
        QCOMPARE(r.confidenceLevel(), QStringLiteral("high"));
        QVERIFY(r.evidence.size() >= 2); // the hello and at least one identity reply
        QVERIFY(!detector.isRunning());
        if (uartBaud == AutoDetector::defaultBaudRates().first()) {
            // A responsive module at its default rate: well under the 5 s the user waits at most.
            QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
            qInfo("%s detected at %d baud in %lld ms", qPrintable(id), uartBaud, ms);
        } else {
            qInfo("%s detected at %d baud in %lld ms (after %s)", qPrintable(id), uartBaud, ms,
                  "115200 and 9600");
        }
    }

    void theModuleIsLeftAsItWas_data()
    {
        QTest::addColumn<QString>("id");
        for (const Identity &i : Identities)
            QTest::newRow(i.id) << QString::fromLatin1(i.id);
    }

    void theModuleIsLeftAsItWas()
    {
        // Only the hellos, the bare line end and identity queries reach the module at its own
        // rate: no echo or verbosity toggles (Air602's AT+E), nothing set or saved.
        QFETCH(QString, id);
        ServedModule served;
        if (!served.serve(id, 57600))
            QSKIP("no virtual module for this family in this build");
        QByteArray heard;
        connect(served.module.get(), &VirtualModule::bytesIn, this, [&](const QByteArray &b) {
            if (served.pty.lineBaud() == 57600)
                heard += b;
        });
        AutoDetector detector;
        const DetectionResult r = runDetector(detector, served.pty.devicePath(), nullptr);
        QVERIFY2(r.found(), qPrintable(r.message));
        const QRegularExpression readOnly(QStringLiteral("^AT(\\+|\\+(GMI|GMM|GMR|MINFO|QVER))?$"));
        const QList<QByteArray> lines = heard.split('\n');
        for (QByteArray line : lines) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            QVERIFY2(readOnly.match(QString::fromLatin1(line)).hasMatch(), line.constData());
        }
    }

    void nothingAttachedEndsInBoundedTime()
    {
        PtyTransport pty; // a port with no module behind it
        pty.open();
        AutoDetector detector;
        qint64 ms = 0;
        const DetectionResult r = runDetector(detector, pty.devicePath(), &ms);
        QCOMPARE(r.outcome, DetectionResult::Outcome::NothingAnswered);
        QVERIFY(r.message.contains(QStringLiteral("Nothing answered")));
        QVERIFY(r.message.contains(pty.devicePath()));
        QVERIFY(r.message.contains(QStringLiteral("115200, 9600, 57600")));
        // Every rate of the default list, each with short timeouts.
        QVERIFY2(ms < 15000, qPrintable(QString::number(ms)));
        qInfo("nothing attached: %lld ms for %lld rates", ms,
              qlonglong(AutoDetector::defaultBaudRates().size()));
    }

    void garbageOnlyEndsTheSameWay()
    {
        // Something answers every line with bytes that are no module's: line noise.
        PtyTransport pty;
        pty.open();
        QRandomGenerator noise(20240601);
        connect(&pty, &Transport::received, this, [&](const QByteArray &in) {
            QByteArray junk(in.size() * 3, '\0');
            for (char &c : junk)
                c = char(noise.bounded(256));
            pty.write(junk);
        });
        AutoDetector detector;
        detector.setBaudRates({115200, 9600, 57600, 38400});
        const DetectionResult r = runDetector(detector, pty.devicePath(), nullptr);
        QCOMPARE(r.outcome, DetectionResult::Outcome::NothingAnswered);
        QVERIFY(r.message.contains(QStringLiteral("Nothing answered")));
    }

    void aModuleAtAnotherRateIsNotFoundAtTheWrongOnes()
    {
        // Only rates the module does not run at: its garbage must not be taken for an answer.
        ServedModule served;
        if (!served.serve(QStringLiteral("pic32mzw1"), 57600))
            QSKIP("no virtual PIC32MZW1 in this build");
        AutoDetector detector;
        detector.setBaudRates({115200, 9600, 230400, 38400});
        const DetectionResult r = runDetector(detector, served.pty.devicePath(), nullptr);
        QCOMPARE(r.outcome, DetectionResult::Outcome::NothingAnswered);
    }

    void cancelStopsAtOnce()
    {
        PtyTransport pty;
        pty.open();
        AutoDetector detector;
        QSignalSpy progress(&detector, &AutoDetector::progress);
        QSignalSpy done(&detector, &AutoDetector::finished);
        detector.start(pty.devicePath());
        QVERIFY(detector.isRunning());
        QTRY_VERIFY(progress.count() >= 2); // opening, then the first rate
        detector.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<DetectionResult>().outcome,
                 DetectionResult::Outcome::Cancelled);
        QVERIFY(!detector.isRunning());
        // Nothing more comes from the cancelled run, and the port is free again.
        QTest::qWait(600);
        QCOMPARE(done.count(), 1);
        SerialSettings s;
        s.portName = pty.devicePath();
        SerialTransport again(s);
        again.open();
        QVERIFY(again.isOpen());
    }

    void aPortThatCannotBeOpenedSaysWhy()
    {
        AutoDetector detector;
        const QString path = QStringLiteral("/dev/atstudio-no-such-port");
        const DetectionResult r = runDetector(detector, path, nullptr);
        QCOMPARE(r.outcome, DetectionResult::Outcome::PortError);
        QVERIFY2(r.message.contains(path), qPrintable(r.message));
    }

    void theResultReadsAsJson()
    {
        DetectionResult r;
        r.outcome = DetectionResult::Outcome::Found;
        r.dialectId = QStringLiteral("pic32mzw1");
        r.model = QStringLiteral("PIC32MZW1");
        r.firmware = QStringLiteral("0.3.1");
        r.baud = 115200;
        r.confidence = 0.97;
        r.evidence = {QStringLiteral("AT -> OK")};
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("dialect")).toString(), QStringLiteral("pic32mzw1"));
        QCOMPARE(o.value(QStringLiteral("baud")).toInt(), 115200);
        QCOMPARE(o.value(QStringLiteral("confidence")).toDouble(), 0.97);
        QCOMPARE(o.value(QStringLiteral("confidence_level")).toString(), QStringLiteral("high"));
        QCOMPARE(o.value(QStringLiteral("evidence")).toArray().size(), 1);
    }

    // ---- the baud mismatch of the virtual module ----

    void aUartReadsGarbageAtAnotherRate()
    {
        const QByteArray text("AT+GMR\r\nOK\r\n");
        QCOMPARE(UartLine::resample(text, 115200, 115200), text);
        // A UART tolerates a few per cent.
        QCOMPARE(UartLine::resample(text, 115200, 113000), text);
        const QByteArray faster = UartLine::resample(text, 57600, 115200);
        QVERIFY(!faster.isEmpty());
        QVERIFY(!faster.contains("OK"));
        // Read at a much lower rate, a burst shrinks to a byte or two of junk.
        const QByteArray slower = UartLine::resample(text, 115200, 9600);
        QVERIFY(!slower.isEmpty());
        QVERIFY(slower.size() < text.size() / 4);
        QVERIFY(!slower.contains("OK"));
    }

    void theVirtualModuleAnswersOnlyAtItsRate()
    {
        ServedModule served;
        if (!served.serve(QStringLiteral("pic32mzw1"), 57600))
            QSKIP("no virtual PIC32MZW1 in this build");
        SerialSettings s;
        s.portName = served.pty.devicePath();
        s.baudRate = 115200;
        SerialTransport port(s);
        QByteArray got;
        connect(&port, &Transport::received, this, [&](const QByteArray &b) { got += b; });
        port.open();
        QVERIFY(port.isOpen());
        QTRY_COMPARE(served.pty.lineBaud(), 115200);
        QTest::qWait(50);
        got.clear();
        port.write("AT\r\nAT\r\n");
        QTest::qWait(200);
        QVERIFY2(!got.contains("OK"), got.toHex(' ').constData());

        QVERIFY(port.setBaudRate(57600));
        QTRY_COMPARE(served.pty.lineBaud(), 57600);
        QTest::qWait(50);
        got.clear();
        port.write("\r\nAT\r\n"); // the line end first ends the garbage line
        QTRY_VERIFY2(got.contains("OK\r\n"), got.constData());
    }
};

QTEST_GUILESS_MAIN(TstAutoDetector)
#include "tst_autodetector.moc"
