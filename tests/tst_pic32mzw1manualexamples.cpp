// Every example session of the PIC32MZW1 AnyCloud manual (tests/data/pic32mzw1/*.transcript),
// played byte for byte to the virtual module: the transcript's host lines go in (rewritten for
// loopback peers and the handles the module chose), the module's bytes come out and, after the
// normaliser (handles, peers' addresses and ports, ping times), must equal the transcript's.
// Where the manual's example cannot be what the firmware prints, or the module follows the
// firmware where the manual differs (docs/virtual-module/pic32mzw1.md), the expected bytes are
// written out below with the reason. The firmware transcripts (40-51) are replayed where the
// module implements that behaviour.
#include "log/Transcript.h"
#include "sim/pic32mzw1/Pic32mzw1Module.h"
#include "support/DialectExamples.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "transport/PipeTransport.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <memory>
#include <vector>

namespace {

const QString Id = QStringLiteral("pic32mzw1");

// ---- transcripts ----

// Each host chunk with the module bytes that follow it until the next host chunk (the first
// entry's host part is empty when the module speaks first).
struct Exchange
{
    QByteArray host;
    QByteArray module;
};

QList<Exchange> exchangesOf(const QString &name)
{
    QList<Exchange> list;
    const QString path =
        DialectExamples::dataDir(Id) + QLatin1Char('/') + name + QStringLiteral(".transcript");
    for (const TranscriptEntry &e : DialectExamples::load(path)) {
        const bool toModule = e.direction == TranscriptEntry::Direction::ToModule;
        if (toModule || list.isEmpty())
            list << Exchange{};
        (toModule ? list.last().host : list.last().module) += e.bytes;
    }
    return list;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// ---- worlds shaped like the examples ----

WorldAccessPoint accessPoint(const QByteArray &ssid, const char *bssid, int channel, int rssi,
                             WorldAccessPoint::Security security, const QByteArray &passphrase = {},
                             bool hidden = false)
{
    WorldAccessPoint ap;
    ap.ssid = ssid;
    ap.bssid = bssid;
    ap.channel = channel;
    ap.rssi = rssi;
    ap.rssiJitter = 0;
    ap.security = security;
    ap.passphrase = passphrase;
    ap.hidden = hidden;
    return ap;
}

using Sec = WorldAccessPoint::Security;
const QByteArray FooBar("Foo \xc2\xa9 bar"); // §4.2.7: [466F6F20C2A920626172]

// §4.2.7: the two networks of the active scan.
World activeScanWorld()
{
    World w = World::defaultWorld();
    w.accessPoints = {accessPoint("test-network", "98:fc:11:41:e7:7c", 1, -57, Sec::Open),
                      accessPoint(FooBar, "24:f2:7f:a5:8b:81", 6, -62, Sec::Open)};
    return w;
}

// §4.3.7: the four networks of the passive scan (the manual gives two of them one BSSID).
World passiveScanWorld()
{
    World w = activeScanWorld();
    w.accessPoints.insert(
        1, accessPoint("enterprise-secure", "24:f2:7f:a5:8b:80", 1, -62, Sec::Enterprise));
    w.accessPoints << accessPoint("cloaked", "24:f2:7f:a5:8b:81", 11, -70, Sec::Wep, "1*secret",
                                  true);
    return w;
}

// The firmware transcript 41's network.
World homeWorld()
{
    World w = World::defaultWorld();
    w.accessPoints = {
        accessPoint("home", "a0:b1:c2:d3:e4:f5", 11, -48, Sec::Wpa2Psk, "home-key-1")};
    return w;
}

// §5.2.8 "MyAP" on channel 6 at 00:01:02:03:04:05; the module's address is the examples'
// (§7.3.5/§7.4.6: 192.168.0.100), and www.example.com resolves (to loopback: the world's names
// only reach this machine).
World networkWorld(const char *moduleIp = "192.168.0.100", Sec security = Sec::Wpa2Psk,
                   const QByteArray &key = "MyAPPassphrase")
{
    World w = World::defaultWorld();
    w.accessPoints = {accessPoint("MyAP", "00:01:02:03:04:05", 6, -50, security, key)};
    w.dhcp.first = w.dhcp.last = QHostAddress(QString::fromLatin1(moduleIp));
    w.dnsNames.insert(QStringLiteral("www.example.com"), QHostAddress::LocalHost);
    return w;
}

// ---- loopback peers ----

// A TCP (or TLS) server standing for the manual's remote host; it tells the module's local
// port of each connection it accepts, so that the normaliser can name it as the manual does.
class TcpPeer : public QTcpServer
{
public:
    explicit TcpPeer(bool tls = false)
        : m_tls(tls)
    {
        if (tls) {
            QFile cert(DialectExamples::dataDir(Id) + QStringLiteral("/tls/loopback.crt"));
            QFile key(DialectExamples::dataDir(Id) + QStringLiteral("/tls/loopback.key"));
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                qFatal("no TLS test certificate");
            m_conf = QSslConfiguration::defaultConfiguration();
            m_conf.setLocalCertificate(QSslCertificate(cert.readAll()));
            m_conf.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
            m_conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return serverPort(); }
    QByteArray received() const { return m_received; }
    void send(const QByteArray &bytes)
    {
        if (!m_clients.isEmpty())
            m_clients.last()->write(bytes);
    }
    void closeAll()
    {
        for (QTcpSocket *s : std::as_const(m_clients))
            s->disconnectFromHost();
    }
    std::function<void(quint16 modulePort)> onAccept;

protected:
    // Taken here rather than from the pending queue: a TLS client that never starts its
    // handshake (a plain connect before AT+SOCKTLS) is still a connection with a port.
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *s = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!s->setSocketDescriptor(descriptor)) {
            delete s;
            return;
        }
        m_clients << s;
        connect(s, &QTcpSocket::readyRead, this, [this, s] { m_received += s->readAll(); });
        if (m_tls) {
            auto *ssl = static_cast<QSslSocket *>(s);
            ssl->setSslConfiguration(m_conf);
            ssl->startServerEncryption();
        }
        if (onAccept)
            onAccept(s->peerPort());
    }

private:
    bool m_tls;
    QSslConfiguration m_conf;
    QList<QTcpSocket *> m_clients;
    QByteArray m_received;
};

// The broker of the MQTT examples, shared by the rows (started on first use).
MosquittoBroker *broker()
{
    static std::unique_ptr<MosquittoBroker> b;
    static bool tried = false;
    if (!tried) {
        tried = true;
        b = std::make_unique<MosquittoBroker>();
        if (!b->start())
            b.reset();
    }
    return b.get();
}

// ---- the replay ----

// The module on one end of a pipe, the test on the other, with the example's peers. Host lines
// are rewritten (the manual's socket IDs -> the module's handles, the manual's remote hosts ->
// loopback peers) and the module's bytes normalised back before they are compared.
class Replay
{
public:
    explicit Replay(const World &world)
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("pic32mzw1 examples"));
        m_host = std::move(a);
        m_end = std::move(b);
        m_host->open();
        m_end->open();
        module.attach(m_end.get());
        QObject::connect(m_host.get(), &Transport::received, m_host.get(),
                         [this](const QByteArray &bytes) { out += bytes; });
    }

    Pic32mzw1Module module;
    QByteArray out;

    // ---- scene setting (not compared) ----

    // A command of the scene: sent, waited for until `until` appears; what came is returned
    // and kept out of the comparison.
    QByteArray scene(const QByteArray &line, const QByteArray &until = "OK\r\n")
    {
        out.clear();
        m_host->write(line + "\r\n");
        if (!QTest::qWaitFor([&] { return out.contains(until); }, 3000))
            m_sceneFailures << line + " -> " + out;
        QTest::qWait(20);
        return std::exchange(out, {});
    }
    QByteArrayList sceneFailures() const { return m_sceneFailures; }
    // Wait for something of the scene to happen.
    void sceneWait(const std::function<bool()> &happened, const QByteArray &what)
    {
        if (!QTest::qWaitFor(happened, 3000))
            m_sceneFailures << what;
    }

    void echoOff() { scene("ATE0"); }
    void join(const QByteArray &ssid = "MyAP", const QByteArray &key = "MyAPPassphrase")
    {
        scene("AT+WSTAC=1,\"" + ssid + "\"");
        scene("AT+WSTAC=2,3");
        scene("AT+WSTAC=3,\"" + key + "\"");
        scene("AT+WSTA=1", "+WSTAAIP");
    }
    // AT+SOCKO; the new handle stands for the manual's socket `manualId`.
    QByteArray openSocket(int protocol, int manualId)
    {
        const QByteArray reply = scene("AT+SOCKO=" + QByteArray::number(protocol));
        static const QRegularExpression id(QStringLiteral("\\+SOCKO:(\\d+)"));
        const QRegularExpressionMatch m = id.match(QString::fromLatin1(reply));
        if (!m.hasMatch()) {
            m_sceneFailures << "AT+SOCKO -> " + reply;
            return {};
        }
        mapHandle(m.captured(1).toInt(), manualId);
        return m.captured(1).toLatin1();
    }
    void mapHandle(int real, int manual)
    {
        m_toManual.insert(real, manual);
        m_toReal.insert(manual, real);
    }
    QByteArray real(int manualId) const { return QByteArray::number(m_toReal.value(manualId)); }
    // Handles the module creates during the example stand for these manual IDs, in order.
    void newSockets(const QList<int> &manualIds) { m_pendingIds = manualIds; }

    // The manual's remote `host`,`port` (as the host line writes it) is this loopback peer.
    TcpPeer &tcpPeer(const QByteArray &host, const QByteArray &port, bool tls = false)
    {
        auto peer = std::make_unique<TcpPeer>(tls);
        TcpPeer &p = *peer;
        m_objects.push_back(std::move(peer));
        remote(host, port, p.port());
        return p;
    }
    UdpPeer &udpPeer(const QByteArray &host, const QByteArray &port)
    {
        auto peer = std::make_unique<UdpPeer>(false);
        UdpPeer &p = *peer;
        m_objects.push_back(std::move(peer));
        remote(host, port, p.port());
        return p;
    }
    void remote(const QByteArray &host, const QByteArray &port, quint16 real)
    {
        hostSub('"' + host + "\"," + port, "\"127.0.0.1\"," + QByteArray::number(real));
        peerIp(host);
        alias(real, port);
    }
    // The manual's address of this example's loopback peers.
    void peerIp(const QByteArray &manual) { m_peerIp = manual; }
    // A port chosen here (or by the OS) that the manual writes as `manual`.
    void alias(quint16 real, const QByteArray &manual)
    {
        m_ports.insert(QByteArray::number(real), manual);
    }
    // The module's own port that the manual writes as `manual`: a free one here.
    quint16 localPort(const QByteArray &manual)
    {
        const quint16 p = freePort();
        alias(p, manual);
        return p;
    }
    void hostSub(const QByteArray &manual, const QByteArray &real)
    {
        m_hostSubs << qMakePair(manual, real);
    }

    // `action` runs once during exchange `index`, when the module's (normalised) bytes of that
    // exchange contain `marker` (at once when it is empty): a peer sends, connects or closes.
    void during(int index, const QByteArray &marker, std::function<void()> action)
    {
        m_actions.insert(index, Action{marker, std::move(action), false});
    }
    // At the end, `delivered()` must have become `want` (what a peer received).
    void expectDelivered(std::function<QByteArray()> delivered, const QByteArray &want)
    {
        m_deliveries << qMakePair(std::move(delivered), want);
    }
    QList<QPair<std::function<QByteArray()>, QByteArray>> deliveries() const
    {
        return m_deliveries;
    }
    template <typename T> T *keep(std::unique_ptr<T> object)
    {
        T *p = object.get();
        m_objects.push_back(std::move(object));
        return p;
    }

    // ---- the example ----

    // The manual's host line for the module: the peers first (substitutions are written in the
    // manual's terms), then the socket ID.
    QByteArray toModule(const QByteArray &manual) const
    {
        QByteArray line = manual;
        for (const auto &[from, to] : m_hostSubs)
            line.replace(from, to);
        // (+SOCKO's parameter is the protocol, not a socket.)
        static const QRegularExpression sock(QStringLiteral("^(AT\\+SOCK(?!O=)[A-Z0-9]+=)(\\d+)"));
        const QRegularExpressionMatch m = sock.match(QString::fromLatin1(line));
        if (m.hasMatch() && m_toReal.contains(m.captured(2).toInt()))
            line =
                m.captured(1).toLatin1() + real(m.captured(2).toInt()) + line.mid(m.capturedEnd(2));
        return line;
    }

    // The module's bytes as the manual would show them.
    QByteArray normalised(const QByteArray &bytes)
    {
        QString s = QString::fromLatin1(bytes);
        // Socket handles (the firmware's millisecond clock) -> the manual's IDs.
        static const QRegularExpression handle(
            QStringLiteral("\\+SOCK(?:O|IND|RXT|RXU|RD|CL|LST|TLS|ERR):(\\d+)(?=\\D)"));
        QString o;
        qsizetype at = 0;
        for (auto it = handle.globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int h = m.captured(1).toInt();
            if (!m_toManual.contains(h) && !m_pendingIds.isEmpty())
                mapHandle(h, m_pendingIds.takeFirst());
            o += s.mid(at, m.capturedStart(1) - at);
            o += m_toManual.contains(h) ? QString::number(m_toManual.value(h)) : m.captured(1);
            at = m.capturedEnd(1);
        }
        s = o + s.mid(at);
        // Ports of peers, and the module's ports chosen here or by the OS (whole fields).
        static const QRegularExpression port(QStringLiteral("(?<=,)(\\d+)(?=[,\\r])"));
        o.clear();
        at = 0;
        for (auto it = port.globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QByteArray p = m.captured(1).toLatin1();
            o += s.mid(at, m.capturedStart(1) - at);
            o += QString::fromLatin1(m_ports.value(p, p));
            at = m.capturedEnd(1);
        }
        s = o + s.mid(at);
        // The peers' address.
        if (!m_peerIp.isEmpty())
            s.replace(QStringLiteral("\"127.0.0.1\""),
                      QLatin1Char('"') + QString::fromLatin1(m_peerIp) + QLatin1Char('"'));
        return masked(s.toLatin1());
    }
    // Values that differ on every run, masked on both sides: the ping's round-trip time.
    static QByteArray masked(const QByteArray &bytes)
    {
        static const QRegularExpression rtt(QStringLiteral("(\\+PING:\"[^\"]*\",)-?\\d+"));
        return QString::fromLatin1(bytes).replace(rtt, QStringLiteral("\\1<ms>")).toLatin1();
    }

    // Send exchange `index`'s host bytes, wait until the module's bytes normalise to `want`
    // (or 4 s), then a quiet moment; returns the normalised bytes.
    QByteArray play(int index, const QByteArray &host, const QByteArray &want)
    {
        out.clear();
        if (!host.isEmpty())
            m_host->write(toModule(host));
        const auto step = [&] {
            const QByteArray now = normalised(out);
            const auto a = m_actions.find(index);
            if (a != m_actions.end() && !a->done && now.contains(a->marker)) {
                a->done = true;
                a->action();
            }
            return now;
        };
        (void)QTest::qWaitFor([&] { return step() == want; }, 4000);
        QTest::qWait(30); // nothing more may follow
        return step();
    }

private:
    struct Action
    {
        QByteArray marker;
        std::function<void()> action;
        bool done = false;
    };
    std::unique_ptr<PipeTransport> m_host;
    std::unique_ptr<PipeTransport> m_end;
    QHash<int, int> m_toManual;
    QHash<int, int> m_toReal;
    QList<int> m_pendingIds;
    QList<QPair<QByteArray, QByteArray>> m_hostSubs;
    QHash<QByteArray, QByteArray> m_ports;
    QByteArray m_peerIp;
    QHash<int, Action> m_actions;
    std::vector<std::unique_ptr<QObject>> m_objects;
    QByteArrayList m_sceneFailures;
    QList<QPair<std::function<QByteArray()>, QByteArray>> m_deliveries;
};

// ---- the examples ----

// How a transcript is played. `expected` (one entry per exchange) replaces the transcript's
// module bytes, for `why`; `replayed` < 0 plays every exchange; `skip` leaves exchanges out.
struct Example
{
    World (*world)() = [] { return networkWorld(); };
    std::function<void(Replay &)> setup;
    QByteArrayList expected;
    const char *why = nullptr;
    int replayed = -1;
    QList<int> skip;
    const char *notReplayable = nullptr;
};

const QByteArray Ok = "OK\r\n";

QHash<QString, Example> examples()
{
    QHash<QString, Example> x;

    x[QStringLiteral("01-echo-off")].setup = [](Replay &r) { r.echoOff(); };
    x[QStringLiteral("02-scan-config")].setup = [](Replay &r) { r.echoOff(); };

    {
        Example &e = x[QStringLiteral("03-active-scan")];
        e.world = activeScanWorld;
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {"OK\r\n"
                      "\r+WSCNIND:-57,0,1,\"98:FC:11:41:E7:7C\",\"test-network\"\r\n"
                      "\r+WSCNIND:-62,0,6,\"24:F2:7F:A5:8B:81\",[466F6F20C2A920626172]\r\n"
                      "\r+WSCNDONE\r\n"};
        e.why = "idle AECs start with CR ([FW]); no space before [HEX] (the firmware prints \",\" "
                "and the string)";
    }
    {
        Example &e = x[QStringLiteral("04-passive-scan")];
        e.world = passiveScanWorld;
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {"OK\r\n"
                      "\r+WSCNIND:-57,0,1,\"98:FC:11:41:E7:7C\",\"test-network\"\r\n"
                      "\r+WSCNIND:-62,4,1,\"24:F2:7F:A5:8B:80\",\"enterprise-secure\"\r\n"
                      "\r+WSCNIND:-62,0,6,\"24:F2:7F:A5:8B:81\",[466F6F20C2A920626172]\r\n"
                      "\r+WSCNIND:-70,1,11,\"24:F2:7F:A5:8B:81\",[]\r\n"
                      "\r+WSCNDONE\r\n"};
        e.why = "idle AECs start with CR ([FW]); no space before [HEX] (the firmware prints \",\" "
                "and the string)";
    }
    {
        Example &e = x[QStringLiteral("05-station-connect")];
        e.world = [] { return networkWorld("192.168.0.20", Sec::Wep, "MyAPPSK"); };
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {Ok, Ok, Ok, "ERROR:4,\"Invalid Parameter\"\r\n", "+WSTA:0\r\nOK\r\n"};
        e.why = "the example joins with SEC_TYPE 1 (WEP), which PIC32MZW1 refuses (§5.2.3, [FW] "
                "ERROR:4): no link comes up, so no +WSTALU/+WSTAAIP/+WSTALD";
    }
    {
        Example &e = x[QStringLiteral("06-soft-ap")];
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {Ok, Ok, Ok, Ok, Ok};
        e.why = "no station of the world joins the soft AP: +WAPSC/+WAPAIP/+WAPSD cannot happen";
    }

    // MQTT on a real broker.
    const auto mqttConfigured = [](Replay &r) {
        r.echoOff();
        r.join();
        if (!broker())
            return;
        r.scene("AT+MQTTC=1,\"127.0.0.1\"");
        r.scene("AT+MQTTC=2," + QByteArray::number(broker()->port()));
        r.scene("AT+MQTTC=7,0"); // plain MQTT: the sim has no TLS broker
    };
    const auto mqttConnected = [mqttConfigured](Replay &r) {
        mqttConfigured(r);
        r.scene("AT+MQTTCONN=1", "+MQTTCONN:1\r\n");
    };
    {
        Example &e = x[QStringLiteral("07-mqtt-connect")];
        e.setup = mqttConfigured;
        e.expected = {"OK\r\n\r+MQTTCONNACK:0,0\r\n\r+MQTTCONN:1\r\n"};
        e.why = "idle AECs start with CR ([FW])";
    }
    {
        Example &e = x[QStringLiteral("08-mqtt-subscribe")];
        e.setup = mqttConnected;
        e.expected = {"ERROR:5,\"Incorrect Number of Parameters\"\r\n"};
        e.why = "the example leaves out MAX_QOS, which §6.3.2 and [FW] require";
    }
    {
        Example &e = x[QStringLiteral("09-mqtt-unsubscribe")];
        e.setup = mqttConnected;
        e.expected = {"OK\r\n\r+MQTTUNSUB:1\r\n"};
        e.why = "idle AECs start with CR ([FW])";
    }
    {
        Example &e = x[QStringLiteral("10-mqtt-publish")];
        e.setup = [mqttConnected](Replay &r) {
            mqttConnected(r);
            // A second client on the broker sees the message.
            auto *other = r.keep(std::make_unique<SimMqtt>());
            auto *seen = r.keep(std::make_unique<QObject>());
            QObject::connect(other, &SimMqtt::messageReceived, seen,
                             [seen](const QString &topic, const QByteArray &payload) {
                                 seen->setObjectName(topic + QLatin1Char(' ') +
                                                     QString::fromLatin1(payload));
                             });
            SimMqtt::Options o;
            o.port = broker() ? broker()->port() : 0;
            o.clientId = QStringLiteral("examples-observer");
            other->connectToBroker(o);
            r.sceneWait([other] { return other->isConnected(); }, "observer connected");
            bool subscribed = false;
            QObject::connect(other, &SimMqtt::subscribed, seen,
                             [&subscribed] { subscribed = true; });
            other->subscribe(QStringLiteral("Topic/name"), 1);
            r.sceneWait([&subscribed] { return subscribed; }, "observer subscribed");
            r.expectDelivered([seen] { return seen->objectName().toLatin1(); },
                              "Topic/name 123456");
        };
        e.expected = {"OK\r\n\r+MQTTPUBACC\r\n"};
        e.why = "idle AECs start with CR ([FW])";
    }
    {
        Example &e = x[QStringLiteral("11-mqtt-disconnect")];
        e.setup = mqttConnected;
        e.expected = {"OK\r\n\r+MQTTCONN:0\r\n"};
        e.why = "idle AECs start with CR ([FW])";
    }

    // Sockets.
    x[QStringLiteral("12-socket-open")].setup = [](Replay &r) {
        r.echoOff();
        r.newSockets({1, 5});
    };
    {
        Example &e = x[QStringLiteral("13-socket-close")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.openSocket(2, 2);
            TcpPeer &peer = r.tcpPeer("192.168.0.1", "4000");
            r.openSocket(2, 4);
            r.scene("AT+SOCKBR=" + r.real(4) + ",\"127.0.0.1\"," + QByteArray::number(peer.port()),
                    "+SOCKIND");
            r.during(0, "OK\r\n", [&peer] { peer.closeAll(); });
        };
        e.expected = {"OK\r\n\r+SOCKCL:4\r\n", Ok};
        e.why = "idle AECs start with CR; the firmware prints \"+SOCKCL:%d\" (no space after the "
                "colon)";
    }
    {
        Example &e = x[QStringLiteral("14-socket-listen")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.openSocket(2, 2);
            r.openSocket(1, 1);
            const quint16 port = r.localPort("6000");
            r.hostSub("AT+SOCKBL=2,6000", "AT+SOCKBL=2," + QByteArray::number(port));
            r.hostSub("AT+SOCKBL=1,6000", "AT+SOCKBL=1," + QByteArray::number(port));
            r.peerIp("192.168.0.1");
            r.newSockets({4});
            r.during(0, "OK\r\n", [&r, port] {
                auto *client = r.keep(std::make_unique<QTcpSocket>());
                client->connectToHost(QHostAddress::LocalHost, port);
                client->waitForConnected(1000);
                r.alias(client->localPort(), "12345");
            });
        };
        e.expected = {"OK\r\n\r+SOCKIND:4,\"192.168.0.100\",6000,\"192.168.0.1\",12345\r\n", Ok};
        e.why = "idle AECs start with CR ([FW])";
    }
    {
        Example &e = x[QStringLiteral("15-socket-connect")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.openSocket(1, 1);
            r.openSocket(2, 4);
            r.udpPeer("192.168.0.1", "6000");
            TcpPeer &tcp = r.tcpPeer("192.168.0.1", "9000");
            tcp.onAccept = [&r](quint16 modulePort) { r.alias(modulePort, "12345"); };
        };
        e.expected = {Ok, "OK\r\n\r+SOCKIND:4,\"192.168.0.100\",12345,\"192.168.0.1\",9000\r\n"};
        e.why = "idle AECs start with CR ([FW])";
    }
    x[QStringLiteral("16-socket-multicast")].setup = [](Replay &r) {
        r.echoOff();
        r.join();
        r.openSocket(1, 7);
        r.hostSub("\"224.0.0.1\",6000", "\"224.0.0.1\"," + QByteArray::number(r.localPort("6000")));
    };
    {
        Example &e = x[QStringLiteral("17-socket-tls")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.openSocket(2, 1);
        };
        e.expected = {"ERROR:5,\"Incorrect Number of Parameters\"\r\n"};
        e.why = "the example leaves out TLS_CONF_IDX, which §7.6.1 and [FW] require";
    }
    x[QStringLiteral("18-socket-list")].setup = [](Replay &r) {
        r.echoOff();
        r.join();
        r.openSocket(2, 1);
        r.scene("AT+SOCKBL=" + r.real(1) + "," + QByteArray::number(r.localPort("6000")));
        TcpPeer &tcp = r.tcpPeer("192.168.0.1", "4000");
        tcp.onAccept = [&r](quint16 modulePort) { r.alias(modulePort, "12345"); };
        r.openSocket(2, 2);
        r.scene("AT+SOCKBR=" + r.real(2) + ",\"127.0.0.1\"," + QByteArray::number(tcp.port()),
                "+SOCKIND");
        r.openSocket(1, 3);
        r.scene("AT+SOCKBR=" + r.real(3) + ",\"192.168.0.2\",4000");
        r.scene("AT+SOCKBL=" + r.real(3) + "," + QByteArray::number(r.localPort("12345")));
    };
    {
        // §7.8.4: "Send hello2u to 192.168.0.1:6000 via socket ID 1", a UDP socket bound to it.
        Example &e = x[QStringLiteral("19-socket-write-string")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            UdpPeer &peer = r.udpPeer("192.168.0.1", "6000");
            r.openSocket(1, 1);
            r.scene("AT+SOCKBR=" + r.real(1) + ",\"127.0.0.1\"," + QByteArray::number(peer.port()));
            // The hex example's bytes are the manual's typo "hellf2u".
            r.expectDelivered([&peer] { return peer.received(); }, "hello2uhellf2u");
        };
    }
    x[QStringLiteral("20-socket-write-binary")].setup = [](Replay &r) {
        r.echoOff();
        r.join();
        TcpPeer &peer = r.tcpPeer("192.168.0.1", "6000");
        r.openSocket(2, 1);
        r.scene("AT+SOCKBR=" + r.real(1) + ",\"127.0.0.1\"," + QByteArray::number(peer.port()),
                "+SOCKIND");
        r.expectDelivered([&peer] { return peer.received(); }, "One fine day");
    };
    const auto udpBound = [](Replay &r) {
        r.echoOff();
        r.join();
        r.udpPeer("192.168.0.1", "6000");
        r.openSocket(1, 1);
        r.scene("AT+SOCKBL=" + r.real(1) + "," + QByteArray::number(freePort()));
    };
    {
        Example &e = x[QStringLiteral("21-socket-writeto-string")];
        e.setup = udpBound;
        e.expected = {"ERROR:3,\"Unknown AT Command\"\r\n", "ERROR:3,\"Unknown AT Command\"\r\n"};
        e.why = "the manual spells +SOCKWRTO with a digit zero; the firmware knows only the "
                "letter O (the +SOCKWRTO rows below play the same example)";
    }
    {
        Example &e = x[QStringLiteral("22-socket-writeto-binary")];
        e.setup = udpBound;
        e.expected = {"ERROR:3,\"Unknown AT Command\"\r\n", ""};
        e.why = "the manual spells +SOCKWRTO with a digit zero; the firmware knows only the "
                "letter O, so no binary mode, and the data is a line without its LF";
    }
    {
        Example &e = x[QStringLiteral("23-socket-read-string")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            TcpPeer &peer = r.tcpPeer("192.168.0.1", "6000");
            r.openSocket(2, 1);
            r.scene("AT+SOCKBR=" + r.real(1) + ",\"127.0.0.1\"," + QByteArray::number(peer.port()),
                    "+SOCKIND");
            r.during(0, {}, [&peer] {
                peer.send("Foo\xc2\xa9"
                          "bar");
            });
        };
        e.expected = {"\r+SOCKRXT:1,8\r\n", "+SOCKRD:1,8,[466F6FC2A9626172]\r\nOK\r\n"};
        e.why = "the manual counts 7 bytes for 8 hex pairs (UTF-8 \"Foo(c)bar\"); idle AECs start "
                "with CR ([FW])";
    }
    {
        Example &e = x[QStringLiteral("24-socket-read-binary")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.openSocket(1, 4);
            const quint16 port = freePort();
            r.scene("AT+SOCKBL=" + r.real(4) + "," + QByteArray::number(port));
            UdpPeer &peer = r.udpPeer("1.2.3.4", "6000");
            r.during(0, {},
                     [&peer, port] { peer.sendTo(port, QByteArrayLiteral("\x00\x01OK\r\n\xff")); });
        };
        e.expected = {"\r+SOCKRXU:4,\"1.2.3.4\",6000,7\r\n",
                      QByteArrayLiteral("+SOCKRD:4,7,\r\n#\x00\x01OK\r\n\xffOK\r\n")};
        e.why = "the manual's reply names socket 1 for a read of socket 4 and shows \" #\"; the "
                "firmware prints \",\\r\\n#\" and OK right after the data; idle AECs start with CR";
    }
    {
        Example &e = x[QStringLiteral("25-dns-resolve")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.peerIp("192.168.0.1");
        };
        e.expected = {"OK\r\n\r+DNSRESOLV:0,\"www.example.com\",\"192.168.0.1\"\r\n"};
        e.why = "the firmware prints TYPE 0 in +DNSRESOLV ([FW] at_dns.c); idle AECs start with CR";
    }
    {
        Example &e = x[QStringLiteral("26-ping")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.peerIp("192.168.0.1");
        };
        e.expected = {"OK\r\n\r+PING:\"192.168.0.1\",<ms>\r\n"};
        e.why = "the manual's example stops at the OK; the +PING AEC of §7.13.4 follows when the "
                "target answers";
    }
    {
        Example &e = x[QStringLiteral("27-manufacturer")];
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {"+GMI=\"Microchip\"\r\nOK\r\n"};
        e.why = "the firmware answers with '=' ([FW] +GMI=)";
    }
    {
        Example &e = x[QStringLiteral("28-model")];
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {"+GMM=\"PIC32MZW1\"\r\nOK\r\n"};
        e.why = "the manual shows a WINC1500's answer; the firmware answers +GMM=\"PIC32MZW1\"";
    }
    {
        Example &e = x[QStringLiteral("29-revision")];
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {"+GMR=\"0.3.1\"\r\nOK\r\n"};
        e.why = "the manual shows a WINC1500's four versions; the firmware answers +GMR=\"0.3.1\"";
    }
    {
        Example &e = x[QStringLiteral("30-tls-appendix")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            TcpPeer &tls = r.tcpPeer("5.196.95.208", "8883", true);
            tls.onAccept = [&r](quint16 modulePort) { r.alias(modulePort, "49152"); };
            r.newSockets({1});
        };
        e.expected = {Ok, "+SOCKO:1\r\nOK\r\n",
                      "OK\r\n\r+SOCKIND:1,\"192.168.0.100\",49152,\"5.196.95.208\",8883\r\n",
                      "OK\r\n\r+SOCKERR:1,15,Socket TLS Failed\r\n"};
        e.why = "the appendix lists commands only: +SOCKIND follows the connect; TLS on a socket "
                "already connected is not simulated (the firmware would print +SOCKTLS:1)";
    }

    // The firmware's own shapes.
    {
        Example &e = x[QStringLiteral("40-fw-boot-echo")];
        e.setup = [](Replay &r) { r.during(0, {}, [&r] { r.module.powerOn(); }); };
    }
    {
        Example &e = x[QStringLiteral("41-fw-aec-prompt-artefacts")];
        e.world = homeWorld;
        e.setup = [](Replay &r) { r.during(0, {}, [&r] { r.module.powerOn(); }); };
        e.expected = {"\r\nOK\r\n>", "AT+WSCNA=255\r\nOK\r\n>"
                                     "\r+WSCNIND:-48,3,11,\"A0:B1:C2:D3:E4:F5\",\"home\"\r\n>"
                                     "\r+WSCNDONE\r\n>"};
        e.why = "the transcript starts at the prompt, which comes with the boot OK";
    }
    {
        Example &e = x[QStringLiteral("42-fw-station")];
        e.world = [] { return networkWorld("192.168.0.20"); };
        e.setup = [](Replay &r) {
            r.echoOff();
            r.scene("AT+WSTAC=1,\"MyAP\"");
            r.scene("AT+WSTAC=2,3");
            r.scene("AT+WSTAC=3,\"MyAPPassphrase\"");
        };
        e.expected = {"OK\r\n\r+WSTALU:\"00:01:02:03:04:05\",6\r\n\r+WSTAAIP:\"192.168.0.20\"\r\n",
                      "+WSTA:1,\"MyAP\",0,3\r\nOK\r\n"};
        e.replayed = 2;
        e.why = "the world cannot make the AP vanish: no +WSTALD and no failed re-join";
    }
    {
        Example &e = x[QStringLiteral("43-fw-soft-ap")];
        e.setup = [](Replay &r) { r.echoOff(); };
        e.expected = {Ok};
        e.replayed = 1;
        e.why = "no station of the world joins the soft AP: no +WAPSC/+WAPAIP/+WAPSD, and +WAP "
                "names no station";
    }
    x[QStringLiteral("44-fw-error-forms")].setup = [](Replay &r) {
        r.echoOff();
        r.openSocket(2, 1);
        r.hostSub("AT+SOCKCL=99", "AT+SOCKCL=" + QByteArray::number(r.real(1).toInt() + 1000));
    };
    {
        Example &e = x[QStringLiteral("45-fw-tcp-client")];
        e.world = [] { return networkWorld("192.168.1.23"); };
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.newSockets({1234567, 17});
            // The first connect goes to the manual's 192.168.1.10 (unreachable: it times out);
            // the second to a loopback peer standing for it.
            auto peer = std::make_unique<TcpPeer>();
            TcpPeer &p = *r.keep(std::move(peer));
            p.onAccept = [&r](quint16 modulePort) { r.alias(modulePort, "49152"); };
            r.alias(p.port(), "5000");
            r.peerIp("192.168.1.10");
            r.hostSub("=17,\"192.168.1.10\",5000",
                      "=17,\"127.0.0.1\"," + QByteArray::number(p.port()));
            r.during(4, "OK\r\n",
                     [&p] { p.send(QByteArrayLiteral("a\\b\t\"c\"\r\n\x00\xff\x80\x81")); });
            r.during(5, "OK\r\n", [&p] { p.closeAll(); });
        };
        e.expected = {"+SOCKO:1234567\r\nOK\r\n",
                      "OK\r\n\r+SOCKERR:1234567,14,Socket Bind Failed\r\n",
                      "+SOCKO:17\r\nOK\r\n",
                      "OK\r\n\r+SOCKIND:17,\"192.168.1.23\",49152,\"192.168.1.10\",5000\r\n",
                      "+SOCKLST:17,2,\"192.168.1.10\",5000,49152\r\nOK\r\n\r+SOCKRXT:17,13\r\n",
                      "+SOCKRD:17,13,[615C62092263220D0A00FF8081]\r\nOK\r\n\r+SOCKCL:17\r\n",
                      Ok};
        e.why = "a command's lines and its OK are printed in one go (firmware and sim), so the AEC "
                "comes after the OK; one read takes all 13 bytes that have arrived and splits "
                "lines only at 128 ([FW] _SOCKUpdate)";
    }
    {
        Example &e = x[QStringLiteral("46-fw-read-binary")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            TcpPeer &tcp = r.tcpPeer("192.168.1.10", "5000");
            r.openSocket(2, 17);
            r.scene("AT+SOCKBR=" + r.real(17) + ",\"127.0.0.1\"," + QByteArray::number(tcp.port()),
                    "+SOCKIND");
            tcp.send("hello");
            r.sceneWait([&r] { return r.out.contains("+SOCKRXT"); }, "+SOCKRXT for hello");
            QTest::qWait(20);
            r.out.clear();
            r.openSocket(1, 30);
            const quint16 port = freePort();
            r.scene("AT+SOCKBL=" + r.real(30) + "," + QByteArray::number(port));
            UdpPeer &udp = r.udpPeer("192.168.1.10", "7001");
            r.during(0, "OK\r\n", [&udp, port] {
                udp.sendTo(port, "\r\nOK");
                udp.sendTo(port, "abc");
            });
        };
    }
    {
        Example &e = x[QStringLiteral("47-fw-mqtt")];
        e.setup = [mqttConfigured](Replay &r) {
            mqttConfigured(r);
            auto *other = r.keep(std::make_unique<SimMqtt>());
            SimMqtt::Options o;
            o.port = broker() ? broker()->port() : 0;
            o.clientId = QStringLiteral("examples-sender");
            other->connectToBroker(o);
            r.sceneWait([other] { return other->isConnected(); }, "sender connected");
            r.during(3, "+MQTTPUBACC\r\n", [other] {
                const QString topic = QStringLiteral("demo/in");
                other->publish(topic, "world", 1, false);
                other->publish(topic, QByteArrayLiteral("\x00\xff\r\n,\""), 1, false);
                other->publish(topic, "a,\"b\"\r\n", 1, false);
            });
        };
        e.skip = {4};
        e.why = "the message that overtakes its own publish's OK, and the +MQTTPUBERR of a "
                "broker that does not acknowledge, are timings the sim does not make";
    }
    {
        Example &e = x[QStringLiteral("48-fw-dns-ping")];
        e.setup = [](Replay &r) {
            r.echoOff();
            r.join();
            r.peerIp("93.184.216.34");
            r.hostSub("AT+PING=\"93.184.216.34\"", "AT+PING=\"127.0.0.1\"");
        };
        e.expected = {"OK\r\n\r+DNSRESOLV:0,\"www.example.com\",\"93.184.216.34\"\r\n",
                      "OK\r\n\r\r+DNSRESOLV:ERROR:42,\"DNS Query Timeout\"\r\n",
                      "OK\r\n\r+PING:\"93.184.216.34\",<ms>\r\n"};
        e.why = "an AEC status starts with two CRs while idle (the firmware's \"\\r%s:\" after "
                "the print routine's own CR)";
    }
    x[QStringLiteral("49-fw-identity")].setup = [](Replay &r) { r.echoOff(); };
    x[QStringLiteral("50-fw-tls")].setup = [](Replay &r) {
        r.echoOff();
        r.join();
        TcpPeer &tls = r.tcpPeer("192.168.1.10", "8883", true);
        r.openSocket(2, 40);
        r.scene("AT+SOCKTLS=" + r.real(40) + ",1");
        r.scene("AT+SOCKBR=" + r.real(40) + ",\"127.0.0.1\"," + QByteArray::number(tls.port()),
                "+SOCKTLS:");
        TcpPeer &plain = r.tcpPeer("192.168.1.10", "5000");
        r.openSocket(2, 41);
        r.scene("AT+SOCKBR=" + r.real(41) + ",\"127.0.0.1\"," + QByteArray::number(plain.port()),
                "+SOCKIND");
    };
    x[QStringLiteral("51-manual-aec-syntax")].notReplayable =
        "not a manual example: AEC forms the firmware never prints (+WSCNERROR after OK, "
        "+WSTAERR, +DNSERROR, +MQTTPUBCOMP, a quoted +SOCKERR message)";
    return x;
}

// The +SOCKWRTO spelling of the manual's §7.9.4 examples (letter O, as the firmware names it).
QHash<QString, Example> letterOExamples()
{
    QHash<QString, Example> x;
    const auto udpBound = [](Replay &r, const QByteArray &delivered) {
        r.echoOff();
        r.join();
        UdpPeer &peer = r.udpPeer("192.168.0.1", "6000");
        r.openSocket(1, 1);
        r.scene("AT+SOCKBL=" + r.real(1) + "," + QByteArray::number(freePort()));
        r.hostSub("AT+SOCKWRT0=", "AT+SOCKWRTO=");
        // The hex example goes to the manual's 192.167.0.1, which is not on this machine.
        r.expectDelivered([&peer] { return peer.received(); }, delivered);
    };
    x[QStringLiteral("21-socket-writeto-string")].setup = [udpBound](Replay &r) {
        udpBound(r, "hello2u");
    };
    x[QStringLiteral("22-socket-writeto-binary")].setup = [udpBound](Replay &r) {
        udpBound(r, "One fine day");
    };
    return x;
}

QByteArray printable(const QByteArray &bytes)
{
    QByteArray s;
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (c == '\r')
            s += "\\r";
        else if (c == '\n')
            s += "\\n";
        else if (c == '\\')
            s += "\\\\";
        else if (u < 0x20 || u > 0x7e)
            s += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            s += c;
    }
    return s;
}

} // namespace

class TstPic32mzw1ManualExamples : public QObject
{
    Q_OBJECT

    void replay(const QString &name, const Example &example)
    {
        if (example.notReplayable)
            QSKIP(example.notReplayable);
        const QList<Exchange> exchanges = exchangesOf(name);
        QVERIFY(!exchanges.isEmpty());
        if (!example.expected.isEmpty()) {
            QVERIFY2(example.why, "expected bytes written out without a reason");
            const int played = example.replayed < 0 ? int(exchanges.size()) : example.replayed;
            QCOMPARE(example.expected.size(), played);
        }
        Replay r(example.world());
        if (example.setup)
            example.setup(r);
        QVERIFY2(r.sceneFailures().isEmpty(), r.sceneFailures().join("; ").constData());
        const int count = example.replayed < 0 ? int(exchanges.size()) : example.replayed;
        if (count < exchanges.size() || !example.skip.isEmpty())
            qInfo("%s: partly replayed (%d of %d exchanges): %s", qPrintable(name),
                  int(count - example.skip.size()), int(exchanges.size()), example.why);
        for (int i = 0; i < count; ++i) {
            if (example.skip.contains(i))
                continue;
            const QByteArray want = Replay::masked(
                example.expected.isEmpty() ? exchanges[i].module : example.expected[i]);
            const QByteArray got = r.play(i, exchanges[i].host, want);
            if (got != want) {
                qWarning("%s, exchange %d, host %s", qPrintable(name), i,
                         printable(exchanges[i].host).constData());
                QCOMPARE(printable(got), printable(want));
            }
        }
        // Nothing more may come.
        r.out.clear();
        QTest::qWait(100);
        QCOMPARE(printable(r.normalised(r.out)), QByteArray());
        for (const auto &[delivered, want] : r.deliveries())
            QTRY_COMPARE(delivered(), want);
    }

private slots:
    void initTestCase()
    {
        // The TLS peer's certificate is trusted in this process, as a CA compiled into the
        // firmware would be.
        QFile cert(DialectExamples::dataDir(Id) + QStringLiteral("/tls/loopback.crt"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.addCaCertificate(QSslCertificate(cert.readAll()));
        QSslConfiguration::setDefaultConfiguration(trust);
    }

    void manualExample_data()
    {
        QTest::addColumn<QString>("name");
        const QHash<QString, Example> x = examples();
        const QStringList names = DialectExamples::transcripts(Id);
        QVERIFY(!names.isEmpty());
        for (const QString &n : names) {
            QVERIFY2(x.contains(n), qPrintable(n + QStringLiteral(" has no row")));
            QTest::newRow(qPrintable(n)) << n;
        }
    }
    void manualExample()
    {
        QFETCH(QString, name);
        const Example e = examples().value(name);
        if (name.contains(QLatin1String("mqtt")) && !broker())
            QSKIP("mosquitto is not available");
        replay(name, e);
    }

    void writeToWithTheFirmwaresSpelling_data()
    {
        QTest::addColumn<QString>("name");
        QStringList names = letterOExamples().keys();
        names.sort();
        for (const QString &n : std::as_const(names))
            QTest::newRow(qPrintable(n)) << n;
    }
    void writeToWithTheFirmwaresSpelling()
    {
        QFETCH(QString, name);
        replay(name, letterOExamples().value(name));
    }
};

QTEST_GUILESS_MAIN(TstPic32mzw1ManualExamples)
#include "tst_pic32mzw1manualexamples.moc"
