// The WizFi310's panel commands (Wizfi310WifiCommands, Wizfi310SocketCommands,
// Wizfi310MqttCommands, Wizfi310GpioCommands) run through CommandSequence against the virtual
// module, with real loopback peers and a real mosquitto broker: where each plan lands on the
// module and on the network, and what the family refuses.
#include "dialects/commands/GpioCommands.h"
#include "dialects/commands/MqttCommands.h"
#include "dialects/commands/SocketCommands.h"
#include "dialects/commands/WifiCommands.h"
#include "dialects/wizfi310/Wizfi310Dialect.h"
#include "engine/AtReply.h"
#include "engine/AtSession.h"
#include "services/CommandSequence.h"
#include "sim/SimMqtt.h"
#include "support/DialectExamples.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Runs plans on a rig the way the services do, and keeps the commands that went out.
class Runner
{
public:
    explicit Runner(SimRig &rig)
        : m_seq([&rig](const QByteArray &c, const QByteArray &p, int t) {
            return rig.session().send(c, p, t);
        })
    {
        QObject::connect(&rig.session(), &AtSession::eventReceived, &m_seq,
                         &CommandSequence::onEvent);
        QObject::connect(&m_seq, &CommandSequence::stepStarted, &m_seq,
                         [this](int, const QByteArray &command) { commands << command; });
    }

    // Runs the plan to its end; returns whether it succeeded.
    bool run(const CommandPlan &plan, int waitMs = 40000)
    {
        commands.clear();
        QSignalSpy done(&m_seq, &CommandSequence::finished);
        m_seq.start(plan);
        if (done.isEmpty() && !done.wait(waitMs))
            return false;
        return m_seq.ok();
    }
    CommandSequence &seq() { return m_seq; }
    QString error() const { return m_seq.errorString(); }
    QVariant value(const char *name) const { return m_seq.values().value(QLatin1String(name)); }
    int socket() const { return value("socket").isValid() ? value("socket").toInt() : -1; }

    QList<QByteArray> commands;

private:
    CommandSequence m_seq;
};

// A TLS server on loopback that answers with what it got, upper-cased. The loopback test
// certificate is the one tst_wizfi250commands uses; it is made trusted for this process.
class TlsPeer : public QObject
{
public:
    TlsPeer()
    {
        const QString dir =
            DialectExamples::dataDir(QStringLiteral("wizfi250")) + QStringLiteral("/tls/");
        QFile certFile(dir + QStringLiteral("loopback.crt"));
        QFile keyFile(dir + QStringLiteral("loopback.key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            qFatal("no TLS test certificate");
        const QSslCertificate cert(certFile.readAll());
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.addCaCertificate(cert);
        QSslConfiguration::setDefaultConfiguration(trust);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    const QByteArray bytes = s->readAll();
                    received += bytes;
                    s->write(bytes.toUpper());
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    QSslServer m_server;
};

// The scan results a plan saw, as the Wi-Fi service turns them into entries.
QList<ScanEntry> scanEntries(const WifiCommands &wifi, const CommandSequence &seq)
{
    QList<ScanEntry> out;
    for (const AtFrame &f : seq.responses()) {
        if (f.isEvent(AtEvents::ScanResult))
            out << wifi.scanEntry(f.fields);
    }
    for (const AtEvent &e : seq.events()) {
        if (e.name == QLatin1String(AtEvents::ScanResult))
            out << wifi.scanEntry(e.fields);
    }
    return out;
}

const ScanEntry *entryFor(const QList<ScanEntry> &entries, const QString &ssid)
{
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&ssid](const ScanEntry &e) { return e.ssid == ssid; });
    return it == entries.end() ? nullptr : &*it;
}

// The module's saved (flash) profile line that starts with `prefix`, e.g. "+WNET=".
QByteArray savedProfileLine(SimRig &rig, const QByteArray &prefix)
{
    AtReply *r = rig.run("AT+MPROF=VD");
    for (const QByteArray &line : r->lines()) {
        if (line.startsWith(prefix))
            return line;
    }
    return {};
}

} // namespace

class TstWizfi310Commands : public QObject
{
    Q_OBJECT

    Wizfi310Dialect m_dialect;
    std::unique_ptr<WifiCommands> m_wifi = m_dialect.wifiCommands();
    std::unique_ptr<SocketCommands> m_sockets = m_dialect.socketCommands();
    std::unique_ptr<MqttCommands> m_mqtt = m_dialect.mqttCommands();
    std::unique_ptr<GpioCommands> m_gpio = m_dialect.gpioCommands();

    static StationSettings lab()
    {
        StationSettings s;
        s.ssid = QStringLiteral("WIZnet_Lab");
        s.security = WifiSecurity::Wpa2Psk;
        s.key = QStringLiteral("wiznet1234");
        return s;
    }

    // A started rig joined to WIZnet_Lab.
    bool joinLab(SimRig &rig, Runner &runner)
    {
        return rig.start() && runner.run(m_wifi->join(lab()));
    }

    static SocketSettings socketTo(SocketKind kind, const QString &host, quint16 port)
    {
        SocketSettings s;
        s.kind = kind;
        s.host = host;
        s.port = port;
        return s;
    }

private slots:
    void theDialectHasEveryCommandSet() { QVERIFY(m_wifi && m_sockets && m_mqtt && m_gpio); }

    // ---- Wi-Fi ----

    void scanGivesTheWorldsAccessPoints()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        Runner runner(rig);
        QVERIFY2(runner.run(m_wifi->scan()), qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+WSCAN"});
        const QList<ScanEntry> entries = scanEntries(*m_wifi, runner.seq());
        QCOMPARE(entries.size(), 5); // the hidden network shows with an empty name

        const ScanEntry *lab = entryFor(entries, QStringLiteral("WIZnet_Lab"));
        QVERIFY(lab);
        QCOMPARE(lab->bssid, QStringLiteral("00:08:DC:AA:BB:01"));
        QCOMPARE(lab->channel, 6);
        QCOMPARE(lab->security, QStringLiteral("WPA2-PSK"));
        QVERIFY(lab->hasRssi);
        QVERIFY(lab->rssi < -40 && lab->rssi > -60);

        const ScanEntry *korean = entryFor(entries, QStringLiteral("연구소_5층"));
        QVERIFY(korean);
        QCOMPARE(korean->channel, 11);
        QCOMPARE(korean->bssid, QStringLiteral("00:08:DC:AA:BB:02"));

        const ScanEntry *home = entryFor(entries, QStringLiteral("Home \"Office\", 2.4G"));
        QVERIFY(home);
        QCOMPARE(home->security, QStringLiteral("WPA/WPA2-PSK"));
        QCOMPARE(home->channel, 3);

        const ScanEntry *cafe = entryFor(entries, QStringLiteral("CoffeeShop_Guest"));
        QVERIFY(cafe);
        QCOMPARE(cafe->security, wifiSecurityName(WifiSecurity::Open));
        QVERIFY(entryFor(entries, QString()));
    }

    void joinWithTheRightKeyGivesAnAddress()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        Runner runner(rig);
        QVERIFY2(runner.run(m_wifi->join(lab())), qPrintable(runner.error()));
        QCOMPARE(runner.value("ip").toString(), QStringLiteral("192.168.10.100"));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+WLEAVE", "AT+WSET=0,WIZnet_Lab",
                                                     "AT+WSEC=0,WPA2,wiznet1234", "AT+WNET=1",
                                                     "AT+WJOIN", "AT+WSTAT"}));
        QVERIFY(rig.run("AT+WSTAT")->lines().at(1).startsWith("STA/WIZnet_Lab/192.168.10.100/"));

        // Joining again while joined: the link is left first, so AT+WJOIN really joins.
        StationSettings s = lab();
        s.bssid = QStringLiteral("00-08-dc-aa-bb-01");
        s.dns1 = QStringLiteral("8.8.8.8");
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QVERIFY(runner.commands.contains("AT+WSET=0,WIZnet_Lab,00:08:DC:AA:BB:01"));
        QVERIFY(runner.commands.contains("AT+WADNS=8.8.8.8"));
        QVERIFY(!rig.waitForEvent(QStringLiteral("wifi.disconnected"), 100).name.isEmpty());
    }

    void saveToFlashSavesTheProfileOnlyWhenAsked()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        Runner runner(rig);
        StationSettings s = lab();
        s.dhcp = false;
        s.ip = QStringLiteral("192.168.10.50");
        s.netmask = QStringLiteral("255.255.255.0");
        s.gateway = QStringLiteral("192.168.10.1");
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QCOMPARE(runner.value("ip").toString(), QStringLiteral("192.168.10.50"));
        QVERIFY(runner.commands.contains("AT+WNET=0,192.168.10.50,255.255.255.0,192.168.10.1"));
        QVERIFY(!runner.commands.contains("AT+MPROF=S"));
        // AT+WSET/AT+WSEC save themselves; AT+WNET stays in RAM.
        QVERIFY(savedProfileLine(rig, "+WSET=").startsWith("+WSET=0,WIZnet_Lab,"));
        QVERIFY(savedProfileLine(rig, "+WNET=").startsWith("+WNET=1,"));

        s.saveToFlash = true;
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QCOMPARE(runner.commands.last(), QByteArray("AT+MPROF=S"));
        QCOMPARE(savedProfileLine(rig, "+WNET="),
                 QByteArray("+WNET=0,192.168.10.50,255.255.255.0,192.168.10.1"));
    }

    void namesWithCommasQuotesOrHangulGoThroughWset2()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        Runner runner(rig);
        StationSettings s;
        s.ssid = QStringLiteral("연구소_5층");
        s.key = QStringLiteral("Secret#2024");
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QVERIFY(runner.commands.contains(QStringLiteral("AT+WSET2=0,연구소_5층").toUtf8()));

        // A comma and quotes in the name, a comma and quotes in the key (the key is the rest of
        // the AT+WSEC line).
        s.ssid = QStringLiteral("Home \"Office\", 2.4G");
        s.security = WifiSecurity::WpaWpa2Psk;
        s.key = QStringLiteral("p@ss,word \"quoted\"");
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QVERIFY(runner.commands.contains("AT+WSET2=0,Home \"Office\", 2.4G"));
        QVERIFY(runner.commands.contains("AT+WSEC=0,WPA2,p@ss,word \"quoted\""));
        QVERIFY(rig.run("AT+WSTAT")->lines().at(1).startsWith("STA/Home \"Office\", 2.4G/"));

        // AT+WSET2 has no BSSID field: refused, with the reason.
        s.bssid = QStringLiteral("9c:5c:8e:10:20:30");
        const CommandPlan refused = m_wifi->join(s);
        QVERIFY(refused.refused());
        QVERIFY(refused.refusal.contains(QLatin1String("BSSID")));
    }

    void aWrongKeyFailsWithAReadableMessage()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        Runner runner(rig);
        StationSettings s = lab();
        s.key = QStringLiteral("not-the-key");
        QVERIFY(!runner.run(m_wifi->join(s)));
        QVERIFY2(runner.error().contains(QLatin1String("did not join \"WIZnet_Lab\"")),
                 qPrintable(runner.error()));
        QVERIFY(runner.error().contains(QLatin1String("key")));
        QVERIFY(rig.run("AT+WSTAT")->lines().at(1).startsWith("Down"));
    }

    void leaveDropsTheLink()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        QVERIFY2(runner.run(m_wifi->leave()), qPrintable(runner.error()));
        QVERIFY(!rig.waitForEvent(QStringLiteral("wifi.disconnected"), 1000).name.isEmpty());
        QVERIFY(rig.run("AT+WSTAT")->lines().at(1).startsWith("Down"));
    }

    void softApStartsAndStops()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        QVERIFY(rig.start());
        Runner runner(rig);
        SoftApSettings ap;
        ap.ssid = QStringLiteral("WizFi310_AP");
        ap.channel = 1;
        ap.key = QStringLiteral("12345678");
        ap.ip = QStringLiteral("192.168.12.1");
        QVERIFY2(runner.run(m_wifi->startSoftAp(ap)), qPrintable(runner.error()));
        QCOMPARE(
            runner.commands,
            (QList<QByteArray>{"AT+WLEAVE", "AT+WSET=1,WizFi310_AP,,1", "AT+WSEC=1,WPA2,12345678",
                               "AT+WNET=0,192.168.12.1,255.255.255.0,192.168.12.1", "AT+WJOIN"}));
        QVERIFY(rig.run("AT+WSTAT")->lines().at(1).startsWith("AP/WizFi310_AP/192.168.12.1/"));
        QCOMPARE(rig.run("AT+WSET=?")->lines(),
                 QList<QByteArray>{"1,WizFi310_AP,00:00:00:00:00:00,1"});
        QVERIFY2(runner.run(m_wifi->stopSoftAp()), qPrintable(runner.error()));
        QVERIFY(!rig.waitForEvent(QStringLiteral("ap.stopped"), 1000).name.isEmpty());

        // An open soft AP with its settings saved.
        ap.security = WifiSecurity::Open;
        ap.key.clear();
        ap.saveToFlash = true;
        QVERIFY2(runner.run(m_wifi->startSoftAp(ap)), qPrintable(runner.error()));
        QVERIFY(runner.commands.contains("AT+WSEC=1,OPEN,12345678"));
        QCOMPARE(runner.commands.last(), QByteArray("AT+MPROF=S"));
        QVERIFY(savedProfileLine(rig, "+WNET=").startsWith("+WNET=0,192.168.12.1,"));
        QVERIFY(runner.run(m_wifi->stopSoftAp()));

        // What the family cannot do is refused with the reason.
        ap.security = WifiSecurity::Wep;
        QVERIFY(m_wifi->startSoftAp(ap).refusal.contains(QLatin1String("WEP")));
        ap.security = WifiSecurity::Wpa2Psk;
        ap.key = QStringLiteral("12345678");
        ap.ssid = QStringLiteral("AP, with comma");
        QVERIFY(m_wifi->startSoftAp(ap).refusal.contains(QLatin1String("channel 6")));
        ap.channel = 6;
        QVERIFY2(runner.run(m_wifi->startSoftAp(ap)), qPrintable(runner.error()));
        QVERIFY(runner.commands.contains("AT+WSET2=1,AP, with comma"));
    }

    // ---- sockets ----

    void tcpClientBothWays()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        TcpPeerServer peer(false);
        QVERIFY2(
            runner.run(m_sockets->open(
                socketTo(SocketKind::TcpClient, QStringLiteral("127.0.0.1"), peer.port()), {})),
            qPrintable(runner.error()));
        QCOMPARE(runner.socket(), 0);
        QCOMPARE(runner.commands.first(),
                 "AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",0,0");

        QVERIFY(runner.run(m_sockets->send(0, "hello\r\n[OK]", {})));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+SSEND=0,,,11"});
        QTRY_COMPARE(peer.received(), QByteArray("hello\r\n[OK]"));
        peer.send("world{0,1}");
        QTRY_COMPARE(rig.socketData(0), QByteArray("world{0,1}"));

        // A host name is resolved with AT+FDNS first; the module picks the next free id.
        QVERIFY2(
            runner.run(m_sockets->open(
                socketTo(SocketKind::TcpClient, QStringLiteral("echo.local"), peer.port()), {0})),
            qPrintable(runner.error()));
        QCOMPARE(runner.commands.first(), QByteArray("AT+FDNS=echo.local,3000"));
        QCOMPARE(runner.socket(), 1);

        QVERIFY2(runner.run(m_sockets->close(0)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+SMGMT=0"});
        QVERIFY2(runner.run(m_sockets->close(1)), qPrintable(runner.error()));

        // Nobody listens: the module closes the socket at once, and the plan says so.
        QVERIFY(!runner.run(m_sockets->open(
            socketTo(SocketKind::TcpClient, QStringLiteral("127.0.0.1"), freePort()), {})));
        QVERIFY2(runner.error().contains(QLatin1String("could not open a connection")),
                 qPrintable(runner.error()));
        // A name the module cannot resolve: its [ERROR], on the AT+FDNS step.
        QVERIFY(!runner.run(m_sockets->open(
            socketTo(SocketKind::TcpClient, QStringLiteral("nowhere.example"), 80), {})));
        QVERIFY2(runner.error().startsWith(QLatin1String("AT+FDNS=nowhere.example,3000: ")),
                 qPrintable(runner.error()));
        QCOMPARE(runner.commands.size(), 1);
    }

    void tcpServerTakesItsPeerOnItsOwnNumber()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        const quint16 port = freePort();
        SocketSettings server;
        server.kind = SocketKind::TcpServer;
        server.port = port;
        QVERIFY2(runner.run(m_sockets->open(server, {})), qPrintable(runner.error()));
        QCOMPARE(runner.commands,
                 (QList<QByteArray>{"AT+MEVTMSG=1",
                                    "AT+SCON=O,TSN,,," + QByteArray::number(port) + ",0"}));
        const int listening = runner.socket();
        QCOMPARE(listening, 0);

        // The WizFi310 attaches the accepted peer to the listening socket itself: [CONNECT 0].
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(3000));
        const AtEvent accepted = rig.waitForEvent(QStringLiteral("socket.connected"));
        QCOMPARE(accepted.fields.value(QStringLiteral("socket")).toInt(), listening);
        client.write("ping");
        QTRY_COMPARE(rig.socketData(listening), QByteArray("ping"));
        QVERIFY(runner.run(m_sockets->send(listening, "pong", server)));
        QByteArray got;
        QTRY_VERIFY((got += client.readAll()) == "pong");

        QVERIFY2(runner.run(m_sockets->closeAll({listening})), qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+SMGMT=ALL"});
        QVERIFY(!rig.waitForEvent(QStringLiteral("socket.closed")).name.isEmpty());
        QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);

        // Port 0 cannot be listened on.
        server.port = 0;
        QVERIFY(m_sockets->open(server, {}).refused());
    }

    void udpBothWays()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        UdpPeer peer(true);
        SocketSettings udp = socketTo(SocketKind::Udp, QStringLiteral("127.0.0.1"), peer.port());
        QVERIFY2(runner.run(m_sockets->open(udp, {})), qPrintable(runner.error()));
        QCOMPARE(runner.commands.first(),
                 "AT+SCON=O,UCN,127.0.0.1," + QByteArray::number(peer.port()) + ",0,0");
        const int n = runner.socket();
        QCOMPARE(n, 0);
        QVERIFY(runner.run(m_sockets->send(n, "datagram", udp)));
        QTRY_COMPARE(peer.received(), QByteArray("datagram"));
        QTRY_COMPARE(rig.socketData(n), QByteArray("datagram")); // the echo
        QVERIFY(runner.run(m_sockets->close(n)));
    }

    void tlsClientBothWays()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        TlsPeer peer;
        QVERIFY2(runner.run(m_sockets->open(
                     socketTo(SocketKind::Tls, QStringLiteral("127.0.0.1"), peer.port()), {})),
                 qPrintable(runner.error()));
        QVERIFY(runner.commands.first().startsWith("AT+SCON=O,TCS,127.0.0.1,"));
        const int n = runner.socket();
        QVERIFY(runner.run(m_sockets->send(n, "secret", {})));
        QTRY_COMPARE(peer.received, QByteArray("secret"));
        QTRY_COMPARE(rig.socketData(n), QByteArray("SECRET"));
        QVERIFY(runner.run(m_sockets->close(n)));
    }

    void closeOneThenAll()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        UdpPeer peer(false);
        const SocketSettings udp =
            socketTo(SocketKind::Udp, QStringLiteral("127.0.0.1"), peer.port());
        QList<int> open;
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(runner.run(m_sockets->open(udp, open)), qPrintable(runner.error()));
            open << runner.socket();
        }
        QCOMPARE(open, (QList<int>{0, 1, 2}));
        QVERIFY(runner.run(m_sockets->close(1)));
        QVERIFY(runner.run(m_sockets->closeAll({0, 2})));
        QTRY_VERIFY(rig.run("AT+SMGMT=?")->lines().size() == 1); // the header alone
        // Closing a socket that is not open: the module's error, readable.
        QVERIFY(!runner.run(m_sockets->close(5)));
        QVERIFY2(runner.error().startsWith(QLatin1String("AT+SMGMT=5: ")),
                 qPrintable(runner.error()));
    }

    void dataModeOpensWithTheFlagAndReturnsWithSdata()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        QVERIFY(rig.run("AT+SOPT1=10,200")->ok()); // a short escape timer for the test
        TcpPeerServer peer(false);
        SocketSettings s =
            socketTo(SocketKind::TcpClient, QStringLiteral("127.0.0.1"), peer.port());
        s.dataMode = true;
        // Data mode needs the module's only socket.
        const CommandPlan busy = m_sockets->open(s, {3});
        QVERIFY(busy.refused());
        QVERIFY(busy.refusal.contains(QLatin1String("one socket")));

        // The plan ends at [CONNECT 0], when the module is in data mode; it checks nothing
        // after that (an AT command would be data now).
        const CommandPlan open = m_sockets->open(s, {});
        QVERIFY(open.steps.last().command.startsWith("AT+SCON=O,TCN,"));
        QVERIFY(open.steps.last().command.endsWith(",0,1"));
        QVERIFY2(runner.run(open), qPrintable(runner.error()));
        const int n = runner.socket();
        QCOMPARE(n, 0);
        rig.session().writeRaw("raw bytes");
        QTRY_COMPARE(peer.received(), QByteArray("raw bytes"));

        // The escape: "+++" alone, the module answers [OK] after its timer.
        QCOMPARE(m_sockets->dataModeEscape(), QByteArray("+++"));
        QCOMPARE(m_sockets->dataModeGuardMs(), 1000);
        const qsizetype seen = rig.frames().size();
        rig.session().writeRaw(m_sockets->dataModeEscape());
        QTRY_VERIFY(std::any_of(rig.frames().begin() + seen, rig.frames().end(),
                                [](const AtFrame &f) { return f.text == "[OK]"; }));

        // Back into data mode on the same socket.
        QVERIFY2(runner.run(m_sockets->enterDataMode(n)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+SMGMT=?", "AT+SDATA"}));
        rig.session().writeRaw("more");
        QTRY_COMPARE(peer.received(), QByteArray("raw bytesmore"));
    }

    void dataModeIsOnlyForTheSocketOpenedWithIt()
    {
        SimRig rig(QStringLiteral("wizfi310"));
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        UdpPeer peer(false);
        QVERIFY(runner.run(m_sockets->open(
            socketTo(SocketKind::Udp, QStringLiteral("127.0.0.1"), peer.port()), {})));
        QVERIFY(!runner.run(m_sockets->enterDataMode(0)));
        QVERIFY2(runner.error().contains(QLatin1String("not opened in data mode")),
                 qPrintable(runner.error()));
        QVERIFY(!runner.run(m_sockets->enterDataMode(4)));
        QVERIFY2(runner.error().contains(QLatin1String("Socket 4 is not open")),
                 qPrintable(runner.error()));
    }

    // ---- MQTT ----

    void mqttThroughARealBroker()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        World world = World::defaultWorld();
        world.mqttPort = broker.port();
        SimRig rig(QStringLiteral("wizfi310"), world);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));

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
        other.subscribe(QStringLiteral("wiznet/#"), 0);
        QTRY_VERIFY(subscribed);

        MqttSettings settings;
        settings.host = QStringLiteral("broker.local"); // resolved with AT+FDNS
        settings.port = broker.port();
        settings.clientId = QStringLiteral("wizfi310-panel");
        settings.keepAliveS = 60;
        MqttState state;
        state.subscriptions << MqttSubscription{QStringLiteral("wiznet/cmd"), 0};
        QVERIFY2(runner.run(m_mqtt->connect(settings, state)), qPrintable(runner.error()));
        QCOMPARE(
            runner.commands,
            (QList<QByteArray>{"AT+FDNS=broker.local,3000", "AT+MQTTSET=,,wizfi310-panel,60",
                               "AT+MQTTCON=1,127.0.0.1," + QByteArray::number(broker.port()) + ",0",
                               "AT+MQTTSUB=1,wiznet/cmd"}));
        state.connected = true;
        state.settings = settings;

        // The module publishes; the other client receives.
        QVERIFY2(
            runner.run(m_mqtt->publish(QStringLiteral("wiznet/temp"), "23.5", 0, false, state)),
            qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+MQTTPUB=wiznet/temp,4"});
        QTRY_VERIFY(seen.contains(qMakePair(QStringLiteral("wiznet/temp"), QByteArray("23.5"))));

        // The other publishes on the topic taken at connect: an mqtt.message in the session.
        other.publish(QStringLiteral("wiznet/cmd"), "on,{x}", 0, false);
        AtEvent m = rig.waitForEvent(QStringLiteral("mqtt.message"));
        QCOMPARE(m.fields.value(QStringLiteral("topic")).toString(), QStringLiteral("wiznet/cmd"));
        QCOMPARE(m.fields.value(QStringLiteral("payload")).toByteArray(), QByteArray("on,{x}"));

        // Topics change while connected.
        const MqttSubscription led{QStringLiteral("wiznet/led"), 0};
        state.subscriptions << led;
        QVERIFY2(runner.run(m_mqtt->subscribe(led, state)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+MQTTSUB=1,wiznet/led"});
        other.publish(QStringLiteral("wiznet/led"), "1", 0, false);
        m = rig.waitForEvent(QStringLiteral("mqtt.message"));
        QCOMPARE(m.fields.value(QStringLiteral("topic")).toString(), QStringLiteral("wiznet/led"));
        QVERIFY2(runner.run(m_mqtt->unsubscribe(QStringLiteral("wiznet/cmd"), state)),
                 qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+MQTTSUB=0,wiznet/cmd"});

        // Not connected: a subscription waits for the next connect (an empty plan).
        MqttState offline = state;
        offline.connected = false;
        const CommandPlan later = m_mqtt->subscribe(led, offline);
        QVERIFY(!later.refused());
        QVERIFY(later.steps.isEmpty());

        QVERIFY2(runner.run(m_mqtt->disconnect()), qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+MQTTCON=0"});
        QCOMPARE(rig.run("AT+MQTTCON=?")->lines(), QList<QByteArray>{"Disconnected"});
        other.disconnectFromBroker();
        broker.stop();
    }

    void mqttRefusesWhatTheFamilyCannotDo()
    {
        MqttState state;
        state.connected = true;
        QVERIFY(m_mqtt->qosLevels() == QList<int>{0});
        QVERIFY(m_mqtt->publish(QStringLiteral("t"), "x", 1, false, state)
                    .refusal.contains(QLatin1String("QoS 0")));
        QVERIFY(m_mqtt->publish(QStringLiteral("t"), "x", 0, true, state)
                    .refusal.contains(QLatin1String("retained")));
        QVERIFY(m_mqtt->publish(QStringLiteral("t"), {}, 0, false, state).refused());
        QVERIFY(m_mqtt->subscribe({QStringLiteral("a,b"), 0}, state)
                    .refusal.contains(QLatin1String("comma")));
        MqttSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.keepAliveS = 10;
        QVERIFY(m_mqtt->connect(s, {}).refusal.contains(QLatin1String("30 to 300")));
        s.keepAliveS = 60;
        s.user = QStringLiteral("me,you");
        QVERIFY(m_mqtt->connect(s, {}).refusal.contains(QLatin1String("user name")));
        s.user.clear();
        s.cleanSession = false;
        QVERIFY(m_mqtt->connect(s, {}).refused());
        s.cleanSession = true;
        s.tls = true;
        const CommandPlan tls = m_mqtt->connect(s, {});
        QVERIFY(tls.steps.last().command.endsWith(",1")); // <SSL_Enable>
    }

    // ---- GPIO and ADC ----

    void gpioPinsAreTheManualsAndReadBack()
    {
        const QList<GpioPin> pins = m_gpio->pins();
        QCOMPARE(pins.size(), 2);
        QCOMPARE(pins.at(0).number, 3);
        QCOMPARE(pins.at(0).name, QStringLiteral("GPIOB3"));
        QCOMPARE(pins.at(1).number, 4);
        QCOMPARE(pins.at(1).name, QStringLiteral("GPIOC4"));
        QVERIFY(pins.at(1).pulls.contains(GpioPull::Down));

        // The module's pins are the world's: give it the manual's two.
        World world = World::defaultWorld();
        world.gpio.clear();
        world.gpio << WorldGpioPin{3, QStringLiteral("GPIOB3"), true, 0}
                   << WorldGpioPin{4, QStringLiteral("GPIOC4"), false, 1};
        world.adc.first().signal = WorldAdcChannel::Signal::Constant;
        world.adc.first().min = 1.65;
        SimRig rig(QStringLiteral("wizfi310"), world);
        QVERIFY(rig.start());
        Runner runner(rig);
        QCOMPARE(rig.run("AT+FGPIO=?")->lines(), QList<QByteArray>{"3,4"});

        QVERIFY2(runner.run(m_gpio->setMode(3, true, GpioPull::None)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+FGPIO=3,1,0"});
        QVERIFY(runner.run(m_gpio->write(3, true)));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+FGPIO=3,3,1"});
        QVERIFY(runner.run(m_gpio->read(3)));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+FGPIO=3,2,0"});
        QCOMPARE(runner.value("level").toInt(), 1);
        QVERIFY(runner.run(m_gpio->write(3, false)));
        QVERIFY(runner.run(m_gpio->read(3)));
        QCOMPARE(runner.value("level").toInt(), 0);

        QVERIFY(runner.run(m_gpio->setMode(4, false, GpioPull::Up)));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+FGPIO=4,0,1"});
        QVERIFY(runner.run(m_gpio->read(4)));
        QCOMPARE(runner.value("level").toInt(), 1);
        QVERIFY(runner.run(m_gpio->setMode(4, false, GpioPull::Down)));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+FGPIO=4,0,2"});
        // An input cannot be driven: the module's error, readable.
        QVERIFY(!runner.run(m_gpio->write(4, true)));
        QVERIFY2(runner.error().startsWith(QLatin1String("AT+FGPIO=4,3,1: ")),
                 qPrintable(runner.error()));
        QVERIFY(m_gpio->setMode(3, true, GpioPull::Up).refused());

        const QList<AdcChannel> adc = m_gpio->adcChannels();
        QCOMPARE(adc.size(), 1);
        QVERIFY2(runner.run(m_gpio->readAdc(adc.first().number)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, QList<QByteArray>{"AT+FGETADC=?"});
        const int raw = runner.value("raw").toInt();
        QVERIFY2(qAbs(raw * adc.first().fullScale / adc.first().maxRaw - 1.65) < 0.01,
                 qPrintable(QString::number(raw)));
        QVERIFY(m_gpio->readAdc(1).refused());
    }
};

QTEST_MAIN(TstWizfi310Commands)
#include "tst_wizfi310commands.moc"
