// MQTT panel commands of the WizFi310, from wizfi310-at-commands.md ([M §...]) and the digest
// specs/wizfi310.md ([F250] = the WizFi250 firmware's MQTT port, "copied WizFi310 format").
#include "Wizfi310MqttCommands.h"

#include "dialects/AtText.h"

#include "engine/AtReply.h"

#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi310MqttCommands", text);
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// AT+MQTTSET and AT+MQTTSUB split their parameters at commas and have no quoting.
QString fieldProblem(const QString &what, const QString &value)
{
    if (value.contains(u','))
        return tr("The WizFi310 cannot take a comma in the %1: its MQTT commands separate "
                  "parameters with commas and have no quoting.")
            .arg(what);
    if (hasControl(value))
        return tr("The %1 contains a control character.").arg(what);
    return {};
}

QString topicProblem(const QString &topic)
{
    return fieldProblem(tr("topic"), topic);
}

CommandStep subscribeStep(const QString &topic)
{
    // [M §AT+MQTTSUB]: <1 subscribe|0 unsubscribe>,<Topic>; no QoS field.
    return CommandStep::of("AT+MQTTSUB=1," + topic.toUtf8());
}

} // namespace

CommandPlan Wizfi310MqttCommands::connect(const MqttSettings &settings,
                                          const MqttState &state) const
{
    const QList<QPair<QString, QString>> fields = {{tr("user name"), settings.user},
                                                   {tr("password"), settings.password},
                                                   {tr("client ID"), settings.clientId}};
    for (const auto &[what, value] : fields) {
        if (const QString why = fieldProblem(what, value); !why.isEmpty())
            return CommandPlan::refuse(why);
        if (value.toUtf8().size() > 50)
            return CommandPlan::refuse(
                tr("The WizFi310 takes at most 50 characters for the %1.").arg(what));
    }
    if (settings.keepAliveS < 30 || settings.keepAliveS > 300)
        return CommandPlan::refuse(tr("The WizFi310 takes a keep-alive of 30 to 300 seconds."));
    if (!settings.cleanSession)
        return CommandPlan::refuse(
            tr("The WizFi310 has no setting for a persistent session (clean session off)."));
    if (settings.host.isEmpty() || settings.host.contains(u',') || settings.host.contains(u' '))
        return CommandPlan::refuse(tr("The broker must be an IPv4 address or a host name."));
    for (const MqttSubscription &s : state.subscriptions) {
        if (const QString why = topicProblem(s.topic); !why.isEmpty())
            return CommandPlan::refuse(why);
    }

    CommandPlan plan;
    if (state.connected) {
        // [F250]: AT+MQTTSET is refused while connected.
        CommandStep off = CommandStep::of("AT+MQTTCON=0");
        off.mayFail = true;
        plan << off;
    }
    QByteArray broker = settings.host.toUtf8();
    if (!AtText::isIpv4(settings.host.toLatin1())) {
        // [M §AT+MQTTCON]: <BrokerIP> is an address ([F250] takes nothing else).
        CommandStep dns = CommandStep::of("AT+FDNS=" + broker + ",3000");
        const QString host = settings.host;
        dns.read = [host](const AtReply &reply, QVariantMap &values, QString &error) {
            for (const QByteArray &line : reply.lines()) {
                const QString text = QString::fromLatin1(line.trimmed());
                if (AtText::isIpv4(text.toLatin1())) {
                    values.insert(QStringLiteral("brokerIp"), text);
                    return true;
                }
            }
            error = tr("The module did not resolve \"%1\".").arg(host);
            return false;
        };
        plan << dns;
        broker = "{brokerIp}";
    }
    plan << CommandStep::of("AT+MQTTSET=" + settings.user.toUtf8() + "," +
                            settings.password.toUtf8() + "," + settings.clientId.toUtf8() + "," +
                            QByteArray::number(settings.keepAliveS));
    // [M §AT+MQTTCON]: the examples (and [F250]) connect with 1, although the table says 0.
    CommandStep con =
        CommandStep::of("AT+MQTTCON=1," + broker + "," + QByteArray::number(settings.port) + "," +
                        (settings.tls ? "1" : "0"));
    con.awaitEvent = QString::fromLatin1(AtEvents::MqttConnected); // before [OK]
    plan << con;
    // Topics can only be subscribed while connected ([F250]): the wanted ones follow at once.
    for (const MqttSubscription &s : state.subscriptions)
        plan << subscribeStep(s.topic);
    return plan;
}

CommandPlan Wizfi310MqttCommands::disconnect() const
{
    CommandStep off = CommandStep::of("AT+MQTTCON=0");
    off.awaitEvent = QString::fromLatin1(AtEvents::MqttDisconnected); // before [OK]
    off.awaitMs = 5000;
    return {{off}};
}

CommandPlan Wizfi310MqttCommands::subscribe(const MqttSubscription &subscription,
                                            const MqttState &state) const
{
    if (const QString why = topicProblem(subscription.topic); !why.isEmpty())
        return CommandPlan::refuse(why);
    if (subscription.qos != 0)
        return CommandPlan::refuse(tr("The WizFi310 subscribes with QoS 0 only."));
    if (!state.connected)
        return {}; // taken by the next connect
    return {{subscribeStep(subscription.topic)}};
}

CommandPlan Wizfi310MqttCommands::unsubscribe(const QString &topic, const MqttState &state) const
{
    if (const QString why = topicProblem(topic); !why.isEmpty())
        return CommandPlan::refuse(why);
    if (!state.connected)
        return {};
    return {{CommandStep::of("AT+MQTTSUB=0," + topic.toUtf8())}};
}

CommandPlan Wizfi310MqttCommands::publish(const QString &topic, const QByteArray &payload, int qos,
                                          bool retain, const MqttState &) const
{
    if (hasControl(topic))
        return CommandPlan::refuse(tr("The topic contains a control character."));
    if (qos != 0)
        return CommandPlan::refuse(tr("The WizFi310 publishes with QoS 0 only."));
    if (retain)
        return CommandPlan::refuse(tr("The WizFi310 cannot publish retained messages."));
    if (payload.isEmpty())
        return CommandPlan::refuse(
            tr("The WizFi310 cannot publish an empty message (the length is at least 1)."));
    // [M §AT+MQTTPUB]: <Topic>,<Length>, then the bytes; the length is the last field, so a
    // topic with a comma still reads right (the dialect takes it from the end too).
    return {{CommandStep::of(
        "AT+MQTTPUB=" + topic.toUtf8() + "," + QByteArray::number(payload.size()), payload)}};
}
