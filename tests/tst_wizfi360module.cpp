// The WizFi360 virtual module, driven by the engine with the WizFi360 dialect (and, for the
// manual's example sessions, byte for byte from the host side).
#include "log/Transcript.h"
#include "sim/SimMqtt.h"
#include "sim/wizfi360/Wizfi360Module.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"
#include "transport/PipeTransport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>

namespace {

const QString Id = QStringLiteral("wizfi360");

// The default world plus the access points and pins of the manual's examples.
World testWorld()
{
    World w = World::defaultWorld();
    WorldAccessPoint sz;
    sz.ssid = "WIZNETSZ";
    sz.bssid = "00:08:dc:9c:ef:b6";
    sz.channel = 12;
    sz.rssi = -75;
    sz.passphrase = "12345678";
    w.accessPoints << sz;
    WorldAccessPoint my;
    my.ssid = "MyAP";
    my.bssid = "aa:bb:cc:dd:ee:ff";
    my.channel = 6;
    my.rssi = -55;
    my.passphrase = "MyPassphrase";
    w.accessPoints << my;
    w.gpio.clear();
    w.gpio << WorldGpioPin{12, QStringLiteral("LED"), true, 0}
           << WorldGpioPin{11, QStringLiteral("BUTTON"), false, 0};
    return w;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator g(seed);
    QByteArray b(n, '\0');
    for (char &c : b)
        c = char(g.bounded(256));
    return b;
}

bool hasEvent(const QList<AtEvent> &events, const char *name)
{
    for (const AtEvent &e : events) {
        if (e.name == QLatin1String(name))
            return true;
    }
    return false;
}

// The module on a pipe, seen byte for byte from the host's side.
struct RawRig
{
    explicit RawRig(const World &world = testWorld())
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("raw wizfi360"));
        host = std::move(a);
        end = std::move(b);
        host->open();
        end->open();
        module.attach(end.get());
        QObject::connect(host.get(), &Transport::received, host.get(),
                         [this](const QByteArray &bytes) { received += bytes; });
    }
    // Send and wait until the output ends with `until`.
    QByteArray exchange(const QByteArray &bytes, const QByteArray &until, int ms = 3000)
    {
        received.clear();
        host->write(bytes);
        (void)QTest::qWaitFor([&] { return received.endsWith(until); }, ms);
        return std::exchange(received, {});
    }
    std::unique_ptr<PipeTransport> host;
    std::unique_ptr<PipeTransport> end;
    Wizfi360Module module;
    QByteArray received;
};

// Deliberate differences from the manual's text, each recorded in docs/virtual-module/wizfi360.md:
// the ESP-AT event spelling, link events without a space, "Recv <n> bytes", link events in
// single-connection mode; and addresses, which depend on the world.
QByteArray normalised(const QByteArray &bytes)
{
    QString s = QString::fromLatin1(bytes);
    s.replace(QLatin1String("WiFi CONNECTED"), QLatin1String("WIFI CONNECTED"));
    s.replace(QLatin1String("WiFi GOT IP"), QLatin1String("WIFI GOT IP"));
    s.replace(QLatin1String("WiFi DISCONNECTED"), QLatin1String("WIFI DISCONNECT"));
    s.replace(QRegularExpression(QStringLiteral("([0-4]), (CONNECT|CLOSED)")),
              QStringLiteral("\\1,\\2"));
    s.remove(QRegularExpression(QStringLiteral("\r\nRecv \\d+ bytes\r\n")));
    s.remove(QRegularExpression(QStringLiteral("(?<=\n)(CONNECT|CLOSED)\r\n")));
    s.replace(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+\\.\\d+")),
              QStringLiteral("<ip>"));
    s.replace(QRegularExpression(QStringLiteral("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}")),
              QStringLiteral("<mac>"));
    return s.toLatin1();
}

// Plays the host lines of a manual example to the module and collects both sides.
struct Replay
{
    QList<QPair<QByteArray, QByteArray>> hostRewrite;   // example -> this world
    QList<QPair<QByteArray, QByteArray>> moduleRewrite; // this world -> example
    // Things the example's other side does, keyed by a module chunk they cause.
    QList<QPair<QByteArray, std::function<void()>>> actions;

    QPair<QByteArray, QByteArray> run(RawRig &rig, const QString &name, int first = 0,
                                      int last = -1)
    {
        QFile f(QStringLiteral(ATSTUDIO_TEST_DATA "/wizfi360/") + name +
                QStringLiteral(".transcript"));
        if (!f.open(QIODevice::ReadOnly))
            return {"cannot read " + name.toUtf8(), {}};
        const QList<TranscriptEntry> entries = Transcript::parse(f.readAll());
        if (last < 0)
            last = int(entries.size()) - 1;
        QByteArray want;
        rig.received.clear();
        const auto got = [&] {
            QByteArray g = rig.received;
            for (const auto &[from, to] : moduleRewrite)
                g.replace(from, to);
            return normalised(g);
        };
        const auto catchUp = [&] {
            const qsizetype n = normalised(want).size();
            (void)QTest::qWaitFor([&] { return got().size() >= n; }, 3000);
        };
        for (int i = first; i <= last; ++i) {
            const TranscriptEntry &e = entries.at(i);
            if (e.direction == TranscriptEntry::Direction::ToModule) {
                catchUp();
                QByteArray bytes = e.bytes;
                for (const auto &[from, to] : hostRewrite)
                    bytes.replace(from, to);
                rig.host->write(bytes);
                continue;
            }
            for (const auto &[trigger, action] : actions) {
                if (e.bytes.contains(trigger)) {
                    catchUp();
                    action();
                }
            }
            want += e.bytes;
        }
        catchUp();
        QTest::qWait(50); // nothing more may come
        return {got(), normalised(want)};
    }
};

} // namespace

class TstWizfi360Module : public QObject
{
    Q_OBJECT

private:
    // Station mode and joined to WIZnet_Lab.
    static void joinLab(SimRig &rig)
    {
        QVERIFY(rig.run("AT+CWMODE_CUR=1")->ok());
        AtReply *r = rig.run("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"");
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
    }

private slots:
    // ---- identity and basics ----

    void bootsWithReadyAndAnswersItsIdentity()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        QVERIFY(hasEvent(rig.events(), AtEvents::ModuleReady));
        AtReply *gmr = rig.run("AT+GMR");
        QVERIFY(gmr->ok());
        QCOMPARE(gmr->lines().size(), 3);
        QVERIFY(gmr->lines().at(0).startsWith("AT version:1.1.1.7("));
        QVERIFY(gmr->lines().at(1).startsWith("SDK version:"));
        QVERIFY(gmr->lines().at(2).startsWith("compile time:"));
        AtReply *mac = rig.run("AT+CIPSTAMAC_CUR?");
        QVERIFY(mac->ok());
        QCOMPARE(mac->lines(), QList<QByteArray>{"+CIPSTAMAC_CUR:\"00:08:dc:5a:10:01\""});
        QCOMPARE(rig.run("AT+CIPAPMAC_DEF?")->lines(),
                 QList<QByteArray>{"+CIPAPMAC_DEF:\"02:08:dc:5a:10:01\""});
    }

    void echoesAsEspFirmwareDoesUntilAte0()
    {
        RawRig rig;
        rig.module.powerOn();
        QCOMPARE(rig.exchange("AT\r\n", "OK\r\n"), QByteArray("\r\nready\r\nAT\r\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("ATE0\r\n", "OK\r\n"), QByteArray("ATE0\r\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT\r\n", "OK\r\n"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(rig.exchange("ATE2\r\n", "ERROR\r\n"), QByteArray("\r\nERROR\r\n"));
        QCOMPARE(rig.exchange("at\r\n", "ERROR\r\n"), QByteArray("\r\nERROR\r\n"));
    }

    void resetsWithTheBannerAndKeepsOnlyTheFlash()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+CWMODE_DEF=1")->ok());
        QVERIFY(rig.run("AT+CIPMUX=1")->ok());
        AtReply *rst = rig.run("AT+RST");
        QVERIFY2(rst->ok(), qPrintable(rst->errorString()));
        QTRY_VERIFY(rig.session().isIdle());
        QCOMPARE(rig.run("AT+CWMODE_CUR?")->lines(), QList<QByteArray>{"+CWMODE_CUR:1"});
        QCOMPARE(rig.run("AT+CIPMUX?")->lines(), QList<QByteArray>{"+CIPMUX:0"});
        QVERIFY(rig.run("AT+RESTORE=1")->ok());
        QTRY_VERIFY(rig.session().isIdle());
        QCOMPARE(rig.run("AT+CWMODE_DEF?")->lines(), QList<QByteArray>{"+CWMODE_DEF:2"});
    }

    void savedApIsJoinedByItselfAfterAReset()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+CWMODE_DEF=1")->ok());
        QVERIFY(rig.run("AT+CWJAP_DEF=\"WIZnet_Lab\",\"wiznet1234\"")->ok());
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::WifiGotIp)).name.isEmpty());
        QVERIFY(rig.run("AT+RST")->ok());
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::WifiGotIp), 5000).name.isEmpty());
        QTRY_VERIFY(rig.session().isIdle());
        QVERIFY(rig.run("AT+CWJAP_CUR?")->lines().value(0).startsWith("+CWJAP_CUR:\"WIZnet_Lab\""));
    }

    // ---- WiFi ----

    void scanListsTheWorldsAccessPoints()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        QVERIFY(!rig.run("AT+CWLAP")->ok()); // factory mode 2 (SoftAP): no scan
        QVERIFY(rig.run("AT+CWMODE_CUR=1")->ok());
        AtReply *scan = rig.run("AT+CWLAP");
        QVERIFY(scan->ok());
        QCOMPARE(scan->responses().size(), rig.world().accessPoints.size());
        const AtFrame *lab = nullptr;
        for (const AtFrame &f : scan->responses()) {
            QCOMPARE(f.event, QString::fromLatin1(AtEvents::ScanResult));
            if (f.fields.value(AtFields::Ssid).toString() == QLatin1String("WIZnet_Lab"))
                lab = &f;
        }
        QVERIFY(lab);
        QCOMPARE(lab->fields.value(AtFields::Bssid).toString(),
                 QStringLiteral("00:08:dc:aa:bb:01"));
        QCOMPARE(lab->fields.value(AtFields::Channel).toInt(), 6);
        QCOMPARE(lab->fields.value(QStringLiteral("ecn")).toInt(), 3);
        QVERIFY(qAbs(lab->fields.value(AtFields::Rssi).toInt() + 48) <= 2);
        QVERIFY(lab->text.startsWith("+CWLAP:(3,\"WIZnet_Lab\",-"));
        QVERIFY(lab->text.endsWith(",\"00:08:dc:aa:bb:01\",6,0)"));
        // A hidden network shows with an empty SSID, and by name to a directed scan.
        AtReply *hidden = rig.run("AT+CWLAP=\"Factory-IoT\"");
        QVERIFY(hidden->ok());
        QCOMPARE(hidden->responses().size(), 1);
        QVERIFY(hidden->lines().at(0).startsWith("+CWLAP:(3,\"Factory-IoT\","));
        QVERIFY(rig.run("AT+CWLAPOPT=1,6")->ok()); // sorted, SSID and RSSI only
        AtReply *sorted = rig.run("AT+CWLAP");
        QVERIFY(sorted->lines().at(0).startsWith("+CWLAP:(\"WIZnet_Lab\",-"));
    }

    void joinWithTheRightKeyPrintsEspEvents()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        QVERIFY(hasEvent(rig.events(), AtEvents::WifiConnected));
        QVERIFY(hasEvent(rig.events(), AtEvents::WifiGotIp));
        const AtReply *sta = rig.run("AT+CIPSTA_CUR?");
        QCOMPARE(sta->lines(), (QList<QByteArray>{"+CIPSTA_CUR:ip:\"192.168.10.100\"",
                                                  "+CIPSTA_CUR:gateway:\"192.168.10.1\"",
                                                  "+CIPSTA_CUR:netmask:\"255.255.255.0\""}));
        const AtReply *ap = rig.run("AT+CWJAP?");
        QVERIFY(ap->lines().at(0).startsWith("+CWJAP:\"WIZnet_Lab\",\"00:08:dc:aa:bb:01\",6,-"));
        QCOMPARE(rig.run("AT+CIPSTATUS")->lines(), QList<QByteArray>{"STATUS:2"});
        QVERIFY(rig.run("AT+CWQAP")->ok());
        QVERIFY(!rig.waitForEvent(QString::fromLatin1(AtEvents::WifiDisconnected)).name.isEmpty());
        QCOMPARE(rig.run("AT+CWJAP_CUR?")->lines(), QList<QByteArray>{"No AP"});
        QCOMPARE(rig.run("AT+CIPSTATUS")->lines(), QList<QByteArray>{"STATUS:5"});
    }

    void joinWithTheWrongKeyFailsWithTheManualsCode()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+CWMODE=1")->ok());
        AtReply *wrong = rig.run("AT+CWJAP_CUR=\"WIZnet_Lab\",\"not-the-key\"");
        QCOMPARE(wrong->error(), AtReply::Error::Module);
        QCOMPARE(wrong->errorCode().toInt(), 2);
        QCOMPARE(wrong->lines(), QList<QByteArray>{"+CWJAP_CUR:2"});
        QCOMPARE(wrong->finalFrame().text, QByteArray("FAIL"));
        QVERIFY(!hasEvent(rig.events(), AtEvents::WifiGotIp));
        // The un-suffixed ESP form answers with its own prefix; a missing AP is code 3.
        AtReply *missing = rig.run("AT+CWJAP=\"NoSuchNet\",\"12345678\"");
        QCOMPARE(missing->errorCode().toInt(), 3);
        QCOMPARE(missing->lines(), QList<QByteArray>{"+CWJAP:3"});
        // A BSSID that is not the AP's: not found either.
        AtReply *bssid =
            rig.run("AT+CWJAP_DEF=\"WIZnet_Lab\",\"wiznet1234\",\"00:11:22:33:44:55\"");
        QCOMPARE(bssid->lines(), QList<QByteArray>{"+CWJAP_DEF:3"});
        // Quotes and commas in SSID and key, escaped with '\'.
        AtReply *quoted =
            rig.run("AT+CWJAP_CUR=\"Home \\\"Office\\\", 2.4G\",\"p@ss,word \\\"quoted\\\"\"");
        QVERIFY2(quoted->ok(), qPrintable(quoted->errorString()));
    }

    void joinWhileJoinedDropsTheOldApFirst()
    {
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        QCOMPARE(rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n"),
                 QByteArray("WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CWJAP_CUR=\"WIZNETSZ\",\"wrong-key\"\r\n", "FAIL\r\n"),
                 QByteArray("WIFI DISCONNECT\r\n+CWJAP_CUR:2\r\n\r\nFAIL\r\n"));
        // While the join runs the module is busy.
        rig.received.clear();
        rig.host->write("AT+CWJAP_CUR=\"WIZNETSZ\",\"12345678\"\r\nAT\r\n");
        QTRY_VERIFY(rig.received.endsWith("OK\r\n"));
        QCOMPARE(rig.received,
                 QByteArray("busy p...\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n"));
    }

    void softApRunsWithItsOwnAddress()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        QVERIFY(rig.run("AT+CWMODE_CUR=1")->ok());
        QVERIFY(!rig.run("AT+CWSAP_CUR=\"AtStudio\",\"12345678\",6,3,4,0")->ok()); // station only
        QVERIFY(rig.run("AT+CWMODE_CUR=3")->ok());
        QVERIFY(rig.run("AT+CWSAP_CUR=\"AtStudio\",\"12345678\",6,3,4,0")->ok());
        QCOMPARE(rig.run("AT+CWSAP_CUR?")->lines(),
                 QList<QByteArray>{"+CWSAP_CUR:\"AtStudio\",\"12345678\",6,3,4,0"});
        QVERIFY(!rig.run("AT+CWSAP_CUR=\"AtStudio\",\"1234567\",6,3")->ok());  // key too short
        QVERIFY(!rig.run("AT+CWSAP_CUR=\"AtStudio\",\"12345678\",6,1")->ok()); // WEP
        QVERIFY(rig.run("AT+CIPAP_CUR=\"192.168.50.1\",\"192.168.50.1\",\"255.255.255.0\"")->ok());
        QVERIFY(!rig.run("AT+CIPAP_CUR=\"10.0.0.1\"")->ok()); // class C only
        QCOMPARE(rig.run("AT+CWDHCPS_CUR?")->lines(),
                 QList<QByteArray>{"+CWDHCPS_CUR:120,\"192.168.50.2\",\"192.168.50.101\""});
        QVERIFY(rig.run("AT+CWDHCPS_CUR=1,60,\"192.168.50.10\",\"192.168.50.20\"")->ok());
        QVERIFY(!rig.run("AT+CWDHCPS_CUR=1,60,\"192.168.9.10\",\"192.168.9.20\"")->ok());
        AtReply *cifsr = rig.run("AT+CIFSR");
        QCOMPARE(
            cifsr->lines(),
            (QList<QByteArray>{"+CIFSR:APIP,\"192.168.50.1\"", "+CIFSR:APMAC,\"02:08:dc:5a:10:01\"",
                               "+CIFSR:STAIP,\"0.0.0.0\"", "+CIFSR:STAMAC,\"00:08:dc:5a:10:01\""}));
        AtReply *lif = rig.run("AT+CWLIF");
        QVERIFY(lif->ok());
        QVERIFY(lif->lines().isEmpty());
        QCOMPARE(rig.run("AT+CWHOSTNAME?")->lines(),
                 QList<QByteArray>{"+CWHOSTNAME:WizFi360_5A1001"});
        QVERIFY(rig.run("AT+CWMODE_CUR=2")->ok());
        QCOMPARE(rig.run("AT+CWHOSTNAME?")->lines(), QList<QByteArray>{"+CWHOSTNAME:<NULL>"});
    }

    // ---- sockets ----

    void tcpClientRoundTripInSingleConnectionMode()
    {
        TcpPeerServer peer;
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        AtReply *start =
            rig.run("AT+CIPSTART=\"TCP\",\"echo.local\"," + QByteArray::number(peer.port()));
        QVERIFY2(start->ok(), qPrintable(start->errorString()));
        QVERIFY(hasEvent(rig.events(), AtEvents::SocketConnected));
        QCOMPARE(rig.run("AT+CIPSTART=\"TCP\",\"echo.local\",1")->finalFrame().text,
                 QByteArray("ALREADY CONNECTED"));
        AtReply *send = rig.run("AT+CIPSEND=5", "hello");
        QVERIFY2(send->ok(), qPrintable(send->errorString()));
        QCOMPARE(send->lines().last(), QByteArray("Recv 5 bytes"));
        QTRY_COMPARE(peer.received(), QByteArray("hello"));
        QTRY_COMPARE(rig.socketData(-1), QByteArray("hello"));
        const QByteArrayList status = rig.run("AT+CIPSTATUS")->lines();
        QCOMPARE(status.value(0), QByteArray("STATUS:3"));
        QVERIFY(status.value(1).startsWith("+CIPSTATUS:0,\"TCP\",\"127.0.0.1\"," +
                                           QByteArray::number(peer.port()) + ','));
        QVERIFY(status.value(1).endsWith(",0"));
        QVERIFY(rig.run("AT+CIPCLOSE")->ok());
        QVERIFY(hasEvent(rig.events(), AtEvents::SocketClosed));
        QCOMPARE(rig.run("AT+CIPSTATUS")->lines(), QList<QByteArray>{"STATUS:4"});
        QVERIFY(!rig.run("AT+CIPSEND=5")->ok()); // no link
    }

    void tcpClientInMultiConnectionModeWithRemoteInfo()
    {
        TcpPeerServer peer(false);
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        QVERIFY(rig.run("AT+CIPMUX=1")->ok());
        QVERIFY(rig.run("AT+CIPDINFO=1")->ok());
        QCOMPARE(rig.run("AT+CIPDINFO?")->lines(), QList<QByteArray>{"+CIPDINFO:TRUE"});
        QVERIFY(rig.run("AT+CIPSTART=3,\"TCP\",\"127.0.0.1\"," + QByteArray::number(peer.port()))
                    ->ok());
        const AtEvent connected = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketConnected));
        QCOMPARE(connected.fields.value(AtFields::Socket).toInt(), 3);
        QCOMPARE(connected.raw, QByteArray("3,CONNECT"));
        QTRY_COMPARE(peer.connections(), 1);
        QSignalSpy frames(&rig.session(), &AtSession::frameReceived);
        peer.send("abc");
        QTRY_COMPARE(rig.socketData(3), QByteArray("abc"));
        bool sawHeader = false;
        for (const QList<QVariant> &args : frames) {
            const AtFrame f = args.at(0).value<AtFrame>();
            if (f.kind == AtFrame::Kind::Data) {
                QCOMPARE(f.text, "+IPD,3,3,\"127.0.0.1\"," + QByteArray::number(peer.port()) + ':');
                sawHeader = true;
            }
        }
        QVERIFY(sawHeader);
        peer.closeConnections();
        const AtEvent closed = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketClosed));
        QCOMPARE(closed.raw, QByteArray("3,CLOSED"));
    }

    void connectingToNobodyFails()
    {
        const quint16 port = freePort();
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n");
        QCOMPARE(
            rig.exchange("AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + QByteArray::number(port) + "\r\n",
                         "CLOSED\r\n"),
            QByteArray("\r\nERROR\r\nCLOSED\r\n"));
        QCOMPARE(rig.exchange("AT+CIPSTART=\"TCP\",\"nowhere.example\",80\r\n", "ERROR\r\n"),
                 QByteArray("DNS Fail\r\n\r\nERROR\r\n"));
        QCOMPARE(rig.exchange("AT+CIPDOMAIN=\"echo.local\"\r\n", "OK\r\n"),
                 QByteArray("+CIPDOMAIN:\"127.0.0.1\"\r\n\r\nOK\r\n"));
    }

    void tcpServerAcceptsALoopbackClient()
    {
        const quint16 port = freePort();
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        QVERIFY(!rig.run("AT+CIPSERVER=1," + QByteArray::number(port))->ok()); // needs CIPMUX=1
        QVERIFY(rig.run("AT+CIPMUX=1")->ok());
        QVERIFY(rig.run("AT+CIPSERVERMAXCONN=1")->ok());
        QVERIFY(rig.run("AT+CIPSERVER=1," + QByteArray::number(port))->ok());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        const AtEvent connected = rig.waitForEvent(QString::fromLatin1(AtEvents::SocketConnected));
        QCOMPARE(connected.raw, QByteArray("0,CONNECT"));
        QTcpSocket second; // beyond CIPSERVERMAXCONN: refused
        second.connectToHost(QHostAddress::LocalHost, port);
        QTRY_VERIFY(second.state() == QAbstractSocket::UnconnectedState);
        client.write("ping");
        QTRY_COMPARE(rig.socketData(0), QByteArray("ping"));
        QVERIFY(rig.run("AT+CIPSEND=0,4", "pong")->ok());
        QTRY_COMPARE(client.bytesAvailable(), 4);
        QCOMPARE(client.readAll(), QByteArray("pong"));
        const QByteArrayList status = rig.run("AT+CIPSTATUS")->lines();
        QVERIFY(status.value(1).startsWith("+CIPSTATUS:0,\"TCP\",\"127.0.0.1\","));
        QVERIFY(status.value(1).endsWith(',' + QByteArray::number(port) + ",1"));
        client.disconnectFromHost();
        QCOMPARE(rig.waitForEvent(QString::fromLatin1(AtEvents::SocketClosed)).raw,
                 QByteArray("0,CLOSED"));
        QVERIFY(!rig.run("AT+CIPMUX=0")->ok()); // the server is still there
        QVERIFY(rig.run("AT+CIPSERVER=0")->ok());
        QVERIFY(rig.run("AT+CIPMUX=0")->ok());
    }

    void udpRoundTripAndPeerChange()
    {
        UdpPeer peer;
        UdpPeer other(false);
        const quint16 local = freePort();
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        QVERIFY(rig.run("AT+CIPMUX=1")->ok());
        QVERIFY(rig.run("AT+CIPSTART=1,\"UDP\",\"127.0.0.1\"," + QByteArray::number(peer.port()) +
                        ',' + QByteArray::number(local) + ",2")
                    ->ok());
        QVERIFY(rig.run("AT+CIPSEND=1,5", "hello")->ok());
        QTRY_COMPARE(peer.received(), QByteArray("hello"));
        QTRY_COMPARE(rig.socketData(1), QByteArray("hello")); // the peer's echo
        // To another destination for one datagram.
        QVERIFY(rig.run("AT+CIPSEND=1,3,\"127.0.0.1\"," + QByteArray::number(other.port()), "abc")
                    ->ok());
        QTRY_COMPARE(other.received(), QByteArray("abc"));
        // UDP mode 2: the last sender becomes the peer.
        rig.clearSocketData(1);
        other.sendTo(local, "from-other");
        QTRY_COMPARE(rig.socketData(1), QByteArray("from-other"));
        QVERIFY(rig.run("AT+CIPSEND=1,4", "back")->ok());
        QTRY_COMPARE(other.received(), QByteArray("abcback"));
        QVERIFY(rig.run("AT+CIPCLOSE=1")->ok());
    }

    void oneMegabyteBothWaysInMaximumChunks()
    {
        TcpPeerServer peer; // echoes every byte back
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        QVERIFY(rig.run("AT+CIPMUX=1")->ok());
        QVERIFY(rig.run("AT+CIPSTART=0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(peer.port()))
                    ->ok());
        QVERIFY(!rig.run("AT+CIPSEND=0,2049")->ok()); // 2048 is the most per send
        const QByteArray data = randomBytes(1024 * 1024, 360);
        // All 512 sends queued at once: the engine runs them one after the other.
        int done = 0;
        QStringList failures;
        for (qsizetype at = 0; at < data.size(); at += 2048) {
            AtReply *r = rig.session().send("AT+CIPSEND=0,2048", data.mid(at, 2048));
            connect(r, &AtReply::finished, this, [r, at, &done, &failures] {
                ++done;
                if (!r->ok())
                    failures << QStringLiteral("at %1: %2").arg(at).arg(r->errorString());
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 512, 30000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(peer.received().size(), data.size(), 10000);
        QVERIFY(peer.received() == data);
        QTRY_COMPARE_WITH_TIMEOUT(rig.socketData(0).size(), data.size(), 10000);
        QVERIFY(rig.socketData(0) == data); // back through +IPD
    }

    void sendExStopsAtBackslashZero()
    {
        TcpPeerServer peer(false);
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n");
        rig.exchange("AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + QByteArray::number(peer.port()) +
                         "\r\n",
                     "OK\r\n");
        QCOMPARE(rig.exchange("AT+CIPSENDEX=100\r\n", "> "), QByteArray("\r\nOK\r\n> "));
        QCOMPARE(rig.exchange("ab\\\\c\\0", "SEND OK\r\n"),
                 QByteArray("\r\nRecv 7 bytes\r\n\r\nSEND OK\r\n"));
        QTRY_COMPARE(peer.received(), QByteArray("ab\\c"));
    }

    void bufferedSendsReportTheirSegments()
    {
        TcpPeerServer peer(false);
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n");
        rig.exchange("AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + QByteArray::number(peer.port()) +
                         "\r\n",
                     "OK\r\n");
        QCOMPARE(rig.exchange("AT+CIPSENDERBUF=4\r\n", "> "), QByteArray("0,0\r\n\r\nOK\r\n> "));
        QCOMPARE(rig.exchange("ping", "SEND OK\r\n"), QByteArray("\r\n1,SEND OK\r\n"));
        QCOMPARE(rig.exchange("AT+CIPBUFSTATUS\r\n", "OK\r\n"),
                 QByteArray("2,1,1,21900,7\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CIPCHECKSEQ=1\r\n", "OK\r\n"),
                 QByteArray("1,TRUE\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CIPSENDERBUF=2\r\n", "> "), QByteArray("1,1\r\n\r\nOK\r\n> "));
        QCOMPARE(rig.exchange("toolong", "busy\r\n"), QByteArray("\r\nbusy\r\n"));
        QCOMPARE(rig.exchange("AT+CIPBUFRESET\r\n", "OK\r\n"), QByteArray("\r\nOK\r\n"));
        QTRY_COMPARE(peer.received(), QByteArray("ping"));
    }

    void passthroughCarriesRawBytesUntilPlusPlusPlus()
    {
        TcpPeerServer peer;
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        QVERIFY(!rig.run("AT+CIPSEND")->ok()); // not in passthrough mode
        QVERIFY(rig.run("AT+CIPMODE=1")->ok());
        QVERIFY(!rig.run("AT+CIPMUX=1")->ok()); // passthrough needs a single connection
        QVERIFY(
            rig.run("AT+CIPSTART=\"TCP\",\"127.0.0.1\"," + QByteArray::number(peer.port()))->ok());
        QByteArray out;
        connect(&rig.module(), &VirtualModule::bytesOut, this,
                [&out](const QByteArray &b) { out += b; });
        AtReply *send = rig.run("AT+CIPSEND", "raw\r\nbytes+");
        QVERIFY2(send->ok(), qPrintable(send->errorString()));
        QTRY_COMPARE(peer.received(), QByteArray("raw\r\nbytes+"));
        QTRY_VERIFY(out.endsWith("raw\r\nbytes+")); // the echo, as it came: no +IPD
        QVERIFY(out.startsWith("\r\nOK\r\n\r\n>"));
        QVERIFY(!out.contains("+IPD"));
        QTest::qWait(60);
        rig.session().writeRaw("+++");
        QTest::qWait(60);
        AtReply *at = rig.run("AT");
        QVERIFY2(at->ok(), qPrintable(at->errorString()));
        QCOMPARE(peer.received(), QByteArray("raw\r\nbytes+")); // the escape was not sent
        QVERIFY(rig.run("AT+CIPMODE=0")->ok());
        QVERIFY(rig.run("AT+CIPCLOSE")->ok());
    }

    void pingAndSntpOnlyReachTheWorld()
    {
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n"); // no soft AP, no station link
        QCOMPARE(rig.exchange("AT+PING=\"echo.local\"\r\n", "ERROR\r\n"),
                 QByteArray("\r\nERROR\r\n"));
        rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n");
        QVERIFY(
            QRegularExpression(QStringLiteral("^\\+\\d\r\n\r\nOK\r\n$"))
                .match(QString::fromLatin1(rig.exchange("AT+PING=\"echo.local\"\r\n", "OK\r\n")))
                .hasMatch());
        QCOMPARE(rig.exchange("AT+PING=\"8.8.8.8\"\r\n", "ERROR\r\n"),
                 QByteArray("+timeout\r\n\r\nERROR\r\n"));
        rig.exchange("AT+CIPSNTPCFG=1,8\r\n", "OK\r\n");
        QCOMPARE(
            rig.exchange("AT+CIPSNTPCFG?\r\n", "OK\r\n"),
            QByteArray("+CIPSNTPCFG:1,8,\"cn.ntp.org.cn\",\"ntp.sjtu.edu.cn\",\"us.pool.ntp.org\""
                       "\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CIPSNTPTIME?\r\n", "OK\r\n"),
                 QByteArray("+CIPSNTPTIME:Thu Jan 01 08:00:00 1970\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CIUPDATE\r\n", "ERROR\r\n"), QByteArray("\r\nERROR\r\n"));
    }

    // ---- MQTT ----

    void mqttConnectPublishAndReceiveOnARealBroker()
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
        other.subscribe(QStringLiteral("atstudio/out"), 0);
        QTRY_COMPARE(otherSubscribed.size(), 1);
        QSignalSpy otherGot(&other, &SimMqtt::messageReceived);

        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        const QByteArray con = "AT+MQTTCON=0,\"127.0.0.1\"," + QByteArray::number(broker.port());
        QVERIFY(!rig.run(con)->ok()); // no topics yet
        QVERIFY(rig.run("AT+MQTTSET=\"user\",\"secret\",\"wizfi360-tst\",60")->ok());
        QCOMPARE(rig.run("AT+MQTTSET?")->lines(),
                 QList<QByteArray>{"\"user\",\"secret\",\"wizfi360-tst\",60"});
        QVERIFY(rig.run("AT+MQTTTOPIC=\"atstudio/out\",\"atstudio/in\",\"atstudio/cmd\"")->ok());
        QCOMPARE(rig.run("AT+MQTTTOPIC?")->lines(),
                 QList<QByteArray>{"\"atstudio/out\",\"atstudio/in\",\"atstudio/cmd\""});
        AtReply *connect = rig.run(con);
        QVERIFY2(connect->ok(), qPrintable(connect->errorString()));
        QCOMPARE(connect->lines(), QList<QByteArray>{"CONNECT"});
        QVERIFY(rig.run("AT+MQTTPUB=\"hello broker\"")->ok());
        QTRY_COMPARE(otherGot.size(), 1);
        QCOMPARE(otherGot.at(0).at(0).toString(), QStringLiteral("atstudio/out"));
        QCOMPARE(otherGot.at(0).at(1).toByteArray(), QByteArray("hello broker"));
        other.publish(QStringLiteral("atstudio/cmd"), "hello module", 0, false);
        const AtEvent message = rig.waitForEvent(QString::fromLatin1(AtEvents::MqttMessage));
        QCOMPARE(message.fields.value(AtFields::Topic).toString(), QStringLiteral("atstudio/cmd"));
        QCOMPARE(message.fields.value(AtFields::Payload).toString(),
                 QStringLiteral("hello module"));
        QCOMPARE(message.raw, QByteArray("atstudio/cmd -> hello module"));
        AtReply *dis = rig.run("AT+MQTTDIS");
        QVERIFY(dis->ok());
        QCOMPARE(dis->finalFrame().text, QByteArray("CLOSE"));
        QVERIFY(!rig.run("AT+MQTTPUB=\"late\"")->ok());
        // No broker at that port.
        AtReply *refused = rig.run("AT+MQTTCON=0,\"127.0.0.1\"," + QByteArray::number(freePort()));
        QCOMPARE(refused->error(), AtReply::Error::Module);
        QCOMPARE(refused->finalFrame().text, QByteArray("CONNECT FAIL"));
        other.disconnectFromBroker();
        broker.stop();
    }

    void cloudConnectsFailWithoutTheCloud()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        joinLab(rig);
        QVERIFY(rig.run("AT+AZSET=\"hub\",\"dev\",\"key\"")->ok());
        QVERIFY(rig.run("AT+MQTTTOPIC=\"devices/dev/messages/events/\","
                        "\"devices/dev/messages/devicebound/#\"")
                    ->ok());
        AtReply *az = rig.run("AT+AZCON");
        QCOMPARE(az->finalFrame().text, QByteArray("CONNECT FAIL"));
        QVERIFY(!rig.run("AT+AWSCON")->ok());  // needs AT+CIPSSLCONF=2
        QVERIFY(!rig.run("AT+CASEND?")->ok()); // no certificate stored
    }

    void certificateUploadRunsToTheEndLine()
    {
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        QCOMPARE(rig.exchange("AT+CASEND=1\r\n", ">"), QByteArray(">"));
        QCOMPARE(rig.exchange("-----BEGIN CERTIFICATE-----\r\nMIIB\r\n", "", 100), QByteArray());
        QCOMPARE(rig.exchange("-----END CERTIFICATE-----\r\n", "OK\r\n"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CASEND?\r\n", "OK\r\n"),
                 QByteArray("-----BEGIN CERTIFICATE-----\r\nMIIB\r\n-----END CERTIFICATE-----"
                            "\r\n\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CASEND=0\r\n", "OK\r\n"), QByteArray("\r\nOK\r\n"));
        QCOMPARE(rig.exchange("AT+CASEND?\r\n", "ERROR\r\n"), QByteArray("\r\nERROR\r\n"));
    }

    // ---- GPIO ----

    void gpioWriteAndReadWithTheManualsErrors()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        AtReply *notGpio = rig.run("AT+SYSGPIODIR=12,1");
        QCOMPARE(notGpio->error(), AtReply::Error::Module);
        QCOMPARE(notGpio->lines(), QList<QByteArray>{"NOT GPIO MODE!"});
        QVERIFY(rig.run("AT+SYSIOSETCFG=12,1,0")->ok());
        QCOMPARE(rig.run("AT+SYSIOGETCFG=12")->lines(), QList<QByteArray>{"+SYSIOGETCFG:12,1,0"});
        QVERIFY(rig.run("AT+SYSGPIODIR=12,1")->ok());
        QVERIFY(rig.run("AT+SYSGPIOWRITE=12,1")->ok());
        QCOMPARE(rig.run("AT+SYSGPIOREAD=12")->lines(), QList<QByteArray>{"+SYSGPIOREAD:12,1,1"});
        QVERIFY(rig.run("AT+SYSGPIOWRITE=12,0")->ok());
        QCOMPARE(rig.run("AT+SYSGPIOREAD=12")->lines(), QList<QByteArray>{"+SYSGPIOREAD:12,1,0"});
        // An input reads what the world wires to it; an unwired input reads its pull-up.
        QVERIFY(rig.run("AT+SYSIOSETCFG=11,1,0")->ok());
        QVERIFY(rig.run("AT+SYSGPIODIR=11,0")->ok());
        QCOMPARE(rig.run("AT+SYSGPIOREAD=11")->lines(), QList<QByteArray>{"+SYSGPIOREAD:11,0,0"});
        AtReply *notOutput = rig.run("AT+SYSGPIOWRITE=11,1");
        QCOMPARE(notOutput->lines(), QList<QByteArray>{"NOT OUTPUT MODE!"});
        QVERIFY(rig.run("AT+SYSIOSETCFG=13,1,0")->ok());
        QVERIFY(rig.run("AT+SYSGPIODIR=13,0")->ok());
        QCOMPARE(rig.run("AT+SYSGPIOREAD=13")->lines(), QList<QByteArray>{"+SYSGPIOREAD:13,0,1"});
        QCOMPARE(rig.run("AT+SYSGPIOREAD=6")->lines(), QList<QByteArray>{"NOT GPIO MODE!"});
        QVERIFY(!rig.run("AT+SYSIOSETCFG=5,1,0")->ok()); // no GPIO function on pin 5
        QVERIFY(!rig.run("AT+SYSADC?")->ok());           // the manual has no ADC command
        QVERIFY(!rig.run("AT+SYSADC=0")->ok());
    }

    void badParametersGetError()
    {
        SimRig rig(Id, testWorld());
        QVERIFY(rig.start());
        for (const QByteArray &bad :
             {QByteArray("AT+CWMODE_CUR=4"), QByteArray("AT+CWMODE_CUR=\"1\""),
              QByteArray("AT+CWJAP_CUR=\"123456789012345678901234567890123\",\"k\""),
              QByteArray("AT+CIPMUX=2"), QByteArray("AT+CIPSEND=0"),
              QByteArray("AT+UART_CUR=1234,8,1,0,0"), QByteArray("AT+GSLP=999"),
              QByteArray("AT+CWLAPOPT=1"), QByteArray("AT+CIPSTO=7201"),
              QByteArray("AT+MQTTSET=\"u\",\"p\",\"c\",20"),
              QByteArray("AT+CIPSTAMAC_CUR=\"01:08:dc:00:00:01\""),
              QByteArray("AT+CIPAPMAC_CUR=\"02:08:dc:11:12:13\""), QByteArray("AT+CWMODE_CUR=?"),
              QByteArray("AT+NOSUCH"), QByteArray("AT+CIPRECVDATA=0,10")}) {
            AtReply *r = rig.run(bad);
            QVERIFY2(r->error() == AtReply::Error::Module, bad.constData());
            QCOMPARE(r->finalFrame().text, QByteArray("ERROR"));
        }
    }

    // ---- the manual's example sessions, byte for byte ----

    void manualExampleBasic()
    {
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        const auto [got, want] = Replay{}.run(rig, QStringLiteral("01-basic"));
        QCOMPARE(got, want);
    }

    void manualExampleGpio()
    {
        World w = testWorld();
        w.gpio.clear(); // the example's pins have nothing wired
        RawRig rig(w);
        rig.exchange("ATE0\r\n", "OK\r\n");
        const auto [got, want] = Replay{}.run(rig, QStringLiteral("06-gpio"));
        QCOMPARE(got, want);
    }

    void manualExampleJoinFailures()
    {
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        // codes 2 (wrong password) and 3 (no AP); 1 and 4 have no cause in the world
        const auto [got, want] = Replay{}.run(rig, QStringLiteral("10-cwjap-fail"), 2, 5);
        QCOMPARE(got, want);
    }

    void manualExampleStationJoin()
    {
        World w = testWorld();
        w.dhcp.first = w.dhcp.last = QHostAddress(QStringLiteral("192.168.1.88"));
        w.dhcp.gateway = QHostAddress(QStringLiteral("192.168.1.1"));
        RawRig rig(w);
        rig.exchange("ATE0\r\n", "OK\r\n");
        // up to the address query (the AP cannot vanish from the world)
        const auto [got, want] = Replay{}.run(rig, QStringLiteral("11-station-join"), 0, 15);
        QCOMPARE(got, want);
        QVERIFY(got.contains("WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n"));
    }

    void manualExampleTcpClient()
    {
        TcpPeerServer peer(false);
        const QByteArray port = QByteArray::number(peer.port());
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n");
        Replay replay;
        replay.hostRewrite = {{"\"192.168.1.99\",5000", "\"127.0.0.1\"," + port}};
        // (single connection: CLOSED comes right after the +IPD payload)
        replay.moduleRewrite = {{"," + port + ':', ",5000:"}, {":helloCLOSED\r\n", ":hello"}};
        replay.actions = {{"+IPD", [&peer] { peer.send("hello"); }}};
        const auto [got, want] = replay.run(rig, QStringLiteral("38-tcp-client"));
        QCOMPARE(got, want);
        QCOMPARE(peer.received(), QByteArray("01234567890123456789"));
    }

    void manualExampleTcpServer()
    {
        const quint16 port = freePort();
        QTcpSocket client;
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n");
        Replay replay;
        replay.hostRewrite = {{"=1,5000", "=1," + QByteArray::number(port)}};
        replay.actions = {{"CONNECT", [&] { client.connectToHost(QHostAddress::LocalHost, port); }},
                          {"+IPD", [&] { client.write("hello"); }}};
        const auto [got, want] = replay.run(rig, QStringLiteral("39-tcp-server"));
        QCOMPARE(got, want);
        QTRY_COMPARE(client.bytesAvailable(), 5);
        QCOMPARE(client.readAll(), QByteArray("hello"));
    }

    void manualExampleUdp()
    {
        UdpPeer first(false);
        UdpPeer second(false);
        const QByteArray local = QByteArray::number(freePort());
        RawRig rig;
        rig.exchange("ATE0\r\n", "OK\r\n");
        rig.exchange("AT+CWMODE_CUR=1\r\n", "OK\r\n");
        rig.exchange("AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\"\r\n", "OK\r\n");
        Replay replay;
        replay.hostRewrite = {
            {"\"192.168.1.99\",5000,6000",
             "\"127.0.0.1\"," + QByteArray::number(first.port()) + ',' + local},
            {"\"192.168.1.50\",7000", "\"127.0.0.1\"," + QByteArray::number(second.port())}};
        // ESP firmware reports UDP links opening and closing too; the example shows neither.
        replay.moduleRewrite = {{"," + QByteArray::number(second.port()) + ':', ",7000:"},
                                {"1,CONNECT\r\n", ""},
                                {"1,CLOSED\r\n", ""}};
        replay.actions = {{"+IPD", [&] { second.sendTo(quint16(local.toUInt()), "9876543210"); }}};
        const auto [got, want] = replay.run(rig, QStringLiteral("40-udp"));
        QCOMPARE(got, want);
        QCOMPARE(first.received(), QByteArray("0123456789"));
        QCOMPARE(second.received(), QByteArray("0123456789"));
    }
};

QTEST_GUILESS_MAIN(TstWizfi360Module)
#include "tst_wizfi360module.moc"
