#include "SimMqtt.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <mosquitto.h>

namespace {
struct LibraryInit
{
    LibraryInit() { mosquitto_lib_init(); }
    ~LibraryInit() { mosquitto_lib_cleanup(); }
};

void ensureLibrary()
{
    static LibraryInit init;
}
} // namespace

SimMqtt::SimMqtt(QObject *parent)
    : QObject(parent)
{
    ensureLibrary();
}

SimMqtt::~SimMqtt()
{
    stopLoop();
    if (m_client)
        mosquitto_destroy(m_client);
}

void SimMqtt::stopLoop()
{
    if (!m_client || !m_loopRunning)
        return;
    mosquitto_disconnect(m_client);
    mosquitto_loop_stop(m_client, true);
    m_loopRunning = false;
}

bool SimMqtt::connectToBroker(const Options &o, QString *error)
{
    stopLoop();
    if (m_client)
        mosquitto_destroy(m_client);
    m_connected = false;
    const QByteArray id = o.clientId.toUtf8();
    m_client = mosquitto_new(id.isEmpty() ? nullptr : id.constData(),
                             o.cleanSession || id.isEmpty(), this);
    if (!m_client) {
        if (error)
            *error = QCoreApplication::translate("SimMqtt", "cannot create an MQTT client");
        return false;
    }
    mosquitto_int_option(m_client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(m_client, &SimMqtt::onConnect);
    mosquitto_disconnect_callback_set(m_client, &SimMqtt::onDisconnect);
    mosquitto_subscribe_callback_set(m_client, &SimMqtt::onSubscribe);
    mosquitto_unsubscribe_callback_set(m_client, &SimMqtt::onUnsubscribe);
    mosquitto_publish_callback_set(m_client, &SimMqtt::onPublish);
    mosquitto_message_callback_set(m_client, &SimMqtt::onMessage);
    if (!o.user.isEmpty())
        mosquitto_username_pw_set(m_client, o.user.toUtf8().constData(),
                                  o.password.isEmpty() ? nullptr : o.password.toUtf8().constData());
    int rc = mosquitto_loop_start(m_client);
    if (rc == MOSQ_ERR_SUCCESS) {
        m_loopRunning = true;
        rc = mosquitto_connect_async(m_client, o.host.toUtf8().constData(), o.port,
                                     qMax(5, o.keepAliveSeconds));
    }
    if (rc != MOSQ_ERR_SUCCESS) {
        if (error)
            *error = QString::fromUtf8(mosquitto_strerror(rc));
        stopLoop();
        return false;
    }
    return true;
}

void SimMqtt::disconnectFromBroker()
{
    // Also while still connecting: it stops libmosquitto's reconnect attempts.
    if (m_client)
        mosquitto_disconnect(m_client);
}

int SimMqtt::subscribe(const QString &topic, int qos)
{
    int mid = -1;
    if (!m_client ||
        mosquitto_subscribe(m_client, &mid, topic.toUtf8().constData(), qos) != MOSQ_ERR_SUCCESS)
        return -1;
    return mid;
}

int SimMqtt::unsubscribe(const QString &topic)
{
    int mid = -1;
    if (!m_client ||
        mosquitto_unsubscribe(m_client, &mid, topic.toUtf8().constData()) != MOSQ_ERR_SUCCESS)
        return -1;
    return mid;
}

int SimMqtt::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    int mid = -1;
    if (!m_client ||
        mosquitto_publish(m_client, &mid, topic.toUtf8().constData(), int(payload.size()),
                          payload.constData(), qos, retain) != MOSQ_ERR_SUCCESS)
        return -1;
    return mid;
}

// The callbacks run on libmosquitto's thread: hand everything to the object's own thread.
void SimMqtt::onConnect(mosquitto *, void *self, int rc)
{
    auto *me = static_cast<SimMqtt *>(self);
    const QString reason = QString::fromUtf8(mosquitto_connack_string(rc));
    QMetaObject::invokeMethod(
        me,
        [me, rc, reason] {
            me->m_connected = rc == 0;
            if (rc == 0)
                emit me->connected();
            else
                emit me->connectFailed(rc, reason);
        },
        Qt::QueuedConnection);
}

void SimMqtt::onDisconnect(mosquitto *, void *self, int rc)
{
    auto *me = static_cast<SimMqtt *>(self);
    QMetaObject::invokeMethod(
        me,
        [me, rc] {
            const bool was = me->m_connected;
            me->m_connected = false;
            if (was)
                emit me->disconnected(rc);
        },
        Qt::QueuedConnection);
}

void SimMqtt::onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted)
{
    auto *me = static_cast<SimMqtt *>(self);
    const int qos = count > 0 ? granted[0] : -1;
    QMetaObject::invokeMethod(
        me, [me, mid, qos] { emit me->subscribed(mid, qos); }, Qt::QueuedConnection);
}

void SimMqtt::onUnsubscribe(mosquitto *, void *self, int mid)
{
    auto *me = static_cast<SimMqtt *>(self);
    QMetaObject::invokeMethod(
        me, [me, mid] { emit me->unsubscribed(mid); }, Qt::QueuedConnection);
}

void SimMqtt::onPublish(mosquitto *, void *self, int mid)
{
    auto *me = static_cast<SimMqtt *>(self);
    QMetaObject::invokeMethod(
        me, [me, mid] { emit me->published(mid); }, Qt::QueuedConnection);
}

void SimMqtt::onMessage(mosquitto *, void *self, const mosquitto_message *m)
{
    auto *me = static_cast<SimMqtt *>(self);
    const QString topic = QString::fromUtf8(m->topic);
    const QByteArray payload(static_cast<const char *>(m->payload), m->payloadlen);
    const int qos = m->qos;
    const bool retain = m->retain;
    QMetaObject::invokeMethod(
        me,
        [me, topic, payload, qos, retain] {
            emit me->messageReceived(topic, payload, qos, retain);
        },
        Qt::QueuedConnection);
}
