#include "Air602MqttCommands.h"

#include "dialects/AtText.h"
#include "dialects/air602/Air602Dialect.h"
#include "engine/AtReply.h"

#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Air602MqttCommands", text);
}

// Values the result checks leave for the step after them.

// MQTT parameters go unquoted and the firmware splits at every comma (§2.2.4, digest §2.1):
// a comma, quote or line end cannot be sent inside one.
bool plainParameter(const QString &text)
{
    return !text.contains(u',') && !text.contains(u'"') && !text.contains(u'\r') &&
           !text.contains(u'\n');
}

// Waits for "+MSUB:<result>" / "+MPUB:<result>" (event `name`) after the command's "+OK". The
// firmware reports a failure with the same message as a success, only with a negative code
// (§2.2.4.9): `failure` is then the whole sentence, with %1 the topic and %2 the code's meaning.
CommandStep resultStep(const QByteArray &command, const char *name, const QString &failure)
{
    CommandStep s = CommandStep::of(command);
    s.awaitEvent = QLatin1String(name);
    s.awaitMs = 15000;
    s.eventError = [name, failure](const AtEvent &e) {
        const int code = e.fields.value(AtFields::Code, 0).toInt();
        if (e.name != QLatin1String(name) || code == 0)
            return QString();
        return failure.arg(e.fields.value(AtFields::Topic).toString(),
                           Air602Dialect::mqttResultMessage(code));
    };
    return s;
}

CommandStep connectStep()
{
    CommandStep s = CommandStep::of("AT+MCONNECT");
    s.awaitEvent = QLatin1String(AtEvents::MqttConnected);
    s.failEvents = {QLatin1String(AtEvents::MqttError)}; // "+MQTT:FAIL"
    s.awaitMs = 20000;
    return s;
}

QList<CommandStep> subscribeSteps(const MqttSubscription &sub)
{
    const QString failure =
        QCoreApplication::translate("Air602MqttCommands", "Subscribing to \"%1\" failed: %2");
    return {resultStep("AT+MSUB=" + sub.topic.toUtf8() + ',' + QByteArray::number(sub.qos),
                       AtEvents::MqttSubscribed, failure)};
}

QString topicProblem(const QString &topic)
{
    if (topic.isEmpty())
        return tr("The topic is empty.");
    if (!plainParameter(topic))
        return tr("The Air602 cannot send a topic with a comma, a double quote or a line break.");
    return {};
}

} // namespace

CommandPlan Air602MqttCommands::connect(const MqttSettings &settings, const MqttState &state) const
{
    if (settings.tls)
        return CommandPlan::refuse(tr("The Air602 MQTT client has no TLS option."));
    if (settings.clientId.isEmpty())
        return CommandPlan::refuse(tr("The Air602 needs a client ID."));
    if (!plainParameter(settings.clientId) || !plainParameter(settings.user) ||
        !plainParameter(settings.password) || !plainParameter(settings.host) ||
        settings.host.contains(u' '))
        return CommandPlan::refuse(tr("The Air602 cannot send a host, client ID, user name or "
                                      "password with a comma, a double quote or a line break."));
    if (settings.host.isEmpty())
        return CommandPlan::refuse(tr("The broker's host is empty."));

    // Decision: no AT+MCLOSE first. The firmware prints nothing when the close is done, so a
    // connect right after it could be answered by the closing session; the panel connects
    // only when disconnected.
    CommandPlan plan;
    QHostAddress address;
    if (address.setAddress(settings.host) && address.protocol() == QAbstractSocket::IPv4Protocol) {
        plan << CommandStep::of("AT+MSERVER=" + QByteArray::number(settings.port) + ',' +
                                settings.host.toLatin1());
    } else {
        // AT+MSERVER takes an IPv4 address only (§2.2.4.1): resolve with AT+SKGHBN (§2.2.3.2,
        // answered +OK="<ip>", some builds unquoted).
        CommandStep resolve = CommandStep::of("AT+SKGHBN=" + settings.host.toUtf8());
        resolve.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
            const QByteArray ip = AtText::unquote(
                AtText::after(reply.finalFrame().text.trimmed(), "+OK=").value_or(QByteArray()));
            if (!AtText::isIpv4(ip)) {
                error = tr("The module could not resolve the broker's name.");
                return false;
            }
            values.insert(QStringLiteral("broker_ip"), QString::fromLatin1(ip));
            return true;
        };
        plan << resolve
             << CommandStep::of("AT+MSERVER=" + QByteArray::number(settings.port) + ",{broker_ip}");
    }
    // Always sent, empty when there is none, so credentials of an earlier connect do not stay.
    plan << CommandStep::of("AT+MLOGIN=" + settings.user.toUtf8() + ',' +
                            settings.password.toUtf8())
         << CommandStep::of("AT+MID=" + settings.clientId.toUtf8()) << connectStep();
    // The firmware keeps no subscriptions over a new connection: the wanted ones again.
    for (const MqttSubscription &sub : state.subscriptions) {
        if (topicProblem(sub.topic).isEmpty())
            plan.steps << subscribeSteps(sub);
    }
    return plan;
}

CommandPlan Air602MqttCommands::disconnect() const
{
    return CommandPlan{{CommandStep::of("AT+MCLOSE")}};
}

CommandPlan Air602MqttCommands::subscribe(const MqttSubscription &subscription,
                                          const MqttState &) const
{
    if (const QString why = topicProblem(subscription.topic); !why.isEmpty())
        return CommandPlan::refuse(why);
    CommandPlan plan;
    plan.steps << subscribeSteps(subscription);
    return plan;
}

CommandPlan Air602MqttCommands::unsubscribe(const QString &, const MqttState &state) const
{
    if (!state.connected) // nothing to tell the module: the next connect subscribes the rest
        return CommandPlan{};
    // Decision: no reconnect behind the user's back (messages would be lost meanwhile, and the
    // firmware prints nothing when AT+MCLOSE is done, so the new connect cannot be timed).
    return CommandPlan::refuse(
        tr("The Air602 has no unsubscribe command: disconnect, and connect again without the "
           "topic."));
}

CommandPlan Air602MqttCommands::publish(const QString &topic, const QByteArray &payload, int qos,
                                        bool retain, const MqttState &) const
{
    if (const QString why = topicProblem(topic); !why.isEmpty())
        return CommandPlan::refuse(why);
    // The message is the rest of the command line (commas included); a line end would end the
    // command.
    if (payload.contains('\r') || payload.contains('\n') || payload.contains('\0'))
        return CommandPlan::refuse(
            tr("The Air602 sends the message inside a command line: it cannot hold a line "
               "break."));
    if (qos < 0 || qos > 2)
        return CommandPlan::refuse(tr("QoS is 0, 1 or 2."));
    CommandPlan plan{{resultStep("AT+MPUB=" + topic.toUtf8() + ',' + QByteArray::number(qos) + ',' +
                                     (retain ? "1," : "0,") + payload,
                                 AtEvents::MqttPublished, tr("Publishing to \"%1\" failed: %2"))}};
    return plan;
}
