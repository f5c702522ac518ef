// MQTT panel commands from "WizFi360 AT Instruction Set" v1.1.1.7 §3.3.29-3.3.33.
#include "Wizfi360MqttCommands.h"

#include "Wizfi360SocketCommands.h"
#include "Wizfi360WifiCommands.h"
#include "dialects/AtText.h"
#include "engine/AtReply.h"

#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi360MqttCommands", text);
}

constexpr char LinkKey[] = "wizfi360.mqttLink";

QString notConnected()
{
    return tr("Connect to the broker first.");
}

// AT+CIPSTATUS: the broker connection takes a link ID of its own with AT+CIPMUX=1 (§3.3.31). It
// takes the highest free one, so that sockets (which take the lowest) rarely meet it.
CommandStep pickMqttLink()
{
    CommandStep s = CommandStep::of("AT+CIPSTATUS");
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        QSet<int> used;
        for (const QByteArray &line : reply.lines()) {
            if (const auto v = AtText::after(line, "+CIPSTATUS:")) {
                if (const auto id = AtText::toInt(AtText::splitParams(*v).value(0)))
                    used.insert(int(*id));
            }
        }
        for (int id = Wizfi360SocketCommands::MaxLinks - 1; id >= 0; --id) {
            if (!used.contains(id)) {
                values.insert(QString::fromLatin1(LinkKey), id);
                return true;
            }
        }
        error = tr("the broker connection needs a free link, and all five (0-4) are in use: "
                   "close a socket first.");
        return false;
    };
    return s;
}
} // namespace

QString Wizfi360MqttCommands::defaultTopic(const MqttSettings &settings) const
{
    // AT+MQTTTOPIC needs a publish topic and at least one subscription (§3.3.30) even when the
    // user has none yet: a topic of this client's own stands in for both.
    QString id = settings.clientId;
    id.replace(u'+', u'_').replace(u'#', u'_');
    return id + QStringLiteral("/atstudio");
}

CommandPlan Wizfi360MqttCommands::connectPlan(const MqttSettings &settings,
                                              const QList<MqttSubscription> &subscriptions,
                                              const QString &publishTopic,
                                              bool disconnectFirst) const
{
    if (settings.tls)
        return CommandPlan::refuse(tr("The WizFi360 MQTT client has no TLS option."));
    if (!settings.cleanSession)
        return CommandPlan::refuse(
            tr("The WizFi360 MQTT client has no clean-session option (AT+MQTTCON)."));
    if (settings.clientId.isEmpty())
        return CommandPlan::refuse(tr("The WizFi360 needs a client ID (AT+MQTTSET)."));
    for (const QString &s : {settings.user, settings.password, settings.clientId}) {
        if (s.toUtf8().size() > MaxSetBytes)
            return CommandPlan::refuse(
                tr("User name, password and client ID are at most %1 bytes each (AT+MQTTSET).")
                    .arg(MaxSetBytes));
    }
    if (settings.keepAliveS < 30 || settings.keepAliveS > 300)
        return CommandPlan::refuse(
            tr("The WizFi360 keeps a broker connection alive every 30 to 300 s (AT+MQTTSET)."));
    QList<MqttSubscription> subs;
    for (const MqttSubscription &s : subscriptions) {
        if (s.qos != 0)
            return CommandPlan::refuse(tr("The WizFi360 subscribes at QoS 0 only."));
        subs << s;
    }
    if (subs.size() > MaxSubscriptions)
        return CommandPlan::refuse(
            tr("The WizFi360 subscribes to at most %1 topics (AT+MQTTTOPIC).")
                .arg(MaxSubscriptions));

    const auto user = Wizfi360WifiCommands::quoted(settings.user);
    const auto password = Wizfi360WifiCommands::quoted(settings.password);
    const auto clientId = Wizfi360WifiCommands::quoted(settings.clientId);
    const auto host = Wizfi360WifiCommands::quoted(settings.host);
    const auto pub = Wizfi360WifiCommands::quoted(publishTopic);
    if (!user || !password || !clientId || !host || !pub)
        return CommandPlan::refuse(
            tr("The WizFi360 cannot take a line break or NUL byte inside a parameter."));
    QByteArray topics = "AT+MQTTTOPIC=" + *pub;
    if (subs.isEmpty())
        topics += ',' + *Wizfi360WifiCommands::quoted(defaultTopic(settings));
    for (const MqttSubscription &s : std::as_const(subs)) {
        const auto t = Wizfi360WifiCommands::quoted(s.topic);
        if (!t)
            return CommandPlan::refuse(tr("A topic cannot contain a line break."));
        topics += ',' + *t;
    }

    CommandPlan plan;
    if (disconnectFirst) {
        CommandStep dis = CommandStep::of("AT+MQTTDIS");
        dis.mayFail = true; // the broker may have dropped the module already
        plan << dis;
    }
    const bool auth = !settings.user.isEmpty() || !settings.password.isEmpty();
    plan << CommandStep::of("AT+MQTTSET=" + *user + ',' + *password + ',' + *clientId + ',' +
                            QByteArray::number(settings.keepAliveS))
         << CommandStep::of(topics)
         // The broker link is one of the module's links: multiple connections let sockets
         // run beside it (§3.3.15 needs AT+CIPMODE=0 for that).
         << CommandStep::of("AT+CIPMODE=0") << CommandStep::of("AT+CIPMUX=1") << pickMqttLink()
         << CommandStep::of(QByteArray("AT+MQTTCON={") + LinkKey + "}," + (auth ? "1," : "0,") +
                            *host + ',' + QByteArray::number(settings.port));
    m_publishTopic = publishTopic;
    return plan;
}

CommandPlan Wizfi360MqttCommands::connect(const MqttSettings &settings,
                                          const MqttState &state) const
{
    const QString pub = m_publishTopic.isEmpty() ? defaultTopic(settings) : m_publishTopic;
    return connectPlan(settings, state.subscriptions, pub, false);
}

CommandPlan Wizfi360MqttCommands::disconnect() const
{
    return {{CommandStep::of("AT+MQTTDIS")}}; // §3.3.33: answers CLOSE
}

CommandPlan Wizfi360MqttCommands::subscribe(const MqttSubscription &subscription,
                                            const MqttState &state) const
{
    if (subscription.qos != 0)
        return CommandPlan::refuse(tr("The WizFi360 subscribes at QoS 0 only."));
    if (state.subscriptions.size() > MaxSubscriptions)
        return CommandPlan::refuse(
            tr("The WizFi360 subscribes to at most %1 topics (AT+MQTTTOPIC): unsubscribe one "
               "first.")
                .arg(MaxSubscriptions));
    if (!state.connected)
        return {}; // taken by the next connect
    // Subscriptions are read at AT+MQTTCON only (§3.3.30 note): reconnect with the new list.
    const QString pub = m_publishTopic.isEmpty() ? defaultTopic(state.settings) : m_publishTopic;
    return connectPlan(state.settings, state.subscriptions, pub, true);
}

CommandPlan Wizfi360MqttCommands::unsubscribe(const QString &topic, const MqttState &state) const
{
    if (!state.connected)
        return {};
    QList<MqttSubscription> subs = state.subscriptions;
    subs.removeIf([&topic](const MqttSubscription &s) { return s.topic == topic; });
    const QString pub = m_publishTopic.isEmpty() ? defaultTopic(state.settings) : m_publishTopic;
    return connectPlan(state.settings, subs, pub, true);
}

CommandPlan Wizfi360MqttCommands::publish(const QString &topic, const QByteArray &payload, int qos,
                                          bool retain, const MqttState &state) const
{
    if (!state.connected)
        return CommandPlan::refuse(notConnected());
    if (qos != 0)
        return CommandPlan::refuse(tr("The WizFi360 publishes at QoS 0 only (AT+MQTTPUB)."));
    if (retain)
        return CommandPlan::refuse(tr("The WizFi360 cannot publish retained messages."));
    const auto message = Wizfi360WifiCommands::quoted(payload);
    if (!message)
        return CommandPlan::refuse(
            tr("AT+MQTTPUB takes the message on the command line: it cannot contain a line "
               "break or NUL byte."));
    CommandPlan plan;
    // One publish topic, set with AT+MQTTTOPIC before AT+MQTTCON (§3.3.32 note): another topic
    // means reconnecting with it.
    if (topic != m_publishTopic) {
        plan = connectPlan(state.settings, state.subscriptions, topic, true);
        if (plan.refused())
            return plan;
    }
    plan << CommandStep::of("AT+MQTTPUB=" + *message);
    return plan;
}
