// The status model: unknown until set, "none" is a known value, every change is signalled once,
// and each field keeps the command that reads it and what set it last.
#include "models/ModuleStatus.h"

#include <QSignalSpy>
#include <QTest>

using Field = ModuleStatus::Field;

class TstModuleStatus : public QObject
{
    Q_OBJECT
private slots:
    void everyFieldStartsUnknown()
    {
        ModuleStatus s;
        QCOMPARE(ModuleStatus::fields().size(), ModuleStatus::FieldCount);
        for (const Field f : ModuleStatus::fields()) {
            QVERIFY(!s.isKnown(f));
            QVERIFY(!s.hasValue(f));
            QVERIFY(!s.value(f).isValid());
            QVERIFY(!s.isAvailable(f));
            QVERIFY(!ModuleStatus::fieldName(f).isEmpty());
        }
        QCOMPARE(s.ip(), QString());
        QCOMPARE(s.rssi(), 0);
    }

    void aValueIsKnownWithItsOrigin()
    {
        ModuleStatus s;
        QSignalSpy ip(&s, &ModuleStatus::ipChanged);
        QSignalSpy any(&s, &ModuleStatus::fieldChanged);
        s.setValue(Field::Ip, QStringLiteral("192.168.10.100"), QStringLiteral("AT+CIPSTA_CUR?"));
        QVERIFY(s.isKnown(Field::Ip));
        QVERIFY(s.hasValue(Field::Ip));
        QCOMPARE(s.ip(), QStringLiteral("192.168.10.100"));
        QCOMPARE(s.property("ip").toString(), QStringLiteral("192.168.10.100"));
        QCOMPARE(s.origin(Field::Ip), QStringLiteral("AT+CIPSTA_CUR?"));
        QVERIFY(s.updated(Field::Ip).isValid());
        QCOMPARE(ip.size(), 1);
        QCOMPARE(any.size(), 1);
        QCOMPARE(any.at(0).at(0).value<StatusField>(), Field::Ip);

        // The same reading again changes nothing a view shows: no signal.
        s.setValue(Field::Ip, QStringLiteral("192.168.10.100"), QStringLiteral("AT+CIPSTA_CUR?"));
        QCOMPARE(ip.size(), 1);
        // A message of the module that says the same is a new origin.
        s.setValue(Field::Ip, QStringLiteral("192.168.10.100"), QStringLiteral("+WSTAAIP"));
        QCOMPARE(ip.size(), 2);
    }

    void noneIsKnownButHasNoValue()
    {
        ModuleStatus s;
        s.setValue(Field::Ip, QVariant(), QStringLiteral("AT+LKSTT"));
        QVERIFY(s.isKnown(Field::Ip));
        QVERIFY(!s.hasValue(Field::Ip));
        QCOMPARE(s.ip(), QString());
    }

    void unknownKeepsItsReason()
    {
        ModuleStatus s;
        s.setValue(Field::Mac, QStringLiteral("00:08:DC:5A:10:01"), QStringLiteral("AT+QMAC"));
        QSignalSpy mac(&s, &ModuleStatus::macChanged);
        s.setUnknown(Field::Mac, QStringLiteral("AT+QMAC failed: timeout"));
        QVERIFY(!s.isKnown(Field::Mac));
        QCOMPARE(s.mac(), QString()); // never the stale value
        QCOMPARE(s.note(Field::Mac), QStringLiteral("AT+QMAC failed: timeout"));
        QCOMPARE(s.origin(Field::Mac), QString());
        QCOMPARE(mac.size(), 1);
        s.setUnknown(Field::Mac, QStringLiteral("AT+QMAC failed: timeout"));
        QCOMPARE(mac.size(), 1);
    }

    void typedValues()
    {
        ModuleStatus s;
        s.setValue(Field::WifiMode, int(StatusWifiMode::StationAndSoftAp), {});
        s.setValue(Field::Link, int(StatusLink::Connecting), {});
        s.setValue(Field::Rssi, -48, {});
        s.setValue(Field::Channel, 6, {});
        s.setValue(Field::Dns, QStringList{"8.8.8.8", "1.1.1.1"}, {});
        s.setValue(Field::Sockets, 2, {});
        s.setValue(Field::Mqtt, true, {});
        QCOMPARE(s.wifiMode(), ModuleStatus::WifiMode::StationAndSoftAp);
        QCOMPARE(s.link(), ModuleStatus::Link::Connecting);
        QCOMPARE(s.rssi(), -48);
        QCOMPARE(s.channel(), 6);
        QCOMPARE(s.dns(), (QStringList{"8.8.8.8", "1.1.1.1"}));
        QCOMPARE(s.openSockets(), 2);
        QVERIFY(s.mqttConnected());
        QCOMPARE(s.property("link").value<ModuleStatus::Link>(), ModuleStatus::Link::Connecting);
    }

    void queriesSayWhatIsAvailable()
    {
        ModuleStatus s;
        QSignalSpy rssi(&s, &ModuleStatus::rssiChanged);
        s.setQuery(Field::Rssi, "AT+CWJAP_CUR?");
        QVERIFY(s.isAvailable(Field::Rssi));
        QCOMPARE(s.query(Field::Rssi), QByteArray("AT+CWJAP_CUR?"));
        QCOMPARE(rssi.size(), 1);
        QVERIFY(!s.isAvailable(Field::Model));
    }

    void clearForgetsValuesNotQueries()
    {
        ModuleStatus s;
        s.setQuery(Field::Ssid, "AT+WSTAT");
        s.setValue(Field::Ssid, QStringLiteral("WIZnet_Lab"), QStringLiteral("AT+WSTAT"));
        s.setValue(Field::Firmware, QStringLiteral("1.0.0.6"), QStringLiteral("AT+MINFO"));
        s.clear(QStringLiteral("Not connected."));
        for (const Field f : ModuleStatus::fields()) {
            QVERIFY(!s.isKnown(f));
            QCOMPARE(s.note(f), QStringLiteral("Not connected."));
        }
        QCOMPARE(s.query(Field::Ssid), QByteArray("AT+WSTAT"));
    }
};

QTEST_GUILESS_MAIN(TstModuleStatus)
#include "tst_modulestatus.moc"
