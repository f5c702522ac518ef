#pragma once

#include "dialects/commands/MqttCommands.h"

// MQTT panel commands of the WizFi310: AT+MQTTSET, AT+MQTTCON, AT+MQTTSUB, AT+MQTTPUB (and
// AT+FDNS for a broker given by name). See docs/dialects/wizfi310.md, "Panel commands".
class Wizfi310MqttCommands : public MqttCommands
{
public:
    QList<int> qosLevels() const override { return {0}; } // [M §MQTT Commands]: no QoS at all
    int maxTopicBytes() const override { return 64; }     // [M §AT+MQTTSUB], [M §AT+MQTTPUB]
    int maxPayloadBytes() const override { return 1500; } // manual silent; [F250] 1500

    CommandPlan connect(const MqttSettings &settings, const MqttState &state) const override;
    CommandPlan disconnect() const override;
    CommandPlan subscribe(const MqttSubscription &subscription,
                          const MqttState &state) const override;
    CommandPlan unsubscribe(const QString &topic, const MqttState &state) const override;
    CommandPlan publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                        const MqttState &state) const override;
};
