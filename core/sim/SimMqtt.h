#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

struct mosquitto;
struct mosquitto_message;

// The virtual module's MQTT client: libmosquitto talking to a real broker. libmosquitto runs its
// network loop in its own thread; its callbacks are handed to this object's thread as signals.
class SimMqtt : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 1883;
        QString clientId;
        QString user;
        QString password;
        int keepAliveSeconds = 60;
        bool cleanSession = true;
    };

    explicit SimMqtt(QObject *parent = nullptr);
    ~SimMqtt() override;

    // Asynchronous: connected() or connectFailed() follows. False when the request could not start.
    bool connectToBroker(const Options &options, QString *error = nullptr);
    void disconnectFromBroker();
    bool isConnected() const { return m_connected; }
    // Return the message id (>= 0) or -1.
    int subscribe(const QString &topic, int qos);
    int unsubscribe(const QString &topic);
    int publish(const QString &topic, const QByteArray &payload, int qos, bool retain);

signals:
    void connected();
    void connectFailed(int returnCode, const QString &reason);
    void disconnected(int reason);
    void subscribed(int messageId, int grantedQos);
    void unsubscribed(int messageId);
    void published(int messageId);
    void messageReceived(const QString &topic, const QByteArray &payload, int qos, bool retain);

private:
    static void onConnect(mosquitto *, void *self, int rc);
    static void onDisconnect(mosquitto *, void *self, int rc);
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted);
    static void onUnsubscribe(mosquitto *, void *self, int mid);
    static void onPublish(mosquitto *, void *self, int mid);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *message);
    void stopLoop();

    mosquitto *m_client = nullptr;
    bool m_connected = false;
    bool m_loopRunning = false;
};
