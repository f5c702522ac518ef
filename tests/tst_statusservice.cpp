// The status service against the virtual modules, through the app's ModuleConnection: what a
// refresh reads after connecting, what a join changes (from the module's messages and the reading
// that follows), periodic refresh, restarts, and what a lost connection leaves.
#include "dialects/DialectRegistry.h"
#include "engine/AtReply.h"
#include "services/StatusService.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using Field = ModuleStatus::Field;

namespace {

constexpr int RefreshWaitMs = 20000;

bool haveModule(const QString &id)
{
    return VirtualModuleFactory::create(id, World::defaultWorld()) != nullptr;
}

// Each family's way of joining the default world's WPA2 network WIZnet_Lab.
QList<QByteArray> joinCommands(const QString &id)
{
    if (id == QLatin1String("pic32mzw1"))
        return {"AT+WSTAC=1,\"WIZnet_Lab\"", "AT+WSTAC=2,3", "AT+WSTAC=3,\"wiznet1234\"",
                "AT+WSTA=1"};
    if (id == QLatin1String("wizfi360"))
        return {"AT+CWMODE_CUR=1", "AT+CWJAP_CUR=\"WIZnet_Lab\",\"wiznet1234\""};
    if (id == QLatin1String("wizfi310") || id == QLatin1String("wizfi250"))
        return {"AT+WSET=0,WIZnet_Lab", "AT+WSEC=0,WPA2,wiznet1234", "AT+WNET=1", "AT+WJOIN"};
    if (id == QLatin1String("air602"))
        return {"AT+WPRT=0", "AT+SSID=WIZnet_Lab", "AT+KEY=1,0,wiznet1234", "AT+WJOIN"};
    return {};
}

QByteArray restartCommand(const QString &id)
{
    if (id == QLatin1String("wizfi360"))
        return "AT+RST";
    if (id == QLatin1String("wizfi310") || id == QLatin1String("wizfi250"))
        return "AT+MRESET";
    if (id == QLatin1String("air602"))
        return "AT+Z";
    return {}; // PIC32MZW1: no boot banner, a restart goes unnoticed (dialect notes)
}

// A connection to a virtual module with a status service, connected and read once.
struct Bench
{
    ModuleConnection connection;
    StatusService service{&connection};
    std::vector<std::unique_ptr<AtReply>> replies;

    bool open(const QString &id)
    {
        QSignalSpy refreshed(&service, &StatusService::refreshed);
        connection.openVirtual(id);
        return refreshed.wait(RefreshWaitMs);
    }

    AtReply *run(const QByteArray &command, int waitMs = 30000)
    {
        AtReply *r = connection.send(command);
        r->setAutoDelete(false);
        replies.emplace_back(r);
        QSignalSpy finished(r, &AtReply::finished);
        if (!r->isFinished())
            finished.wait(waitMs);
        return r;
    }

    bool join(const QString &id)
    {
        for (const QByteArray &c : joinCommands(id)) {
            AtReply *r = run(c);
            if (!r->ok()) {
                qWarning("%s: %s", c.constData(), qPrintable(r->errorString()));
                return false;
            }
        }
        return true;
    }

    // Read once more and wait until no reading runs: what the dashboard shows then is what the
    // module said last.
    bool settle()
    {
        QSignalSpy refreshed(&service, &StatusService::refreshed);
        service.refresh();
        return QTest::qWaitFor([&] { return !refreshed.isEmpty() && !service.isRefreshing(); },
                               RefreshWaitMs);
    }

    void inject(const AtFrame &frame)
    {
        emit connection.traffic({TrafficItem{TrafficItem::Kind::Frame, 0, {}, frame}});
    }

    ModuleStatus &status() { return *service.status(); }
};

void addDialects()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : DialectRegistry::ids())
        QTest::newRow(qPrintable(id)) << id;
}

} // namespace

class TstStatusService : public QObject
{
    Q_OBJECT
private slots:
    void identityAfterConnecting_data() { addDialects(); }
    void identityAfterConnecting()
    {
        QFETCH(QString, id);
        if (!haveModule(id))
            QSKIP("this build has no virtual module of that family");
        Bench b;
        QVERIFY(b.open(id));
        ModuleStatus &s = b.status();

        // The module's own answers: the MAC is the world file's, the firmware is there.
        QVERIFY(s.isKnown(Field::Firmware));
        QVERIFY(!s.firmware().isEmpty());
        QVERIFY(s.isKnown(Field::Mac));
        QCOMPARE(s.mac(), QString::fromLatin1(World::defaultWorld().stationMac).toUpper());
        QVERIFY(s.isKnown(Field::WifiMode));
        QCOMPARE(s.link(), ModuleStatus::Link::Disconnected);
        QVERIFY(s.isKnown(Field::Link));

        // Nothing joined: the link's fields are known to be empty, not made up.
        for (const Field f : {Field::Ssid, Field::Ip}) {
            QVERIFY2(s.isKnown(f), qPrintable(ModuleStatus::fieldName(f)));
            QVERIFY2(!s.hasValue(f), qPrintable(s.value(f).toString()));
        }
        // Every field is either read by a query of this family or "not available" (unknown).
        for (const Field f : ModuleStatus::fields()) {
            if (!s.isAvailable(f))
                QVERIFY2(!s.isKnown(f), qPrintable(ModuleStatus::fieldName(f)));
            else
                QVERIFY2(s.isKnown(f), qPrintable(ModuleStatus::fieldName(f) + ": " + s.note(f)));
        }
        QCOMPARE(s.origin(Field::Mac).toLatin1(), s.query(Field::Mac));
    }

    void joiningUpdatesLinkSsidAndIp_data() { addDialects(); }
    void joiningUpdatesLinkSsidAndIp()
    {
        QFETCH(QString, id);
        if (!haveModule(id))
            QSKIP("this build has no virtual module of that family");
        Bench b;
        QVERIFY(b.open(id));
        ModuleStatus &s = b.status();
        QSignalSpy link(&s, &ModuleStatus::linkChanged);
        QVERIFY(b.join(id));
        b.service.refresh(); // the Air602 prints no link message: its next refresh tells

        QTRY_COMPARE_WITH_TIMEOUT(s.link(), ModuleStatus::Link::Connected, RefreshWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(s.ssid(), QStringLiteral("WIZnet_Lab"), RefreshWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(s.ip().startsWith(QLatin1String("192.168.10.")), RefreshWaitMs);
        QVERIFY(!link.isEmpty());
        QVERIFY(b.settle());
        QCOMPARE(s.wifiMode(), ModuleStatus::WifiMode::Station);
        if (s.isAvailable(Field::Gateway))
            QCOMPARE(s.gateway(), QStringLiteral("192.168.10.1"));
        if (s.isAvailable(Field::Dns))
            QVERIFY2(s.dns().contains(QStringLiteral("192.168.10.1")),
                     qPrintable(s.dns().join(',')));
        if (s.isAvailable(Field::Bssid))
            QCOMPARE(s.bssid(), QStringLiteral("00:08:DC:AA:BB:01"));
        if (s.isAvailable(Field::Channel))
            QCOMPARE(s.channel(), 6);
        if (s.hasValue(Field::Rssi)) // WIZnet_Lab: -48 dBm +- 2
            QVERIFY2(s.rssi() <= -40 && s.rssi() >= -56, qPrintable(QString::number(s.rssi())));
        for (const Field f : ModuleStatus::fields()) {
            if (s.isAvailable(f) && f != Field::Mqtt && f != Field::Rssi)
                QVERIFY2(s.hasValue(f), qPrintable(ModuleStatus::fieldName(f) + ": " + s.note(f)));
        }
    }

    void messagesApplyAtOnceAndTheReadingHasTheLastWord_data() { addDialects(); }
    void messagesApplyAtOnceAndTheReadingHasTheLastWord()
    {
        QFETCH(QString, id);
        if (!haveModule(id))
            QSKIP("this build has no virtual module of that family");
        Bench b;
        QVERIFY(b.open(id));
        ModuleStatus &s = b.status();
        QCOMPARE(s.link(), ModuleStatus::Link::Disconnected);
        const int sockets = s.openSockets();

        // Messages the module did not send (the status only knows what it is told): applied at
        // once, with their text as the origin...
        if (s.isKnown(Field::Sockets)) {
            b.inject(AtFrame::urc("OPEN", AtEvents::SocketConnected, {{AtFields::Socket, 1}}));
            QCOMPARE(s.openSockets(), sockets + 1);
        }
        QSignalSpy refreshed(&b.service, &StatusService::refreshed);
        b.inject(AtFrame::urc("IP: 10.1.2.3", AtEvents::WifiGotIp, {{AtFields::Ip, "10.1.2.3"}}));
        b.inject(AtFrame::urc("MQTT UP", AtEvents::MqttConnected));
        QCOMPARE(s.ip(), QStringLiteral("10.1.2.3"));
        QCOMPARE(s.link(), ModuleStatus::Link::Connected);
        QVERIFY(s.origin(Field::Ip).contains(QLatin1String("IP: 10.1.2.3")));
        QVERIFY(s.mqttConnected());
        // ... and the reading they trigger puts the module's truth back.
        QVERIFY(refreshed.wait(RefreshWaitMs));
        QCOMPARE(s.link(), ModuleStatus::Link::Disconnected);
        QVERIFY(!s.hasValue(Field::Ip));
        QCOMPARE(s.openSockets(), sockets);
        // A family without an MQTT query keeps what the last message said.
        QCOMPARE(s.mqttConnected(), !s.isAvailable(Field::Mqtt));
    }

    void repliesWithEventsDoNotTriggerAReading()
    {
        if (!haveModule(QStringLiteral("pic32mzw1")))
            QSKIP("no virtual PIC32MZW1");
        Bench b;
        QVERIFY(b.open(QStringLiteral("pic32mzw1")));
        QSignalSpy refreshed(&b.service, &StatusService::refreshed);
        // "+MQTTCONN:0" answering AT+MQTTCONN (a status query) carries an event: reading again
        // on it would loop for ever.
        AtFrame reply = AtFrame::urc("+MQTTCONN:0", AtEvents::MqttDisconnected);
        reply.kind = AtFrame::Kind::Response;
        b.inject(reply);
        QVERIFY(!refreshed.wait(3 * StatusService::EventRefreshDelayMs));
        QVERIFY(!b.service.isRefreshing());
    }

    void aSocketThatConnectsCancelsAPendingReading()
    {
        // After a join, a stored service socket may connect in data mode (WizFi310/WizFi250):
        // commands sent then would reach the peer as data.
        if (!haveModule(QStringLiteral("pic32mzw1")))
            QSKIP("no virtual PIC32MZW1");
        Bench b;
        QVERIFY(b.open(QStringLiteral("pic32mzw1")));
        QSignalSpy refreshed(&b.service, &StatusService::refreshed);
        b.inject(AtFrame::urc("LINK UP", AtEvents::WifiConnected));
        b.inject(AtFrame::urc("[CONNECT 0]", AtEvents::SocketConnected, {{AtFields::Socket, 0}}));
        QVERIFY(!refreshed.wait(3 * StatusService::EventRefreshDelayMs));
        QCOMPARE(b.status().link(), ModuleStatus::Link::Connected); // the message still counts
    }

    void periodicRefresh()
    {
        const QString id = QStringLiteral("pic32mzw1");
        if (!haveModule(id))
            QSKIP("no virtual PIC32MZW1");
        Bench b;
        QVERIFY(b.open(id));
        QSignalSpy refreshed(&b.service, &StatusService::refreshed);
        QSignalSpy interval(&b.service, &StatusService::intervalChanged);
        b.service.setIntervalMs(200);
        QCOMPARE(interval.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 3, RefreshWaitMs);
        b.service.setIntervalMs(0);
        QTRY_VERIFY_WITH_TIMEOUT(!b.service.isRefreshing(), RefreshWaitMs);
        const qsizetype n = refreshed.size();
        QTest::qWait(800);
        QCOMPARE(refreshed.size(), n);
    }

    void refreshWhileRefreshingRunsOnceMore()
    {
        const QString id = QStringLiteral("pic32mzw1");
        if (!haveModule(id))
            QSKIP("no virtual PIC32MZW1");
        Bench b;
        QVERIFY(b.open(id));
        QSignalSpy refreshed(&b.service, &StatusService::refreshed);
        b.service.refresh();
        QVERIFY(b.service.isRefreshing());
        b.service.refresh();
        b.service.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, RefreshWaitMs);
        QTest::qWait(500);
        QCOMPARE(refreshed.size(), 2);
    }

    void moduleRestartReadsAgain_data() { addDialects(); }
    void moduleRestartReadsAgain()
    {
        QFETCH(QString, id);
        if (!haveModule(id))
            QSKIP("this build has no virtual module of that family");
        const QByteArray restart = restartCommand(id);
        if (restart.isEmpty())
            QSKIP("the module prints nothing when it restarts");
        Bench b;
        QVERIFY(b.open(id));
        QVERIFY(b.join(id));
        QVERIFY(b.settle());
        QCOMPARE(b.status().link(), ModuleStatus::Link::Connected);
        QSignalSpy restarted(&b.connection, &ModuleConnection::moduleRestarted);
        QSignalSpy refreshed(&b.service, &StatusService::refreshed);
        b.run(restart);
        QTRY_VERIFY_WITH_TIMEOUT(!restarted.isEmpty(), RefreshWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !b.service.isRefreshing(), RefreshWaitMs);
        // A restarted module has left the network (the join was not saved), and says so.
        QCOMPARE(b.status().link(), ModuleStatus::Link::Disconnected);
        QVERIFY(b.status().isKnown(Field::Mac));
    }

    void reconnectionReadsAgain()
    {
        const QString id = QStringLiteral("pic32mzw1");
        if (!haveModule(id))
            QSKIP("no virtual PIC32MZW1");
        Bench b;
        QVERIFY(b.open(id));
        QSignalSpy refreshed(&b.service, &StatusService::refreshed);
        emit b.connection.reconnected(); // a serial port that came back may hold another module
        QVERIFY(!b.status().isKnown(Field::Mac));
        QVERIFY(refreshed.wait(RefreshWaitMs));
        QVERIFY(b.status().isKnown(Field::Mac));
    }

    void closingLeavesEverythingUnknown()
    {
        const QString id = QStringLiteral("pic32mzw1");
        if (!haveModule(id))
            QSKIP("no virtual PIC32MZW1");
        Bench b;
        QVERIFY(b.open(id));
        b.service.refresh();
        b.connection.close();
        for (const Field f : ModuleStatus::fields()) {
            QVERIFY(!b.status().isKnown(f));
            QVERIFY(!b.status().note(f).isEmpty());
        }
        QVERIFY(!b.service.isRefreshing());
        b.service.refresh(); // nothing to read: nothing happens
        QVERIFY(!b.service.isRefreshing());
    }
};

QTEST_GUILESS_MAIN(TstStatusService)
#include "tst_statusservice.moc"
