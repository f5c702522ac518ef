#pragma once

#include "dialects/commands/CommandPlan.h"

#include <QList>
#include <QString>

struct MqttSettings
{
    QString host;
    quint16 port = 1883;
    QString clientId;
    QString user;
    QString password;
    int keepAliveS = 60;
    bool tls = false;
    bool cleanSession = true;
};

struct MqttSubscription
{
    QString topic;
    int qos = 0;
};

// What the service knows when it asks for a plan.
struct MqttState
{
    bool connected = false;
    MqttSettings settings;                 // the last connect's settings
    QList<MqttSubscription> subscriptions; // wanted, including the one being added
};

// A family's MQTT commands. Messages arrive as "mqtt.message" frames (topic, payload).
class MqttCommands
{
public:
    virtual ~MqttCommands();

    virtual QList<int> qosLevels() const { return {0, 1, 2}; }
    virtual int maxTopicBytes() const { return 128; }
    virtual int maxPayloadBytes() const { return 1024; }

    // Connect; families that take their topics before connecting take state.subscriptions here.
    virtual CommandPlan connect(const MqttSettings &settings, const MqttState &state) const = 0;
    virtual CommandPlan disconnect() const = 0;
    // A family that cannot change topics while connected refuses with the reason, or returns a
    // plan that reconnects with state.subscriptions.
    virtual CommandPlan subscribe(const MqttSubscription &subscription,
                                  const MqttState &state) const = 0;
    virtual CommandPlan unsubscribe(const QString &topic, const MqttState &state) const = 0;
    virtual CommandPlan publish(const QString &topic, const QByteArray &payload, int qos,
                                bool retain, const MqttState &state) const = 0;
};
