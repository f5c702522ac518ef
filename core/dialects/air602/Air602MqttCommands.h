#pragma once

#include "dialects/commands/MqttCommands.h"

// MQTT panel commands of the Air602 (§2.2.4): AT+MSERVER=<port>,<ip> (an IPv4 address only;
// a host name is resolved first with AT+SKGHBN), AT+MLOGIN, AT+MID, AT+MCONNECT (then
// "+MQTT:CONNECTED" or "+MQTT:FAIL"), AT+MSUB (then "+MSUB:<result>"), AT+MPUB (then
// "+MPUB:<result>"), AT+MCLOSE. There is no unsubscribe command: unsubscribe() refuses while
// connected. No TLS, keep-alive or clean-session option.
class Air602MqttCommands : public MqttCommands
{
public:
    // The manual states no limits; the whole message travels in one command line.
    int maxTopicBytes() const override { return 128; }
    int maxPayloadBytes() const override { return 256; }

    CommandPlan connect(const MqttSettings &settings, const MqttState &state) const override;
    CommandPlan disconnect() const override;
    CommandPlan subscribe(const MqttSubscription &subscription,
                          const MqttState &state) const override;
    CommandPlan unsubscribe(const QString &topic, const MqttState &state) const override;
    CommandPlan publish(const QString &topic, const QByteArray &payload, int qos, bool retain,
                        const MqttState &state) const override;
};
