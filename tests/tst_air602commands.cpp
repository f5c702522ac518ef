// The Air602 panel command sets (Wi-Fi, sockets, MQTT) run as plans through CommandSequence
// against the Air602 virtual module: scans, joins with right and wrong keys, the soft AP, TCP
// client and server and UDP on real loopback peers, MQTT on a real mosquitto broker, flash or
// RAM settings, and the refusals a user reads.
#include "dialects/air602/Air602Dialect.h"
#include "dialects/commands/GpioCommands.h"
#include "dialects/commands/MqttCommands.h"
#include "dialects/commands/SocketCommands.h"
#include "dialects/commands/WifiCommands.h"
#include "engine/AtReply.h"
#include "services/CommandSequence.h"
#include "sim/SimMqtt.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// A plan runner on a rig, as the app's services run plans on a connection.
struct Runner
{
    explicit Runner(SimRig &r)
        : rig(r)
        , seq([this](const QByteArray &c, const QByteArray &p, int t) {
            return rig.session().send(c, p, t);
        })
    {
        QObject::connect(&rig.session(), &AtSession::eventReceived, &seq,
                         &CommandSequence::onEvent);
        QObject::connect(&seq, &CommandSequence::stepStarted, &seq,
                         [this](int, const QByteArray &c) { commands << c; });
    }
    // Runs the plan to its end; true when it succeeded.
    bool run(const CommandPlan &plan, int waitMs = 30000)
    {
        commands.clear();
        QSignalSpy done(&seq, &CommandSequence::finished);
        seq.start(plan);
        if (done.isEmpty() && !done.wait(waitMs))
            return false;
        return seq.ok();
    }
    QString error() const { return seq.errorString(); }
    QVariant value(const char *name) const { return seq.values().value(QLatin1String(name)); }

    SimRig &rig;
    CommandSequence seq;
    QList<QByteArray> commands;
};

QByteArray finalText(AtReply *r)
{
    return r->finalFrame().text;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

StationSettings station(const QString &ssid, const QString &key,
                        WifiSecurity security = WifiSecurity::Wpa2Psk)
{
    StationSettings s;
    s.ssid = ssid;
    s.key = key;
    s.security = security;
    return s;
}

const Air602Dialect &dialect()
{
    static const Air602Dialect d;
    return d;
}

} // namespace

class TstAir602Commands : public QObject
{
    Q_OBJECT

private slots:
    void noGpio() { QVERIFY(!dialect().gpioCommands()); }

    void scanGivesTheWorldsNetworks()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto wifi = dialect().wifiCommands();
        QVERIFY2(run.run(wifi->scan()), qPrintable(run.error()));
        QList<ScanEntry> entries;
        for (const AtFrame &f : run.seq.responses()) {
            if (f.event == QLatin1String(AtEvents::ScanResult))
                entries << wifi->scanEntry(f.fields);
        }
        QCOMPARE(entries.size(), World::defaultWorld().accessPoints.size());
        const auto find = [&](const QString &ssid) {
            for (const ScanEntry &e : entries) {
                if (e.ssid == ssid)
                    return e;
            }
            return ScanEntry{};
        };
        const ScanEntry korean = find(QStringLiteral("연구소_5층"));
        QCOMPARE(korean.bssid, QStringLiteral("00:08:DC:AA:BB:02"));
        QCOMPARE(korean.channel, 11);
        QVERIFY(korean.hasRssi && korean.rssi <= -67 && korean.rssi >= -75);
        QCOMPARE(korean.security, QStringLiteral("Encrypted"));
        QCOMPARE(find(QStringLiteral("CoffeeShop_Guest")).security, QStringLiteral("Open"));
        QCOMPARE(find(QStringLiteral("Home \"Office\", 2.4G")).channel, 3);
        QCOMPARE(find(QString()).bssid, QStringLiteral("F0:9F:C2:00:11:22")); // hidden
    }

    void joinWithTheRightKeyGivesAnAddressAndTheWrongOneFails()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto wifi = dialect().wifiCommands();

        QVERIFY(!run.run(
            wifi->join(station(QStringLiteral("연구소_5층"), QStringLiteral("wrong-key")))));
        QVERIFY2(run.error().contains(QLatin1String("AT+WJOIN")) &&
                     run.error().contains(QLatin1String("Joining the network failed")),
                 qPrintable(run.error()));

        QVERIFY2(run.run(wifi->join(
                     station(QStringLiteral("연구소_5층"), QStringLiteral("Secret#2024")))),
                 qPrintable(run.error()));
        QVERIFY(run.value("ip").toString().startsWith(QLatin1String("192.168.10.1")));
        QCOMPARE(run.value("gateway").toString(), QStringLiteral("192.168.10.1"));
        // The Korean SSID went out as UTF-8, quoted; WPA2 is ENCRY 6, an ASCII key index 0.
        QVERIFY(run.commands.contains("AT+SSID=\"" + QStringLiteral("연구소_5층").toUtf8() + '"'));
        QVERIFY(run.commands.contains("AT+ENCRY=6"));
        QVERIFY(run.commands.contains("AT+KEY=1,0,\"Secret#2024\""));
        QVERIFY(run.commands.contains("AT+NIP=0"));

        // Joining another network while joined: the module leaves first.
        QVERIFY2(run.run(wifi->join(
                     station(QStringLiteral("CoffeeShop_Guest"), QString(), WifiSecurity::Open))),
                 qPrintable(run.error()));
        QVERIFY(run.commands.contains("AT+KEY=1,0,\"\""));
        QVERIFY(run.commands.contains("AT+ENCRY=0"));
        QVERIFY(finalText(rig.run("AT+WJOIN")).contains("\"CoffeeShop_Guest\""));

        QVERIFY2(run.run(wifi->leave()), qPrintable(run.error()));
        QCOMPARE(finalText(rig.run("AT+LKSTT")), QByteArray("+OK=0"));
    }

    void joinWithAStaticAddressAndABssid()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        StationSettings s = station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234"));
        s.bssid = QStringLiteral("00:08:DC:AA:BB:01");
        s.dhcp = false;
        s.ip = QStringLiteral("192.168.10.50");
        s.netmask = QStringLiteral("255.255.255.0");
        s.gateway = QStringLiteral("192.168.10.1");
        QVERIFY2(run.run(dialect().wifiCommands()->join(s)), qPrintable(run.error()));
        QCOMPARE(run.value("ip").toString(), QStringLiteral("192.168.10.50"));
        QVERIFY(run.commands.contains("AT+BSSID=1,0008dcaabb01"));
        QVERIFY(run.commands.contains(
            "AT+NIP=1,192.168.10.50,255.255.255.0,192.168.10.1,192.168.10.1"));
        // Locked to another access point's BSSID, the join fails.
        s.bssid = QStringLiteral("00:08:DC:AA:BB:99");
        QVERIFY(!run.run(dialect().wifiCommands()->join(s)));
    }

    void saveToFlashUsesTheFlashOperator()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto wifi = dialect().wifiCommands();
        StationSettings s = station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234"));
        QVERIFY2(run.run(wifi->join(s)), qPrintable(run.error()));
        QVERIFY(run.commands.contains("AT+SSID=\"WIZnet_Lab\""));
        QVERIFY(rig.run("AT+Z")->ok());
        QCOMPARE(finalText(rig.run("AT+SSID=?")), QByteArray("+OK=")); // RAM only: gone

        s.saveToFlash = true;
        QVERIFY2(run.run(wifi->join(s)), qPrintable(run.error()));
        for (const char *c : {"AT+WPRT=!0", "AT+SSID=!\"WIZnet_Lab\"", "AT+ENCRY=!6",
                              "AT+KEY=!1,0,\"wiznet1234\"", "AT+BSSID=!0", "AT+NIP=!0"})
            QVERIFY2(run.commands.contains(c), c);
        QVERIFY(rig.run("AT+Z")->ok());
        QCOMPARE(finalText(rig.run("AT+SSID=?")), QByteArray("+OK=WIZnet_Lab"));
        QCOMPARE(finalText(rig.run("AT+KEY=?")), QByteArray("+OK=1,0,wiznet1234"));

        SoftApSettings ap;
        ap.ssid = QStringLiteral("Air602-AP");
        ap.key = QStringLiteral("apsecret1");
        ap.saveToFlash = true;
        QVERIFY2(run.run(wifi->startSoftAp(ap)), qPrintable(run.error()));
        QVERIFY(run.commands.contains("AT+APSSID=!\"Air602-AP\""));
        QVERIFY(rig.run("AT+Z")->ok());
        QCOMPARE(finalText(rig.run("AT+APSSID=?")), QByteArray("+OK=Air602-AP"));
        QCOMPARE(finalText(rig.run("AT+WPRT=?")), QByteArray("+OK=2"));
    }

    void softApStartsAndStops()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto wifi = dialect().wifiCommands();
        SoftApSettings ap;
        ap.ssid = QStringLiteral("Air602 AP, test");
        ap.channel = 6;
        ap.security = WifiSecurity::Wpa2Psk;
        ap.key = QStringLiteral("apsecret1");
        QVERIFY2(run.run(wifi->startSoftAp(ap)), qPrintable(run.error()));
        QCOMPARE(run.value("ip").toString(), QStringLiteral("192.168.4.1"));
        QVERIFY(run.commands.contains("AT+APCHL=1,6"));
        QVERIFY(
            run.commands.contains("AT+APNIP=1,192.168.4.1,255.255.255.0,192.168.4.1,192.168.4.1"));
        QCOMPARE(finalText(rig.run("AT+WJOIN")),
                 QByteArray("+OK=0208dc5a1001,2,6,1,\"Air602 AP, test\",30"));

        // Started again with other settings: the running AP is stopped first.
        ap.ssid = QStringLiteral("Air602-Open");
        ap.security = WifiSecurity::Open;
        ap.key.clear();
        QVERIFY2(run.run(wifi->startSoftAp(ap)), qPrintable(run.error()));
        QVERIFY(finalText(rig.run("AT+WJOIN")).contains(",0,\"Air602-Open\""));

        QVERIFY2(run.run(wifi->stopSoftAp()), qPrintable(run.error()));
        QCOMPARE(finalText(rig.run("AT+APLKSTT")), QByteArray("+OK=0"));
        QCOMPARE(finalText(rig.run("AT+WPRT=?")), QByteArray("+OK=0")); // a scan works again
        QVERIFY(run.run(wifi->scan()));
    }

    void refusalsAreReadable()
    {
        const auto wifi = dialect().wifiCommands();
        const auto sockets = dialect().socketCommands();
        const auto mqtt = dialect().mqttCommands();
        // The world's 'Home "Office", 2.4G' has the key 'p@ss,word "quoted"': no way to send it.
        CommandPlan p =
            wifi->join(station(QStringLiteral("Home \"Office\", 2.4G"),
                               QStringLiteral("p@ss,word \"quoted\""), WifiSecurity::WpaWpa2Psk));
        QVERIFY(p.refused());
        QVERIFY2(p.refusal.contains(QLatin1String("comma")), qPrintable(p.refusal));
        QVERIFY(wifi->join(station(QStringLiteral("two\nlines"), QStringLiteral("12345678")))
                    .refused());
        StationSettings s = station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234"));
        s.bssid = QStringLiteral("00:08:DC");
        QVERIFY(wifi->join(s).refused());
        QVERIFY(!wifi->stationSecurities().contains(WifiSecurity::Wpa3Psk));

        SocketSettings tls;
        tls.kind = SocketKind::Tls;
        tls.host = QStringLiteral("127.0.0.1");
        tls.port = 443;
        QVERIFY(sockets->open(tls, {}).refusal.contains(QLatin1String("TLS")));
        SocketSettings comma;
        comma.host = QStringLiteral("a,b");
        comma.port = 80;
        QVERIFY(sockets->open(comma, {}).refused());

        MqttSettings m;
        m.host = QStringLiteral("127.0.0.1");
        m.clientId = QStringLiteral("id");
        m.tls = true;
        QVERIFY(mqtt->connect(m, {}).refusal.contains(QLatin1String("TLS")));
        m.tls = false;
        m.clientId.clear();
        QVERIFY(mqtt->connect(m, {}).refusal.contains(QLatin1String("client ID")));
        QVERIFY(mqtt->subscribe({QStringLiteral("a,b"), 0}, {})
                    .refusal.contains(QLatin1String("comma")));
        QVERIFY(mqtt->publish(QStringLiteral("t"), "two\nlines", 0, false, {})
                    .refusal.contains(QLatin1String("line break")));

        // A refused plan fails at once with its reason.
        SimRig rig(QStringLiteral("air602"));
        Runner run(rig);
        QVERIFY(!run.run(p));
        QCOMPARE(run.error(), p.refusal);
    }

    void tcpClientBothWaysAndPolledReads()
    {
        TcpPeerServer peer(false);
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto sockets = dialect().socketCommands();
        // Not joined: the connection fails with the module's reason.
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        QVERIFY(!run.run(sockets->open(s, {})));
        QVERIFY2(run.error().contains(QLatin1String("Socket connection failed")),
                 qPrintable(run.error()));

        QVERIFY(run.run(dialect().wifiCommands()->join(
            station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234")))));
        s.host = QStringLiteral("echo.local"); // resolved by the module
        QVERIFY2(run.run(sockets->open(s, {})), qPrintable(run.error()));
        const int socket = run.value("socket").toInt();
        QCOMPARE(socket, 1);
        QCOMPARE(run.commands.first(), QByteArray("AT+SKRPTM=1"));
        QTRY_COMPARE(peer.connections(), 1);

        QVERIFY2(run.run(sockets->send(socket, "hello, peer", s)), qPrintable(run.error()));
        QTRY_COMPARE(peer.received(), QByteArray("hello, peer"));
        // The peer's bytes are pushed (+SKTRPT) and arrive as the socket's data.
        peer.send("from\r\n+OK\r\n\r\nthe peer");
        QTRY_COMPARE(rig.socketData(socket), QByteArray("from\r\n+OK\r\n\r\nthe peer"));

        // With the report turned off by hand the bytes wait: readAvailable reads them.
        QVERIFY(rig.run("AT+SKRPTM=0")->ok());
        rig.clearSocketData(socket);
        peer.send("polled");
        QTRY_VERIFY(rig.run("AT+SKSTT=1")->responses().value(0).fields.value("rx_data") == 6);
        QVERIFY2(run.run(sockets->readAvailable(socket, 6)), qPrintable(run.error()));
        QCOMPARE(rig.socketData(socket), QByteArray("polled"));

        QVERIFY2(run.run(sockets->close(socket)), qPrintable(run.error()));
        QCOMPARE(rig.run("AT+SKSTT=1")->errorCode().toInt(), -4); // gone
    }

    void tcpServerAnnouncesItsClients()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto sockets = dialect().socketCommands();
        QVERIFY(run.run(dialect().wifiCommands()->join(
            station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234")))));
        SocketSettings s;
        s.kind = SocketKind::TcpServer;
        s.port = freePort();
        QVERIFY2(run.run(sockets->open(s, {})), qPrintable(run.error()));
        const int server = run.value("socket").toInt();
        QCOMPARE(server, 1);

        QTcpSocket client;
        QByteArray clientGot;
        connect(&client, &QTcpSocket::readyRead, this, [&] { clientGot += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, s.port);
        QVERIFY(client.waitForConnected(3000));
        client.write("ping");
        // The client's first data names its socket: a socket.connected with the peer first.
        const AtEvent connected = rig.waitForEvent(QStringLiteral("socket.connected"), 5000);
        QCOMPARE(connected.name, QStringLiteral("socket.connected"));
        const int accepted = connected.fields.value(AtFields::Socket).toInt();
        QVERIFY(accepted != server);
        QCOMPARE(connected.fields.value(AtFields::Ip).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(connected.fields.value(AtFields::Port).toInt(), int(client.localPort()));
        QTRY_COMPARE(rig.socketData(accepted), QByteArray("ping"));
        // Later data of the same client announces nothing new.
        client.write("again");
        QTRY_COMPARE(rig.socketData(accepted), QByteArray("pingagain"));
        int announced = 0;
        for (const AtEvent &e : rig.events())
            announced += e.name == QLatin1String("socket.connected");
        QCOMPARE(announced, 1);

        QVERIFY2(run.run(sockets->send(accepted, "pong", s)), qPrintable(run.error()));
        QTRY_COMPARE(clientGot, QByteArray("pong"));
        QVERIFY2(run.run(sockets->closeAll({accepted, server})), qPrintable(run.error()));
        QCOMPARE(rig.run("AT+SKSTT=1")->errorCode().toInt(), -4);
        QCOMPARE(rig.run("AT+SKSTT=" + QByteArray::number(accepted))->errorCode().toInt(), -4);
    }

    void udpBothWays()
    {
        UdpPeer peer; // echoes
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto sockets = dialect().socketCommands();
        QVERIFY(run.run(dialect().wifiCommands()->join(
            station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234")))));
        SocketSettings s;
        s.kind = SocketKind::Udp;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        s.localPort = freePort();
        QVERIFY2(run.run(sockets->open(s, {})), qPrintable(run.error()));
        const int socket = run.value("socket").toInt();
        QVERIFY(run.commands.contains("AT+SKCT=1,0,127.0.0.1," + QByteArray::number(s.port) + ',' +
                                      QByteArray::number(s.localPort)));
        QVERIFY2(run.run(sockets->send(socket, "datagram", s)), qPrintable(run.error()));
        QTRY_COMPARE(peer.received(), QByteArray("datagram"));
        QTRY_COMPARE(rig.socketData(socket), QByteArray("datagram")); // the echo
        QCOMPARE(peer.lastSenderPort(), s.localPort);

        // Without a peer: a UDP server on the local port answers whoever sent last.
        SocketSettings server;
        server.kind = SocketKind::Udp;
        server.localPort = freePort();
        QVERIFY2(run.run(sockets->open(server, {socket})), qPrintable(run.error()));
        const int serverSocket = run.value("socket").toInt();
        UdpPeer quiet(false);
        quiet.sendTo(server.localPort, "hi server");
        QTRY_COMPARE(rig.socketData(serverSocket), QByteArray("hi server"));
        QVERIFY2(run.run(sockets->send(serverSocket, "hi peer", server)), qPrintable(run.error()));
        QTRY_COMPARE(quiet.received(), QByteArray("hi peer"));
        QVERIFY2(run.run(sockets->closeAll({socket, serverSocket})), qPrintable(run.error()));
    }

    void sendsOfTheLargestChunk()
    {
        TcpPeerServer peer(false);
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        const auto sockets = dialect().socketCommands();
        QVERIFY(run.run(dialect().wifiCommands()->join(
            station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234")))));
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        QVERIFY(run.run(sockets->open(s, {})));
        const int socket = run.value("socket").toInt();
        const int chunk = dialect().capabilities().maxSendChunk;
        QByteArray bytes(chunk, '\0');
        for (int i = 0; i < chunk; ++i)
            bytes[i] = char(i * 7);
        QVERIFY2(run.run(sockets->send(socket, bytes, s)), qPrintable(run.error()));
        QTRY_COMPARE(peer.received(), bytes);
        QCOMPARE(run.value("sent").toLongLong(), qint64(chunk));
        // More than the module takes at once: the plan says so instead of losing bytes quietly.
        QVERIFY(!run.run(sockets->send(socket, bytes + "x", s)));
        QVERIFY2(run.error().contains(QLatin1String("512 of 513")), qPrintable(run.error()));
    }

    void dataModePlan()
    {
        TcpPeerServer peer(false);
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        Runner run(rig);
        QVERIFY(run.run(dialect().wifiCommands()->join(
            station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234")))));
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        s.dataMode = true;
        QVERIFY2(run.run(dialect().socketCommands()->open(s, {})), qPrintable(run.error()));
        QCOMPARE(run.commands.mid(2), (QList<QByteArray>{"AT+SKSDF=1", "AT+ENTM"}));
        const CommandPlan p = dialect().socketCommands()->enterDataMode(3);
        QCOMPARE(p.steps.size(), 2);
        QCOMPARE(p.steps.at(0).command, QByteArray("AT+SKSDF=3"));
        QCOMPARE(dialect().socketCommands()->dataModeEscape(), QByteArray("+++"));
    }

    void mqttWithABrokerAndASecondClient()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        World world = World::defaultWorld();
        world.mqttPort = broker.port();
        SimRig rig(QStringLiteral("air602"), world);
        QVERIFY(rig.start());
        Runner run(rig);
        const auto mqtt = dialect().mqttCommands();

        SimMqtt other;
        QSignalSpy otherUp(&other, &SimMqtt::connected);
        QSignalSpy otherGot(&other, &SimMqtt::messageReceived);
        QSignalSpy otherSub(&other, &SimMqtt::subscribed);
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("other");
        QVERIFY(other.connectToBroker(o));
        QTRY_COMPARE(otherUp.size(), 1);
        QVERIFY(other.subscribe(QStringLiteral("air602/out"), 1) >= 0);
        QTRY_COMPARE(otherSub.size(), 1);

        MqttSettings settings;
        settings.host = QStringLiteral("broker.local"); // resolved with AT+SKGHBN
        settings.port = broker.port();
        settings.clientId = QStringLiteral("air602-panel");
        MqttState state;
        state.subscriptions = {{QStringLiteral("air602/in"), 1}};

        // Not joined: the broker cannot be reached.
        QVERIFY(!run.run(mqtt->connect(settings, state)));
        QVERIFY(!run.error().isEmpty());
        // Not connected: the firmware's result code fails the plan with its meaning.
        QVERIFY(!run.run(mqtt->subscribe(state.subscriptions.first(), state)));
        QVERIFY2(run.error().contains(QLatin1String("Not connected")) &&
                     run.error().contains(QLatin1String("air602/in")),
                 qPrintable(run.error()));
        QVERIFY(!run.run(mqtt->publish(QStringLiteral("air602/out"), "early", 0, false, state)));
        QVERIFY2(run.error().contains(QLatin1String("Not connected")), qPrintable(run.error()));

        QVERIFY(run.run(dialect().wifiCommands()->join(
            station(QStringLiteral("WIZnet_Lab"), QStringLiteral("wiznet1234")))));
        // A broker that is not there: +MQTT:FAIL fails the connect.
        MqttSettings nowhere = settings;
        nowhere.host = QStringLiteral("127.0.0.2");
        QVERIFY(!run.run(mqtt->connect(nowhere, {})));
        QVERIFY2(run.error().contains(QLatin1String("AT+MCONNECT")), qPrintable(run.error()));
        QVERIFY2(run.run(mqtt->connect(settings, state)), qPrintable(run.error()));
        QVERIFY(run.commands.contains("AT+MSERVER=" + QByteArray::number(broker.port()) +
                                      ",127.0.0.1"));
        QVERIFY(run.commands.contains("AT+MLOGIN=,"));
        QVERIFY(run.commands.contains("AT+MSUB=air602/in,1"));
        state.connected = true;
        state.settings = settings;

        // The module publishes; the other client receives.
        QVERIFY2(
            run.run(mqtt->publish(QStringLiteral("air602/out"), "hello, broker", 1, false, state)),
            qPrintable(run.error()));
        QTRY_COMPARE(otherGot.size(), 1);
        QCOMPARE(otherGot.at(0).at(1).toByteArray(), QByteArray("hello, broker"));

        // The other client publishes; the message reaches the session.
        QVERIFY(other.publish(QStringLiteral("air602/in"), "to the module", 1, false) >= 0);
        AtEvent e = rig.waitForEvent(QStringLiteral("mqtt.message"), 5000);
        QCOMPARE(e.fields.value(AtFields::Topic).toString(), QStringLiteral("air602/in"));
        QCOMPARE(e.fields.value(AtFields::Payload).toByteArray(), QByteArray("to the module"));

        // A second topic while connected.
        const MqttSubscription second{QStringLiteral("air602/second"), 0};
        state.subscriptions << second;
        QVERIFY2(run.run(mqtt->subscribe(second, state)), qPrintable(run.error()));
        QVERIFY(other.publish(QStringLiteral("air602/second"), "kept", 1, false) >= 0);
        e = rig.waitForEvent(QStringLiteral("mqtt.message"), 5000);
        QCOMPARE(e.fields.value(AtFields::Topic).toString(), QStringLiteral("air602/second"));
        QCOMPARE(e.fields.value(AtFields::Payload).toByteArray(), QByteArray("kept"));
        // No unsubscribe command: refused while connected, nothing to send while not.
        const CommandPlan drop = mqtt->unsubscribe(QStringLiteral("air602/in"), state);
        QVERIFY2(drop.refusal.contains(QLatin1String("unsubscribe")), qPrintable(drop.refusal));

        QVERIFY2(run.run(mqtt->disconnect()), qPrintable(run.error()));
        state.connected = false;
        QVERIFY(mqtt->unsubscribe(QStringLiteral("air602/in"), state).steps.isEmpty());

        other.disconnectFromBroker();
    }
};

QTEST_MAIN(TstAir602Commands)
#include "tst_air602commands.moc"
