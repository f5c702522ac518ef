// The PIC32MZW1 AnyCloud panel commands: every plan of Pic32mzw1WifiCommands,
// Pic32mzw1SocketCommands and Pic32mzw1MqttCommands run through a CommandSequence on the engine
// against the virtual module, with real loopback peers and a real mosquitto broker.
#include "dialects/commands/GpioCommands.h"
#include "dialects/pic32mzw1/Pic32mzw1Dialect.h"
#include "dialects/pic32mzw1/Pic32mzw1MqttCommands.h"
#include "dialects/pic32mzw1/Pic32mzw1SocketCommands.h"
#include "dialects/pic32mzw1/Pic32mzw1WifiCommands.h"
#include "engine/AtReply.h"
#include "services/CommandSequence.h"
#include "sim/SimMqtt.h"
#include "support/LoopbackPeers.h"
#include "support/MosquittoBroker.h"
#include "support/SimRig.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// The virtual module on the engine, and a CommandSequence fed by its session, as the services
// run plans.
struct Bench
{
    Bench()
        : rig(QStringLiteral("pic32mzw1"))
        , seq([this](const QByteArray &c, const QByteArray &p, int t) {
            return rig.session().send(c, p, t);
        })
    {
        QObject::connect(&rig.session(), &AtSession::eventReceived, &seq,
                         &CommandSequence::onEvent);
        QObject::connect(&rig.session(), &AtSession::eventReceived, &seq,
                         [this](const AtEvent &e) { events << e; });
    }

    // Runs the plan to its end; the sequence keeps the outcome (ok(), errorString(), values()).
    bool run(const CommandPlan &plan, const QVariantMap &values = {})
    {
        QSignalSpy done(&seq, &CommandSequence::finished);
        commands.clear();
        auto c = QObject::connect(&seq, &CommandSequence::stepStarted, &seq,
                                  [this](int, const QByteArray &command) { commands << command; });
        seq.start(plan, values);
        if (done.isEmpty() && !done.wait(40000))
            qWarning("plan did not finish");
        QObject::disconnect(c);
        if (!seq.ok())
            qInfo("plan failed: %s", qPrintable(seq.errorString()));
        return seq.ok();
    }

    bool join(const QString &ssid = QStringLiteral("WIZnet_Lab"),
              const QString &key = QStringLiteral("wiznet1234"))
    {
        StationSettings s;
        s.ssid = ssid;
        s.key = key;
        return run(wifi->join(s));
    }

    // The first event of that name (and socket, when given) from `from` on, waited for.
    AtEvent waitEvent(const char *name, int socket = -1, qsizetype from = 0, int ms = 5000)
    {
        AtEvent found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < events.size(); ++i) {
                    const AtEvent &e = events.at(i);
                    if (e.name == QLatin1String(name) &&
                        (socket < 0 || e.fields.value(AtFields::Socket).toInt() == socket)) {
                        found = e;
                        return true;
                    }
                }
                return false;
            },
            ms);
        return found;
    }

    // Reads what the module announces on `socket` (readAvailable on each announcement) until
    // `size` bytes arrived.
    QByteArray receive(int socket, qsizetype size, int ms = 8000)
    {
        // Each announcement is read once (a UDP read takes one whole datagram).
        qsizetype &next = nextAnnouncement[socket];
        QElapsedTimer t;
        t.start();
        while (rig.socketData(socket).size() < size && t.elapsed() < ms) {
            qsizetype at = -1;
            (void)QTest::qWaitFor(
                [&] {
                    for (qsizetype i = next; i < events.size(); ++i) {
                        if (events.at(i).name == QLatin1String(AtEvents::SocketDataAvailable) &&
                            events.at(i).fields.value(AtFields::Socket).toInt() == socket) {
                            at = i;
                            return true;
                        }
                    }
                    return false;
                },
                2000);
            if (at < 0)
                break;
            next = at + 1;
            const qint64 length = events.at(at).fields.value(AtFields::Length).toLongLong();
            if (!run(sockets->readAvailable(socket, length)))
                break;
        }
        return rig.socketData(socket);
    }

    QList<QByteArray> lines(const QByteArray &command)
    {
        AtReply *r = rig.run(command);
        return r ? r->lines() : QList<QByteArray>{};
    }

    SimRig rig;
    CommandSequence seq;
    QList<AtEvent> events;
    QList<QByteArray> commands;
    QHash<int, qsizetype> nextAnnouncement;
    Pic32mzw1Dialect dialect;
    std::unique_ptr<WifiCommands> wifi = dialect.wifiCommands();
    std::unique_ptr<SocketCommands> sockets = dialect.socketCommands();
    std::unique_ptr<MqttCommands> mqtt = dialect.mqttCommands();
};

} // namespace

class TstPic32mzw1Commands : public QObject
{
    Q_OBJECT

private slots:
    void theFamilyHasWifiSocketsAndMqttButNoGpio()
    {
        Pic32mzw1Dialect d;
        QVERIFY(d.wifiCommands());
        QVERIFY(d.socketCommands());
        QVERIFY(d.mqttCommands());
        QVERIFY(!d.gpioCommands());
        QVERIFY(!d.wifiCommands()->hasStaticIp());
        QVERIFY(!d.wifiCommands()->stationSecurities().contains(WifiSecurity::Wep));
    }

    void scanListsTheWorldsAccessPointsWithReadableSecurity()
    {
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.run(b.wifi->scan()));
        QCOMPARE(b.commands, QList<QByteArray>{"AT+WSCNA=255"});
        QHash<QString, ScanEntry> found;
        int hidden = 0;
        for (const AtEvent &e : b.seq.events()) {
            if (e.name != QLatin1String(AtEvents::ScanResult))
                continue;
            const ScanEntry entry = b.wifi->scanEntry(e.fields);
            if (entry.ssid.isEmpty())
                ++hidden;
            else
                found.insert(entry.ssid, entry);
        }
        QCOMPARE(found.size(), 4);
        QCOMPARE(hidden, 1); // Factory-IoT does not broadcast its name
        const ScanEntry korean = found.value(QStringLiteral("연구소_5층"));
        QCOMPARE(korean.channel, 11);
        QCOMPARE(korean.bssid, QStringLiteral("00:08:DC:AA:BB:02"));
        QCOMPARE(korean.security, QStringLiteral("WPA2-PSK"));
        QVERIFY(korean.hasRssi);
        QVERIFY(korean.rssi < -60 && korean.rssi > -80);
        QCOMPARE(found.value(QStringLiteral("CoffeeShop_Guest")).security, QStringLiteral("Open"));
        // SEC_TYPE 2 is the manual's "WPA-Personal" (the world's WPA/WPA2 mixed network).
        QCOMPARE(found.value(QStringLiteral("Home \"Office\", 2.4G")).security,
                 QStringLiteral("WPA-PSK"));
        QCOMPARE(b.wifi->scanEntry({{AtFields::Security, 4}}).security,
                 QStringLiteral("Enterprise"));
    }

    void joinWithTheRightKeyEndsWithAnAddress()
    {
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.join());
        QCOMPARE(b.commands,
                 (QList<QByteArray>{"AT+WSTA=0", "AT+WSTAC=1,\"WIZnet_Lab\"", "AT+WSTAC=2,3",
                                    "AT+WSTAC=3,\"wiznet1234\"", "AT+WSTAC=4,255", "AT+WSTA=1"}));
        QVERIFY(b.seq.values().value(AtFields::Ip).toString().startsWith(u"192.168.10."));
        // Joined again on another network: the first one is left on the way (config locked).
        QVERIFY(b.join(QStringLiteral("Home \"Office\", 2.4G"),
                       QStringLiteral("p@ss,word \"quoted\"")));
        QVERIFY(b.commands.contains("AT+WSTAC=1,\"Home \\\"Office\\\", 2.4G\""));
        QVERIFY(b.commands.contains("AT+WSTAC=3,\"p@ss,word \\\"quoted\\\"\""));
        // The module took the name with its quotes and comma (it prints it back unescaped).
        QCOMPARE(b.lines("AT+WSTA"), QList<QByteArray>{"+WSTA:1,\"Home \"Office\", 2.4G\",0,3"});
        // A name outside ASCII goes as [HEX] (quotes take printable ASCII only).
        QVERIFY(b.join(QStringLiteral("연구소_5층"), QStringLiteral("Secret#2024")));
        QVERIFY(b.commands.contains("AT+WSTAC=1,[" +
                                    QStringLiteral("연구소_5층").toUtf8().toHex().toUpper() + ']'));
    }

    void joinWithAWrongKeyFailsReadably()
    {
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(!b.join(QStringLiteral("WIZnet_Lab"), QStringLiteral("wrong-key-1")));
        QVERIFY2(b.seq.errorString().contains(u"STA Connection Failed"),
                 qPrintable(b.seq.errorString()));
        QVERIFY(b.seq.errorString().startsWith(u"AT+WSTA=1"));
    }

    void leaveEndsAtTheLinkDownAndIsFineWhenNotJoined()
    {
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.run(b.wifi->leave())); // not joined: nothing to do
        QVERIFY(b.join());
        QVERIFY(b.run(b.wifi->leave()));
        QVERIFY(b.seq.events().size() >= 1);
        QCOMPARE(b.seq.events().last().name, QString::fromLatin1(AtEvents::WifiDisconnected));
        QCOMPARE(b.lines("AT+WSTA"), QList<QByteArray>{"+WSTA:0"});
    }

    void joinRefusesWhatTheManualCannotSay()
    {
        Pic32mzw1WifiCommands w;
        StationSettings s;
        s.ssid = QStringLiteral("Old");
        s.security = WifiSecurity::Wep;
        s.key = QStringLiteral("abcde");
        QVERIFY(w.join(s).refusal.contains(u"WEP"));
        s.security = WifiSecurity::Wpa2Psk;
        s.key = QStringLiteral("12345678");
        s.bssid = QStringLiteral("00:08:DC:AA:BB:01");
        QVERIFY(w.join(s).refusal.contains(u"BSSID"));
        s.bssid.clear();
        s.dhcp = false;
        QVERIFY(w.join(s).refusal.contains(u"DHCP"));
        SoftApSettings ap;
        ap.ssid = QStringLiteral("x");
        ap.security = WifiSecurity::Wpa3Psk;
        QVERIFY(w.startSoftAp(ap).refused());
    }

    void saveToFlashChangesNothing()
    {
        // The manual has no persistent form (Capabilities: NotDocumented): the same commands.
        Pic32mzw1Dialect d;
        QCOMPARE(d.capabilities().saveToFlash, DialectCapabilities::SaveToFlash::NotDocumented);
        Pic32mzw1WifiCommands w;
        StationSettings s;
        s.ssid = QStringLiteral("WIZnet_Lab");
        s.key = QStringLiteral("wiznet1234");
        const CommandPlan ram = w.join(s);
        s.saveToFlash = true;
        const CommandPlan flash = w.join(s);
        QCOMPARE(flash.steps.size(), ram.steps.size());
        for (qsizetype i = 0; i < ram.steps.size(); ++i)
            QCOMPARE(flash.steps.at(i).command, ram.steps.at(i).command);
        SoftApSettings ap;
        ap.ssid = QStringLiteral("AP");
        ap.key = QStringLiteral("12345678");
        const CommandPlan apRam = w.startSoftAp(ap);
        ap.saveToFlash = true;
        QCOMPARE(w.startSoftAp(ap).steps.size(), apRam.steps.size());
    }

    void softApStartsAndStops()
    {
        Bench b;
        QVERIFY(b.rig.start());
        SoftApSettings ap;
        ap.ssid = QStringLiteral("연구소 AP");
        ap.channel = 11;
        ap.key = QStringLiteral("apPassword1");
        QVERIFY(b.run(b.wifi->startSoftAp(ap)));
        QCOMPARE(b.lines("AT+WAP"), QList<QByteArray>{"+WAP:1"});
        QCOMPARE(b.lines("AT+WAPC=4"), QList<QByteArray>{"+WAPC:4,11"});
        QCOMPARE(b.lines("AT+WAPC=1"),
                 QList<QByteArray>{"+WAPC:1,[" + ap.ssid.toUtf8().toHex().toUpper() + ']'});
        // Restarted with other settings: stopped on the way (the configuration is locked).
        ap.ssid = QStringLiteral("Open AP");
        ap.security = WifiSecurity::Open;
        ap.key.clear();
        QVERIFY(b.run(b.wifi->startSoftAp(ap)));
        QCOMPARE(b.lines("AT+WAPC=1"), QList<QByteArray>{"+WAPC:1,\"Open AP\""});
        QVERIFY(b.run(b.wifi->stopSoftAp()));
        QCOMPARE(b.lines("AT+WAP"), QList<QByteArray>{"+WAP:0"});
    }

    void tcpClientSendsAndReceivesEveryByte()
    {
        TcpPeerServer echo;
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.join());
        SocketSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = echo.port();
        QVERIFY(b.run(b.sockets->open(s, {})));
        const int id = b.seq.values().value(QStringLiteral("socket")).toInt();
        QVERIFY(id > 0);
        QVERIFY(b.commands.last().startsWith("AT+SOCKBR=" + QByteArray::number(id) +
                                             ",\"127.0.0.1\","));
        // Text, then a full chunk of every byte value: split into lines the firmware takes.
        const QByteArray text("hello \"module\"\r\n");
        QVERIFY(b.run(b.sockets->send(id, text, s)));
        QCOMPARE(b.commands, QList<QByteArray>{"AT+SOCKWR=" + QByteArray::number(id) +
                                               ",16,\"hello \\\"module\\\"\\r\\n\""});
        const QByteArray binary = randomBytes(1500);
        QVERIFY(b.run(b.sockets->send(id, binary, s)));
        QVERIFY(b.commands.size() > 1);
        for (const QByteArray &c : std::as_const(b.commands))
            QVERIFY(c.size() <= 511);
        QTRY_COMPARE(echo.received(), text + binary);
        QCOMPARE(b.receive(id, text.size() + binary.size()), text + binary);
        QVERIFY(b.run(b.sockets->close(id)));
        QCOMPARE(b.lines("AT+SOCKLST"), QList<QByteArray>{});
    }

    void tcpClientToANamedHostAndARefusedOne()
    {
        TcpPeerServer echo;
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.join());
        SocketSettings s;
        s.host = QStringLiteral("echo.local"); // the world's DNS: 127.0.0.1
        s.port = echo.port();
        QVERIFY(b.run(b.sockets->open(s, {})));
        QCOMPARE(b.commands.first(), QByteArray("AT+DNSRESOLV=1,\"echo.local\""));
        QVERIFY(b.commands.last().contains(",\"127.0.0.1\","));
        QTRY_COMPARE(echo.connections(), 1);
        s.host = QStringLiteral("127.0.0.1");
        s.port = freePort();
        QVERIFY(!b.run(b.sockets->open(s, {})));
        QVERIFY2(b.seq.errorString().contains(u"Socket Bind Failed"),
                 qPrintable(b.seq.errorString()));
    }

    void tcpServerAcceptsAClientUnderANewNumber()
    {
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.join());
        SocketSettings s;
        s.kind = SocketKind::TcpServer;
        s.port = freePort();
        QVERIFY(b.run(b.sockets->open(s, {})));
        const int listener = b.seq.values().value(QStringLiteral("socket")).toInt();
        QVERIFY(listener > 0);
        const qsizetype mark = b.events.size();
        QTcpSocket client;
        QByteArray fromModule;
        connect(&client, &QTcpSocket::readyRead, this, [&] { fromModule += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, s.port);
        const AtEvent in = b.waitEvent(AtEvents::SocketConnected, -1, mark);
        const int id = in.fields.value(AtFields::Socket).toInt();
        QVERIFY(id > 0 && id != listener);
        QCOMPARE(in.fields.value(AtFields::Ip).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(in.fields.value(AtFields::Port).toInt(), int(client.localPort()));
        client.write("hello server");
        QCOMPARE(b.receive(id, 12), QByteArray("hello server"));
        QVERIFY(b.run(b.sockets->send(id, QByteArray("hi\0there", 8), s)));
        QTRY_COMPARE(fromModule, QByteArray("hi\0there", 8));
        client.disconnectFromHost();
        QVERIFY(!b.waitEvent(AtEvents::SocketClosed, id, mark).name.isEmpty());
        QVERIFY(b.run(b.sockets->closeAll({id, listener})));
        QCOMPARE(b.commands, (QList<QByteArray>{"AT+SOCKCL=" + QByteArray::number(id),
                                                "AT+SOCKCL=" + QByteArray::number(listener)}));
        QCOMPARE(b.lines("AT+SOCKLST"), QList<QByteArray>{});
    }

    void udpBothWays()
    {
        UdpPeer peer;
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.join());
        SocketSettings s;
        s.kind = SocketKind::Udp;
        s.host = QStringLiteral("127.0.0.1");
        s.port = peer.port();
        s.localPort = freePort();
        QVERIFY(b.run(b.sockets->open(s, {})));
        const int id = b.seq.values().value(QStringLiteral("socket")).toInt();
        QVERIFY(b.run(b.sockets->send(id, "ping", s)));
        QCOMPARE(b.commands,
                 QList<QByteArray>{"AT+SOCKWRTO=" + QByteArray::number(id) + ",\"127.0.0.1\"," +
                                   QByteArray::number(peer.port()) + ",4,\"ping\""});
        QTRY_COMPARE(peer.received(), QByteArray("ping"));
        QCOMPARE(peer.lastSenderPort(), s.localPort);
        QCOMPARE(b.receive(id, 4), QByteArray("ping")); // the peer's echo
        const QByteArray datagram = randomBytes(200);
        QVERIFY(b.run(b.sockets->send(id, datagram, s)));
        QCOMPARE(b.commands.size(), 1); // one datagram, one command
        QCOMPARE(b.receive(id, 204), "ping" + datagram);
        // A datagram the command line cannot carry is refused, not split.
        const CommandPlan big = b.sockets->send(id, randomBytes(1500), s);
        QVERIFY(big.refusal.contains(u"datagram"));

        // A named peer: resolved at open, then the default destination of AT+SOCKWR.
        SocketSettings named = s;
        named.host = QStringLiteral("echo.local");
        named.localPort = 0;
        QVERIFY(b.run(b.sockets->open(named, {id})));
        const int second = b.seq.values().value(QStringLiteral("socket")).toInt();
        QVERIFY(second != id);
        QVERIFY(b.run(b.sockets->send(second, "pong", named)));
        QVERIFY(b.commands.value(0).startsWith("AT+SOCKWR=" + QByteArray::number(second) + ",4,"));
        QTRY_COMPARE(peer.received(), "ping" + datagram + "pong");
        QCOMPARE(b.receive(second, 4), QByteArray("pong"));
        QVERIFY(b.run(b.sockets->closeAll({id, second})));
        QVERIFY(b.sockets->open(SocketSettings{SocketKind::Udp, {}, 0, 0, false}, {}).refused());
    }

    void tlsAgainstAPlainServerFailsReadably()
    {
        // SimSockets has no TLS server to talk to: the handshake with a plain one must fail.
        TcpPeerServer plain;
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.join());
        SocketSettings s;
        s.kind = SocketKind::Tls;
        s.host = QStringLiteral("localhost");
        s.port = plain.port();
        QVERIFY(!b.run(b.sockets->open(s, {})));
        QVERIFY2(b.seq.errorString().contains(u"Socket TLS Failed"),
                 qPrintable(b.seq.errorString()));
        QVERIFY(b.commands.contains("AT+TLSC=1,5,\"localhost\""));
        const int id = b.seq.values().value(QStringLiteral("socket")).toInt();
        QVERIFY(b.commands.contains("AT+SOCKTLS=" + QByteArray::number(id) + ",1"));
        QVERIFY(b.sockets->enterDataMode(id).refused());
    }

    void mqttThroughARealBroker()
    {
        MosquittoBroker broker;
        if (!broker.start())
            QSKIP("mosquitto is not available");
        SimMqtt other;
        QList<QPair<QString, QByteArray>> seen;
        connect(&other, &SimMqtt::messageReceived, this,
                [&seen](const QString &t, const QByteArray &p) { seen << qMakePair(t, p); });
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("other");
        QVERIFY(other.connectToBroker(o));
        QTRY_VERIFY(other.isConnected());
        other.subscribe(QStringLiteral("at/out"), 1);

        Bench b;
        QVERIFY(b.rig.start());
        MqttState state;
        QVERIFY(b.mqtt->publish(QStringLiteral("at/out"), "x", 0, false, state).refused());
        QVERIFY(b.join());
        MqttSettings m;
        m.host = QStringLiteral("broker.local");
        m.port = broker.port();
        m.clientId = QStringLiteral("wfi32-test");
        state.subscriptions = {{QStringLiteral("at/in"), 1}};
        QVERIFY(b.run(b.mqtt->connect(m, state)));
        QVERIFY(b.commands.contains("AT+MQTTC=7,0"));
        QVERIFY(b.commands.contains("AT+MQTTSUB=\"at/in\",1"));
        state.connected = true;
        state.settings = m;

        QVERIFY(b.run(b.mqtt->publish(QStringLiteral("at/out"), "hello", 1, false, state)));
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen[0], qMakePair(QStringLiteral("at/out"), QByteArray("hello")));
        QVERIFY(b.run(
            b.mqtt->publish(QStringLiteral("at/out"), QByteArray("\x00\xff", 2), 0, false, state)));
        QTRY_COMPARE(seen.size(), 2);
        QCOMPARE(seen[1].second, QByteArray("\x00\xff", 2));

        qsizetype mark = b.events.size();
        other.publish(QStringLiteral("at/in"), "world\r\n", 1, false);
        const AtEvent msg = b.waitEvent(AtEvents::MqttMessage, -1, mark);
        QCOMPARE(msg.fields.value(AtFields::Topic).toString(), QStringLiteral("at/in"));
        QCOMPARE(msg.fields.value(AtFields::Payload).toByteArray(), QByteArray("world\r\n"));

        state.subscriptions << MqttSubscription{QStringLiteral("at/more"), 0};
        QVERIFY(b.run(b.mqtt->subscribe(state.subscriptions.last(), state)));
        mark = b.events.size();
        other.publish(QStringLiteral("at/more"), "more", 0, false);
        QCOMPARE(b.waitEvent(AtEvents::MqttMessage, -1, mark).fields.value(AtFields::Topic),
                 QVariant(QStringLiteral("at/more")));
        QVERIFY(b.run(b.mqtt->unsubscribe(QStringLiteral("at/in"), state)));
        QCOMPARE(b.commands.first(), QByteArray("AT+MQTTUNSUB=\"at/in\""));

        const CommandPlan tooLong =
            b.mqtt->publish(QStringLiteral("at/out"), randomBytes(300), 0, false, state);
        QVERIFY(tooLong.refusal.contains(u"511"));

        QVERIFY(b.run(b.mqtt->disconnect()));
        QCOMPARE(b.lines("AT+MQTTCONN"), QList<QByteArray>{"+MQTTCONN:0"});
        other.disconnectFromBroker();
    }

    void mqttConnectFailureIsReadable()
    {
        Bench b;
        QVERIFY(b.rig.start());
        QVERIFY(b.join());
        MqttSettings m;
        m.host = QStringLiteral("127.0.0.1");
        m.port = freePort(); // nobody listens
        m.clientId = QStringLiteral("wfi32-test");
        QVERIFY(!b.run(b.mqtt->connect(m, {})));
        QVERIFY2(b.seq.errorString().contains(u"did not answer"), qPrintable(b.seq.errorString()));
        MqttState down;
        QVERIFY(b.mqtt->subscribe({QStringLiteral("a"), 0}, down).refusal.contains(u"connected"));
    }
};

QTEST_GUILESS_MAIN(TstPic32mzw1Commands)
#include "tst_pic32mzw1commands.moc"
