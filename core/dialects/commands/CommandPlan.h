#pragma once

#include "engine/AtEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

class AtReply;

// One command of a panel action, as the dialect builds it. The services run the steps of a plan
// one after the other through the session (CommandSequence), so every byte shows in the terminal.
struct CommandStep
{
    // "{name}" is replaced by the value an earlier step stored under that name (e.g. "{socket}").
    QByteArray command;
    QByteArray payload;   // send commands: the bytes after the prompt
    int timeoutMs = -1;   // -1: the dialect's traits decide
    bool mayFail = false; // a failure does not stop the plan (leaving a network not joined)

    // Reads what the action needs from the successful reply into `values` (the socket number the
    // module chose, a pin's level). Returns false with `error` set (translated) when the reply is
    // not what the manual says it is.
    std::function<bool(const AtReply &reply, QVariantMap &values, QString &error)> read;

    // The step is done only when this event has arrived as well (from the moment the command went
    // out, so an event before the final result counts): e.g. "socket.connected" when the module
    // names the socket in a message after OK. Without `acceptEvent` the first event of that name
    // ends the step and its fields are merged into the values; with it, the function decides
    // (and may store values).
    QString awaitEvent;
    std::function<bool(const AtEvent &event, QVariantMap &values)> acceptEvent;
    // Events that fail the step while it waits (e.g. "wifi.error", "socket.error").
    QStringList failEvents;
    // For a family that reports success and failure with the same message and a result code:
    // a non-empty text (translated) fails the step with it.
    std::function<QString(const AtEvent &event)> eventError;
    int awaitMs = 20000;

    static CommandStep of(const QByteArray &command, const QByteArray &payload = {})
    {
        CommandStep s;
        s.command = command;
        s.payload = payload;
        return s;
    }
};

// What an intent (join this network, open that socket) becomes in one dialect: the commands, or
// the reason the family cannot do it.
struct CommandPlan
{
    QList<CommandStep> steps;
    QString refusal; // translated; set when the dialect cannot do this (steps then empty)

    CommandPlan() = default;
    CommandPlan(QList<CommandStep> s) // NOLINT: a list of steps is a plan
        : steps(std::move(s))
    {}
    static CommandPlan refuse(const QString &why)
    {
        CommandPlan p;
        p.refusal = why;
        return p;
    }
    bool refused() const { return !refusal.isEmpty(); }
    CommandPlan &operator<<(const CommandStep &step)
    {
        steps << step;
        return *this;
    }
};
