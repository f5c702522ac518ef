// `atstudio-cli detect` as a user runs it: one JSON object and exit 0 when a module answers,
// a clear sentence and exit 1 when nothing does, exit 2 for bad options.
#include "transport/PtyTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {
// `atstudio-cli simulate` serving a module; the device path is its first line of output.
struct Simulator
{
    QProcess process;

    QString start(const QStringList &args)
    {
        process.start(QStringLiteral(ATSTUDIO_CLI), QStringList{QStringLiteral("simulate")} + args);
        if (!process.waitForStarted() || !process.waitForReadyRead(10000))
            return {};
        return QString::fromLocal8Bit(process.readLine()).trimmed();
    }
    ~Simulator()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(process.processId()), SIGINT);
        process.waitForFinished(5000);
    }
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run detect(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATSTUDIO_CLI), QStringList{QStringLiteral("detect")} + args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TstDetectCli : public QObject
{
    Q_OBJECT
private slots:
    void printsTheModuleAsOneJsonObject()
    {
        Simulator sim;
        const QString device = sim.start({QStringLiteral("--module"), QStringLiteral("pic32mzw1"),
                                          QStringLiteral("--uart-baud"), QStringLiteral("57600")});
        if (device.isEmpty())
            QSKIP("no virtual PIC32MZW1 in this build");
        const Run r = detect({QStringLiteral("--port"), device});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 1); // one object on one line
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("dialect")).toString(), QStringLiteral("pic32mzw1"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("PIC32MZW1"));
        QCOMPARE(o.value(QStringLiteral("firmware")).toString(), QStringLiteral("0.3.1"));
        QCOMPARE(o.value(QStringLiteral("baud")).toInt(), 57600);
        QVERIFY(o.value(QStringLiteral("confidence")).toDouble() >= 0.9);
        QVERIFY(o.value(QStringLiteral("evidence")).toArray().size() >= 2);
        QCOMPARE(o.value(QStringLiteral("port")).toString(), device);
    }

    void theBaudListIsTriedInOrder()
    {
        Simulator sim;
        const QString device = sim.start({QStringLiteral("--module"), QStringLiteral("pic32mzw1"),
                                          QStringLiteral("--uart-baud"), QStringLiteral("19200")});
        if (device.isEmpty())
            QSKIP("no virtual PIC32MZW1 in this build");
        const Run r = detect({QStringLiteral("--port"), device, QStringLiteral("--bauds"),
                              QStringLiteral("19200,115200"), QStringLiteral("--verbose")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("baud")).toInt(),
                 19200);
        QVERIFY(r.err.contains("19200"));   // --verbose tells the steps
        QVERIFY(!r.err.contains("115200")); // found at the first rate: the second is not tried
    }

    void nothingAnsweredExitsWithOne()
    {
        PtyTransport pty; // nothing behind it
        pty.open();
        const Run r = detect({QStringLiteral("--port"), pty.devicePath(), QStringLiteral("--bauds"),
                              QStringLiteral("115200,9600")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Nothing answered"), r.err.constData());
        QVERIFY(r.err.contains(pty.devicePath().toLocal8Bit()));
    }

    void aMissingPortExitsWithOne()
    {
        const Run r = detect({QStringLiteral("--port"), QStringLiteral("/dev/atstudio-no-port")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("/dev/atstudio-no-port"), r.err.constData());
    }

    void badOptionsExitWithTwo()
    {
        Run r = detect({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--port"));
        r = detect({QStringLiteral("--port"), QStringLiteral("/dev/null"),
                    QStringLiteral("--bauds"), QStringLiteral("115200,fast")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("fast"));
        r = detect({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--bauds"));
    }
};

QTEST_GUILESS_MAIN(TstDetectCli)
#include "tst_detectcli.moc"
