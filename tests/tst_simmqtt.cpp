// The virtual module's MQTT client against a real mosquitto broker.
#include "sim/SimMqtt.h"
#include "support/MosquittoBroker.h"

#include <QSignalSpy>
#include <QTest>

class TstSimMqtt : public QObject
{
    Q_OBJECT
private slots:
    void connectSubscribePublishAndReceiveThroughABroker()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        SimMqtt a;
        SimMqtt b;
        QSignalSpy aUp(&a, &SimMqtt::connected);
        QSignalSpy bUp(&b, &SimMqtt::connected);
        SimMqtt::Options o;
        o.port = broker.port();
        o.clientId = QStringLiteral("sim-a");
        QVERIFY(a.connectToBroker(o));
        o.clientId = QStringLiteral("sim-b");
        QVERIFY(b.connectToBroker(o));
        QTRY_COMPARE(aUp.count(), 1);
        QTRY_COMPARE(bUp.count(), 1);
        QSignalSpy subscribed(&a, &SimMqtt::subscribed);
        QSignalSpy messages(&a, &SimMqtt::messageReceived);
        QVERIFY(a.subscribe(QStringLiteral("lab/#"), 1) >= 0);
        QTRY_COMPARE(subscribed.count(), 1);
        QSignalSpy published(&b, &SimMqtt::published);
        QVERIFY(b.publish(QStringLiteral("lab/temp"), QByteArray("21.5\x00\xff", 6), 1, false) >=
                0);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), QString("lab/temp"));
        QCOMPARE(messages.at(0).at(1).toByteArray(), QByteArray("21.5\x00\xff", 6));
        QTRY_COMPARE(published.count(), 1);
        QSignalSpy down(&a, &SimMqtt::disconnected);
        a.disconnectFromBroker();
        QTRY_COMPARE(down.count(), 1);
    }

    void aBrokerThatIsNotThereFailsToConnect()
    {
        quint16 port;
        {
            MosquittoBroker probe; // only for a free port number
            QVERIFY(probe.start());
            port = probe.port();
        }
        SimMqtt a;
        QSignalSpy up(&a, &SimMqtt::connected);
        QSignalSpy down(&a, &SimMqtt::disconnected);
        SimMqtt::Options o;
        o.port = port;
        QString error;
        const bool started = a.connectToBroker(o, &error);
        // Either the request fails at once or no connection ever comes up.
        if (started)
            QTest::qWait(500);
        QCOMPARE(up.count(), 0);
        QVERIFY(!a.isConnected());
    }
};

QTEST_GUILESS_MAIN(TstSimMqtt)
#include "tst_simmqtt.moc"
