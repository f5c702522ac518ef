// MQTT commands of the PIC32MZW1 AnyCloud firmware, from pic32mzw1-anycloud-at-reference.txt
// §6.1-6.6 and the digest pic32mzw1.md §4.6 and §6.8.
#include "Pic32mzw1MqttCommands.h"

#include "Pic32mzw1Dialect.h"
#include "Pic32mzw1WifiCommands.h"
#include "engine/AtEvent.h"
#include "engine/AtReply.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Pic32mzw1MqttCommands", text);
}

CommandStep config(int id, const QByteArray &value)
{
    return CommandStep::of("AT+MQTTC=" + QByteArray::number(id) + ',' + value);
}

// The CONNACK return codes of MQTT 3.1.1 (§3.2.2.3); the firmware reports a CONNACK timeout as
// "1,1" (digest 2.7).
QString connackText(int flags, int code)
{
    if (flags == 1 && code == 1)
        return tr("the broker did not answer (no CONNACK)");
    switch (code) {
    case 1:
        return tr("the broker refused the protocol version");
    case 2:
        return tr("the broker rejected the client ID");
    case 3:
        return tr("the broker is unavailable");
    case 4:
        return tr("bad user name or password");
    case 5:
        return tr("not authorised");
    default:
        return tr("the broker refused the connection (code %1)").arg(code);
    }
}

// The outcome of +MQTTSUB / +MQTTUNSUB / +MQTTCONNACK comes as a message after the OK, with an
// "ok" field; a plan step cannot fail on an awaited event's content, so the event's fields are
// stored and this status query (AT+MQTTCONN, [FW] +MQTTCONN:<0|1> before OK) checks them and
// the connection at once.
// `failure` takes the reason as %1.
CommandStep checkStep(const QString &failure, bool connack = false)
{
    CommandStep s = CommandStep::of("AT+MQTTCONN");
    s.read = [failure, connack](const AtReply &reply, QVariantMap &values, QString &error) {
        if (!values.value(QStringLiteral("ok")).toBool()) {
            const int code = values.value(AtFields::Code).toInt();
            error = failure.arg(
                connack ? connackText(values.value(QStringLiteral("flags")).toInt(), code)
                        : tr("code %1").arg(code));
            return false;
        }
        for (const AtFrame &f : reply.responses()) {
            if (f.event == QLatin1String(AtEvents::MqttDisconnected)) {
                error = tr("the module is not connected to the broker.");
                return false;
            }
        }
        return true;
    };
    return s;
}

// Waits for the outcome event and keeps its fields (code, ok) for checkStep.
CommandStep awaiting(const QByteArray &command, const char *event)
{
    CommandStep s = CommandStep::of(command);
    s.awaitEvent = QString::fromLatin1(event);
    s.failEvents = {QString::fromLatin1(AtEvents::MqttError)};
    s.awaitMs = 10000;
    return s;
}

QList<CommandStep> subscribeSteps(const MqttSubscription &s)
{
    const QByteArray topic = Pic32mzw1Param::string(s.topic.toUtf8());
    return {
        awaiting("AT+MQTTSUB=" + topic + ',' + QByteArray::number(s.qos), AtEvents::MqttSubscribed),
        checkStep(tr("the broker refused the subscription to %1 (%2).")
                      .arg(s.topic, QStringLiteral("%1")))};
}
} // namespace

CommandPlan Pic32mzw1MqttCommands::connect(const MqttSettings &settings,
                                           const MqttState &state) const
{
    CommandPlan plan;
    // The broker address takes a name or an IPv4 address (§6.1 BROKER_ADDR). A new connection
    // needs the old one closed ([FW] error 47 while connected).
    if (state.connected)
        plan << awaiting("AT+MQTTDISCONN", AtEvents::MqttDisconnected);
    plan << config(1, Pic32mzw1Param::string(settings.host.toUtf8()));
    plan << config(2, QByteArray::number(settings.port));
    if (!settings.clientId.isEmpty())
        plan << config(3, Pic32mzw1Param::string(settings.clientId.toUtf8()));
    plan << config(4, Pic32mzw1Param::string(settings.user.toUtf8()));
    // Decision: the manual has no password parameter; the firmware's ID 5 is the only way
    // (digest quirk 6). Clearing it is allowed to fail on a firmware without it.
    CommandStep password = config(5, Pic32mzw1Param::string(settings.password.toUtf8()));
    password.mayFail = settings.password.isEmpty();
    plan << password;
    // [FW] ID 6 is the keep-alive in seconds; sent only when the form changed the usual 60.
    if (settings.keepAliveS != 60)
        plan << config(6, QByteArray::number(settings.keepAliveS));
    // ID 7: TLS on (1) / off (0) (§6.1; TLS uses the firmware's TLS configuration).
    plan << config(7, settings.tls ? "1" : "0");
    // CLEAN is a placeholder the firmware ignores (§6.2); sent as asked.
    CommandStep conn = CommandStep::of(settings.cleanSession ? "AT+MQTTCONN=1" : "AT+MQTTCONN=0");
    conn.awaitEvent = QString::fromLatin1(Pic32mzw1Dialect::MqttConnAck);
    conn.awaitMs = 20000;
    plan << conn;
    plan << checkStep(tr("the connection to the broker failed: %1."), true);
    // Decision: a clean session starts without subscriptions: the wanted ones are renewed.
    for (const MqttSubscription &s : state.subscriptions)
        plan.steps << subscribeSteps(s);
    return plan;
}

CommandPlan Pic32mzw1MqttCommands::disconnect() const
{
    return CommandPlan{{awaiting("AT+MQTTDISCONN", AtEvents::MqttDisconnected)}};
}

CommandPlan Pic32mzw1MqttCommands::subscribe(const MqttSubscription &subscription,
                                             const MqttState &state) const
{
    if (!state.connected)
        return CommandPlan::refuse(
            tr("The PIC32MZW1 subscribes while connected only; the topic is subscribed at the "
               "next connect."));
    return CommandPlan{subscribeSteps(subscription)};
}

CommandPlan Pic32mzw1MqttCommands::unsubscribe(const QString &topic, const MqttState &state) const
{
    if (!state.connected)
        return CommandPlan::refuse(tr("The PIC32MZW1 unsubscribes while connected only."));
    return CommandPlan{{awaiting("AT+MQTTUNSUB=" + Pic32mzw1Param::string(topic.toUtf8()),
                                 AtEvents::MqttUnsubscribed),
                        checkStep(tr("the broker refused to unsubscribe from %1 (%2).")
                                      .arg(topic, QStringLiteral("%1")))}};
}

CommandPlan Pic32mzw1MqttCommands::publish(const QString &topic, const QByteArray &payload, int qos,
                                           bool retain, const MqttState &state) const
{
    if (!state.connected)
        return CommandPlan::refuse(tr("The PIC32MZW1 publishes while connected only."));
    // DUP is a placeholder, always 0 (§6.5).
    const QByteArray head = "AT+MQTTPUB=0," + QByteArray::number(qos) + ',' +
                            (retain ? "1," : "0,") + Pic32mzw1Param::string(topic.toUtf8()) + ',';
    const QByteArray command = head + Pic32mzw1Param::string(payload);
    if (command.size() > Pic32mzw1Param::MaxLine) {
        const qsizetype room = Pic32mzw1Param::MaxLine - head.size() - 2;
        return CommandPlan::refuse(
            tr("The message does not fit in the PIC32MZW1's 511-character command line: at most "
               "%1 bytes of printable text or %2 bytes of other data with this topic.")
                .arg(qMax<qsizetype>(0, room))
                .arg(qMax<qsizetype>(0, room / 2)));
    }
    CommandStep s = CommandStep::of(command);
    // QoS 1/2: +MQTTPUBACC (or +MQTTPUBCOMP) or +MQTTPUBERR follows (§6.5); QoS 0 has no
    // documented acknowledgement, so OK ends it (digest §4.6).
    if (qos > 0) {
        s.awaitEvent = QString::fromLatin1(AtEvents::MqttPublished);
        s.failEvents = {QString::fromLatin1(AtEvents::MqttError)};
        s.awaitMs = 10000;
    }
    return CommandPlan{{s}};
}
