// The Air602 virtual module driven by the engine's Air602 dialect (and, where the bytes matter,
// directly through a pipe): identity, echo, parameters and flash, Wi-Fi, real loopback sockets,
// a 1 MB transfer, transparent mode, MQTT on a real broker, errors, and the manual's examples.
#include "sim/air602/Air602Module.h"
#include "support/DialectExamples.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"
#include "transport/PipeTransport.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(World)

namespace {

// The module alone on a pipe: bytes in, bytes out.
struct Wire
{
    explicit Wire(const World &world = World::defaultWorld())
        : module(world)
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("air602 wire"));
        host = std::move(a);
        end = std::move(b);
        host->open();
        end->open();
        module.attach(end.get());
        QObject::connect(host.get(), &Transport::received, host.get(),
                         [this](const QByteArray &bytes) { received += bytes; });
    }
    // Send and wait until the output has grown by `expected` (or settled).
    QByteArray exchange(const QByteArray &bytes, const QByteArray &expectedEnd = "\r\n\r\n")
    {
        const qsizetype start = received.size();
        host->write(bytes);
        (void)QTest::qWaitFor(
            [&] { return received.size() > start && received.endsWith(expectedEnd); }, 3000);
        return received.mid(start);
    }
    std::unique_ptr<PipeTransport> host;
    std::unique_ptr<PipeTransport> end;
    Air602Module module;
    QByteArray received;
};

QByteArray finalText(AtReply *r)
{
    return r->finalFrame().text;
}

// Multi-line replies (AT+WSCAN, AT+SKSTT): the records are responses, the blank line the final.
QByteArray firstRecord(AtReply *r)
{
    return r->responses().isEmpty() ? QByteArray() : r->responses().at(0).text;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Join the default world's WIZnet_Lab network.
bool join(SimRig &rig)
{
    return rig.run("AT+WPRT=0")->ok() && rig.run("AT+SSID=WIZnet_Lab")->ok() &&
           rig.run("AT+KEY=1,0,wiznet1234")->ok() && rig.run("AT+WJOIN")->ok();
}

int openSocket(SimRig &rig, const QByteArray &command)
{
    AtReply *r = rig.run(command);
    if (!r->ok() || !finalText(r).startsWith("+OK="))
        return -1;
    return finalText(r).mid(4).toInt();
}

} // namespace

class TstAir602Module : public QObject
{
    Q_OBJECT

private slots:
    void identity()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QCOMPARE(finalText(rig.run("AT+QVER")), QByteArray("+OK=AirM2M_Luat_WiFi_V008_WM"));
        QCOMPARE(finalText(rig.run("AT+QMAC")), QByteArray("+OK=0008dc5a1001"));
        QCOMPARE(finalText(rig.run("AT+APMAC")), QByteArray("+OK=0208dc5a1001"));
        QVERIFY(rig.run("AT+")->ok());
        // The older APSTA names of the command table (§1.2.1).
        QCOMPARE(finalText(rig.run("AT+QMAC2")), QByteArray("+OK=0208dc5a1001"));
    }

    void everyReplyEndsWithABlankLine()
    {
        Wire w;
        QCOMPARE(w.exchange("AT+\r"), QByteArray("+OK\r\n\r\n"));
        QCOMPARE(w.exchange("AT+QVER\r"), QByteArray("+OK=AirM2M_Luat_WiFi_V008_WM\r\n\r\n"));
        QCOMPARE(w.exchange("AT+NOSUCH\r"), QByteArray("+ERR=-2\r\n\r\n"));
        // The SDK drivers end commands with CR LF: the LF is dropped.
        QCOMPARE(w.exchange("AT+\r\nAT+\r\n"), QByteArray("+OK\r\n\r\n+OK\r\n\r\n"));
        // A line without "AT+" is no command and gets no answer.
        QCOMPARE(w.exchange("hello\rAT\rAT+\r"), QByteArray("+OK\r\n\r\n"));
    }

    void echoIsOffAtPowerOnAndToggledByAtE()
    {
        Wire w;
        w.module.powerOn();
        QTRY_COMPARE(w.received, QByteArray("ready\r\n"));
        w.received.clear();
        QCOMPARE(w.exchange("AT+E\r"), QByteArray("+OK\r\n\r\n"));
        // The firmware echoes the whole line, its CR turned into CR LF, before the answer.
        QCOMPARE(w.exchange("AT+QVER\r"),
                 QByteArray("AT+QVER\r\n+OK=AirM2M_Luat_WiFi_V008_WM\r\n\r\n"));
        QCOMPARE(w.exchange("AT+E\r"), QByteArray("AT+E\r\n+OK\r\n\r\n"));
        QCOMPARE(w.exchange("AT+\r"), QByteArray("+OK\r\n\r\n"));
        QCOMPARE(w.exchange("AT+E=1\r"), QByteArray("+ERR=-3\r\n\r\n"));
    }

    void commandsDuringAScanAreDiscarded()
    {
        Wire w;
        // §2.1.1.1: a command while the previous one runs gets no answer at all.
        const QByteArray out = w.exchange("AT+WSCAN\rAT+QVER\r", "\r\n\r\n");
        QVERIFY(out.startsWith("+OK="));
        QVERIFY(!out.contains("AirM2M"));
        QTest::qWait(50);
        QVERIFY(!w.received.contains("AirM2M"));
        QCOMPARE(w.exchange("AT+QVER\r"), QByteArray("+OK=AirM2M_Luat_WiFi_V008_WM\r\n\r\n"));
    }

    void busyFaultAnswersSystemBusy()
    {
        Wire w;
        QString error;
        w.module.setFaults(*FaultPlan::parse(QStringLiteral("busy=1"), &error));
        QCOMPARE(w.exchange("AT+QVER\r"), QByteArray("+ERR=-8\r\n\r\n"));
    }

    void parametersLiveInRamOrFlash()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QCOMPARE(finalText(rig.run("AT+WPRT=?")), QByteArray("+OK=0"));
        QVERIFY(rig.run("AT+WPRT=!2")->ok());                               // RAM and flash
        QVERIFY(rig.run("AT+SSID=RamOnly")->ok());                          // RAM
        QCOMPARE(finalText(rig.run("AT+SSID")), QByteArray("+OK=RamOnly")); // bare = query
        QVERIFY(rig.run("AT+ENCRY=6")->ok());
        QVERIFY(rig.run("AT+PMTF")->ok()); // all of RAM to flash
        QVERIFY(rig.run("AT+KEY=1,0,\"lost, on restart\"")->ok());
        QCOMPARE(finalText(rig.run("AT+KEY=?")), QByteArray("+OK=1,0,lost, on restart"));
        AtReply *reset = rig.run("AT+Z");
        QVERIFY2(reset->ok(), qPrintable(reset->errorString()));
        QCOMPARE(finalText(rig.run("AT+WPRT=?")), QByteArray("+OK=2"));
        QCOMPARE(finalText(rig.run("AT+SSID=?")), QByteArray("+OK=RamOnly"));
        QCOMPARE(finalText(rig.run("AT+ENCRY=?")), QByteArray("+OK=6"));
        QCOMPARE(finalText(rig.run("AT+KEY=?")), QByteArray("+OK=1,0,"));
        // Factory settings come back after the next restart.
        QVERIFY(rig.run("AT+RSTF")->ok());
        QCOMPARE(finalText(rig.run("AT+WPRT=?")), QByteArray("+OK=2"));
        QVERIFY(rig.run("AT+Z")->ok());
        QCOMPARE(finalText(rig.run("AT+WPRT=?")), QByteArray("+OK=0"));
        QCOMPARE(finalText(rig.run("AT+NIP=?")),
                 QByteArray("+OK=0,192.168.1.1,255.255.255.0,192.168.1.1,192.168.1.1"));
        QCOMPARE(finalText(rig.run("AT+CHLL=?")), QByteArray("+OK=3fff"));
        QCOMPARE(finalText(rig.run("AT+UART=?")), QByteArray("+OK=115200,0,0,0"));
    }

    void scanListsEveryNetworkHiddenOnesWithoutName()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        AtReply *r = rig.run("AT+WSCAN");
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        const QList<AtFrame> &records = r->responses();
        QCOMPARE(records.size() + 1, World::defaultWorld().accessPoints.size() + 1);
        QVERIFY(records.at(0).text.startsWith("+OK=001A2B3C4D01,2,1,0,\"CoffeeShop_Guest\","));
        QVERIFY(records.at(1).text.startsWith("0008DCAABB01,2,6,1,\"WIZnet_Lab\",4"));
        QVERIFY(records.at(3).text.startsWith(
            "9C5C8E102030,2,3,1,\"Home \"Office\", 2.4G\","));              // printed as it is
        QVERIFY(records.at(4).text.startsWith("F09FC2001122,2,9,1,\"\",")); // hidden
        QCOMPARE(records.at(1).event, QStringLiteral("scan.result"));
        // Only STA (and APSTA) scan.
        QVERIFY(rig.run("AT+WPRT=2")->ok());
        QCOMPARE(rig.run("AT+WSCAN")->errorCode().toInt(), -5);
    }

    void joinWithTheRightAndTheWrongKey()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QCOMPARE(finalText(rig.run("AT+LKSTT")), QByteArray("+OK=0"));
        QVERIFY(rig.run("AT+SSID=WIZnet_Lab")->ok());
        QVERIFY(rig.run("AT+KEY=1,0,not-the-key")->ok());
        AtReply *bad = rig.run("AT+WJOIN");
        QCOMPARE(bad->error(), AtReply::Error::Module);
        QCOMPARE(bad->errorCode().toInt(), -10);
        QCOMPARE(finalText(bad), QByteArray("+ERR=-10"));
        QCOMPARE(finalText(rig.run("AT+LKSTT")), QByteArray("+OK=0"));

        QVERIFY(rig.run("AT+KEY=1,0,wiznet1234")->ok());
        AtReply *good = rig.run("AT+WJOIN");
        QVERIFY2(good->ok(), qPrintable(good->errorString()));
        QVERIFY2(finalText(good).startsWith("+OK=0008dcaabb01,0,6,1,\"WIZnet_Lab\","),
                 finalText(good).constData());
        const int rssi = finalText(good).mid(finalText(good).lastIndexOf(',') + 1).toInt();
        QVERIFY(rssi >= 46 && rssi <= 50); // -48 dBm +- 2, printed without its sign
        QCOMPARE(finalText(rig.run("AT+LKSTT")),
                 QByteArray("+OK=1,\"192.168.10.100\",\"255.255.255.0\",\"192.168.10.1\","
                            "\"192.168.10.1\",\"8.8.8.8\""));
        // Joined already: the link at once.
        QVERIFY(finalText(rig.run("AT+WJOIN")).startsWith("+OK=0008dcaabb01,0,6,1,"));
        QVERIFY(rig.run("AT+WLEAV")->ok());
        QCOMPARE(finalText(rig.run("AT+LKSTT")), QByteArray("+OK=0"));
        // No such network.
        QVERIFY(rig.run("AT+SSID=Nowhere")->ok());
        QCOMPARE(rig.run("AT+WJOIN")->errorCode().toInt(), -10);
    }

    void softAp()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QCOMPARE(finalText(rig.run("AT+APLKSTT")), QByteArray("+OK=0"));
        QVERIFY(rig.run("AT+WPRT=2")->ok());
        QVERIFY(rig.run("AT+APSSID=\"Air602-AP\"")->ok());
        QVERIFY(rig.run("AT+APENCRY=6")->ok());
        QVERIFY(rig.run("AT+APKEY=1,0,short")->ok()); // accepted, refused by WJOIN
        QCOMPARE(rig.run("AT+WJOIN")->errorCode().toInt(), -10);
        QVERIFY(rig.run("AT+APKEY=1,0,apsecret1")->ok());
        QVERIFY(rig.run("AT+APCHL=1,6")->ok());
        QVERIFY(rig.run("AT+APNIP=1,192.168.4.1,255.255.255.0,192.168.4.1,192.168.4.1")->ok());
        QCOMPARE(finalText(rig.run("AT+WJOIN")),
                 QByteArray("+OK=0208dc5a1001,2,6,1,\"Air602-AP\",30"));
        QCOMPARE(finalText(rig.run("AT+APLKSTT")),
                 QByteArray("+OK=1,\"192.168.4.1\",\"255.255.255.0\",\"192.168.4.1\","
                            "\"192.168.4.1\",\"0.0.0.0\""));
        QCOMPARE(finalText(rig.run("AT+SLIST")), QByteArray("+OK=0"));
        QVERIFY(rig.run("AT+WLEAV=2")->ok());
        QCOMPARE(finalText(rig.run("AT+APLKSTT")), QByteArray("+OK=0"));
    }

    void tcpClientRoundTrip()
    {
        TcpPeerServer peer; // echoes
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        // No network yet: the connection fails.
        QCOMPARE(rig.run("AT+SKCT=0,0,127.0.0.1," + QByteArray::number(peer.port()))
                     ->errorCode()
                     .toInt(),
                 -13);
        QVERIFY(join(rig));
        const int s = openSocket(rig, "AT+SKCT=0,0,echo.local," + QByteArray::number(peer.port()));
        QCOMPARE(s, 1);
        QTRY_COMPARE(peer.connections(), 1);
        AtReply *send = rig.run("AT+SKSND=1,5", "hello");
        QVERIFY2(send->ok(), qPrintable(send->errorString()));
        QTRY_COMPARE(peer.received(), QByteArray("hello"));
        // Poll: SKSTT shows the bytes waiting, SKRCV takes them.
        QByteArray status;
        QTRY_VERIFY((status = firstRecord(rig.run("AT+SKSTT=1"))).endsWith(",5"));
        QVERIFY(status.startsWith("+OK=1,2,\"127.0.0.1\"," + QByteArray::number(peer.port())));
        // The bytes follow the final "+OK=<n>" and its blank line: the session hands them over as
        // the socket's data.
        QCOMPARE(finalText(rig.run("AT+SKRCV=1,3")), QByteArray("+OK=3"));
        QTRY_COMPARE(rig.socketData(1), QByteArray("hel"));
        QCOMPARE(finalText(rig.run("AT+SKRCV=1,100")), QByteArray("+OK=2"));
        QTRY_COMPARE(rig.socketData(1), QByteArray("hello"));
        QCOMPARE(finalText(rig.run("AT+SKRCV=1,100")), QByteArray("+OK=0"));
        // A payload may start with LF: it is data, not the rest of a CR LF.
        QVERIFY(rig.run("AT+SKSND=1,4", "\nabc")->ok());
        QTRY_COMPARE(peer.received(), QByteArray("hello\nabc"));
        QTRY_VERIFY(firstRecord(rig.run("AT+SKSTT=1")).endsWith(",4"));
        QCOMPARE(finalText(rig.run("AT+SKRCV=1,100")), QByteArray("+OK=4"));
        QTRY_COMPARE(rig.socketData(1), QByteArray("hello\nabc"));
        // The peer closes: status 0 until AT+SKCLS.
        peer.closeConnections();
        QTRY_VERIFY(firstRecord(rig.run("AT+SKSTT=1")).startsWith("+OK=1,0,"));
        QCOMPARE(rig.run("AT+SKSND=1,5", "again")->errorCode().toInt(), -4);
        QVERIFY(rig.run("AT+SKCLS=1")->ok());
        QCOMPARE(rig.run("AT+SKSTT=1")->errorCode().toInt(), -4);
        // A connection refused, and an address outside the world.
        QCOMPARE(
            rig.run("AT+SKCT=0,0,127.0.0.1," + QByteArray::number(freePort()))->errorCode().toInt(),
            -13);
        QCOMPARE(rig.run("AT+SKCT=0,0,180.97.81.180,51950,37189")->errorCode().toInt(), -13);
    }

    void tcpServerAcceptsALoopbackClient()
    {
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const quint16 port = freePort();
        const int server = openSocket(rig, "AT+SKCT=0,1,120,0," + QByteArray::number(port));
        QCOMPARE(server, 1);
        QCOMPARE(firstRecord(rig.run("AT+SKSTT=1")),
                 "+OK=1,1,\"0.0.0.0\",0," + QByteArray::number(port) + ",0");
        QVERIFY(rig.run("AT+SKRPTM=1")->ok());
        QTcpSocket client;
        QByteArray clientGot;
        connect(&client, &QTcpSocket::readyRead, this, [&] { clientGot += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(3000));
        // The client appears as a further record of the server's status, with its own number.
        AtReply *status = nullptr;
        QTRY_VERIFY((status = rig.run("AT+SKSTT=1"))->responses().size() == 2);
        QVERIFY(status->responses().at(1).text.startsWith("2,2,\"127.0.0.1\"," +
                                                          QByteArray::number(client.localPort()) +
                                                          ',' + QByteArray::number(port) + ",0"));
        client.write("ping");
        QTRY_COMPARE(rig.socketData(2), QByteArray("ping"));
        QVERIFY(rig.run("AT+SKSND=2,4", "pong")->ok());
        QTRY_COMPARE(clientGot, QByteArray("pong"));
        QVERIFY(rig.run("AT+SKCLS=2")->ok());
        QVERIFY(rig.run("AT+SKCLS=1")->ok());
    }

    void udpRoundTrip()
    {
        UdpPeer peer; // echoes
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const int s =
            openSocket(rig, "AT+SKCT=1,0,127.0.0.1," + QByteArray::number(peer.port()) + ",0");
        QCOMPARE(s, 1);
        QVERIFY(rig.run("AT+SKRPTM=1")->ok());
        QCOMPARE(finalText(rig.run("AT+SKRPTM=?")), QByteArray("+OK=1"));
        QVERIFY(rig.run("AT+SKSND=1,8", "datagram")->ok());
        QTRY_COMPARE(peer.received(), QByteArray("datagram"));
        QTRY_COMPARE(rig.socketData(1), QByteArray("datagram"));
        QCOMPARE(finalText(rig.run("AT+SKSRCIP=?")), QByteArray("+OK=127.0.0.1"));
        QCOMPARE(finalText(rig.run("AT+SKSRCIP=?")), QByteArray("+OK=0.0.0.0")); // read once
        QVERIFY(rig.run("AT+SKCLS=1")->ok());
    }

    void activeReportFraming()
    {
        UdpPeer peer(false);
        Wire w;
        for (const QByteArray &c :
             {QByteArray("AT+SSID=CoffeeShop_Guest\r"), QByteArray("AT+WJOIN\r"),
              QByteArray("AT+SKCT=1,1,,0,") + QByteArray::number(freePort()) + "\r",
              QByteArray("AT+SKRPTM=1\r")})
            QVERIFY(w.exchange(c).startsWith("+OK"));
        // The UDP server's port is the one we gave: send it a datagram with CR LF inside.
        const QByteArray status = w.exchange("AT+SKSTT=1\r");
        const int local = status.split(',').value(4).toInt();
        w.received.clear();
        peer.sendTo(quint16(local), "a\r\n+OK\r\n");
        QTRY_VERIFY(w.received.size() >= 9);
        QCOMPARE(w.received, "+SKTRPT=1,8,127.0.0.1," + QByteArray::number(peer.port()) +
                                 "\r\n\r\na\r\n+OK\r\n");
        // The UDP server answers whoever sent last. One AT+SKSND takes at most 512 bytes.
        QCOMPARE(w.exchange("AT+SKSND=1,1024\r"), QByteArray("+OK=512\r\n\r\n"));
        const QByteArray block(512, 'x');
        w.host->write(block);
        QTRY_COMPARE(peer.received(), block);
    }

    void oneMegabyteBothWays()
    {
        TcpPeerServer peer; // echoes every byte back
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        const int s = openSocket(rig, "AT+SKCT=0,0,127.0.0.1," + QByteArray::number(peer.port()));
        QCOMPARE(s, 1);
        QVERIFY(rig.run("AT+SKRPTM=1")->ok());

        QByteArray blob(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(602);
        for (char &c : blob)
            c = char(rng.bounded(256));
        QList<QPointer<AtReply>> replies;
        for (qsizetype at = 0; at < blob.size(); at += Air602Module::MaxSendSize) {
            AtReply *r =
                rig.session().send("AT+SKSND=1," + QByteArray::number(Air602Module::MaxSendSize),
                                   blob.mid(at, Air602Module::MaxSendSize));
            r->setAutoDelete(false);
            replies << r;
        }
        // Wait in an event loop of its own: 2048 exchanges, no polling pauses between them.
        QEventLoop loop;
        connect(replies.last(), &AtReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!replies.last()->isFinished())
            loop.exec();
        QVERIFY(replies.last()->isFinished());
        int failed = 0;
        for (const QPointer<AtReply> &r : replies) {
            failed += r->ok() ? 0 : 1;
            delete r.data();
        }
        QCOMPARE(failed, 0);
        QTRY_COMPARE_WITH_TIMEOUT(peer.received().size(), blob.size(), 20000);
        QVERIFY(peer.received() == blob);
        // The echo came back as "+SKTRPT" reports of at most 512 bytes.
        QTRY_COMPARE_WITH_TIMEOUT(rig.socketData(s).size(), blob.size(), 20000);
        QVERIFY(rig.socketData(s) == blob);
    }

    void transparentModeAndItsEscape()
    {
        TcpPeerServer peer;
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        QVERIFY(join(rig));
        QByteArray out;
        connect(&rig.module(), &VirtualModule::bytesOut, this,
                [&out](const QByteArray &b) { out += b; });
        const int s = openSocket(rig, "AT+SKCT=0,0,127.0.0.1," + QByteArray::number(peer.port()));
        QVERIFY(rig.run("AT+SKSDF=" + QByteArray::number(s))->ok());
        QVERIFY(rig.run("AT+ENTM")->ok());
        out.clear();
        rig.session().writeRaw("\nraw +++ bytes"); // an LF first is data too
        QTRY_COMPARE(peer.received(), QByteArray("\nraw +++ bytes"));
        QTRY_COMPARE(out, QByteArray("\nraw +++ bytes")); // the echo, as it is
        QTest::qWait(Air602Module::EscapeGuardMs * 3);
        rig.session().writeRaw("+++");
        QTRY_COMPARE(out, QByteArray("\nraw +++ bytes+OK\r\n\r\n"));
        QCOMPARE(finalText(rig.run("AT+QVER")), QByteArray("+OK=AirM2M_Luat_WiFi_V008_WM"));
        QCOMPARE(peer.received(), QByteArray("\nraw +++ bytes"));
    }

    void automaticModeConnectsAfterTheRestart()
    {
        // §3.10: settings saved, AT+Z, and the module joins and runs the socket transparently.
        TcpPeerServer peer;
        Wire w;
        for (const QByteArray &c :
             {QByteArray("AT+WPRT=0\r"), QByteArray("AT+SSID=WIZnet_Lab\r"),
              QByteArray("AT+KEY=1,0,wiznet1234\r"), QByteArray("AT+ATM=0\r"),
              "AT+ATRM=0,0,echo.local," + QByteArray::number(peer.port()) + "\r",
              QByteArray("AT+PMTF\r")})
            QCOMPARE(w.exchange(c), QByteArray("+OK\r\n\r\n"));
        QCOMPARE(w.exchange("AT+Z\r", "ready\r\n"), QByteArray("+OK\r\n\r\nready\r\n"));
        QTRY_COMPARE(peer.connections(), 1);
        QTest::qWait(50);
        w.received.clear();
        w.host->write("auto");
        QTRY_COMPARE(peer.received(), QByteArray("auto"));
        QTRY_COMPARE(w.received, QByteArray("auto"));
        QTest::qWait(Air602Module::EscapeGuardMs * 3);
        QCOMPARE(w.exchange("+++"), QByteArray("+OK\r\n\r\n"));
        QCOMPARE(w.exchange("AT+ATM=?\r"), QByteArray("+OK=0\r\n\r\n"));
    }

    void standbyEndsWithAReset()
    {
        Wire w;
        QCOMPARE(w.exchange("AT+ENTS=1,1,10,1000\r"), QByteArray("+OK\r\n\r\n"));
        QTest::qWait(50);
        w.host->write("AT+\r"); // asleep: not heard
        QTRY_VERIFY_WITH_TIMEOUT(w.received.endsWith("ready\r\n"), 3000);
        QCOMPARE(w.received, QByteArray("+OK\r\n\r\nready\r\n"));
        QCOMPARE(w.exchange("AT+\r"), QByteArray("+OK\r\n\r\n"));
    }

    void httpClientReportsTheBody()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        QByteArray request;
        connect(&http, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *c = http.nextPendingConnection();
            connect(c, &QTcpSocket::readyRead, c, [&request, c] {
                request += c->readAll();
                if (request.contains("\r\n\r\n")) {
                    c->write("HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nhi,\r\n+OK");
                    c->disconnectFromHost();
                }
            });
        });
        Wire w;
        for (const QByteArray &c : {QByteArray("AT+SSID=CoffeeShop_Guest\r"),
                                    QByteArray("AT+WJOIN\r"), QByteArray("AT+SKRPTM=1\r")})
            QVERIFY(w.exchange(c).startsWith("+OK"));
        w.received.clear();
        w.host->write("AT+HTTPC=http://echo.local:" + QByteArray::number(http.serverPort()) +
                      "/status?x=1,0,\r");
        QTRY_VERIFY(w.received.endsWith("+OK"));
        QCOMPARE(w.received, QByteArray("+OK\r\n\r\n+HTTPCRPT=1,8\r\n\r\nhi,\r\n+OK"));
        QVERIFY(request.startsWith("GET /status?x=1 HTTP/1.1\r\nHost: echo.local\r\n"));
        // Nothing listens: the error report.
        w.received.clear();
        w.host->write("AT+HTTPC=http://127.0.0.1:" + QByteArray::number(freePort()) + "/,2,body\r");
        QTRY_COMPARE(w.received, QByteArray("+OK\r\n\r\n+HTTPCERRRPT=2,-3\r\n\r\n"));
    }

    void mqttConnectSubscribePublishReceive()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        World world = World::defaultWorld();
        world.mqttPort = broker.port();
        SimRig rig(QStringLiteral("air602"), world);
        QVERIFY(rig.start());

        SimMqtt observer;
        QSignalSpy observerUp(&observer, &SimMqtt::connected);
        QSignalSpy observed(&observer, &SimMqtt::messageReceived);
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("observer");
        QVERIFY(observer.connectToBroker(o));
        QTRY_COMPARE(observerUp.size(), 1);
        QSignalSpy observerSub(&observer, &SimMqtt::subscribed);
        QVERIFY(observer.subscribe(QStringLiteral("air602/out"), 1) >= 0);
        QTRY_COMPARE(observerSub.size(), 1);

        // Not connected yet: the subscription fails with "Not connected" (-11).
        QVERIFY(rig.run("AT+MSUB=air602/in,1")->ok());
        AtEvent e = rig.waitForEvent(QStringLiteral("mqtt.subscribed"), 3000);
        QCOMPARE(e.raw, QByteArray("+MSUB:-11"));

        QVERIFY(join(rig));
        QCOMPARE(rig.run("AT+MSERVER=1883,broker.local")->errorCode().toInt(), -4); // IP only
        QVERIFY(rig.run("AT+MSERVER=" + QByteArray::number(broker.port()) + ",127.0.0.1")->ok());
        QVERIFY(rig.run("AT+MLOGIN=user,password")->ok());
        QVERIFY(rig.run("AT+MID=air602-module")->ok());
        QVERIFY(rig.run("AT+MCONNECT")->ok());
        e = rig.waitForEvent(QStringLiteral("mqtt.connected"), 5000);
        QCOMPARE(e.raw, QByteArray("+MQTT:CONNECTED "));

        QVERIFY(rig.run("AT+MSUB=air602/in,1")->ok());
        e = rig.waitForEvent(QStringLiteral("mqtt.subscribed"), 5000);
        QCOMPARE(e.raw, QByteArray("+MSUB:OK"));

        QVERIFY(rig.run("AT+MPUB=air602/out,1,0,hello, broker")->ok());
        e = rig.waitForEvent(QStringLiteral("mqtt.published"), 5000);
        QCOMPARE(e.raw, QByteArray("+MPUB:OK"));
        QTRY_COMPARE(observed.size(), 1);
        QCOMPARE(observed.at(0).at(0).toString(), QStringLiteral("air602/out"));
        QCOMPARE(observed.at(0).at(1).toByteArray(), QByteArray("hello, broker"));

        QVERIFY(observer.publish(QStringLiteral("air602/in"), "from\r\nthe broker", 1, false) >= 0);
        e = rig.waitForEvent(QStringLiteral("mqtt.message"), 5000);
        QCOMPARE(e.fields.value(QString::fromLatin1(AtFields::Topic)).toByteArray(),
                 QByteArray("air602/in"));
        QCOMPARE(e.fields.value(QString::fromLatin1(AtFields::Payload)).toByteArray(),
                 QByteArray("from\r\nthe broker"));

        QVERIFY(rig.run("AT+MCLOSE")->ok());
        observer.disconnectFromBroker();
        broker.stop();
    }

    void badParametersGetTheManualsErrors_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("code");
        QTest::newRow("no GPIO commands") << QByteArray("AT+GPIO=1,1") << -2;
        QTest::newRow("no ADC commands") << QByteArray("AT+ADC=0") << -2;
        QTest::newRow("unknown") << QByteArray("AT+CIPSTART") << -2;
        QTest::newRow("operator on an action") << QByteArray("AT+QVER=1") << -3;
        QTest::newRow("query of an action") << QByteArray("AT+WSCAN=?") << -3;
        QTest::newRow("network type") << QByteArray("AT+WPRT=4") << -4;
        QTest::newRow("security mode") << QByteArray("AT+ENCRY=7") << -4;
        QTest::newRow("empty ssid") << QByteArray("AT+SSID=") << -4;
        QTest::newRow("hex key") << QByteArray("AT+KEY=0,0,xyz") << -4;
        QTest::newRow("key index") << QByteArray("AT+KEY=1,5,abc") << -4;
        QTest::newRow("static ip") << QByteArray("AT+NIP=1,192.168.1.300,255.255.255.0,1.1.1.1,"
                                                 "1.1.1.1")
                                   << -4;
        QTest::newRow("channel") << QByteArray("AT+CHL=1,15") << -4;
        QTest::newRow("stop bits") << QByteArray("AT+UART=115200,0,1,0") << -4;
        QTest::newRow("password") << QByteArray("AT+PASS=12345") << -4;
        QTest::newRow("socket number") << QByteArray("AT+SKCLS=21") << -4;
        QTest::newRow("no such socket") << QByteArray("AT+SKRCV=3,10") << -4;
        QTest::newRow("send on no socket") << QByteArray("AT+SKSND=3,10") << -4;
        QTest::newRow("socket protocol") << QByteArray("AT+SKCT=2,0,127.0.0.1,80") << -4;
        QTest::newRow("power save type") << QByteArray("AT+ENTS=3,0,100,1000") << -4;
        QTest::newRow("wake time") << QByteArray("AT+ENTS=1,1,100,999") << -4;
        QTest::newRow("mqtt qos") << QByteArray("AT+MSUB=t,3") << -4;
        QTest::newRow("mqtt flash") << QByteArray("AT+MID=!x") << -3;
        QTest::newRow("resolve offline") << QByteArray("AT+SKGHBN=echo.local") << -4;
    }
    void badParametersGetTheManualsErrors()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, code);
        SimRig rig(QStringLiteral("air602"));
        QVERIFY(rig.start());
        AtReply *r = rig.run(command);
        QCOMPARE(r->error(), AtReply::Error::Module);
        QCOMPARE(r->errorCode().toInt(), code);
    }

    // The manual's example sessions (tests/data/air602/), played to the module in a world shaped
    // like the example; the module's bytes must be the transcript's.
    void manualExamples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<World>("world");
        World plain = World::defaultWorld();
        plain.accessPoints.clear();
        plain.stationMac = "28:6d:cd:00:4e:7d"; // the manual's MACs
        plain.apMac = "2a:6d:cd:00:4e:7d";

        World hyfi = plain; // §2.2.3.4: TP-LINK_HyFi_1E, open, channel 11
        WorldAccessPoint ap;
        ap.ssid = "TP-LINK_HyFi_1E";
        ap.bssid = "3c:46:d8:2b:d8:1e";
        ap.channel = 11;
        ap.rssi = -53;
        ap.security = WorldAccessPoint::Security::Open;
        hyfi.accessPoints << ap;
        hyfi.dhcp.first = hyfi.dhcp.last = QHostAddress(QStringLiteral("192.168.1.109"));
        hyfi.dhcp.gateway = QHostAddress(QStringLiteral("192.168.1.1"));
        hyfi.dhcp.dns = {QHostAddress(QStringLiteral("192.168.1.1"))};
        World hyfi49 = hyfi;
        hyfi49.accessPoints[0].rssi = -49;
        hyfi49.dnsNames.insert(QStringLiteral("www.baidu.com"),
                               QHostAddress(QStringLiteral("115.239.211.112")));
        World hyfi59 = hyfi;
        hyfi59.accessPoints[0].rssi = -59;
        hyfi59.dhcp.first = hyfi59.dhcp.last = QHostAddress(QStringLiteral("192.168.1.124"));

        World scan = plain; // §2.2.3.6: the twenty networks of the example
        const char *records[] = {"828917C49D9A,1,1,AirM2M_WiFi,70",
                                 "C4CAD90B1592,1,1,qianyue-lan,86",
                                 "68DB540CC142,4,1,O2@PHICOMM,76",
                                 "64098014661A,6,1,Xiaomi_6619,64",
                                 "7C11CB04F7B5,6,0,,74",
                                 "0E5415290C52,6,1,LAPTOP-JNPMKPQP 7565,56",
                                 "104400631C69,6,1,,84",
                                 "EC26CAB3094E,6,1,Black Ship Corp,74",
                                 "7C11CB04F7B4,6,1,HUAWEI-UM57MQ,76",
                                 "8825930EAEAF,6,1,GST_2.4G,84",
                                 "0E26CAB3094E,6,1,Doge Smart Office,74",
                                 "286C0764C470,7,1,FB715,66",
                                 "2A6C0764C470,7,0,,64",
                                 "3C46D82BD81E,11,0,TP-LINK_HyFi_1E,60",
                                 "AC9E176C8AF8,10,1,Finejoint_sec,80",
                                 "789682A20C18,11,1,xiaoman-ZTE-2.4G-A20C18,62",
                                 "00226C68DDE8,11,0,RT8580_DDE8,78",
                                 "08107999C460,11,1,Netcore_air,76",
                                 "A8574ED51AFE,12,1,MEVIUS,82",
                                 "30FC68606128,11,1,Carebao717,72"};
        int hidden = 0;
        for (const char *r : records) {
            const QList<QByteArray> f = QByteArray(r).split(',');
            WorldAccessPoint a;
            QByteArray mac = f[0].toLower();
            for (int i = 10; i > 0; i -= 2)
                mac.insert(i, ':');
            a.bssid = mac;
            a.channel = f[1].toInt();
            a.security = f[2] == "0" ? WorldAccessPoint::Security::Open
                                     : WorldAccessPoint::Security::Wpa2Psk;
            a.hidden = f[3].isEmpty();
            a.ssid = a.hidden ? "hidden-" + QByteArray::number(++hidden) : f[3];
            a.rssi = -f[4].toInt();
            scan.accessPoints << a;
        }

        World testAp = plain; // §3.4: TEST_AP, WPA2, channel 6
        ap.ssid = "TEST_AP";
        ap.bssid = "3c:46:d8:2b:d8:1e";
        ap.channel = 6;
        ap.rssi = -48;
        ap.security = WorldAccessPoint::Security::Wpa2Psk;
        ap.passphrase = "12345678";
        testAp.accessPoints << ap;

        const QList<std::pair<const char *, World>> cases{
            {"01-null-operation", plain},
            {"02-error-reply", plain},
            {"04-system-reset", plain},
            {"05-echo-toggle", plain},
            {"08-factory-reset", plain},
            {"09-save-to-flash", plain},
            {"10-identity", plain},
            {"11-network-type", plain},
            {"12-sta-ip-config", hyfi59},
            {"13-softap-ip-and-dns", plain},
            {"14-automatic-mode-settings", plain},
            {"15-ssid", plain},
            {"16-security-and-keys", plain},
            {"17-power-save", plain},
            {"18-interface-mode", plain},
            {"19-resolve-host", hyfi49},
            {"20-join", hyfi},
            {"21-leave-and-link-status", hyfi},
            {"22-scan", scan},
            {"23-softap-status", plain},
            {"30-oneshot", plain},
            {"33-create-softap-process", plain},
            {"35-apsta-process", testAp},
            {"36-disconnect-and-status-process", plain},
            {"38-automatic-mode-process", plain},
        };
        for (const auto &[name, world] : cases)
            QTest::newRow(name) << QString::fromLatin1(name) << world;
    }
    void manualExamples()
    {
        QFETCH(QString, name);
        QFETCH(World, world);
        const auto entries =
            DialectExamples::load(DialectExamples::dataDir(QStringLiteral("air602")) +
                                  QLatin1Char('/') + name + QStringLiteral(".transcript"));
        QVERIFY(!entries.isEmpty());
        Wire w(world);
        // 19-resolve-host starts with AT+WJOIN: the network is configured beforehand.
        if (name == QLatin1String("19-resolve-host"))
            QVERIFY(w.exchange("AT+SSID=TP-LINK_HyFi_1E\r").startsWith("+OK"));
        w.received.clear();
        QByteArray expected;
        for (const TranscriptEntry &e : entries) {
            if (e.direction == TranscriptEntry::Direction::FromModule) {
                expected += e.bytes;
                continue;
            }
            QVERIFY(QTest::qWaitFor([&] { return w.received.size() >= expected.size(); }, 3000));
            QCOMPARE(w.received, expected);
            w.host->write(e.bytes);
        }
        QVERIFY(QTest::qWaitFor([&] { return w.received.size() >= expected.size(); }, 3000));
        QCOMPARE(w.received, expected);
    }

    // §3.9 the socket walk-through, addresses aside: the PC's TCP server is a loopback peer.
    void manualSocketWalkthrough()
    {
        TcpPeerServer pc(false);
        World world = World::defaultWorld();
        Wire w(world);
        for (const QByteArray &c :
             {QByteArray("AT+SSID=CoffeeShop_Guest\r"), QByteArray("AT+WJOIN\r")})
            QVERIFY(w.exchange(c).startsWith("+OK"));
        const QByteArray port = QByteArray::number(pc.port());
        const QByteArray local = QByteArray::number(freePort());
        QCOMPARE(w.exchange("AT+SKCT=0,0,127.0.0.1," + port + ',' + local + "\r"),
                 QByteArray("+OK=1\r\n\r\n"));
        QCOMPARE(w.exchange("AT+SKSND=1,5\r"), QByteArray("+OK=5\r\n\r\n"));
        w.received.clear();
        w.host->write("kevin");
        QTRY_COMPARE(pc.received(), QByteArray("kevin"));
        pc.send("hello");
        QTRY_VERIFY(w.exchange("AT+SKSTT=1\r").endsWith(",5\r\n\r\n"));
        QCOMPARE(w.exchange("AT+SKRCV=1,5\r", "hello"), QByteArray("+OK=5\r\n\r\nhello"));
        QCOMPARE(w.exchange("AT+SKSTT=1\r"),
                 "+OK=1,2,\"127.0.0.1\"," + port + ',' + local + ",0\r\n\r\n");
        QCOMPARE(w.exchange("AT+SKCLS=1\r"), QByteArray("+OK\r\n\r\n"));
        QVERIFY(w.received.indexOf("kevin") < 0); // nothing answers the data phase
    }
};

QTEST_GUILESS_MAIN(TstAir602Module)
#include "tst_air602module.moc"
