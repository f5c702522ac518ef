// The Air602 manual's example sessions (tests/data/air602/*.transcript), played to the virtual
// module as a serial client would play them: every host line goes in as printed, and what the
// module sends back must be the manual's bytes. Each example runs in a world shaped like it
// (tests/data/air602/worlds/: the manual's MACs, networks, DHCP lease); the manual's remote hosts
// are loopback peers (TCP peers, an HTTP server, a mosquitto broker) whose addresses and ports
// are swapped for the manual's before comparing. Where the manual's example cannot be right, the
// bytes the module must send are written out here with the reason (also in
// docs/virtual-module/air602.md).
#include "sim/air602/Air602Module.h"
#include "support/DialectExamples.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "transport/PipeTransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <iterator>
#include <memory>
#include <vector>

namespace {

constexpr int AnswerMs = 3000; // the slowest answer (a failing join) takes 500 ms
constexpr int QuietMs = 100;   // after the last answer: nothing more may come

// The module with its sockets in view, so that the test knows when a peer's bytes have reached it.
class ProbedModule : public Air602Module
{
public:
    using Air602Module::Air602Module;
    SimSockets &simSockets() { return sockets(); }
};

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QByteArray num(int v)
{
    return QByteArray::number(v);
}

// The web server of an AT+HTTPC example: answers every request with `body`, then closes.
class HttpPeer : public QObject
{
public:
    explicit HttpPeer(const QByteArray &body)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this, body] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [s, body] {
                    s->setProperty("request", s->property("request").toByteArray() + s->readAll());
                    if (!s->property("request").toByteArray().contains("\r\n\r\n"))
                        return;
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: " + num(int(body.size())) +
                             "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

// One example played to the module through a pipe, with what the example presupposes.
class Replay
{
public:
    struct Step
    {
        bool fromHost = false;
        QByteArray bytes;             // the manual's bytes (a correction already applied)
        std::function<void()> action; // runs once everything before this step has arrived
        QByteArray stop;              // not replayable from here on: why
    };

    explicit Replay(const QString &worldFile)
    {
        QString error;
        const auto w = World::fromFile(DialectExamples::dataDir(QStringLiteral("air602")) +
                                           QStringLiteral("/worlds/") + worldFile,
                                       &error);
        if (!w)
            qFatal("%s: %s", qPrintable(worldFile), qPrintable(error));
        world = *w;
    }

    // Editable until boot().
    World world;
    // The TCP server standing in for the manual's remote host (does not echo).
    TcpPeerServer pc{false};
    // A free port for the module's end of a socket, where the example names one.
    const QByteArray localPort = num(freePort());

    void boot()
    {
        if (m_module)
            return;
        auto [a, b] = PipeTransport::createPair(QStringLiteral("air602 manual example"));
        m_host = std::move(a);
        m_end = std::move(b);
        m_host->open();
        m_end->open();
        m_module = std::make_unique<ProbedModule>(world);
        m_module->attach(m_end.get());
        QObject::connect(m_host.get(), &Transport::received, m_host.get(),
                         [this](const QByteArray &bytes) { m_received += bytes; });
        QObject::connect(&m_module->simSockets(), &SimSockets::dataReceived, m_host.get(),
                         [this](int, const QByteArray &bytes) { m_fromPeers += bytes.size(); });
    }

    // What the example presupposes but does not show (a joined network, an open socket): sent
    // before or between its lines; the answer is returned and kept out of the comparison.
    QByteArray aside(const QByteArray &command)
    {
        boot();
        const qsizetype start = m_received.size();
        m_host->write(command);
        (void)QTest::qWaitFor(
            [&] { return m_received.size() > start && m_received.endsWith("\r\n\r\n"); }, AnswerMs);
        const QByteArray answer = m_received.mid(start);
        m_received.truncate(start);
        return answer;
    }

    // A value of the test's peers in the place of the manual's: host lines carry `actual`, and
    // the module's bytes are compared with `actual` turned back into `manual`.
    void swap(const QByteArray &manual, const QByteArray &actual)
    {
        m_swaps.push_back({manual, actual});
    }

    // The manual's answer to `hostLine` cannot be right: the module must send `expected` in the
    // place of the transcript entry `manual`, because `why`.
    void correct(const QByteArray &hostLine, const QByteArray &manual, const QByteArray &expected,
                 const char *why)
    {
        m_corrections.push_back({hostLine, manual, expected, why, false});
    }

    // Run `action` before the `occurrence`-th transcript entry that begins with `prefix`, once
    // everything before that entry has arrived.
    void before(const QByteArray &prefix, std::function<void()> action, int occurrence = 1)
    {
        m_hooks.push_back({prefix, occurrence, std::move(action), {}});
    }
    // The example cannot be replayed from that entry on, because `why`.
    void stopBefore(const QByteArray &prefix, const char *why, int occurrence = 1)
    {
        m_hooks.push_back({prefix, occurrence, {}, why});
    }
    // Run `action` after the last entry has been compared.
    void finally(std::function<void()> action) { m_finally = std::move(action); }

    // The transcript as steps, with corrections and hooks in place.
    QList<Step> script(const QList<TranscriptEntry> &entries)
    {
        QList<Step> steps;
        QByteArray lastHostLine;
        for (const TranscriptEntry &e : entries) {
            Step s{e.direction == TranscriptEntry::Direction::ToModule, e.bytes, {}, {}};
            if (s.fromHost) {
                lastHostLine = e.bytes;
            } else {
                for (Correction &c : m_corrections) {
                    if (!c.used && c.hostLine == lastHostLine && c.manual == e.bytes) {
                        s.bytes = c.expected;
                        c.used = true;
                        break;
                    }
                }
            }
            for (Hook &h : m_hooks) {
                if (h.occurrence > 0 && s.bytes.startsWith(h.prefix) && --h.occurrence == 0) {
                    s.action = h.action;
                    s.stop = h.stop;
                }
            }
            steps << s;
        }
        return steps;
    }
    // Corrections and hooks that found no entry (a transcript changed under the test).
    QStringList unused() const
    {
        QStringList out;
        for (const Correction &c : m_corrections) {
            if (!c.used)
                out << QStringLiteral("correction (%1)").arg(QLatin1String(c.why));
        }
        for (const Hook &h : m_hooks) {
            if (h.occurrence > 0)
                out << QStringLiteral("hook before %1").arg(QString::fromLatin1(h.prefix));
        }
        return out;
    }

    void send(const QByteArray &manualBytes)
    {
        QByteArray bytes = manualBytes;
        for (const auto &[manual, actual] : m_swaps)
            bytes.replace(manual, actual);
        m_host->write(bytes);
    }
    // The module's bytes so far, the peers' values swapped for the manual's.
    QByteArray output() const
    {
        QByteArray bytes = m_received;
        for (const auto &[manual, actual] : m_swaps)
            bytes.replace(actual, manual);
        return bytes;
    }
    // Wait until the module has sent `expected` (or the time is up).
    void waitFor(const QByteArray &expected)
    {
        (void)QTest::qWaitFor([&] { return output() == expected; }, AnswerMs);
    }
    std::function<void()> finalAction() const { return m_finally; }
    qint64 bytesFromPeers() const { return m_fromPeers; }

    // Objects the example needs for its length (peers, a second MQTT client).
    template <typename T> T &keep(std::unique_ptr<T> object)
    {
        T &ref = *object;
        m_kept.push_back(std::move(object));
        return ref;
    }
    MosquittoBroker &broker()
    {
        if (!m_broker)
            m_broker = std::make_unique<MosquittoBroker>();
        return *m_broker;
    }

private:
    struct Correction
    {
        QByteArray hostLine;
        QByteArray manual;
        QByteArray expected;
        const char *why;
        bool used;
    };
    struct Hook
    {
        QByteArray prefix;
        int occurrence;
        std::function<void()> action;
        QByteArray stop;
    };

    std::unique_ptr<MosquittoBroker> m_broker; // outlives its clients
    std::vector<std::unique_ptr<QObject>> m_kept;
    std::unique_ptr<PipeTransport> m_host;
    std::unique_ptr<PipeTransport> m_end;
    std::unique_ptr<ProbedModule> m_module;
    QByteArray m_received;
    qint64 m_fromPeers = 0;
    std::vector<std::pair<QByteArray, QByteArray>> m_swaps;
    std::vector<Correction> m_corrections;
    std::vector<Hook> m_hooks;
    std::function<void()> m_finally;
};

// ---- what each example presupposes ----

void nothing(Replay &) {}

// §2.2.3.4: the module has joined TP-LINK_HyFi_1E (open) and holds the lease 192.168.1.109.
void joined(Replay &r)
{
    QVERIFY(r.aside("AT+SSID=TP-LINK_HyFi_1E\r").startsWith("+OK"));
    QVERIFY(r.aside("AT+WJOIN\r").startsWith("+OK="));
}

// A TCP socket (number 1) to the test's peer, which the example's socket stands for.
void joinedWithSocket(Replay &r)
{
    joined(r);
    QCOMPARE(r.aside("AT+SKCT=0,0,127.0.0.1," + num(r.pc.port()) + "\r"),
             QByteArray("+OK=1\r\n\r\n"));
}

void waitForPeerBytes(Replay &r, qint64 total)
{
    QTRY_VERIFY_WITH_TIMEOUT(r.bytesFromPeers() >= total, AnswerMs);
}

// §2.1.1.2 example 3 sets stop-bit code 1, which §2.2.2.20's table marks "not support".
void uartExample(Replay &r)
{
    r.correct("AT+UART=9600,1,1,0\r", "+OK\r\n\r\n", "+ERR=-4\r\n\r\n",
              "§2.2.2.20: stop bit 1 is \"not support\"; a parameter the module refuses");
}

// §2.2.1.4: the recipe begins with AT+E, which switches echo off only when it was on; the SSID
// (with the manual's stray spaces) was set before.
void transparentRecipe(Replay &r)
{
    QVERIFY(r.aside("AT+SSID=TP-LINK_ Luat_AP \r").startsWith("+OK"));
    QVERIFY(r.aside("AT+E\r").startsWith("+OK"));
    r.correct("AT+E\r", "+OK\r\n\r\n", "AT+E\r\n+OK\r\n\r\n",
              "echo is still on while AT+E arrives: its own line is echoed");
    r.swap(" 36.7.87.76,1000,2000", " 127.0.0.1," + num(r.pc.port()) + ',' + r.localPort);
}

void resolveHost(Replay &r)
{
    r.world.accessPoints[0].rssi = -49;
    QVERIFY(r.aside("AT+SSID=TP-LINK_HyFi_1E\r").startsWith("+OK"));
    // www.baidu.com is a loopback name in the world: the address is the peer's.
    r.swap("+OK=\"115.239.211.112\"", "+OK=\"127.0.0.1\"");
}

void staIpConfig(Replay &r)
{
    r.world.accessPoints[0].rssi = -59;
    r.world.dhcp.first = r.world.dhcp.last = QHostAddress(QStringLiteral("192.168.1.124"));
}

// §2.2.3.9 follows §2.2.3.8: the soft AP Luat_TEST_AP is up.
void stationList(Replay &r)
{
    for (const QByteArray &c : {QByteArray("AT+WPRT=2\r"), QByteArray("AT+APSSID=Luat_TEST_AP\r"),
                                QByteArray("AT+APENCRY=1\r"),
                                QByteArray("AT+APKEY=1,1,\"12345\"\r"), QByteArray("AT+WJOIN\r")})
        QVERIFY(r.aside(c).startsWith("+OK"));
    r.stopBefore("AT+SLIST", "a phone joining the soft AP: the world has no stations", 2);
}

void socketCreate(Replay &r)
{
    joined(r);
    r.swap("180.97.81.180,51950,37189", "127.0.0.1," + num(r.pc.port()) + ',' + r.localPort);
}

void socketSend(Replay &r)
{
    joinedWithSocket(r);
    r.correct("AT+SKSND=1,5\r", "+OK=1\r\n\r\n", "+OK=5\r\n\r\n",
              "§2.2.3.11 answers actualsize 1 to a 5-byte request that it then takes whole");
    r.finally([&r] { QTRY_COMPARE(r.pc.received(), QByteArray("abcde")); });
}

// The data is waiting on socket 2.
void socketReceive(Replay &r)
{
    joinedWithSocket(r);
    QCOMPARE(r.aside("AT+SKCT=0,0,127.0.0.1," + num(r.pc.port()) + "\r"),
             QByteArray("+OK=2\r\n\r\n"));
    QTRY_COMPARE(r.pc.connections(), 2);
    r.pc.send("HELLO WIFI MODULE"); // to the newest connection: socket 2
    waitForPeerBytes(r, 17);
}

void socketStatus(Replay &r)
{
    joined(r);
    const QByteArray peer = num(r.pc.port());
    QCOMPARE(r.aside("AT+SKCT=0,0,127.0.0.1," + peer + ',' + r.localPort + "\r"),
             QByteArray("+OK=1\r\n\r\n"));
    r.swap("\"36.7.87.100\",6100,59749,", "\"127.0.0.1\"," + peer + ',' + r.localPort + ',');
}

void sourceIp(Replay &r)
{
    joinedWithSocket(r);
    r.pc.send("hello");
    waitForPeerBytes(r, 5);
    r.swap("+OK=36.7.87.106\r", "+OK=127.0.0.1\r");
}

void mqttUsage(Replay &r)
{
    QVERIFY(r.broker().start());
    const quint16 port = r.broker().port();
    r.swap("AT+MSERVER=1883,120.55.137.106", "AT+MSERVER=" + num(port) + ",127.0.0.1");
    // The other client whose message on HELLO_WORLD the example receives.
    SimMqtt &other = r.keep(std::make_unique<SimMqtt>());
    QSignalSpy up(&other, &SimMqtt::connected);
    SimMqtt::Options o;
    o.port = port;
    o.clientId = QStringLiteral("other-client");
    QVERIFY(other.connectToBroker(o));
    QTRY_COMPARE(up.size(), 1);
    r.before("+MTOPIC:", [&other] {
        QVERIFY(other.publish(QStringLiteral("HELLO_WORLD"), "12345_test", 0, false) >= 0);
    });
    r.correct("AT+MSUB=HELLO_WORLD\r", "+OK\r\n\r\n", "+OK\r\n\r\n+MSUB:OK\r\n",
              "§2.2.4.5: the subscription's result follows its +OK; the example leaves it out");
    r.correct("AT+MPUB=Fred,0,0,888AAA\r", "+MTOPIC:11, HELLO_WORLD\r\n",
              "+MTOPIC:11,HELLO_WORLD\r\n",
              "§2.2.4.7's format has no space after the comma; 11 counts HELLO_WORLD without it");
}

void mqttResults(Replay &r)
{
    QVERIFY(r.broker().start());
    r.world.mqttPort = r.broker().port();
    // The first AT+MCONNECT fails for want of a network; the second finds one.
    r.before(
        "AT+MCONNECT", [&r] { joined(r); }, 2);
    r.correct("AT+MPUB=HELLO_WORLD,1,0,888AAA\r", "+MPUB:-3\r\n",
              "+MTOPIC:11,HELLO_WORLD\r\n+MQD:6,888AAA\r\n+MPUB:OK\r\n",
              "a real broker delivers the message to its subscriber (the module itself) and then "
              "acknowledges it (-3 needs a broker that never does)");
}

void scanAndJoin(Replay &r)
{
    r.correct("AT+WSCAN\r", "+OK\r\n\r\n", "+OK=3C46D82BD81E,2,6,1,\"TEST_AP\",48\r\n\r\n",
              "the scan the transcript assumes empty finds TEST_AP, which the example then joins");
}

void socketWalkthrough(Replay &r)
{
    joined(r);
    const QByteArray peer = num(r.pc.port());
    r.swap("192.168.1.100,1000,1000", "127.0.0.1," + peer + ',' + r.localPort);
    r.swap("\"192.168.1.100\",1000,1000,", "\"127.0.0.1\"," + peer + ',' + r.localPort + ',');
    r.before("AT+SKRCV=1,5", [&r] {
        QTRY_COMPARE(r.pc.received(), QByteArray("kevin"));
        r.pc.send("hello"); // "Enter hello on the TCP Debugging Assistant interface"
        waitForPeerBytes(r, 5);
    });
    r.correct("AT+SKSTT=1\r", "+OK=1,2,\"192.168.1.100\",1000,1024,0\r\n\r\n",
              "+OK=1,2,\"192.168.1.100\",1000,1000,0\r\n\r\n",
              "the socket was opened with local port 1000; the manual prints 1024");
}

void activeReport(Replay &r)
{
    joinedWithSocket(r);
    r.swap(",192.168.1.100,5000\r", ",127.0.0.1," + num(r.pc.port()) + '\r');
    r.before("+SKTRPT=1,5,", [&r] { r.pc.send("hello"); });
    r.before("+SKTRPT=1,12,", [&r] { r.pc.send("+OK=3\r\n\r\nhi\n"); });
}

void httpClient(Replay &r)
{
    joined(r);
    HttpPeer &web = r.keep(std::make_unique<HttpPeer>("HTTP/1.1 200 OK\r\n"));
    r.swap("http://example.com/", "http://example.com:" + num(web.port()) + '/');
}

void tcpServer(Replay &r)
{
    joined(r);
    const QByteArray port = num(freePort());
    r.swap("=0,1,120,6000,6000", "=0,1,120," + port + ',' + port);
    r.swap(",0,6000,0\r\n", ",0," + port + ",0\r\n");
    QTcpSocket &client = r.keep(std::make_unique<QTcpSocket>());
    r.before("AT+SKSTT=1", [&r, &client, port] {
        client.connectToHost(QHostAddress::LocalHost, quint16(port.toUInt()));
        QVERIFY(client.waitForConnected(AnswerMs));
        client.write("line1\r\n+OK\r\n");
        waitForPeerBytes(r, 12);
        r.swap("\"192.168.1.50\",53011,6000,",
               "\"127.0.0.1\"," + num(client.localPort()) + ',' + port + ',');
    });
    r.before("AT+SKCLS=2", [&client] {
        QByteArray got;
        QTRY_COMPARE((got += client.readAll()), QByteArray("hi"));
    });
}

struct Example
{
    const char *name;
    const char *world;
    void (*stage)(Replay &);
};

const Example Examples[] = {
    {"01-null-operation", "manual.json", nothing},
    {"02-error-reply", "manual.json", nothing},
    {"03-parameter-operators", "manual.json", uartExample},
    {"04-system-reset", "manual.json", nothing},
    {"05-echo-toggle", "manual.json", nothing},
    {"06-transparent-mode-recipe", "luat-ap.json", transparentRecipe},
    {"07-energy-saving", "manual.json", nothing},
    {"08-factory-reset", "manual.json", nothing},
    {"09-save-to-flash", "manual.json", nothing},
    {"10-identity", "manual.json", nothing},
    {"11-network-type", "manual.json", nothing},
    {"12-sta-ip-config", "hyfi.json", staIpConfig},
    {"13-softap-ip-and-dns", "manual.json", nothing},
    {"14-automatic-mode-settings", "manual.json", nothing},
    {"15-ssid", "manual.json", nothing},
    {"16-security-and-keys", "manual.json", nothing},
    {"17-power-save", "manual.json", nothing},
    {"18-interface-mode", "manual.json", nothing},
    {"19-resolve-host", "hyfi.json", resolveHost},
    {"20-join", "hyfi.json", nothing},
    {"21-leave-and-link-status", "hyfi.json", nothing},
    {"22-scan", "scan.json", nothing},
    {"23-softap-status", "manual.json", nothing},
    {"24-station-list", "manual.json", stationList},
    {"25-socket-create", "hyfi.json", socketCreate},
    {"26-socket-send", "hyfi.json", socketSend},
    {"27-socket-receive", "hyfi.json", socketReceive},
    {"28-socket-status-and-close", "hyfi.json", socketStatus},
    {"29-source-ip-and-report-mode", "hyfi.json", sourceIp},
    {"30-oneshot", "manual.json", nothing},
    {"31-mqtt-usage", "hyfi.json", mqttUsage},
    {"32-mqtt-results", "hyfi.json", mqttResults},
    {"33-create-softap-process", "manual.json", nothing},
    {"34-scan-and-join-process", "test-ap.json", scanAndJoin},
    {"35-apsta-process", "test-ap.json", nothing},
    {"36-disconnect-and-status-process", "manual.json", nothing},
    {"37-socket-walkthrough", "hyfi.json", socketWalkthrough},
    {"38-automatic-mode-process", "manual.json", nothing},
    // Not in the manual: formats of Luat's firmware and the digest, which the module implements.
    {"39-sdk-active-report", "hyfi.json", activeReport},
    {"40-sdk-http-client", "hyfi.json", httpClient},
    {"41-tcp-server-status", "hyfi.json", tcpServer},
};

} // namespace

class TstAir602ManualExamples : public QObject
{
    Q_OBJECT

private slots:
    void everyTranscriptHasAnExample()
    {
        QStringList rows;
        for (const Example &e : Examples)
            rows << QString::fromLatin1(e.name);
        QCOMPARE(rows, DialectExamples::transcripts(QStringLiteral("air602")));
    }

    void manualExamples_data()
    {
        QTest::addColumn<int>("example");
        for (int i = 0; i < int(std::size(Examples)); ++i)
            QTest::newRow(Examples[i].name) << i;
    }

    void manualExamples()
    {
        QFETCH(int, example);
        const Example &ex = Examples[example];
        Replay r(QString::fromLatin1(ex.world));
        ex.stage(r);
        if (QTest::currentTestFailed())
            return;
        r.boot();
        const QList<Replay::Step> steps = r.script(DialectExamples::load(
            DialectExamples::dataDir(QStringLiteral("air602")) + QLatin1Char('/') +
            QLatin1String(ex.name) + QStringLiteral(".transcript")));
        QVERIFY(!steps.isEmpty());
        QVERIFY2(r.unused().isEmpty(), qPrintable(r.unused().join(QStringLiteral("; "))));

        QByteArray expected;
        for (const Replay::Step &s : steps) {
            if (s.fromHost || s.action || !s.stop.isEmpty()) {
                // The module has answered everything before this step.
                r.waitFor(expected);
                QCOMPARE(r.output(), expected);
            }
            if (!s.stop.isEmpty())
                QSKIP(s.stop.constData());
            if (s.action) {
                s.action();
                if (QTest::currentTestFailed())
                    return;
            }
            if (s.fromHost)
                r.send(s.bytes);
            else
                expected += s.bytes;
        }
        r.waitFor(expected);
        QCOMPARE(r.output(), expected);
        QTest::qWait(QuietMs);
        QCOMPARE(r.output(), expected);
        if (const auto last = r.finalAction())
            last();
    }
};

QTEST_GUILESS_MAIN(TstAir602ManualExamples)
#include "tst_air602manualexamples.moc"
