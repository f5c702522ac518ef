#include "MqttService.h"

#include "dialects/Dialect.h"
#include "services/FormChecks.h"

MqttService::MqttService(ModuleConnection *connection, QObject *parent)
    : CapabilityService(connection, parent)
{
    if (isConnected())
        dialectChanged(connection->dialect());
}

MqttService::~MqttService() = default;

void MqttService::dialectChanged(const Dialect *dialect)
{
    m_commands = dialect ? dialect->mqttCommands() : nullptr;
    setBrokerConnected(false);
    m_subscriptions.setAll(MqttSubscriptionsModel::State::Pending);
}

MqttState MqttService::state() const
{
    MqttState s;
    s.connected = m_brokerConnected;
    s.settings = m_settings;
    s.subscriptions = m_subscriptions.subscriptions();
    return s;
}

void MqttService::setBrokerConnected(bool connected)
{
    if (connected == m_brokerConnected)
        return;
    m_brokerConnected = connected;
    if (!connected)
        m_subscriptions.setAll(MqttSubscriptionsModel::State::Pending);
    emit brokerConnectedChanged(connected);
}

QHash<MqttService::Field, QString> MqttService::checkConnect(const MqttSettings &s) const
{
    QHash<Field, QString> problems;
    const auto add = [&problems](Field f, const QString &problem) {
        if (!problem.isEmpty())
            problems.insert(f, problem);
    };
    add(Field::Host, FormChecks::host(s.host));
    add(Field::Port, FormChecks::port(s.port));
    if (s.clientId.toUtf8().size() > 23)
        add(Field::ClientId, tr("MQTT 3.1.1 brokers need accept only client ids of up to 23 "
                                "bytes; this one is %1.")
                                 .arg(s.clientId.toUtf8().size()));
    if (s.keepAliveS < 0 || s.keepAliveS > 65535)
        add(Field::KeepAlive, tr("Keep-alive is 0 to 65535 seconds."));
    if (s.tls && !capabilities().mqttTls.available)
        add(Field::Port, capabilities().mqttTls.reason);
    return problems;
}

QHash<MqttService::Field, QString> MqttService::checkTopic(const QString &topic,
                                                           bool forPublish) const
{
    QHash<Field, QString> problems;
    const QString p =
        FormChecks::mqttTopic(topic, forPublish, m_commands ? m_commands->maxTopicBytes() : 128);
    if (!p.isEmpty())
        problems.insert(Field::Topic, p);
    return problems;
}

QHash<MqttService::Field, QString> MqttService::checkPublish(const QString &topic,
                                                             const QByteArray &payload) const
{
    QHash<Field, QString> problems = checkTopic(topic, true);
    const int max = m_commands ? m_commands->maxPayloadBytes() : 1024;
    if (payload.size() > max)
        problems.insert(Field::Payload,
                        tr("This module publishes at most %1 bytes at once; this is %2.")
                            .arg(max)
                            .arg(payload.size()));
    return problems;
}

void MqttService::connectBroker(const MqttSettings &settings)
{
    const QString action = tr("Connect to broker");
    if (!capabilities().mqtt.available || !m_commands)
        return reject(action, capabilities().mqtt.reason);
    const auto problems = checkConnect(settings);
    if (!problems.isEmpty())
        return reject(action, problems.begin().value());
    m_settings = settings;
    addSecret(settings.password);
    MqttState s = state();
    s.settings = settings;
    run(action, m_commands->connect(settings, s),
        [this, settings](bool ok, const CommandSequence &) {
            if (!ok)
                return QString();
            setBrokerConnected(true);
            // Topics given at connect time are subscribed now.
            for (const MqttSubscription &sub : m_subscriptions.subscriptions())
                m_subscriptions.set(sub, MqttSubscriptionsModel::State::Subscribed);
            return tr("Connected to %1:%2.").arg(settings.host).arg(settings.port);
        });
}

void MqttService::disconnectBroker()
{
    const QString action = tr("Disconnect from broker");
    if (!m_commands)
        return reject(action, capabilities().mqtt.reason);
    run(action, m_commands->disconnect(), [this](bool ok, const CommandSequence &) {
        if (!ok)
            return QString();
        setBrokerConnected(false);
        return tr("Disconnected from the broker.");
    });
}

void MqttService::subscribe(const MqttSubscription &subscription)
{
    const QString action = tr("Subscribe");
    if (!capabilities().mqtt.available || !m_commands)
        return reject(action, capabilities().mqtt.reason);
    const auto problems = checkTopic(subscription.topic, false);
    if (!problems.isEmpty())
        return reject(action, problems.begin().value());
    MqttState s = state();
    if (m_subscriptions.rowOf(subscription.topic) < 0)
        s.subscriptions << subscription;
    const CommandPlan plan = m_commands->subscribe(subscription, s);
    if (plan.refused())
        return reject(action, plan.refusal);
    m_subscriptions.set(subscription, MqttSubscriptionsModel::State::Pending);
    if (plan.steps.isEmpty()) {
        // Taken at the next connect.
        emit actionFinished(
            action, true,
            tr("%1 will be subscribed when the module connects.").arg(subscription.topic));
        return;
    }
    run(action, plan, [this, subscription](bool ok, const CommandSequence &seq) {
        m_subscriptions.set(subscription,
                            ok ? MqttSubscriptionsModel::State::Subscribed
                               : MqttSubscriptionsModel::State::Failed,
                            ok ? QString() : seq.errorString());
        return ok ? tr("Subscribed to %1.").arg(subscription.topic) : QString();
    });
}

void MqttService::unsubscribe(const QString &topic)
{
    const QString action = tr("Unsubscribe");
    if (!m_commands)
        return reject(action, capabilities().mqtt.reason);
    const int row = m_subscriptions.rowOf(topic);
    if (row < 0)
        return reject(action, tr("%1 is not subscribed.").arg(topic));
    if (m_subscriptions.at(row).state != MqttSubscriptionsModel::State::Subscribed ||
        !m_brokerConnected) {
        m_subscriptions.remove(topic);
        emit actionFinished(action, true, tr("%1 removed.").arg(topic));
        return;
    }
    MqttState s = state();
    s.subscriptions.removeIf([&topic](const MqttSubscription &x) { return x.topic == topic; });
    const CommandPlan plan = m_commands->unsubscribe(topic, s);
    run(action, plan, [this, topic](bool ok, const CommandSequence &) {
        if (!ok)
            return QString();
        m_subscriptions.remove(topic);
        return tr("Unsubscribed from %1.").arg(topic);
    });
}

void MqttService::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    const QString action = tr("Publish");
    if (!capabilities().mqtt.available || !m_commands)
        return reject(action, capabilities().mqtt.reason);
    const auto problems = checkPublish(topic, payload);
    if (!problems.isEmpty())
        return reject(action, problems.begin().value());
    if (!m_brokerConnected)
        return reject(action, tr("Connect to the broker first."));
    run(action, m_commands->publish(topic, payload, qos, retain, state()),
        [topic, payload](bool ok, const CommandSequence &) {
            return ok ? tr("Published %n byte(s) to %1.", nullptr, int(payload.size())).arg(topic)
                      : QString();
        });
}

void MqttService::handleEvents(const QList<AtEvent> &events)
{
    for (const AtEvent &e : events) {
        if (e.name == QLatin1String(AtEvents::MqttConnected)) {
            setBrokerConnected(true);
        } else if (e.name == QLatin1String(AtEvents::MqttDisconnected)) {
            setBrokerConnected(false);
        } else if (e.name == QLatin1String(AtEvents::MqttMessage)) {
            MqttMessagesModel::Message m;
            m.time = QDateTime::currentDateTime();
            m.topic = e.fields.value(AtFields::Topic).toString();
            const QVariant payload = e.fields.value(AtFields::Payload);
            m.payload = payload.typeId() == QMetaType::QByteArray ? payload.toByteArray()
                                                                  : payload.toString().toUtf8();
            m_messages.add(m);
        }
    }
}
