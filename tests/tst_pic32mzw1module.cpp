// The PIC32MZW1 AnyCloud virtual module: driven byte for byte (raw pipe) where the framing is the
// point, and by the engine (AtSession with the pic32mzw1 dialect, via SimRig) for the flows an
// application runs: identity, scan, join, soft AP, TCP/UDP on loopback, a 1 MB transfer, MQTT on
// a real broker, DNS and ping, and the error replies.
#include "log/Transcript.h"
#include "sim/pic32mzw1/Pic32mzw1Module.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"
#include "transport/PipeTransport.h"

#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

// The module on one end of a pipe, the test on the other: for byte-exact checks.
struct Raw
{
    explicit Raw(const World &world = World::defaultWorld())
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("virtual pic32mzw1"));
        host = std::move(a);
        end = std::move(b);
        host->open();
        end->open();
        module.attach(end.get());
        QObject::connect(host.get(), &Transport::received, host.get(),
                         [this](const QByteArray &bytes) { out += bytes; });
    }
    // Send, then wait until the module has said `expected` (returned: what it said).
    QByteArray exchange(const QByteArray &bytes, const QByteArray &expected, int ms = 3000)
    {
        out.clear();
        host->write(bytes);
        (void)QTest::qWaitFor([&] { return out.size() >= expected.size(); }, ms);
        QTest::qWait(20); // nothing more may follow
        return std::exchange(out, {});
    }
    // Send and wait for a text to appear.
    QByteArray until(const QByteArray &bytes, const QByteArray &marker, int ms = 3000)
    {
        out.clear();
        host->write(bytes);
        (void)QTest::qWaitFor([&] { return out.contains(marker); }, ms);
        return std::exchange(out, {});
    }
    std::unique_ptr<PipeTransport> host;
    std::unique_ptr<PipeTransport> end;
    Pic32mzw1Module module;
    QByteArray out;
};

// The exchanges of a transcript in tests/data/pic32mzw1: each host chunk with the module bytes
// that follow it (the first entry's host part is empty when the module speaks first).
struct Exchange
{
    QByteArray host;
    QByteArray module;
};

QList<Exchange> exchanges(const QString &name)
{
    QFile f(QStringLiteral(ATSTUDIO_TEST_DATA "/pic32mzw1/") + name +
            QStringLiteral(".transcript"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no transcript %s", qPrintable(name));
    QList<Exchange> list;
    for (const TranscriptEntry &e : Transcript::parse(f.readAll())) {
        if (e.direction == TranscriptEntry::Direction::ToModule || list.isEmpty())
            list << Exchange{};
        (e.direction == TranscriptEntry::Direction::ToModule ? list.last().host
                                                             : list.last().module) += e.bytes;
    }
    return list;
}

QByteArray field(const QList<QByteArray> &lines, const QByteArray &prefix)
{
    for (const QByteArray &l : lines) {
        if (l.startsWith(prefix))
            return l.mid(prefix.size());
    }
    return {};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

World worldWithMyAp()
{
    // The AP of the manual's and the firmware's station examples.
    World w = World::defaultWorld();
    WorldAccessPoint ap;
    ap.ssid = "MyAP";
    ap.bssid = "00:01:02:03:04:05";
    ap.channel = 6;
    ap.rssi = -50;
    ap.security = WorldAccessPoint::Security::Wpa2Psk;
    ap.passphrase = "MyAPPassphrase";
    w.accessPoints << ap;
    w.dhcp.first = QHostAddress(QStringLiteral("192.168.0.20"));
    w.dhcp.last = QHostAddress(QStringLiteral("192.168.0.40"));
    return w;
}

} // namespace

class TstPic32mzw1Module : public QObject
{
    Q_OBJECT

    // Engine helpers.
    static bool ok(AtReply *r) { return r && r->isFinished() && r->ok(); }
    static int errorCode(AtReply *r) { return r ? r->errorCode().toInt() : -1; }

    bool join(SimRig &rig, const QByteArray &ssid = "WIZnet_Lab",
              const QByteArray &key = "wiznet1234")
    {
        if (!ok(rig.run("AT+WSTAC=1,\"" + ssid + "\"")) || !ok(rig.run("AT+WSTAC=2,3")) ||
            !ok(rig.run("AT+WSTAC=3,\"" + key + "\"")) || !ok(rig.run("AT+WSTA=1")))
            return false;
        return !rig.waitForEvent(QString::fromLatin1(AtEvents::WifiGotIp), 3000).name.isEmpty();
    }

    int openSocket(SimRig &rig, int protocol)
    {
        AtReply *r = rig.run("AT+SOCKO=" + QByteArray::number(protocol));
        if (!ok(r))
            return -1;
        bool isNumber = false;
        const int id = field(r->lines(), "+SOCKO:").toInt(&isNumber);
        return isNumber ? id : -1;
    }

private slots:
    // ---- byte-level behaviour ----

    void bootsWithOkAndEchoesLikeATerminal()
    {
        // [FW] transcript 40: "\r\nOK\r\n" once after reset, echo on with the '>' prompt.
        const QList<Exchange> x = exchanges(QStringLiteral("40-fw-boot-echo"));
        Raw r;
        r.module.powerOn();
        QTRY_COMPARE(r.out, x[0].module);
        QCOMPARE(r.exchange(x[1].host, x[1].module), x[1].module);
        QCOMPARE(r.exchange(x[2].host, x[2].module), x[2].module);
    }

    void echoOnBringsPromptsAndCarriageReturnsAroundEvents()
    {
        Raw r;
        r.module.powerOn();
        QTRY_VERIFY(r.out.endsWith('>'));
        QCOMPARE(r.exchange("AT\r\n", "AT\r\nOK\r\n>"), QByteArray("AT\r\nOK\r\n>"));
        QCOMPARE(r.exchange("\r\n", "\r\n>"), QByteArray("\r\n>")); // an empty line: new prompt
        // A backspace erases with ANSI sequences and takes the character off the line.
        QCOMPARE(r.exchange("ATX\bE0\r\n", "ATX\x1b[D\x1b[KE0\r\nOK\r\n"),
                 QByteArray("ATX\x1b[D\x1b[KE0\r\nOK\r\n"));
        // Echo off: an AEC printed while idle starts with a CR and has no prompt after it.
        const QByteArray scan = r.until("AT+WSCNA=255,\"WIZnet_Lab\"\r\n", "+WSCNDONE\r\n");
        QVERIFY2(scan.startsWith("OK\r\n\r+WSCNIND:"), scan.constData());
        QVERIFY(scan.endsWith("\r+WSCNDONE\r\n"));
        // Echo on again: every AEC is followed by a new prompt.
        r.exchange("ATE1\r\n", "OK\r\n>");
        const QByteArray echoed = r.until("AT+WSCNA=255,\"WIZnet_Lab\"\r\n", "+WSCNDONE\r\n>");
        QVERIFY2(echoed.startsWith("AT+WSCNA=255,\"WIZnet_Lab\"\r\nOK\r\n>\r+WSCNIND:-"),
                 echoed.constData());
        QVERIFY(echoed.endsWith("\r+WSCNDONE\r\n>"));
    }

    void verbosityLevelsShapeTheResultCodes()
    {
        // [FW] transcript 44 (with a real socket for the length mismatch), then levels 0 and 1.
        Raw r;
        r.exchange("ATE0\r\n", "ATE0\r\nOK\r\n");
        const QByteArray opened = r.exchange("AT+SOCKO=2\r\n", "+SOCKO:1\r\nOK\r\n");
        const QByteArray id = opened.mid(7, opened.indexOf('\r') - 7);
        for (const Exchange &x : exchanges(QStringLiteral("44-fw-error-forms"))) {
            const QByteArray host = QByteArray(x.host).replace("=1,", "=" + id + ",");
            QCOMPARE(r.exchange(host, x.module), x.module);
        }
        QCOMPARE(r.exchange("ATV1\r\n", "0\r\n"), QByteArray("0\r\n"));
        QCOMPARE(r.exchange("AT+XYZ\r\n", "1:3\r\n"), QByteArray("1:3\r\n"));
        QCOMPARE(r.exchange("ATV0\r\n", "0\r\n"), QByteArray("0\r\n"));
        QCOMPARE(r.exchange("AT+XYZ\r\n", "1\r\n"), QByteArray("1\r\n"));
        QCOMPARE(r.exchange("ATE0V5\r\n", "OK\r\n"), QByteArray("OK\r\n")); // chained
        QCOMPARE(r.exchange("ATV6\r\n", "ERROR:3,\"Unknown AT Command\"\r\n"),
                 QByteArray("ERROR:3,\"Unknown AT Command\"\r\n"));
        QCOMPARE(r.exchange("at+gmi\r\n", "ERROR:2,\"Invalid AT Command\"\r\n"),
                 QByteArray("ERROR:2,\"Invalid AT Command\"\r\n"));
        // "=?" is the firmware's help, not a test command.
        const QByteArray help = r.until("AT+SOCKO=?\r\n", "OK\r\n");
        QVERIFY2(help.startsWith("Description\r\n  This command is used to open a new socket."),
                 help.constData());
        QVERIFY(help.endsWith("Command Syntax:\r\n  AT+SOCKO=<PROTOCOL>\r\n\r\nOK\r\n"));
        // The firmware has no busy reply: a command it cannot take fails with General Error.
        QString error;
        r.module.setFaults(*FaultPlan::parse(QStringLiteral("busy=1"), &error));
        QCOMPARE(r.exchange("AT\r\n", "ERROR:1,\"General Error\"\r\n"),
                 QByteArray("ERROR:1,\"General Error\"\r\n"));
    }

    void identityAndConfigurationMatchTheTranscripts()
    {
        Raw r;
        r.exchange("ATE0\r\n", "ATE0\r\nOK\r\n");
        for (const QString &name : {QStringLiteral("01-echo-off"), QStringLiteral("02-scan-config"),
                                    QStringLiteral("49-fw-identity")}) {
            for (const Exchange &x : exchanges(name))
                QCOMPARE(r.exchange(x.host, x.module), x.module);
        }
        // Read one, set, read back; the firmware's defaults; write-only and read-only items.
        QCOMPARE(r.exchange("AT+WSCNC=1,100\r\n", "OK\r\n"), QByteArray("OK\r\n"));
        QCOMPARE(r.exchange("AT+WSCNC=1\r\n", "+WSCNC:1,100\r\nOK\r\n"),
                 QByteArray("+WSCNC:1,100\r\nOK\r\n"));
        QCOMPARE(r.exchange("AT+WSTAC=4\r\n", "+WSTAC:4,255\r\nOK\r\n"),
                 QByteArray("+WSTAC:4,255\r\nOK\r\n"));
        QCOMPARE(r.exchange("AT+WSTAC=1, \"MyAP\"\r\n", "OK\r\n"), QByteArray("OK\r\n"));
        QCOMPARE(r.exchange("AT+WSTAC=1\r\n", "+WSTAC:1,\"MyAP\"\r\nOK\r\n"),
                 QByteArray("+WSTAC:1,\"MyAP\"\r\nOK\r\n"));
        QCOMPARE(r.exchange("AT+WAPC=1\r\n", "+WAPC:1,\"DEMO_AP_1\"\r\nOK\r\n"),
                 QByteArray("+WAPC:1,\"DEMO_AP_1\"\r\nOK\r\n"));
        QCOMPARE(r.exchange("AT+MQTTC=2\r\n", "+MQTTC:2,8883\r\nOK\r\n"),
                 QByteArray("+MQTTC:2,8883\r\nOK\r\n"));
        QCOMPARE(r.exchange("AT+TLSC=1,4,\"secret\"\r\n", "OK\r\n"), QByteArray("OK\r\n"));
        QCOMPARE(r.exchange("AT+TLSC=1,4\r\n", "+TLSC:4,******\r\nOK\r\n"),
                 QByteArray("+TLSC:4,******\r\nOK\r\n"));
        QCOMPARE(r.exchange("AT+CFG=1\r\n", "+CFG:1,\"00:08:DC:5A:10:01\"\r\nOK\r\n"),
                 QByteArray("+CFG:1,\"00:08:DC:5A:10:01\"\r\nOK\r\n"));
        // Strings come back as the firmware prints them: escapes, or hex for other bytes.
        QCOMPARE(r.exchange("AT+MQTTC=4,\"a\\tb\"\r\n", "OK\r\n"), QByteArray("OK\r\n"));
        QCOMPARE(r.exchange("AT+MQTTC=4\r\n", "+MQTTC:4,\"a\\tb\"\r\nOK\r\n"),
                 QByteArray("+MQTTC:4,\"a\\tb\"\r\nOK\r\n"));
        QCOMPARE(r.exchange("AT+MQTTC=4,[466F6F20C2A920626172]\r\n", "OK\r\n"),
                 QByteArray("OK\r\n"));
        QCOMPARE(r.exchange("AT+MQTTC=4\r\n", "+MQTTC:4,[466F6F20C2A920626172]\r\nOK\r\n"),
                 QByteArray("+MQTTC:4,[466F6F20C2A920626172]\r\nOK\r\n"));
    }

    void stationAnswersInTheFirmwaresShapes()
    {
        // [FW] transcript 42: no ASSOC_ID in +WSTALU/+WSTAAIP/+WSTA, RSSI printed as 0.
        const QList<Exchange> x = exchanges(QStringLiteral("42-fw-station"));
        Raw r(worldWithMyAp());
        r.exchange("ATE0\r\n", "ATE0\r\nOK\r\n");
        r.exchange("AT+WSTAC=1,\"MyAP\"\r\n", "OK\r\n");
        r.exchange("AT+WSTAC=2,3\r\n", "OK\r\n");
        r.exchange("AT+WSTAC=3,\"MyAPPassphrase\"\r\n", "OK\r\n");
        QCOMPARE(r.exchange(x[0].host, x[0].module), x[0].module);
        const QByteArray status = x[1].module.left(x[1].module.indexOf("\r+WSTALD"));
        QCOMPARE(r.exchange(x[1].host, status), status);
        // Settings are locked while the STA is on; the link goes down on request.
        QCOMPARE(r.exchange("AT+WSTAC=2,0\r\n", "ERROR:6,\"Configuration Update Blocked\"\r\n"),
                 QByteArray("ERROR:6,\"Configuration Update Blocked\"\r\n"));
        QCOMPARE(r.exchange("AT+WSTAC=6\r\n", "+WSTAC:6,\"192.168.0.20\"\r\nOK\r\n"),
                 QByteArray("+WSTAC:6,\"192.168.0.20\"\r\nOK\r\n"));
        QCOMPARE(r.until("AT+WSTA=0\r\n", "+WSTALD"), QByteArray("OK\r\n\r+WSTALD\r\n"));
        // A wrong key: OK, then the firmware's failure as an AEC status after the timeout.
        r.exchange("AT+WSTAC=3,\"wrong-key!\"\r\n", "OK\r\n");
        const QByteArray failed = r.until("AT+WSTA=1,300\r\n", "Failed\"\r\n");
        QCOMPARE(failed, QByteArray("OK\r\n\r\r+WSTA:ERROR:24,\"STA Connection Failed\"\r\n"));
        QCOMPARE(r.exchange("AT+WSTA\r\n", "+WSTA:0\r\nOK\r\n"), QByteArray("+WSTA:0\r\nOK\r\n"));
    }

    void binaryWriteAndReadUseTheFirmwaresFraming()
    {
        // [FW] transcripts 20 and 46: "\r\n#", raw bytes until "+++" and a second of silence,
        // "\r\nOK\r\n"; binary read "+SOCKRD:<id>,<n>,\r\n#<bytes>OK\r\n".
        TcpPeerServer peer(false);
        Raw r;
        r.exchange("ATE0\r\n", "ATE0\r\nOK\r\n");
        r.exchange("AT+WSTAC=1,\"WIZnet_Lab\"\r\n", "OK\r\n");
        r.exchange("AT+WSTAC=2,3\r\n", "OK\r\n");
        r.exchange("AT+WSTAC=3,\"wiznet1234\"\r\n", "OK\r\n");
        r.until("AT+WSTA=1\r\n", "+WSTAAIP");
        const QByteArray opened = r.exchange("AT+SOCKO=2\r\n", "+SOCKO:1\r\nOK\r\n");
        const QByteArray id = opened.mid(7, opened.indexOf('\r') - 7);
        const QByteArray up = r.until("AT+SOCKBR=" + id + ",\"127.0.0.1\"," +
                                          QByteArray::number(peer.port()) + "\r\n",
                                      "+SOCKIND");
        QVERIFY2(up.startsWith("OK\r\n\r+SOCKIND:" + id + ",\"192.168.10.100\","), up.constData());
        const QList<Exchange> x = exchanges(QStringLiteral("20-socket-write-binary"));
        QCOMPARE(r.exchange(QByteArray(x[0].host).replace("=1,", "=" + id + ","), x[0].module),
                 x[0].module);
        QCOMPARE(r.exchange(x[1].host, x[1].module, 4000), x[1].module);
        QTRY_COMPARE(peer.received(), QByteArray("One fine day"));

        peer.send(QByteArray("hel\r\nOK", 7));
        QTRY_COMPARE(r.out, "\r+SOCKRXT:" + id + ",7\r\n");
        QCOMPARE(r.exchange("AT+SOCKRD=" + id + ",2,5\r\n", "+SOCKRD:1,5,\r\n#hel\r\nOK\r\n"),
                 "+SOCKRD:" + id + ",5,\r\n#hel\r\nOK\r\n");
        QCOMPARE(r.exchange("AT+SOCKRD=" + id + ",1,100\r\n", "+SOCKRD:1,2,\"OK\"\r\nOK\r\n"),
                 "+SOCKRD:" + id + ",2,\"OK\"\r\nOK\r\n");
        // Nothing left: just OK. A count that grows is announced again, with the total.
        QCOMPARE(r.exchange("AT+SOCKRD=" + id + ",1,100\r\n", "OK\r\n"), QByteArray("OK\r\n"));
        peer.send(QByteArray("\x00\xff\x01", 3));
        QTRY_VERIFY(r.out.contains("+SOCKRXT:" + id + ",3"));
        QCOMPARE(r.exchange("AT+SOCKRD=" + id + ",1,100\r\n", "+SOCKRD:1,3,[00FF01]\r\nOK\r\n"),
                 "+SOCKRD:" + id + ",3,[00FF01]\r\nOK\r\n");
        // The peer goes: +SOCKCL, and the socket stays until the host closes it.
        peer.closeConnections();
        QTRY_COMPARE(r.out, "\r+SOCKCL:" + id + "\r\n");
        QCOMPARE(r.exchange("AT+SOCKCL=" + id + "\r\n", "OK\r\n"), QByteArray("OK\r\n"));
        QCOMPARE(r.exchange("AT+SOCKCL=" + id + "\r\n", "ERROR:10,\"Socket ID Not Found\"\r\n"),
                 QByteArray("ERROR:10,\"Socket ID Not Found\"\r\n"));
    }

    // ---- through the engine ----

    void identityThroughTheEngine()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        AtReply *gmi = rig.run("AT+GMI");
        QVERIFY(ok(gmi));
        QCOMPARE(gmi->lines(), QList<QByteArray>{"+GMI=\"Microchip\""});
        QCOMPARE(rig.run("AT+GMM")->lines(), QList<QByteArray>{"+GMM=\"PIC32MZW1\""});
        QCOMPARE(rig.run("AT+GMR")->lines(), QList<QByteArray>{"+GMR=\"0.3.1\""});
    }

    void scanReportsEveryAccessPointOfTheWorld()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(ok(rig.run("AT+WSCNA=255")));
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::ScanDone), 3000).name.isEmpty());
        QStringList ssids;
        int hidden = 0;
        for (const AtEvent &e : rig.events()) {
            if (e.name != QLatin1String(AtEvents::ScanResult))
                continue;
            ssids << e.fields.value(QStringLiteral("ssid")).toString();
            hidden += e.fields.value(QStringLiteral("hidden")).toBool() ? 1 : 0;
        }
        QCOMPARE(ssids.size(), 5);
        QCOMPARE(hidden, 1);
        QVERIFY(ssids.contains(QStringLiteral("WIZnet_Lab")));
        QVERIFY(ssids.contains(QString::fromUtf8("연구소_5층"))); // came as [HEX]
        QVERIFY(ssids.contains(QStringLiteral("CoffeeShop_Guest")));
        QVERIFY(ssids.contains(QStringLiteral("Home \"Office\", 2.4G")));
        // [FW] prints printable SSIDs between quotes without escaping quotes inside.
        bool rawQuoted = false;
        for (const AtFrame &f : rig.frames())
            rawQuoted |= f.text.contains(",\"Home \"Office\", 2.4G\"");
        QVERIFY(rawQuoted);
        // A passive scan on one channel; an SSID makes a hidden network answer an active scan.
        QVERIFY(ok(rig.run("AT+WSCNP=6")));
        AtEvent one = rig.waitForEvent(QString::fromLatin1(AtEvents::ScanResult), 3000);
        QCOMPARE(one.fields.value(QStringLiteral("ssid")).toString(), QStringLiteral("WIZnet_Lab"));
        QVERIFY(ok(rig.run("AT+WSCNA=255,\"Factory-IoT\"")));
        one = rig.waitForEvent(QString::fromLatin1(AtEvents::ScanResult), 3000);
        QCOMPARE(one.fields.value(QStringLiteral("ssid")).toString(),
                 QStringLiteral("Factory-IoT"));
    }

    void joinWithTheRightKey()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(ok(rig.run("AT+WSTAC=1,\"WIZnet_Lab\"")));
        QVERIFY(ok(rig.run("AT+WSTAC=2,3")));
        QVERIFY(ok(rig.run("AT+WSTAC=3,\"wiznet1234\"")));
        QVERIFY(ok(rig.run("AT+WSTA=1")));
        const AtEvent up = rig.waitForEvent(QString::fromLatin1(AtEvents::WifiConnected), 3000);
        QCOMPARE(up.raw, QByteArray("+WSTALU:\"00:08:DC:AA:BB:01\",6"));
        const AtEvent ip = rig.waitForEvent(QString::fromLatin1(AtEvents::WifiGotIp), 3000);
        QCOMPARE(ip.fields.value(AtFields::Ip).toString(), QStringLiteral("192.168.10.100"));
        QCOMPARE(rig.run("AT+WSTA")->lines(), QList<QByteArray>{"+WSTA:1,\"WIZnet_Lab\",0,3"});
        QCOMPARE(field(rig.run("AT+WSTAC=8")->lines(), "+WSTAC:8,"),
                 QByteArray("\"192.168.10.1\""));
        QCOMPARE(errorCode(rig.run("AT+WSTA=1")), 23); // already connected
        QVERIFY(ok(rig.run("AT+WSTA=0")));
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::WifiDisconnected), 3000)
                     .name.isEmpty());
    }

    void joinWithAWrongKeyFailsAfterTheTimeout()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(ok(rig.run("AT+WSTAC=1,\"WIZnet_Lab\"")));
        QVERIFY(ok(rig.run("AT+WSTAC=2,3")));
        QVERIFY(ok(rig.run("AT+WSTAC=3,\"not-the-key\"")));
        QVERIFY(ok(rig.run("AT+WSTA=1")));
        const AtEvent e = rig.waitForEvent(QString::fromLatin1(AtEvents::WifiError), 3000);
        QCOMPARE(e.fields.value(AtFields::Code).toInt(), 24);
        for (const AtEvent &ev : rig.events())
            QVERIFY(ev.name != QLatin1String(AtEvents::WifiConnected));
        QCOMPARE(rig.run("AT+WSTA")->lines(), QList<QByteArray>{"+WSTA:0"});
        // WEP is refused at once, an open join of a WPA2 network fails like a wrong key.
        QVERIFY(ok(rig.run("AT+WSTAC=2,1")));
        QCOMPARE(errorCode(rig.run("AT+WSTA=1")), 4);
    }

    void softApStartsAndStops()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(ok(rig.run("AT+WAPC=1,\"MyAP\"")));
        QVERIFY(ok(rig.run("AT+WAPC=2,3")));
        QVERIFY(ok(rig.run("AT+WAPC=3,\"apPassword1\"")));
        QVERIFY(ok(rig.run("AT+WAPC=4,11")));
        QVERIFY(ok(rig.run("AT+WAP=1")));
        QCOMPARE(rig.run("AT+WAP")->lines(), QList<QByteArray>{"+WAP:1"});
        QCOMPARE(errorCode(rig.run("AT+WAPC=4,6")), 6); // read-only while running
        QCOMPARE(errorCode(rig.run("AT+WSTA=1")), 23);  // STA and AP exclude each other
        QVERIFY(ok(rig.run("AT+WAP=0")));
        QCOMPARE(rig.run("AT+WAP")->lines(), QList<QByteArray>{"+WAP:0"});
        QCOMPARE(errorCode(rig.run("AT+WAP=0")), 25);
        QVERIFY(ok(rig.run("AT+WAPC=2,4")));
        QCOMPARE(errorCode(rig.run("AT+WAP=1")), 37); // enterprise
    }

    void tcpClientRoundTrip()
    {
        TcpPeerServer echo;
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const int id = openSocket(rig, 2);
        QVERIFY(id > 0);
        const QByteArray sid = QByteArray::number(id);
        QVERIFY(
            ok(rig.run("AT+SOCKBR=" + sid + ",\"127.0.0.1\"," + QByteArray::number(echo.port()))));
        const AtEvent up = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketConnected), 3000);
        QCOMPARE(up.fields.value(AtFields::Socket).toInt(), id);
        QVERIFY(ok(rig.run("AT+SOCKWR=" + sid + ",12,\"hello\\r\\nworld\"")));
        QVERIFY(ok(rig.run("AT+SOCKWR=" + sid + ",3,[00FF41]")));
        QTRY_COMPARE(echo.received(), QByteArray("hello\r\nworld\x00\xff\x41", 15));
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::SocketDataAvailable), 3000)
                     .name.isEmpty());
        QTest::qWait(100); // both writes echoed
        QVERIFY(ok(rig.run("AT+SOCKRD=" + sid + ",1,8")));
        QVERIFY(ok(rig.run("AT+SOCKRD=" + sid + ",2,100")));
        QCOMPARE(rig.socketData(id), QByteArray("hello\r\nworld\x00\xff\x41", 15));
        const QByteArray list = field(rig.run("AT+SOCKLST")->lines(), "+SOCKLST:");
        QVERIFY2(list.startsWith(sid + ",2,\"127.0.0.1\"," + QByteArray::number(echo.port())),
                 list.constData());
        QCOMPARE(errorCode(rig.run("AT+SOCKWR=" + sid + ",5,\"abc\"")), 20);
        QVERIFY(ok(rig.run("AT+SOCKCL=" + sid)));
        QCOMPARE(rig.run("AT+SOCKLST")->lines(), QList<QByteArray>{});
        // A refused connect: +SOCKERR, and the socket is gone.
        const int refused = openSocket(rig, 2);
        QVERIFY(ok(rig.run("AT+SOCKBR=" + QByteArray::number(refused) + ",\"127.0.0.1\"," +
                           QByteArray::number(freePort()))));
        const AtEvent err = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketError), 3000);
        QCOMPARE(err.fields.value(AtFields::Code).toInt(), 14);
        QCOMPARE(errorCode(rig.run("AT+SOCKCL=" + QByteArray::number(refused))), 10);
    }

    void tcpServerAcceptsALoopbackClientUnderANewId()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const int listener = openSocket(rig, 2);
        const quint16 port = freePort();
        QVERIFY(ok(
            rig.run("AT+SOCKBL=" + QByteArray::number(listener) + "," + QByteArray::number(port))));
        QTcpSocket client;
        QByteArray fromModule;
        connect(&client, &QTcpSocket::readyRead, this, [&] { fromModule += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, port);
        const AtEvent in = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketConnected), 3000);
        const int id = in.fields.value(AtFields::Socket).toInt();
        QVERIFY(id != listener && id > 0);
        QCOMPARE(in.fields.value(QStringLiteral("local_port")).toInt(), int(port));
        client.write("hello server");
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::SocketDataAvailable), 3000)
                     .name.isEmpty());
        QVERIFY(ok(rig.run("AT+SOCKRD=" + QByteArray::number(id) + ",1,12")));
        QCOMPARE(rig.socketData(id), QByteArray("hello server"));
        QVERIFY(ok(rig.run("AT+SOCKWR=" + QByteArray::number(id) + ",2,\"hi\"")));
        QTRY_COMPARE(fromModule, QByteArray("hi"));
        client.disconnectFromHost();
        const AtEvent gone = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketClosed), 3000);
        QCOMPARE(gone.fields.value(AtFields::Socket).toInt(), id);
        QVERIFY(ok(rig.run("AT+SOCKCL=" + QByteArray::number(id))));
        QVERIFY(ok(rig.run("AT+SOCKCL=" + QByteArray::number(listener))));
    }

    void udpRoundTrip()
    {
        UdpPeer peer;
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const int id = openSocket(rig, 1);
        const QByteArray sid = QByteArray::number(id);
        // [FW] a UDP socket needs a local bind (or a remote) before it can send.
        QCOMPARE(errorCode(rig.run("AT+SOCKWRTO=" + sid + ",\"127.0.0.1\"," +
                                   QByteArray::number(peer.port()) + ",4,\"ping\"")),
                 17);
        QVERIFY(ok(rig.run("AT+SOCKBL=" + sid + "," + QByteArray::number(freePort()))));
        QCOMPARE(errorCode(rig.run("AT+SOCKWR=" + sid + ",4,\"ping\"")), 19);
        QVERIFY(ok(rig.run("AT+SOCKWRTO=" + sid + ",\"127.0.0.1\"," +
                           QByteArray::number(peer.port()) + ",4,\"ping\"")));
        QTRY_COMPARE(peer.received(), QByteArray("ping"));
        const AtEvent rx =
            rig.waitForEvent(QString::fromLatin1(AtEvents::SocketDataAvailable), 3000);
        QCOMPARE(rx.fields.value(AtFields::Socket).toInt(), id);
        QVERIFY(ok(rig.run("AT+SOCKRD=" + sid + ",1,1500")));
        QCOMPARE(rig.socketData(id), QByteArray("ping"));
        // The first destination became the default: +SOCKWR now works.
        QVERIFY(ok(rig.run("AT+SOCKWR=" + sid + ",4,\"pong\"")));
        QTRY_COMPARE(peer.received(), QByteArray("pingpong"));
        QVERIFY(ok(rig.run("AT+SOCKCL=" + sid)));
    }

    void oneMegabyteBothWaysWithEveryByteChecked()
    {
        // Sent in ONE binary-mode +SOCKWR (LENGTH 0): the firmware's binary mode has no length
        // limit, and each binary send costs the escape's second of silence, so one send of 1 MB
        // is both the dialect's largest chunk and the fastest. Read back with +SOCKRD mode 2 in
        // reads of 2048 bytes, the firmware's maximum.
        TcpPeerServer echo;
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const int id = openSocket(rig, 2);
        const QByteArray sid = QByteArray::number(id);
        QVERIFY(
            ok(rig.run("AT+SOCKBR=" + sid + ",\"127.0.0.1\"," + QByteArray::number(echo.port()))));
        QVERIFY(
            !rig.waitForEvent(QString::fromLatin1(AtEvents::SocketConnected), 3000).name.isEmpty());
        QByteArray payload(1024 * 1024, '\0');
        QRandomGenerator gen(42);
        for (char &c : payload)
            c = char(gen.bounded(256));
        payload[payload.size() - 1] = 'x'; // the stream must not end in '+' before the escape
        AtReply *send = rig.run("AT+SOCKWR=" + sid + ",0", payload + "+++", 20000);
        QVERIFY2(ok(send), qPrintable(send->errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(echo.received().size(), payload.size(), 10000);
        QVERIFY(echo.received() == payload);
        // The reads are queued in batches and waited for in a real event loop: one command in
        // flight at a time, and no polling sleep between them (QTest::qWaitFor's would cost
        // ~20 ms a read).
        const QByteArray read = "AT+SOCKRD=" + sid + ",2,2048";
        QElapsedTimer clock;
        clock.start();
        while (rig.socketData(id).size() < payload.size() && clock.elapsed() < 15000) {
            QList<AtReply *> batch;
            for (int i = 0; i < 64; ++i) {
                batch << rig.session().send(read);
                batch.last()->setAutoDelete(false);
            }
            QEventLoop loop;
            connect(batch.last(), &AtReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            if (!batch.last()->isFinished())
                loop.exec();
            QVERIFY(batch.last()->isFinished());
            for (AtReply *r : std::as_const(batch)) {
                QVERIFY2(r->ok(), qPrintable(r->errorString()));
                delete r;
            }
        }
        QCOMPARE(rig.socketData(id).size(), payload.size());
        QVERIFY(rig.socketData(id) == payload);
    }

    void mqttThroughARealBroker()
    {
        MosquittoBroker broker;
        if (!broker.start())
            QSKIP("mosquitto is not available");
        SimMqtt other;
        QList<QPair<QString, QByteArray>> seen;
        connect(&other, &SimMqtt::messageReceived, this,
                [&seen](const QString &t, const QByteArray &p) { seen << qMakePair(t, p); });
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("other");
        QVERIFY(other.connectToBroker(o));
        QTRY_VERIFY(other.isConnected());
        other.subscribe(QStringLiteral("at/out"), 1);

        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QCOMPARE(errorCode(rig.run("AT+MQTTSUB=\"at/in\",1")), 47); // not connected
        QVERIFY(join(rig));
        QVERIFY(ok(rig.run("AT+MQTTC=1,\"broker.local\"")));
        QVERIFY(ok(rig.run("AT+MQTTC=2," + QByteArray::number(broker.port()))));
        QVERIFY(ok(rig.run("AT+MQTTC=3,\"wfi32-test\"")));
        QVERIFY(ok(rig.run("AT+MQTTC=7,0")));
        QVERIFY(ok(rig.run("AT+MQTTCONN=1")));
        QVERIFY(
            !rig.waitForEvent(QString::fromLatin1(AtEvents::MqttConnected), 5000).name.isEmpty());
        QCOMPARE(rig.run("AT+MQTTCONN")->lines(), QList<QByteArray>{"+MQTTCONN:1"});
        QVERIFY(ok(rig.run("AT+MQTTSUB=\"at/in\",1")));
        QVERIFY(
            !rig.waitForEvent(QString::fromLatin1(AtEvents::MqttSubscribed), 3000).name.isEmpty());
        QVERIFY(ok(rig.run("AT+MQTTPUB=0,1,0,\"at/out\",\"hello\"")));
        QVERIFY(
            !rig.waitForEvent(QString::fromLatin1(AtEvents::MqttPublished), 3000).name.isEmpty());
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen[0].first, QStringLiteral("at/out"));
        QCOMPARE(seen[0].second, QByteArray("hello"));
        other.publish(QStringLiteral("at/in"), QByteArray("world\r\n"), 1, false);
        const AtEvent msg = rig.waitForEvent(QString::fromLatin1(AtEvents::MqttMessage), 3000);
        QCOMPARE(msg.fields.value(AtFields::Topic).toString(), QStringLiteral("at/in"));
        QCOMPARE(msg.raw, QByteArray("+MQTTPUB:5,\"at/in\",7,\"world\\r\\n\""));
        QVERIFY(ok(rig.run("AT+MQTTUNSUB=\"at/in\"")));
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::MqttUnsubscribed), 3000)
                     .name.isEmpty());
        QVERIFY(ok(rig.run("AT+MQTTDISCONN")));
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::MqttDisconnected), 3000)
                     .name.isEmpty());
        other.disconnectFromBroker();
        broker.stop();
    }

    void mqttWithTlsOnFailsLikeTheFirmware()
    {
        Raw r;
        r.exchange("ATE0\r\n", "ATE0\r\nOK\r\n");
        r.exchange("AT+WSTAC=1,\"WIZnet_Lab\"\r\n", "OK\r\n");
        r.exchange("AT+WSTAC=2,3\r\n", "OK\r\n");
        r.exchange("AT+WSTAC=3,\"wiznet1234\"\r\n", "OK\r\n");
        r.until("AT+WSTA=1\r\n", "+WSTAAIP");
        r.exchange("AT+MQTTC=1,\"127.0.0.1\"\r\n", "OK\r\n"); // TLS (ID 7) left at 1
        QCOMPARE(r.until("AT+MQTTCONN=1\r\n", "+MQTTCONN:0\r\n", 4000),
                 QByteArray("OK\r\n\r+MQTTCONNACK:1,1\r\n\r+MQTTCONN:0\r\n"));
    }

    void dnsAndPing()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QCOMPARE(errorCode(rig.run("AT+DNSRESOLV=1,\"echo.local\"")), 9); // STA not connected
        QVERIFY(join(rig));
        QVERIFY(ok(rig.run("AT+DNSRESOLV=1,\"echo.local\"")));
        const AtEvent found = rig.waitForEvent(QString::fromLatin1(AtEvents::DnsResolved), 3000);
        QCOMPARE(found.raw, QByteArray("+DNSRESOLV:0,\"echo.local\",\"127.0.0.1\""));
        QCOMPARE(errorCode(rig.run("AT+DNSRESOLV=2,\"echo.local\"")), 41);
        QVERIFY(ok(rig.run("AT+DNSRESOLV=1,\"nowhere.invalid\"")));
        const AtEvent lost = rig.waitForEvent(QString::fromLatin1(AtEvents::DnsError), 3000);
        QCOMPARE(lost.fields.value(AtFields::Code).toInt(), 42);
        QVERIFY(ok(rig.run("AT+PING=\"127.0.0.1\"")));
        const AtEvent pong = rig.waitForEvent(QString::fromLatin1(AtEvents::PingReply), 3000);
        QCOMPARE(pong.fields.value(AtFields::Ip).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(ok(rig.run("AT+PING=\"localhost\"")));
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::PingReply), 3000).name.isEmpty());
        QCOMPARE(errorCode(rig.run("AT+PING=\"127.0.0.1\",1")), 5);
    }

    void badParametersGetTheFirmwaresErrors()
    {
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QCOMPARE(errorCode(rig.run("AT+XYZ")), 3);
        // No GPIO or ADC commands exist in this firmware: unknown commands.
        QCOMPARE(errorCode(rig.run("AT+GPIO=1,1")), 3);
        QCOMPARE(errorCode(rig.run("AT+ADC=0")), 3);
        QCOMPARE(errorCode(rig.run("AT+SOCKO")), 5);
        QCOMPARE(errorCode(rig.run("AT+SOCKO=3")), 12);
        QCOMPARE(errorCode(rig.run("AT+SOCKO=\"2\"")), 4);
        QCOMPARE(errorCode(rig.run("AT+SOCKO=2x")), 5); // a parameter syntax error
        QCOMPARE(errorCode(rig.run("AT+SOCKCL=12345")), 10);
        QCOMPARE(errorCode(rig.run("AT+WSTAC=99")), 7);
        QCOMPARE(errorCode(rig.run("AT+WSTAC=2,\"three\"")), 7);
        QCOMPARE(errorCode(rig.run("AT+WSTAC=1,[123]")), 5); // odd hex digits
        QCOMPARE(errorCode(rig.run("AT+WSTA=0")), 21);
        QCOMPARE(errorCode(rig.run("AT+TLSC")), 4);
        QCOMPARE(errorCode(rig.run("AT+WSCNA=255,\"" + QByteArray(33, 'x') + "\"")), 4);
        QCOMPARE(errorCode(rig.run("AT+MQTTDISCONN")), 47);
        const int id = openSocket(rig, 2);
        const QByteArray sid = QByteArray::number(id);
        QCOMPARE(errorCode(rig.run("AT+SOCKWR=" + sid + ",5,\"abc\"")), 20);
        QCOMPARE(errorCode(rig.run("AT+SOCKWR=" + sid + ",3,\"abc\"")), 17); // not connected
        QCOMPARE(errorCode(rig.run("AT+SOCKWR=" + sid + ",5")), 4);          // binary needs 0
        QCOMPARE(errorCode(rig.run("AT+SOCKRD=" + sid + ",1,4096")), 4);
        QCOMPARE(errorCode(rig.run("AT+SOCKRD=" + sid + ",3,10")), 12);
        QCOMPARE(errorCode(rig.run("AT+SOCKTLS=" + sid + ",3")), 4);
        QVERIFY(ok(rig.run("AT+SOCKRD=" + sid + ",1,10"))); // nothing to read: just OK
    }

    void socketsRunOutAtTheFirmwaresTwentySlots()
    {
        Raw r;
        r.exchange("ATE0\r\n", "ATE0\r\nOK\r\n");
        const QByteArray first = r.exchange("AT+SOCKO=2\r\n", "+SOCKO:1\r\nOK\r\n");
        QVERIFY(r.exchange("AT+SOCKBL=" + first.mid(7, first.indexOf('\r') - 7) + "," +
                               QByteArray::number(freePort()) + "\r\n",
                           "OK\r\n") == "OK\r\n"); // a listener takes 1 + 5 slots
        for (int i = 0; i < 14; ++i)
            QVERIFY(r.exchange("AT+SOCKO=1\r\n", "+SOCKO:1\r\nOK\r\n").startsWith("+SOCKO:"));
        QCOMPARE(r.exchange("AT+SOCKO=1\r\n", "ERROR:11,\"No Free Sockets\"\r\n"),
                 QByteArray("ERROR:11,\"No Free Sockets\"\r\n"));
    }

    void tlsAgainstAPlainServerFailsWithSocketTlsFailed()
    {
        TcpPeerServer plain;
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const int id = openSocket(rig, 2);
        const QByteArray sid = QByteArray::number(id);
        QVERIFY(ok(rig.run("AT+TLSC=1,5,\"localhost\"")));
        QVERIFY(ok(rig.run("AT+SOCKTLS=" + sid + ",1")));
        QVERIFY(
            ok(rig.run("AT+SOCKBR=" + sid + ",\"127.0.0.1\"," + QByteArray::number(plain.port()))));
        const AtEvent e = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketError), 5000);
        QCOMPARE(e.fields.value(AtFields::Code).toInt(), 15);
        QCOMPARE(e.fields.value(AtFields::Socket).toInt(), id);
    }

    void restartForgetsEverythingAndPrintsTheBootOk()
    {
        Raw r;
        r.exchange("ATE0\r\n", "ATE0\r\nOK\r\n");
        r.exchange("AT+WSCNC=1,99\r\n", "OK\r\n");
        QCOMPARE(r.until("AT+RST\r\n", "\r\nOK\r\n>"), QByteArray("OK\r\n\r\nOK\r\n>"));
        QCOMPARE(r.exchange("AT+WSCNC=1\r\n", "AT+WSCNC=1\r\n+WSCNC:1,30\r\nOK\r\n>"),
                 QByteArray("AT+WSCNC=1\r\n+WSCNC:1,30\r\nOK\r\n>"));
    }
};

QTEST_GUILESS_MAIN(TstPic32mzw1Module)
#include "tst_pic32mzw1module.moc"
