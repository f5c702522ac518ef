#include "Air602Module.h"

// MQTT (§2.2.4) on a real broker through SimMqtt. Results arrive after the command's "+OK":
// "+MQTT:CONNECTED " / "+MQTT:FAIL" (each with a blank line, as in §2.2.4.4), "+MSUB:OK" /
// "+MSUB:<code>", "+MPUB:OK" / "+MPUB:<code>"; a message is "+MTOPIC:<n>,<topic>" then
// "+MQD:<len>,<len bytes>".

namespace {
constexpr int NotConnected = -11; // §2.2.4.9
constexpr int IllegalValue = -6;
constexpr int NoBrokerMs = 300; // the broker's address is outside the simulated world

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}
} // namespace

void Air602Module::wireMqtt()
{
    connect(&mqtt(), &SimMqtt::connected, this, [this] {
        if (!std::exchange(m_mqttConnecting, false))
            return;
        say("+MQTT:CONNECTED \r\n\r\n");
    });
    connect(&mqtt(), &SimMqtt::connectFailed, this, [this](int, const QString &) {
        if (!std::exchange(m_mqttConnecting, false))
            return;
        say("+MQTT:FAIL\r\n\r\n");
    });
    connect(&mqtt(), &SimMqtt::subscribed, this, [this](int messageId, int grantedQos) {
        if (!m_pendingSubscribes.removeOne(messageId))
            return;
        say(grantedQos >= 0 && grantedQos <= 2 ? QByteArray("+MSUB:OK\r\n")
                                               : "+MSUB:" + num(IllegalValue) + "\r\n");
    });
    connect(&mqtt(), &SimMqtt::published, this, [this](int messageId) {
        if (m_pendingPublishes.removeOne(messageId))
            say("+MPUB:OK\r\n");
    });
    connect(&mqtt(), &SimMqtt::messageReceived, this,
            [this](const QString &topic, const QByteArray &payload, int, bool) {
                const QByteArray t = topic.toUtf8();
                say("+MTOPIC:" + num(t.size()) + ',' + t + "\r\n+MQD:" + num(payload.size()) + ',' +
                    payload + "\r\n");
            });
}

bool Air602Module::mqttCommand(const Command &c)
{
    const QByteArray &n = c.name;
    static const QList<QByteArray> names{"MSERVER", "MLOGIN", "MID",   "MCONNECT",
                                         "MSUB",    "MPUB",   "MCLOSE"};
    if (!names.contains(n))
        return false;
    // Action commands: no '=!' and no '=?'.
    const bool takesParameters = n != "MCONNECT" && n != "MCLOSE";
    if (takesParameters ? c.op != Op::Set : c.op != Op::None) {
        error(c.op == Op::None ? -4 : -3);
        return true;
    }
    const auto afterComma = [&](int commas) {
        qsizetype at = -1;
        for (int i = 0; i < commas && (at = c.args.indexOf(',', at + 1)) >= 0;)
            ++i;
        return at < 0 ? QByteArray() : c.args.mid(at + 1);
    };

    if (n == "MSERVER") {
        // <port>,<ipaddr>: an IPv4 address, no domain name (§2.2.4.1).
        int port = 0;
        const auto ip = c.params.size() == 2 ? parseIpv4(c.params[1]) : std::nullopt;
        if (!ip || !parseInt(c.params[0], &port, 1, 65535))
            return error(-4), true;
        m_mqttIp = *ip;
        m_mqttPort = quint16(port);
        ok();
    } else if (n == "MLOGIN") {
        if (c.params.size() < 2)
            return error(-4), true;
        m_mqttUser = c.params[0];
        m_mqttPassword = afterComma(1);
        ok();
    } else if (n == "MID") {
        if (c.args.isEmpty())
            return error(-4), true;
        m_mqttClientId = c.args;
        ok();
    } else if (n == "MCONNECT") {
        ok();
        if (mqtt().isConnected()) {
            say("+MQTT:CONNECTED \r\n\r\n");
            return true;
        }
        if (!networkUp() || !m_mqttIp.isLoopback()) {
            later(NoBrokerMs, [this] { say("+MQTT:FAIL\r\n\r\n"); });
            return true;
        }
        SimMqtt::Options o;
        o.host = m_mqttIp.toString();
        o.port = m_mqttPort;
        o.clientId = QString::fromUtf8(m_mqttClientId);
        o.user = QString::fromUtf8(m_mqttUser);
        o.password = QString::fromUtf8(m_mqttPassword);
        m_mqttConnecting = true;
        if (!mqtt().connectToBroker(o)) {
            m_mqttConnecting = false;
            say("+MQTT:FAIL\r\n\r\n");
        }
    } else if (n == "MSUB") {
        // <topic>[,<qos>]: §2.2.4.10 subscribes without qos (0 then).
        int qos = 0;
        if (c.params.isEmpty() || c.params.size() > 2 || c.params[0].isEmpty() ||
            (c.params.size() == 2 && !parseInt(c.params[1], &qos, 0, 2)))
            return error(-4), true;
        ok();
        const int id =
            mqtt().isConnected() ? mqtt().subscribe(QString::fromUtf8(c.params[0]), qos) : -1;
        if (id < 0)
            say("+MSUB:" + num(NotConnected) + "\r\n");
        else
            m_pendingSubscribes << id;
    } else if (n == "MPUB") {
        // <topic>,<qos>,<retain>,<message>: the message is the rest of the line, commas and all.
        int qos = 0, retain = 0;
        if (c.params.size() < 4 || c.params[0].isEmpty() || !parseInt(c.params[1], &qos, 0, 2) ||
            !parseInt(c.params[2], &retain, 0, 1))
            return error(-4), true;
        ok();
        const int id = mqtt().isConnected() ? mqtt().publish(QString::fromUtf8(c.params[0]),
                                                             afterComma(3), qos, retain == 1)
                                            : -1;
        if (id < 0)
            say("+MPUB:" + num(NotConnected) + "\r\n");
        else
            m_pendingPublishes << id;
    } else if (n == "MCLOSE") {
        mqtt().disconnectFromBroker();
        m_mqttConnecting = false;
        m_pendingSubscribes.clear();
        m_pendingPublishes.clear();
        ok();
    }
    return true;
}
