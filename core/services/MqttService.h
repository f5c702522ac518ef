#pragma once

#include "dialects/commands/MqttCommands.h"
#include "models/MqttModels.h"
#include "services/CapabilityService.h"

#include <memory>

// MQTT intents for the connected module (connect, subscribe, publish) and the broker's messages.
class MqttService : public CapabilityService
{
    Q_OBJECT
public:
    explicit MqttService(ModuleConnection *connection, QObject *parent = nullptr);
    ~MqttService() override;

    const MqttCommands *commands() const { return m_commands.get(); }
    MqttSubscriptionsModel *subscriptions() { return &m_subscriptions; }
    MqttMessagesModel *messages() { return &m_messages; }
    bool isBrokerConnected() const { return m_brokerConnected; }

    enum class Field { Host, Port, ClientId, KeepAlive, Topic, Payload };
    QHash<Field, QString> checkConnect(const MqttSettings &settings) const;
    QHash<Field, QString> checkTopic(const QString &topic, bool forPublish) const;
    QHash<Field, QString> checkPublish(const QString &topic, const QByteArray &payload) const;

public slots:
    void connectBroker(const MqttSettings &settings);
    void disconnectBroker();
    void subscribe(const MqttSubscription &subscription);
    void unsubscribe(const QString &topic);
    void publish(const QString &topic, const QByteArray &payload, int qos, bool retain);

signals:
    void brokerConnectedChanged(bool connected);

protected:
    void dialectChanged(const Dialect *dialect) override;
    void handleEvents(const QList<AtEvent> &events) override;
    void moduleRestarted() override { setBrokerConnected(false); }

private:
    void setBrokerConnected(bool connected);
    MqttState state() const;

    std::unique_ptr<MqttCommands> m_commands;
    MqttSubscriptionsModel m_subscriptions;
    MqttMessagesModel m_messages;
    MqttSettings m_settings;
    bool m_brokerConnected = false;
};
