// `atstudio-cli wifi|socket|mqtt|gpio` as a user runs them, against virtual modules: the same
// services as the panels, reaching a real loopback peer and a real mosquitto broker.
#include "sim/SimMqtt.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI while this process's event loop keeps serving the peers the module talks to.
Run cli(const QStringList &args)
{
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(ATSTUDIO_CLI), args);
    Run r;
    if (!done.wait(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QStringList Lab{QStringLiteral("--ssid"), QStringLiteral("WIZnet_Lab"),
                      QStringLiteral("--key"), QStringLiteral("wiznet1234")};
} // namespace

class TstModuleCli : public QObject
{
    Q_OBJECT
private slots:
    void scanPrintsEveryVisibleAccessPointAsJson()
    {
        const Run r = cli({"wifi", "scan", "--simulate", "wizfi310"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList ssids;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.isEmpty())
                ssids << QJsonDocument::fromJson(line).object().value("ssid").toString();
        }
        QVERIFY2(ssids.contains(QStringLiteral("WIZnet_Lab")), r.out.constData());
        QVERIFY(ssids.contains(QStringLiteral("연구소_5층")));
        QVERIFY(ssids.contains(QStringLiteral("Home \"Office\", 2.4G")));
    }

    void joinSucceedsWithTheKeyAndFailsReadablyWithoutIt()
    {
        Run r = cli(QStringList{"wifi", "join", "--simulate", "pic32mzw1"} + Lab);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({"wifi", "join", "--simulate", "air602", "--ssid", "WIZnet_Lab", "--key",
                 "not-the-key"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("atstudio-cli wifi: "), r.err.constData());
        QVERIFY(r.err.size() > 30);
        QVERIFY2(!r.err.contains("not-the-key"), r.err.constData()); // keys never printed
    }

    void badOptionsExitWithTwo()
    {
        QCOMPARE(cli({"wifi", "dance", "--simulate", "wizfi360"}).exitCode, 2);
        QCOMPARE(cli({"wifi", "scan"}).exitCode, 2);
        QCOMPARE(cli({"wifi", "join", "--simulate", "wizfi360"}).exitCode, 2);
        QCOMPARE(cli({"socket", "send", "--simulate", "wizfi360"}).exitCode, 2);
    }

    void socketSendReachesTheLoopbackPeerAndPrintsItsAnswer()
    {
        TcpPeerServer peer(true);
        const Run r = cli(QStringList{"socket", "send", "--simulate", "wizfi360", "--host",
                                      "127.0.0.1", "--peer-port", QString::number(peer.port()),
                                      "--data", "ping over the module", "--wait", "1500"} +
                          Lab);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(peer.received(), QByteArray("ping over the module"));
        QCOMPARE(r.out, QByteArray("ping over the module"));
    }

    void mqttPublishReachesAnotherClientOfTheBroker()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        SimMqtt other;
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("tst-other");
        QSignalSpy up(&other, &SimMqtt::connected);
        QVERIFY(other.connectToBroker(o));
        QTRY_COMPARE(up.size(), 1);
        QSignalSpy subscribed(&other, &SimMqtt::subscribed);
        other.subscribe(QStringLiteral("cli/out"), 0);
        QTRY_COMPARE(subscribed.size(), 1);
        QSignalSpy got(&other, &SimMqtt::messageReceived);
        const Run r = cli(QStringList{"mqtt", "publish", "--simulate", "pic32mzw1", "--broker",
                                      "127.0.0.1", "--broker-port", QString::number(broker.port()),
                                      "--topic", "cli/out", "--message", "from the cli"} +
                          Lab);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_COMPARE(got.size(), 1);
        QCOMPARE(got.at(0).at(1).toByteArray(), QByteArray("from the cli"));
    }

    void gpioWriteAndReadOnAModuleWithPins()
    {
        Run r = cli({"gpio", "write", "--simulate", "wizfi310", "--pin", "3", "--level", "1"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({"gpio", "read", "--simulate", "wizfi310", "--pin", "3"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("pin").toInt(), 3);
        QVERIFY(o.value("level").toInt() == 0 || o.value("level").toInt() == 1);
        // A family without GPIO says why.
        r = cli({"gpio", "read", "--simulate", "air602", "--pin", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("GPIO"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstModuleCli)
#include "tst_modulecli.moc"
