// The WizFi250 virtual module: byte-exact answers to the host (the guide's and the firmware's
// text), and the engine with the wizfi250 dialect driving it through joins, real loopback sockets,
// a 1 MB transfer, data mode, GPIO and ADC.
#include "sim/wizfi250/Wizfi250Module.h"
#include "support/DialectExamples.h"
#include "support/LoopbackPeers.h"
#include "support/SimRig.h"
#include "transport/PipeTransport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

namespace {

const QString Id = QStringLiteral("wizfi250");

// The guide's example network: WizFiDemoAP, WPA2, key 12345678, addresses 192.168.12.x.
World exampleWorld()
{
    World w = World::defaultWorld();
    WorldAccessPoint ap;
    ap.ssid = "WizFiDemoAP";
    ap.bssid = "00:08:dc:11:22:33";
    ap.channel = 6;
    ap.rssi = -45;
    ap.rssiJitter = 0;
    ap.security = WorldAccessPoint::Security::Wpa2Psk;
    ap.passphrase = "12345678";
    w.accessPoints.prepend(ap);
    w.dhcp.first = QHostAddress(QStringLiteral("192.168.12.13"));
    w.dhcp.last = QHostAddress(QStringLiteral("192.168.12.99"));
    w.dhcp.gateway = QHostAddress(QStringLiteral("192.168.12.1"));
    w.gpio = {{5, QStringLiteral("LED"), true, 0}, {6, QStringLiteral("SWITCH"), false, 1}};
    return w;
}

// The module on one end of a pipe, the test on the other: every byte it sends is kept.
struct Wire
{
    explicit Wire(const World &world = exampleWorld())
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("wizfi250 wire"));
        host = std::move(a);
        end = std::move(b);
        host->open();
        end->open();
        module.attach(end.get());
        QObject::connect(host.get(), &Transport::received, host.get(),
                         [this](const QByteArray &bytes) { out += bytes; });
    }
    // Send and return what comes back once `until` has arrived (or the time is up).
    QByteArray exchange(const QByteArray &bytes, const QByteArray &until = "]\r\n",
                        int waitMs = 3000)
    {
        const qsizetype from = out.size();
        host->write(bytes);
        (void)QTest::qWaitFor([&] { return out.indexOf(until, from) >= 0; }, waitMs);
        return out.mid(from);
    }
    // Bring the station up on WizFiDemoAP with echo off.
    void joinQuietly()
    {
        exchange("AT+MECHO=0\r", "[OK]\r\n");
        exchange("AT+WSET=0,WizFiDemoAP\r", "[OK]\r\n");
        exchange("AT+WSEC=0,WPA2,12345678\r", "[OK]\r\n");
        exchange("AT+WJOIN\r", "[OK]\r\n");
    }
    std::unique_ptr<PipeTransport> host;
    std::unique_ptr<PipeTransport> end;
    Wizfi250Module module;
    QByteArray out;
};

// Addresses, MACs and the spacing before the colon of the join lines (the guide's examples
// disagree on it) are set aside when bytes are compared with the guide's transcripts.
QByteArray normalized(QByteArray bytes)
{
    QString s = QString::fromLatin1(bytes);
    static const QRegularExpression mac(QStringLiteral("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}"));
    static const QRegularExpression ip(QStringLiteral("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b"));
    static const QRegularExpression colon(QStringLiteral("(IP Addr|Gateway) +:"));
    s.replace(mac, QStringLiteral("<mac>"));
    s.replace(ip, QStringLiteral("<ip>"));
    s.replace(colon, QStringLiteral("\\1 :"));
    return s.toLatin1();
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator g(seed);
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(g.bounded(256));
    return b;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QStringList eventsOf(const AtReply *reply)
{
    QStringList names;
    for (const AtFrame &f : reply->responses()) {
        if (!f.event.isEmpty())
            names << f.event;
    }
    return names;
}

} // namespace

class TstWizfi250Module : public QObject
{
    Q_OBJECT
private slots:
    // ---- the command line, byte for byte ----

    void bootsWithTheBannerAndEchoesEveryByteButLf()
    {
        Wire w;
        w.module.powerOn();
        QTRY_COMPARE(w.out, QByteArray("WizFi250 Version 1.0.3.6 (WIZnet Co.Ltd)\r\n"));
        w.out.clear();
        // LF is neither echoed nor part of the line; CR comes back as CR LF.
        QCOMPARE(w.exchange("AT\r\n", "[OK]\r\n"), QByteArray("AT\r\n[OK]\r\n"));
        // A CR on an empty line: only its echo.
        w.host->write("\r");
        QTRY_COMPARE(w.out, QByteArray("AT\r\n[OK]\r\n\r\n"));
    }

    void commandsAreCaseInsensitivePrefixesAndUnknownOnesAreInvalid()
    {
        Wire w;
        w.exchange("AT+MECHO=0\r", "[OK]\r\n");
        QCOMPARE(w.exchange("at+minfo\r", "[OK]\r\n"),
                 QByteArray("FW version/HW version\r\n1.0.3.6/WizFi250 Rev 1.0\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+WSTATUS\r", "[OK]\r\n"),
                 QByteArray("IF/SSID/IP-Addr/Gateway/MAC/TxPower(dBm)/RSSI(-dBm)\r\n"
                            "Down////00:08:DC:5A:10:01/15/0\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+NOPE\r", "]\r\n"), QByteArray("[ERROR: INVALID INPUT]\r\n"));
        QCOMPARE(w.exchange("HELLO\r", "]\r\n"), QByteArray("[ERROR: INVALID INPUT]\r\n"));
        // The guide has no MQTT commands: the module does not know them.
        QCOMPARE(w.exchange("AT+MQTTCON=1,127.0.0.1,1883,0\r", "]\r\n"),
                 QByteArray("[ERROR: INVALID INPUT]\r\n"));
        // A parameterless command ignores what follows its name ([F]).
        QCOMPARE(w.exchange("AT+MINFOXYZ\r", "[OK]\r\n").right(6), QByteArray("[OK]\r\n"));
    }

    void aSlashRepeatsTheLastCommandAndBackspaceEdits()
    {
        Wire w;
        QCOMPARE(w.exchange("AT+MMSG=?\r", "[OK]\r\n"), QByteArray("AT+MMSG=?\r\n2\r\n[OK]\r\n"));
        // "A/" runs at once, without a CR, after its own echo.
        QCOMPARE(w.exchange("A/", "[OK]\r\n"), QByteArray("A/2\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+MMSX\bG=?\r", "[OK]\r\n"),
                 QByteArray("AT+MMSX\bG=?\r\n2\r\n[OK]\r\n"));
        // Nothing to repeat after a reset: the empty command is no AT command.
        Wire fresh;
        QCOMPARE(fresh.exchange("A/", "]\r\n"), QByteArray("A/[ERROR: INVALID INPUT]\r\n"));
    }

    void helpListsTheCommandsAsTheFirmwareDoes()
    {
        Wire w;
        w.exchange("AT+MECHO=0\r", "[OK]\r\n");
        const QByteArray help = w.exchange("AT+MHELP\r", "[OK]\r\n");
        QVERIFY(help.startsWith("Command        Description & Usage\r\n"
                                "AT+WJOIN       WiFi Association\r\n"
                                "AT+WLEAVE      WiFi Disassociation\r\n"
                                "AT+WSCAN       WiFi Scan\r\n"
                                "               =<SSID>,<BSSID>,<Channel>\r\n"));
        QVERIFY(help.endsWith("\r\n[OK]\r\n"));
    }

    void aResetNotAskedForIsReportedAfterTheBanner()
    {
        Wire w;
        w.module.restart();
        QTRY_COMPARE(w.out, QByteArray("WizFi250 Version 1.0.3.6 (WIZnet Co.Ltd)\r\n"
                                       "\r\n[Reset Event]\r\n"));
        // AT+MEVTFORM=2... gives the short forms; 0 hides.
        w.out.clear();
        w.exchange("AT+MEVTFORM=2000020000\r", "[OK]\r\n");
        w.exchange("AT+MPROF=S\r", "[OK]\r\n");
        w.out.clear();
        w.module.restart();
        QTRY_COMPARE(w.out, QByteArray("\r\n[0]\r\n\r\n[5]\r\n"));
    }

    void airCommandRunsCommandsSentOverTcp()
    {
        Wire w;
        w.joinQuietly();
        const quint16 port = freePort();
        QCOMPARE(w.exchange("AT+MAIRCMD=O,T," + QByteArray::number(port) + ",0\r", "]\r\n"),
                 QByteArray("[OK]\r\n"));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(3000));
        client.write("WizFi250AirCmd:AT+MINFO\r");
        QByteArray reply;
        QTRY_VERIFY((reply += client.readAll()).endsWith("[OK]\r\n"));
        QCOMPARE(reply,
                 QByteArray("FW version/HW version\r\n1.0.3.6/WizFi250 Rev 1.0\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+MAIRCMD=?\r", "[OK]\r\n"),
                 "O,T," + QByteArray::number(port) + ",0\r\n[OK]\r\n");
    }

    void echoOffAndMessageLevelOneHideWhatTheyShould()
    {
        Wire w;
        QCOMPARE(w.exchange("AT+MECHO=0\r", "[OK]\r\n"), QByteArray("AT+MECHO=0\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+MECHO=?\r", "[OK]\r\n"), QByteArray("0\r\n[OK]\r\n"));
        w.exchange("AT+MMSG=1\r", "\r\n", 200);
        // Level 1: no [OK] / [ERROR], query output still printed.
        QCOMPARE(w.exchange("AT+MMSG=?\r", "1\r\n"), QByteArray("1\r\n"));
        QTest::qWait(50);
        w.out.clear();
        w.host->write("AT+BAD\rAT+MMSG=2\r");
        QTest::qWait(100);
        QCOMPARE(w.out, QByteArray("[OK]\r\n"));
    }

    void sformQueryPrintsItsValueWithoutALineEnd()
    {
        Wire w;
        w.exchange("AT+MECHO=0\r", "[OK]\r\n");
        QCOMPARE(w.exchange("AT+SFORM=?\r", "[OK]\r\n"),
                 QByteArray("111111111,7b,2c,7d,0d,0a[OK]\r\n"));
        QCOMPARE(w.exchange("AT+SFORM=101100110,5B,2F,5D,0D,00\r", "]\r\n"),
                 QByteArray("[OK]\r\n"));
        QCOMPARE(w.exchange("AT+SFORM=?\r", "[OK]\r\n"),
                 QByteArray("101100110,5b,2f,5d,0d,00[OK]\r\n"));
        QCOMPARE(w.exchange("AT+SFORM=1111\r", "]\r\n"), QByteArray("[ERROR: INVALID INPUT]\r\n"));
    }

    void profileDumpAndFactoryReset()
    {
        Wire w;
        w.exchange("AT+MECHO=0\r", "[OK]\r\n");
        QCOMPARE(w.exchange("AT+MPROF=VG\r", "[OK]\r\n"),
                 QByteArray("+WSET=0,WizFiAP,00:00:00:00:00:00,0\r\n"
                            "+WSEC=0,WPA2,12345678\r\n"
                            "+WNET=1,192.168.12.101,255.255.255.0,192.168.12.1\r\n"
                            "+WREG=AU\r\n"
                            "+SCON=O,TSN,,0,5000,1\r\n"
                            "+SFORM=111111111,7b,2c,7d,0d,0a\r\n"
                            "+MMSG=2\r\n"
                            "+MMAC=00:08:DC:5A:10:01\r\n"
                            "+USET=115200,N,8,1,N\r\n"
                            "+MECHO=0\r\n"
                            "+FWEBS=0,M\r\n"
                            "+FGPIO={1,1,3,0},{1,5,3,0},{1,6,3,0},{1,7,3,0},{1,8,3,0}\r\n"
                            "[OK]\r\n"));
        // Echo off was not saved: the reset brings it back.
        QCOMPARE(w.exchange("AT+MRESET\r", "Co.Ltd)\r\n"),
                 QByteArray("[OK]\r\nWizFi250 Version 1.0.3.6 (WIZnet Co.Ltd)\r\n"));
        QCOMPARE(w.exchange("AT+MECHO=?\r", "[OK]\r\n"), QByteArray("AT+MECHO=?\r\n1\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+MFDEF=XX\r", "]\r\n"),
                 QByteArray("AT+MFDEF=XX\r\n[ERROR: INVALID INPUT]\r\n"));
    }

    // ---- the guide's example sessions (tests/data/wizfi250), bytes compared ----

    void manualExamples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("before"); // host lines that set the scene, not compared
        QTest::newRow("01 terminal check") << "01-at-terminal-check" << QByteArray();
        QTest::newRow("02 station static IP") << "02-station-wpa2-static-ip" << QByteArray();
        QTest::newRow("03 station DHCP") << "03-station-wpa2-dhcp" << QByteArray();
        QTest::newRow("04 soft AP") << "04-ap-wpa2-static-ip" << QByteArray();
        QTest::newRow("40 session setup and identity") << "40-session-setup" << QByteArray();
        QTest::newRow("43 values without a line end")
            << "43-query-without-line-end" << QByteArray("AT+MECHO=0\r");
        QTest::newRow("45 status rows")
            << "45-status-rows"
            << QByteArray("AT+MECHO=0\rAT+WSET=0,WizFiDemoAP\rAT+WSEC=0,WPA2,12345678\rAT+WJOIN\r");
    }

    void manualExamples()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, before);
        const QString path =
            DialectExamples::dataDir(Id) + QLatin1Char('/') + name + QStringLiteral(".transcript");
        const QList<TranscriptEntry> entries = DialectExamples::load(path);
        QVERIFY(!entries.isEmpty());
        Wire w;
        // The transcript starts at the banner when it shows one; otherwise after the scene.
        const bool withBanner = entries.first().direction == TranscriptEntry::Direction::FromModule;
        if (withBanner)
            w.module.powerOn();
        if (!before.isEmpty()) {
            for (const QByteArray &line : before.split('\r')) {
                if (!line.isEmpty())
                    w.exchange(line + '\r', "]\r\n");
            }
            QTest::qWait(50);
            w.out.clear();
        }
        QByteArray expected;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const TranscriptEntry &e = entries.at(i);
            if (e.direction == TranscriptEntry::Direction::FromModule) {
                expected += e.bytes;
                continue;
            }
            // Everything the module said before this input must be there first.
            QTRY_COMPARE_WITH_TIMEOUT(normalized(w.out), normalized(expected), 3000);
            w.host->write(e.bytes);
        }
        QTRY_COMPARE_WITH_TIMEOUT(normalized(w.out), normalized(expected), 3000);
        QTest::qWait(50); // and nothing more
        QCOMPARE(normalized(w.out), normalized(expected));
    }

    // ---- joins, byte for byte ----

    void joinPrintsTheGuidesLinesAndAWrongKeyTheFirmwaresRetries()
    {
        Wire w;
        w.exchange("AT+MECHO=0\r", "[OK]\r\n");
        w.exchange("AT+WSET=0,WizFiDemoAP\r", "[OK]\r\n");
        w.exchange("AT+WSEC=0,WPA2,wrong-key\r", "[OK]\r\n");
        QCOMPARE(w.exchange("AT+WJOIN\r", "[ERROR]\r\n"),
                 QByteArray("Joining : WizFiDemoAP\r\nFailed to join: WizFiDemoAP\r\n"
                            "Joining : WizFiDemoAP\r\nFailed to join: WizFiDemoAP\r\n"
                            "Joining : WizFiDemoAP\r\nFailed to join: WizFiDemoAP\r\n"
                            "[ERROR]\r\n"));
        w.exchange("AT+WSEC=0,WPA2,12345678\r", "[OK]\r\n");
        QCOMPARE(w.exchange("AT+WJOIN\r", "[OK]\r\n"),
                 QByteArray("Joining : WizFiDemoAP\r\nSuccessfully joined : WizFiDemoAP\r\n"
                            "\r\n[Link-Up Event]\r\n"
                            "  IP Addr    : 192.168.12.13\r\n  Gateway    : 192.168.12.1\r\n"
                            "[OK]\r\n"));
        QCOMPARE(w.exchange("AT+WJOIN\r", "[OK]\r\n"),
                 QByteArray("Already Associated : Station Mode\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+WLEAVE\r", "[OK]\r\n"),
                 QByteArray("\r\n[Link-Down Event]\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+WLEAVE\r", "[OK]\r\n"), QByteArray("[OK]\r\n"));
    }

    void autoSecurityScansForTheNetworkFirst()
    {
        Wire w;
        w.exchange("AT+MECHO=0\r", "[OK]\r\n");
        w.exchange("AT+WSET=0,WizFiDemoAP\r", "[OK]\r\n");
        QCOMPARE(w.exchange("AT+WSEC=0,,1234\r", "]\r\n"),
                 QByteArray("[ERROR: INVALID INPUT]\r\n"));
        w.exchange("AT+WSEC=0,,12345678\r", "[OK]\r\n");
        QCOMPARE(w.exchange("AT+WSEC=?\r", "[OK]\r\n"), QByteArray("0,,0\r\n[OK]\r\n"));
        QVERIFY(
            w.exchange("AT+WJOIN\r", "[OK]\r\n").endsWith("Gateway    : 192.168.12.1\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+WSEC=?\r", "[OK]\r\n"),
                 QByteArray("0,WPA2AES,12345678\r\n[OK]\r\n"));
        w.exchange("AT+WLEAVE\r", "[OK]\r\n");
        w.exchange("AT+WSET=0,NoSuchNetwork\r", "[OK]\r\n");
        w.exchange("AT+WSEC=0,,12345678\r", "[OK]\r\n");
        QCOMPARE(w.exchange("AT+WJOIN\r", "]\r\n"), QByteArray("[ERROR]\r\n"));
    }

    // ---- the engine drives the module ----

    void identityAndSessionSetup()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        AtReply *info = rig.run("AT+MINFO");
        QVERIFY(info->ok());
        QVERIFY(info->lines().contains("1.0.3.6/WizFi250 Rev 1.0"));
        AtReply *mac = rig.run("AT+MMAC=?");
        QVERIFY(mac->ok());
        QCOMPARE(mac->lines(), QList<QByteArray>{"00:08:DC:5A:10:01"});
        QVERIFY(rig.run("AT+MEVTFORM=?")->lines().contains("1111111111"));
        // The value glued to its [OK] still closes the command.
        AtReply *sform = rig.run("AT+SFORM=?");
        QVERIFY(sform->ok());
        QCOMPARE(sform->finalFrame().text, QByteArray("111111111,7b,2c,7d,0d,0a[OK]"));
        QCOMPARE(rig.run("AT+MTXP=?")->finalFrame().text, QByteArray("15 dBm[OK]"));
    }

    void scanListsTheWorldsNetworks()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        AtReply *scan = rig.run("AT+WSCAN");
        QVERIFY(scan->ok());
        QCOMPARE(eventsOf(scan).count(QStringLiteral("scan.result")),
                 rig.world().accessPoints.size());
        bool sawDemo = false;
        for (const AtFrame &f : scan->responses()) {
            if (f.fields.value(AtFields::Ssid).toString() == QLatin1String("WizFiDemoAP")) {
                sawDemo = true;
                QCOMPARE(f.fields.value(AtFields::Channel).toInt(), 6);
                QCOMPARE(f.fields.value(AtFields::Rssi).toInt(), -45);
            }
        }
        QVERIFY(sawDemo);
        // Filters: SSID (a directed probe also finds the hidden network), channel.
        AtReply *hidden = rig.run("AT+WSCAN=Factory-IoT");
        QCOMPARE(eventsOf(hidden).count(QStringLiteral("scan.result")), 1);
        QVERIFY(hidden->lines().last().contains("/Factory-IoT/F0:9F:C2:00:11:22/"));
        AtReply *channel6 = rig.run("AT+WSCAN=,,6");
        QVERIFY(channel6->ok());
        QCOMPARE(eventsOf(channel6).count(QStringLiteral("scan.result")), 2);
        QCOMPARE(rig.run("AT+WSCAN=,,15")->finalFrame().text, QByteArray("[ERROR: INVALID INPUT]"));
    }

    void joinWithTheRightAndTheWrongKey()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+WSET=0,WizFiDemoAP")->ok());
        QVERIFY(rig.run("AT+WSEC=0,WPA2,not-the-key")->ok());
        AtReply *bad = rig.run("AT+WJOIN");
        QCOMPARE(bad->error(), AtReply::Error::Module);
        QCOMPARE(bad->finalFrame().text, QByteArray("[ERROR]"));
        QCOMPARE(rig.waitForEvent(QStringLiteral("wifi.joining"), 100).name,
                 QStringLiteral("wifi.joining"));

        QVERIFY(rig.run("AT+WSEC=0,WPA2,12345678")->ok());
        AtReply *good = rig.run("AT+WJOIN");
        QVERIFY2(good->ok(), qPrintable(good->errorString()));
        QCOMPARE(rig.waitForEvent(QStringLiteral("wifi.connected")).name,
                 QStringLiteral("wifi.connected"));
        const AtEvent ip = rig.waitForEvent(QStringLiteral("wifi.gotip"));
        QCOMPARE(ip.fields.value(AtFields::Ip).toString(), QStringLiteral("192.168.12.13"));
        AtReply *stat = rig.run("AT+WSTAT");
        QVERIFY(stat->ok());
        QVERIFY(stat->lines().contains("STA/WizFiDemoAP/192.168.12.13/192.168.12.1/"
                                       "00:08:DC:5A:10:01/15/45"));
        QVERIFY(rig.run("AT+WLEAVE")->ok());
        QCOMPARE(rig.waitForEvent(QStringLiteral("wifi.disconnected")).name,
                 QStringLiteral("wifi.disconnected"));
    }

    void softApStartsWithTheConfiguredAddress()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+WSET=1,WizFi250_AP")->ok());
        QCOMPARE(rig.run("AT+WSEC=1,WEP,12345")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]")); // no WEP in soft AP mode
        QVERIFY(rig.run("AT+WSEC=1,WPA2,12345678")->ok());
        QVERIFY(rig.run("AT+WNET=0,192.168.12.105,255.255.255.0,192.168.12.1")->ok());
        QVERIFY(rig.run("AT+WJOIN")->ok());
        QCOMPARE(rig.waitForEvent(QStringLiteral("ap.started")).name, QStringLiteral("ap.started"));
        QVERIFY(rig.module().world().accessPoints.size() > 0);
        AtReply *stat = rig.run("AT+WSTAT");
        QVERIFY(stat->lines().contains(
            "AP/WizFi250_AP/192.168.12.105/192.168.12.1/00:08:DC:5A:10:01/15/0"));
        QVERIFY(rig.run("AT+WLEAVE")->ok());
        QCOMPARE(rig.waitForEvent(QStringLiteral("ap.stopped")).name, QStringLiteral("ap.stopped"));
    }

    void tcpClientRoundTrip()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        TcpPeerServer peer;
        const QByteArray scon =
            "AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,0";
        QCOMPARE(rig.run(scon)->finalFrame().text, QByteArray("[ERROR: WiFi Status]"));
        QVERIFY(rig.run("AT+WSET=0,WizFiDemoAP")->ok());
        QVERIFY(rig.run("AT+WSEC=0,WPA2,12345678")->ok());
        QVERIFY(rig.run("AT+WJOIN")->ok());
        QVERIFY(rig.run(scon)->ok());
        const AtEvent up = rig.waitForEvent(QStringLiteral("socket.connected"));
        QCOMPARE(up.fields.value(AtFields::Socket).toInt(), 0);
        AtReply *send = rig.run("AT+SSEND=0,,,11", "Hi WizFi250");
        QVERIFY2(send->ok(), qPrintable(send->errorString()));
        QTRY_COMPARE(peer.received(), QByteArray("Hi WizFi250"));
        QTRY_COMPARE(rig.socketData(0), QByteArray("Hi WizFi250")); // the echo, through {...}
        AtReply *list = rig.run("AT+SMGMT=?");
        QVERIFY(list->lines().contains("Number of Sockets : 1 (SCID/Mode/Remote/Local/DataMode)"));
        QVERIFY(list->lines().last().startsWith(
            "0/TCN/127.0.0.1:" + QByteArray::number(peer.port()) + "/"));
        QVERIFY(rig.run("AT+SMGMT=0")->ok());
        QCOMPARE(rig.waitForEvent(QStringLiteral("socket.closed")).fields.value(AtFields::Socket),
                 QVariant(0));
        QCOMPARE(rig.run("AT+SMGMT=0")->finalFrame().text, QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(rig.run("AT+SMGMT=X")->finalFrame().text, QByteArray("[ERROR: INVALID SCID]"));
    }

    void tcpConnectThatFailsReportsOnlyTheDisconnect()
    {
        Wire w;
        w.joinQuietly();
        const quint16 closed = freePort();
        QCOMPARE(w.exchange("AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(closed) + ",,0\r",
                            "[DISCONNECT 0]\r\n"),
                 QByteArray("[OK]\r\n\r\n[DISCONNECT 0]\r\n"));
        // Only loopback hosts exist in the simulated world.
        QCOMPARE(w.exchange("AT+SCON=O,TCN,192.168.12.99,5000,,0\r", "[DISCONNECT 0]\r\n"),
                 QByteArray("[OK]\r\n\r\n[DISCONNECT 0]\r\n"));
    }

    void tcpServerAcceptsALoopbackClient()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+WSET=0,WizFiDemoAP")->ok());
        QVERIFY(rig.run("AT+WSEC=0,WPA2,12345678")->ok());
        QVERIFY(rig.run("AT+WJOIN")->ok());
        QVERIFY(rig.run("AT+MEVTMSG=1")->ok());
        const quint16 port = freePort();
        QVERIFY(rig.run("AT+SCON=O,TSN,,," + QByteArray::number(port) + ",0")->ok());
        QCOMPARE(rig.waitForEvent(QStringLiteral("socket.listening")).name,
                 QStringLiteral("socket.listening"));
        // Before a peer is there, sent data is dropped yet [OK] ([F]).
        QVERIFY(rig.run("AT+SSEND=0,,,4", "lost")->ok());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(3000));
        QCOMPARE(
            rig.waitForEvent(QStringLiteral("socket.connected")).fields.value(AtFields::Socket),
            QVariant(0));
        client.write("ping");
        QTRY_COMPARE(rig.socketData(0), QByteArray("ping"));
        QVERIFY(rig.run("AT+SSEND=0,,,4", "pong")->ok());
        QTRY_VERIFY(client.bytesAvailable() >= 4 || client.waitForReadyRead(50));
        QCOMPARE(client.readAll(), QByteArray("pong"));
        AtReply *list = rig.run("AT+SMGMT=?");
        QVERIFY(list->lines().last().startsWith(
            "0/TSN/127.0.0.1:" + QByteArray::number(client.localPort()) + "/" +
            QByteArray::number(port) + "/0"));
        client.disconnectFromHost();
        QCOMPARE(rig.waitForEvent(QStringLiteral("socket.closed")).fields.value(AtFields::Socket),
                 QVariant(0));
        // The server listens again on the same SCID.
        QCOMPARE(
            rig.waitForEvent(QStringLiteral("socket.listening")).fields.value(AtFields::Socket),
            QVariant(0));
        QVERIFY(rig.run("AT+SMGMT=?")->lines().last().startsWith("0/TSN/0.0.0.0:0/"));
    }

    void udpRoundTrip()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+WSET=0,WizFiDemoAP")->ok());
        QVERIFY(rig.run("AT+WSEC=0,WPA2,12345678")->ok());
        QVERIFY(rig.run("AT+WJOIN")->ok());
        UdpPeer peer;
        QVERIFY(
            rig.run("AT+SCON=O,UCN,127.0.0.1," + QByteArray::number(peer.port()) + ",0,0")->ok());
        QVERIFY(rig.waitForEvent(QStringLiteral("socket.connected")).name.size());
        QVERIFY(rig.run("AT+SSEND=0,,,5", "Hello")->ok());
        QTRY_COMPARE(peer.received(), QByteArray("Hello"));
        QTRY_COMPARE(rig.socketData(0), QByteArray("Hello"));
        // A UDP server learns its peer from the first datagram.
        const quint16 port = freePort();
        QVERIFY(rig.run("AT+SCON=O,USN,,," + QByteArray::number(port) + ",0")->ok());
        QVERIFY(rig.waitForEvent(QStringLiteral("socket.connected")).name.size());
        QCOMPARE(rig.run("AT+SSEND=1,,,3", "abc")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
        UdpPeer other(false);
        other.sendTo(port, "Hello_UDP_Server");
        QTRY_COMPARE(rig.socketData(1), QByteArray("Hello_UDP_Server"));
        QVERIFY(rig.run("AT+SSEND=1,,,5", "reply")->ok());
        QTRY_COMPARE(other.received(), QByteArray("reply"));
    }

    void oneMegabyteBothWays()
    {
        // AT+SSEND takes up to 100,000,000 bytes; the guide's own example sends 1,000,000 in
        // one command. 1 MiB goes as 1,000,000 + 48,576 bytes, so two sends (one of them not
        // round) pass; the module reads them in [F]'s 1400-byte pieces, which the host never
        // sees. The echo comes back in one {0,ip,port,len} header per network packet.
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+WSET=0,WizFiDemoAP")->ok());
        QVERIFY(rig.run("AT+WSEC=0,WPA2,12345678")->ok());
        QVERIFY(rig.run("AT+WJOIN")->ok());
        TcpPeerServer peer;
        QVERIFY(
            rig.run("AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,0")->ok());
        QVERIFY(rig.waitForEvent(QStringLiteral("socket.connected")).name.size());
        const QByteArray data = randomBytes(1 << 20, 250);
        const qsizetype chunk = 1000000;
        for (qsizetype pos = 0; pos < data.size(); pos += chunk) {
            const QByteArray piece = data.mid(pos, chunk);
            AtReply *send = rig.run("AT+SSEND=0,,," + QByteArray::number(piece.size()), piece);
            QVERIFY2(send->ok(), qPrintable(send->errorString()));
            QCOMPARE(send->payloadSent(), piece.size());
        }
        QTRY_COMPARE_WITH_TIMEOUT(peer.received().size(), data.size(), 10000);
        QVERIFY(peer.received() == data);
        QTRY_COMPARE_WITH_TIMEOUT(rig.socketData(0).size(), data.size(), 10000);
        QVERIFY(rig.socketData(0) == data);
    }

    void ssendPromptsAndTimesOut()
    {
        Wire w;
        w.joinQuietly();
        TcpPeerServer peer(false);
        w.exchange("AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,0\r",
                   "[CONNECT 0]\r\n");
        QCOMPARE(w.exchange("AT+SSEND=0,,,10\r", "]\r\n"), QByteArray("[0,,,10]\r\n"));
        // The payload is taken by count, whatever it holds.
        QCOMPARE(w.exchange("[OK]\r\nAT\r\n", "[OK]\r\n"), QByteArray("[OK]\r\n"));
        QTRY_COMPARE(peer.received(), QByteArray("[OK]\r\nAT\r\n"));
        QCOMPARE(w.exchange("AT+SSEND=0,,,3,200\r", "]\r\n"), QByteArray("[0,,,3,200]\r\n"));
        QCOMPARE(w.exchange("ab", "[ERROR]\r\n"), QByteArray("[ERROR]\r\n"));
        QCOMPARE(w.exchange("AT+SSEND=3,,,5\r", "]\r\n"), QByteArray("[ERROR: INVALID INPUT]\r\n"));
        QCOMPARE(w.exchange("AT+SSEND=0,,,0\r", "]\r\n"), QByteArray("[ERROR: INVALID INPUT]\r\n"));
        // Received data: header, the bytes by count, CR LF; no line end before the header.
        w.out.clear();
        peer.send("Hi WizFi250");
        QTRY_VERIFY(w.out.endsWith("Hi WizFi250\r\n"));
        QCOMPARE(w.out, "{0,127.0.0.1," + QByteArray::number(peer.port()) + ",11}Hi WizFi250\r\n");
    }

    void dataModeWithTheEscapeAndTheReturn()
    {
        Wire w;
        w.joinQuietly();
        w.exchange("AT+SOPT1=10,150\r", "[OK]\r\n");
        TcpPeerServer peer;
        QCOMPARE(w.exchange("AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,1\r",
                            "[CONNECT 0]\r\n"),
                 QByteArray("[OK]\r\n\r\n[CONNECT 0]\r\n"));
        // Transparent: the bytes go out as they are; the echo comes back raw.
        w.out.clear();
        w.host->write("AT+WSTAT\r");
        QTRY_COMPARE(peer.received(), QByteArray("AT+WSTAT\r"));
        QTRY_COMPARE(w.out, QByteArray("AT+WSTAT\r"));
        // A fourth '+' makes the three plain data.
        w.out.clear();
        w.host->write("+++");
        QTest::qWait(40);
        w.host->write("+");
        QTRY_COMPARE(peer.received(), QByteArray("AT+WSTAT\r++++"));
        QTest::qWait(200);
        // "+++" then the timer's silence: [OK], command mode; the socket stays.
        w.out.clear();
        w.host->write("+++");
        QTRY_COMPARE(w.out, QByteArray("[OK]\r\n"));
        QCOMPARE(w.exchange("AT+SCON=O,TSN,,,6000,0\r", "]\r\n"),
                 QByteArray("[ERROR: Mode Status]\r\n"));
        QVERIFY(w.exchange("AT+SMGMT=?\r", "[OK]\r\n").contains("\r\n0/TCN/127.0.0.1:"));
        // Escaped, received data comes with its header.
        w.out.clear();
        peer.send("x");
        QTRY_VERIFY(w.out.endsWith("}x\r\n"));
        QCOMPARE(w.exchange("AT+SDATA\r", "[OK]\r\n"), QByteArray("[OK]\r\n"));
        w.out.clear();
        w.host->write("back");
        QTRY_COMPARE(w.out, QByteArray("back"));
        // The peer leaves: the event comes into the stream, and the module is in command mode.
        peer.closeConnections();
        QTRY_VERIFY(w.out.endsWith("\r\n[DISCONNECT 0]\r\n"));
        QCOMPARE(w.exchange("AT\r", "]\r\n"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.exchange("AT+SDATA\r", "]\r\n"), QByteArray("[ERROR: Mode Status]\r\n"));
    }

    void serviceSocketOpensAfterTheReboot()
    {
        Wire w;
        TcpPeerServer peer;
        w.joinQuietly();
        w.exchange("AT+SCON=SO,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,0\r",
                   "[CONNECT 0]\r\n");
        w.exchange("AT+MPROF=S\r", "[OK]\r\n");
        const QByteArray boot = w.exchange("AT+MRESET\r", "[CONNECT 0]\r\n", 5000);
        QCOMPARE(boot, QByteArray("[OK]\r\n\r\n[DISCONNECT 0]\r\n\r\n[Link-Down Event]\r\n"
                                  "WizFi250 Version 1.0.3.6 (WIZnet Co.Ltd)\r\n"
                                  "Joining : WizFiDemoAP\r\nSuccessfully joined : WizFiDemoAP\r\n"
                                  "\r\n[Link-Up Event]\r\n"
                                  "  IP Addr    : 192.168.12.14\r\n  Gateway    : 192.168.12.1\r\n"
                                  "\r\n[CONNECT 0]\r\n"));
        QTRY_COMPARE(peer.connections(), 2);
    }

    void pingAndDnsAnswerFromTheWorld()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        QCOMPARE(rig.run("AT+FDNS=echo.local,1000")->error(), AtReply::Error::Module);
        QVERIFY(rig.run("AT+WSET=0,WizFiDemoAP")->ok());
        QVERIFY(rig.run("AT+WSEC=0,WPA2,12345678")->ok());
        QVERIFY(rig.run("AT+WJOIN")->ok());
        AtReply *ping = rig.run("AT+FPING=3,127.0.0.1");
        QVERIFY(ping->ok());
        QCOMPARE(eventsOf(ping).count(QStringLiteral("ping.reply")), 3);
        AtReply *dns = rig.run("AT+FDNS=echo.local,1000");
        QVERIFY(dns->ok());
        QCOMPARE(dns->lines(), QList<QByteArray>{"127.0.0.1"});
        QCOMPARE(rig.run("AT+FDNS=unknown.example,1000")->finalFrame().text, QByteArray("[ERROR]"));
        QCOMPARE(rig.run("AT+FPING=51,127.0.0.1")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
    }

    void gpioAndAdcComeFromTheWorld()
    {
        World world = exampleWorld();
        SimRig rig(Id, world);
        QVERIFY(rig.start());
        AtReply *table = rig.run("AT+FGPIO=?");
        QVERIFY(table->ok());
        QCOMPARE(table->lines(),
                 QList<QByteArray>{"{1,1,3,0},{1,5,3,0},{1,6,3,0},{1,7,3,0},{1,8,3,0}"});
        // Every pin starts as a low output: reading needs an input first.
        QCOMPARE(rig.run("AT+FGPIO=0,6")->finalFrame().text, QByteArray("[ERROR: INVALID INPUT]"));
        QVERIFY(rig.run("AT+FGPIO=2,6,2")->ok());
        QCOMPARE(rig.run("AT+FGPIO=0,6")->lines(), QList<QByteArray>{"1"}); // the world drives 1
        QVERIFY(rig.run("AT+FGPIO=1,5,1")->ok());
        QCOMPARE(rig.run("AT+FGPIO=?")->lines(),
                 QList<QByteArray>{"{1,1,3,0},{1,5,3,1},{0,6,2,1},{1,7,3,0},{1,8,3,0}"});
        QCOMPARE(rig.run("AT+FGPIO=1,6,1")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(rig.run("AT+FGPIO=1,2,1")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(rig.run("AT+FGPIO=2,5,9")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
        // GPIO5's ADC is the world's channel 0 (a sine here: within its range).
        AtReply *adc = rig.run("AT+FGETADC");
        QVERIFY(adc->ok());
        bool ok = false;
        const int raw = adc->lines().value(0).toInt(&ok);
        QVERIFY(ok);
        const WorldAdcChannel &ch = world.adc.first();
        QVERIFY(raw >= qRound(ch.min / ch.fullScale * 4095) - 1);
        QVERIFY(raw <= qRound(ch.max / ch.fullScale * 4095) + 1);
    }

    void badParametersGetTheGuidesErrors()
    {
        SimRig rig(Id, exampleWorld());
        QVERIFY(rig.start());
        const QList<QPair<QByteArray, QByteArray>> cases = {
            {"AT+WSET=5,WizFiAP", "[ERROR: INVALID INPUT]"},
            {"AT+WSET=0,123456789012345678901234567890123", "[ERROR: INVALID INPUT]"},
            {"AT+WSEC=0,WPA9,12345678", "[ERROR: INVALID INPUT]"},
            {"AT+WSEC=0,WPA2,short", "[ERROR: INVALID INPUT]"},
            {"AT+WNET=0,300.1.1.1", "[ERROR: INVALID INPUT]"},
            {"AT+WREG=XX", "[ERROR: INVALID INPUT]"},
            {"AT+SCON=O,TCN,127.0.0.1,80,,0", "[ERROR: WiFi Status]"},
            {"AT+SCON=O,XXX,127.0.0.1,80,,0", "[ERROR: INVALID INPUT]"},
            {"AT+SMGMT=X", "[ERROR: INVALID SCID]"},
            {"AT+SDATA", "[ERROR: Mode Status]"},
            {"AT+MMSG=4", "[ERROR: INVALID INPUT]"},
            {"AT+MEVTFORM=12", "[ERROR: INVALID INPUT]"},
            {"AT+USET=115200,X,8,1,N", "[ERROR: INVALID INPUT]"},
            {"AT+SOPT1=10,0", "[ERROR: INVALID INPUT]"},
            {"AT+FSOCK=1,100", "[ERROR: INVALID INPUT]"},
            // Features the simulated module does not have.
            {"AT+WWPS=0", "[ERROR]"},
            {"AT+WP2P_START", "[ERROR]"},
            {"AT+WANT=0", "[ERROR]"},
            {"AT+FOTA", "[ERROR]"},
            {"AT+FWEBS=1,A", "[ERROR]"},
            {"AT+MMCUPS=1,1000", "[ERROR]"},
        };
        for (const auto &[command, final] : cases) {
            AtReply *r = rig.run(command);
            QVERIFY2(r->finalFrame().text == final,
                     qPrintable(QString::fromLatin1(command + " -> " + r->finalFrame().text)));
        }
        QVERIFY(rig.run("AT+FSOCK=1,5000")->ok());
        QCOMPARE(rig.run("AT+FSOCK=?")->lines(), QList<QByteArray>{"5000,0,0,0,0,0,0,0"});
        QCOMPARE(rig.run("AT+WANT=?")->lines(), QList<QByteArray>{"3(1)"});
    }
};

QTEST_GUILESS_MAIN(TstWizfi250Module)
#include "tst_wizfi250module.moc"
