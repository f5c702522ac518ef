// The MQTT panel, driven only through its widgets, against each family's virtual module and a
// real mosquitto broker with a second client on it: the module's publish reaches the second
// client, the second client's publish shows in the panel's messages table (text and hex),
// subscribe and unsubscribe take effect on the broker, a bad form cannot be sent and says why, a
// module error shows in the status line, and a family without MQTT shows the panel disabled with
// the reason.
#include "support/MosquittoBroker.h"
#include "support/VirtualBench.h"
#include "panels/MqttPanel.h"
#include "panels/PanelSupport.h"
#include "services/MqttService.h"
#include "sim/SimMqtt.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QDebug>
#include <QTest>
#include <memory>

namespace {

constexpr int WaitMs = 20000;

struct Bench
{
    ModuleConnection connection;
    MqttService service{&connection};
    MqttPanel panel{&service};

    Bench() { VirtualBench::printTrafficWhenAsked(connection); }

    template <typename T> T *w(const char *name)
    {
        T *widget = panel.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    bool open(const QString &id)
    {
        panel.resize(1100, 750);
        panel.show();
        return VirtualBench::open(connection, id, WaitMs) && service.isConnected();
    }
    // MQTT needs a link; joining is the Wi-Fi panel's business, done here through its service.
    bool join(const QString &) { return VirtualBench::joinLab(connection); }

    void type(const char *field, const QString &text)
    {
        auto *edit = w<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void click(const char *button)
    {
        auto *b = w<QPushButton>(button);
        QVERIFY2(b->isEnabled(),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(button), b->toolTip())));
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void fillBroker(quint16 port, const QString &clientId)
    {
        type("brokerHost", QStringLiteral("127.0.0.1"));
        type("brokerPort", QString::number(port));
        type("clientId", clientId);
    }
    bool idle()
    {
        return QTest::qWaitFor([this] { return !service.isBusy(); }, WaitMs);
    }
    ActionStatus *status() { return w<ActionStatus>("status"); }
    QString messageCell(int row, int column)
    {
        return service.messages()->index(row, column).data().toString();
    }
};

// The second client on the broker, as another device would be.
struct Peer
{
    SimMqtt client;
    QList<std::pair<QString, QByteArray>> received;

    bool start(quint16 port)
    {
        QObject::connect(&client, &SimMqtt::messageReceived, &client,
                         [this](const QString &topic, const QByteArray &payload) {
                             received << std::make_pair(topic, payload);
                         });
        SimMqtt::Options o;
        o.port = port;
        o.clientId = QStringLiteral("second-client");
        if (!client.connectToBroker(o))
            return false;
        return QTest::qWaitFor([this] { return client.isConnected(); }, WaitMs);
    }
};

// Why this family cannot be tested here (the test skips with it), empty when it can.
QString mqttMissing(Bench &b)
{
    if (!b.service.capabilities().mqtt.available)
        return b.service.capabilities().mqtt.reason;
    if (!b.service.commands())
        return QStringLiteral("this family's MQTT commands are not in the build");
    return {};
}

} // namespace

class TstMqttPanel : public QObject
{
    Q_OBJECT

private slots:
    void families_data();
    void publishAndReceive_data() { families_data(); }
    void publishAndReceive();
    void validation_data() { families_data(); }
    void validation();
    void moduleError_data() { families_data(); }
    void moduleError();
    void withoutMqtt();
    void showPassword();
};

void TstMqttPanel::families_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"wizfi310", "wizfi360", "wizfi250", "pic32mzw1", "air602"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TstMqttPanel::publishAndReceive()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (const QString why = mqttMissing(b); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(b.join(id));
    MosquittoBroker broker;
    QVERIFY(broker.start());
    Peer peer;
    QVERIFY(peer.start(broker.port()));
    QVERIFY(peer.client.subscribe(QStringLiteral("studio/out"), 0) >= 0);

    // Connect: the live state follows the broker.
    auto *state = b.w<QLabel>("brokerState");
    QVERIFY(!b.w<QPushButton>("publish")->isEnabled());
    b.fillBroker(broker.port(), QStringLiteral("module-") + id);
    b.click("connectBroker");
    QTRY_VERIFY2_WITH_TIMEOUT(b.service.isBrokerConnected(), qPrintable(b.status()->text()),
                              WaitMs);
    QVERIFY(b.idle());
    QCOMPARE(state->text(), QStringLiteral("Connected to the broker."));
    QVERIFY(!b.w<QPushButton>("connectBroker")->isEnabled());
    QVERIFY(b.w<QPushButton>("disconnectBroker")->isEnabled());

    // Subscribe to two topics (QoS from the box).
    auto *qos = b.w<QComboBox>("subscribeQos");
    for (const char *topic : {"studio/in", "studio/other"}) {
        b.type("subscribeTopic", QLatin1String(topic));
        qos->setCurrentIndex(qos->count() - 1);
        b.click("subscribe");
        QVERIFY(b.idle());
        const int row = b.service.subscriptions()->rowOf(QLatin1String(topic));
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(b.service.subscriptions()->at(row).state,
                                  MqttSubscriptionsModel::State::Subscribed, WaitMs);
        QCOMPARE(b.service.subscriptions()->at(row).subscription.qos, qos->currentData().toInt());
    }

    // The module publishes: the second client gets it.
    b.type("publishTopic", QStringLiteral("studio/out"));
    QTest::keyClicks(b.w<QPlainTextEdit>("payload"), QStringLiteral("hello from ") + id);
    b.click("publish");
    QTRY_VERIFY_WITH_TIMEOUT(!peer.received.isEmpty(), WaitMs);
    QCOMPARE(peer.received.first().first, QStringLiteral("studio/out"));
    QCOMPARE(peer.received.first().second, (QStringLiteral("hello from ") + id).toUtf8());
    QVERIFY(b.idle());
    QVERIFY2(b.status()->lastOk(), qPrintable(b.status()->text()));

    // The second client publishes: the messages table shows it, as text and as hex.
    peer.client.publish(QStringLiteral("studio/in"), "21.5 C", 0, false);
    QTRY_COMPARE_WITH_TIMEOUT(b.service.messages()->rowCount(), 1, WaitMs);
    QCOMPARE(b.messageCell(0, MqttMessagesModel::Topic), QStringLiteral("studio/in"));
    QCOMPARE(b.messageCell(0, MqttMessagesModel::Payload), QStringLiteral("21.5 C"));
    QVERIFY(!b.messageCell(0, MqttMessagesModel::Time).isEmpty());
    b.w<QCheckBox>("messagesHex")->setChecked(true);
    QVERIFY2(b.messageCell(0, MqttMessagesModel::Payload)
                     .remove(u' ')
                     .compare(QLatin1String("32312e352043"), Qt::CaseInsensitive) == 0,
             qPrintable(b.messageCell(0, MqttMessagesModel::Payload)));
    b.w<QCheckBox>("messagesHex")->setChecked(false);

    // Unsubscribe from studio/in: its messages stop; studio/other still arrives (and proves the
    // broker delivered everything sent before it).
    auto *table = b.w<QTableView>("subscriptionsTable");
    table->selectRow(b.service.subscriptions()->rowOf(QStringLiteral("studio/in")));
    b.click("unsubscribe");
    if (id == QLatin1String("air602")) {
        // The Air602 has no unsubscribe command: while connected the panel says why and keeps
        // the subscription.
        QTRY_VERIFY_WITH_TIMEOUT(b.idle(), WaitMs);
        QVERIFY(!b.status()->lastOk());
        QVERIFY2(!b.status()->text().isEmpty(), "no reason shown");
        QVERIFY(b.service.subscriptions()->rowOf(QStringLiteral("studio/in")) >= 0);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(b.service.subscriptions()->rowOf(QStringLiteral("studio/in")), -1,
                                  WaitMs);
        QVERIFY(b.idle());
        QTRY_VERIFY_WITH_TIMEOUT(b.service.isBrokerConnected(), WaitMs);
        peer.client.publish(QStringLiteral("studio/in"), "not for the module", 0, false);
        peer.client.publish(QStringLiteral("studio/other"), "still subscribed", 0, false);
        QTRY_COMPARE_WITH_TIMEOUT(b.service.messages()->rowCount(), 2, WaitMs);
        QCOMPARE(b.messageCell(1, MqttMessagesModel::Topic), QStringLiteral("studio/other"));
    }

    // Disconnect: the state follows.
    b.click("disconnectBroker");
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Not connected to a broker."), WaitMs);
    QVERIFY(!b.w<QPushButton>("publish")->isEnabled());
}

void TstMqttPanel::validation()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (const QString why = mqttMissing(b); !why.isEmpty())
        QSKIP(qPrintable(why));

    auto *connectButton = b.w<QPushButton>("connectBroker");
    auto *portProblem = b.w<QLabel>("brokerPortProblem");
    b.fillBroker(1883, QStringLiteral("module"));
    QVERIFY2(connectButton->isEnabled(), qPrintable(connectButton->toolTip()));
    b.type("brokerPort", QStringLiteral("0"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(portProblem->isVisible());
    QCOMPARE(connectButton->toolTip(), portProblem->text());
    b.type("brokerPort", QStringLiteral("65536"));
    QVERIFY(!connectButton->isEnabled());
    b.type("brokerPort", QStringLiteral("1883"));
    QVERIFY(connectButton->isEnabled());
    b.type("brokerHost", QStringLiteral("no such host!"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(b.w<QLabel>("brokerHostProblem")->isVisible());
    b.type("clientId", QString(30, u'x'));
    QVERIFY(b.w<QLabel>("clientIdProblem")->isVisible());

    // Topics: empty, or a wildcard where a publish needs one topic.
    auto *subscribe = b.w<QPushButton>("subscribe");
    QVERIFY(!subscribe->isEnabled());
    b.type("subscribeTopic", QStringLiteral("a/#/b"));
    QVERIFY(!subscribe->isEnabled());
    QVERIFY(b.w<QLabel>("subscribeProblem")->isVisible());
    b.type("subscribeTopic", QStringLiteral("a/+/b"));
    QVERIFY(subscribe->isEnabled());
    b.type("subscribeTopic", QString());
    QVERIFY(!subscribe->isEnabled());
    QCOMPARE(subscribe->toolTip(), QStringLiteral("Enter a topic."));

    b.type("publishTopic", QStringLiteral("a/+"));
    QVERIFY(!b.w<QPushButton>("publish")->isEnabled());
    QVERIFY(b.w<QLabel>("publishTopicProblem")->isVisible());
    b.type("publishTopic", QStringLiteral("a/b"));
    // Not connected to a broker: publishing waits for it, and says so.
    QCOMPARE(b.w<QPushButton>("publish")->toolTip(),
             QStringLiteral("Connect to the broker first."));
    // A payload over the family's limit.
    const int max = b.service.commands()->maxPayloadBytes();
    b.w<QPlainTextEdit>("payload")->setPlainText(QString(max + 1, u'p'));
    QVERIFY(b.w<QLabel>("payloadProblem")->isVisible());

    // TLS only where the family has it, with the reason where not.
    auto *tls = b.w<QCheckBox>("tls");
    const auto &mqttTls = b.service.capabilities().mqttTls;
    QCOMPARE(tls->isEnabled(), mqttTls.available);
    if (!mqttTls.available)
        QCOMPARE(tls->toolTip(), mqttTls.reason);
}

void TstMqttPanel::moduleError()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (const QString why = mqttMissing(b); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(b.join(id));

    // A refused action: a family that takes topics only while connected says so; the others
    // keep the topic for the next connect.
    b.type("subscribeTopic", QStringLiteral("studio/later"));
    b.click("subscribe");
    QVERIFY(b.idle());
    QTRY_VERIFY_WITH_TIMEOUT(!b.status()->text().endsWith(u'…'), WaitMs);
    QVERIFY(!b.status()->text().isEmpty());
    if (!b.status()->lastOk()) {
        // Refused before anything was sent (no row), or the module's error (row Failed).
        const int row = b.service.subscriptions()->rowOf(QStringLiteral("studio/later"));
        QVERIFY(row < 0 ||
                b.service.subscriptions()->at(row).state == MqttSubscriptionsModel::State::Failed);
    }

    // No broker listens on that port: the module's error reaches the status line.
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        deadPort = probe.serverPort();
    }
    b.fillBroker(deadPort, QStringLiteral("module"));
    b.click("connectBroker");
    QTRY_VERIFY_WITH_TIMEOUT(!b.service.isBusy() && !b.status()->text().endsWith(u'…'), 40000);
    QVERIFY2(!b.status()->lastOk(), qPrintable(b.status()->text()));
    QVERIFY(!b.status()->text().isEmpty());
    QVERIFY(!b.service.isBrokerConnected());
    QCOMPARE(b.w<QLabel>("brokerState")->text(), QStringLiteral("Not connected to a broker."));
}

void TstMqttPanel::withoutMqtt()
{
    int checked = 0;
    for (const char *family : {"wizfi310", "wizfi360", "wizfi250", "pic32mzw1", "air602"}) {
        const QString id = QString::fromLatin1(family);
        if (!VirtualBench::haveModule(id))
            continue;
        Bench b;
        QVERIFY(b.open(id));
        const auto &mqtt = b.service.capabilities().mqtt;
        auto *notice = b.w<QLabel>("notice");
        QCOMPARE(b.w<QLineEdit>("brokerHost")->isEnabled(), mqtt.available);
        QCOMPARE(notice->isVisible(), !mqtt.available);
        if (!mqtt.available) {
            QVERIFY(!mqtt.reason.isEmpty());
            QCOMPARE(notice->text(), mqtt.reason);
            ++checked;
        }
    }
    if (checked == 0)
        QSKIP("every family in the build has MQTT");
}

void TstMqttPanel::showPassword()
{
    ModuleConnection connection;
    MqttService service(&connection);
    MqttPanel panel(&service);
    auto *notice = panel.findChild<QLabel *>(QStringLiteral("notice"));
    QCOMPARE(notice->text(), QStringLiteral("Connect to a module first."));
    auto *password = panel.findChild<QLineEdit *>(QStringLiteral("password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    panel.findChild<QAbstractButton *>(QStringLiteral("showPassword"))->toggle();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    panel.findChild<QAbstractButton *>(QStringLiteral("showPassword"))->toggle();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(TstMqttPanel)
#include "tst_mqttpanel.moc"
