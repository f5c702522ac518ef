#include "Wizfi310Module.h"

#include <algorithm>

// MQTT (manual §MQTT Commands) on a real broker through SimMqtt; the Korea-only GMMP and
// ThingPlug services, which the simulated network cannot reach; and the function commands
// (manual §Function Commands): AT+FPING, AT+FDNS, AT+FGPIO, AT+FGETADC, AT+FOTA.

namespace {
constexpr int kMqttConnectMs = 5000;
constexpr int kMqttAckMs = 3000;
constexpr int kMqttPayloadMs = 3000;  // [F250]: the payload must arrive within 3 s
constexpr int kMqttMaxPayload = 1500; // [F250]
constexpr int kUnreachableServiceMs = 500;
constexpr int kPingGapMs = 20;
constexpr int kPingLostMs = 100;
constexpr int kDnsMs = 30;
} // namespace

void Wizfi310Module::setUpMqtt()
{
    SimMqtt &m = mqtt();
    connect(&m, &SimMqtt::connected, this, [this] {
        if (m_mqttWait != MqttWait::Connect) {
            mqtt().disconnectFromBroker(); // a connect nobody waits for any more
            return;
        }
        ++m_mqttTicket;
        m_mqttWait = MqttWait::None;
        m_mqttUp = true;
        // "[MQTT CONNECT]" then [OK] (manual; event j of AT+MEVTFORM).
        event(9, "[MQTT CONNECT]");
        ok();
        endAsync();
    });
    connect(&m, &SimMqtt::connectFailed, this, [this](int, const QString &) {
        if (m_mqttWait != MqttWait::Connect)
            return;
        ++m_mqttTicket;
        m_mqttWait = MqttWait::None;
        fail(Err::Error);
        endAsync();
    });
    connect(&m, &SimMqtt::disconnected, this, [this](int) {
        if (m_mqttWait == MqttWait::Disconnect) {
            ++m_mqttTicket;
            m_mqttWait = MqttWait::None;
            event(10, "[MQTT DISCONNECT]");
            ok();
            endAsync();
            return;
        }
        if (!m_mqttUp)
            return;
        // The broker closed the connection: event k on its own.
        m_mqttUp = false;
        event(10, "[MQTT DISCONNECT]");
    });
    const auto acked = [this](MqttWait kind, int mid, bool good) {
        if (m_mqttWait != kind || mid != m_mqttMid)
            return;
        ++m_mqttTicket;
        m_mqttWait = MqttWait::None;
        if (good)
            ok();
        else
            fail(Err::Error);
        endAsync();
    };
    connect(&m, &SimMqtt::subscribed, this, [acked](int mid, int qos) {
        acked(MqttWait::Subscribe, mid, qos >= 0 && qos <= 2); // 0x80 = refused
    });
    connect(&m, &SimMqtt::unsubscribed, this,
            [acked](int mid) { acked(MqttWait::Unsubscribe, mid, true); });
    connect(&m, &SimMqtt::messageReceived, this,
            [this](const QString &topic, const QByteArray &payload, int, bool) {
                if (!m_mqttUp)
                    return;
                // [F250] ("copied WizFi310 format"): {Q,<topic>,,<len>}<payload>\r\n
                out("{Q," + topic.toUtf8() + ",," + QByteArray::number(payload.size()) + '}' +
                    payload + "\r\n");
            });
}

// ---- MQTT ----

void Wizfi310Module::cmdMqttset(const Cmd &c)
{
    if (c.query) {
        out(m_cfg.mqttUser + ',' + m_cfg.mqttPass + ',' + m_cfg.mqttClient + ',' +
            QByteArray::number(m_cfg.mqttAlive) + "\r\n");
        ok();
        return;
    }
    // <UserName>,<Password>,<ClientID>,<AliveTime>: all required, names up to 50, 30..300 s.
    int alive = 0;
    if (!c.hasArgs || c.count() != 4 || c.arg(0).size() > 50 || c.arg(1).size() > 50 ||
        c.arg(2).size() > 50 || !parseInt(c.arg(3), &alive, 30, 300)) {
        fail(Err::InvalidInput);
        return;
    }
    if (m_mqttUp) {
        fail(Err::Error); // [F250]: not while connected
        return;
    }
    m_cfg.mqttUser = c.arg(0);
    m_cfg.mqttPass = c.arg(1);
    m_cfg.mqttClient = c.arg(2);
    m_cfg.mqttAlive = alive;
    ok();
}

void Wizfi310Module::cmdMqttcon(const Cmd &c)
{
    if (c.query) {
        // Not in the manual; [F250] prints "Connected(<ip>)" or "Disconnected".
        out(m_mqttUp ? "Connected(" + m_mqttBroker.toString().toLatin1() + ")\r\n"
                     : QByteArray("Disconnected\r\n"));
        ok();
        return;
    }
    // The parameter table says 0 = connect, 1 = disconnect; the manual's examples and the
    // firmware use 1 = connect, 0 = disconnect: the examples win.
    if (!c.hasArgs || c.count() > 4 || (c.arg(0) != "0" && c.arg(0) != "1")) {
        fail(Err::InvalidInput);
        return;
    }
    if (c.arg(0) == "0") {
        if (!m_mqttUp) {
            fail(Err::Error);
            return;
        }
        m_mqttUp = false;
        m_mqttWait = MqttWait::Disconnect;
        const quint64 ticket = ++m_mqttTicket;
        beginAsync();
        mqtt().disconnectFromBroker();
        later(kMqttAckMs, [this, ticket] {
            if (ticket != m_mqttTicket || m_mqttWait != MqttWait::Disconnect)
                return;
            m_mqttWait = MqttWait::None;
            event(10, "[MQTT DISCONNECT]");
            ok();
            endAsync();
        });
        return;
    }
    int port = 1883; // manual: default 1883
    int ssl = 0;
    QHostAddress broker;
    const bool named = !c.arg(1).isEmpty();
    if ((!c.arg(2).isEmpty() && !parseInt(c.arg(2), &port, 1, 65535)) ||
        (!c.arg(3).isEmpty() && !parseInt(c.arg(3), &ssl, 0, 1))) {
        fail(Err::InvalidInput);
        return;
    }
    if (named) {
        if (!parseIpv4(c.arg(1), &broker)) {
            const auto resolved = world().resolve(QString::fromLatin1(c.arg(1)));
            if (!resolved) {
                fail(Err::InvalidInput);
                return;
            }
            broker = *resolved;
        }
    } else {
        // No broker given: the world's broker.
        const auto resolved = world().resolve(world().mqttHost);
        broker = resolved ? *resolved : QHostAddress(QHostAddress::LocalHost);
        if (c.arg(2).isEmpty())
            port = world().mqttPort;
    }
    if (!wifi().isJoined() && !wifi().accessPointRunning()) {
        fail(Err::WifiStatus);
        return;
    }
    if (m_mqttUp || m_mqttWait != MqttWait::None) {
        fail(Err::Error);
        return;
    }
    m_mqttBroker = broker;
    beginAsync();
    const quint64 ticket = ++m_mqttTicket;
    const auto timeout = [this, ticket] {
        if (ticket != m_mqttTicket || m_mqttWait != MqttWait::Connect)
            return;
        m_mqttWait = MqttWait::None;
        mqtt().disconnectFromBroker();
        fail(Err::Error);
        endAsync();
    };
    m_mqttWait = MqttWait::Connect;
    // SSL: the simulated broker speaks plain MQTT only; addresses off loopback never answer.
    if (ssl == 1 || !broker.isLoopback()) {
        later(kUnreachableServiceMs, timeout);
        return;
    }
    SimMqtt::Options o;
    o.host = broker.toString();
    o.port = quint16(port);
    o.clientId = QString::fromUtf8(m_cfg.mqttClient);
    if (o.clientId.isEmpty())
        o.clientId = QStringLiteral("WizFi310_") + QString::fromLatin1(m_cfg.mac).remove(u':');
    o.user = QString::fromUtf8(m_cfg.mqttUser);
    o.password = QString::fromUtf8(m_cfg.mqttPass);
    o.keepAliveSeconds = m_cfg.mqttAlive;
    if (!mqtt().connectToBroker(o)) {
        m_mqttWait = MqttWait::None;
        ++m_mqttTicket;
        fail(Err::Error);
        endAsync();
        return;
    }
    later(kMqttConnectMs, timeout);
}

void Wizfi310Module::cmdMqttsub(const Cmd &c)
{
    // AT+MQTTSUB=<1 subscribe|0 unsubscribe>,<Topic>[,<QoS>] (QoS: [F250], default 0).
    int qos = 0;
    const QByteArray topic = c.arg(1);
    if (!c.hasArgs || c.query || c.count() < 2 || c.count() > 3 ||
        (c.arg(0) != "0" && c.arg(0) != "1") || topic.isEmpty() || topic.size() > 64 ||
        (!c.arg(2).isEmpty() && !parseInt(c.arg(2), &qos, 0, 2))) {
        fail(Err::InvalidInput);
        return;
    }
    if (!m_mqttUp) {
        fail(Err::Error);
        return;
    }
    const bool sub = c.arg(0) == "1";
    const int mid = sub ? mqtt().subscribe(QString::fromUtf8(topic), qos)
                        : mqtt().unsubscribe(QString::fromUtf8(topic));
    if (mid < 0) {
        fail(Err::Error);
        return;
    }
    // [OK] once the broker has acknowledged, so that what is published next is delivered.
    m_mqttWait = sub ? MqttWait::Subscribe : MqttWait::Unsubscribe;
    m_mqttMid = mid;
    const quint64 ticket = ++m_mqttTicket;
    beginAsync();
    later(kMqttAckMs, [this, ticket] {
        if (ticket != m_mqttTicket || m_mqttWait == MqttWait::None)
            return;
        m_mqttWait = MqttWait::None;
        fail(Err::Error);
        endAsync();
    });
}

void Wizfi310Module::cmdMqttpub(const Cmd &c)
{
    // AT+MQTTPUB=<Topic>,<Length>; the length is the last field (a topic may hold ',').
    const qsizetype comma = c.rest.lastIndexOf(',');
    const QByteArray topic = comma < 0 ? QByteArray() : c.rest.left(comma);
    int length = 0;
    if (!c.hasArgs || c.query || comma < 0 || topic.isEmpty() || topic.size() > 64 ||
        !parseInt(c.rest.mid(comma + 1), &length, 1, kMqttMaxPayload)) {
        fail(Err::InvalidInput);
        return;
    }
    if (!m_mqttUp) {
        fail(Err::Error);
        return;
    }
    // The manual prints "<Length>"; the firmware "[<len>]" before it reads the message ([F250]).
    out('[' + QByteArray::number(length) + "]\r\n");
    expectPayload(length, kMqttPayloadMs, [this, topic](const QByteArray &p, bool complete) {
        if (!complete || !m_mqttUp || mqtt().publish(QString::fromUtf8(topic), p, 0, false) < 0) {
            fail(Err::Error);
            return;
        }
        ok();
    });
}

// ---- GMMP and ThingPlug (SK Telecom, Korea only) ----

void Wizfi310Module::cmdGmmpset(const Cmd &c)
{
    // AT+GMMPSET=1,<IP>,<Port>,<Domain>,<AuthID>,<ManufactureID>,<DeviceID> | AT+GMMPSET=0
    QHostAddress ip;
    int port = 0;
    const bool on = c.arg(0) == "1";
    const bool off = c.arg(0) == "0" && c.count() == 1;
    const bool connect = on && c.count() == 7 && parseIpv4(c.arg(1), &ip) &&
                         parseInt(c.arg(2), &port, 1, 65535) && !c.arg(3).isEmpty() &&
                         !c.arg(4).isEmpty() && !c.arg(5).isEmpty() && !c.arg(6).isEmpty();
    if (!c.hasArgs || c.query || (!off && !connect)) {
        fail(Err::InvalidInput);
        return;
    }
    if (!on) {
        fail(Err::Error); // no GMMP session to stop
        return;
    }
    if (!networkUp()) {
        fail(Err::WifiStatus);
        return;
    }
    // The ThingPlug GMMP server is not part of the simulated network: registration fails.
    beginAsync();
    later(kUnreachableServiceMs, [this] {
        fail(Err::Error);
        endAsync();
    });
}

void Wizfi310Module::cmdGmmpdata(const Cmd &c)
{
    // AT+GMMPDATA=<0 store for the periodic report|1 send now>,<Data>
    const qsizetype comma = c.rest.indexOf(',');
    const QByteArray option = comma < 0 ? QByteArray() : c.rest.left(comma);
    if (!c.hasArgs || comma < 0 || (option != "0" && option != "1")) {
        fail(Err::InvalidInput);
        return;
    }
    if (option == "1") {
        fail(Err::Error); // not registered with a GMMP server
        return;
    }
    m_gmmpData = {c.rest.mid(comma + 1)};
    ok();
}

void Wizfi310Module::cmdGmmpopt(const Cmd &c)
{
    // 10,<set 0 read|1 write>,<event log 0/1>,<debug 0/1>; 11,<heartbeat min>; 12,<report min>.
    int v = 0;
    const QByteArray o = c.arg(0);
    bool valid = c.hasArgs && !c.query;
    if (valid && o == "10")
        valid = c.count() == 4 && parseInt(c.arg(1), &v, 0, 1) && parseInt(c.arg(2), &v, 0, 1) &&
                parseInt(c.arg(3), &v, 0, 1);
    else if (valid && (o == "11" || o == "12"))
        valid = c.count() == 2 && parseInt(c.arg(1), &v, 1, 1000000);
    else
        valid = false;
    if (!valid) {
        fail(Err::InvalidInput);
        return;
    }
    ok();
}

void Wizfi310Module::cmdSktpcon(const Cmd &c)
{
    // AT+SKTPCON=1,<IP>,<Port>,<AliveTime>,<PortalID>,<CredentialID>,<ServiceID>,<Version>,
    // <DeviceID> | AT+SKTPCON=0
    int v = 0;
    const bool on = c.arg(0) == "1";
    const bool off = c.arg(0) == "0" && c.count() == 1;
    const bool connect = on && c.count() == 9 && !c.arg(1).isEmpty() &&
                         parseInt(c.arg(2), &v, 1, 65535) && parseInt(c.arg(3), &v, 1, 65535);
    if (!c.hasArgs || c.query || (!off && !connect)) {
        fail(Err::InvalidInput);
        return;
    }
    if (!on) {
        fail(Err::Error); // not connected to ThingPlug
        return;
    }
    if (!networkUp()) {
        fail(Err::WifiStatus);
        return;
    }
    // The ThingPlug platform (oneM2M over MQTT) is not part of the simulated network.
    beginAsync();
    later(kUnreachableServiceMs, [this] {
        fail(Err::Error);
        endAsync();
    });
}

void Wizfi310Module::cmdSktpOther(const Cmd &c)
{
    // AT+SKTPDEVICE=<1|0>,<DeviceID>,<AE-ID>; AT+SKTPCONTAINER=<1|0>,<Name>;
    // AT+SKTPSEND=<Container>,<Data>; AT+SKTPCMD=<1|0>,<Command>;
    // AT+SKTPRESULT=<Command>,<ExecStatus>,<ExecResult>. They need a ThingPlug connection.
    const int want = c.name == "AT+SKTPDEVICE" || c.name == "AT+SKTPRESULT" ? 3 : 2;
    const bool flag = c.name != "AT+SKTPSEND" && c.name != "AT+SKTPRESULT";
    if (!c.hasArgs || c.query || c.count() != want ||
        (flag && c.arg(0) != "0" && c.arg(0) != "1") ||
        std::any_of(c.args.begin(), c.args.end(),
                    [](const QByteArray &a) { return a.isEmpty(); })) {
        fail(Err::InvalidInput);
        return;
    }
    fail(Err::Error);
}

// ---- function commands ----

void Wizfi310Module::cmdFping(const Cmd &c)
{
    // AT+FPING=<RepeatCnt 1..50>,<TargetIP>; one "Ping Reply :  <n> ms" per reply, then [OK].
    int count = 0;
    QHostAddress target;
    if (!c.hasArgs || c.query || c.count() != 2 || !parseInt(c.arg(0), &count, 1, 50) ||
        c.arg(1).isEmpty()) {
        fail(Err::InvalidInput);
        return;
    }
    if (!parseIpv4(c.arg(1), &target)) {
        const auto resolved = world().resolve(QString::fromLatin1(c.arg(1)));
        if (!resolved) {
            fail(Err::InvalidInput);
            return;
        }
        target = *resolved;
    }
    if (!networkUp()) {
        fail(Err::WifiStatus);
        return;
    }
    // Who answers: loopback, the module itself and its gateway; nothing else is on the net.
    const bool answers = target.isLoopback() || target == ownAddress() || target == ownGateway();
    beginAsync();
    if (!answers) {
        later(count * kPingLostMs, [this] {
            fail(Err::Error);
            endAsync();
        });
        return;
    }
    for (int i = 1; i <= count; ++i) {
        later(i * kPingGapMs, [this, i, count] {
            out("Ping Reply :  " + QByteArray::number(1 + int(random().bounded(4))) + " ms\r\n");
            if (i == count) {
                ok();
                endAsync();
            }
        });
    }
}

void Wizfi310Module::cmdFdns(const Cmd &c)
{
    // AT+FDNS=<HostName>,<Timeout 1000..1000000 ms> -> the address, [OK]; [ERROR] if unknown.
    int timeout = 0;
    if (!c.hasArgs || c.query || c.count() != 2 || c.arg(0).isEmpty() ||
        !parseInt(c.arg(1), &timeout, 1000, 1000000)) {
        fail(Err::InvalidInput);
        return;
    }
    if (!networkUp()) {
        fail(Err::WifiStatus);
        return;
    }
    const auto resolved = world().resolve(QString::fromLatin1(c.arg(0)));
    beginAsync();
    if (!resolved) {
        // No answer from the world's DNS: the query times out (shortened, as every wait here).
        later(qMin(timeout, 300), [this] {
            fail(Err::Error);
            endAsync();
        });
        return;
    }
    const QByteArray ip = resolved->toString().toLatin1();
    later(kDnsMs, [this, ip] {
        out(ip + "\r\n");
        ok();
        endAsync();
    });
}

void Wizfi310Module::cmdFgpio(const Cmd &c)
{
    // The world's pins are the module's GPIOs (the manual's board has 3 = GPIOB3, 4 = GPIOC4).
    QList<int> pins;
    for (const WorldGpioPin &p : world().gpio)
        pins << p.pin;
    std::sort(pins.begin(), pins.end());
    if (c.query) {
        QByteArrayList list;
        for (int p : std::as_const(pins))
            list << QByteArray::number(p);
        out(list.join(',') + "\r\n");
        ok();
        return;
    }
    // AT+FGPIO=<gpio>,<action>,<value>: 0 init input / 1 init output with <config> 0..3 (none,
    // pull-up, pull-down, open drain); 2 get (a dummy 0 or 1); 3 set 0/1.
    int pin = 0;
    int action = 0;
    int value = 0;
    if (!c.hasArgs || c.count() != 3 || !parseInt(c.arg(0), &pin, 0, 1000) || !pins.contains(pin) ||
        !parseInt(c.arg(1), &action, 0, 3) || !parseInt(c.arg(2), &value, 0, action <= 1 ? 3 : 1)) {
        fail(Err::InvalidInput);
        return;
    }
    switch (action) {
    case 0:
    case 1:
        setGpioDirection(pin, action == 1);
        ok();
        return;
    case 2:
        out(QByteArray::number(gpioLevel(pin)) + "\r\n");
        ok();
        return;
    default:
        if (!gpioIsOutput(pin)) {
            fail(Err::Error); // an input pin cannot be driven
            return;
        }
        setGpioLevel(pin, value);
        ok();
        return;
    }
}

void Wizfi310Module::cmdFgetadc(const Cmd &c)
{
    // Only AT+FGETADC=? exists: the raw reading of the module's ADC pin (the world's lowest
    // channel), e.g. "1697".
    if (!c.query) {
        fail(Err::InvalidInput);
        return;
    }
    int channel = -1;
    for (const WorldAdcChannel &a : world().adc) {
        if (channel < 0 || a.channel < channel)
            channel = a.channel;
    }
    if (channel < 0) {
        fail(Err::Error);
        return;
    }
    out(QByteArray::number(adcRaw(channel)) + "\r\n");
    ok();
}

void Wizfi310Module::cmdFota(const Cmd &c)
{
    // AT+FOTA=<Server IP>,<Server Port>
    QHostAddress ip;
    int port = 0;
    if (!c.hasArgs || c.query || c.count() != 2 || !parseIpv4(c.arg(0), &ip) ||
        !parseInt(c.arg(1), &port, 1, 65535)) {
        fail(Err::InvalidInput);
        return;
    }
    if (!networkUp()) {
        fail(Err::WifiStatus);
        return;
    }
    // No OTA tool server exists in the simulated network (and no firmware to replace).
    fail(Err::Error);
}
