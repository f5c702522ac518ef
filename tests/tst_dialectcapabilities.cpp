#include "dialects/Capabilities.h"
#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "support/MiniDialect.h"
#include "support/SimRig.h"

#include <QTest>

#include <algorithm>

namespace {

using Id = DialectCapabilities::FeatureId;
using Save = DialectCapabilities::SaveToFlash;

DialectCapabilities capabilitiesOf(const QString &id)
{
    std::unique_ptr<Dialect> d = DialectRegistry::create(id);
    if (!d)
        qFatal("no dialect %s", qPrintable(id));
    return d->capabilities();
}

// One letter per feature in DialectCapabilities::allFeatures() order: station, scan, softAp,
// tcpClient, tcpServer, udp, tls, transparentMode, mqtt, mqttTls, gpio, adc.
QString availability(const DialectCapabilities &caps)
{
    QString s;
    for (const Id id : DialectCapabilities::allFeatures())
        s += caps.feature(id).available ? QLatin1Char('Y') : QLatin1Char('-');
    return s;
}

} // namespace

class TestDialectCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void featuresFollowTheManuals_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("expected");
        //                                      station..udp tls transp mqtt mqttTls gpio adc
        QTest::newRow("wizfi310") << "wizfi310"
                                  << "YYYYYYYYYYYY";
        QTest::newRow("wizfi250") << "wizfi250"
                                  << "YYYYYYYY--Y-";
        QTest::newRow("wizfi360") << "wizfi360"
                                  << "YYYYYYYYY-Y-";
        QTest::newRow("pic32mzw1") << "pic32mzw1"
                                   << "YYYYYYY-YY--";
        QTest::newRow("air602") << "air602"
                                << "YYYYYY-YY---";
    }
    void featuresFollowTheManuals()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, expected);
        QCOMPARE(availability(capabilitiesOf(dialect)), expected);
    }

    void everyMissingFeatureSaysWhy()
    {
        for (const QString &id : DialectRegistry::ids()) {
            const DialectCapabilities caps = capabilitiesOf(id);
            for (const Id f : DialectCapabilities::allFeatures()) {
                const auto &feature = caps.feature(f);
                if (feature.available)
                    QVERIFY2(feature.reason.isEmpty(), qPrintable(id));
                else
                    QVERIFY2(feature.reason.endsWith(QLatin1Char('.')), qPrintable(id));
            }
            QVERIFY2(!caps.saveToFlashDescription.isEmpty(), qPrintable(id));
        }
    }

    void reasonsNameTheFamily()
    {
        QCOMPARE(capabilitiesOf(QStringLiteral("pic32mzw1")).gpio.reason,
                 QStringLiteral("The PIC32MZW1 AnyCloud firmware has no GPIO commands."));
        QCOMPARE(capabilitiesOf(QStringLiteral("wizfi250")).mqtt.reason,
                 QStringLiteral("The WizFi250 programmer's guide has no MQTT commands."));
        QVERIFY(capabilitiesOf(QStringLiteral("air602")).gpio.reason.contains("Air602"));
    }

    void aDialectThatDescribesNothingOffersNothing()
    {
        const DialectCapabilities caps = MiniDialect().capabilities();
        QCOMPARE(availability(caps), QStringLiteral("------------"));
        for (const Id f : DialectCapabilities::allFeatures())
            QVERIFY(caps.feature(f).reason.contains(QStringLiteral("not described")));
        QCOMPARE(caps.maxSockets, 0);
        QVERIFY(caps.baudRates.isEmpty());
    }

    void limitsFollowTheManuals_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("maxSockets");
        QTest::addColumn<int>("maxSendChunk");
        QTest::addColumn<QList<int>>("wepKeyLengths");
        QTest::addColumn<int>("baudCount");
        QTest::addColumn<int>("fastestBaud");
        QTest::addColumn<Save>("save");
        const QList<int> wep{5, 10, 13, 26};
        QTest::newRow("wizfi310") << "wizfi310" << 8 << 100000000 << wep << 15 << 1843200
                                  << Save::ProfileSave;
        QTest::newRow("wizfi250") << "wizfi250" << 8 << 100000000 << wep << 15 << 1843200
                                  << Save::ProfileSave;
        QTest::newRow("wizfi360") << "wizfi360" << 5 << 2048 << QList<int>() << 17 << 2000000
                                  << Save::CurDefCommands;
        QTest::newRow("pic32mzw1")
            << "pic32mzw1" << 20 << 1500 << QList<int>() << 1 << 115200 << Save::NotDocumented;
        QTest::newRow("air602") << "air602" << 20 << 512 << wep << 8 << 115200
                                << Save::FlashOperator;
    }
    void limitsFollowTheManuals()
    {
        QFETCH(QString, dialect);
        QFETCH(int, maxSockets);
        QFETCH(int, maxSendChunk);
        QFETCH(QList<int>, wepKeyLengths);
        QFETCH(int, baudCount);
        QFETCH(int, fastestBaud);
        QFETCH(Save, save);
        const DialectCapabilities caps = capabilitiesOf(dialect);
        QCOMPARE(caps.maxSockets, maxSockets);
        QCOMPARE(caps.maxSendChunk, maxSendChunk);
        QCOMPARE(caps.wepKeyLengths, wepKeyLengths);
        QCOMPARE(caps.baudRates.size(), baudCount);
        QCOMPARE(caps.baudRates.last(), fastestBaud);
        QVERIFY(std::is_sorted(caps.baudRates.begin(), caps.baudRates.end()));
        QVERIFY(caps.baudRates.contains(115200));
        QCOMPARE(caps.saveToFlash, save);
        // WPA-PSK everywhere: 8..63 ASCII characters or 64 hex digits; SSIDs up to 32 bytes.
        QCOMPARE(caps.maxSsidBytes, 32);
        QCOMPARE(caps.minKeyLength, 8);
        QCOMPARE(caps.maxKeyLength, 64);
        QVERIFY(!caps.isValidKeyLength(7));
        QVERIFY(caps.isValidKeyLength(8));
        QVERIFY(!caps.isValidKeyLength(65));
        QCOMPARE(caps.isValidKeyLength(5), !wepKeyLengths.isEmpty());
    }

    // The virtual PIC32MZW1 module has the same socket table as the firmware the limit comes
    // from: exactly maxSockets sockets open, and one more is refused.
    void pic32mzw1ModuleOpensExactlyMaxSockets()
    {
        const int maxSockets = capabilitiesOf(QStringLiteral("pic32mzw1")).maxSockets;
        SimRig rig(QStringLiteral("pic32mzw1"));
        QVERIFY(rig.start());
        for (int i = 0; i < maxSockets; ++i) {
            AtReply *r = rig.run("AT+SOCKO=1");
            QVERIFY2(r && r->ok(), qPrintable(QString::number(i)));
        }
        AtReply *oneMore = rig.run("AT+SOCKO=1");
        QVERIFY(oneMore && oneMore->isFinished());
        QVERIFY(!oneMore->ok());
    }
};

QTEST_GUILESS_MAIN(TestDialectCapabilities)
#include "tst_dialectcapabilities.moc"
