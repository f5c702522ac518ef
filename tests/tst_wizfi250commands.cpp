// The WizFi250's panel commands (Wizfi250WifiCommands, Wizfi250SocketCommands,
// Wizfi250GpioCommands) run through CommandSequence against the virtual module, with real loopback
// peers: where each plan lands on the module and on the network.
#include "dialects/commands/GpioCommands.h"
#include "dialects/commands/MqttCommands.h"
#include "dialects/commands/SocketCommands.h"
#include "dialects/commands/WifiCommands.h"
#include "dialects/wizfi250/Wizfi250Dialect.h"
#include "engine/AtReply.h"
#include "engine/AtSession.h"
#include "services/CommandSequence.h"
#include "support/DialectExamples.h"
#include "support/LoopbackPeers.h"
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

namespace {

const QString Id = QStringLiteral("wizfi250");

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
    int socket() const { return m_seq.values().value(QStringLiteral("socket"), -1).toInt(); }

    QList<QByteArray> commands;

private:
    CommandSequence m_seq;
};

// A TLS server on loopback that answers with what it got, upper-cased. Its certificate
// (tests/data/wizfi250/tls) is made trusted for this process.
class TlsPeer : public QObject
{
public:
    TlsPeer()
    {
        const QString dir = DialectExamples::dataDir(Id) + QStringLiteral("/tls/");
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
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
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

QStringList scanSsids(const QList<ScanEntry> &entries)
{
    QStringList out;
    for (const ScanEntry &e : entries)
        out << e.ssid;
    return out;
}

} // namespace

class TstWizfi250Commands : public QObject
{
    Q_OBJECT

    Wizfi250Dialect m_dialect;
    std::unique_ptr<WifiCommands> m_wifi = m_dialect.wifiCommands();
    std::unique_ptr<SocketCommands> m_sockets = m_dialect.socketCommands();
    std::unique_ptr<GpioCommands> m_gpio = m_dialect.gpioCommands();

    StationSettings lab() const
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

private slots:
    void familyHasWifiSocketsAndGpioButNoMqtt()
    {
        QVERIFY(m_wifi);
        QVERIFY(m_sockets);
        QVERIFY(m_gpio);
        QVERIFY(!m_dialect.mqttCommands());
        QVERIFY(!m_dialect.capabilities().mqtt.available);
        QVERIFY(m_gpio->adcChannels().isEmpty());
        QVERIFY(m_gpio->readAdc(0).refused());
        QList<int> numbers;
        for (const GpioPin &p : m_gpio->pins())
            numbers << p.number;
        QCOMPARE(numbers, (QList<int>{1, 5, 6, 7, 8}));
        QVERIFY(!m_wifi->softApSecurities().contains(WifiSecurity::Wep));
    }

    void scanListsTheWorldsNetworks()
    {
        SimRig rig(Id);
        QVERIFY(rig.start());
        Runner runner(rig);
        QVERIFY2(runner.run(m_wifi->scan()), qPrintable(runner.error()));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+WSCAN"}));
        QList<ScanEntry> entries;
        for (const AtFrame &f : runner.seq().responses()) {
            if (f.event == QLatin1String(AtEvents::ScanResult))
                entries << m_wifi->scanEntry(f.fields);
        }
        const QStringList ssids = scanSsids(entries);
        QVERIFY(ssids.contains(QStringLiteral("연구소_5층")));
        QVERIFY(ssids.contains(QStringLiteral("Home \"Office\", 2.4G")));
        for (const ScanEntry &e : entries) {
            if (e.ssid == QLatin1String("WIZnet_Lab")) {
                QCOMPARE(e.bssid, QStringLiteral("00:08:DC:AA:BB:01"));
                QCOMPARE(e.channel, 6);
                QCOMPARE(e.security, QStringLiteral("WPA2-PSK"));
                QVERIFY(e.hasRssi);
                QVERIFY(e.rssi < -40 && e.rssi > -60);
            } else if (e.ssid == QLatin1String("연구소_5층")) {
                QCOMPARE(e.channel, 11);
                QCOMPARE(e.bssid, QStringLiteral("00:08:DC:AA:BB:02"));
            } else if (e.ssid == QLatin1String("CoffeeShop_Guest")) {
                QCOMPARE(e.security, wifiSecurityName(WifiSecurity::Open));
            } else if (e.ssid.startsWith(QLatin1String("Home"))) {
                QCOMPARE(e.security, QStringLiteral("WPA/WPA2-PSK"));
            }
        }
    }

    void joinWithTheRightKeyGetsAnAddress()
    {
        SimRig rig(Id);
        QVERIFY(rig.start());
        Runner runner(rig);
        StationSettings s;
        s.ssid = QStringLiteral("연구소_5층");
        s.key = QStringLiteral("Secret#2024");
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+WLEAVE", "AT+WSET=0,연구소_5층",
                                                     "AT+WSEC=0,WPA2,Secret#2024", "AT+WNET=1",
                                                     "AT+WJOIN", "AT+WSTAT"}));
        const QString ip = runner.seq().values().value(QStringLiteral("ip")).toString();
        QVERIFY2(ip.startsWith(QLatin1String("192.168.10.")), qPrintable(ip));
        bool gotIp = false;
        for (const AtEvent &e : runner.seq().events())
            gotIp = gotIp || (e.name == QLatin1String(AtEvents::WifiGotIp) &&
                              e.fields.value(AtFields::Ip).toString() == ip);
        QVERIFY(gotIp);

        // Joining another network while joined: the plan leaves first.
        QVERIFY2(runner.run(m_wifi->join(lab())), qPrintable(runner.error()));
        QVERIFY(rig.run("AT+WSTAT")->lines().join('\n').contains("STA/WIZnet_Lab/192.168.10."));
    }

    void wrongKeyFailsWithAReadableMessage()
    {
        SimRig rig(Id);
        QVERIFY(rig.start());
        Runner runner(rig);
        StationSettings s = lab();
        s.key = QStringLiteral("not-the-key");
        QVERIFY(!runner.run(m_wifi->join(s)));
        QVERIFY2(runner.error().contains(QLatin1String("did not join \"WIZnet_Lab\"")),
                 qPrintable(runner.error()));
        QVERIFY(runner.error().contains(QLatin1String("key")));
        QCOMPARE(runner.seq().failedCommand(), QByteArray("AT+WSTAT"));
    }

    void keysAndNamesAreWrittenTheGuidesWay()
    {
        // A comma cannot be expressed in AT+WSET's bare parameters: refused, not sent broken.
        StationSettings s;
        s.ssid = QStringLiteral("Home \"Office\", 2.4G");
        s.security = WifiSecurity::WpaWpa2Psk;
        s.key = QStringLiteral("p@ss,word \"quoted\"");
        const CommandPlan refused = m_wifi->join(s);
        QVERIFY(refused.refused());
        QVERIFY(refused.refusal.contains(QLatin1String("comma")));
        // Open: the guide's 8-byte dummy key; WEP 5 ASCII: as hex; 64 hex digits: the 128 form.
        StationSettings open;
        open.ssid = QStringLiteral("CoffeeShop_Guest");
        open.security = WifiSecurity::Open;
        QCOMPARE(m_wifi->join(open).steps.at(2).command, QByteArray("AT+WSEC=0,OPEN,12345678"));
        StationSettings wep = open;
        wep.security = WifiSecurity::Wep;
        wep.key = QStringLiteral("12345");
        QCOMPARE(m_wifi->join(wep).steps.at(2).command, QByteArray("AT+WSEC=0,WEP,3132333435"));
        StationSettings hex = open;
        hex.security = WifiSecurity::Wpa2Psk;
        hex.key = QString(64, u'a');
        QCOMPARE(m_wifi->join(hex).steps.at(2).command,
                 "AT+WSEC=0,WPA2," + QByteArray(64, 'a').toHex().toUpper());
        StationSettings pinned = lab();
        pinned.bssid = QStringLiteral("00:08:dc:aa:bb:01");
        QCOMPARE(m_wifi->join(pinned).steps.at(1).command,
                 QByteArray("AT+WSET=0,WIZnet_Lab,00:08:DC:AA:BB:01"));
        pinned.bssid = QStringLiteral("nonsense");
        QVERIFY(m_wifi->join(pinned).refused());

        // The open network joins with the dummy key on the module.
        SimRig rig(Id);
        QVERIFY(rig.start());
        Runner runner(rig);
        QVERIFY2(runner.run(m_wifi->join(open)), qPrintable(runner.error()));
    }

    void saveToFlashSavesTheProfileOnlyWhenAsked()
    {
        SimRig rig(Id);
        QVERIFY(rig.start());
        Runner runner(rig);
        StationSettings s = lab();
        s.dhcp = false;
        s.ip = QStringLiteral("192.168.10.50");
        s.netmask = QStringLiteral("255.255.255.0");
        s.gateway = QStringLiteral("192.168.10.1");
        s.dns1 = QStringLiteral("8.8.8.8");
        s.saveToFlash = false;
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QVERIFY(runner.commands.contains("AT+WNET=0,192.168.10.50,255.255.255.0,192.168.10.1"));
        QVERIFY(runner.commands.contains("AT+WADNS=8.8.8.8"));
        QVERIFY(!runner.commands.contains("AT+MPROF=S"));
        QCOMPARE(runner.seq().values().value(QStringLiteral("ip")).toString(),
                 QStringLiteral("192.168.10.50"));
        // AT+WNET is not in the saved profile; AT+WSET/AT+WSEC save themselves ([M §AT+WSET]).
        QByteArray saved = rig.run("AT+MPROF=VD")->lines().join('\n');
        QVERIFY2(saved.contains("+WNET=1,"), saved.constData());
        QVERIFY(saved.contains("+WSET=0,WIZnet_Lab,"));

        s.saveToFlash = true;
        QVERIFY2(runner.run(m_wifi->join(s)), qPrintable(runner.error()));
        QCOMPARE(runner.commands.last(), QByteArray("AT+MPROF=S"));
        saved = rig.run("AT+MPROF=VD")->lines().join('\n');
        QVERIFY2(saved.contains("+WNET=0,192.168.10.50,255.255.255.0,192.168.10.1"),
                 saved.constData());
    }

    void leaveDropsTheLink()
    {
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        QVERIFY2(runner.run(m_wifi->leave()), qPrintable(runner.error()));
        bool down = false;
        for (const AtEvent &e : runner.seq().events())
            down = down || e.name == QLatin1String(AtEvents::WifiDisconnected);
        QVERIFY(down);
        QVERIFY(rig.run("AT+WSTAT")->lines().join('\n').contains("Down/"));
    }

    void softApStartsAndStops()
    {
        SimRig rig(Id);
        QVERIFY(rig.start());
        Runner runner(rig);
        SoftApSettings ap;
        ap.ssid = QStringLiteral("AT Studio AP");
        ap.channel = 11;
        ap.key = QStringLiteral("apsecret1");
        ap.saveToFlash = false;
        QVERIFY2(runner.run(m_wifi->startSoftAp(ap)), qPrintable(runner.error()));
        QCOMPARE(runner.commands,
                 (QList<QByteArray>{
                     "AT+WLEAVE", "AT+WSET=1,AT Studio AP,,11", "AT+WSEC=1,WPA2,apsecret1",
                     "AT+WNET=0,192.168.4.1,255.255.255.0,192.168.4.1", "AT+WJOIN"}));
        QVERIFY(rig.run("AT+WSTAT")->lines().join('\n').contains("AP/AT Studio AP/192.168.4.1"));
        QVERIFY2(runner.run(m_wifi->stopSoftAp()), qPrintable(runner.error()));
        bool stopped = false;
        for (const AtEvent &e : runner.seq().events())
            stopped = stopped || e.name == QLatin1String(AtEvents::ApStopped);
        QVERIFY(stopped);

        ap.security = WifiSecurity::Wep;
        ap.key = QStringLiteral("12345");
        QVERIFY(m_wifi->startSoftAp(ap).refused());
        ap.security = WifiSecurity::Open;
        ap.key.clear();
        ap.saveToFlash = true;
        const CommandPlan open = m_wifi->startSoftAp(ap);
        QCOMPARE(open.steps.at(2).command, QByteArray("AT+WSEC=1,OPEN,12345678"));
        QCOMPARE(open.steps.at(4).command, QByteArray("AT+MPROF=S"));
    }

    void tcpClientCarriesBytesBothWays()
    {
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        TcpPeerServer peer(false);
        SocketSettings s;
        s.kind = SocketKind::TcpClient;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        QVERIFY2(runner.run(m_sockets->open(s, {})), qPrintable(runner.error()));
        QCOMPARE(runner.commands.first(),
                 "AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,0");
        const int socket = runner.socket();
        QCOMPARE(socket, 0);
        QVERIFY2(runner.run(m_sockets->send(socket, "hello, peer\r\n", s)),
                 qPrintable(runner.error()));
        QTRY_COMPARE(peer.received(), QByteArray("hello, peer\r\n"));
        peer.send("hello, module");
        QTRY_COMPARE(rig.socketData(socket), QByteArray("hello, module"));

        // A host name goes through AT+FDNS first; the second socket gets the next number.
        s.host = QStringLiteral("echo.local");
        QVERIFY2(runner.run(m_sockets->open(s, {socket})), qPrintable(runner.error()));
        QCOMPARE(runner.commands.first(), QByteArray("AT+FDNS=echo.local,5000"));
        QCOMPARE(runner.commands.at(1),
                 "AT+SCON=O,TCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,0");
        QCOMPARE(runner.socket(), 1);
        QTRY_COMPARE(peer.connections(), 2);

        QVERIFY2(runner.run(m_sockets->close(socket)), qPrintable(runner.error()));
        QCOMPARE(rig.waitForEvent(QString::fromLatin1(AtEvents::SocketClosed))
                     .fields.value(AtFields::Socket)
                     .toInt(),
                 socket);
    }

    void failedConnectIsReadable()
    {
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = freePort(); // nobody listens
        QVERIFY(!runner.run(m_sockets->open(s, {})));
        QVERIFY2(runner.error().contains(QLatin1String("closed socket 0")),
                 qPrintable(runner.error()));
        s.host = QStringLiteral("bad host,name");
        QVERIFY(m_sockets->open(s, {}).refused());
    }

    void tcpServerTakesAPeerOnItsOwnNumber()
    {
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        SocketSettings s;
        s.kind = SocketKind::TcpServer;
        s.port = freePort();
        QVERIFY2(runner.run(m_sockets->open(s, {})), qPrintable(runner.error()));
        QCOMPARE(runner.commands.mid(0, 2),
                 (QList<QByteArray>{"AT+MEVTMSG=1",
                                    "AT+SCON=O,TSN,,," + QByteArray::number(s.port) + ",0"}));
        const int server = runner.socket();
        QCOMPARE(server, 0);

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, s.port);
        QVERIFY(client.waitForConnected(3000));
        const AtEvent accepted = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketConnected));
        QCOMPARE(accepted.fields.value(AtFields::Socket).toInt(), server);

        client.write("from the client");
        QTRY_COMPARE(rig.socketData(server), QByteArray("from the client"));
        QVERIFY2(runner.run(m_sockets->send(server, "from the module", s)),
                 qPrintable(runner.error()));
        QByteArray got;
        QTRY_VERIFY((got += client.readAll()) == "from the module");

        // The peer leaves: [DISCONNECT 0], then the server listens again ([LISTEN 0]).
        client.disconnectFromHost();
        QCOMPARE(rig.waitForEvent(QString::fromLatin1(AtEvents::SocketListening))
                     .fields.value(AtFields::Socket)
                     .toInt(),
                 server);
    }

    void udpCarriesDatagramsBothWays()
    {
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        UdpPeer peer(false);
        SocketSettings s;
        s.kind = SocketKind::Udp;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        QVERIFY2(runner.run(m_sockets->open(s, {})), qPrintable(runner.error()));
        QCOMPARE(runner.commands.first(),
                 "AT+SCON=O,UCN,127.0.0.1," + QByteArray::number(peer.port()) + ",,0");
        const int socket = runner.socket();
        QVERIFY2(runner.run(m_sockets->send(socket, "datagram out", s)),
                 qPrintable(runner.error()));
        QTRY_COMPARE(peer.received(), QByteArray("datagram out"));
        peer.sendTo(peer.lastSenderPort(), "datagram in");
        QTRY_COMPARE(rig.socketData(socket), QByteArray("datagram in"));

        // Without a peer: a UDP server on a local port (USN).
        SocketSettings server;
        server.kind = SocketKind::Udp;
        server.localPort = freePort();
        QVERIFY2(runner.run(m_sockets->open(server, {socket})), qPrintable(runner.error()));
        QCOMPARE(runner.commands.first(),
                 "AT+SCON=O,USN,,," + QByteArray::number(server.localPort) + ",0");
        const int listening = runner.socket();
        QVERIFY(listening != socket);
        peer.sendTo(server.localPort, "to the server");
        QTRY_COMPARE(rig.socketData(listening), QByteArray("to the server"));
        server.localPort = 0;
        QVERIFY(m_sockets->open(server, {}).refused());
    }

    void tlsClientTalksToATlsServer()
    {
        TlsPeer peer;
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        SocketSettings s;
        s.kind = SocketKind::Tls;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        QVERIFY2(runner.run(m_sockets->open(s, {})), qPrintable(runner.error()));
        QCOMPARE(runner.commands.first(),
                 "AT+SCON=O,TCS,127.0.0.1," + QByteArray::number(peer.port()) + ",,0");
        const int socket = runner.socket();
        QVERIFY2(runner.run(m_sockets->send(socket, "secret", s)), qPrintable(runner.error()));
        QTRY_COMPARE(peer.received, QByteArray("secret"));
        QTRY_COMPARE(rig.socketData(socket), QByteArray("SECRET"));
    }

    void closeAllClosesEverySocket()
    {
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        TcpPeerServer tcp(false);
        UdpPeer udp(false);
        SocketSettings a;
        a.host = QStringLiteral("127.0.0.1");
        a.port = tcp.port();
        QVERIFY2(runner.run(m_sockets->open(a, {})), qPrintable(runner.error()));
        const int first = runner.socket();
        SocketSettings b;
        b.kind = SocketKind::Udp;
        b.host = QStringLiteral("127.0.0.1");
        b.port = udp.port();
        QVERIFY2(runner.run(m_sockets->open(b, {first})), qPrintable(runner.error()));
        const int second = runner.socket();
        QVERIFY(first != second);

        QSignalSpy events(&rig.session(), &AtSession::eventReceived);
        QVERIFY2(runner.run(m_sockets->closeAll({first, second})), qPrintable(runner.error()));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+SMGMT=ALL"}));
        QList<int> closed;
        QTRY_VERIFY([&] {
            closed.clear();
            for (const QList<QVariant> &args : events) {
                const auto e = args.at(0).value<AtEvent>();
                if (e.name == QLatin1String(AtEvents::SocketClosed))
                    closed << e.fields.value(AtFields::Socket).toInt();
            }
            return closed.size() == 2;
        }());
        QVERIFY(closed.contains(first) && closed.contains(second));
        QVERIFY(rig.run("AT+SMGMT=?")->lines().value(0).startsWith("Number of Sockets : 0"));
    }

    void dataModeIsOneSocketOnly()
    {
        SimRig rig(Id);
        Runner runner(rig);
        QVERIFY(joinLab(rig, runner));
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 5000;
        s.dataMode = true;
        const CommandPlan refused = m_sockets->open(s, {3});
        QVERIFY(refused.refused());
        QVERIFY(refused.refusal.contains(QLatin1String("data mode")));
        QCOMPARE(m_sockets->open(s, {}).steps.last().command,
                 QByteArray("AT+SCON=O,TCN,127.0.0.1,5000,,1"));
        QCOMPARE(m_sockets->dataModeEscape(), QByteArray("+++"));
        // AT+SDATA without a data-mode socket: the module's own reason.
        QVERIFY(!runner.run(m_sockets->enterDataMode(0)));
        QVERIFY2(runner.error().contains(QLatin1String("AT+SDATA")), qPrintable(runner.error()));
        QVERIFY2(runner.error().contains(QLatin1String("mode")), qPrintable(runner.error()));
    }

    void gpioSetsWritesAndReadsBack()
    {
        World world = World::defaultWorld();
        world.gpio = {{6, QStringLiteral("SWITCH"), false, 1}};
        SimRig rig(Id, world);
        QVERIFY(rig.start());
        Runner runner(rig);
        QVERIFY2(runner.run(m_gpio->setMode(5, true, GpioPull::None)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+FGPIO=2,5,3"}));
        QVERIFY2(runner.run(m_gpio->write(5, true)), qPrintable(runner.error()));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+FGPIO=1,5,1"}));
        QVERIFY(rig.run("AT+FGPIO=?")->lines().value(0).contains("{1,5,3,1}"));
        QVERIFY2(runner.run(m_gpio->read(5)), qPrintable(runner.error()));
        QCOMPARE(runner.seq().values().value(QStringLiteral("level")).toInt(), 1);
        QVERIFY(runner.run(m_gpio->write(5, false)));
        QVERIFY(runner.run(m_gpio->read(5)));
        QCOMPARE(runner.seq().values().value(QStringLiteral("level")).toInt(), 0);

        // Inputs: the world drives GPIO 6 high; an undriven pin reads its pull.
        QVERIFY(runner.run(m_gpio->setMode(6, false, GpioPull::None)));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+FGPIO=2,6,2"}));
        QVERIFY(runner.run(m_gpio->read(6)));
        QCOMPARE(runner.seq().values().value(QStringLiteral("level")).toInt(), 1);
        QVERIFY(runner.run(m_gpio->setMode(7, false, GpioPull::Up)));
        QVERIFY(runner.run(m_gpio->read(7)));
        QCOMPARE(runner.seq().values().value(QStringLiteral("level")).toInt(), 1);
        QVERIFY(runner.run(m_gpio->setMode(8, false, GpioPull::Down)));
        QCOMPARE(runner.commands, (QList<QByteArray>{"AT+FGPIO=2,8,1"}));
        QVERIFY(runner.run(m_gpio->read(8)));
        QCOMPARE(runner.seq().values().value(QStringLiteral("level")).toInt(), 0);

        // Writing an input is the module's error; a pin it lacks is refused before sending.
        QVERIFY(!runner.run(m_gpio->write(6, true)));
        QVERIFY(runner.error().startsWith(QLatin1String("AT+FGPIO=1,6,1: ")));
        QVERIFY(m_gpio->write(2, true).refused());
        QVERIFY(m_gpio->write(2, true).refusal.contains(QLatin1String("1, 5, 6, 7 and 8")));
    }
};

QTEST_GUILESS_MAIN(TstWizfi250Commands)
#include "tst_wizfi250commands.moc"
