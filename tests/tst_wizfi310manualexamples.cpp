// The WizFi310 manual's example sessions (tests/data/wizfi310/*.transcript), played to the
// virtual module byte for byte, as any serial client would see them on `atstudio-cli simulate`.
// One data row per transcript. Each row gives the world the example assumes, the state it starts
// from (commands whose answers are not compared), the peer's part of socket and MQTT exchanges
// (real loopback peers, a real mosquitto), and what may legitimately differ: the peers' addresses
// and ports (the manual's remote addresses are replaced by loopback ones), ping times, the
// manual's placeholders. Where the module's bytes differ from the transcript for a reason
// recorded in docs/virtual-module/wizfi310.md, the row writes the expected bytes out with it.
#include "log/Transcript.h"
#include "sim/SimMqtt.h"
#include "sim/wizfi310/Wizfi310Module.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "transport/PipeTransport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <functional>
#include <memory>

namespace {

const QByteArray kBanner = "WizFi310 Version 1.0.0.6 (WIZnet Co.Ltd)\r\n";
const QByteArray kJoinLines = "Joining : WizFiAP\r\nSuccessfully joined : WizFiAP\r\n";

QString transcriptDir()
{
    return QStringLiteral(ATSTUDIO_TEST_DATA "/wizfi310");
}

quint16 freeTcpPort()
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

QByteArray num(int n)
{
    return QByteArray::number(n);
}

// ---- transcripts ----

// One exchange: what the host writes (empty: the module speaks unasked) and the module's bytes
// up to the next host line.
struct Step
{
    QByteArray host;
    QByteArray expected;
    int line = 0;
};

QList<Step> loadSteps(const QString &name)
{
    QFile f(transcriptDir() + QLatin1Char('/') + name + QStringLiteral(".transcript"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Step> steps;
    bool hostSeen = false;
    for (const TranscriptEntry &e : Transcript::parse(f.readAll())) {
        if (e.direction == TranscriptEntry::Direction::ToModule) {
            hostSeen = true;
            steps << Step{e.bytes, {}, e.lineNumber};
        } else if (!hostSeen) {
            // Module lines before any host line are events, each brought about on its own.
            steps << Step{{}, e.bytes, e.lineNumber};
        } else {
            steps.last().expected += e.bytes;
        }
    }
    return steps;
}

using Subs = QList<QPair<QByteArray, QByteArray>>;

// The manual's values replaced by the real ones in one pass (so that a replacement is never
// replaced again), the longest match first; a number matches only as a whole number ("5000" is
// not part of "50000", "192.168.0.10" not part of "192.168.0.100").
QByteArray substitute(const QByteArray &in, const Subs &subs)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    QByteArray out;
    qsizetype i = 0;
    while (i < in.size()) {
        const QPair<QByteArray, QByteArray> *best = nullptr;
        for (const auto &s : subs) {
            const QByteArray &k = s.first;
            if (k.isEmpty() || !in.mid(i).startsWith(k) || (best && best->first.size() >= k.size()))
                continue;
            const qsizetype end = i + k.size();
            if (digit(k.front()) && i > 0 && digit(in.at(i - 1)))
                continue;
            if (digit(k.back()) && end < in.size() && digit(in.at(end)))
                continue;
            best = &s;
        }
        if (best) {
            out += best->second;
            i += best->first.size();
        } else {
            out += in.at(i++);
        }
    }
    return out;
}

// ---- the module on a pipe, with its peers ----

class Bench
{
public:
    explicit Bench(const World &world)
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("wizfi310 examples"));
        m_host = std::move(a);
        m_end = std::move(b);
        m_host->open();
        m_end->open();
        module.attach(m_end.get());
        QObject::connect(m_host.get(), &Transport::received, m_host.get(),
                         [this](const QByteArray &bytes) { received += bytes; });
    }

    void write(const QByteArray &bytes) { m_host->write(bytes); }
    bool waitFor(const QByteArray &what, qsizetype from, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return received.indexOf(what, from) >= 0; }, ms);
    }
    // The compared window of the current step starts right after `what` (output since `from`).
    bool markAfter(const QByteArray &what, qsizetype from)
    {
        if (!waitFor(what, from))
            return false;
        window = received.indexOf(what, from) + what.size();
        return true;
    }
    void mark() { window = received.size(); }

    // A command of the state an example starts from (not compared): its answer up to the final
    // result.
    QByteArray command(const QByteArray &line, int ms = 15000)
    {
        const qsizetype start = received.size();
        write(line + '\r');
        (void)QTest::qWaitFor(
            [&] {
                const QByteArray o = received.mid(start);
                return o.startsWith("[OK]\r\n") || o.contains("\n[OK]\r\n") ||
                       ((o.startsWith("[ERROR") || o.contains("\n[ERROR")) && o.endsWith("]\r\n"));
            },
            ms);
        return received.mid(start);
    }
    // [OK] (events may follow it in the same breath).
    bool ok(const QByteArray &line)
    {
        const QByteArray o = command(line);
        return o.startsWith("[OK]\r\n") || o.contains("\n[OK]\r\n");
    }
    bool join() { return command("AT+WJOIN").endsWith("\r\n[OK]\r\n"); }
    // A socket to a loopback peer; true once the module printed [CONNECT <id>].
    bool open(const QByteArray &params, int id)
    {
        const qsizetype from = received.size();
        return ok("AT+SCON=O," + params) &&
               waitFor("\r\n[CONNECT " + QByteArray::number(id, 16) + "]\r\n", from);
    }
    bool openTcpClient(int id) { return open("TCN,127.0.0.1," + num(tcp.port()) + ",0,0", id); }
    bool openUdpClient(int id, quint16 local = 0)
    {
        return open("UCN,127.0.0.1," + num(udp.port()) + ',' + num(local) + ",0", id);
    }
    int openSockets()
    {
        static const QRegularExpression re(QStringLiteral("Number of Sockets : (\\d+)"));
        const auto m = re.match(QString::fromLatin1(command("AT+SMGMT=?")));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    bool startBroker()
    {
        broker = std::make_unique<MosquittoBroker>();
        return broker->start();
    }
    // A second client on the broker: what it receives shows what really reached the broker.
    bool startWatcher(const QStringList &topics)
    {
        watcher = std::make_unique<SimMqtt>();
        QObject::connect(watcher.get(), &SimMqtt::messageReceived, watcher.get(),
                         [this](const QString &topic, const QByteArray &payload) {
                             watched += topic.toUtf8() + '=' + payload + ';';
                         });
        int acks = 0;
        const auto counting = QObject::connect(watcher.get(), &SimMqtt::subscribed, watcher.get(),
                                               [&acks] { ++acks; });
        SimMqtt::Options o;
        o.port = broker->port();
        o.clientId = QStringLiteral("examples-watcher");
        if (!watcher->connectToBroker(o) ||
            !QTest::qWaitFor([&] { return watcher->isConnected(); }, 3000))
            return false;
        for (const QString &t : topics)
            watcher->subscribe(t, 0);
        const bool subscribed = QTest::qWaitFor([&] { return acks == topics.size(); }, 3000);
        QObject::disconnect(counting);
        return subscribed;
    }

    Wizfi310Module module;
    QByteArray received;
    qsizetype window = -1;
    Subs subs; // the manual's values -> the real ones
    TcpPeerServer tcp{false};
    UdpPeer udp{false};
    QTcpSocket client;
    quint16 port1 = 0, port2 = 0, port3 = 0;
    qsizetype since = 0; // for the event rows: where the last reset's output starts
    std::unique_ptr<MosquittoBroker> broker;
    std::unique_ptr<SimMqtt> watcher;
    QByteArray watched;

private:
    std::unique_ptr<PipeTransport> m_host;
    std::unique_ptr<PipeTransport> m_end;
};

// ---- rows ----

using Hook = std::function<void(Bench &)>;

// Expected bytes written out: from the transcript's, with the reason they differ.
struct Expect
{
    std::function<QByteArray(const QByteArray &)> bytes;
    const char *reason = "";
};

struct Row
{
    std::function<World()> world;
    bool echoOff = true;     // the tool's session setup (AT+MECHO=0) came first
    Hook setup;              // the state the example starts from
    QHash<int, Hook> before; // before step i; sets Bench::window if it is not "from here"
    QHash<int, Hook> after;  // after step i's host bytes: the peer's part
    QHash<int, Expect> expect;
    QHash<int, const char *> notReplayable;
    std::function<QByteArray(QByteArray)> normalise;
};

Expect bytes(const QByteArray &b, const char *reason)
{
    return {[b](const QByteArray &) { return b; }, reason};
}
Expect appended(const QByteArray &b, const char *reason)
{
    return {[b](const QByteArray &t) { return t + b; }, reason};
}
Expect prepended(const QByteArray &b, const char *reason)
{
    return {[b](const QByteArray &t) { return b + t; }, reason};
}

const char *const kJoinReason = "the firmware prints 'Joining : <SSID>' and 'Successfully joined :"
                                " <SSID>' first (WizFi310 quick start guide; decision 4)";

// The network of the manual's examples: the access point WizFiAP (BSSID and channel of the
// AT+WSET example; WPA2 with the factory key unless the example sets another), DHCP handing out
// 192.168.0.23 behind 192.168.0.1 (the AT+WJOIN example), the MAC of the AT+MMAC example.
World exampleWorld(const QByteArray &key = "12345678")
{
    World w = World::defaultWorld();
    WorldAccessPoint ap;
    ap.ssid = "WizFiAP";
    ap.bssid = "08:00:dc:11:22:33";
    ap.channel = 1;
    ap.rssi = -48;
    ap.rssiJitter = 0;
    ap.security = WorldAccessPoint::Security::Wpa2Psk;
    ap.passphrase = key;
    w.accessPoints << ap;
    w.dhcp.first = QHostAddress(QStringLiteral("192.168.0.23"));
    w.dhcp.last = QHostAddress(QStringLiteral("192.168.0.99"));
    w.dhcp.gateway = QHostAddress(QStringLiteral("192.168.0.1"));
    w.stationMac = "00:08:dc:11:22:33";
    return w;
}

WorldAccessPoint accessPoint(const QByteArray &ssid, const QByteArray &bssid, int channel, int rssi,
                             WorldAccessPoint::Security security)
{
    WorldAccessPoint ap;
    ap.ssid = ssid;
    ap.bssid = bssid;
    ap.channel = channel;
    ap.rssi = rssi;
    ap.rssiJitter = 0;
    ap.security = security;
    ap.passphrase = "12345678";
    return ap;
}

std::function<QByteArray(QByteArray)> regexNormaliser(const QString &pattern, const QString &with)
{
    return [pattern, with](QByteArray b) {
        return QString::fromUtf8(b)
            .replace(QRegularExpression(pattern, QRegularExpression::MultilineOption), with)
            .toUtf8();
    };
}

// Joined to the example network with the factory station profile (WizFiAP, WPA2, 12345678).
void joined(Bench &b)
{
    QVERIFY(b.join());
}

// Transcripts 28 and 29: the AT+MEVTFORM events a..k, each brought about with nothing in flight.
// A TCP server registered as a service (AT+SCON=S) makes the module join and listen by itself
// after a reset, so that Link-Up, CONNECT and DISCONNECT come unasked.
Row eventsRow(bool shortForm)
{
    const QByteArray banner = shortForm ? QByteArray("\r\n[0]\r\n") : kBanner;
    const QByteArray linkUp = shortForm ? QByteArray("\r\n[3]\r\n") : "Gateway   : 192.168.0.1\r\n";
    const QByteArray disconnect = shortForm ? QByteArray("\r\n[2]\r\n") : "[DISCONNECT 0]\r\n";
    Row r;
    r.world = [] { return exampleWorld(); };
    r.setup = [shortForm](Bench &b) {
        QVERIFY(b.startBroker());
        b.port1 = freeTcpPort();
        b.port2 = freeTcpPort();
        b.port3 = freeTcpPort();
        QVERIFY(b.ok("AT+WNET=0,192.168.0.23,255.255.255.0,192.168.0.1"));
        QVERIFY(b.ok("AT+SCON=S,TSN,,," + num(b.port1) + ",0"));
        if (shortForm)
            QVERIFY(b.ok("AT+MEVTFORM=222222222222"));
        QVERIFY(b.ok("AT+MPROF=S"));
    };
    // After a reset the service joins and listens by itself.
    const auto serviceUp = [linkUp](Bench &b) {
        QVERIFY(b.waitFor(linkUp, b.since));
        QTRY_COMPARE_WITH_TIMEOUT(b.openSockets(), 1, 20000); // a loaded CI machine is slow to boot
    };
    const Hook resetByUser = [](Bench &b) {
        b.since = b.received.size();
        b.write("AT+MRESET\r");
        QVERIFY(b.markAfter("[OK]\r\n", b.since));
    };
    const Hook connectPeer = [serviceUp](Bench &b) {
        serviceUp(b);
        b.mark();
        b.client.connectToHost(QHostAddress::LocalHost, b.port1);
    };
    const Hook closePeer = [](Bench &b) {
        b.mark();
        b.client.disconnectFromHost();
    };
    const Hook linkUpAtBoot = [banner](Bench &b) {
        QVERIFY(b.ok("AT+WLEAVE"));
        b.since = b.received.size();
        b.write("AT+MRESET\r");
        QVERIFY(b.markAfter(banner, b.since));
    };
    const Hook leave = [serviceUp, disconnect](Bench &b) {
        serviceUp(b);
        const qsizetype from = b.received.size();
        QVERIFY(b.ok("AT+SMGMT=ALL"));
        QVERIFY(b.waitFor(disconnect, from));
        b.mark();
        b.write("AT+WLEAVE\r");
    };
    const Hook reset = [](Bench &b) {
        b.mark();
        b.since = b.received.size();
        b.module.restart(); // not by the user: a watchdog, a brown-out
    };
    const Hook listen = [serviceUp](Bench &b) {
        serviceUp(b);
        QVERIFY(b.ok("AT+MEVTMSG=1"));
        const qsizetype from = b.received.size();
        b.write("AT+SCON=O,TSN,,," + num(b.port2) + ",0\r");
        QVERIFY(b.markAfter("[OK]\r\n", from));
    };
    const Hook listenAgain = [](Bench &b) {
        const qsizetype from = b.received.size();
        b.write("AT+SCON=O,TSN,,," + num(b.port3) + ",0\r");
        QVERIFY(b.markAfter("[OK]\r\n", from));
    };
    const Hook mqttConnect = [](Bench &b) {
        b.mark();
        b.write("AT+MQTTCON=1,127.0.0.1," + num(b.broker->port()) + ",0\r");
    };
    const Hook brokerGone = [](Bench &b) {
        b.mark();
        b.broker->stop();
    };
    const char *sendError = "[TCP Send Error] comes only from an AT+SSEND that fails, and a send "
                            "on an open loopback TCP socket does not fail";
    const char *p2p = "[P2P Fail Event] belongs to Wi-Fi Direct, which the WizFi310 has no command "
                      "for (a WizFi250 feature)";
    r.before = {{0, resetByUser}, {1, connectPeer}, {2, closePeer}, {3, linkUpAtBoot},
                {4, leave},       {5, reset},       {8, listen}};
    r.notReplayable = {{6, sendError}, {7, p2p}};
    const char *leaveReason = "the world cannot take the access point away: the link goes down by "
                              "AT+WLEAVE, whose [OK] follows the event";
    const char *resetReason = "the boot banner follows a reset (transcript 24)";
    const char *mqttReason = "the module connects only when asked: the event is the start of "
                             "AT+MQTTCON's response, [OK] follows";
    if (shortForm) {
        r.before.insert(9, mqttConnect);
        r.before.insert(10, brokerGone);
        r.expect = {{3, prepended(kJoinLines, kJoinReason)},
                    {4, appended("[OK]\r\n", leaveReason)},
                    {5, appended(banner, resetReason)},
                    {9, appended("[OK]\r\n", mqttReason)}};
    } else {
        r.before.insert(9, listenAgain);
        r.before.insert(10, mqttConnect);
        r.before.insert(11, brokerGone);
        r.expect = {
            {3,
             {[](const QByteArray &t) {
                  return kJoinLines + QByteArray(t)
                                          .replace("IP Addr : ", "IP Addr    : ")
                                          .replace("Gateway : ", "Gateway   : ");
              },
              "join lines (decision 4); IP Addr/Gateway spaced as the AT+WJOIN response "
              "(decision 5), the event table spaces them otherwise"}},
            {4, appended("[OK]\r\n", leaveReason)},
            {5, appended(banner, resetReason)},
            {9, bytes("\r\n[LISTEN 2]\r\n", "'[Listen x]' is the prose's spelling; the event "
                                            "table prints [LISTEN %x]")},
            {10, appended("[OK]\r\n", mqttReason)}};
    }
    return r;
}

QMap<QString, Row> buildRows()
{
    QMap<QString, Row> rows;
    const auto example = [] { return exampleWorld(); };

    // ---- echo, setup, identity, results ----
    rows[QStringLiteral("01-echo")].echoOff = false;
    rows[QStringLiteral("02-session-setup")].echoOff = false;
    rows[QStringLiteral("03-identity")].world = example;
    {
        Row &r = rows[QStringLiteral("04-results")];
        r.world = example;
        // "Some commands do not work in Data mode": a data-mode socket escaped with "+++".
        r.before[5] = [](Bench &b) {
            QVERIFY(b.join());
            QVERIFY(b.ok("AT+SOPT1=10,100")); // a short escape timer keeps the test quick
            QVERIFY(b.open("TCN,127.0.0.1," + num(b.tcp.port()) + ",0,1", 0));
            QTRY_COMPARE(b.tcp.connections(), 1);
            const qsizetype from = b.received.size();
            b.write("+++");
            QVERIFY(b.waitFor("[OK]\r\n", from));
        };
    }

    // ---- Wi-Fi ----
    {
        Row &r = rows[QStringLiteral("05-wjoin-station")];
        r.world = [] { return exampleWorld("123456789"); };
        r.expect[3] = prepended(kJoinLines, kJoinReason);
    }
    {
        Row &r = rows[QStringLiteral("06-wjoin-placeholders")];
        r.world = example; // joins with the factory profile
        r.normalise = regexNormaliser(QStringLiteral("\\d+\\.\\d+\\.\\d+\\.\\d+"),
                                      QStringLiteral("xxx.xxx.xxx.xxx"));
        r.expect[0] = prepended(kJoinLines, kJoinReason);
    }
    {
        Row &r = rows[QStringLiteral("07-softap")];
        r.expect[3] = prepended("Joining : WizFi310_AP\r\n",
                                "the firmware prints 'Joining : <SSID>' when the soft AP starts "
                                "(decision 4)");
    }
    // The manual's "..." rows as none: no access point of this world passes the filters.
    rows[QStringLiteral("08-wscan")].world = [] {
        World w = World::defaultWorld();
        w.accessPoints = {accessPoint("WizFiAP", "08:00:dc:11:22:33", 1, -48,
                                      WorldAccessPoint::Security::Wpa2Psk),
                          accessPoint("CoffeeShop_Guest", "00:1a:2b:3c:4d:01", 11, -67,
                                      WorldAccessPoint::Security::Open)};
        return w;
    };
    {
        Row &r = rows[QStringLiteral("09-wscan-rows")];
        r.world = [] {
            using S = WorldAccessPoint::Security;
            World w = World::defaultWorld();
            w.accessPoints = {accessPoint("TestAP", "00:08:dc:11:22:33", 6, -45, S::Wpa2Psk),
                              accessPoint("Home/Office", "08:00:dc:11:22:34", 11, -71, S::Open),
                              accessPoint("WizFiAP", "00:08:dc:aa:bb:cc", 1, -60, S::WpaWpa2Psk)};
            return w;
        };
        r.expect[0] = {[](const QByteArray &t) {
                           return QByteArray(t).replace(
                               "003/WizFiAP/00:08:dc:aa:bb:cc/60/72.2/Infra/WPAWPA2/2.4/1",
                               "003/WizFiAP/00:08:DC:AA:BB:CC/60/144.4/WPAWPA2/2.4/1");
                       },
                       "row 3 is the WizFi250 firmware's layout (Infra column, lower-case "
                       "BSSID); the module prints the 8 columns of the WizFi310 header "
                       "(decision 9)"};
    }
    rows[QStringLiteral("10-wset")];
    rows[QStringLiteral("11-wset2")];
    rows[QStringLiteral("12-wsec")];
    {
        Row &r = rows[QStringLiteral("13-wnet-wstat")];
        r.world = example;
        r.before[3] = joined; // AT+WSTAT shows a joined station: join with the static address
        r.expect[3] = {[](const QByteArray &t) { return QByteArray(t).replace("/15/48", "//48"); },
                       "the manual shows the row as '...'; the module leaves TxPower empty as "
                       "WIZnet's mbed driver expects (decision 10)"};
    }
    {
        Row &r = rows[QStringLiteral("14-wwps-wadns")];
        const char *why = "no access point of the world runs a WPS registrar: the walk ends in "
                          "[ERROR] (Not available)";
        r.expect[0] = bytes("[ERROR]\r\n", why);
        r.expect[1] = bytes("[ERROR]\r\n", why);
    }

    // ---- sockets ----
    {
        Row &r = rows[QStringLiteral("15-scon")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            b.subs = {{"5000", num(freeTcpPort())}};
        };
    }
    {
        Row &r = rows[QStringLiteral("16-smgmt")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            for (int id = 0; id < 6; ++id) // AT+SMGMT=5 closes an open socket 5
                QVERIFY(b.openUdpClient(id));
        };
        const char *closed = "a closed socket is announced after the [OK] (transcript 35; "
                             "decision 23)";
        r.expect[0] = bytes("[OK]\r\n\r\n[DISCONNECT 5]\r\n", closed);
        QByteArray all = "[OK]\r\n";
        for (int id = 0; id < 5; ++id)
            all += "\r\n[DISCONNECT " + num(id) + "]\r\n";
        r.expect[1] = bytes(all, closed);
        r.expect[2] = bytes("Number of Sockets : 0 (SCID/Socket/Mode/Remote/Local/DataMode)\r\n"
                            "[OK]\r\n",
                            "the manual prints the format with placeholders; after AT+SMGMT=ALL "
                            "no socket is left, so no row (rows: decision 23)");
    }
    const Hook twoSockets = [](Bench &b) {
        joined(b);
        QVERIFY(b.openTcpClient(0));
        QVERIFY(b.openUdpClient(1));
        QTRY_COMPARE(b.tcp.connections(), 1);
        b.subs = {{"192.168.0.100", "127.0.0.1"}, {"5000", num(b.udp.port())}};
    };
    {
        Row &r = rows[QStringLiteral("17-ssend")];
        r.world = example;
        r.setup = twoSockets;
        const char *prompt = "the firmware prompts '[<id>,...,<n>]' before it reads the payload "
                             "(WIZnet's drivers wait for it; transcript 18)";
        r.expect[0] = bytes("[0,,,3]\r\n", prompt);
        r.expect[2] = bytes("[1,192.168.0.100,5000,10,50000]\r\n", prompt);
        r.after[1] = [](Bench &b) { QTRY_COMPARE(b.tcp.received(), QByteArray("abc")); };
        r.after[3] = [](Bench &b) { QTRY_COMPARE(b.udp.received(), QByteArray("0123456789")); };
    }
    {
        Row &r = rows[QStringLiteral("18-ssend-prompt")];
        r.world = example;
        r.setup = twoSockets;
        r.after[1] = [](Bench &b) { QTRY_COMPARE(b.tcp.received(), QByteArray("hello")); };
        r.after[3] = [](Bench &b) { QTRY_COMPARE(b.udp.received(), QByteArray("[OK]{0,}\r\n")); };
    }
    rows[QStringLiteral("19-sdata-sform")].expect[5] =
        bytes("111111111,7B,2C,7D,0D,0A\r\n[OK]\r\n",
              "that line is the WizFi250 firmware's (no CR LF, lower case); the WizFi310 manual "
              "prints the value on its own line");
    {
        Row &r = rows[QStringLiteral("20-receive")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            QVERIFY(b.openTcpClient(0));
            QTRY_COMPARE(b.tcp.connections(), 1);
            b.subs = {{"192.168.0.216", "127.0.0.1"}, {"59834", num(b.tcp.port())}};
        };
        r.before[0] = [](Bench &b) {
            b.mark();
            b.tcp.send("hello");
        };
    }
    {
        Row &r = rows[QStringLiteral("21-receive-binary")];
        r.world = example;
        r.setup = [](Bench &b) {
            QVERIFY(b.ok("AT+WNET=0,192.168.0.50,255.255.255.0,192.168.0.1"));
            joined(b);
            QVERIFY(b.openTcpClient(0));
            b.port1 = freeUdpPort();
            QVERIFY(b.openUdpClient(1, b.port1));
            QTRY_COMPARE(b.tcp.connections(), 1);
            b.subs = {{"192.168.0.100", "127.0.0.1"},
                      {"7000", num(b.udp.port())},
                      {"192.168.0.216", "127.0.0.1"},
                      {"59834", num(b.tcp.port())}};
        };
        r.before[0] = [](Bench &b) {
            b.mark();
            b.udp.sendTo(b.port1, QByteArray("[OK]\r\n{x}\0\xff", 11));
        };
        r.after[1] = [](Bench &b) {
            QVERIFY(b.waitFor("[OK]\r\n", b.window));
            b.tcp.send("\r\n\r\n");
        };
        r.expect[1] = bytes("IF/SSID/IP-Addr/Gateway/MAC/TxPower(dBm)/RSSI(-dBm)\r\n"
                            "STA/WizFiAP/192.168.0.50/192.168.0.1/00:08:DC:11:22:33//48\r\n"
                            "[OK]\r\n{0,192.168.0.216,59834,4}\r\n\r\n\r\n",
                            "the module writes AT+WSTAT's answer at once, so data arriving "
                            "meanwhile follows it; TxPower empty (decision 10); a header with a "
                            "host name is a parser case the module never prints");
    }
    {
        Row &r = rows[QStringLiteral("22-sopt")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            QVERIFY(b.openTcpClient(0));
        };
    }

    // ---- management ----
    // The manual's "..." for the profile values.
    rows[QStringLiteral("23-mprof")].normalise =
        regexNormaliser(QStringLiteral("^\\+([A-Z]+)=.*\\r$"), QStringLiteral("+\\1=...\r"));
    {
        Row &r = rows[QStringLiteral("24-reset")];
        r.expect[0] = appended(kBanner, "the firmware reboots after AT+MFDEF=FR (decision 18)");
        r.expect[1] = prepended("AT+MRESET\r\n", "the factory profile has echo on (AT+MECHO "
                                                 "default 1), so the next line is echoed");
        r.after[1] = [](Bench &b) {
            QVERIFY(b.waitFor(kBanner, b.window));
            b.module.restart(); // a reset not by the user
        };
    }
    {
        Row &r = rows[QStringLiteral("25-management")];
        r.world = example;
        r.normalise = regexNormaliser(QStringLiteral("(^AT[^\\r\\n]*: [^\\r\\n]*\\r\\n)+"),
                                      QStringLiteral("...\r\n"));
        r.before[7] = joined; // power save needs a station link
        r.expect[8] = bytes("1,0\r\n[OK]\r\n", "the manual lists <Status> but prints only [OK]; "
                                               "the firmware prints <status>,<delay> "
                                               "(decision 19)");
    }
    {
        Row &r = rows[QStringLiteral("26-uart-custom-air")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b); // the Air Command socket opens on a network
            b.subs = {{"50001", num(freeTcpPort())}};
        };
    }
    {
        Row &r = rows[QStringLiteral("27-event-settings")];
        r.expect[5] = bytes("000000000000\r\n[OK]\r\n",
                            "the manual's examples stand alone; after AT+MEVTFORM=000000000000 "
                            "the query reports that value");
        r.expect[6] = bytes("[ERROR]\r\n", "no firmware image to replace, no XMODEM receiver "
                                           "(Not available)");
    }
    rows[QStringLiteral("28-events-full")] = eventsRow(false);
    rows[QStringLiteral("29-events-short")] = eventsRow(true);

    // ---- functions ----
    {
        Row &r = rows[QStringLiteral("30-ping-dns")];
        r.world = [] {
            World w = exampleWorld();
            w.dnsNames.insert(QStringLiteral("www.google.com"), QHostAddress::LocalHost);
            return w;
        };
        r.setup = [](Bench &b) {
            joined(b);
            b.subs = {{"192.168.0.10", "127.0.0.1"}, {"142.250.196.100", "127.0.0.1"}};
        };
        r.normalise = regexNormaliser(QStringLiteral("Ping Reply :  \\d+ ms"),
                                      QStringLiteral("Ping Reply :  N ms"));
    }
    {
        Row &r = rows[QStringLiteral("31-gpio-adc-fsock-fota")];
        r.world = [] {
            // The manual's board: GPIOB 3 and GPIOC 4, and an ADC reading 1697.
            World w = exampleWorld();
            WorldGpioPin p3;
            p3.pin = 3;
            p3.name = QStringLiteral("GPIOB3");
            WorldGpioPin p4;
            p4.pin = 4;
            p4.name = QStringLiteral("GPIOC4");
            w.gpio = {p3, p4};
            WorldAdcChannel adc;
            adc.channel = 0;
            adc.signal = WorldAdcChannel::Signal::Constant;
            adc.min = 1697.0 / 4095.0 * adc.fullScale;
            w.adc = {adc};
            return w;
        };
        r.setup = joined; // AT+FOTA needs a network
        r.expect[3] = bytes("1\r\n[OK]\r\n", "the manual's read example stands alone; after "
                                             "AT+FGPIO=3,3,1 the pin reads high");
        r.expect[10] = bytes("[ERROR]\r\n", "no OTA tool server in the simulated network (Not "
                                            "available)");
    }

    // ---- MQTT, GMMP, ThingPlug ----
    {
        Row &r = rows[QStringLiteral("32-mqtt")];
        r.world = example;
        r.setup = [](Bench &b) {
            QVERIFY(b.startBroker());
            QVERIFY(b.startWatcher({QStringLiteral("wiznet/temp")}));
            joined(b);
            b.subs = {{"192.168.1.229", "127.0.0.1"}, {"1883", num(b.broker->port())}};
        };
        r.expect[4] = bytes("[3]\r\n", "the manual shows '<Length>'; the firmware prompts "
                                       "'[<len>]' (transcript 33)");
        r.expect[5] = appended("{Q,wiznet/temp,,3}25C\r\n",
                               "the module subscribed to wiznet/temp just before, so the broker "
                               "delivers the message back to it");
        r.after[5] = [](Bench &b) { QTRY_COMPARE(b.watched, QByteArray("wiznet/temp=25C;")); };
        r.expect[9] = bytes("[ERROR]\r\n", "the simulated broker speaks plain MQTT only: no TLS "
                                           "(Not available)");
    }
    {
        Row &r = rows[QStringLiteral("33-mqtt-firmware")];
        r.world = example;
        r.setup = [](Bench &b) {
            QVERIFY(b.startBroker());
            QVERIFY(b.startWatcher({QStringLiteral("wiznet/temp")}));
            joined(b);
            QVERIFY(b.command("AT+MQTTCON=1,127.0.0.1," + num(b.broker->port()) + ",0")
                        .endsWith("[OK]\r\n"));
            QVERIFY(b.ok("AT+MQTTSUB=1,wiznet/cmd"));
            QVERIFY(b.ok("AT+MQTTSUB=1,+/c")); // "a,b}/c": a ',' cannot be typed in AT+MQTTSUB
        };
        r.after[1] = [](Bench &b) {
            QVERIFY(b.waitFor("[OK]\r\n", b.window));
            QTRY_COMPARE(b.watched, QByteArray("wiznet/temp=23.5;"));
            b.watcher->publish(QStringLiteral("wiznet/cmd"), "on", 0, false);
            QVERIFY(b.waitFor("on\r\n", b.window));
            b.watcher->publish(QStringLiteral("a,b}/c"), "[OK]", 0, false);
        };
    }
    {
        Row &r = rows[QStringLiteral("34-gmmp-thingplug")];
        r.world = example;
        r.setup = joined;
        const char *why = "SK Telecom's GMMP and ThingPlug servers are not in the simulated "
                          "network (Not available)";
        for (int i : {0, 2, 3, 4, 5, 6, 7, 8})
            r.expect[i] = bytes("[ERROR]\r\n", why);
    }

    // ---- the WizFi250 guide's socket examples with WizFi310 prompts ----
    {
        Row &r = rows[QStringLiteral("35-tcp-client-command-mode")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            b.subs = {{"192.168.12.23", "127.0.0.1"},
                      {"5001", num(freeTcpPort())},
                      {"5000", num(b.tcp.port())}};
        };
        r.after[2] = [](Bench &b) {
            QTRY_COMPARE(b.tcp.received(), QByteArray("Hello"));
            b.tcp.send("Hi WizFi250");
        };
    }
    {
        Row &r = rows[QStringLiteral("36-tcp-server-command-mode")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            b.port1 = freeTcpPort();
            b.subs = {{"5000", num(b.port1)}};
        };
        r.after[1] = [](Bench &b) {
            QVERIFY(b.waitFor("[LISTEN 0]", b.window));
            b.client.connectToHost(QHostAddress::LocalHost, b.port1);
            QVERIFY(b.client.waitForConnected(3000));
            QVERIFY(b.waitFor("[CONNECT 0]", b.window));
            b.client.write("ping");
            b.subs << qMakePair(QByteArray("192.168.0.50"), QByteArray("127.0.0.1"))
                   << qMakePair(QByteArray("51234"), num(b.client.localPort()));
        };
        r.after[3] = [](Bench &b) {
            QByteArray got;
            QTRY_VERIFY((got += b.client.readAll()) == "pong");
            b.client.disconnectFromHost();
        };
        r.expect[3] = appended("\r\n[LISTEN 0]\r\n",
                               "the server listens again after its peer left, and AT+MEVTMSG=1 "
                               "announces it (decision 20)");
    }
    {
        Row &r = rows[QStringLiteral("37-udp-command-mode")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            b.port1 = freeUdpPort();
            b.subs = {{"192.168.12.23", "127.0.0.1"},
                      {"5001", num(b.udp.port())},
                      {"5000", num(freeUdpPort())},
                      {"6000", num(b.port1)}};
        };
        r.after[2] = [](Bench &b) { QTRY_COMPARE(b.udp.received(), QByteArray("Hello")); };
        r.after[3] = [](Bench &b) {
            QVERIFY(b.waitFor("[CONNECT 1]", b.window));
            b.udp.sendTo(b.port1, "Hi WizFi250");
        };
        r.after[5] = [](Bench &b) { QTRY_COMPARE(b.udp.received(), QByteArray("HelloHello")); };
    }
    {
        Row &r = rows[QStringLiteral("38-data-mode")];
        r.world = example;
        r.setup = [](Bench &b) {
            joined(b);
            b.subs = {{"192.168.0.100", "127.0.0.1"}, {"5000", num(b.tcp.port())}};
        };
        r.after[0] = [](Bench &b) {
            QVERIFY(b.waitFor("[CONNECT 0]", b.window));
            QTRY_COMPARE(b.tcp.connections(), 1);
            b.tcp.send("hello from the peer\r\n");
            QVERIFY(b.waitFor("peer\r\n", b.window));
            b.tcp.closeConnections();
        };
    }
    return rows;
}

const QMap<QString, Row> &rows()
{
    static const QMap<QString, Row> r = buildRows();
    return r;
}

} // namespace

class TstWizfi310ManualExamples : public QObject
{
    Q_OBJECT
private slots:
    void everyTranscriptHasARow()
    {
        const QStringList files =
            QDir(transcriptDir()).entryList({QStringLiteral("*.transcript")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QStringList names;
        for (const QString &f : files)
            names << f.chopped(int(qstrlen(".transcript")));
        QCOMPARE(names, rows().keys());
    }

    void example_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : rows().keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    // The transcript's host lines, one at a time, each followed by a wait until the module has
    // said what the transcript says it says (or 3 s) and a short quiet period: then its bytes
    // must be the transcript's, normalised.
    void example()
    {
        QFETCH(QString, name);
        const Row &row = rows()[name];
        const QList<Step> steps = loadSteps(name);
        QVERIFY(!steps.isEmpty());

        Bench b(row.world ? row.world() : World::defaultWorld());
        b.module.powerOn();
        QVERIFY(b.waitFor(kBanner, 0));
        if (row.echoOff)
            QVERIFY(b.command("AT+MECHO=0").endsWith("[OK]\r\n"));
        if (row.setup)
            row.setup(b);
        if (QTest::currentTestFailed())
            return;
        const auto normalise = [&row](const QByteArray &bytes) {
            return row.normalise ? row.normalise(bytes) : bytes;
        };

        for (int i = 0; i < steps.size(); ++i) {
            const Step &s = steps.at(i);
            if (row.notReplayable.contains(i)) {
                qInfo("%s line %d not replayable: %s", qPrintable(name), s.line,
                      row.notReplayable.value(i));
                continue;
            }
            b.window = -1;
            if (row.before.contains(i))
                row.before.value(i)(b);
            if (QTest::currentTestFailed())
                return;
            if (b.window < 0)
                b.mark();
            if (!s.host.isEmpty())
                b.write(substitute(s.host, b.subs));
            if (row.after.contains(i))
                row.after.value(i)(b);
            if (QTest::currentTestFailed())
                return;
            const Expect e = row.expect.value(i);
            const QByteArray expected =
                normalise(substitute(e.bytes ? e.bytes(s.expected) : s.expected, b.subs));
            const auto got = [&] { return normalise(b.received.mid(b.window)); };
            (void)QTest::qWaitFor([&] { return got() == expected; }, 3000);
            QTest::qWait(i + 1 == steps.size() ? 150 : 30); // and nothing more follows
            if (got() != expected) {
                qWarning("%s line %d: %s%s%s", qPrintable(name), s.line,
                         Transcript::escape(s.host).constData(), e.bytes ? " -- written out: " : "",
                         e.reason);
                QCOMPARE(Transcript::escape(got()), Transcript::escape(expected));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstWizfi310ManualExamples)
#include "tst_wizfi310manualexamples.moc"
