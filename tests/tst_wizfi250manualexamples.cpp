// Every example session of the WizFi250 Programmer's guide (tests/data/wizfi250/*.transcript)
// played to the virtual module, its bytes compared with the guide's. One row per transcript:
// the host lines go to the module through a pipe (the Air Command example over TCP), each after
// the module has answered the one before; the world is shaped like the example; loopback peers
// stand in for the guide's remote systems, and only their addresses and ports, and ping times,
// are normalised. Where the guide's bytes cannot be the module's (a typo, a placeholder, an
// older firmware's text, a decision recorded in docs/virtual-module/wizfi250.md), the row writes
// the module's bytes out as an edit of the transcript, with the reason.
#include "sim/wizfi250/Wizfi250Module.h"
#include "support/DialectExamples.h"
#include "support/LoopbackPeers.h"
#include "transport/PipeTransport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <map>
#include <memory>

namespace {

const QString Id = QStringLiteral("wizfi250");

// ---- reasons for the bytes written out (each also in docs/virtual-module/wizfi250.md) ----

const char *const Spacing = "IP Addr / Gateway: [F]'s 2 + 4 spaces; the guide's examples disagree";
const char *const Version = "banner and AT+MINFO: the module is 1.0.3.6 (the guide's event "
                            "table); each example shows the firmware it was taken from";
const char *const Prompt = "AT+SSEND prints [F]'s prompt [<id>,,,<n>] before it reads the bytes";
const char *const BlankLine = "no blank line before a receive header ([F]); the guide's layout";
const char *const OldHeader = "AT+SMGMT=? header: [F] dropped the Socket column (ID1020) from "
                              "rows and header together; the guide prints the old header";
const char *const EventFrame =
    "events are framed \\r\\n[...]\\r\\n (the event table); the guide drops the blank line";
const char *const NoWifiDirect = "no Wi-Fi Direct peer in the world: [ERROR] (doc)";
const char *const Reboot = "[F] reboots after the [OK]: the banner follows (doc)";
const char *const CloseEvent =
    "closing an open socket also prints [DISCONNECT x] (event table), before the [OK] (doc)";

// One difference between the transcript's module bytes and the module's. `at` names the host
// line the bytes follow (empty: anywhere); `count` is how often `manual` occurs there.
struct Edit
{
    QByteArray manual;
    QByteArray module;
    const char *why;
    QByteArray at = {};
    int count = 1;
};

// The guide's network: WizFiDemoAP, WPA2, key 12345678, the module at 192.168.12.13 by DHCP, the
// MAC of the Air Command example, GPIO1 an input the world holds low.
World exampleWorld()
{
    World w = World::defaultWorld();
    w.stationMac = "00:08:dc:00:55:76";
    WorldAccessPoint ap;
    ap.ssid = "WizFiDemoAP";
    ap.bssid = "00:08:dc:11:22:33";
    ap.channel = 6;
    ap.rssi = -45;
    ap.rssiJitter = 0;
    ap.security = WorldAccessPoint::Security::Wpa2Psk;
    ap.passphrase = "12345678";
    w.accessPoints = {ap};
    w.dhcp.first = QHostAddress(QStringLiteral("192.168.12.13"));
    w.dhcp.last = QHostAddress(QStringLiteral("192.168.12.99"));
    w.dhcp.gateway = QHostAddress(QStringLiteral("192.168.12.1"));
    w.gpio = {{1, QStringLiteral("GPIO1"), false, 0},
              {5, QStringLiteral("LED"), true, 0},
              {6, QStringLiteral("SWITCH"), false, 1}};
    return w;
}

WorldAccessPoint accessPoint(const QByteArray &ssid, const QByteArray &bssid, int channel, int rssi,
                             WorldAccessPoint::Security security, const QByteArray &key)
{
    WorldAccessPoint ap;
    ap.ssid = ssid;
    ap.bssid = bssid;
    ap.channel = channel;
    ap.rssi = rssi;
    ap.rssiJitter = 0;
    ap.security = security;
    ap.passphrase = key;
    return ap;
}

// A DHCP server that keeps the module's address (a reservation): the same lease after a reboot.
World reservedLease(const char *ip)
{
    World w = exampleWorld();
    w.dhcp.first = w.dhcp.last = QHostAddress(QString::fromLatin1(ip));
    return w;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The guide's SSL example server: answers one HTTP request with the transcript's bytes, then
// closes. Its certificate (tests/data/wizfi250/tls) is made trusted for this process.
class TlsPeer : public QObject
{
public:
    explicit TlsPeer(const QByteArray &reply)
        : m_reply(reply)
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
                    m_request += s->readAll();
                    if (m_request.endsWith("\r\n\r\n")) {
                        s->write(m_reply);
                        s->disconnectFromHost();
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray request() const { return m_request; }

private:
    QSslServer m_server;
    QByteArray m_reply;
    QByteArray m_request;
};

// The module on one end of a pipe, the test on the other, and the loopback peers. Host lines are
// rewritten for the peers (the guide's addresses and ports -> loopback and real ports) and the
// module's bytes normalised back.
class Replay
{
public:
    Replay(const World &world, const QByteArray &peerIp)
        : module(world)
        , m_peerIp(peerIp)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("wizfi250 examples"));
        m_host = std::move(a);
        m_end = std::move(b);
        m_host->open();
        m_end->open();
        module.attach(m_end.get());
        QObject::connect(m_host.get(), &Transport::received, m_host.get(),
                         [this](const QByteArray &bytes) {
                             (m_air ? serial : out) += bytes;
                             m_quiet.restart();
                         });
        m_quiet.start();
    }

    Wizfi250Module module;
    QByteArray out;    // what the host reads (serial, or the Air Command socket)
    QByteArray serial; // the serial line while the Air Command socket is the host
    QByteArray transcriptModuleBytes;

    // ---- peers and addresses ----

    // A TCP peer that stands for the guide's remote at `port`.
    TcpPeerServer &tcpPeer(const QByteArray &port, bool echo = false)
    {
        auto &p = m_tcp[port] = std::make_unique<TcpPeerServer>(echo);
        remote(port, p->port());
        return *p;
    }
    TcpPeerServer &tcp(const QByteArray &port) { return *m_tcp.at(port); }
    UdpPeer &udpPeer(const QByteArray &port, bool echo = false)
    {
        auto &p = m_udp[port] = std::make_unique<UdpPeer>(echo);
        remote(port, p->port());
        return *p;
    }
    UdpPeer &udp(const QByteArray &port) { return *m_udp.at(port); }
    TlsPeer &tlsPeer(const QByteArray &port, const QByteArray &reply)
    {
        m_tls = std::make_unique<TlsPeer>(reply);
        remote(port, m_tls->port());
        return *m_tls;
    }
    TlsPeer &tls() { return *m_tls; }
    // The module's own port `port` of the guide, a free one here.
    quint16 local(const QByteArray &port)
    {
        const quint16 real = freePort();
        m_local.insert(port, QByteArray::number(real));
        alias(real, port);
        return real;
    }
    quint16 localReal(const QByteArray &port) const
    {
        return quint16(m_local.value(port).toUInt());
    }
    // A client of the module's server at the guide's `serverPort`, shown as port `asPort`.
    QTcpSocket &client(const QByteArray &serverPort, const QByteArray &asPort, bool echo = false)
    {
        auto &c = m_clients[asPort];
        // The server starts listening just after its [OK]: a refused client tries again.
        (void)QTest::qWaitFor(
            [&] {
                c = std::make_unique<QTcpSocket>();
                c->connectToHost(QHostAddress::LocalHost, localReal(serverPort));
                return c->waitForConnected(200);
            },
            3000);
        if (c->localPort())
            alias(c->localPort(), asPort);
        if (echo) {
            QTcpSocket *s = c.get();
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
        }
        return *c;
    }
    void alias(quint16 real, const QByteArray &manual)
    {
        m_aliases << qMakePair(QByteArray::number(real), manual);
    }

    // The guide's host line with loopback peers: AT+SCON's remote IP / port and local port,
    // AT+SSEND's target, AT+MAIRCMD's port.
    QByteArray toModule(const QByteArray &line) const
    {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0 || !line.endsWith('\r'))
            return line;
        const QByteArray name = line.left(eq).toUpper();
        QList<QByteArray> f = line.mid(eq + 1).chopped(1).split(',');
        const auto map = [&f](int i, const QHash<QByteArray, QByteArray> &m) {
            if (i < f.size() && m.contains(f[i]))
                f[i] = m.value(f[i]);
        };
        if (name == "AT+SCON") {
            map(2, m_ip);
            map(3, m_remote);
            map(4, m_local);
        } else if (name == "AT+SSEND") {
            map(1, m_ip);
            map(2, m_remote);
        } else if (name == "AT+MAIRCMD") {
            map(2, m_local);
        } else {
            return line;
        }
        return line.left(eq + 1) + f.join(',') + '\r';
    }
    void mapIp(const QByteArray &manual) { m_ip.insert(manual, "127.0.0.1"); }

    // The module's bytes as the guide would show them: the peers' addresses and ports, and
    // ping times.
    QByteArray normalized(const QByteArray &bytes) const
    {
        QString s = QString::fromLatin1(bytes);
        static const QRegularExpression loopback(
            QStringLiteral("(?<![0-9.])127\\.0\\.0\\.1(?![0-9])"));
        s.replace(loopback, QString::fromLatin1(m_peerIp));
        for (const auto &[real, manual] : m_aliases) {
            const QRegularExpression port(QStringLiteral("(?<![0-9.])") +
                                          QString::fromLatin1(real) + QStringLiteral("(?![0-9])"));
            s.replace(port, QString::fromLatin1(manual));
        }
        static const QRegularExpression ping(QStringLiteral("Ping Reply : +[0-9]+ ms"));
        s.replace(ping, QStringLiteral("Ping Reply : <time> ms"));
        return s.toLatin1();
    }

    // ---- the host side ----

    void send(const QByteArray &bytes)
    {
        const QByteArray line = toModule(bytes);
        m_mark = out.size();
        m_quiet.restart();
        if (m_air)
            m_air->write(line);
        else
            m_host->write(line);
    }
    // Wait for `needle` in what the module said since the last host line.
    bool waitFor(const QByteArray &needle, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return out.indexOf(needle, m_mark) >= 0; }, ms);
    }
    // A host line of the scene: sent, answered with `until`, and kept out of the comparison.
    bool scene(const QByteArray &line, const QByteArray &until)
    {
        const qsizetype from = out.size();
        send(line);
        const bool ok = QTest::qWaitFor([&] { return out.indexOf(until, from) >= 0; }, 5000);
        QTest::qWait(30);
        out.truncate(from);
        return ok;
    }
    // Wait until the module has answered as expected, or has gone quiet for `quietMs`.
    bool settle(const QByteArray &expected, int quietMs)
    {
        const QByteArray want = normalized(expected);
        QElapsedTimer total;
        total.start();
        for (;;) {
            if (normalized(out) == want)
                return true;
            if (m_quiet.elapsed() > quietMs || total.elapsed() > quietMs + 15000)
                return false;
            QTest::qWait(5);
        }
    }
    // The Air Command server at the guide's port becomes the host.
    bool useAirCommand(const QByteArray &port)
    {
        m_air = std::make_unique<QTcpSocket>();
        QObject::connect(m_air.get(), &QTcpSocket::readyRead, m_air.get(), [this] {
            out += m_air->readAll();
            m_quiet.restart();
        });
        m_air->connectToHost(QHostAddress::LocalHost, localReal(port));
        return m_air->waitForConnected(3000);
    }

private:
    void remote(const QByteArray &port, quint16 real)
    {
        m_remote.insert(port, QByteArray::number(real));
        alias(real, port);
    }

    std::unique_ptr<PipeTransport> m_host;
    std::unique_ptr<PipeTransport> m_end;
    std::unique_ptr<QTcpSocket> m_air;
    QElapsedTimer m_quiet;
    qsizetype m_mark = 0;
    QByteArray m_peerIp;
    QHash<QByteArray, QByteArray> m_ip, m_remote, m_local; // guide -> loopback
    QList<QPair<QByteArray, QByteArray>> m_aliases;        // real port -> guide's
    std::map<QByteArray, std::unique_ptr<TcpPeerServer>> m_tcp;
    std::map<QByteArray, std::unique_ptr<UdpPeer>> m_udp;
    std::map<QByteArray, std::unique_ptr<QTcpSocket>> m_clients;
    std::unique_ptr<TlsPeer> m_tls;
};

using Hook = std::function<void(Replay &)>;

// How one transcript is played.
struct Example
{
    World world = exampleWorld();
    QByteArray peerIp = "192.168.12.23"; // the guide's remote system, played by loopback peers
    Hook setup;                          // peers and ports, before the scene
    QList<QPair<QByteArray, QByteArray>> scene;        // host line, the answer it waits for
    QHash<QByteArray, Hook> before, after;             // around the host line with these bytes
    QList<QPair<QByteArray, QByteArray>> placeholders; // the guide's placeholders -> values
    QList<Edit> edits;
    QByteArray airCommandPort; // the host lines go to this Air Command server
    int quietMs = 1500;
    const char *notReplayable = nullptr;
};

QPair<QByteArray, QByteArray> ok(const QByteArray &line)
{
    return {line + '\r', "[OK]\r\n"};
}

QPair<QByteArray, QByteArray> opened(const QByteArray &line, int scid)
{
    return {line + '\r', "[CONNECT " + QByteArray::number(scid) + "]\r\n"};
}

// The scene of most examples: "AP Association" (the guide's station example).
QList<QPair<QByteArray, QByteArray>> joined(bool echoOff = false)
{
    QList<QPair<QByteArray, QByteArray>> s;
    if (echoOff)
        s << ok("AT+MECHO=0");
    s << ok("AT+WSET=0,WizFiDemoAP") << ok("AT+WSEC=0,WPA2,12345678") << ok("AT+WNET=1")
      << ok("AT+WJOIN");
    return s;
}

// Every transcript of tests/data/wizfi250 and how it is played; a transcript without an entry
// fails the test.
QHash<QString, Example> examples()
{
    QHash<QString, Example> x;
    using S = WorldAccessPoint::Security;

    x["01-at-terminal-check"] = {};

    const QList<Edit> spacing = {{"  IP Addr   : ", "  IP Addr    : ", Spacing},
                                 {"  Gateway   : ", "  Gateway    : ", Spacing}};
    x["02-station-wpa2-static-ip"].edits = spacing;
    x["03-station-wpa2-dhcp"].edits = spacing;
    x["04-ap-wpa2-static-ip"].edits = spacing;

    // ---- sockets in data mode ----
    {
        Example &e = x["05-tcp-client-data-mode"];
        e.peerIp = "192.168.12.102";
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.102");
            r.tcpPeer("5000");
            r.local("5001");
        };
        e.scene = joined();
    }
    {
        // After the +++ escape: command mode, the socket still open.
        Example &e = x["06-socket-status-data-mode"];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000");
            r.local("5001");
        };
        e.scene = joined();
        e.scene << ok("AT+SOPT1=10,100") << opened("AT+SCON=O,TCN,192.168.12.23,5000,5001,1", 0)
                << qMakePair(QByteArray("+++"), QByteArray("[OK]\r\n"));
        e.edits = {{"(SCID/Socket/Mode/", "(SCID/Mode/", OldHeader}};
    }
    for (const char *name : {"07-tcp-server-data-mode", "11-tcp-server-command-mode"}) {
        Example &e = x[name];
        e.setup = [](Replay &r) { r.local("5000"); };
        e.scene = joined();
        e.after[name[1] == '7' ? "AT+SCON=O,TSN, , ,5000,1\r" : "AT+SCON=O,TSN, , ,5000,0\r"] =
            [](Replay &r) {
                r.waitFor("[OK]\r\n");
                r.client("5000", "50000");
            };
    }
    for (const char *name : {"08-udp-client-data-mode", "12-udp-client-command-mode"}) {
        Example &e = x[name];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.udpPeer("5001");
            r.local("5000");
        };
        e.scene = joined();
    }
    {
        Example &e = x["09-udp-server-data-mode"];
        e.setup = [](Replay &r) { r.local("5000"); };
        e.scene = joined();
    }

    // ---- sockets in command mode ----
    {
        Example &e = x["10-tcp-client-command-mode"];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000");
            r.local("5001");
        };
        e.scene = joined();
        e.after["Hello"] = [](Replay &r) {
            QTRY_COMPARE(r.tcp("5000").received(), QByteArray("Hello"));
            r.tcp("5000").send("Hi WizFi250");
        };
        e.edits = {{"AT+SSEND=0,,,5\r\n", "AT+SSEND=0,,,5\r\n[0,,,5]\r\n", Prompt},
                   {"[OK]\r\n\r\n{0,", "[OK]\r\n{0,", BlankLine},
                   {"(SCID/Socket/Mode/", "(SCID/Mode/", OldHeader}};
    }
    {
        Example &e = x["13-udp-server-command-mode"];
        e.setup = [](Replay &r) {
            r.local("5000");
            r.udpPeer("5001");
        };
        e.scene = joined();
        e.after["AT+SCON=O,USN, , ,5000,0\r"] = [](Replay &r) {
            r.waitFor("[CONNECT 0]\r\n");
            r.udp("5001").sendTo(r.localReal("5000"), "Hi WizFi250");
        };
        e.after["Hello"] = [](Replay &r) {
            QTRY_COMPARE(r.udp("5001").received(), QByteArray("Hello"));
        };
        e.edits = {{"[CONNECT 0]\r\n\r\n{0,", "[CONNECT 0]\r\n{0,", BlankLine},
                   {"AT+SSEND=0,,,5\r\n", "AT+SSEND=0,,,5\r\n[0,,,5]\r\n", Prompt},
                   {"[OK ]\r\n", "[OK]\r\n", "the guide's typo \"[OK ]\""}};
    }

    // ---- AT+SCON's open types ----
    {
        Example &e = x["14-scon-service-after-reboot"];
        e.world = reservedLease("192.168.12.10");
        e.setup = [](Replay &r) { r.local("5000"); };
        e.edits = {{"Version 0.9.0.0", "Version 1.0.3.6", Version}};
    }
    {
        Example &e = x["15-scon-open-at-once"];
        e.world = reservedLease("192.168.12.10");
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000");
        };
    }
    {
        Example &e = x["16-scon-open-and-service"];
        e.world = reservedLease("192.168.12.10");
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000");
        };
        e.after["AT+MRESET\r"] = [](Replay &r) {
            QTRY_COMPARE_WITH_TIMEOUT(r.tcp("5000").connections(), 2, 5000);
        };
        e.edits = {{"[OK]\r\n[CONNECT 0]\r\n", "[OK]\r\n\r\n[CONNECT 0]\r\n", EventFrame},
                   {"[OK]\r\n\r\nWizFi250 Version 0.9.0.0",
                    "[OK]\r\n\r\n[DISCONNECT 0]\r\n\r\n[Link-Down Event]\r\n"
                    "WizFi250 Version 1.0.3.6",
                    "a reset closes the sockets and leaves the network first ([F], doc); version"}};
    }
    {
        Example &e = x["17-ssl-connection"];
        e.peerIp = "199.59.148.212";
        e.setup = [](Replay &r) {
            r.mapIp("199.59.148.212");
            const QByteArray header = "{0,173.194.33.38,443,990}";
            const qsizetype at = r.transcriptModuleBytes.indexOf(header);
            r.tlsPeer("443", r.transcriptModuleBytes.mid(at + header.size(), 990));
            r.local("5000");
        };
        e.scene = joined();
        e.after["GET / HTTP/1.1\r\n\r\n"] = [](Replay &r) {
            QTRY_COMPARE(r.tls().request(), QByteArray("GET / HTTP/1.1\r\n\r\n"));
        };
        e.edits = {{"[OK]\r\n[CONNECT 0]\r\n", "[OK]\r\n\r\n[CONNECT 0]\r\n", EventFrame},
                   {"AT+SSEND=0,,,18\r\n", "AT+SSEND=0,,,18\r\n[0,,,18]\r\n", Prompt},
                   {"[OK]\r\n\r\n{0,", "[OK]\r\n{0,", BlankLine},
                   {"\r\n\r\n[DISCONNECT 0]", "\r\n\r\n\r\n[DISCONNECT 0]", EventFrame},
                   {"{0,173.194.33.38,", "{0,199.59.148.212,",
                    "the guide's header names another server than the one connected to"}};
    }
    {
        // Four sockets; every peer echoes; the USN socket hears from a peer at port 8000.
        Example &e = x["18-multi-socket"];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000", true);
            r.local("5001");
            r.local("6000");
            r.udpPeer("7000", true);
            r.local("7000");
            r.local("8000");
            r.udpPeer("8000");
        };
        e.scene = joined();
        e.after["AT+SCON=O,TSN,,,6000,0\r"] = [](Replay &r) {
            r.waitFor("[OK]\r\n");
            r.client("6000", "58769", true);
        };
        e.after["Hello_UDP_Client"] = [](Replay &r) {
            r.waitFor("}Hello_UDP_Client\r\n");
            r.udp("8000").sendTo(r.localReal("8000"), "Hello_UDP_Server");
        };
        e.after["Hello_UDP_Server"] = [](Replay &r) {
            QTRY_COMPARE(r.udp("8000").received(), QByteArray("Hello_UDP_Server"));
        };
        e.edits = {{"(SCID/Socket/Mode/", "(SCID/Mode/", OldHeader},
                   {"3/USN/0.0.0.0:/8000/0", "3/USN/0.0.0.0:0/8000/0",
                    "[F] prints a port 0 as 0 (ID1093); the guide shows the older empty port"}};
        for (const char *n : {"0", "1", "2", "3"})
            e.edits << Edit{"AT+SSEND=" + QByteArray(n) + ",,,16\r\n",
                            "AT+SSEND=" + QByteArray(n) + ",,,16\r\n[" + n + ",,,16]\r\n", Prompt};
        e.edits << Edit{"[OK]\r\n\r\n{", "[OK]\r\n{", BlankLine, {}, 3};
    }

    // ---- Air Command ----
    const QList<QPair<QByteArray, QByteArray>> airScene = {
        ok("AT+WSET=1,WizFi250_AIRCMD"), ok("AT+WSEC=1,WPA2,123456789"),
        ok("AT+WNET=0,192.168.11.1,255.255.255.0,192.168.11.1"), ok("AT+WJOIN"),
        ok("AT+MAIRCMD=O,T,50001,0")};
    {
        Example &e = x["19-air-command-setup"];
        e.setup = [](Replay &r) { r.local("50001"); };
        e.edits = {{"AT+WJOIN\r\n\r\n", "AT+WJOIN\r\nJoining : WizFi250_AIRCMD\r\n\r\n",
                    "soft AP: the Joining line of the guide's AP example (doc)"}};
    }
    {
        Example &e = x["20-air-command-over-tcp"];
        e.setup = [](Replay &r) { r.local("50001"); };
        e.scene = airScene;
        e.airCommandPort = "50001";
        e.edits = {{"1.0.1.8/", "1.0.3.6/", Version}};
    }

    // ---- Wi-Fi Direct ----
    x["21-wifi-direct-basic-info"].edits = {{"1.0.1.1", "1.0.3.6", Version, {}, 2}};
    x["22-wifi-direct-start"].edits = {
        {"STA MAC: CE:52:AF:C6:CF:B5\r\n[OK]\r\n", "[ERROR]\r\n", NoWifiDirect}};
    x["22-wifi-direct-start"].notReplayable = "the world has no Wi-Fi Direct peer";
    {
        Example &e = x["23-wifi-direct-connect"];
        e.notReplayable = "the world has no Wi-Fi Direct peer";
        e.edits = {{"STA MAC: CE:52:AF:C6:CF:B5\r\n[OK]\r\nFound P2P device: SHV-E250S\r\n"
                    "Sending Identity\r\nSending Identity\r\nSending nonce\r\nSending hashes\r\n"
                    "Sending WSC Done\r\n\r\n[Link-Up Event]\r\n  IP Addr    : 192.168.49.219\r\n"
                    "  Gateway    : 192.168.49.1\r\n",
                    "[ERROR]\r\n", NoWifiDirect}};
    }
    {
        // The phone's network, joined as a station in place of the Wi-Fi Direct group.
        Example &e = x["24-wifi-direct-data"];
        e.world = reservedLease("192.168.49.219");
        e.world.dhcp.gateway = QHostAddress(QStringLiteral("192.168.49.1"));
        e.peerIp = "192.168.49.1";
        e.setup = [](Replay &r) { r.local("4000"); };
        e.scene = joined();
        e.after["at+scon=o,tsn,,,4000,0\r"] = [](Replay &r) {
            r.waitFor("[OK]\r\n");
            QTcpSocket &phone = r.client("4000", "47160");
            r.waitFor("[CONNECT 0]\r\n");
            phone.write("Hello WizFi250.....");
            r.waitFor("Hello WizFi250.....\r\n");
            phone.write("Hello WizFi250.....");
        };
        e.edits = {{"[CONNECT 0]\r\n\r\n{", "[CONNECT 0]\r\n{", BlankLine}};
    }

    // ---- firmware upgrade ----
    {
        Example &e = x["25-ota-web-server"];
        e.placeholders = {{"(SSID)", "WizFi250_OTA"},
                          {"(EncryptionType)", "WPA2"},
                          {"(PreSharedKey)", "12345678"}};
        e.edits = {{"AT+WJOIN\r\n[OK]\r\n\r\n[Link-Up Event]\r\nIP Addr    : 192.168.0.1\r\n"
                    "Gateway    : 192.168.0.1\r\n[OK]\r\n",
                    "AT+WJOIN\r\nJoining : WizFi250_OTA\r\n\r\n[Link-Up Event]\r\n"
                    "  IP Addr    : 192.168.0.2\r\n  Gateway    : 192.168.0.2\r\n[OK]\r\n",
                    "the guide's first [OK] is one too many; the AP runs at its AT+WNET address "
                    "192.168.0.2, not .1; the Joining line and the indent (doc)"},
                   {"[OK]\r\n\r\n",
                    "[OK]\r\n",
                    "the blank lines between the replies are the guide's",
                    {},
                    5},
                   {"AT+FWEBS=1,A\r\n[OK]\r\n", "AT+FWEBS=1,A\r\n[ERROR]\r\n",
                    "no web server in the simulation (doc)"}};
    }
    x["26-ota-fota"].edits = {
        {"AT+FOTA\r\n[OK]\r\n", "AT+FOTA\r\n[ERROR]\r\n", "no OTA in the simulation (doc)"}};

    // ---- the command reference ----
    {
        // The soft AP already runs ("Already Associated ... AP Mode"); no network matches the
        // scan filters (the guide shows no rows).
        Example &e = x["27-wifi-command-reference"];
        e.world.accessPoints.clear();
        e.scene = {ok("AT+WSET=1,WizFi250_AP"), ok("AT+WSEC=1,WPA2,12345678"),
                   ok("AT+WNET=0,192.168.12.105,255.255.255.0,192.168.12.1"), ok("AT+WJOIN")};
        e.edits = {
            {"0,WizFiAP,08:00:DC:11:22:33,1\r\n", "0,WizFiAP,08:00:dc:11:22:33,1\r\n",
             "[F] prints the BSSID with %02x", "AT+WSET=?\r"},
            {"Already Associated :\r\nAP Mode\r\n", "Already Started : AP Mode\r\n",
             "[F]'s one line for the guide's two-line placeholder (doc)"},
            {"[OK]\r\n", "[ERROR]\r\n", "no WPS registrar in the world (doc)", "AT+WWPS=0\r"},
            {"[OK]\r\n", "[ERROR]\r\n", "no WPS registrar in the world (doc)",
             "AT+WWPS=1,12345670\r"},
            {"P2P Peers:\r\n0: 'SHV-E250S' on channel 1\r\n[OK]\r\n", "[ERROR]\r\n", NoWifiDirect},
            {"[OK]\r\n", "[ERROR]\r\n", NoWifiDirect, "AT+WP2P_INVITE=0\r"}};
    }
    {
        // Socket 5 is open (AT+SMGMT=5 closes it); socket 0 becomes the new TCP server.
        Example &e = x["28-network-command-reference"];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.udpPeer("7");
            r.local("5000");
        };
        e.scene = joined();
        for (int scid = 0; scid < 6; ++scid)
            e.scene << opened("AT+SCON=O,UCN,192.168.12.23,7,,0", scid);
        for (int scid = 0; scid < 5; ++scid)
            e.scene << ok("AT+SMGMT=" + QByteArray::number(scid));
        e.edits = {{"AT+SSEND=0,,,3\r\n", "AT+SSEND=0,,,3\r\n[0,,,3]\r\n", Prompt},
                   {"[OK]\r\n", "\r\n[DISCONNECT 5]\r\n[OK]\r\n", CloseEvent, "AT+SMGMT=5\r"},
                   {"[OK]\r\n", "\r\n[DISCONNECT 0]\r\n[OK]\r\n", CloseEvent, "AT+SMGMT=ALL\r"},
                   {"[OK]\r\n", "[ERROR: Mode Status]\r\n",
                    "AT+SMGMT=ALL has just closed every socket: no data mode to return to ([F])",
                    "AT+SDATA\r"}};
    }
    {
        // AT+MAIRCMD=O needs a link: the network (the factory profile's WizFiAP) is joined
        // after the reboots of AT+MFDEF / AT+MMAC / AT+USET.
        Example &e = x["29-management-command-reference"];
        e.world.accessPoints << accessPoint("WizFiAP", "00:08:dc:44:55:66", 1, -50, S::Wpa2Psk,
                                            "12345678");
        e.setup = [](Replay &r) { r.local("50001"); };
        e.before["AT+MAIRCMD=O,T,50001,0\r"] = [](Replay &r) {
            QVERIFY(r.scene("AT+WJOIN\r", "[OK]\r\n"));
        };
        const QByteArray banner = "WizFi250 Version 1.0.3.6 (WIZnet Co.Ltd)\r\n";
        e.edits = {{"+WSET=...\r\n+WSEC=...\r\n+WNET=...\r\n+WREG=...\r\n+SCON=...\r\n"
                    "+SFORM=...\r\n+MMSG=...\r\n+MMAC=...\r\n+USET=...\r\n+MECHO=...\r\n"
                    "+FWEBS=...\r\n",
                    "+WSET=0,WizFiAP,00:00:00:00:00:00,0\r\n+WSEC=0,WPA2,12345678\r\n"
                    "+WNET=1,192.168.12.101,255.255.255.0,192.168.12.1\r\n+WREG=AU\r\n"
                    "+SCON=O,TSN,,0,5000,1\r\n+SFORM=111111111,7b,2c,7d,0d,0a\r\n+MMSG=2\r\n"
                    "+MMAC=00:08:DC:00:55:76\r\n+USET=115200,N,8,1,N\r\n+MECHO=1\r\n"
                    "+FWEBS=0,M\r\n+FGPIO={1,1,3,0},{1,5,3,0},{1,6,3,0},{1,7,3,0},{1,8,3,0}\r\n",
                    "the guide's \"...\" are placeholders; [F] adds the +FGPIO line (doc)"},
                   {"[OK]\r\n", "[OK]\r\n" + banner, Reboot, "AT+MFDEF=FR\r"},
                   {"[OK]\r\n", "[OK]\r\n" + banner, Reboot, "AT+MMAC=00:08:DC:11:22:33\r"},
                   {"[OK]\r\n", "[OK]\r\n" + banner, Reboot, "AT+USET=115200,N,8,1,N\r"},
                   {"00:08:DC:00:55:76\r\n", "00:08:DC:11:22:33\r\n",
                    "the MAC set just before (the guide shows another example's)", "AT+MMAC=?\r"}};
    }
    {
        // GPIO1 is an input (AT+FGPIO=0 reads inputs only); 192.168.0.10 is the DNS server.
        Example &e = x["30-function-command-reference"];
        e.world.dhcp.dns = {QHostAddress(QStringLiteral("192.168.0.10"))};
        e.world.dnsNames.insert(QStringLiteral("www.google.com"),
                                QHostAddress(QHostAddress::LocalHost));
        e.peerIp = "173.194.33.38";
        e.scene = joined();
        e.scene << ok("AT+FGPIO=2,1,0");
        e.edits = {
            {"[OK]\r\n", "[ERROR]\r\n", "no web server in the simulation (doc)", "AT+FWEBS=1,A\r"},
            {"{1,1,3,0},{1,5,3,0},", "{0,1,0,0},{1,5,3,1},",
             "the guide's table is the factory one; here GPIO1 is an input and GPIO5 "
             "was set high just before"}};
    }

    // ---- not in the guide: the session's setup and the firmware's ----
    x["40-session-setup"] = {};
    {
        Example &e = x["41-ssend-prompt"];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000");
        };
        e.scene = joined(true);
        e.scene << opened("AT+SCON=O,TCN,192.168.12.23,5000,,0", 0);
        e.after["[OK]\r\n[OK]\r\n"] = [](Replay &r) {
            QTRY_COMPARE(r.tcp("5000").received(), QByteArray("0123456789[OK]\r\n[OK]\r\n"));
            r.tcp("5000").send("[OK]\r\n[OK]\r\n");
        };
    }
    {
        // Socket 0 a TCP client, socket 1 UDP; the default AT+SSEND timeout is 10 s.
        Example &e = x["42-ssend-prompt-variants"];
        e.peerIp = "192.168.0.100";
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.mapIp("192.168.0.100");
            r.tcpPeer("6000");
            r.udpPeer("5000");
        };
        e.scene = joined(true);
        e.scene << opened("AT+SCON=O,TCN,192.168.12.23,6000,,0", 0)
                << opened("AT+SCON=O,UCN,192.168.0.100,5000,,0", 1);
        e.after["Hello"] = [](Replay &r) {
            QTRY_COMPARE(r.udp("5000").received(), QByteArray("Hello"));
        };
        e.quietMs = 11000;
    }
    x["43-query-without-line-end"].scene = {ok("AT+MECHO=0")};
    {
        Example &e = x["44-scan-rows"];
        e.world.accessPoints = {
            accessPoint("WizFiDemoAP", "00:08:dc:11:22:33", 6, -45, S::Wpa2Psk, "12345678"),
            accessPoint("Lab/Guest", "00:08:dc:aa:bb:cc", 11, -71, S::Open, {}),
            accessPoint("Office", "00:08:dc:44:55:66", 1, -60, S::WpaWpa2Psk, "office-key")};
        e.scene = {ok("AT+MECHO=0")};
        e.edits = {{"RadioBand(GHz)", "RadioBand (GHz)", "the guide's header text (doc)"},
                   {"00:08:dc:aa:bb:cc", "00:08:DC:AA:BB:CC", "[F] prints the BSSID with %02X"},
                   {"/144.4/WPA2-Mixed/", "/54.0/Infra/WPA2-Mixed/",
                    "[F]'s rows have 9 fields, rate 54.0 (doc); the fixture's 8-field row is "
                    "for the parser"}};
    }
    {
        Example &e = x["45-status-rows"];
        e.scene = joined(true);
    }
    x["46-mqtt"].notReplayable =
        "MQTT is firmware >= 1.0.5.2 only; the module has the guide's commands (doc)";
    {
        Example &e = x["47-short-events"];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000");
        };
        e.scene = joined(true);
        e.edits = {{"\r\n[6]\r\n\r\n[2]\r\n\r\n[8]\r\n\r\n[4]\r\n\r\n[3]\r\n\r\n[7]\r\n\r\n[5]\r\n"
                    "\r\n[0]\r\n[9]\r\n",
                    "",
                    "after [1] the fixture lists every short code (and [9], which no event "
                    "has) in an order no session produces"}};
    }
    {
        // Joined to WizFiAP; its key was changed since, so the next join fails.
        Example &e = x["48-errors"];
        e.world.accessPoints << accessPoint("WizFiAP", "00:08:dc:44:55:66", 1, -50, S::Wpa2Psk,
                                            "12345678");
        e.scene = {ok("AT+MECHO=0"), ok("AT+WSET=0,WizFiAP"), ok("AT+WSEC=0,WPA2,12345678"),
                   ok("AT+WJOIN"), ok("AT+WSEC=0,WPA2,not-the-key")};
        e.edits = {{"[OK]\r\n", "\r\n[Link-Down Event]\r\n[OK]\r\n",
                    "leaving a network prints the link-down (the guide's AT+WLEAVE)",
                    "AT+WLEAVE\r"},
                   {"Joining : WizFiAP\r\n[ERROR]\r\n[OK]\r\n",
                    "Joining : WizFiAP\r\nFailed to join: WizFiAP\r\n"
                    "Joining : WizFiAP\r\nFailed to join: WizFiAP\r\n"
                    "Joining : WizFiAP\r\nFailed to join: WizFiAP\r\n[ERROR]\r\n",
                    "[F] tries three times (doc); no module prints the fixture's lone [OK]"}};
    }
    {
        // A TCP server and its peer; then a reset the host did not ask for.
        Example &e = x["49-misc-events"];
        e.setup = [](Replay &r) { r.local("5000"); };
        e.scene = joined(true);
        e.after["AT+SCON=O,TSN,,,5000,0\r"] = [](Replay &r) {
            r.waitFor("[LISTEN 0]\r\n");
            QTcpSocket &peer = r.client("5000", "50000");
            r.waitFor("[CONNECT 0]\r\n");
            peer.disconnectFromHost();
            r.waitFor("[DISCONNECT 0]\r\n\r\n[LISTEN 0]\r\n");
        };
        e.after["AT+WJOIN\r"] = [](Replay &r) {
            r.waitFor("[OK]\r\n");
            r.module.restart();
        };
        e.edits = {
            {"\r\n[TCP Send Error]\r\n", "", "no host line of the fixture makes a send fail"},
            {"[Listen 0]", "[LISTEN 0]", "the event table's [LISTEN %x]"},
            {"\r\n[P2P Fail Event]\r\nWizFi250 Version 1.0.5.2", "WizFi250 Version 1.0.3.6",
             "no Wi-Fi Direct: the reset is played as a fault; version"}};
    }
    {
        Example &e = x["50-fgpio-query-with-data"];
        e.setup = [](Replay &r) {
            r.mapIp("192.168.12.23");
            r.tcpPeer("5000");
        };
        e.scene = joined(true);
        e.scene << opened("AT+SCON=O,TCN,192.168.12.23,5000,,0", 0);
        e.before["AT+FGPIO=?\r"] = [](Replay &r) {
            r.tcp("5000").send("hello");
            r.waitFor("hello\r\n");
        };
    }
    return x;
}

// Where the bytes differ first, for the failure message.
QByteArray difference(const QByteArray &got, const QByteArray &want)
{
    qsizetype i = 0;
    while (i < got.size() && i < want.size() && got.at(i) == want.at(i))
        ++i;
    const auto show = [i](const QByteArray &b) {
        const qsizetype from = qMax<qsizetype>(0, i - 40);
        QByteArray s = b.mid(from, i - from + 60);
        s.replace("\r", "\\r").replace("\n", "\\n");
        return s;
    };
    return "at byte " + QByteArray::number(i) + "\n   module: ..." + show(got) +
           "\n   manual: ..." + show(want);
}

} // namespace

class TstWizfi250ManualExamples : public QObject
{
    Q_OBJECT
private slots:
    void manualExamples_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : DialectExamples::transcripts(Id))
            QTest::newRow(qPrintable(n)) << n;
    }

    void manualExamples()
    {
        QFETCH(QString, name);
        static const QHash<QString, Example> all = examples();
        QVERIFY2(all.contains(name), "a transcript this test does not know how to play");
        const Example &ex = all.value(name);
        if (ex.notReplayable && ex.edits.isEmpty())
            QSKIP(ex.notReplayable);

        // The transcript: host lines and, after each, the module's bytes (segment 0 before any).
        const QList<TranscriptEntry> entries = DialectExamples::load(
            DialectExamples::dataDir(Id) + QLatin1Char('/') + name + QStringLiteral(".transcript"));
        QVERIFY(!entries.isEmpty());
        QList<QByteArray> hostLines;
        QList<QByteArray> segments{QByteArray()};
        QByteArray moduleBytes;
        for (const TranscriptEntry &e : entries) {
            QByteArray bytes = e.bytes;
            for (const auto &[placeholder, value] : ex.placeholders)
                bytes.replace(placeholder, value);
            if (e.direction == TranscriptEntry::Direction::ToModule) {
                hostLines << bytes;
                segments << QByteArray();
            } else {
                segments.last() += bytes;
                moduleBytes += e.bytes;
            }
        }
        for (const Edit &edit : ex.edits) {
            int found = 0;
            for (qsizetype i = 0; i < segments.size(); ++i) {
                if (!edit.at.isEmpty() && (i == 0 || hostLines.at(i - 1) != edit.at))
                    continue;
                found += int(segments[i].count(edit.manual));
                segments[i].replace(edit.manual, edit.module);
            }
            QVERIFY2(found == edit.count,
                     qPrintable(QStringLiteral("edit not in the transcript: ") +
                                QString::fromLatin1(edit.manual)));
        }
        for (auto it = ex.before.constBegin(); it != ex.before.constEnd(); ++it)
            QVERIFY2(hostLines.count(it.key()) == 1, it.key().constData());
        for (auto it = ex.after.constBegin(); it != ex.after.constEnd(); ++it)
            QVERIFY2(hostLines.count(it.key()) == 1, it.key().constData());

        Replay r(ex.world, ex.peerIp);
        r.transcriptModuleBytes = moduleBytes;
        if (ex.setup)
            ex.setup(r);
        for (const auto &[line, until] : ex.scene)
            QVERIFY2(r.scene(line, until), line.constData());
        if (!ex.airCommandPort.isEmpty())
            QVERIFY(r.useAirCommand(ex.airCommandPort));
        // A transcript that starts with the module's bytes starts at power-on.
        if (entries.first().direction == TranscriptEntry::Direction::FromModule)
            r.module.powerOn();

        QByteArray expected = segments.first();
        const auto check = [&](const QByteArray &step) {
            const bool answered = r.settle(expected, ex.quietMs);
            const QByteArray got = r.normalized(r.out);
            const QByteArray want = r.normalized(expected);
            QVERIFY2(answered && got == want,
                     qPrintable("after " + step + ": " + difference(got, want)));
        };
        check("the start");
        for (qsizetype i = 0; i < hostLines.size(); ++i) {
            const QByteArray &line = hostLines.at(i);
            if (const Hook h = ex.before.value(line))
                h(r);
            if (QTest::currentTestFailed())
                return;
            r.send(line);
            if (const Hook h = ex.after.value(line))
                h(r);
            if (QTest::currentTestFailed())
                return;
            expected += segments.at(i + 1);
            check(QByteArray(line).replace("\r", "\\r"));
            if (QTest::currentTestFailed())
                return;
        }
        // And nothing more.
        QTest::qWait(100);
        check("the end");
        QCOMPARE(r.serial, QByteArray());
        if (ex.notReplayable)
            qInfo("not replayable (%s): the module's refusal is pinned", ex.notReplayable);
    }
};

QTEST_GUILESS_MAIN(TstWizfi250ManualExamples)
#include "tst_wizfi250manualexamples.moc"
