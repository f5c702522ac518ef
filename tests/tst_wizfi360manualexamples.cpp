// Every example session of the WizFi360 manual (tests/data/wizfi360/*.transcript) played to the
// virtual module, byte for byte: the transcript's host lines go in, the module's bytes must be the
// transcript's module bytes. What legitimately differs is normalised (the addresses and ports of
// the loopback peers that stand in for the manual's remote hosts, ping times, clock readings);
// where the module deliberately sends other bytes than the example shows, the test spells them
// out with the reason (docs/virtual-module/wizfi360.md); what the world cannot stage is listed
// as not replayable. One row per transcript, so that a failure names the example.
#include "log/Transcript.h"
#include "sim/SimMqtt.h"
#include "sim/wizfi360/Wizfi360Module.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "transport/PipeTransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>
#include <functional>
#include <memory>

namespace {

const QByteArray Ok = "\r\nOK\r\n";
const QByteArray Error = "\r\nERROR\r\n";

// ---------------------------------------------------------------------------------------------
// The other side of the examples

quint16 freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

QByteArray num(int n)
{
    return QByteArray::number(n);
}

// Wait on a condition, serving the event loop in steps of a millisecond or two (QTest::qWaitFor
// sleeps 10 ms a round, which adds up over a few hundred exchanges).
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// A TCP peer that can stop listening (the remote host of an example that refuses).
class TcpListener : public QObject
{
public:
    TcpListener()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                m_peers << s;
        });
    }
    quint16 port() const { return m_port; }
    void stopListening() { m_server.close(); }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_peers;
    quint16 m_port = 0;
};

// A self-signed certificate for 127.0.0.1 (valid 2000-2100) that the test trusts: the module's
// SSL links verify their peer as a real module would.
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

class TlsListener : public QObject
{
public:
    TlsListener()
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(QSslCertificate(QByteArray(TlsCertPem)));
        c.setPrivateKey(QSslKey(QByteArray(TlsKeyPem), QSsl::Ec));
        m_server.setSslConfiguration(c);
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                m_peers << s;
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
    QList<QTcpSocket *> m_peers;
};

// ---------------------------------------------------------------------------------------------
// The module on a pipe, seen from the host's side

class Bench
{
public:
    explicit Bench(const World &world)
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("wizfi360 manual examples"));
        m_host = std::move(a);
        m_end = std::move(b);
        m_host->open();
        m_end->open();
        module.attach(m_end.get());
        QObject::connect(m_host.get(), &Transport::received, m_host.get(),
                         [this](const QByteArray &bytes) {
                             stream += bytes;
                             m_lastByte.restart();
                         });
        m_lastByte.start();
        m_lastWrite.start();
    }

    void write(const QByteArray &bytes)
    {
        m_host->write(bytes);
        m_lastWrite.restart();
    }

    // Wait until nothing has come for `ms` since the last byte and the last write.
    void settle(int ms)
    {
        (void)waitUntil([&] { return m_lastByte.elapsed() >= ms && m_lastWrite.elapsed() >= ms; },
                        3000);
    }

    // Host bytes that are not part of the example (bringing the module into the state the
    // example starts from): sent, answered with `until`, and the answer left out of the
    // recording (with keepAfter, what follows the answer stays in it).
    void hidden(const QByteArray &bytes, const QByteArray &until = Ok, bool keepAfter = false)
    {
        const qsizetype mark = stream.size();
        write(bytes);
        const auto ended = [&] {
            const QByteArray reply = stream.mid(mark);
            return reply.contains(until) || reply.contains("ERROR\r\n") ||
                   reply.contains("FAIL\r\n");
        };
        (void)waitUntil(ended, 3000);
        if (!keepAfter)
            settle(8);
        const QByteArray reply = stream.mid(mark);
        const qsizetype at = reply.indexOf(until);
        if (at < 0)
            problems << QStringLiteral("set-up %1 answered %2")
                            .arg(QString::fromLatin1(Transcript::escape(bytes)),
                                 QString::fromLatin1(Transcript::escape(reply)));
        stream.truncate(mark);
        if (keepAfter && at >= 0)
            stream += reply.mid(at + until.size());
    }
    void hidden(const QList<QByteArray> &lines)
    {
        for (const QByteArray &l : lines)
            hidden(l);
    }

    // Something the other side does (`act`), then wait until the module has printed `text`.
    void await(const std::function<void()> &act, const QByteArray &text)
    {
        const qsizetype mark = stream.size();
        act();
        if (!waitUntil([&] { return stream.indexOf(text, mark) >= 0; }, 3000))
            problems << QStringLiteral("waited in vain for %1")
                            .arg(QString::fromLatin1(Transcript::escape(text)));
    }

    // Leave the module's answer to a hidden command out once it comes (it ends with `until`).
    void swallow(const QByteArray &until)
    {
        const qsizetype mark = stream.size();
        if (!waitUntil([&] { return stream.indexOf(until, mark) >= 0; }, 3000))
            problems << QStringLiteral("the hidden answer never ended");
        settle(8);
        stream.truncate(mark);
    }

    Wizfi360Module module;
    QByteArray stream; // what the module sent, minus the hidden answers
    QStringList problems;
    // This machine's peers -> the example's remote hosts, in the module's bytes.
    QList<std::pair<QByteArray, QByteArray>> peers;

private:
    std::unique_ptr<PipeTransport> m_host;
    std::unique_ptr<PipeTransport> m_end;
    QElapsedTimer m_lastByte;
    QElapsedTimer m_lastWrite;
};

// ---------------------------------------------------------------------------------------------
// One example, as this test replays it

using Action = std::function<void(Bench &)>;

struct Example
{
    World world;
    QList<QByteArray> setUp{"ATE0\r\n"}; // hidden host lines before the transcript
    QList<std::pair<QByteArray, QByteArray>> hostRewrites; // the example's remote -> this machine
    QList<std::pair<QByteArray, QByteArray>> peers;        // this machine -> the example's remote
    QHash<int, QList<Action>> before;                      // by transcript line
    QHash<int, QList<Action>> after;
    struct Difference
    {
        QByteArray transcript;
        QByteArray module;
        QString why;
    };
    QHash<int, Difference> differences;  // module lines the module legitimately sends otherwise
    QHash<int, QString> notReplayable;   // lines the world cannot stage
    std::function<QString()> verify;     // afterwards: the other side got what it should
    QList<std::shared_ptr<void>> others; // peers that live as long as the replay
    QString error;

    // The module sends `module` where the transcript's line `line` shows `transcript`.
    void differs(int line, const QByteArray &transcript, const QByteArray &module, const char *why)
    {
        differences.insert(line, {transcript, module, QString::fromUtf8(why)});
    }
    void cannotReplay(std::initializer_list<int> lines, const char *why)
    {
        for (const int l : lines)
            notReplayable.insert(l, QString::fromUtf8(why));
    }
    void beforeLine(int line, const Action &a) { before[line] << a; }
    void afterLine(int line, const Action &a) { after[line] << a; }
    void hiddenBefore(int line, const QList<QByteArray> &lines)
    {
        beforeLine(line, [lines](Bench &b) { b.hidden(lines); });
    }
};

// The manual's own module: station MAC 00:08:DC:11:12:13 (§3.2.16), soft AP MAC
// 02:08:dc:11:12:13 (§3.2.18), station address 192.168.1.88 behind 192.168.1.1 (§3.2.20), and the
// access point WIZNETSZ of §3.2.3 (WPA2, key 12345678, channel 12, -75 dBm).
WorldAccessPoint accessPoint(const QByteArray &ssid, const QByteArray &bssid, int channel, int rssi,
                             WorldAccessPoint::Security security, const QByteArray &key)
{
    WorldAccessPoint ap;
    ap.ssid = ssid;
    ap.bssid = bssid;
    ap.channel = channel;
    ap.rssi = rssi;
    ap.security = security;
    ap.passphrase = key;
    return ap;
}

World manualWorld()
{
    World w;
    w.stationMac = "00:08:dc:11:12:13";
    w.apMac = "02:08:dc:11:12:13";
    w.accessPoints << accessPoint("WIZNETSZ", "00:08:dc:9c:ef:b6", 12, -75,
                                  WorldAccessPoint::Security::Wpa2Psk, "12345678");
    w.dhcp.first = w.dhcp.last = QHostAddress(QStringLiteral("192.168.1.88"));
    w.dhcp.gateway = QHostAddress(QStringLiteral("192.168.1.1"));
    w.dhcp.netmask = QHostAddress(QStringLiteral("255.255.255.0"));
    w.dhcp.dns = {QHostAddress(QStringLiteral("192.168.1.1"))};
    return w;
}

const QList<QByteArray> JoinWiznetsz = {"ATE0\r\n", "AT+CWMODE_CUR=1\r\n",
                                        "AT+CWJAP_CUR=\"WIZNETSZ\",\"12345678\"\r\n"};

QByteArray pem(const char *kind)
{
    return "-----BEGIN " + QByteArray(kind) + "-----\r\n-----END " + QByteArray(kind) + "-----\r\n";
}

// A PEM upload as §3.3.6 does it: "=1", the '>' prompt, the text, OK.
Action upload(const QByteArray &command, const char *kind)
{
    return [command, kind](Bench &b) {
        b.hidden(command + "=1\r\n", ">");
        b.hidden(pem(kind));
    };
}

// Why the module's bytes differ, as recorded in docs/virtual-module/wizfi360.md.
const char WhyWifiEvents[] =
    "decision 1: the join reports itself with §2.3's messages in the ESP-AT spelling (WIFI ...); "
    "the example leaves them out";
const char WhyQueryColon[] =
    "decision 16: a query answers with ':' after the name as its template, not the example's '='";
const char WhyConnectBeforeOk[] =
    "decision 2/3: the link reports CONNECT (<id>,CONNECT) before the OK, without the manual's "
    "space";
const char WhyClosed[] = "decision 2: closing reports CLOSED (<id>,CLOSED, no space) before the OK";
const char WhyRecv[] = "decision 4: ESP-AT firmware reports 'Recv <n> bytes' before SEND OK";
const char WhyPemOk[] = "decision 17: OK follows the stored PEM (the example shows none)";

QByteArray recvSendOk(int n)
{
    return "\r\nRecv " + num(n) + " bytes\r\n\r\nSEND OK\r\n";
}

// ---------------------------------------------------------------------------------------------
// The examples, one function per transcript

void basic(Example &)
{
    // Starts with echo off (ATE0 before); ATE1 turns it on, so ATE0 is echoed.
}

void reset(Example &e)
{
    // The module boots with echo on; the host turns it off after every "ready" (digest §2.2).
    e.hiddenBefore(6, {"ATE0\r\n"});
    e.hiddenBefore(9, {"ATE0\r\n"});
}

void gmr(Example &e)
{
    const char why[] = "the module reports the firmware of the manual's own revision, 1.1.1.7; the "
                       "example shows a 1.0.1.0 build of 2019 (without MQTT, Azure or AWS)";
    e.differs(3, "AT version:1.0.1.0(Jun 6 2019 17:49:31)\r\n",
              "AT version:1.1.1.7(May  9 2022 10:21:36)\r\n", why);
    e.differs(5, "compile time:Jun 6 2019 17:49:31\r\n", "compile time:May  9 2022 10:21:36\r\n",
              why);
}

void deepSleep(Example &e)
{
    // AT+SLEEP works in station mode only; the wake-up reset reloads the flash.
    e.setUp << "AT+CWMODE_DEF=1\r\n";
    e.differs(3, Ok, Ok + "\r\nready\r\n",
              "deep sleep ends after <time> with a reset, whose ready the example leaves out; "
              "the host waits for it before the next command");
    e.hiddenBefore(4, {"ATE0\r\n"});
}

void uart(Example &) {}

void gpio(Example &)
{
    // Nothing is wired to the module's pins: an input reads its pull-up.
}

void cwmode(Example &e)
{
    e.setUp << "AT+CWMODE_DEF=1\r\n";
    e.differs(3, "AT+CWMODE_CUR:1\r\n" + Ok, "+CWMODE_CUR:1\r\n" + Ok,
              "typo in §3.2.1's example: the reply starts with '+', as the template and §3.2.2");
    e.differs(14, Ok, "WIFI CONNECTED\r\nWIFI GOT IP\r\n" + Ok, WhyWifiEvents);
    e.differs(16, Ok, Ok + "WIFI DISCONNECT\r\n", WhyWifiEvents);
}

void cwjapQuery(Example &e)
{
    e.setUp = JoinWiznetsz;
    e.differs(3, "+CWJAP_CUR=\"WIZNETSZ\",\"00:08:dc:9c:ef:b6\",12,-75\r\n" + Ok,
              "+CWJAP_CUR:\"WIZNETSZ\",\"00:08:dc:9c:ef:b6\",12,-75\r\n" + Ok, WhyQueryColon);
    e.differs(5, "+CWJAP_DEF=\"WIZNETSZ\",\"00:08:dc:9c:ef:b6\",12,-75\r\n" + Ok,
              "+CWJAP_DEF:\"WIZNETSZ\",\"00:08:dc:9c:ef:b6\",12,-75\r\n" + Ok, WhyQueryColon);
}

void cwjapSet(Example &e)
{
    // The access points of §3.2.3/§3.2.4: SSIDs ab\,c and ab\c, password 12345678\.
    for (const QByteArray &ssid : {QByteArray("ab\\,c"), QByteArray("ab\\c")})
        e.world.accessPoints << accessPoint(ssid, "00:08:dc:11:12:13", 6, -60,
                                            WorldAccessPoint::Security::Wpa2Psk, "12345678\\");
    e.setUp << "AT+CWMODE_CUR=1\r\n";
    e.differs(3, Ok, Error,
              "typo in §3.2.3's example: a stray quote after the password, the line does not "
              "parse");
    e.differs(5, Ok, "WIFI CONNECTED\r\nWIFI GOT IP\r\n" + Ok, WhyWifiEvents);
    e.differs(10, Ok, "WIFI DISCONNECT\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n" + Ok,
              "decision 1: joining while joined leaves the old AP first");
}

void cwjapFail(Example &e)
{
    e.setUp << "AT+CWMODE_CUR=1\r\n";
    e.cannotReplay({2, 3}, "code 1: no access point of the world lets a join time out");
    e.cannotReplay({8, 9}, "code 4: WIZNETSZ with its right key joins; the world has no AP that "
                           "refuses the association for another reason");
}

void stationJoin(Example &e)
{
    e.world.accessPoints = {accessPoint("MyAP", "aa:bb:cc:dd:ee:ff", 6, -55,
                                        WorldAccessPoint::Security::Wpa2Psk, "MyPassphrase")};
    e.differs(11, "WiFi CONNECTED\r\n", "WIFI CONNECTED\r\n", WhyWifiEvents);
    e.differs(12, "WiFi GOT IP\r\n", "WIFI GOT IP\r\n", WhyWifiEvents);
    e.cannotReplay({19}, "an access point of the world cannot go away");
}

void scan(Example &e)
{
    e.world.accessPoints.prepend(accessPoint("WIZnet", "00:08:dc:6a:46:2e", 1, -57,
                                             WorldAccessPoint::Security::WpaWpa2Psk, "wiznet-key"));
    e.setUp << "AT+CWMODE_CUR=1\r\n";
    const char whyWps[] = "decision 23: <wps> is 0, the world's access points do not announce "
                          "WPS";
    e.differs(5, "+CWLAP: (4, \"WIZnet\",-57,\"00:08:dc:6a:46:2e\",1,1)\r\n",
              "+CWLAP:(4,\"WIZnet\",-57,\"00:08:dc:6a:46:2e\",1,0)\r\n",
              "the spaces of §3.2.6's Example1 are neither in its template nor in Example2; "
              "<wps> 0 (decision 23)");
    e.differs(6, "+CWLAP: (3, \"WIZNETSZ\",-75,\"00:08:dc:9c:ef:b6\",12,1)\r\n",
              "+CWLAP:(3,\"WIZNETSZ\",-75,\"00:08:dc:9c:ef:b6\",12,0)\r\n",
              "the spaces of §3.2.6's Example1 are neither in its template nor in Example2; "
              "<wps> 0 (decision 23)");
    for (const int line : {9, 11})
        e.differs(line, "+CWLAP:(3,\"WIZNETSZ\",-75,\"00:08:dc:9c:ef:b6\",12,1)\r\n" + Ok,
                  "+CWLAP:(3,\"WIZNETSZ\",-75,\"00:08:dc:9c:ef:b6\",12,0)\r\n" + Ok, whyWps);
}

void softAp(Example &e)
{
    e.setUp << "AT+CWSAP_DEF=\"WizFi360\",\"12345678\",5,3,4,0\r\n";
    e.differs(3, "+CWSAP_CUR=\"WizFi360\",\"12345678\",5,3,4,0\r\n" + Ok,
              "+CWSAP_CUR:\"WizFi360\",\"12345678\",5,3,4,0\r\n" + Ok, WhyQueryColon);
    e.differs(9, "+CWSAP_DEF=\"WizFi360\",\"12345678\",5,3,4,0\r\n" + Ok,
              "+CWSAP_DEF:\"WizFi360\",\"12345678\",5,3,4,0\r\n" + Ok, WhyQueryColon);
    e.differs(20, "\"192.168.4.2\",\"18:cf:5e:c5:ce:76\"\r\n", Ok,
              "not replayable: no station of the world joins the soft AP, so the list is empty "
              "(and ends with OK, decision 17)");
}

void dhcp(Example &e)
{
    // The examples' state: SoftAP DHCP on, station DHCP off; the soft AP at 192.168.0.1.
    e.setUp << "AT+CWDHCP_DEF=1,0\r\n"
            << "AT+CIPAP_DEF=\"192.168.0.1\",\"192.168.0.1\",\"255.255.255.0\"\r\n";
}

void mac(Example &e)
{
    const char why[] = "decision 18: the soft AP MAC cannot be set (§3.2.18 note: \"The "
                       "configuration changes are not allowed\")";
    e.differs(13, Ok, Error, why);
    e.differs(17, Ok, Error, why);
}

void ip(Example &e)
{
    e.setUp << "AT+CWMODE_DEF=3\r\n"
            << "AT+CIPSTA_DEF=\"192.168.1.88\",\"192.168.1.1\",\"255.255.255.0\"\r\n"
            << "AT+CIPAP_DEF=\"192.168.0.1\",\"192.168.0.1\",\"255.255.255.0\"\r\n";
    const char whyQuote[] = "typo in §3.2.20/§3.2.21's example: the netmask misses its opening "
                            "quote, the line does not parse";
    e.differs(6, Ok, Error, whyQuote);
    e.differs(8,
              "+CIPSTA_CUR:ip:\"192.168.1.88\"\r\n+CIPSTA_CUR:gateway:\"192.168.1.1\"\r\n"
              "+CIPSTA_CUR:netmask:\"255.255.255.0\"\r\n" +
                  Ok,
              "+CIPSTA_DEF:ip:\"192.168.1.88\"\r\n+CIPSTA_DEF:gateway:\"192.168.1.1\"\r\n"
              "+CIPSTA_DEF:netmask:\"255.255.255.0\"\r\n" +
                  Ok,
              "typo in §3.2.21's example: the _DEF query answers +CIPSTA_DEF: lines");
    e.differs(10, Ok, Error, whyQuote);
}

void smartConfig(Example &e)
{
    e.cannotReplay({6, 7, 8, 9, 10}, "no phone in the world provisions the module by SmartConfig");
}

void wizNetconfig(Example &e)
{
    e.cannotReplay({4, 5, 6, 7, 8}, "no browser in the world fills in the provisioning page");
}

void wpsHostnameCountry(Example &e)
{
    e.world.stationMac = "00:08:dc:ff:61:79"; // the host name WizFi360_FF6179 of §3.2.27
    e.world.apMac = "02:08:dc:ff:61:79";
    e.setUp << "AT+CWMODE_CUR=1\r\n";
    e.hiddenBefore(9, {"AT+CWMODE_CUR=2\r\n"}); // "(Station mode disabled)"
    e.differs(12, "+CWCOUNTRY_CUR=1,\"KR\",1\r\n" + Ok, "+CWCOUNTRY_CUR:1,\"KR\",1\r\n" + Ok,
              WhyQueryColon);
    e.differs(16, "+CWCOUNTRY_DEF=1,\"KR\",1\r\n" + Ok, "+CWCOUNTRY_DEF:1,\"KR\",1\r\n" + Ok,
              WhyQueryColon);
}

void cipstatusDomain(Example &e)
{
    e.world.dnsNames.insert(QStringLiteral("www.wiznet.io"), QHostAddress::LocalHost);
    e.setUp = JoinWiznetsz;
    // Before the second query a client (192.168.4.2:5000 in the example) is on the module's
    // server (port 6000 there).
    const quint16 serverPort = freeTcpPort();
    auto client = std::make_shared<QTcpSocket>();
    e.beforeLine(4, [client, serverPort](Bench &b) {
        b.hidden({"AT+CIPMUX=1\r\n", "AT+CIPSERVER=1," + num(serverPort) + "\r\n"});
        const qsizetype mark = b.stream.size();
        b.await([&] { client->connectToHost(QHostAddress::LocalHost, serverPort); },
                "0,CONNECT\r\n");
        b.stream.truncate(mark);
        // The server gave the client link 0 (the firmware's choice; 1 in the example).
        b.peers.append({"+CIPSTATUS:0,\"TCP\",\"127.0.0.1\"," + num(client->localPort()) + ',' +
                            num(serverPort) + ",1",
                        "+CIPSTATUS:1,\"TCP\",\"192.168.4.2\",5000,6000,1"});
    });
    e.peers = {{"+CIPDOMAIN:\"127.0.0.1\"", "+CIPDOMAIN:\"183.111.174.49\""}};
}

void cipstart(Example &e)
{
    e.world.dnsNames.insert(QStringLiteral("www.iwiznet.cn"), QHostAddress::LocalHost);
    e.world.dnsNames.insert(QStringLiteral("www.wiznet.io"), QHostAddress::LocalHost);
    e.setUp = JoinWiznetsz;
    auto tcp = std::make_shared<TcpListener>();
    auto udp = std::make_shared<UdpPeer>(false);
    auto tls = std::make_shared<TlsListener>();
    e.others << tcp << udp << tls;
    const QByteArray t = num(tcp->port());
    const QByteArray u = num(udp->port());
    e.hostRewrites = {
        {"\"UDP\",\"192.168.1.99\",5000", "\"UDP\",\"127.0.0.1\"," + u},
        {"\"192.168.1.99\",5000", "\"127.0.0.1\"," + t},
        {"\"www.iwiznet.cn\",5000,6000,2",
         "\"www.iwiznet.cn\"," + u + ',' + num(freeUdpPort()) + ",2"},
        {"\"www.iwiznet.cn\",5000", "\"www.iwiznet.cn\"," + t},
        {"\"www.wiznet.io\",443", "\"www.wiznet.io\"," + num(tls->port())},
    };
    // The examples alternate single and multiple connections.
    e.differs(3, Ok, "CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    e.hiddenBefore(4, {"AT+CIPCLOSE\r\n", "AT+CIPMUX=1\r\n"});
    e.differs(5, Ok, Error,
              "\"5000,1 0\" is the manual's line wrap of 5000,10: '1 0' is not a number");
    e.hiddenBefore(6, {"AT+CIPMUX=0\r\n"});
    e.differs(7, Ok, "CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    e.hiddenBefore(8, {"AT+CIPCLOSE\r\n", "AT+CIPMUX=1\r\n"});
    e.differs(9, Ok, "1,CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    e.hiddenBefore(10, {"AT+CIPCLOSE=1\r\n", "AT+CIPMUX=0\r\n"});
    e.differs(11, Ok, "CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    e.hiddenBefore(12, {"AT+CIPCLOSE\r\n", "AT+CIPMUX=1\r\n"});
    e.differs(13, Ok, "1,CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    // "Response ERROR": the peer no longer listens.
    e.beforeLine(15, [tcp](Bench &) { tcp->stopListening(); });
    e.differs(16, Error, Error + "2,CLOSED\r\n",
              "decision 3: a refused connect answers ERROR, then the link reports its close");
    e.differs(19, "\r\nALREADY CONNECTED\r\n", "ALREADY CONNECTED\r\n" + Error,
              "decision 31: ALREADY CONNECTED is an information line followed by ERROR (ESP-AT)");
}

void sslConfig(Example &e)
{
    e.differs(3, "+CIPSSLSIZE:2048\r\n", "+CIPSSLSIZE:2048\r\n" + Ok,
              "decision 17: OK follows the query (the example shows none)");
    const char why[] = "typo in §3.3.5's examples: a space inside the command name, which the "
                       "module does not take";
    e.differs(7, "+ CIPSSLCONF:2\r\n" + Ok, Error, why);
    e.differs(9, Ok, Error, why);
}

void casend(Example &e)
{
    e.beforeLine(3, upload("AT+CASEND", "CERTIFICATE")); // Example1 starts with one stored
    e.differs(4, pem("CERTIFICATE"), pem("CERTIFICATE") + Ok, WhyPemOk);
    e.hiddenBefore(10, {"AT+CASEND=0\r\n"}); // Example2: "no certificate stored"
}

void cipsendPassthrough(Example &e)
{
    e.setUp = JoinWiznetsz;
    auto peer = std::make_shared<TcpPeerServer>(false);
    e.others << peer;
    e.hostRewrites = {{"\"192.168.1.99\",5000", "\"127.0.0.1\"," + num(peer->port())}};
    e.differs(7, Ok, "CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    e.differs(9, "\r\nOK\r\n>", "\r\nOK\r\n\r\n>",
              "decision 5: the passthrough prompt is ESP-AT's \\r\\n>");
}

// Single connection on a TCP link, then link 0 of multiple connections on a UDP link: the sends
// with <remote IP> are UDP sends (§3.3.7).
void prepareSends(Example &e, const std::shared_ptr<TcpPeerServer> &tcp,
                  const std::shared_ptr<UdpPeer> &udp, const QByteArray &udpRemotePort)
{
    const QByteArray t = num(tcp->port());
    e.setUp = JoinWiznetsz;
    e.setUp << "AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + t + "\r\n";
    e.hostRewrites = {{"\"192.168.0.10\",50000", "\"127.0.0.1\"," + num(udp->port())}};
    e.hiddenBefore(6, {"AT+CIPCLOSE\r\n", "AT+CIPMUX=1\r\n",
                       "AT+CIPSTART=0,\"UDP\",\"127.0.0.1\"," + udpRemotePort + "\r\n"});
}

void cipsend(Example &e)
{
    auto tcp = std::make_shared<TcpPeerServer>(false);
    auto udp = std::make_shared<UdpPeer>(false);
    // The UDP link has no remote port of its own (0): a send without <remote IP> fails.
    prepareSends(e, tcp, udp, "0");
    e.differs(5, "\r\nSEND OK\r\n", recvSendOk(1220), WhyRecv);
    e.differs(9, "\r\nSEND OK\r\n", recvSendOk(1220), WhyRecv);
    e.differs(14, "\r\nSEND FAIL\r\n", "\r\nRecv 5 bytes\r\n\r\nSEND FAIL\r\n",
              "decision 4 (Recv); the instance: the UDP link has no remote port, the datagram "
              "cannot go");
    e.differs(17, Error, "link is not valid\r\n" + Error,
              "decision 12: ESP-AT names the missing link before the ERROR");
    e.verify = [tcp, udp] {
        const QByteArray digits = QByteArray("0123456789").repeated(122);
        if (tcp->received() != digits)
            return QStringLiteral("the TCP peer did not get the 1220 bytes");
        if (udp->received() != digits)
            return QStringLiteral("the UDP peer did not get the 1220 bytes");
        return QString();
    };
}

void cipsendex(Example &e)
{
    auto tcp = std::make_shared<TcpPeerServer>(false);
    auto udp = std::make_shared<UdpPeer>(false);
    prepareSends(e, tcp, udp, num(udp->port()));
    e.differs(5, "\r\nSEND OK\r\n", recvSendOk(1220), WhyRecv);
    e.differs(9, "\r\nSEND OK\r\n", recvSendOk(1220), WhyRecv);
    // "disrupted during data transmission": a TCP link whose peer closes after the prompt.
    e.hiddenBefore(11, {"AT+CIPCLOSE=0\r\n",
                        "AT+CIPSTART=0,\"TCP\",\"127.0.0.1\"," + num(tcp->port()) + "\r\n"});
    e.afterLine(12, [tcp](Bench &b) { b.await([&] { tcp->closeConnections(); }, "0,CLOSED\r\n"); });
    e.differs(14, Error, "0,CLOSED\r\n" + Error,
              "the instance: the peer closes the link while the data comes in, which the module "
              "reports (decision 2) before the ERROR");
    e.verify = [udp] {
        return udp->received() == QByteArray("0123456789").repeated(122)
                   ? QString()
                   : QStringLiteral("the UDP peer did not get the 1220 bytes");
    };
}

void cipsenderbuf(Example &e)
{
    auto tcp = std::make_shared<TcpPeerServer>(false);
    e.others << tcp;
    const QByteArray start = "AT+CIPSTART=0,\"TCP\",\"127.0.0.1\"," + num(tcp->port()) + "\r\n";
    e.setUp = JoinWiznetsz;
    e.setUp << "AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + num(tcp->port()) + "\r\n";
    const char why[] = "decision 8: the first line is <segments written so far>,<last "
                       "acknowledged> in both modes; the example's single-mode line is '0'";
    e.differs(4, "0\r\n" + Ok + "> ", "0,0\r\n" + Ok + "> ", why);
    e.hiddenBefore(7, {"AT+CIPCLOSE\r\n", "AT+CIPMUX=1\r\n", start});
    e.differs(15, "0,1\r\n" + Ok + "> ", "1,1\r\n" + Ok + "> ", why);
    e.afterLine(15, [tcp](Bench &b) { b.await([&] { tcp->closeConnections(); }, "0,CLOSED\r\n"); });
    e.differs(17, "\r\nSEND FAIL\r\n", "0,CLOSED\r\n\r\nSEND FAIL\r\n",
              "the instance: the peer closes the link while the data comes in, which the module "
              "reports (decision 2)");
    e.hiddenBefore(19, {start}); // the link is gone: a new one
    e.differs(20, "0,2\r\n" + Ok + "> ", "0,0\r\n" + Ok + "> ", why);
    e.differs(22, "\r\nbusy\r\n", "\r\n0,1,SEND OK\r\n",
              "the transcript's instance of the busy case sends exactly <length> bytes ('pong' "
              "for 4), so nothing is over the length and the write goes out");
}

void cipbuf(Example &e)
{
    auto tcp = std::make_shared<TcpPeerServer>(false);
    e.others << tcp;
    const QByteArray t = num(tcp->port());
    const QList<QByteArray> single = {"AT+CIPCLOSE=1\r\n", "AT+CIPMUX=0\r\n",
                                      "AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + t + "\r\n"};
    const QList<QByteArray> multi = {"AT+CIPCLOSE\r\n", "AT+CIPMUX=1\r\n",
                                     "AT+CIPSTART=1,\"TCP\",\"127.0.0.1\"," + t + "\r\n"};
    e.setUp = JoinWiznetsz;
    e.setUp << single.last();
    e.hiddenBefore(5, multi);
    e.hiddenBefore(7, single);
    const char why[] = "typo in §3.3.11's example: it prints AT+CIPBUFRESET for AT+CIPBUFSTATUS; "
                       "AT+CIPBUFRESET on a link with nothing pending answers OK";
    e.differs(8, "20,15,10,200,7\r\n" + Ok, Ok, why);
    e.hiddenBefore(9, multi);
    e.differs(10, "20,15,10,200,7\r\n" + Ok, Ok, why);
    // Segments 1 to 20 written and acknowledged, as the §3.3.12 examples presume.
    const auto twentySegments = [](const QByteArray &prefix, const QByteArray &ack) {
        return [prefix, ack](Bench &b) {
            for (int i = 1; i <= 20; ++i) {
                b.hidden("AT+CIPSENDERBUF=" + prefix + "1\r\n", "> ");
                b.hidden("x", ack + num(i) + ",SEND OK\r\n");
            }
        };
    };
    e.hiddenBefore(11, single);
    e.beforeLine(11, twentySegments("", "\r\n"));
    e.hiddenBefore(13, multi);
    e.beforeLine(13, twentySegments("1,", "\r\n1,"));
}

void cipcloseCifsrCipmux(Example &e)
{
    auto tcp = std::make_shared<TcpPeerServer>(false);
    e.others << tcp;
    const QByteArray t = num(tcp->port());
    // Station and soft AP, the soft AP at the manual's 192.168.4.1 (§3.3.14).
    e.setUp = {"ATE0\r\n", "AT+CWMODE_CUR=3\r\n",
               "AT+CIPAP_CUR=\"192.168.4.1\",\"192.168.4.1\",\"255.255.255.0\"\r\n",
               "AT+CWJAP_CUR=\"WIZNETSZ\",\"12345678\"\r\n",
               "AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + t + "\r\n"};
    e.differs(3, Ok, "CLOSED\r\n" + Ok, WhyClosed);
    e.hiddenBefore(4, {"AT+CIPMUX=1\r\n", "AT+CIPSTART=1,\"TCP\",\"127.0.0.1\"," + t + "\r\n"});
    e.differs(5, Ok, "1,CLOSED\r\n" + Ok, WhyClosed);
}

void server(Example &e)
{
    const QByteArray port = num(freeTcpPort());
    e.hostRewrites = {{"AT+CIPSERVER=1,5000", "AT+CIPSERVER=1," + port}};
    e.setUp << "AT+CIPSERVERMAXCONN=2\r\n"
            << "AT+CIPSTO=10\r\n";
    // §3.3.17: the maximum is set before the server is created.
    e.hiddenBefore(8, {"AT+CIPSERVER=0\r\n"});
    // §3.3.18's example runs in single-connection passthrough mode.
    e.hiddenBefore(12, {"AT+CIPSERVER=0\r\n", "AT+CIPMUX=0\r\n", "AT+CIPMODE=1\r\n"});
}

void ciupdatePingDinfo(Example &e)
{
    e.world.dnsNames.insert(QStringLiteral("www.google.com"), QHostAddress::LocalHost);
    e.setUp = JoinWiznetsz;
    e.setUp << "AT+CIPDINFO=1\r\n";
    const char why[] = "not replayable: no WIZnet update server (nor Upgrade Tool) is in the "
                       "world, the update fails";
    const QByteArray progress =
        "+CIUPDATE:<1>\r\n+CIUPDATE:<2>\r\n+CIUPDATE:<3>\r\n+CIUPDATE:<4>\r\n" + Ok;
    e.differs(3, progress, Error, why);
    e.differs(5, progress, Error, why);
    e.differs(15, Ok, Error, "typo in §3.3.23's example: the set command is printed without =1");
}

void ipd(Example &e)
{
    auto tcp = std::make_shared<TcpPeerServer>(false);
    const QByteArray t = num(tcp->port());
    e.setUp = JoinWiznetsz;
    e.setUp << "AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + t + "\r\n";
    e.beforeLine(3, [tcp](Bench &) { tcp->send("12345"); });
    e.hiddenBefore(4, {"AT+CIPCLOSE\r\n", "AT+CIPMUX=1\r\n", "AT+CIPDINFO=1\r\n",
                       "AT+CIPSTART=1,\"TCP\",\"127.0.0.1\"," + t + "\r\n"});
    e.beforeLine(4, [tcp](Bench &) { tcp->send("12345"); });
    e.peers = {{"\"127.0.0.1\"," + t + ':', "\"192.168.0.10\",50000:"}};
}

void sntpDns(Example &e)
{
    e.world.dnsNames.insert(QStringLiteral("cn.ntp.org.cn"), QHostAddress::LocalHost);
    e.setUp = JoinWiznetsz;
    e.setUp << "AT+CIPSNTPCFG=1,8,\"cn.ntp.org.cn\"\r\n"
            << "AT+CIPDNS_DEF=1,\"1.1.1.1\",\"8.8.8.8\"\r\n";
    e.differs(9, "+CIPDNS_CUR: 1.1.1.1\r\n+CIPDNS_CUR: 8.8.8.8\r\n" + Ok,
              "+CIPDNS_CUR:1.1.1.1\r\n+CIPDNS_CUR:8.8.8.8\r\n" + Ok,
              "decision 16: no space after ':' as in the template");
    e.differs(13, "+CIPDNS_DEF: 1.1.1.1\r\n+CIPDNS_DEF: 8.8.8.8\r\n" + Ok,
              "+CIPDNS_DEF:1.1.1.1\r\n+CIPDNS_DEF:8.8.8.8\r\n" + Ok,
              "decision 16: no space after ':' as in the template");
}

void mqttExample(Example &e)
{
    auto broker = std::make_shared<MosquittoBroker>();
    if (!broker->start()) {
        e.error = QStringLiteral("mosquitto does not start");
        return;
    }
    e.setUp = JoinWiznetsz;
    e.setUp << "AT+CIPMUX=1\r\n"; // the examples give a <link ID>
    e.hostRewrites = {{"\"192.168.1.20\",1883", "\"127.0.0.1\"," + num(broker->port())}};
    // Another client on the broker: it sees what the module publishes and sends it a message.
    auto other = std::make_shared<SimMqtt>();
    auto seen = std::make_shared<QList<QByteArray>>();
    QObject::connect(other.get(), &SimMqtt::messageReceived, other.get(),
                     [seen](const QString &topic, const QByteArray &payload) {
                         *seen << topic.toUtf8() + ' ' + payload;
                     });
    e.beforeLine(2, [broker, other](Bench &b) {
        SimMqtt::Options o;
        o.port = broker->port();
        o.clientId = QStringLiteral("other");
        bool up = false;
        bool subscribed = false;
        QObject context;
        QObject::connect(other.get(), &SimMqtt::connected, &context, [&up] { up = true; });
        QObject::connect(other.get(), &SimMqtt::subscribed, &context,
                         [&subscribed] { subscribed = true; });
        if (!other->connectToBroker(o) || !waitUntil([&] { return up; }, 3000) ||
            other->subscribe(QStringLiteral("pubTopic"), 0) < 0 ||
            !waitUntil([&] { return subscribed; }, 3000))
            b.problems << QStringLiteral("the other MQTT client is not on the broker");
    });
    e.beforeLine(17, [other](Bench &) {
        other->publish(QStringLiteral("subTopic1"), "subscribe data", 0, false);
    });
    e.differs(17, "subTopic1 -> \"subscribe data\"\r\n", "subTopic1 -> subscribe data\r\n",
              "decision 28: the data comes unquoted (§3.3.35/§3.3.38 examples; the template's "
              "quotes are a placeholder's)");
    e.beforeLine(23, [broker](Bench &) { broker->stop(); }); // "CONNECT FAIL": nobody there
    e.verify = [seen] {
        return waitUntil([&] { return seen->contains("pubTopic publish data"); }, 2000)
                   ? QString()
                   : QStringLiteral("the broker did not pass on the module's message");
    };
}

void azure(Example &e)
{
    e.setUp = JoinWiznetsz;
    e.differs(10, "CONNECT\r\n" + Ok, "CONNECT FAIL\r\n" + Error,
              "not replayable: Azure IoT Hub is not in the world, the connect fails");
    e.cannotReplay({11}, "no cloud-to-device message without Azure IoT Hub");
}

void aws(Example &e)
{
    e.setUp = JoinWiznetsz;
    e.setUp << "AT+CIPSSLCONF=2\r\n";                           // AT+AWSCON needs it (§3.3.38)
    e.beforeLine(3, upload("AT+AWSPKSEND", "RSA PRIVATE KEY")); // a key stored
    e.differs(4, pem("RSA PRIVATE KEY"), pem("RSA PRIVATE KEY") + Ok, WhyPemOk);
    e.hiddenBefore(9, {"AT+AWSPKSEND=0\r\n"});
    e.beforeLine(13, upload("AT+CLICASEND", "CERTIFICATE"));
    e.differs(14, pem("CERTIFICATE"), pem("CERTIFICATE") + Ok, WhyPemOk);
    e.hiddenBefore(19, {"AT+CLICASEND=0\r\n"});
    e.differs(24, Ok, Error,
              "the manual's placeholder <ThingName> stands where a quoted string belongs");
    e.differs(28, "CONNECT\r\n" + Ok, "CONNECT FAIL\r\n" + Error,
              "not replayable: AWS IoT Core is not in the world, the connect fails");
    e.cannotReplay({29}, "no shadow message without AWS IoT Core");
}

void messages(Example &e)
{
    e.setUp.clear();
    const quint16 serverPort = freeTcpPort();
    auto client = std::make_shared<QTcpSocket>();
    e.beforeLine(3, [](Bench &b) { b.module.powerOn(); });
    // A saved AP joined by itself after a reset: the Wi-Fi messages come unsolicited.
    e.beforeLine(4, [](Bench &b) {
        b.hidden({"ATE0\r\n", "AT+CWMODE_DEF=1\r\n", "AT+CWJAP_DEF=\"WIZNETSZ\",\"12345678\"\r\n"});
        b.hidden("AT+RST\r\n", "\r\nready\r\n");
        b.hidden("ATE0\r\n");
    });
    e.differs(4, "WiFi CONNECTED\r\n", "WIFI CONNECTED\r\n", WhyWifiEvents);
    e.differs(5, "WiFi GOT IP\r\n", "WIFI GOT IP\r\n", WhyWifiEvents);
    e.beforeLine(6, [](Bench &b) { b.hidden("AT+CWQAP\r\n", Ok, true); });
    e.differs(6, "WiFi DISCONNECTED\r\n", "WIFI DISCONNECT\r\n", WhyWifiEvents);
    e.cannotReplay({7}, "the module's sends never stall: it is never busy sending");
    // A command while a scan runs is refused; the scan's own answer is not part of the example.
    e.beforeLine(8, [](Bench &b) {
        b.write("AT+CWLAP\r\n");
        b.write("AT\r\n");
    });
    e.afterLine(8, [](Bench &b) { b.swallow(Ok); });
    e.beforeLine(9, [serverPort, client](Bench &b) {
        b.hidden({"AT+CIPMUX=1\r\n", "AT+CIPSERVER=1," + num(serverPort) + "\r\n"});
        client->connectToHost(QHostAddress::LocalHost, serverPort);
    });
    e.differs(9, "0, CONNECT\r\n", "0,CONNECT\r\n", "decision 2: no space (ESP-AT)");
    e.beforeLine(10, [client](Bench &) { client->disconnectFromHost(); });
    e.differs(10, "0, CLOSED\r\n", "0,CLOSED\r\n", "decision 2: no space (ESP-AT)");
    e.cannotReplay({11, 12, 13}, "no station of the world joins the module's soft AP");
    e.beforeLine(15, [](Bench &b) { b.write("AT+CWLAP\r\n"); }); // busy for a while
    e.beforeLine(17, [serverPort, client](Bench &) {
        client->connectToHost(QHostAddress::LocalHost, serverPort);
    });
    e.differs(17, "0, CONNECT\r\n", "0,CONNECT\r\n", "decision 2: no space (ESP-AT)");
    e.afterLine(17, [](Bench &b) { b.swallow(Ok); });
    e.cannotReplay({18}, "the transcript's own scenario: a module that answered busy p... has "
                         "dropped the command, no STATUS follows");
}

void tcpClient(Example &e)
{
    auto peer = std::make_shared<TcpPeerServer>(false);
    const QByteArray port = num(peer->port());
    e.setUp = JoinWiznetsz;
    e.hostRewrites = {{"\"192.168.1.99\",5000", "\"127.0.0.1\"," + port}};
    e.peers = {{"\"127.0.0.1\"," + port + ':', "\"192.168.1.99\",5000:"}};
    e.differs(7, Ok, "CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    e.differs(11, "\r\nSEND OK\r\n", recvSendOk(10), WhyRecv);
    e.beforeLine(12, [peer](Bench &) { peer->send("hello"); });
    e.differs(14, Ok, "CLOSED\r\n" + Ok, WhyClosed);
    e.differs(19, "0, CONNECT\r\n" + Ok, "0,CONNECT\r\n" + Ok, WhyConnectBeforeOk);
    e.differs(23, "\r\nSEND OK\r\n", recvSendOk(10), WhyRecv);
    e.beforeLine(24, [peer](Bench &) { peer->send("hello"); });
    e.beforeLine(27, [peer](Bench &) { peer->send("hello"); });
    e.differs(29, "0, CLOSED\r\n" + Ok, "0,CLOSED\r\n" + Ok, WhyClosed);
    e.verify = [peer] {
        return peer->received() == "01234567890123456789"
                   ? QString()
                   : QStringLiteral("the peer got %1").arg(QString::fromLatin1(peer->received()));
    };
}

void tcpServer(Example &e)
{
    const quint16 port = freeTcpPort();
    auto client = std::make_shared<QTcpSocket>();
    e.setUp = JoinWiznetsz;
    e.hostRewrites = {{"AT+CIPSERVER=1,5000", "AT+CIPSERVER=1," + num(port)}};
    e.beforeLine(10,
                 [client, port](Bench &) { client->connectToHost(QHostAddress::LocalHost, port); });
    e.differs(10, "0, CONNECT\r\n", "0,CONNECT\r\n", "decision 2: no space (ESP-AT)");
    e.beforeLine(11, [client](Bench &) { client->write("hello"); });
    e.differs(15, "\r\nSEND OK\r\n", recvSendOk(5), WhyRecv);
    e.differs(17, "0, CLOSED\r\n" + Ok, "0,CLOSED\r\n" + Ok, WhyClosed);
    e.verify = [client] {
        (void)waitUntil([&] { return client->bytesAvailable() >= 5; }, 2000);
        return client->readAll() == "hello" ? QString()
                                            : QStringLiteral("the client did not get hello");
    };
}

void udpExample(Example &e)
{
    auto first = std::make_shared<UdpPeer>(false);
    auto second = std::make_shared<UdpPeer>(false);
    const quint16 local = freeUdpPort();
    e.setUp = JoinWiznetsz;
    e.hostRewrites = {{"\"192.168.1.99\",5000,6000,2",
                       "\"127.0.0.1\"," + num(first->port()) + ',' + num(local) + ",2"},
                      {"\"192.168.1.50\",7000", "\"127.0.0.1\"," + num(second->port())}};
    e.peers = {{"\"127.0.0.1\"," + num(second->port()) + ':', "\"192.168.1.50\",7000:"}};
    e.differs(5, Ok, "1,CONNECT\r\n" + Ok, "decision 2: UDP links report CONNECT too (ESP-AT)");
    e.differs(9, "\r\nSEND OK\r\n", recvSendOk(10), WhyRecv);
    e.differs(13, "\r\nSEND OK\r\n", recvSendOk(10), WhyRecv);
    e.beforeLine(16, [second, local](Bench &) { second->sendTo(local, "9876543210"); });
    e.differs(18, Ok, "1,CLOSED\r\n" + Ok, "decision 2: UDP links report CLOSED too (ESP-AT)");
    e.verify = [first, second] {
        return first->received() == "0123456789" && second->received() == "0123456789"
                   ? QString()
                   : QStringLiteral("a UDP peer did not get its datagram");
    };
}

void softApClients(Example &e)
{
    e.cannotReplay({13, 14, 19}, "no station of the world joins the module's soft AP");
    e.differs(16, "\"192.168.36.2\",\"aa:bb:cc:dd:ee:ff\"\r\n" + Ok, Ok,
              "not replayable: no station of the world joins the soft AP, so the list is empty");
}

using Builder = void (*)(Example &);

const QHash<QString, Builder> &builders()
{
    static const QHash<QString, Builder> table = {
        {QStringLiteral("01-basic"), basic},
        {QStringLiteral("02-reset"), reset},
        {QStringLiteral("03-gmr"), gmr},
        {QStringLiteral("04-sleep"), deepSleep},
        {QStringLiteral("05-uart"), uart},
        {QStringLiteral("06-gpio"), gpio},
        {QStringLiteral("07-cwmode"), cwmode},
        {QStringLiteral("08-cwjap-query"), cwjapQuery},
        {QStringLiteral("09-cwjap-set"), cwjapSet},
        {QStringLiteral("10-cwjap-fail"), cwjapFail},
        {QStringLiteral("11-station-join"), stationJoin},
        {QStringLiteral("12-scan"), scan},
        {QStringLiteral("13-softap"), softAp},
        {QStringLiteral("14-dhcp"), dhcp},
        {QStringLiteral("15-mac"), mac},
        {QStringLiteral("16-ip"), ip},
        {QStringLiteral("17-smartconfig"), smartConfig},
        {QStringLiteral("18-wiz-netconfig"), wizNetconfig},
        {QStringLiteral("19-wps-hostname-country"), wpsHostnameCountry},
        {QStringLiteral("20-cipstatus-domain"), cipstatusDomain},
        {QStringLiteral("21-cipstart"), cipstart},
        {QStringLiteral("22-ssl-config"), sslConfig},
        {QStringLiteral("23-casend"), casend},
        {QStringLiteral("24-cipsend-passthrough"), cipsendPassthrough},
        {QStringLiteral("25-cipsend"), cipsend},
        {QStringLiteral("26-cipsendex"), cipsendex},
        {QStringLiteral("27-cipsenderbuf"), cipsenderbuf},
        {QStringLiteral("28-cipbuf"), cipbuf},
        {QStringLiteral("29-cipclose-cifsr-cipmux"), cipcloseCifsrCipmux},
        {QStringLiteral("30-server"), server},
        {QStringLiteral("31-ciupdate-ping-dinfo"), ciupdatePingDinfo},
        {QStringLiteral("32-ipd"), ipd},
        {QStringLiteral("33-sntp-dns"), sntpDns},
        {QStringLiteral("34-mqtt"), mqttExample},
        {QStringLiteral("35-azure"), azure},
        {QStringLiteral("36-aws"), aws},
        {QStringLiteral("37-messages"), messages},
        {QStringLiteral("38-tcp-client"), tcpClient},
        {QStringLiteral("39-tcp-server"), tcpServer},
        {QStringLiteral("40-udp"), udpExample},
        {QStringLiteral("41-softap-clients"), softApClients},
    };
    return table;
}

// ---------------------------------------------------------------------------------------------
// Normalising and comparing

// What legitimately differs between runs and from the manual: the loopback peers stand for the
// example's remote hosts (rewritten back), a ping's round-trip time, the SNTP clock.
QByteArray normalised(const QByteArray &bytes,
                      const QList<std::pair<QByteArray, QByteArray>> &peers = {})
{
    QByteArray b = bytes;
    for (const auto &[from, to] : peers)
        b.replace(from, to);
    QString s = QString::fromLatin1(b);
    static const QRegularExpression pingTime(QStringLiteral("(^|\\n)\\+\\d+\\r\\n"));
    s.replace(pingTime, QStringLiteral("\\1+<ms>\r\n"));
    static const QRegularExpression sntpTime(QStringLiteral("\\+CIPSNTPTIME:[^\\r]*"));
    s.replace(sntpTime, QStringLiteral("+CIPSNTPTIME:<time>"));
    return s.toLatin1();
}

QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(Transcript::escape(bytes));
}

QByteArray transcriptText(const QString &name)
{
    QFile f(QStringLiteral(ATSTUDIO_TEST_DATA "/wizfi360/") + name + QStringLiteral(".transcript"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every line the example names must be there, with the bytes it quotes.
QString checkAgainst(const Example &e, const QList<TranscriptEntry> &entries)
{
    QHash<int, const TranscriptEntry *> byLine;
    for (const TranscriptEntry &t : entries)
        byLine.insert(t.lineNumber, &t);
    for (auto it = e.differences.cbegin(); it != e.differences.cend(); ++it) {
        const TranscriptEntry *t = byLine.value(it.key());
        if (!t || t->direction != TranscriptEntry::Direction::FromModule ||
            t->bytes != it->transcript)
            return QStringLiteral("line %1 is not the module line %2")
                .arg(it.key())
                .arg(shown(it->transcript));
    }
    for (const auto &[from, to] : e.hostRewrites) {
        bool used = false;
        for (const TranscriptEntry &t : entries)
            used = used ||
                   (t.direction == TranscriptEntry::Direction::ToModule && t.bytes.contains(from));
        if (!used)
            return QStringLiteral("no host line has %1").arg(shown(from));
    }
    for (const QList<int> &lines : {e.notReplayable.keys(), e.before.keys(), e.after.keys()}) {
        for (const int l : lines) {
            if (!byLine.contains(l))
                return QStringLiteral("line %1 is not an entry of the transcript").arg(l);
        }
    }
    return QString();
}

} // namespace

class TstWizfi360ManualExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The module's SSL links trust the test's peer, as a module with its CA would.
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.addCaCertificate(QSslCertificate(QByteArray(TlsCertPem)));
        QSslConfiguration::setDefaultConfiguration(c);
    }

    void everyExampleHasAReplay()
    {
        const QStringList files = QDir(QStringLiteral(ATSTUDIO_TEST_DATA "/wizfi360"))
                                      .entryList({QStringLiteral("*.transcript")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QVERIFY2(builders().contains(QFileInfo(f).completeBaseName()), qPrintable(f));
    }

    void replaysTheManualsExample_data()
    {
        QTest::addColumn<QString>("name");
        QStringList names = builders().keys();
        names.sort();
        for (const QString &n : std::as_const(names))
            QTest::newRow(qPrintable(n)) << n;
    }

    void replaysTheManualsExample()
    {
        QFETCH(QString, name);
        QList<TranscriptProblem> problems;
        const QList<TranscriptEntry> entries = Transcript::parse(transcriptText(name), &problems);
        QVERIFY2(!entries.isEmpty() && problems.isEmpty(), "the transcript does not read");

        Example e;
        e.world = manualWorld();
        builders().value(name)(e);
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        const QString bad = checkAgainst(e, entries);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));

        Bench b(e.world);
        b.peers = e.peers;
        b.hidden(e.setUp);

        // Play: each host line once the module has answered the one before (or gone quiet);
        // the other side acts where the example has it act.
        QByteArray want;
        QList<std::pair<qsizetype, int>> origins; // normalised offset in `want` -> line
        const auto catchUp = [&] {
            const qsizetype n = normalised(want).size();
            (void)waitUntil([&] { return normalised(b.stream, b.peers).size() >= n; }, 5000);
            b.settle(15);
        };
        for (const TranscriptEntry &t : entries) {
            const int line = t.lineNumber;
            if (e.before.contains(line)) {
                catchUp();
                for (const Action &a : e.before.value(line))
                    a(b);
            }
            if (!e.notReplayable.contains(line)) {
                if (t.direction == TranscriptEntry::Direction::ToModule) {
                    catchUp();
                    QByteArray bytes = t.bytes;
                    for (const auto &[from, to] : e.hostRewrites)
                        bytes.replace(from, to);
                    b.write(bytes);
                } else {
                    origins.append({normalised(want).size(), line});
                    want +=
                        e.differences.contains(line) ? e.differences.value(line).module : t.bytes;
                }
            }
            if (e.after.contains(line)) {
                catchUp();
                for (const Action &a : e.after.value(line))
                    a(b);
            }
        }
        catchUp();
        b.settle(100); // nothing more may come
        QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join(QLatin1Char('\n'))));

        const QByteArray got = normalised(b.stream, b.peers);
        const QByteArray expected = normalised(want);
        if (got != expected) {
            qsizetype i = 0;
            while (i < got.size() && i < expected.size() && got[i] == expected[i])
                ++i;
            int line = 0;
            for (const auto &[offset, l] : origins) {
                if (offset <= i)
                    line = l;
            }
            const qsizetype from = qMax<qsizetype>(0, i - 40);
            QFAIL(qPrintable(QStringLiteral("first difference at transcript line %1:\n"
                                            "  module:  ...%2\n  example: ...%3")
                                 .arg(line)
                                 .arg(shown(got.mid(from, 160)), shown(expected.mid(from, 160)))));
        }
        if (e.verify) {
            const QString v = e.verify();
            QVERIFY2(v.isEmpty(), qPrintable(v));
        }
    }
};

QTEST_GUILESS_MAIN(TstWizfi360ManualExamples)
#include "tst_wizfi360manualexamples.moc"
