// Each dialect reads its status queries' replies (Dialect::readStatus) from the manuals' example
// exchanges in tests/data/<id>/, and from the firmware shapes the manuals do not show.
#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "engine/AtInterpreter.h"
#include "support/DialectExamples.h"

#include <QTest>

namespace {

// One command of a transcript with the responses and the final it got.
struct Exchange
{
    QByteArray command;
    QList<AtFrame> responses;
    AtFrame final;
    bool done = false;
};

QList<Exchange> exchangesOf(const QString &dialectId, const QList<TranscriptEntry> &entries)
{
    auto dialect = DialectRegistry::create(dialectId);
    QList<Exchange> out;
    AtInterpreter interpreter(*dialect, [&out](const AtFrame &f) {
        if (out.isEmpty() || out.last().done)
            return;
        if (f.kind == AtFrame::Kind::Response) {
            out.last().responses << f;
        } else if (f.kind == AtFrame::Kind::Final) {
            out.last().final = f;
            out.last().done = true;
        }
    });
    for (const TranscriptEntry &e : entries) {
        if (e.direction == TranscriptEntry::Direction::FromModule) {
            interpreter.moduleBytes(e.bytes);
            continue;
        }
        const bool idle = out.isEmpty() || out.last().done;
        interpreter.hostBytes(e.bytes);
        const QByteArray command = interpreter.inFlight().command;
        if (!command.isEmpty() && idle)
            out << Exchange{command, {}, {}, false};
    }
    interpreter.endOfInput();
    return out;
}

QList<Exchange> manualExchanges(const QString &dialectId, const QString &name)
{
    const QString path = DialectExamples::dataDir(dialectId) + QLatin1Char('/') + name +
                         QStringLiteral(".transcript");
    return exchangesOf(dialectId, DialectExamples::load(path));
}

QList<Exchange> textExchanges(const QString &dialectId, const QByteArray &transcript)
{
    return exchangesOf(dialectId, Transcript::parse(transcript));
}

// Read the `occurrence`-th answer to `command` into `report` (as one query of a refresh).
bool read(const QString &dialectId, const QList<Exchange> &exchanges, const QByteArray &command,
          StatusReport &report, int occurrence = 0)
{
    auto dialect = DialectRegistry::create(dialectId);
    for (const Exchange &x : exchanges) {
        if (x.command != command || occurrence-- > 0)
            continue;
        if (!x.done || !x.final.ok) {
            qWarning("%s did not end in success", command.constData());
            return false;
        }
        dialect->readStatus(x.command, x.responses, x.final, report);
        return true;
    }
    qWarning("no %s in the transcript", command.constData());
    return false;
}

StatusReport readOne(const QString &dialectId, const QList<Exchange> &exchanges,
                     const QByteArray &command, int occurrence = 0)
{
    StatusReport report;
    read(dialectId, exchanges, command, report, occurrence);
    return report;
}

bool queries(const QString &dialectId, const QByteArray &command)
{
    for (const StatusQuery &q : DialectRegistry::create(dialectId)->statusQueries()) {
        if (q.command == command)
            return true;
    }
    return false;
}

} // namespace

class TstDialectStatus : public QObject
{
    Q_OBJECT
private slots:
    void everyDialectHasQueriesThatOnlyRead()
    {
        for (const QString &id : DialectRegistry::ids()) {
            const auto d = DialectRegistry::create(id);
            const QList<StatusQuery> q = d->statusQueries();
            QVERIFY2(!q.isEmpty(), qPrintable(id));
            bool identity = false;
            for (const StatusQuery &s : q) {
                QVERIFY2(!s.fills.isEmpty(), s.command.constData());
                QVERIFY2(s.command.startsWith("AT"), s.command.constData());
                identity = identity || s.fills.contains(StatusField::Firmware);
                // A query never joins, connects or writes: no set forms with real values, except
                // the PIC32MZW1's read-one forms AT+CFG=<id> / AT+WSTAC=<id>.
                const bool readOne =
                    id == QLatin1String("pic32mzw1") &&
                    (s.command.startsWith("AT+CFG=") || s.command.startsWith("AT+WSTAC="));
                QVERIFY2(!s.command.contains('=') || s.command.endsWith("=?") || readOne,
                         s.command.constData());
                QVERIFY2(!s.command.contains("JOIN") && !s.command.contains("CWJAP_CUR="),
                         s.command.constData());
            }
            QVERIFY2(identity, qPrintable(id));
        }
    }

    // --- WizFi360 (manual §3.1.3, §3.2, §3.3)
    void wizfi360()
    {
        const QString id = QStringLiteral("wizfi360");
        StatusReport r = readOne(id, manualExchanges(id, "03-gmr"), "AT+GMR");
        QCOMPARE(r.firmware, QString("1.0.1.0(Jun 6 2019 17:49:31), SDK 3.0.0(a0ffff9f)"));

        r = readOne(id, manualExchanges(id, "15-mac"), "AT+CIPSTAMAC_CUR?");
        QCOMPARE(r.mac, QString("00:08:dc:11:12:13"));

        // §3.2.1 prints the reply "AT+CWMODE_CUR:1".
        r = readOne(id, manualExchanges(id, "07-cwmode"), "AT+CWMODE_CUR?");
        QCOMPARE(r.wifiMode, StatusWifiMode::Station);

        r = readOne(id, manualExchanges(id, "08-cwjap-query"), "AT+CWJAP_CUR?");
        QCOMPARE(r.link, StatusLink::Connected);
        QCOMPARE(r.ssid, QString("WIZNETSZ"));
        QCOMPARE(r.bssid, QString("00:08:dc:9c:ef:b6"));
        QCOMPARE(r.channel, 12);
        QCOMPARE(r.rssi, -75);

        r = readOne(id, manualExchanges(id, "16-ip"), "AT+CIPSTA_CUR?");
        QCOMPARE(r.ip, QString("192.168.1.88"));
        QCOMPARE(r.gateway, QString("192.168.1.1"));

        r = readOne(id, manualExchanges(id, "33-sntp-dns"), "AT+CIPDNS_CUR?");
        QCOMPARE(r.dns, (QStringList{"1.1.1.1", "8.8.8.8"}));

        const auto status = manualExchanges(id, "20-cipstatus-domain");
        QCOMPARE(readOne(id, status, "AT+CIPSTATUS").openSockets, 0);
        QCOMPARE(readOne(id, status, "AT+CIPSTATUS", 1).openSockets, 1);
        QVERIFY(!r.model); // no model query on the WizFi360
    }

    void wizfi360NotJoined()
    {
        // ESP-AT firmware answers "No AP" when the station is not joined; an unset address is
        // 0.0.0.0.
        const QString id = QStringLiteral("wizfi360");
        const auto x = textExchanges(id, ">> AT+CWJAP_CUR?\\r\\n\n<< No AP\\r\\n\\r\\nOK\\r\\n\n"
                                         ">> AT+CIPSTA_CUR?\\r\\n\n"
                                         "<< +CIPSTA_CUR:ip:\"0.0.0.0\"\\r\\n"
                                         "+CIPSTA_CUR:gateway:\"0.0.0.0\"\\r\\n\\r\\nOK\\r\\n\n");
        StatusReport r = readOne(id, x, "AT+CWJAP_CUR?");
        QCOMPARE(r.link, StatusLink::Disconnected);
        QCOMPARE(r.ssid, QString());
        QVERIFY(!r.rssi);
        r = readOne(id, x, "AT+CIPSTA_CUR?");
        QCOMPARE(r.ip, QString()); // "none", not an address
        QCOMPARE(r.gateway, QString());
    }

    // --- WizFi310 (manual §Management/§WiFi/§Network/§MQTT)
    void wizfi310()
    {
        const QString id = QStringLiteral("wizfi310");
        const auto identity = manualExchanges(id, "03-identity");
        StatusReport r = readOne(id, identity, "AT+MINFO");
        QCOMPARE(r.firmware, QString("1.0.0.6"));
        QCOMPARE(r.model, QString("WizFi310 Rev 1.0"));
        QCOMPARE(readOne(id, identity, "AT+MMAC=?").mac, QString("00:08:DC:11:22:33"));

        QCOMPARE(readOne(id, manualExchanges(id, "10-wset"), "AT+WSET=?").wifiMode,
                 StatusWifiMode::Station);

        r = readOne(id, manualExchanges(id, "13-wnet-wstat"), "AT+WSTAT");
        QCOMPARE(r.link, StatusLink::Connected);
        QCOMPARE(r.ssid, QString("WizFiAP"));
        QCOMPARE(r.ip, QString("192.168.0.50"));
        QCOMPARE(r.gateway, QString("192.168.0.1"));
        QCOMPARE(r.rssi, -48); // printed as "48" under RSSI(-dBm)

        QCOMPARE(readOne(id, manualExchanges(id, "32-mqtt"), "AT+MQTTCON=?").mqttConnected, true);
    }

    void wizfi310PlaceholderIsNoValue()
    {
        // The manual prints "Number of Sockets : x": that is no number, so nothing is reported.
        const QString id = QStringLiteral("wizfi310");
        QVERIFY(!readOne(id, manualExchanges(id, "16-smgmt"), "AT+SMGMT=?").openSockets);
    }

    // --- WizFi250 (guide; rows as the firmware prints them)
    void wizfi250()
    {
        const QString id = QStringLiteral("wizfi250");
        const auto rows = manualExchanges(id, "45-status-rows");
        StatusReport r = readOne(id, rows, "AT+WSTAT");
        QCOMPARE(r.link, StatusLink::Connected);
        QCOMPARE(r.ssid, QString("WizFiDemoAP"));
        QCOMPARE(r.ip, QString("192.168.12.13"));
        QCOMPARE(r.gateway, QString("192.168.12.1"));
        QCOMPARE(r.rssi, -45);
        r = readOne(id, rows, "AT+WSTAT", 1); // "Down////<MAC>/15/0" after AT+WLEAVE
        QCOMPARE(r.link, StatusLink::Disconnected);
        QCOMPARE(r.ip, QString());
        QVERIFY(!r.rssi);

        QCOMPARE(
            readOne(id, manualExchanges(id, "29-management-command-reference"), "AT+MMAC=?").mac,
            QString("00:08:DC:00:55:76"));
        QCOMPARE(readOne(id, manualExchanges(id, "18-multi-socket"), "AT+SMGMT=?").openSockets, 4);
        QCOMPARE(
            readOne(id, manualExchanges(id, "27-wifi-command-reference"), "AT+WSET=?").wifiMode,
            StatusWifiMode::Station);
        QVERIFY(!queries(id, "AT+MQTTCON=?")); // MQTT is not in the guide
    }

    void wizfi250Minfo()
    {
        // The guide's Air Command example prints "FW version/HW version", "1.0.1.8/WizFi250 Rev
        // 1.0" (without spaces); the same answer in command mode, with the echo on.
        const QString id = QStringLiteral("wizfi250");
        const auto x = textExchanges(id, ">> AT+MINFO\\r\n<< AT+MINFO\\r\\n"
                                         "FW version/HW version\\r\\n"
                                         "1.0.1.8/WizFi250 Rev 1.0\\r\\n[OK]\\r\\n\n");
        const StatusReport r = readOne(id, x, "AT+MINFO");
        QCOMPARE(r.firmware, QString("1.0.1.8"));
        QCOMPARE(r.model, QString("WizFi250 Rev 1.0"));
    }

    // --- PIC32MZW1 (manual examples and the firmware's shapes)
    void pic32mzw1()
    {
        const QString id = QStringLiteral("pic32mzw1");
        QCOMPARE(readOne(id, manualExchanges(id, "28-model"), "AT+GMM").model, QString("WINC1500"));
        // <CHIP_ID>,<FW_VER>,<DRV_VER>,<RB_FW>: the firmware version is the second.
        QCOMPARE(readOne(id, manualExchanges(id, "29-revision"), "AT+GMR").firmware,
                 QString("19.6.1"));
        const auto fw = manualExchanges(id, "49-fw-identity");
        QCOMPARE(readOne(id, fw, "AT+GMM").model, QString("PIC32MZW1"));
        QCOMPARE(readOne(id, fw, "AT+GMR").firmware, QString("0.3.1"));

        // The manual's read: <ASSOC_ID>,<STATE>,<SSID>,<RSSI>,<SEC_TYPE>.
        StatusReport r = readOne(id, manualExchanges(id, "05-station-connect"), "AT+WSTA");
        QCOMPARE(r.link, StatusLink::Connecting); // on; +WSTAC ID 4 tells whether joined
        QCOMPARE(r.ssid, QString("MyAP"));
        QCOMPARE(r.rssi, -50);
        // The firmware's read has no ASSOC_ID and RSSI 0 ("always reported as 0"): no RSSI.
        r = readOne(id, manualExchanges(id, "42-fw-station"), "AT+WSTA");
        QCOMPARE(r.ssid, QString("MyAP"));
        QVERIFY(!r.rssi);

        QCOMPARE(readOne(id, manualExchanges(id, "18-socket-list"), "AT+SOCKLST").openSockets, 3);
        QCOMPARE(readOne(id, manualExchanges(id, "47-fw-mqtt"), "AT+MQTTCONN").mqttConnected,
                 false);
    }

    void pic32mzw1FirmwareReads()
    {
        // Firmware-only reads: +CFG ID 1 (MAC), +WSTAC IDs 4-10 while the station is on (the
        // BSSID is the 6-byte string, printed as [HEX]), +WAP.
        const QString id = QStringLiteral("pic32mzw1");
        const auto x =
            textExchanges(id, ">> AT+CFG=1\\r\\n\n<< +CFG:1,\"00:08:DC:5A:10:01\"\\r\\nOK\\r\\n\n"
                              ">> AT+WSTA\\r\\n\n<< +WSTA:1,\"WIZnet_Lab\",0,3\\r\\nOK\\r\\n\n"
                              ">> AT+WAP\\r\\n\n<< +WAP:0\\r\\nOK\\r\\n\n"
                              ">> AT+WSTAC=4\\r\\n\n<< +WSTAC:4,6\\r\\nOK\\r\\n\n"
                              ">> AT+WSTAC=5\\r\\n\n<< +WSTAC:5,[0008DCAABB01]\\r\\nOK\\r\\n\n"
                              ">> AT+WSTAC=6\\r\\n\n<< +WSTAC:6,\"192.168.10.100\"\\r\\nOK\\r\\n\n"
                              ">> AT+WSTAC=8\\r\\n\n<< +WSTAC:8,\"192.168.10.1\"\\r\\nOK\\r\\n\n"
                              ">> AT+WSTAC=9\\r\\n\n<< +WSTAC:9,\"192.168.10.1\"\\r\\nOK\\r\\n\n"
                              ">> AT+WSTAC=10\\r\\n\n<< +WSTAC:10,\"0.0.0.0\"\\r\\nOK\\r\\n\n");
        StatusReport r;
        for (const QByteArray c : {"AT+CFG=1", "AT+WSTA", "AT+WAP", "AT+WSTAC=4", "AT+WSTAC=5",
                                   "AT+WSTAC=6", "AT+WSTAC=8", "AT+WSTAC=9", "AT+WSTAC=10"})
            QVERIFY(read(id, x, c, r));
        QCOMPARE(r.mac, QString("00:08:DC:5A:10:01"));
        QCOMPARE(r.wifiMode, StatusWifiMode::Station);
        QCOMPARE(r.link, StatusLink::Connected);
        QCOMPARE(r.ssid, QString("WIZnet_Lab"));
        QCOMPARE(r.channel, 6);
        QCOMPARE(r.bssid, QString("00:08:dc:aa:bb:01"));
        QCOMPARE(r.ip, QString("192.168.10.100"));
        QCOMPARE(r.gateway, QString("192.168.10.1"));
        QCOMPARE(r.dns, QStringList{"192.168.10.1"}); // 0.0.0.0 is no server
    }

    void pic32mzw1StationOff()
    {
        const QString id = QStringLiteral("pic32mzw1");
        const auto x = textExchanges(id, ">> AT+WSTA\\r\\n\n<< +WSTA:0\\r\\nOK\\r\\n\n"
                                         ">> AT+WAP\\r\\n\n<< +WAP:1\\r\\nOK\\r\\n\n");
        StatusReport r;
        QVERIFY(read(id, x, "AT+WSTA", r));
        QVERIFY(read(id, x, "AT+WAP", r));
        QCOMPARE(r.link, StatusLink::Disconnected);
        QCOMPARE(r.ssid, QString());
        QCOMPARE(r.wifiMode, StatusWifiMode::SoftAp);
    }

    // --- Air602 (manual §2.2.1.8-10, §2.2.3.7)
    void air602()
    {
        const QString id = QStringLiteral("air602");
        const auto identity = manualExchanges(id, "10-identity");
        QCOMPARE(readOne(id, identity, "AT+QMAC").mac, QString("28:6d:cd:00:4e:7d"));
        QCOMPARE(readOne(id, identity, "AT+QVER").firmware, QString("AirM2M_Luat_WiFi_V008_WM"));

        const auto link = manualExchanges(id, "21-leave-and-link-status");
        StatusReport r = readOne(id, link, "AT+LKSTT");
        QCOMPARE(r.link, StatusLink::Connected);
        QCOMPARE(r.ip, QString("192.168.1.109"));
        QCOMPARE(r.gateway, QString("192.168.1.1"));
        QCOMPARE(r.dns, QStringList{"192.168.1.1"}); // the second server is 0.0.0.0
        r = readOne(id, link, "AT+LKSTT", 1);        // after AT+WLEAV: "+OK=0"
        QCOMPARE(r.link, StatusLink::Disconnected);
        QCOMPARE(r.ip, QString());
        QCOMPARE(r.dns, QStringList());
    }

    void air602Queries()
    {
        // Query forms (=?) the manual describes without an example reply: "+OK=<value>".
        const QString id = QStringLiteral("air602");
        const auto x = textExchanges(id, ">> AT+WPRT=?\\r\n<< +OK=3\\r\\n\\r\\n\n"
                                         ">> AT+SSID=?\\r\n<< +OK=Air, Test WiFi\\r\\n\\r\\n\n");
        QCOMPARE(readOne(id, x, "AT+WPRT=?").wifiMode, StatusWifiMode::StationAndSoftAp);
        QCOMPARE(readOne(id, x, "AT+SSID=?").ssid, QString("Air, Test WiFi"));
    }
};

QTEST_GUILESS_MAIN(TstDialectStatus)
#include "tst_dialectstatus.moc"
