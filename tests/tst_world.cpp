// The virtual module's world file.
#include "sim/SimWifi.h"
#include "sim/World.h"

#include <QTest>

class TstWorld : public QObject
{
    Q_OBJECT
private slots:
    void theDefaultWorldHasTheNetworksADemoNeeds()
    {
        const World w = World::defaultWorld();
        int open = 0, wpa2 = 0, hidden = 0, nonAscii = 0;
        for (const WorldAccessPoint &ap : w.accessPoints) {
            open += ap.security == WorldAccessPoint::Security::Open;
            wpa2 += ap.security == WorldAccessPoint::Security::Wpa2Psk;
            hidden += ap.hidden;
            nonAscii += QString::fromUtf8(ap.ssid).toLatin1() != ap.ssid;
        }
        QVERIFY(open >= 1);
        QVERIFY(wpa2 >= 2);
        QVERIFY(hidden >= 1);
        QVERIFY(nonAscii >= 1);
        QVERIFY(!w.gpio.isEmpty());
        QVERIFY(!w.adc.isEmpty());
        QCOMPARE(w.resolve("echo.local").value(), QHostAddress(QHostAddress::LocalHost));
    }

    void badWorldsAreRefusedWithTheReason()
    {
        QString error;
        QVERIFY(!World::fromJson("{", &error));
        QVERIFY(error.contains("JSON"));
        QVERIFY(!World::fromJson(R"({"accessPoints":[{"ssid":"x","bssid":"nope"}]})", &error));
        QVERIFY(error.contains("accessPoints[0].bssid"));
        QVERIFY(!World::fromJson(
            R"({"accessPoints":[{"ssid":"x","bssid":"00:11:22:33:44:55","security":"wpa2"}]})",
            &error));
        QVERIFY(error.contains("passphrase"));
        QVERIFY(!World::fromJson(R"({"dns":{"far.away":"8.8.8.8"}})", &error));
        QVERIFY(error.contains("loopback"));
        QVERIFY(!World::fromJson(R"({"adc":[{"channel":0,"signal":"square"}]})", &error));
    }

    void adcSignalsFollowTheirShape()
    {
        WorldAdcChannel ramp;
        ramp.signal = WorldAdcChannel::Signal::Ramp;
        ramp.min = 0;
        ramp.max = 3.3;
        ramp.periodMs = 1000;
        QCOMPARE(ramp.voltsAt(0, 0), 0.0);
        QVERIFY(qAbs(ramp.voltsAt(500, 0) - 1.65) < 1e-9);
        QCOMPARE(ramp.rawAt(0, 0), 0);
        WorldAdcChannel sine = ramp;
        sine.signal = WorldAdcChannel::Signal::Sine;
        QVERIFY(qAbs(sine.voltsAt(250, 0) - 3.3) < 1e-9);
        QCOMPARE(sine.rawAt(250, 0), 4095);
    }

    void joiningNeedsTheRightKeyAndSecurity()
    {
        const World w = World::defaultWorld();
        SimWifi wifi(w);
        QCOMPARE(wifi.join("WIZnet_Lab", "wrong"), SimWifi::JoinResult::WrongKey);
        QVERIFY(!wifi.isJoined());
        QCOMPARE(wifi.join("Nowhere", "x"), SimWifi::JoinResult::NoSuchNetwork);
        QCOMPARE(wifi.join("WIZnet_Lab", "wiznet1234", WorldAccessPoint::Security::Open),
                 SimWifi::JoinResult::WrongSecurity);
        QCOMPARE(wifi.join("WIZnet_Lab", "wiznet1234"), SimWifi::JoinResult::Joined);
        QVERIFY(wifi.isJoined());
        QCOMPARE(wifi.address(), w.dhcp.first);
        QCOMPARE(wifi.join("CoffeeShop_Guest", ""), SimWifi::JoinResult::Joined);
    }

    void scansShowHiddenNetworksWithoutTheirNameAndJitterTheSignal()
    {
        const World w = World::defaultWorld();
        SimWifi wifi(w);
        const auto first = wifi.scan();
        QCOMPARE(first.size(), w.accessPoints.size());
        bool sawHidden = false;
        for (const auto &e : first) {
            if (e.ap->hidden) {
                sawHidden = true;
                QVERIFY(e.ssid.isEmpty());
            }
            QVERIFY(qAbs(e.rssi - e.ap->rssi) <= e.ap->rssiJitter);
        }
        QVERIFY(sawHidden);
    }
};

QTEST_GUILESS_MAIN(TstWorld)
#include "tst_world.moc"
