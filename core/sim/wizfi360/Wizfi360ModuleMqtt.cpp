// The WizFi360 virtual module: the built-in MQTT client on a real broker (manual §3.3.29 -
// §3.3.33), Azure/AWS connects (§3.3.34 - §3.3.38) and certificate uploads
// (§3.3.6, 3.3.36, 3.3.37).
#include "Wizfi360Module.h"

#include "Wizfi360ModuleUtil.h"

#include <QTcpSocket>
#include <climits>

using namespace Wizfi360Util;

namespace {

constexpr int MqttConnectTimeoutMs = 5000;
constexpr int MaxPemBytes = 8192;
constexpr int NeverMs = INT_MAX / 2;

} // namespace

void Wizfi360Module::wireMqtt()
{
    connect(&mqtt(), &SimMqtt::connected, this, [this] {
        if (m_mqtt.state != Mqtt::State::Connecting)
            return;
        m_mqtt.state = Mqtt::State::Subscribing;
        m_mqtt.pendingSubscriptions.clear();
        for (const QByteArray &topic : std::as_const(m_mqtt.subTopics)) {
            const int mid = mqtt().subscribe(QString::fromUtf8(topic), 0);
            if (mid < 0)
                return mqttConnectFailed();
            m_mqtt.pendingSubscriptions.insert(mid);
        }
        if (m_mqtt.pendingSubscriptions.isEmpty()) {
            m_mqtt.state = Mqtt::State::Connected;
            setBusy(false);
            line("CONNECT");
            ok();
        }
    });
    connect(&mqtt(), &SimMqtt::subscribed, this, [this](int mid, int) {
        if (m_mqtt.state != Mqtt::State::Subscribing || !m_mqtt.pendingSubscriptions.remove(mid))
            return;
        if (m_mqtt.pendingSubscriptions.isEmpty()) {
            m_mqtt.state = Mqtt::State::Connected;
            setBusy(false);
            line("CONNECT");
            ok();
        }
    });
    connect(&mqtt(), &SimMqtt::connectFailed, this, [this](int, const QString &) {
        if (m_mqtt.state == Mqtt::State::Connecting || m_mqtt.state == Mqtt::State::Subscribing)
            mqttConnectFailed();
    });
    connect(&mqtt(), &SimMqtt::disconnected, this, [this](int) {
        if (std::exchange(m_mqtt.closing, false))
            return;
        if (m_mqtt.state == Mqtt::State::Connected) {
            // The broker link is one of the module's network connections: it reports its close.
            const int link = m_mqtt.link;
            m_mqtt.state = Mqtt::State::Idle;
            m_mqtt.link = -1;
            if (!m_asleep)
                line(linkTag(qMax(0, link)) + "CLOSED");
        } else if (m_mqtt.state != Mqtt::State::Idle) {
            mqttConnectFailed();
        }
    });
    connect(&mqtt(), &SimMqtt::messageReceived, this,
            [this](const QString &topic, const QByteArray &payload, int, bool) {
                if (m_mqtt.state == Mqtt::State::Connected && !m_asleep)
                    line(topic.toUtf8() + " -> " + payload);
            });
}

void Wizfi360Module::mqttDrop()
{
    // Only a connected client reports its disconnect: expect it only then.
    m_mqtt.closing = mqtt().isConnected();
    mqtt().disconnectFromBroker();
}

void Wizfi360Module::mqttConnectFailed()
{
    m_mqtt.state = Mqtt::State::Idle;
    m_mqtt.link = -1;
    ++m_mqtt.attempt;
    mqttDrop();
    setBusy(false);
    line("CONNECT FAIL");
    error();
}

void Wizfi360Module::cmdMqttset(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line(quoted(m_mqtt.user) + ',' + quoted(m_mqtt.password) + ',' + quoted(m_mqtt.clientId) +
             ',' + number(m_mqtt.alive));
        return ok();
    }
    QByteArray user;
    QByteArray password;
    QByteArray clientId;
    int alive = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 4 || !str(cmd, 0, &user, 50) ||
        !str(cmd, 1, &password, 50) || !str(cmd, 2, &clientId, 50) || !num(cmd, 3, 30, 300, &alive))
        return error();
    m_mqtt.user = user;
    m_mqtt.password = password;
    m_mqtt.clientId = clientId;
    m_mqtt.alive = alive;
    m_mqtt.configured = true;
    ok();
}

void Wizfi360Module::cmdMqtttopic(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        if (!m_mqtt.pubTopic.isEmpty()) {
            QByteArray text = quoted(m_mqtt.pubTopic);
            for (const QByteArray &t : std::as_const(m_mqtt.subTopics))
                text += ',' + quoted(t);
            line(text);
        }
        return ok();
    }
    if (cmd.form != Form::Set || cmd.params.size() < 2 || cmd.params.size() > 4)
        return error();
    QByteArray pub;
    QList<QByteArray> subs;
    if (!str(cmd, 0, &pub, 128) || pub.isEmpty())
        return error();
    for (int i = 1; i < cmd.params.size(); ++i) {
        QByteArray t;
        if (!str(cmd, i, &t, 128) || t.isEmpty())
            return error();
        subs << t;
    }
    m_mqtt.pubTopic = pub;
    m_mqtt.subTopics = subs; // subscribed at the next AT+MQTTCON
    ok();
}

void Wizfi360Module::cmdMqttcon(const Cmd &cmd)
{
    const int at = m_cipmux ? 1 : 0;
    int link = 0;
    int enable = 0;
    QByteArray host;
    int port = 0;
    if (cmd.form != Form::Set || cmd.params.size() != at + 3 ||
        (m_cipmux && !num(cmd, 0, 0, 4, &link)) || !num(cmd, at, 0, 1, &enable) ||
        !str(cmd, at + 1, &host, 128) || host.isEmpty() || !num(cmd, at + 2, 1, 65535, &port))
        return error();
    if (!networkUp() || m_mqtt.pubTopic.isEmpty() || m_mqtt.state != Mqtt::State::Idle ||
        (m_cipmux ? m_links.contains(link) : !m_links.isEmpty()))
        return error();
    m_mqtt.link = m_cipmux ? link : 0;
    m_mqtt.state = Mqtt::State::Connecting;
    const quint64 attempt = ++m_mqtt.attempt;
    setBusy(true);
    const auto address = world().resolve(QString::fromUtf8(host));
    if (!address || !address->isLoopback()) {
        // No broker at that address in the world.
        later(400, [this] {
            if (m_mqtt.state == Mqtt::State::Connecting)
                mqttConnectFailed();
        });
        return;
    }
    SimMqtt::Options o;
    o.host = address->toString();
    o.port = quint16(port);
    o.clientId =
        QString::fromUtf8(m_mqtt.clientId.isEmpty() ? "WizFi360_" + macSuffix() : m_mqtt.clientId);
    if (enable) {
        o.user = QString::fromUtf8(m_mqtt.user);
        o.password = QString::fromUtf8(m_mqtt.password);
    }
    o.keepAliveSeconds = m_mqtt.alive;
    // libmosquitto retries a refused TCP connect silently: look first whether anybody listens,
    // so that a refused broker fails at once as on the module.
    auto *probe = new QTcpSocket(this);
    connect(probe, &QTcpSocket::connected, this, [this, probe, attempt, o] {
        QObject::disconnect(probe, nullptr, this, nullptr);
        probe->abort();
        probe->deleteLater();
        if (m_mqtt.attempt == attempt && m_mqtt.state == Mqtt::State::Connecting &&
            !mqtt().connectToBroker(o))
            mqttConnectFailed();
    });
    connect(probe, &QAbstractSocket::errorOccurred, this, [this, probe, attempt] {
        QObject::disconnect(probe, nullptr, this, nullptr);
        probe->deleteLater();
        if (m_mqtt.attempt == attempt && m_mqtt.state == Mqtt::State::Connecting)
            mqttConnectFailed();
    });
    probe->connectToHost(*address, quint16(port));
    later(MqttConnectTimeoutMs, [this, attempt] {
        if (m_mqtt.attempt == attempt &&
            (m_mqtt.state == Mqtt::State::Connecting || m_mqtt.state == Mqtt::State::Subscribing))
            mqttConnectFailed();
    });
}

void Wizfi360Module::cmdMqttpub(const Cmd &cmd)
{
    QByteArray message;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !str(cmd, 0, &message) ||
        m_mqtt.state != Mqtt::State::Connected)
        return error();
    if (mqtt().publish(QString::fromUtf8(m_mqtt.pubTopic), message, 0, false) < 0)
        return error();
    ok();
}

void Wizfi360Module::cmdMqttdis(const Cmd &cmd)
{
    if (cmd.form != Form::Exec || m_mqtt.state != Mqtt::State::Connected)
        return error();
    m_mqtt.state = Mqtt::State::Idle;
    m_mqtt.link = -1;
    mqttDrop();
    sayFinal("CLOSE\r\n"); // the only reply the manual shows (§3.3.33)
}

// ---------------------------------------------------------------------------------------------
// Azure IoT Hub and AWS IoT Core: configured as on the module; the clouds are not in the world,
// so the connect fails the way a module without a route to them fails.

void Wizfi360Module::cmdAzset(const Cmd &cmd)
{
    Azure a;
    if (cmd.form != Form::Set || cmd.params.size() != 3 || !str(cmd, 0, &a.hub, 128) ||
        !str(cmd, 1, &a.device, 128) || !str(cmd, 2, &a.key, 256))
        return error();
    m_azure = a;
    ok();
}

void Wizfi360Module::cmdAzcon(const Cmd &cmd)
{
    if (cmd.form != Form::Exec || m_azure.hub.isEmpty() || m_mqtt.pubTopic.isEmpty() ||
        m_mqtt.state != Mqtt::State::Idle || !networkUp())
        return error();
    setBusy(true);
    later(500, [this] {
        setBusy(false);
        line("CONNECT FAIL");
        error();
    });
}

void Wizfi360Module::cmdAwscon(const Cmd &cmd)
{
    // "cannot be used when AT+CIPMUX=1"; "SSL certificate option shall be set as AT+CIPSSLCONF=2"
    if (cmd.form != Form::Exec || m_cipmux || m_flash.sslConf != 2 || m_mqtt.pubTopic.isEmpty() ||
        m_mqtt.state != Mqtt::State::Idle || !networkUp())
        return error();
    setBusy(true);
    later(500, [this] {
        setBusy(false);
        line("CONNECT FAIL");
        error();
    });
}

// ---------------------------------------------------------------------------------------------
// PEM uploads: AT+CASEND (CA certificate), AT+CLICASEND (client certificate), AT+AWSPKSEND
// (private key). "=1" prompts with '>' (no OK before it); the text runs to its END line.

void Wizfi360Module::cmdPemStore(const Cmd &cmd)
{
    const int kind = cmd.name == "CASEND" ? 1 : cmd.name == "CLICASEND" ? 2 : 3;
    QByteArray &slot = kind == 1   ? m_flash.caPem
                       : kind == 2 ? m_flash.clientCertPem
                                   : m_flash.privateKeyPem;
    if (cmd.form == Form::Query) {
        if (slot.isEmpty())
            return error();
        QByteArray out;
        for (QByteArray l : slot.split('\n')) {
            if (l.endsWith('\r'))
                l.chop(1);
            if (!l.isEmpty())
                out += l + "\r\n";
        }
        say(out);
        return ok();
    }
    int mode = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 1, &mode))
        return error();
    if (mode == 0) {
        slot.clear();
        return ok();
    }
    m_pemKind = kind;
    m_pem.clear();
    say(">");
    enterDataMode(
        "+++", NeverMs, true, [this](const QByteArray &d) { onPemData(d); }, nullptr);
}

void Wizfi360Module::onPemData(const QByteArray &bytes)
{
    if (!m_pemKind)
        return;
    m_pem += bytes;
    const QByteArray end =
        m_pemKind == 3 ? "-----END RSA PRIVATE KEY-----" : "-----END CERTIFICATE-----";
    const qsizetype at = m_pem.indexOf(end);
    if (at < 0) {
        if (m_pem.size() > MaxPemBytes) {
            m_pemKind = 0;
            leaveDataMode();
            error();
        }
        return;
    }
    QByteArray &slot = m_pemKind == 1   ? m_flash.caPem
                       : m_pemKind == 2 ? m_flash.clientCertPem
                                        : m_flash.privateKeyPem;
    slot = m_pem.left(at + end.size());
    m_pemKind = 0;
    m_pem.clear();
    leaveDataMode(); // the line end after the END line arrives as an empty command line
    ok();
}
