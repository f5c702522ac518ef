#pragma once

#include "dialects/commands/MqttCommands.h"

// MQTT panel commands of the WizFi360 (AT+MQTTSET / AT+MQTTTOPIC / AT+MQTTCON / AT+MQTTPUB /
// AT+MQTTDIS, §3.3.29-3.3.33). Topics are configuration read at AT+MQTTCON: one publish topic and
// one to three subscriptions. Changing them while connected reconnects (see
// docs/dialects/wizfi360.md, "Panel commands").
class Wizfi360MqttCommands : public MqttCommands
{
public:
    QList<int> qosLevels() const override { return {0}; } // no QoS parameter anywhere
    int maxTopicBytes() const override { return 128; }    // manual silent; ESP-AT's limit
    int maxPayloadBytes() const override { return 1024; } // manual silent; one command line
    static constexpr int MaxSubscriptions = 3;            // §3.3.30 topic1..topic3
    static constexpr int MaxSetBytes = 50;                // §3.3.29 user, password, client ID

    CommandPlan connect(const MqttSettings &settings, const MqttState &state) const override;
    CommandPlan disconnect() const override;
    CommandPlan subscribe(const MqttSubscription &subscription,
                          const MqttState &state) const override;
    CommandPlan unsubscribe(const QString &topic, const MqttState &state) const override;
    CommandPlan publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                        const MqttState &state) const override;

private:
    // MQTTSET + MQTTTOPIC + a free link + MQTTCON, with `publishTopic` as the topic AT+MQTTPUB
    // will use; `disconnectFirst` puts AT+MQTTDIS in front.
    CommandPlan connectPlan(const MqttSettings &settings,
                            const QList<MqttSubscription> &subscriptions,
                            const QString &publishTopic, bool disconnectFirst) const;
    QString defaultTopic(const MqttSettings &settings) const;

    // The publish topic the last connect plan set (AT+MQTTTOPIC has a single one): a publish on
    // another topic reconnects. Empty before the first connect.
    mutable QString m_publishTopic;
};
