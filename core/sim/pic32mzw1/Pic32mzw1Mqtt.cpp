// PIC32MZW1 AnyCloud: MQTT client (+MQTTC/+MQTTCONN/+MQTTSUB/+MQTTUNSUB/+MQTTPUB/+MQTTDISCONN)
// on a real broker through SimMqtt, and the TLS configuration store (+TLSC).
#include "Pic32mzw1Module.h"

namespace {
// [FW] a broker that does not answer ends in "+MQTTCONNACK:1,1" (CONNACK timeout); the sim
// waits this long instead of the firmware's 5 s network timeout plus CONNACK wait.
constexpr int MqttConnectTimeoutMs = 1000;
constexpr int MaxTopic = 128;
} // namespace

void Pic32mzw1Module::wireMqtt()
{
    SimMqtt &m = mqtt();
    connect(&m, &SimMqtt::connected, this, [this] {
        if (m_mqtt != MqttState::Connecting)
            return;
        m_mqtt = MqttState::Up;
        aec(QByteArrayLiteral("+MQTTCONNACK:0,0"));
        aec(QByteArrayLiteral("+MQTTCONN:1"));
    });
    connect(&m, &SimMqtt::connectFailed, this, [this](int returnCode, const QString &) {
        if (m_mqtt == MqttState::Connecting)
            mqttConnectFailed(0, returnCode); // the broker refused: its CONNACK return code
    });
    connect(&m, &SimMqtt::disconnected, this, [this](int) {
        if (m_mqtt != MqttState::Up)
            return;
        m_mqtt = MqttState::Down;
        aec(QByteArrayLiteral("+MQTTCONN:0"));
    });
    connect(&m, &SimMqtt::subscribed, this, [this](int, int grantedQos) {
        if (m_mqtt == MqttState::Up)
            aec(grantedQos >= 0 && grantedQos <= 2 ? QByteArrayLiteral("+MQTTSUB:0")
                                                   : QByteArrayLiteral("+MQTTSUB:1"));
    });
    connect(&m, &SimMqtt::unsubscribed, this, [this](int) {
        if (m_mqtt == MqttState::Up)
            aec(QByteArrayLiteral("+MQTTUNSUB:1")); // [FW] 1 = success
    });
    connect(&m, &SimMqtt::published, this, [this](int) {
        if (m_mqtt == MqttState::Up)
            aec(QByteArrayLiteral("+MQTTPUBACC")); // [FW] for every published message
    });
    connect(&m, &SimMqtt::messageReceived, this,
            [this](const QString &topic, const QByteArray &payload, int, bool) {
                if (m_mqtt != MqttState::Up)
                    return;
                // [FW] +MQTTPUB:<TOPIC_LEN>,<TOPIC>,<MSG_LEN>,<MSG>, lengths in bytes.
                const QByteArray t = topic.toUtf8();
                aec("+MQTTPUB:" + QByteArray::number(t.size()) + ',' + safeString(t) + ',' +
                    QByteArray::number(payload.size()) + ',' + safeString(payload));
            });
}

void Pic32mzw1Module::mqttConnectFailed(int flags, int code)
{
    m_mqtt = MqttState::Down;
    ++m_mqttAttempt;
    mqtt().disconnectFromBroker();
    aec("+MQTTCONNACK:" + QByteArray::number(flags) + ',' + QByteArray::number(code));
    aec(QByteArrayLiteral("+MQTTCONN:0"));
}

int Pic32mzw1Module::cmdMqttc(const Params &p)
{
    return confCommand("+MQTTC", m_mqttc, 7, p, false);
}

int Pic32mzw1Module::cmdMqttconn(const Params &p)
{
    if (p.isEmpty()) {
        // [FW] the status query answers with the AEC's text, before the OK.
        reply(m_mqtt == MqttState::Up ? QByteArrayLiteral("+MQTTCONN:1")
                                      : QByteArrayLiteral("+MQTTCONN:0"));
        return Ok;
    }
    if (p.size() > 1)
        return WrongParamCount;
    if (!p[0].isInt() || p[0].i > 1)
        return InvalidParameter;
    if (m_mqtt != MqttState::Down)
        return MqttError;
    m_mqtt = MqttState::Connecting;
    const quint64 attempt = ++m_mqttAttempt;
    later(MqttConnectTimeoutMs, [this, attempt] {
        if (attempt == m_mqttAttempt && m_mqtt == MqttState::Connecting)
            mqttConnectFailed(1, 1);
    });
    const QString broker = QString::fromLatin1(confS(m_mqttc, 1));
    const std::optional<QHostAddress> address =
        broker.isEmpty() ? std::nullopt : world().resolve(broker);
    // TLS (ID 7 > 0, the default) is not simulated by SimMqtt: like a TLS client facing a plain
    // broker, the connection never comes up.
    if (!networkUp() || !address || !address->isLoopback() || confI(m_mqttc, 7) > 0)
        return Ok;
    SimMqtt::Options o;
    o.host = address->toString();
    o.port = quint16(confI(m_mqttc, 2));
    o.clientId = QString::fromUtf8(confS(m_mqttc, 3));
    o.user = QString::fromUtf8(confS(m_mqttc, 4));
    o.password = QString::fromUtf8(confS(m_mqttc, 5));
    const qint64 keepAlive = confI(m_mqttc, 6);
    o.keepAliveSeconds = keepAlive > 0 ? int(keepAlive) : 60;
    o.cleanSession = true; // CLEAN is a placeholder (manual §6.2)
    if (!mqtt().connectToBroker(o)) {
        later(1, [this, attempt] {
            if (attempt == m_mqttAttempt && m_mqtt == MqttState::Connecting)
                mqttConnectFailed(1, 1);
        });
    }
    return Ok;
}

int Pic32mzw1Module::cmdMqttsub(const Params &p)
{
    if (p.size() != 2)
        return WrongParamCount;
    if (!p[0].isString() || !p[1].isInt())
        return InvalidParameter;
    if (p[0].bytes.size() > MaxTopic || p[1].i < 0 || p[1].i > 2)
        return InvalidParameter;
    if (m_mqtt != MqttState::Up)
        return MqttError;
    return mqtt().subscribe(QString::fromUtf8(p[0].bytes), int(p[1].i)) < 0 ? MqttError : Ok;
}

int Pic32mzw1Module::cmdMqttunsub(const Params &p)
{
    if (p.size() != 1)
        return WrongParamCount;
    if (!p[0].isString() || p[0].bytes.size() > MaxTopic)
        return InvalidParameter;
    if (m_mqtt != MqttState::Up)
        return MqttError;
    return mqtt().unsubscribe(QString::fromUtf8(p[0].bytes)) < 0 ? MqttError : Ok;
}

int Pic32mzw1Module::cmdMqttpub(const Params &p)
{
    if (p.size() != 5)
        return WrongParamCount;
    if (!p[0].isInt() || !p[1].isInt() || !p[2].isInt() || !p[3].isString() || !p[4].isString())
        return InvalidParameter;
    if (p[1].i < 0 || p[1].i > 2 || p[2].i < 0 || p[2].i > 1 || p[3].bytes.size() > MaxTopic)
        return InvalidParameter;
    if (m_mqtt != MqttState::Up)
        return MqttError;
    const int mid =
        mqtt().publish(QString::fromUtf8(p[3].bytes), p[4].bytes, int(p[1].i), p[2].i == 1);
    return mid < 0 ? MqttError : Ok;
}

int Pic32mzw1Module::cmdMqttdisconn(const Params &p)
{
    // The manual's REASON_CODE (MQTT v5) is accepted and has no effect on a 3.1.1 session.
    if (p.size() > 1)
        return WrongParamCount;
    if (p.size() == 1 && !p[0].isInt())
        return InvalidParameter;
    if (m_mqtt != MqttState::Up)
        return MqttError;
    mqtt().disconnectFromBroker(); // +MQTTCONN:0 follows when the broker connection is down
    return Ok;
}

int Pic32mzw1Module::cmdTlsc(const Params &p)
{
    // [FW] the configuration index is mandatory: AT+TLSC alone is an invalid parameter.
    if (p.isEmpty() || p.size() > 3)
        return InvalidParameter;
    if (!p[0].isInt() || (p.size() >= 2 && !p[1].isInt()))
        return InvalidParameter;
    if (p[0].i < 1 || p[0].i > 2)
        return InvalidParameter;
    ConfStore &store = m_tlsc[p[0].i - 1];
    if (p.size() == 1) {
        for (int id = 1; id <= 5; ++id)
            confPrint("+TLSC", store, id);
        return Ok;
    }
    if (p.size() == 2)
        return confPrint("+TLSC", store, int(p[1].i)) ? Ok : AccessFailed;
    for (const Socket &s : std::as_const(m_sockets)) {
        if (s.tlsUp && s.tlsConf == p[0].i)
            return UpdateBlocked; // in use by a session
    }
    return confWrite(store, int(p[1].i), p[2]);
}
