#pragma once

#include "dialects/commands/CommandPlan.h"
#include "engine/AtEvent.h"
#include "engine/AtFrame.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class AtReply;

// Runs the steps of a CommandPlan one after the other through a session (an AtSession in tests, a
// ModuleConnection in the app): substitutes values stored by earlier steps, reads replies, waits
// for the events a step awaits, and stops at the first failure with a readable message. Never
// blocks; finished() comes once per start().
class CommandSequence : public QObject
{
    Q_OBJECT
public:
    // Queues one command and returns its reply (which finishes later).
    using Sender = std::function<AtReply *(const QByteArray &command, const QByteArray &payload,
                                           int timeoutMs)>;

    explicit CommandSequence(Sender send, QObject *parent = nullptr);
    ~CommandSequence() override;

    // Starts the plan (a refused plan finishes at once with its refusal as the error).
    void start(const CommandPlan &plan, const QVariantMap &values = {});
    void cancel(const QString &why);
    bool isRunning() const { return m_running; }

    bool ok() const { return m_ok; }
    // Readable: which command failed and how ("AT+CWJAP_CUR: ERROR (code 1: ...)").
    QString errorString() const { return m_error; }
    QByteArray failedCommand() const { return m_failedCommand; }
    // What the steps stored ("socket", "level", ...), plus the values start() was given.
    QVariantMap values() const { return m_values; }
    // Every response line and data frame of every reply, and every event seen while running.
    QList<AtFrame> responses() const { return m_responses; }
    QList<AtEvent> events() const { return m_events; }

public slots:
    // Feed the session's events (connect ModuleConnection::events or AtSession::eventReceived).
    void onEvents(const QList<AtEvent> &events);
    void onEvent(const AtEvent &event);

signals:
    void stepStarted(int index, const QByteArray &command);
    void finished(bool ok);

private:
    void runStep();
    void onReply(quint64 run, AtReply *reply);
    void checkAwait();
    void stepDone();
    void fail(const QString &error);
    void finish(bool ok);
    QByteArray substitute(const QByteArray &text) const;

    Sender m_send;
    CommandPlan m_plan;
    qsizetype m_index = 0;
    quint64 m_run = 0; // replies of an earlier run are ignored
    bool m_running = false;
    bool m_ok = false;
    QString m_error;
    QByteArray m_failedCommand;
    QVariantMap m_values;
    QList<AtFrame> m_responses;
    QList<AtEvent> m_events;
    // The step in progress.
    bool m_replied = false;
    QList<AtEvent> m_stepEvents; // events since the step's command went out
    bool m_awaitMet = false;
    QTimer m_awaitTimer;
    QPointer<AtReply> m_reply;
};
