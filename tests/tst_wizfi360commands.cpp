// The WizFi360's panel commands (Wizfi360WifiCommands, Wizfi360SocketCommands,
// Wizfi360MqttCommands, Wizfi360GpioCommands) run through CommandSequence against the virtual
// module, with real loopback peers and a real mosquitto broker: where each plan lands.
#include "dialects/wizfi360/Wizfi360Dialect.h"
#include "dialects/wizfi360/Wizfi360GpioCommands.h"
#include "dialects/wizfi360/Wizfi360MqttCommands.h"
#include "dialects/wizfi360/Wizfi360SocketCommands.h"
#include "dialects/wizfi360/Wizfi360WifiCommands.h"
#include "engine/AtReply.h"
#include "engine/AtSession.h"
#include "services/CommandSequence.h"
#include "sim/SimMqtt.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString Id = QStringLiteral("wizfi360");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

World testWorld()
{
    World w = World::defaultWorld();
    w.gpio.clear();
    w.gpio << WorldGpioPin{12, QStringLiteral("LED"), true, 0}
           << WorldGpioPin{11, QStringLiteral("BUTTON"), false, 0};
    return w;
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

    bool run(const CommandPlan &plan, int waitMs = 30000)
    {
        commands.clear();
        QSignalSpy done(&m_seq, &CommandSequence::finished);
        m_seq.start(plan);
        if (done.isEmpty() && !done.wait(waitMs))
            return false;
        return m_seq.ok();
    }
    QString error() const { return m_seq.errorString(); }
    QVariantMap values() const { return m_seq.values(); }
    const CommandSequence &sequence() const { return m_seq; }

    QList<QByteArray> commands;

private:
    CommandSequence m_seq;
};

// A self-signed certificate for 127.0.0.1 (valid 2000-2100) that the module trusts, as a module
// with its CA would (the same pair as tst_wizfi360manualexamples).
const char TlsKeyPem[] = "-----BEGIN PRIVATE KEY-----\n"
                         "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg8rk6APJjBsXbF78N\n"
                         "+5MaLBsc63c/fu1AxUHZH6gpwmyhRANCAARmYzmpy0SJ0jekKLnfZ0cwOFCxJZel\n"
                         "1saAmw572dILiCl88fuJaHvb0DY0XjD2LWMAxq2CgxnuK1L/wD1R1SlR\n"
                         "-----END PRIVATE KEY-----\n";
const char TlsCertPem[] = "-----BEGIN CERTIFICATE-----\n"
                          "MIIBXTCCAQKgAwIBAgIBATAKBggqhkjOPQQDAjAUMRIwEAYDVQQDDAkxMjcuMC4w\n"
                          "LjEwIBcNMDAwMTAxMDAwMDAwWhgPMjEwMDAxMDEwMDAwMDBaMBQxEjAQBgNVBAMM\n"
                          "CTEyNy4wLjAuMTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABGZjOanLRInSN6Qo\n"
                          "ud9nRzA4ULEll6XWxoCbDnvZ0guIKXzx+4loe9vQNjReMPYtYwDGrYKDGe4rUv/A\n"
                          "PVHVKVGjQzBBMA8GA1UdEQQIMAaHBH8AAAEwDwYDVR0TAQH/BAUwAwEB/zAdBgNV\n"
                          "HQ4EFgQUk2JmnRv1QGAfhcSvPm9GdbjJuIgwCgYIKoZIzj0EAwIDSQAwRgIhAIX2\n"
                          "C0HiVr1TSU2tzPiKfb9UgU76uWiQ89y0vlsKBzZ+AiEA9kAsGn68LiMcyd5R/xfg\n"
                          "QARySYPhAhaVzoI23hwIiZk=\n"
                          "-----END CERTIFICATE-----\n";

// A TLS peer that keeps what it receives and echoes it back.
class TlsEchoServer : public QObject
{
public:
    TlsEchoServer()
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(QSslCertificate(QByteArray(TlsCertPem)));
        c.setPrivateKey(QSslKey(QByteArray(TlsKeyPem), QSsl::Ec));
        m_server.setSslConfiguration(c);
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    const QByteArray bytes = s->readAll();
                    m_received += bytes;
                    s->write(bytes);
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received() const { return m_received; }

private:
    QSslServer m_server;
    QByteArray m_received;
};

StationSettings lab(bool saveToFlash = false)
{
    StationSettings s;
    s.ssid = QStringLiteral("WIZnet_Lab");
    s.key = QStringLiteral("wiznet1234");
    s.saveToFlash = saveToFlash;
    return s;
}

int eventCount(SimRig &rig, const char *name, int socket = -2)
{
    int n = 0;
    for (const AtEvent &e : rig.events()) {
        if (e.name == QLatin1String(name) &&
            (socket == -2 || e.fields.value(AtFields::Socket, -1).toInt() == socket))
            ++n;
    }
    return n;
}

QList<QByteArray> replyLines(SimRig &rig, const QByteArray &command)
{
    AtReply *r = rig.run(command);
    return r && r->ok() ? r->lines() : QList<QByteArray>{};
}

} // namespace

class TestWizfi360Commands : public QObject
{
    Q_OBJECT

    Wizfi360Dialect m_dialect;

private slots:
    void initTestCase()
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.addCaCertificate(QSslCertificate(QByteArray(TlsCertPem)));
        QSslConfiguration::setDefaultConfiguration(c);
    }

    void theDialectHandsOutEveryCommandSet()
    {
        QVERIFY(m_dialect.wifiCommands());
        QVERIFY(m_dialect.socketCommands());
        QVERIFY(m_dialect.mqttCommands());
        QVERIFY(m_dialect.gpioCommands());
    }

    // ---- Wi-Fi ----

    void scanListsTheWorldsAccessPointsFromSoftApMode()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        const auto wifi = m_dialect.wifiCommands();
        // Factory mode is SoftAP only (2): the scan adds the station side, keeping the soft AP.
        QVERIFY2(r.run(wifi->scan()), qPrintable(r.error()));
        QCOMPARE(r.commands.value(1), QByteArray("AT+CWMODE_CUR=3"));
        QHash<QString, ScanEntry> entries;
        for (const AtFrame &f : r.sequence().responses()) {
            if (f.event == QLatin1String(AtEvents::ScanResult)) {
                const ScanEntry e = wifi->scanEntry(f.fields);
                entries.insert(e.ssid, e);
            }
        }
        const QString korean = QStringLiteral("연구소_5층");
        QVERIFY(entries.contains(korean));
        QCOMPARE(entries.value(korean).channel, 11);
        QCOMPARE(entries.value(korean).bssid, QStringLiteral("00:08:DC:AA:BB:02"));
        QCOMPARE(entries.value(korean).security, QStringLiteral("WPA2-PSK"));
        QVERIFY(entries.value(korean).hasRssi);
        QCOMPARE(entries.value(QStringLiteral("CoffeeShop_Guest")).security,
                 wifiSecurityName(WifiSecurity::Open));
        const QString home = QStringLiteral("Home \"Office\", 2.4G");
        QVERIFY(entries.contains(home));
        QCOMPARE(entries.value(home).security, QStringLiteral("WPA/WPA2-PSK"));
        QCOMPARE(entries.value(home).channel, 3);
        QVERIFY(!entries.contains(QStringLiteral("Factory-IoT"))); // hidden
    }

    void joinGetsAnAddressAndAWrongKeyFailsReadably()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        const auto wifi = m_dialect.wifiCommands();

        StationSettings wrong = lab();
        wrong.key = QStringLiteral("not-the-key");
        QVERIFY(!r.run(wifi->join(wrong)));
        QVERIFY2(r.error().contains(QStringLiteral("Wrong password")), qPrintable(r.error()));

        QVERIFY2(r.run(wifi->join(lab())), qPrintable(r.error()));
        QCOMPARE(r.commands,
                 (QList<QByteArray>{"AT+CWMODE_CUR?", "AT+CWMODE_CUR=3", "AT+CWDHCP_CUR=1,1",
                                    "AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\""}));
        QVERIFY(eventCount(rig, AtEvents::WifiGotIp) >= 1);
        QVERIFY(replyLines(rig, "AT+CIFSR").join('\n').contains("STAIP,\"192.168."));

        // Quotes and commas in SSID and key are escaped as §3.2.3 asks; UTF-8 SSIDs go as they are.
        StationSettings home;
        home.ssid = QStringLiteral("Home \"Office\", 2.4G");
        home.key = QStringLiteral("p@ss,word \"quoted\"");
        home.security = WifiSecurity::WpaWpa2Psk;
        QVERIFY2(r.run(wifi->join(home)), qPrintable(r.error()));
        QCOMPARE(r.commands.last(),
                 QByteArray("AT+CWJAP_CUR=\"Home \\\"Office\\\"\\, 2.4G\",\"p@ss\\,word "
                            "\\\"quoted\\\"\""));
        StationSettings korean;
        korean.ssid = QStringLiteral("연구소_5층");
        korean.key = QStringLiteral("Secret#2024");
        korean.bssid = QStringLiteral("00:08:DC:AA:BB:02");
        QVERIFY2(r.run(wifi->join(korean)), qPrintable(r.error()));
        QVERIFY(replyLines(rig, "AT+CWJAP_CUR?").value(0).contains("00:08:dc:aa:bb:02"));

        // Static addressing and DNS servers.
        StationSettings fixed = lab();
        fixed.dhcp = false;
        fixed.ip = QStringLiteral("192.168.10.77");
        fixed.gateway = QStringLiteral("192.168.10.1");
        fixed.netmask = QStringLiteral("255.255.255.0");
        fixed.dns1 = QStringLiteral("1.1.1.1");
        fixed.dns2 = QStringLiteral("8.8.8.8");
        QVERIFY2(r.run(wifi->join(fixed)), qPrintable(r.error()));
        QVERIFY(r.commands.contains(
            "AT+CIPSTA_CUR=\"192.168.10.77\",\"192.168.10.1\",\"255.255.255.0\""));
        QVERIFY(r.commands.contains("AT+CIPDNS_CUR=1,\"1.1.1.1\",\"8.8.8.8\""));
        QVERIFY(replyLines(rig, "AT+CIPSTA_CUR?").value(0).contains("192.168.10.77"));

        QVERIFY2(r.run(wifi->leave()), qPrintable(r.error()));
        QTRY_VERIFY(eventCount(rig, AtEvents::WifiDisconnected) >= 1);
        QCOMPARE(replyLines(rig, "AT+CWJAP_CUR?"), QList<QByteArray>{"No AP"});

        // What the manual cannot carry is refused, not sent broken.
        StationSettings broken = lab();
        broken.ssid = QStringLiteral("two\nlines");
        const CommandPlan refused = wifi->join(broken);
        QVERIFY(refused.refused());
        QVERIFY(refused.refusal.contains(QStringLiteral("line break")));
        fixed.dns2 = fixed.dns1;
        QVERIFY(wifi->join(fixed).refusal.contains(QStringLiteral("DNS")));
    }

    void saveToFlashChoosesTheDefForms()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        const auto wifi = m_dialect.wifiCommands();
        QVERIFY2(r.run(wifi->join(lab(false))), qPrintable(r.error()));
        QCOMPARE(replyLines(rig, "AT+CWMODE_DEF?"), QList<QByteArray>{"+CWMODE_DEF:2"});

        QVERIFY2(r.run(wifi->join(lab(true))), qPrintable(r.error()));
        QCOMPARE(r.commands,
                 (QList<QByteArray>{"AT+CWMODE_CUR?", "AT+CWMODE_DEF=3", "AT+CWDHCP_DEF=1,1",
                                    "AT+CWJAP_DEF=\"WIZnet_Lab\",\"wiznet1234\""}));
        QCOMPARE(replyLines(rig, "AT+CWMODE_DEF?"), QList<QByteArray>{"+CWMODE_DEF:3"});
        // The flash holds the AP: after a restart the module joins it by itself.
        const int before = eventCount(rig, AtEvents::WifiGotIp);
        rig.run("AT+RST");
        QTRY_VERIFY_WITH_TIMEOUT(eventCount(rig, AtEvents::WifiGotIp) > before, 10000);

        SoftApSettings ap;
        ap.ssid = QStringLiteral("AtStudio_AP");
        ap.key = QStringLiteral("12345678");
        ap.channel = 5;
        ap.saveToFlash = true;
        QVERIFY2(r.run(wifi->startSoftAp(ap)), qPrintable(r.error()));
        QVERIFY(r.commands.contains("AT+CWSAP_DEF=\"AtStudio_AP\",\"12345678\",5,3"));
        QVERIFY(replyLines(rig, "AT+CWSAP_DEF?").value(0).startsWith("+CWSAP_DEF:\"AtStudio_AP\""));
    }

    void softApStartsAndStopsBesideTheStation()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        const auto wifi = m_dialect.wifiCommands();
        QVERIFY(rig.run("AT+CWMODE_CUR=1")->ok());
        SoftApSettings ap;
        ap.ssid = QStringLiteral("Bench AP, 2");
        ap.key = QStringLiteral("benchpass");
        ap.channel = 9;
        ap.security = WifiSecurity::WpaPsk;
        ap.ip = QStringLiteral("192.168.44.1");
        QVERIFY2(r.run(wifi->startSoftAp(ap)), qPrintable(r.error()));
        QCOMPARE(r.commands, (QList<QByteArray>{
                                 "AT+CWMODE_CUR?", "AT+CWMODE_CUR=3",
                                 "AT+CIPAP_CUR=\"192.168.44.1\",\"192.168.44.1\",\"255.255.255.0\"",
                                 "AT+CWSAP_CUR=\"Bench AP\\, 2\",\"benchpass\",9,2"}));
        QVERIFY(replyLines(rig, "AT+CWSAP_CUR?").value(0).startsWith("+CWSAP_CUR:\"Bench AP, 2\""));
        QVERIFY(replyLines(rig, "AT+CIFSR").join('\n').contains("APIP,\"192.168.44.1\""));

        QVERIFY2(r.run(wifi->stopSoftAp()), qPrintable(r.error()));
        QCOMPARE(replyLines(rig, "AT+CWMODE_CUR?"), QList<QByteArray>{"+CWMODE_CUR:1"});

        ap.security = WifiSecurity::WpaWpa2Psk;
        QVERIFY(wifi->startSoftAp(ap).refusal.contains(QStringLiteral("WPA2-PSK")));
    }

    // ---- sockets ----

    void tcpClientsTakeTheLowestFreeLinkAndCarryBytesBothWays()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        QVERIFY2(r.run(m_dialect.wifiCommands()->join(lab())), qPrintable(r.error()));
        const auto sockets = m_dialect.socketCommands();
        TcpPeerServer peer(true);
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();

        QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error()));
        QCOMPARE(r.values().value(QStringLiteral("socket")).toInt(), 0);
        QCOMPARE(r.commands.last(),
                 "AT+CIPSTART=0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(peer.port()));
        QVERIFY2(r.run(sockets->send(0, "hello, peer\r\n", s)), qPrintable(r.error()));
        QTRY_COMPARE(peer.received(), QByteArray("hello, peer\r\n"));
        QTRY_COMPARE(rig.socketData(0), QByteArray("hello, peer\r\n")); // the echo, via +IPD
        peer.send("from the peer");
        QTRY_COMPARE(rig.socketData(0), QByteArray("hello, peer\r\nfrom the peer"));

        // A second one skips link 0; one the service does not know (a terminal user's) is
        // skipped too, because AT+CIPSTATUS lists it.
        QVERIFY(rig.run("AT+CIPSTART=1,\"TCP\",\"127.0.0.1\"," + QByteArray::number(peer.port()))
                    ->ok());
        QVERIFY2(r.run(sockets->open(s, {0})), qPrintable(r.error()));
        QCOMPARE(r.values().value(QStringLiteral("socket")).toInt(), 2);

        QVERIFY2(r.run(sockets->close(0)), qPrintable(r.error()));
        QCOMPARE(r.commands, (QList<QByteArray>{"AT+CIPMUX?", "AT+CIPCLOSE=0"}));
        QTRY_COMPARE(eventCount(rig, AtEvents::SocketClosed, 0), 1);
        QVERIFY2(r.run(sockets->closeAll({1, 2})), qPrintable(r.error()));
        QTRY_COMPARE(eventCount(rig, AtEvents::SocketClosed, 1), 1);
        QTRY_COMPARE(eventCount(rig, AtEvents::SocketClosed, 2), 1);
        QCOMPARE(replyLines(rig, "AT+CIPSTATUS").size(), 1); // STATUS only

        // Every link taken: the fifth open finds none free and says so.
        for (int i = 0; i < 5; ++i)
            QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error()));
        QVERIFY(!r.run(sockets->open(s, {})));
        QVERIFY2(r.error().contains(QStringLiteral("in use")), qPrintable(r.error()));
        QVERIFY(r.run(sockets->closeAll({0, 1, 2, 3, 4})));
    }

    void aTcpServerAcceptsConnectionsAsNewSockets()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        QVERIFY2(r.run(m_dialect.wifiCommands()->join(lab())), qPrintable(r.error()));
        const auto sockets = m_dialect.socketCommands();
        SocketSettings s;
        s.kind = SocketKind::TcpServer;
        s.port = freePort();
        QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error()));
        QCOMPARE(r.values().value(QStringLiteral("socket")).toInt(),
                 Wizfi360SocketCommands::ServerSocket);
        QCOMPARE(r.commands.last(), "AT+CIPSERVER=1," + QByteArray::number(s.port));
        QVERIFY(sockets->open(s, {Wizfi360SocketCommands::ServerSocket}).refused());
        QVERIFY(sockets->send(Wizfi360SocketCommands::ServerSocket, "x", s).refused());

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, s.port);
        QVERIFY(client.waitForConnected(3000));
        const AtEvent accepted = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketConnected));
        QVERIFY(accepted.fields.contains(AtFields::Socket));
        const int link = accepted.fields.value(AtFields::Socket).toInt();
        QCOMPARE(link, 0);
        client.write("ping");
        QTRY_COMPARE(rig.socketData(link), QByteArray("ping"));
        QVERIFY2(r.run(sockets->send(link, "pong", s)), qPrintable(r.error()));
        QByteArray got;
        QTRY_VERIFY((got += client.readAll()) == "pong");

        // A client opened now skips the accepted link.
        TcpPeerServer peer;
        SocketSettings c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = peer.port();
        QVERIFY2(r.run(sockets->open(c, {Wizfi360SocketCommands::ServerSocket, link})),
                 qPrintable(r.error()));
        QCOMPARE(r.values().value(QStringLiteral("socket")).toInt(), 1);

        QVERIFY2(r.run(sockets->closeAll({Wizfi360SocketCommands::ServerSocket, link, 1})),
                 qPrintable(r.error()));
        QCOMPARE(r.commands, (QList<QByteArray>{"AT+CIPMUX?", "AT+CIPSERVER=0", "AT+CIPCLOSE=0",
                                                "AT+CIPCLOSE=1"}));
        QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, s.port);
        QVERIFY(!late.waitForConnected(1000)); // nobody listens any more
    }

    void udpGoesBothWays()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        QVERIFY2(r.run(m_dialect.wifiCommands()->join(lab())), qPrintable(r.error()));
        const auto sockets = m_dialect.socketCommands();
        UdpPeer peer(true);
        SocketSettings s;
        s.kind = SocketKind::Udp;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        s.localPort = freePort();
        QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error()));
        QCOMPARE(r.commands.last(), "AT+CIPSTART=0,\"UDP\",\"127.0.0.1\"," +
                                        QByteArray::number(s.port) + ',' +
                                        QByteArray::number(s.localPort));
        QVERIFY2(r.run(sockets->send(0, "datagram", s)), qPrintable(r.error()));
        QTRY_COMPARE(peer.received(), QByteArray("datagram"));
        QCOMPARE(peer.lastSenderPort(), s.localPort);
        QTRY_COMPARE(rig.socketData(0), QByteArray("datagram")); // echoed back
        QVERIFY(r.run(sockets->close(0)));
    }

    void tlsConnectsToATrustedPeer()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        QVERIFY2(r.run(m_dialect.wifiCommands()->join(lab())), qPrintable(r.error()));
        const auto sockets = m_dialect.socketCommands();
        TlsEchoServer peer;
        SocketSettings s;
        s.kind = SocketKind::Tls;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error()));
        QVERIFY(r.commands.last().startsWith("AT+CIPSTART=0,\"SSL\","));
        QVERIFY2(r.run(sockets->send(0, "secret", s)), qPrintable(r.error()));
        QTRY_COMPARE(peer.received(), QByteArray("secret"));
        QTRY_COMPARE(rig.socketData(0), QByteArray("secret"));
        s.dataMode = true;
        QVERIFY(sockets->open(s, {}).refusal.contains(QStringLiteral("SSL")));
        QVERIFY(r.run(sockets->closeAll({0})));
    }

    void dataModeUsesTheSingleConnection()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        QVERIFY2(r.run(m_dialect.wifiCommands()->join(lab())), qPrintable(r.error()));
        const auto sockets = m_dialect.socketCommands();
        TcpPeerServer peer(false);
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();

        // A multi-connection socket cannot switch: the plan says why.
        QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error()));
        QVERIFY(!r.run(sockets->enterDataMode(0)));
        QVERIFY2(r.error().contains(QStringLiteral("single connection")), qPrintable(r.error()));
        s.dataMode = true;
        QVERIFY(sockets->open(s, {0}).refused());
        QVERIFY(r.run(sockets->close(0)));

        QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error()));
        QCOMPARE(r.commands,
                 (QList<QByteArray>{"AT+CIPMUX?", "AT+CIPSTATUS", "AT+CIPMUX=0", "AT+CIPMODE=1",
                                    "AT+CIPSTART=\"TCP\",\"127.0.0.1\"," +
                                        QByteArray::number(peer.port()),
                                    "AT+CIPSEND"}));
        QCOMPARE(r.values().value(QStringLiteral("socket")).toInt(),
                 Wizfi360SocketCommands::SingleSocket);
        // Passthrough: bytes go out as they are, until "+++" alone.
        rig.session().writeRaw("raw\r\nAT+RST\r\n");
        QTRY_COMPARE(peer.received(), QByteArray("raw\r\nAT+RST\r\n"));
        QTest::qWait(sockets->dataModeGuardMs() / 10); // the module's own guard is 20 ms
        rig.session().writeRaw(sockets->dataModeEscape());
        QTest::qWait(sockets->dataModeGuardMs() / 10);
        QVERIFY(rig.run("AT")->ok());
        QCOMPARE(peer.received(), QByteArray("raw\r\nAT+RST\r\n"));
        QVERIFY(sockets->send(0, "x", s).refused());

        // Back in: the single link is still there.
        QVERIFY2(r.run(sockets->enterDataMode(0)), qPrintable(r.error()));
        rig.session().writeRaw("again");
        QTRY_COMPARE(peer.received(), QByteArray("raw\r\nAT+RST\r\nagain"));
        QTest::qWait(sockets->dataModeGuardMs() / 10);
        rig.session().writeRaw(sockets->dataModeEscape());
        QTest::qWait(sockets->dataModeGuardMs() / 10);

        // Opening another socket now would need multiple connections: refused readably.
        s.dataMode = false;
        QVERIFY(!r.run(sockets->open(s, {})));
        QVERIFY2(r.error().contains(QStringLiteral("single-connection")), qPrintable(r.error()));
        QVERIFY2(r.run(sockets->close(0)), qPrintable(r.error()));
        QCOMPARE(r.commands, (QList<QByteArray>{"AT+CIPMUX?", "AT+CIPCLOSE"}));
        QVERIFY2(r.run(sockets->open(s, {})), qPrintable(r.error())); // multi again
        QCOMPARE(r.values().value(QStringLiteral("socket")).toInt(), 0);
    }

    // ---- MQTT ----

    void mqttConnectsPublishesAndReconnectsForTopics()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        SimMqtt other;
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("tst-other");
        QSignalSpy otherUp(&other, &SimMqtt::connected);
        QVERIFY(other.connectToBroker(o));
        QTRY_COMPARE(otherUp.size(), 1);
        QSignalSpy otherSubscribed(&other, &SimMqtt::subscribed);
        other.subscribe(QStringLiteral("bench/out"), 0);
        QTRY_COMPARE(otherSubscribed.size(), 1);
        QSignalSpy otherGot(&other, &SimMqtt::messageReceived);

        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        QVERIFY2(r.run(m_dialect.wifiCommands()->join(lab())), qPrintable(r.error()));
        const auto mqtt = m_dialect.mqttCommands();
        MqttState state;
        state.settings.host = QStringLiteral("127.0.0.1");
        state.settings.port = broker.port();
        state.settings.clientId = QStringLiteral("wizfi360-panel");
        state.settings.user = QStringLiteral("user");
        state.settings.password = QStringLiteral("secret");
        state.subscriptions = {{QStringLiteral("bench/in"), 0}};
        QVERIFY2(r.run(mqtt->connect(state.settings, state)), qPrintable(r.error()));
        QCOMPARE(r.commands,
                 (QList<QByteArray>{"AT+MQTTSET=\"user\",\"secret\",\"wizfi360-panel\",60",
                                    "AT+MQTTTOPIC=\"wizfi360-panel/atstudio\",\"bench/in\"",
                                    "AT+CIPMODE=0", "AT+CIPMUX=1", "AT+CIPSTATUS",
                                    "AT+MQTTCON=4,1,\"127.0.0.1\"," +
                                        QByteArray::number(broker.port())}));
        state.connected = true;

        other.publish(QStringLiteral("bench/in"), "to the module", 0, false);
        AtEvent m = rig.waitForEvent(QString::fromLatin1(AtEvents::MqttMessage));
        QCOMPARE(m.fields.value(AtFields::Topic).toString(), QStringLiteral("bench/in"));
        QCOMPARE(m.fields.value(AtFields::Payload).toString(), QStringLiteral("to the module"));

        // A new publish topic reconnects with it; the same topic again is one command.
        QVERIFY2(
            r.run(mqtt->publish(QStringLiteral("bench/out"), "hello, broker", 0, false, state)),
            qPrintable(r.error()));
        QCOMPARE(r.commands.first(), QByteArray("AT+MQTTDIS"));
        QCOMPARE(r.commands.last(), QByteArray("AT+MQTTPUB=\"hello\\, broker\""));
        QTRY_COMPARE(otherGot.size(), 1);
        QCOMPARE(otherGot.at(0).at(0).toString(), QStringLiteral("bench/out"));
        QCOMPARE(otherGot.at(0).at(1).toByteArray(), QByteArray("hello, broker"));
        QVERIFY2(r.run(mqtt->publish(QStringLiteral("bench/out"), "again", 0, false, state)),
                 qPrintable(r.error()));
        QCOMPARE(r.commands, QList<QByteArray>{"AT+MQTTPUB=\"again\""});
        QTRY_COMPARE(otherGot.size(), 2);

        // Subscribing while connected reconnects with the new list (topics are read at
        // AT+MQTTCON only); the publish topic stays.
        MqttSubscription cmd{QStringLiteral("bench/cmd"), 0};
        state.subscriptions << cmd;
        QVERIFY2(r.run(mqtt->subscribe(cmd, state)), qPrintable(r.error()));
        QVERIFY(r.commands.contains("AT+MQTTTOPIC=\"bench/out\",\"bench/in\",\"bench/cmd\""));
        const int before = eventCount(rig, AtEvents::MqttMessage);
        other.publish(QStringLiteral("bench/cmd"), "command", 0, false);
        QTRY_COMPARE(eventCount(rig, AtEvents::MqttMessage), before + 1);

        // Unsubscribing drops the topic: a message there no longer arrives, one on the remaining
        // topic (sent after it) does.
        state.subscriptions.removeFirst();
        QVERIFY2(r.run(mqtt->unsubscribe(QStringLiteral("bench/in"), state)),
                 qPrintable(r.error()));
        QVERIFY(r.commands.contains("AT+MQTTTOPIC=\"bench/out\",\"bench/cmd\""));
        other.publish(QStringLiteral("bench/in"), "dropped", 0, false);
        other.publish(QStringLiteral("bench/cmd"), "kept", 0, false);
        QTRY_COMPARE(eventCount(rig, AtEvents::MqttMessage), before + 2);
        QCOMPARE(rig.events().last().fields.value(AtFields::Payload).toString(),
                 QStringLiteral("kept"));

        // What the module cannot do is refused with the reason.
        QVERIFY(mqtt->publish(QStringLiteral("bench/out"), "x", 1, false, state).refused());
        QVERIFY(mqtt->publish(QStringLiteral("bench/out"), "x", 0, true, state).refused());
        QVERIFY(mqtt->publish(QStringLiteral("bench/out"), "two\nlines", 0, false, state)
                    .refusal.contains(QStringLiteral("line break")));
        MqttState four = state;
        four.subscriptions = {{"a", 0}, {"b", 0}, {"c", 0}, {"d", 0}};
        QVERIFY(mqtt->subscribe({"d", 0}, four).refusal.contains(QStringLiteral("3")));
        MqttSettings tls = state.settings;
        tls.tls = true;
        QVERIFY(mqtt->connect(tls, state).refusal.contains(QStringLiteral("TLS")));
        QVERIFY(mqtt->subscribe({"e", 0}, MqttState{}).steps.isEmpty()); // kept for connect

        QVERIFY2(r.run(mqtt->disconnect()), qPrintable(r.error()));
        state.connected = false;
        QVERIFY(mqtt->publish(QStringLiteral("bench/out"), "late", 0, false, state).refused());
        other.disconnectFromBroker();
        broker.stop();
    }

    // ---- GPIO ----

    void gpioSetsWritesAndReadsBackAndHasNoAdc()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        Runner r(rig);
        const auto gpio = m_dialect.gpioCommands();
        QCOMPARE(gpio->pins().size(), 12);
        QCOMPARE(gpio->pins().at(6).number, 12);
        QVERIFY(gpio->pins().at(6).name.startsWith(QStringLiteral("GPIOPB_14")));
        QVERIFY(gpio->adcChannels().isEmpty());

        QVERIFY2(r.run(gpio->setMode(12, true, GpioPull::None)), qPrintable(r.error()));
        QCOMPARE(r.commands, (QList<QByteArray>{"AT+SYSIOSETCFG=12,1,0", "AT+SYSGPIODIR=12,1"}));
        QVERIFY2(r.run(gpio->write(12, true)), qPrintable(r.error()));
        QVERIFY2(r.run(gpio->read(12)), qPrintable(r.error()));
        QCOMPARE(r.values().value(QStringLiteral("level")).toInt(), 1);
        QVERIFY2(r.run(gpio->write(12, false)), qPrintable(r.error()));
        QVERIFY(r.run(gpio->read(12)));
        QCOMPARE(r.values().value(QStringLiteral("level")).toInt(), 0);

        QVERIFY2(r.run(gpio->setMode(11, false, GpioPull::Up)), qPrintable(r.error()));
        QVERIFY(r.run(gpio->read(11)));
        QCOMPARE(r.values().value(QStringLiteral("level")).toInt(), 0); // the world's button
        QVERIFY(!r.run(gpio->write(11, true)));                         // NOT OUTPUT MODE!
        QVERIFY2(!r.error().isEmpty(), "a failed write says why");

        QVERIFY(gpio->setMode(11, false, GpioPull::Down).refusal.contains(QStringLiteral("pull")));
        QVERIFY(gpio->write(4, true).refusal.contains(QStringLiteral("4")));
        QVERIFY(gpio->readAdc(0).refusal.contains(QStringLiteral("ADC")));
    }
};

QTEST_MAIN(TestWizfi360Commands)
#include "tst_wizfi360commands.moc"
