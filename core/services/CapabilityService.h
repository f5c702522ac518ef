#pragma once

#include "dialects/Capabilities.h"
#include "dialects/commands/CommandPlan.h"
#include "engine/AtEvent.h"
#include "engine/ModuleConnection.h"
#include "services/CommandSequence.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <functional>

// What the capability services (Wi-Fi, sockets, MQTT, GPIO) share: they follow one
// ModuleConnection, build plans with the connected dialect's command set, and run them one at a
// time, in order, through a CommandSequence (so every command shows in the terminal and the
// session log). Each action ends with actionFinished() carrying a readable message.
class CapabilityService : public QObject
{
    Q_OBJECT
public:
    explicit CapabilityService(ModuleConnection *connection, QObject *parent = nullptr);
    ~CapabilityService() override;

    ModuleConnection *connection() const { return m_connection; }
    // The connected family's capabilities (nothing available while disconnected).
    const DialectCapabilities &capabilities() const { return m_capabilities; }
    bool isConnected() const;
    // Whether an action is running or waiting.
    bool isBusy() const { return m_sequence.isRunning() || !m_queue.isEmpty(); }
    // The command the running step sent (for a progress line), empty when idle.
    QByteArray currentCommand() const { return m_currentCommand; }

signals:
    // The connection opened on a family or closed: capabilities and command sets changed.
    void availabilityChanged();
    void busyChanged(bool busy);
    void actionStarted(const QString &action);
    // `action` is the translated name given when it was queued ("Join", "Open socket").
    void actionFinished(const QString &action, bool ok, const QString &message);

protected:
    // Runs when the action ended; returns the message to show (empty: the sequence's error, or
    // "Done." on success). It may queue more actions.
    using Done = std::function<QString(bool ok, const CommandSequence &sequence)>;
    // Queue an action. A refused plan finishes at once with its refusal.
    // `secrets` (keys, passwords) never appear in the message: a failed command is quoted in it.
    void run(const QString &action, const CommandPlan &plan, Done done = {},
             const QVariantMap &values = {}, const QStringList &secrets = {});
    // A secret that no later message of this service shows either (the MQTT password goes out
    // again when a family reconnects to change topics).
    void addSecret(const QString &secret)
    {
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets << secret;
    }
    // A message (translated) that ends an action that never started (a form problem).
    void reject(const QString &action, const QString &why);
    // Drop queued actions and stop the running one (the connection closed).
    void cancelAll(const QString &why);

    // The connection opened on a dialect (dialect non-null) or closed (null): rebuild command sets.
    virtual void dialectChanged(const Dialect *dialect) = 0;
    virtual void handleEvents(const QList<AtEvent> &events);
    // The module restarted on its own or by a command: what it had open is gone.
    virtual void moduleRestarted() {}

private:
    struct Job
    {
        QString action;
        CommandPlan plan;
        QVariantMap values;
        Done done;
        QStringList secrets;
    };
    void onState(ModuleConnection::State state);
    void next();
    void setBusy(bool busy);

    QPointer<ModuleConnection> m_connection;
    DialectCapabilities m_capabilities;
    CommandSequence m_sequence;
    QQueue<Job> m_queue;
    Job m_current;
    QByteArray m_currentCommand;
    QStringList m_secrets;
    bool m_busy = false;
    bool m_open = false;
};
