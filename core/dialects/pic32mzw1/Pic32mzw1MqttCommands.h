#pragma once

#include "dialects/commands/MqttCommands.h"

// MQTT panel commands of the PIC32MZW1 AnyCloud firmware (§6): AT+MQTTC configuration, then
// AT+MQTTCONN=1 (+MQTTCONNACK, +MQTTCONN:1), AT+MQTTSUB/UNSUB/PUB while connected, and
// AT+MQTTDISCONN. Messages arrive as the firmware's +MQTTPUB (mqtt.message).
class Pic32mzw1MqttCommands : public MqttCommands
{
public:
    int maxTopicBytes() const override { return 128; } // [FW] topic <= 128 (digest §5)
    // What fits the firmware's 511-character line next to a 128-byte ASCII topic, as printable
    // text; publish() refuses (with the size that fits) what does not fit as given.
    int maxPayloadBytes() const override { return 360; }

    CommandPlan connect(const MqttSettings &settings, const MqttState &state) const override;
    CommandPlan disconnect() const override;
    CommandPlan subscribe(const MqttSubscription &subscription,
                          const MqttState &state) const override;
    CommandPlan unsubscribe(const QString &topic, const MqttState &state) const override;
    CommandPlan publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                        const MqttState &state) const override;
};
