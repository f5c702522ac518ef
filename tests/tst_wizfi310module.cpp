// The WizFi310 virtual module, driven by the engine's WizFi310 dialect (SimRig) and, where the
// bytes themselves matter, directly through a pipe: echo and results, identity, scan, joins
// with the right and the wrong key, soft AP, real loopback TCP/UDP sockets, a 1 MB transfer in
// AT+SSEND chunks, data mode with "+++", MQTT on a real broker, GPIO/ADC, errors, and the
// manual's example exchanges (tests/data/wizfi310) replayed against the module.
#include "sim/wizfi310/Wizfi310Module.h"
#include "log/Transcript.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"
#include "transport/PipeTransport.h"

#include <QFile>
#include <algorithm>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>

namespace {

const QByteArray kBanner = "WizFi310 Version 1.0.0.6 (WIZnet Co.Ltd)\r\n";

// The module alone on a pipe: bytes in, bytes out.
struct Wire
{
    explicit Wire(const World &world = World::defaultWorld())
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("wizfi310 wire"));
        host = std::move(a);
        end = std::move(b);
        host->open();
        end->open();
        module.attach(end.get());
        QObject::connect(host.get(), &Transport::received, host.get(),
                         [this](const QByteArray &bytes) { received += bytes; });
    }
    // Write and wait until the output since then ends in `expectedEnd`.
    QByteArray exchange(const QByteArray &bytes, const QByteArray &expectedEnd, int ms = 3000)
    {
        const qsizetype start = received.size();
        host->write(bytes);
        (void)QTest::qWaitFor(
            [&] { return received.size() > start && received.mid(start).endsWith(expectedEnd); },
            ms);
        return received.mid(start);
    }
    // A command line; waits for its final result ([OK] or [ERROR...]).
    QByteArray command(const QByteArray &line, int ms = 3000)
    {
        const qsizetype start = received.size();
        host->write(line + '\r');
        (void)QTest::qWaitFor(
            [&] {
                const QByteArray o = received.mid(start);
                return o.startsWith("[OK]\r\n") || o.contains("\n[OK]\r\n") ||
                       ((o.startsWith("[ERROR") || o.contains("\n[ERROR")) && o.endsWith("]\r\n"));
            },
            ms);
        return received.mid(start);
    }
    // Wait until the output since `start` contains `what`.
    bool waitFor(const QByteArray &what, qsizetype start = 0, int ms = 3000)
    {
        return QTest::qWaitFor([&] { return received.indexOf(what, start) >= 0; }, ms);
    }
    std::unique_ptr<PipeTransport> host;
    std::unique_ptr<PipeTransport> end;
    Wizfi310Module module;
    QByteArray received;
};

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

// Join the default world's WIZnet_Lab (through the engine).
bool join(SimRig &rig)
{
    return rig.run("AT+WSET=0,WIZnet_Lab")->ok() && rig.run("AT+WSEC=0,WPA2,wiznet1234")->ok() &&
           rig.run("AT+WNET=1")->ok() && rig.run("AT+WJOIN")->ok();
}

bool joinWire(Wire &w)
{
    return w.command("AT+WSET=0,WIZnet_Lab").endsWith("[OK]\r\n") &&
           w.command("AT+WSEC=0,,wiznet1234").endsWith("[OK]\r\n") &&
           w.command("AT+WJOIN").endsWith("[OK]\r\n");
}

// The socket id of the next socket.connected event, or -1.
int connectedSocket(SimRig &rig)
{
    const AtEvent e = rig.waitForEvent(QStringLiteral("socket.connected"), 5000);
    return e.name.isEmpty() ? -1 : e.fields.value(QStringLiteral("socket"), -1).toInt();
}

// ---- the manual's example transcripts ----

QList<TranscriptEntry> loadTranscript(const QString &name,
                                      const QList<QPair<QByteArray, QByteArray>> &subs = {})
{
    QFile f(QStringLiteral(ATSTUDIO_TEST_DATA "/wizfi310/") + name + QStringLiteral(".transcript"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QList<TranscriptEntry> entries = Transcript::parse(f.readAll());
    for (TranscriptEntry &e : entries) {
        for (const auto &s : subs)
            e.bytes.replace(s.first, s.second);
    }
    return entries;
}

// Plays the host lines of a transcript to the module and compares what the module says after
// each with the transcript's module lines up to the next host line. `hooks[i]` runs right after
// host entry i (0-based among host entries) was written: the peer's side of the exchange.
// `extra[i]` holds module bytes the transcript leaves out for that exchange (see callers).
void replay(Wire &w, const QList<TranscriptEntry> &entries,
            const QHash<int, std::function<void()>> &hooks = {},
            const QHash<int, std::function<QByteArray(QByteArray)>> &adjust = {})
{
    int hostIndex = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).direction != TranscriptEntry::Direction::ToModule)
            continue;
        ++hostIndex;
        QByteArray expected;
        qsizetype j = i + 1;
        for (; j < entries.size() &&
               entries.at(j).direction == TranscriptEntry::Direction::FromModule;
             ++j)
            expected += entries.at(j).bytes;
        const qsizetype start = w.received.size();
        w.host->write(entries.at(i).bytes);
        if (hooks.contains(hostIndex))
            hooks.value(hostIndex)();
        if (adjust.contains(hostIndex))
            expected = adjust.value(hostIndex)(expected);
        (void)QTest::qWaitFor([&] { return w.received.size() - start >= expected.size(); }, 3000);
        QTest::qWait(expected.isEmpty() ? 50 : 0);
        const QByteArray got = w.received.mid(start);
        if (got != expected) {
            qWarning("transcript line %d: %s", entries.at(i).lineNumber,
                     Transcript::escape(entries.at(i).bytes).constData());
            QCOMPARE(Transcript::escape(got), Transcript::escape(expected));
        }
    }
}

World worldWith(const QByteArray &ssid, const QByteArray &key, const char *first,
                const char *gateway)
{
    World world = World::defaultWorld();
    WorldAccessPoint ap;
    ap.ssid = ssid;
    ap.bssid = "08:00:dc:11:22:33";
    ap.channel = 1;
    ap.security = WorldAccessPoint::Security::Wpa2Psk;
    ap.passphrase = key;
    world.accessPoints << ap;
    world.dhcp.first = QHostAddress(QString::fromLatin1(first));
    world.dhcp.gateway = QHostAddress(QString::fromLatin1(gateway));
    world.stationMac = "00:08:dc:11:22:33";
    return world;
}

} // namespace

class TstWizfi310Module : public QObject
{
    Q_OBJECT
private slots:
    // ---- bytes on the wire ----

    void echoesTheLineWithCrAsCrLfAndAnswersInBrackets()
    {
        Wire w;
        w.module.powerOn();
        QTRY_COMPARE(w.received, kBanner);
        QCOMPARE(w.exchange("AT\r", "[OK]\r\n"), QByteArray("AT\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("at\r", "[OK]\r\n"), QByteArray("at\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT+MECHO=?\r", "[OK]\r\n"), QByteArray("AT+MECHO=?\r\n1\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("HELLO\r", "]\r\n"), QByteArray("HELLO\r\n[ERROR: INVALID INPUT]\r\n"));
        QCOMPARE(w.exchange("AT+MECHO=0\r", "[OK]\r\n"), QByteArray("AT+MECHO=0\r\n[OK]\r\n"));
        QCOMPARE(w.exchange("AT\r", "[OK]\r\n"), QByteArray("[OK]\r\n"));
        // An empty line gets no answer; an LF is not part of a command.
        QCOMPARE(w.exchange("\r\nAT\r\n", "[OK]\r\n"), QByteArray("[OK]\r\n"));
        // The vendor drivers' AT+WSTATUS runs AT+WSTAT (the firmware matches by prefix).
        QVERIFY(w.command("AT+WSTATUS").startsWith("IF/SSID/IP-Addr/Gateway/MAC/TxPower(dBm)/"));
    }

    void theSendPayloadIsNotEchoed()
    {
        Wire w;
        QVERIFY(joinWire(w));
        UdpPeer peer(false);
        w.received.clear();
        QVERIFY(w.exchange("AT+SCON=O,UCN,127.0.0.1," + QByteArray::number(peer.port()) + ",0,0\r",
                           "[CONNECT 0]\r\n")
                    .endsWith("[OK]\r\n\r\n[CONNECT 0]\r\n"));
        QCOMPARE(w.exchange("AT+SSEND=0,,,5\r", "]\r\n"),
                 QByteArray("AT+SSEND=0,,,5\r\n[0,,,5]\r\n"));
        QCOMPARE(w.exchange("AT\r\n!", "[OK]\r\n"), QByteArray("[OK]\r\n"));
        QTRY_COMPARE(peer.received(), QByteArray("AT\r\n!"));
    }

    void resetsPrintTheBannerAndTheProfileSurvivesOnlyWhenSaved()
    {
        Wire w;
        QCOMPARE(w.exchange("AT+MRESET\r", kBanner), "AT+MRESET\r\n[OK]\r\n" + kBanner);
        // A reset not asked for by the host: [Reset Event], then the banner.
        w.received.clear();
        w.module.restart();
        QTRY_COMPARE(w.received, "\r\n[Reset Event]\r\n" + kBanner);
        // Echo off, saved, reset: still off. Echo off, not saved: on again after a reset.
        w.command("AT+MECHO=0");
        QCOMPARE(w.command("AT+MPROF=S"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.exchange("AT+MRESET\r", kBanner), "[OK]\r\n" + kBanner);
        QCOMPARE(w.command("AT"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+MECHO=1"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+MPROF=L"), QByteArray("AT+MPROF=L\r\n[OK]\r\n"));
        QCOMPARE(w.command("AT"), QByteArray("[OK]\r\n"));
        const QByteArray dump = w.command("AT+MPROF=VD");
        QVERIFY(dump.contains("+MECHO=0\r\n"));
        QVERIFY(dump.contains("+SFORM=111111111,7B,2C,7D,0D,0A\r\n"));
        QVERIFY(dump.contains("+MMAC=00:08:DC:5A:10:01\r\n"));
        // Factory reset: defaults again, then a reboot.
        QCOMPARE(w.exchange("AT+MFDEF=FR\r", kBanner), "[OK]\r\n" + kBanner);
        QCOMPARE(w.command("AT"), QByteArray("AT\r\n[OK]\r\n"));
    }

    void eventFormsAndMessageLevel()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        // Short forms for b..e, nothing for the rest (the manual's example).
        QCOMPARE(w.command("AT+MEVTFORM=122220000000"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+MEVTFORM=?"), QByteArray("122220000000\r\n[OK]\r\n"));
        UdpPeer peer(false);
        QCOMPARE(w.exchange("AT+SCON=O,UCN,127.0.0.1," + QByteArray::number(peer.port()) + ",0,0\r",
                            "[1]\r\n"),
                 QByteArray("[OK]\r\n\r\n[1]\r\n"));
        QCOMPARE(w.exchange("AT+SMGMT=0\r", "[2]\r\n"), QByteArray("[OK]\r\n\r\n[2]\r\n"));
        QCOMPARE(w.exchange("AT+WLEAVE\r", "[OK]\r\n"), QByteArray("\r\n[4]\r\n[OK]\r\n"));
        QCOMPARE(w.command("AT+MEVTFORM=111111111111"), QByteArray("[OK]\r\n"));
        // Level 1: no responses at all; the query values still come.
        w.command("AT+MMSG=1", 300);
        QCOMPARE(w.exchange("AT+MMSG=?\r", "1\r\n"), QByteArray("1\r\n"));
        QCOMPARE(w.command("AT+MMSG=2"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+MMSG=?"), QByteArray("2\r\n[OK]\r\n"));
    }

    void receiveHeaderFollowsSform()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        UdpPeer peer(false);
        const quint16 port = freeUdpPort();
        w.command("AT+SCON=O,USN,,," + QByteArray::number(port) + ",0");
        QVERIFY(w.waitFor("[CONNECT 0]"));
        qsizetype start = w.received.size();
        peer.sendTo(port, "hello");
        QVERIFY(w.waitFor("hello\r\n", start));
        QCOMPARE(w.received.mid(start),
                 "{0,127.0.0.1," + QByteArray::number(peer.port()) + ",5}hello\r\n");
        // The manual's second example: start '[', no id, '/' delimiters, IP only, end ']', CR.
        QCOMPARE(w.command("AT+SFORM=101100110,5B,2F,5D,0D,00"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+SFORM=?"), QByteArray("101100110,5B,2F,5D,0D,00\r\n[OK]\r\n"));
        start = w.received.size();
        peer.sendTo(port, "hi");
        QVERIFY(w.waitFor("hi\r", start));
        QCOMPARE(w.received.mid(start), QByteArray("[/127.0.0.1//]hi\r"));
        QCOMPARE(w.command("AT+SFORM=111111111,7B,2C,7D,0D,0A"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+SFORM=11111111,7B,2C,7D,0D,0A"),
                 QByteArray("[ERROR: INVALID INPUT]\r\n"));
    }

    void dataModeIsRawUntilPlusPlusPlusAndTheEscapeTimer()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        // A short escape timer keeps the test quick (default 1000 ms).
        QCOMPARE(w.command("AT+SOPT1=10,200"), QByteArray("[OK]\r\n"));
        TcpPeerServer peer(false);
        const QByteArray port = QByteArray::number(peer.port());
        QVERIFY(w.exchange("AT+SCON=O,TCN,127.0.0.1," + port + ",0,1\r", "[CONNECT 0]\r\n")
                    .endsWith("[OK]\r\n\r\n[CONNECT 0]\r\n"));
        // Raw both ways: "+++" inside other bytes is data, nothing is echoed.
        qsizetype start = w.received.size();
        w.host->write("AT\r+++x");
        QTRY_COMPARE(peer.received(), QByteArray("AT\r+++x"));
        peer.send("from the peer\r\n");
        QTRY_COMPARE(w.received.mid(start), QByteArray("from the peer\r\n"));
        // "+++" alone followed by the escape timer's silence: [OK], command mode, socket open.
        QCOMPARE(w.exchange("+++", "[OK]\r\n"), QByteArray("[OK]\r\n"));
        QCOMPARE(peer.received(), QByteArray("AT\r+++x"));
        start = w.received.size();
        peer.send("escaped");
        QVERIFY(w.waitFor("escaped\r\n", start));
        QVERIFY(w.received.mid(start).startsWith("{0,127.0.0.1," + port + ",7}"));
        QCOMPARE(w.command("AT+SCON=O,TCN,127.0.0.1,1,0,0"),
                 QByteArray("[ERROR: Mode Status]\r\n"));
        const QByteArray list = w.command("AT+SMGMT=?");
        QVERIFY(list.startsWith("Number of Sockets : 1 (SCID/Socket/Mode/Remote/Local/DataMode)"
                                "\r\n0/TCN/127.0.0.1:" +
                                port + '/'));
        QVERIFY(list.endsWith("/1\r\n[OK]\r\n"));
        QCOMPARE(w.command("AT+SDATA"), QByteArray("[OK]\r\n"));
        w.host->write("again");
        QTRY_COMPARE(peer.received(), QByteArray("AT\r+++xagain"));
        // The peer closes: [DISCONNECT 0], back in command mode.
        start = w.received.size();
        peer.closeConnections();
        QVERIFY(w.waitFor("\r\n[DISCONNECT 0]\r\n", start));
        QCOMPARE(w.command("AT"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+SDATA"), QByteArray("[ERROR]\r\n"));
    }

    void airCommandsArriveOverTheNetwork()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        const quint16 port = freeUdpPort();
        QCOMPARE(w.command("AT+MAIRCMD=O,U," + QByteArray::number(port) + ",0"),
                 QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+MAIRCMD=?"), "O,U," + QByteArray::number(port) + ",0\r\n[OK]\r\n");
        UdpPeer tool(false);
        const qsizetype start = w.received.size();
        tool.sendTo(port, "WizFi310AirCmd:AT+MMAC=?\r");
        QTRY_COMPARE(tool.received(), QByteArray("00:08:DC:5A:10:01\r\n[OK]\r\n"));
        QCOMPARE(w.received.size(), start); // nothing on the UART
    }

    void aServiceSocketOpensItselfAfterAReset()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QCOMPARE(w.command("AT+WSET=0,WIZnet_Lab"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+WSEC=0,WPA2,wiznet1234"), QByteArray("[OK]\r\n"));
        TcpPeerServer peer(false);
        const QByteArray port = QByteArray::number(peer.port());
        QCOMPARE(w.command("AT+SCON=S,TCN,127.0.0.1," + port + ",0,0"), QByteArray("[OK]\r\n"));
        QCOMPARE(w.command("AT+SCON=?"), "S,TCN,127.0.0.1," + port + ",0,0\r\n[OK]\r\n");
        QCOMPARE(w.command("AT+MPROF=S"), QByteArray("[OK]\r\n"));
        const qsizetype start = w.received.size();
        w.host->write("AT+MRESET\r");
        QVERIFY(w.waitFor("[CONNECT 0]\r\n", start, 5000));
        QCOMPARE(w.received.mid(start),
                 "[OK]\r\n" + kBanner +
                     "Joining : WIZnet_Lab\r\nSuccessfully joined : WIZnet_Lab\r\n\r\n[Link-Up "
                     "Event]\r\nIP Addr    : 192.168.10.100\r\nGateway   : 192.168.10.1\r\n\r\n"
                     "[CONNECT 0]\r\n");
        QTRY_COMPARE(peer.connections(), 1);
    }

    // ---- through the engine ----

    void identity()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        AtReply *r = rig.run("AT+MINFO");
        QVERIFY(r->ok());
        QCOMPARE(r->lines(),
                 (QList<QByteArray>{"FW version / HW version", "1.0.0.6 / WizFi310 Rev 1.0"}));
        r = rig.run("AT+MMAC=?");
        QVERIFY(r->ok());
        QCOMPARE(r->lines(), QList<QByteArray>{"00:08:DC:5A:10:01"});
        r = rig.run("AT+MMAC=00:08:DC:11:22:33");
        QVERIFY(r->ok());
        QCOMPARE(rig.run("AT+MMAC=?")->lines(), QList<QByteArray>{"00:08:DC:11:22:33"});
        // The module restarts: the banner is module.ready.
        rig.module().restart();
        const AtEvent ready = rig.waitForEvent(QStringLiteral("module.ready"));
        QVERIFY(!ready.name.isEmpty());
        QVERIFY(ready.raw.contains("1.0.0.6"));
    }

    void scanShowsTheWorldFilteredBySsidBssidAndChannel()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        AtReply *r = rig.run("AT+WSCAN");
        QVERIFY(r->ok());
        QStringList ssids;
        for (const AtFrame &f : r->responses()) {
            if (f.isEvent("scan.result"))
                ssids << f.fields.value(QStringLiteral("ssid")).toString();
        }
        QCOMPARE(ssids.size(), 5);
        QVERIFY(ssids.contains(QStringLiteral("WIZnet_Lab")));
        QVERIFY(ssids.contains(QStringLiteral("연구소_5층")));
        QVERIFY(ssids.contains(QString())); // the hidden network
        QCOMPARE(r->lines().first(), QByteArray("Index/SSID/BSSID/RSSI(-dBm)/MaxDataRate(Mbps)/"
                                                "Security/RadioBand(GHz)/Channel"));

        r = rig.run("AT+WSCAN=,,6");
        QVERIFY(r->ok());
        QCOMPARE(r->lines().size(), 2);
        QVERIFY(r->lines().at(1).startsWith("001/WIZnet_Lab/00:08:DC:AA:BB:01/"));
        QVERIFY(r->lines().at(1).endsWith("/144.4/WPA2/2.4/6"));
        const AtFrame &row = r->responses().at(1);
        QCOMPARE(row.fields.value(QStringLiteral("channel")).toInt(), 6);
        QVERIFY(row.fields.value(QStringLiteral("rssi")).toInt() < -40);

        // A directed scan finds the hidden network by its name; the BSSID filter combines.
        r = rig.run("AT+WSCAN=Factory-IoT");
        QCOMPARE(r->lines().size(), 2);
        QVERIFY(r->lines().at(1).startsWith("001/Factory-IoT/F0:9F:C2:00:11:22/"));
        r = rig.run("AT+WSCAN=WIZnet_Lab,00:1A:2B:3C:4D:01");
        QCOMPARE(r->lines().size(), 1);
        r = rig.run("AT+WSCAN=,,15");
        QCOMPARE(r->finalFrame().text, QByteArray("[ERROR: INVALID INPUT]"));
    }

    void joinWithTheRightKey()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        QVERIFY(!rig.waitForEvent(QStringLiteral("wifi.connected"), 100).name.isEmpty());
        const AtEvent ip = rig.waitForEvent(QStringLiteral("wifi.gotip"), 100);
        QCOMPARE(ip.fields.value(QStringLiteral("ip")).toString(),
                 QStringLiteral("192.168.10.100"));
        AtReply *r = rig.run("AT+WSTAT");
        QVERIFY(r->ok());
        QVERIFY(r->lines().at(1).startsWith(
            "STA/WIZnet_Lab/192.168.10.100/192.168.10.1/00:08:DC:5A:10:01//"));
        const QVariantMap row = r->responses().at(1).fields;
        QCOMPARE(row.value(QStringLiteral("ssid")).toString(), QStringLiteral("WIZnet_Lab"));
        QCOMPARE(row.value(QStringLiteral("ip")).toString(), QStringLiteral("192.168.10.100"));
        QCOMPARE(row.value(QStringLiteral("mac")).toString(), QStringLiteral("00:08:DC:5A:10:01"));
        QVERIFY(row.value(QStringLiteral("rssi")).toInt() < -40);
        r = rig.run("AT+WJOIN");
        QVERIFY(r->ok());
        QCOMPARE(r->lines(), QList<QByteArray>{"Already Associated : Station Mode"});
        r = rig.run("AT+WLEAVE");
        QVERIFY(r->ok());
        QVERIFY(!rig.waitForEvent(QStringLiteral("wifi.disconnected"), 100).name.isEmpty());
        QVERIFY(rig.run("AT+WSTAT")->lines().at(1).startsWith("Down////"));
    }

    void joinWithAWrongKeyFailsWithoutALink()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+WSET=0,WIZnet_Lab")->ok());
        QVERIFY(rig.run("AT+WSEC=0,WPA2,not-the-key")->ok());
        AtReply *r = rig.run("AT+WJOIN");
        QCOMPARE(r->error(), AtReply::Error::Module);
        QCOMPARE(r->finalFrame().text, QByteArray("[ERROR]"));
        QCOMPARE(r->lines(), QList<QByteArray>{"Joining : WIZnet_Lab"});
        for (const AtEvent &e : rig.events())
            QVERIFY2(!e.name.startsWith(QLatin1String("wifi.")), qPrintable(e.name));
        QVERIFY(rig.run("AT+WSTAT")->lines().at(1).startsWith("Down////"));
        // Sockets and MQTT need Wi-Fi.
        QCOMPARE(rig.run("AT+SCON=O,TCN,127.0.0.1,5000,0,0")->finalFrame().text,
                 QByteArray("[ERROR: WiFi Status]"));
        QCOMPARE(rig.run("AT+MQTTCON=1,127.0.0.1,1883,0")->finalFrame().text,
                 QByteArray("[ERROR: WiFi Status]"));
        // A network that does not exist fails the same way.
        QVERIFY(rig.run("AT+WSET=0,NoSuchNet")->ok());
        QCOMPARE(rig.run("AT+WJOIN")->finalFrame().text, QByteArray("[ERROR]"));
    }

    void softApStartsAndStops()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+WSET=1,WizFi310_AP,,6")->ok());
        QCOMPARE(rig.run("AT+WSEC=1,WEP,12345")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]")); // no WEP in AP mode
        QVERIFY(rig.run("AT+WSEC=1,WPA2,12345678")->ok());
        QVERIFY(rig.run("AT+WNET=0,192.168.12.1,255.255.255.0,192.168.12.1")->ok());
        AtReply *r = rig.run("AT+WJOIN");
        QVERIFY(r->ok());
        QVERIFY(!rig.waitForEvent(QStringLiteral("ap.started"), 100).name.isEmpty());
        QVERIFY(rig.run("AT+WSTAT")
                    ->lines()
                    .at(1)
                    .startsWith("AP/WizFi310_AP/192.168.12.1/192.168.12.1/02:08:DC:5A:10:01/"));
        QCOMPARE(rig.run("AT+WJOIN")->lines(), QList<QByteArray>{"Already Started : AP Mode"});
        QVERIFY(rig.run("AT+WLEAVE")->ok());
        QVERIFY(!rig.waitForEvent(QStringLiteral("ap.stopped"), 100).name.isEmpty());
        QCOMPARE(rig.run("AT+WSET=?")->lines(),
                 QList<QByteArray>{"1,WizFi310_AP,00:00:00:00:00:00,6"});
    }

    void tcpClientRoundTrip()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        TcpPeerServer echo;
        QVERIFY(
            rig.run("AT+SCON=O,TCN,echo.local," + QByteArray::number(echo.port()) + ",0,0")->ok());
        QCOMPARE(connectedSocket(rig), 0);
        AtReply *r = rig.run("AT+SSEND=0,,,11", "hello\r\n[OK]");
        QVERIFY(r->ok());
        QTRY_COMPARE(rig.socketData(0), QByteArray("hello\r\n[OK]"));
        QCOMPARE(echo.received(), QByteArray("hello\r\n[OK]"));
        r = rig.run("AT+SMGMT=?");
        QCOMPARE(r->lines().size(), 2);
        QVERIFY(r->lines().at(1).startsWith("0/TCN/127.0.0.1:" + QByteArray::number(echo.port())));
        QVERIFY(rig.run("AT+SMGMT=0")->ok());
        const AtEvent closed = rig.waitForEvent(QStringLiteral("socket.closed"));
        QCOMPARE(closed.fields.value(QStringLiteral("socket")).toInt(), 0);
        QCOMPARE(rig.run("AT+SSEND=0,,,5", "hello")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
        // Nobody listens: [DISCONNECT x] without a [CONNECT x].
        QVERIFY(
            rig.run("AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(freePort()) + ",0,0")->ok());
        QVERIFY(!rig.waitForEvent(QStringLiteral("socket.closed")).name.isEmpty());
    }

    void tcpServerAcceptsALoopbackClient()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        QVERIFY(rig.run("AT+MEVTMSG=1")->ok());
        const quint16 port = freePort();
        QVERIFY(rig.run("AT+SCON=O,TSN,,," + QByteArray::number(port) + ",0")->ok());
        QCOMPARE(rig.waitForEvent(QStringLiteral("socket.listening"))
                     .fields.value(QStringLiteral("socket"))
                     .toInt(),
                 0);
        // Sending before a client is there fails.
        QCOMPARE(rig.run("AT+SSEND=0,,,4", "pong")->finalFrame().text, QByteArray("[ERROR]"));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(3000));
        QCOMPARE(connectedSocket(rig), 0);
        client.write("ping");
        QTRY_COMPARE(rig.socketData(0), QByteArray("ping"));
        QVERIFY(rig.run("AT+SSEND=0,,,4", "pong")->ok());
        QByteArray got;
        QTRY_VERIFY((got += client.readAll()) == "pong");
        client.disconnectFromHost();
        QVERIFY(!rig.waitForEvent(QStringLiteral("socket.closed")).name.isEmpty());
        // The server listens again on the same id.
        QVERIFY(!rig.waitForEvent(QStringLiteral("socket.listening")).name.isEmpty());
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(second.waitForConnected(3000));
        QCOMPARE(connectedSocket(rig), 0);
        QVERIFY(rig.run("AT+SMGMT=ALL")->ok());
        QVERIFY(!rig.waitForEvent(QStringLiteral("socket.closed")).name.isEmpty());
    }

    void udpRoundTrip()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        UdpPeer peer;
        QVERIFY(
            rig.run("AT+SCON=O,UCN,127.0.0.1," + QByteArray::number(peer.port()) + ",0,0")->ok());
        QCOMPARE(connectedSocket(rig), 0);
        QVERIFY(rig.run("AT+SSEND=0,,,5", "hello")->ok());
        QTRY_COMPARE(peer.received(), QByteArray("hello"));
        QTRY_COMPARE(rig.socketData(0), QByteArray("hello"));
        // A UDP server learns its peer from the first datagram.
        const quint16 port = freeUdpPort();
        QVERIFY(rig.run("AT+SCON=O,USN,,," + QByteArray::number(port) + ",0")->ok());
        QCOMPARE(connectedSocket(rig), 1);
        QCOMPARE(rig.run("AT+SSEND=1,,,3", "abc")->finalFrame().text, QByteArray("[ERROR]"));
        UdpPeer other(false);
        other.sendTo(port, "knock");
        QTRY_COMPARE(rig.socketData(1), QByteArray("knock"));
        QVERIFY(rig.run("AT+SSEND=1,,,5", "reply")->ok());
        QTRY_COMPARE(other.received(), QByteArray("reply"));
        // An explicit target.
        QVERIFY(
            rig.run("AT+SSEND=1,127.0.0.1," + QByteArray::number(peer.port()) + ",2", "xy")->ok());
        QTRY_COMPARE(peer.received(), QByteArray("helloxy"));
    }

    void aMegabyteBothWaysInSsendChunks()
    {
        // 8 KB per AT+SSEND: the firmware takes up to 100,000,000 bytes per command, but a host
        // at 115200 baud needs ~0.7 s per 8 KB, well inside the default timeout (10 s + 100 s
        // per MB), and 128 commands exercise prompt, payload and [OK] with the echo's receive
        // headers arriving in between.
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        TcpPeerServer echo;
        QVERIFY(
            rig.run("AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(echo.port()) + ",0,0")->ok());
        QCOMPARE(connectedSocket(rig), 0);
        QByteArray data(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(310);
        for (char &c : data)
            c = char(gen.bounded(256));
        constexpr qsizetype kChunk = 8192;
        // Some chunks start with an LF: it must not be taken for the end of the command's CR LF.
        for (qsizetype i = 0; i < data.size(); i += 4 * kChunk)
            data[i] = '\n';
        // All 128 sends queued at once: the session runs them one after the other.
        QList<QPointer<AtReply>> replies;
        for (qsizetype i = 0; i < data.size(); i += kChunk) {
            AtReply *r = rig.session().send("AT+SSEND=0,,," + QByteArray::number(kChunk),
                                            data.mid(i, kChunk));
            r->setAutoDelete(false);
            replies << r;
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies.last() && replies.last()->isFinished(), 15000);
        for (const QPointer<AtReply> &r : std::as_const(replies)) {
            QVERIFY(r && r->ok());
            delete r.data();
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig.socketData(0).size(), data.size(), 15000);
        QVERIFY(echo.received() == data);
        QVERIFY(rig.socketData(0) == data);
        // Every receive header carried at most one TCP segment (1460 bytes).
        int headers = 0;
        for (const AtFrame &f : rig.frames()) {
            if (f.kind == AtFrame::Kind::Data) {
                ++headers;
                QVERIFY(f.payload.size() <= 1460);
            }
        }
        QVERIFY(headers >= 1024 * 1024 / 1460);
        // The same megabyte in one AT+SSEND, as the manual's own example sends 1,000,000 bytes
        // (the limit is 100,000,000 per command).
        rig.clearSocketData(0);
        data.prepend('\x0b'); // see above: the first payload byte must not be an LF
        data.chop(1);
        QVERIFY(rig.run("AT+SSEND=0,,," + QByteArray::number(data.size()), data)->ok());
        QTRY_COMPARE_WITH_TIMEOUT(rig.socketData(0).size(), data.size(), 15000);
        QVERIFY(rig.socketData(0) == data);
        QVERIFY(echo.received().mid(data.size()) == data);
    }

    void dataModeThroughTheEngine()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        QVERIFY(rig.run("AT+SOPT1=10,200")->ok());
        TcpPeerServer peer(false);
        QVERIFY(
            rig.run("AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",0,1")->ok());
        QCOMPARE(connectedSocket(rig), 0);
        rig.session().writeRaw("raw bytes");
        QTRY_COMPARE(peer.received(), QByteArray("raw bytes"));
        // "+++", the escape timer, then the module's [OK] (a stray final for the engine).
        const qsizetype seen = rig.frames().size();
        rig.session().writeRaw("+++");
        QTRY_VERIFY(std::any_of(rig.frames().begin() + seen, rig.frames().end(),
                                [](const AtFrame &f) { return f.text == "[OK]"; }));
        AtReply *r = rig.run("AT+SDATA", {}, 3000);
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        rig.session().writeRaw("more");
        QTRY_COMPARE(peer.received(), QByteArray("raw bytesmore"));
    }

    void mqttThroughARealBroker()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        World world = World::defaultWorld();
        world.mqttPort = broker.port();
        SimRig rig(QStringLiteral("wizfi310"), world);
        QVERIFY(rig.start());
        QCOMPARE(rig.run("AT+MQTTCON=1")->finalFrame().text, QByteArray("[ERROR: WiFi Status]"));
        QVERIFY(join(rig));
        // A second client on the broker.
        SimMqtt other;
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("observer");
        QList<QPair<QString, QByteArray>> seen;
        QObject::connect(
            &other, &SimMqtt::messageReceived, &other,
            [&seen](const QString &t, const QByteArray &p) { seen << qMakePair(t, p); });
        bool subscribed = false;
        QObject::connect(&other, &SimMqtt::subscribed, &other, [&] { subscribed = true; });
        QVERIFY(other.connectToBroker(o));
        QTRY_VERIFY(other.isConnected());
        other.subscribe(QStringLiteral("wiznet/temp"), 0);
        QTRY_VERIFY(subscribed);

        QVERIFY(rig.run("AT+MQTTSET=,,wizfi310-test,60")->ok());
        QCOMPARE(rig.run("AT+MQTTSET=?")->lines(), QList<QByteArray>{",,wizfi310-test,60"});
        QCOMPARE(rig.run("AT+MQTTPUB=wiznet/temp,4", "23.5")->finalFrame().text,
                 QByteArray("[ERROR]")); // not connected yet
        QVERIFY(
            rig.run("AT+MQTTCON=1,127.0.0.1," + QByteArray::number(broker.port()) + ",0")->ok());
        QVERIFY(!rig.waitForEvent(QStringLiteral("mqtt.connected"), 100).name.isEmpty());
        QCOMPARE(rig.run("AT+MQTTCON=?")->lines(), QList<QByteArray>{"Connected(127.0.0.1)"});
        QVERIFY(rig.run("AT+MQTTSUB=1,wiznet/cmd")->ok());
        QVERIFY(rig.run("AT+MQTTPUB=wiznet/temp,4", "23.5")->ok());
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen.first().first, QStringLiteral("wiznet/temp"));
        QCOMPARE(seen.first().second, QByteArray("23.5"));

        other.publish(QStringLiteral("wiznet/cmd"), "on,{x}", 0, false);
        const AtEvent m = rig.waitForEvent(QStringLiteral("mqtt.message"));
        QCOMPARE(m.fields.value(QStringLiteral("topic")).toString(), QStringLiteral("wiznet/cmd"));
        QCOMPARE(m.fields.value(QStringLiteral("payload")).toByteArray(), QByteArray("on,{x}"));

        QVERIFY(rig.run("AT+MQTTSUB=0,wiznet/cmd")->ok());
        QVERIFY(rig.run("AT+MQTTCON=0")->ok());
        QVERIFY(!rig.waitForEvent(QStringLiteral("mqtt.disconnected"), 100).name.isEmpty());
        QCOMPARE(rig.run("AT+MQTTCON=?")->lines(), QList<QByteArray>{"Disconnected"});
        other.disconnectFromBroker();
        broker.stop();
    }

    void gpioAndAdcFromTheWorld()
    {
        World world = World::defaultWorld();
        world.adc.first().signal = WorldAdcChannel::Signal::Constant;
        world.adc.first().min = 1.65;
        SimRig rig(QStringLiteral("wizfi310"), world);
        QVERIFY(rig.start());
        QCOMPARE(rig.run("AT+FGPIO=?")->lines(), QList<QByteArray>{"0,1,2,3"});
        QVERIFY(rig.run("AT+FGPIO=0,1,0")->ok());
        QVERIFY(rig.run("AT+FGPIO=0,3,1")->ok());
        QCOMPARE(rig.run("AT+FGPIO=0,2,0")->lines(), QList<QByteArray>{"1"});
        QVERIFY(rig.run("AT+FGPIO=0,3,0")->ok());
        QCOMPARE(rig.run("AT+FGPIO=0,2,0")->lines(), QList<QByteArray>{"0"});
        // The button is an input at level 1; an input cannot be driven.
        QCOMPARE(rig.run("AT+FGPIO=2,2,0")->lines(), QList<QByteArray>{"1"});
        QCOMPARE(rig.run("AT+FGPIO=2,3,0")->finalFrame().text, QByteArray("[ERROR]"));
        QCOMPARE(rig.run("AT+FGPIO=9,2,0")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(rig.run("AT+FGPIO=0,4,0")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
        const QList<QByteArray> adc = rig.run("AT+FGETADC=?")->lines();
        QCOMPARE(adc.size(), 1);
        QVERIFY(qAbs(adc.first().toInt() - 2048) <= 1); // 1.65 V of 3.3 V, 12 bits
        QCOMPARE(rig.run("AT+FGETADC")->finalFrame().text, QByteArray("[ERROR: INVALID INPUT]"));
    }

    void pingAndDnsFromTheWorld()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        QCOMPARE(rig.run("AT+FDNS=echo.local,1000")->finalFrame().text,
                 QByteArray("[ERROR: WiFi Status]"));
        QVERIFY(join(rig));
        AtReply *r = rig.run("AT+FDNS=echo.local,1000");
        QVERIFY(r->ok());
        QCOMPARE(r->lines(), QList<QByteArray>{"127.0.0.1"});
        QCOMPARE(rig.run("AT+FDNS=www.example.com,1000")->finalFrame().text, QByteArray("[ERROR]"));
        r = rig.run("AT+FPING=3,127.0.0.1");
        QVERIFY(r->ok());
        QCOMPARE(r->lines().size(), 3);
        QVERIFY(r->lines().first().startsWith("Ping Reply :  "));
        QVERIFY(r->lines().first().endsWith(" ms"));
        QCOMPARE(rig.run("AT+FPING=2,10.9.8.7")->finalFrame().text, QByteArray("[ERROR]"));
        QCOMPARE(rig.run("AT+FPING=51,127.0.0.1")->finalFrame().text,
                 QByteArray("[ERROR: INVALID INPUT]"));
    }

    void badParametersGetTheManualsErrors()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        // The final line; an error must be the module's own (not a timeout).
        const auto final = [&rig](const QByteArray &command) -> QByteArray {
            AtReply *r = rig.run(command);
            if (!r->ok() && r->error() != AtReply::Error::Module)
                return "engine: " + r->errorString().toUtf8();
            return r->finalFrame().text;
        };
        QCOMPARE(final("AT+WSET=5,WizFiAP"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+WSET=0,123456789012345678901234567890123"),
                 QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+WSEC=0,,12345"), QByteArray("[ERROR]"));
        QCOMPARE(final("AT+WSEC=0,WPA9,12345678"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+WNET=1,300.1.1.1"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+SMGMT=9"), QByteArray("[ERROR: INVALID SCID]"));
        QCOMPARE(final("AT+SMGMT=3"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+SDATA"), QByteArray("[ERROR]"));
        QCOMPARE(final("AT+MMCUPS=1"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+MPROF=?"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+MEVTFORM=1234"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+USET=12345,N,8,1,N"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+MQTTSET=a,b,c,10"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+XYZ"), QByteArray("[ERROR: INVALID INPUT]"));
        QVERIFY(join(rig));
        QCOMPARE(final("AT+SSEND=8,,,5"), QByteArray("[ERROR: INVALID SCID]"));
        QCOMPARE(final("AT+SCON=O,TSN,,,0,0"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+SCON=O,XYZ,127.0.0.1,80,0,0"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+SCON=O,TCN,,80,0,0"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+SOPT1=10,0"), QByteArray("[ERROR: INVALID INPUT]"));
        QCOMPARE(final("AT+FSOCK=1,100"), QByteArray("[ERROR: INVALID INPUT]"));
        // Features the simulated world does not have.
        QCOMPARE(final("AT+MUPGRADE"), QByteArray("[ERROR]"));
        QCOMPARE(final("AT+FOTA=192.168.0.100,50000"), QByteArray("[ERROR]"));
        QCOMPARE(final("AT+WWPS=0"), QByteArray("[ERROR]")); // already associated
        QCOMPARE(final("AT+MQTTCON=1,127.0.0.1,8883,1"), QByteArray("[ERROR]"));
        QCOMPARE(final("AT+GMMPDATA=1,test data"), QByteArray("[ERROR]"));
        QCOMPARE(final("AT+GMMPDATA=0,test data"), QByteArray("[OK]"));
        QCOMPARE(final("AT+SKTPSEND=WIZnet,010600000028"), QByteArray("[ERROR]"));
    }

    // ---- the manual's examples (tests/data/wizfi310), played to the module ----

    void manualEchoSetupAndIdentity()
    {
        World world = World::defaultWorld();
        world.stationMac = "00:08:dc:11:22:33"; // the MAC of the manual's AT+MMAC example
        Wire w(world);
        replay(w, loadTranscript(QStringLiteral("01-echo")));
        Wire w2(world);
        replay(w2, loadTranscript(QStringLiteral("02-session-setup")));
        replay(w2, loadTranscript(QStringLiteral("03-identity")));
        replay(w2, loadTranscript(QStringLiteral("10-wset")));
        replay(w2, loadTranscript(QStringLiteral("11-wset2")));
        replay(w2, loadTranscript(QStringLiteral("12-wsec")));
    }

    void manualJoinAndSoftAp()
    {
        // A world like the example: the AP "WizFiAP", DHCP handing out 192.168.0.23.
        Wire w(worldWith("WizFiAP", "123456789", "192.168.0.23", "192.168.0.1"));
        w.command("AT+MECHO=0");
        // The WizFi310 firmware prints "Joining : <SSID>" and "Successfully joined : <SSID>"
        // before the Link-Up event (WIZnet's WizFi310 quick start guide); the AT+WJOIN section
        // of the manual leaves them out.
        replay(w, loadTranscript(QStringLiteral("05-wjoin-station")), {},
               {{3, [](QByteArray e) {
                     return "Joining : WizFiAP\r\nSuccessfully joined : WizFiAP\r\n" + e;
                 }}});
        replay(w, loadTranscript(QStringLiteral("07-softap")), {},
               {{3, [](QByteArray e) { return "Joining : WizFi310_AP\r\n" + e; }}});
    }

    void manualTcpClientInCommandMode()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        TcpPeerServer peer(false);
        const QByteArray local = QByteArray::number(freePort());
        const auto entries = loadTranscript(QStringLiteral("35-tcp-client-command-mode"),
                                            {{"192.168.12.23", "127.0.0.1"},
                                             {"5001", local},
                                             {"5000", QByteArray::number(peer.port())}});
        replay(w, entries, {{2, [&] {
                                 QTRY_COMPARE(peer.received(), QByteArray("Hello"));
                                 peer.send("Hi WizFi250");
                             }}});
    }

    void manualTcpServerInCommandMode()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        const QByteArray port = QByteArray::number(freePort());
        QTcpSocket client;
        QList<QPair<QByteArray, QByteArray>> subs{{"5000", port}};
        auto entries = loadTranscript(QStringLiteral("36-tcp-server-command-mode"), subs);
        replay(w, entries,
               {{1,
                 [&] {
                     QVERIFY(w.waitFor("[LISTEN 0]"));
                     client.connectToHost(QHostAddress::LocalHost, port.toUShort());
                     QVERIFY(client.waitForConnected(3000));
                     QVERIFY(w.waitFor("[CONNECT 0]"));
                     client.write("ping");
                 }},
                {3,
                 [&] {
                     QByteArray got;
                     QTRY_VERIFY((got += client.readAll()) == "pong");
                     client.disconnectFromHost();
                 }}},
               {{1,
                 [&](QByteArray e) {
                     return e.replace("192.168.0.50,51234",
                                      "127.0.0.1," + QByteArray::number(client.localPort()));
                 }},
                // The server listens again after its peer left ([F250]), so with AT+MEVTMSG=1
                // [LISTEN 0] follows the [DISCONNECT 0] the transcript ends with.
                {3, [](QByteArray e) { return e + "\r\n[LISTEN 0]\r\n"; }}});
    }

    void manualUdpInCommandMode()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        UdpPeer peer(false);
        const QByteArray local = QByteArray::number(freeUdpPort());
        const QByteArray server = QByteArray::number(freeUdpPort());
        const auto entries = loadTranscript(QStringLiteral("37-udp-command-mode"),
                                            {{"192.168.12.23", "127.0.0.1"},
                                             {"5001", QByteArray::number(peer.port())},
                                             {"5000", local},
                                             {"6000", server}});
        replay(w, entries,
               {{2, [&] { QTRY_COMPARE(peer.received(), QByteArray("Hello")); }},
                {3,
                 [&] {
                     QVERIFY(w.waitFor("[CONNECT 1]"));
                     peer.sendTo(server.toUShort(), "Hi WizFi250");
                 }},
                {5, [&] { QTRY_COMPARE(peer.received(), QByteArray("HelloHello")); }}});
    }

    void manualDataMode()
    {
        Wire w;
        w.command("AT+MECHO=0");
        QVERIFY(joinWire(w));
        TcpPeerServer peer(false);
        const auto entries = loadTranscript(
            QStringLiteral("38-data-mode"),
            {{"192.168.0.100", "127.0.0.1"}, {"5000", QByteArray::number(peer.port())}});
        replay(w, entries, {{0, [&] {
                                 QVERIFY(w.waitFor("[CONNECT 0]"));
                                 QTRY_COMPARE(peer.connections(), 1);
                                 peer.send("hello from the peer\r\n");
                                 QVERIFY(w.waitFor("peer\r\n"));
                                 peer.closeConnections();
                             }}});
    }
};

QTEST_GUILESS_MAIN(TstWizfi310Module)
#include "tst_wizfi310module.moc"
