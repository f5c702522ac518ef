#pragma once

#include <QList>
#include <QString>
#include <optional>

// A user's macro: a named list of commands, with pauses between them where the module needs
// time (after a restart, while joining a network).
struct MacroStep
{
    QString command; // empty for a pause
    int waitMs = 0;  // a pause, when command is empty

    bool isWait() const { return command.isEmpty(); }
    bool operator==(const MacroStep &o) const { return command == o.command && waitMs == o.waitMs; }
};

struct Macro
{
    QString name;
    QList<MacroStep> steps;

    bool operator==(const Macro &o) const { return name == o.name && steps == o.steps; }

    static constexpr int MaxWaitMs = 600000;

    // The editor's text: one command per line, "wait 500" for a pause of 500 ms.
    QString toText() const;
    // nullopt with *error (for the user) when a line is not a command or a valid pause.
    static std::optional<QList<MacroStep>> stepsFromText(const QString &text, QString *error);
};

// The macro file: {"format": "atstudio-macros", "version": 1, "macros": [{"name": "Identify",
// "steps": [{"command": "AT+GMR"}, {"waitMs": 500}]}]}. QSettings keeps the same text.
namespace MacroJson {
QByteArray write(const QList<Macro> &macros);
// `source` names the file in messages. nullopt with *error saying what is wrong and where.
std::optional<QList<Macro>> read(const QByteArray &json, const QString &source, QString *error);
} // namespace MacroJson
