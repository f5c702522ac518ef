#include "Dialect.h"

#include "dialects/commands/GpioCommands.h"
#include "dialects/commands/MqttCommands.h"
#include "dialects/commands/SocketCommands.h"
#include "dialects/commands/WifiCommands.h"

#include <QCoreApplication>

bool InFlight::is(const char *name) const
{
    const QByteArrayView n(name);
    if (command.size() < n.size() || qstrnicmp(command.constData(), name, n.size()) != 0)
        return false;
    if (command.size() == n.size())
        return true;
    const char next = command.at(n.size());
    return next == '=' || next == '?';
}

QByteArray InFlight::parameters() const
{
    const int eq = command.indexOf('=');
    return eq < 0 ? QByteArray() : command.mid(eq + 1);
}

Dialect::~Dialect() = default;

void Dialect::commandSent(const QByteArray &) {}

QList<AtCommandInfo> Dialect::catalog() const
{
    return {};
}

DialectCapabilities Dialect::capabilities() const
{
    DialectCapabilities caps;
    const auto notDescribed = DialectCapabilities::Feature::no(QCoreApplication::translate(
        "DialectCapabilities", "This module family's capabilities are not described."));
    for (const auto id : DialectCapabilities::allFeatures())
        caps.feature(id) = notDescribed;
    caps.maxSsidBytes = 0;
    caps.minKeyLength = 0;
    caps.maxKeyLength = 0;
    caps.saveToFlashDescription = QCoreApplication::translate(
        "DialectCapabilities", "How settings are saved is not described.");
    return caps;
}

AtFrame Dialect::classifyPrompt(const QByteArray &prompt, const InFlight &)
{
    return AtFrame::line(prompt.trimmed(), AtFrame::Kind::Prompt);
}

QList<StatusQuery> Dialect::statusQueries() const
{
    return {};
}

void Dialect::readStatus(const QByteArray &, const QList<AtFrame> &, const AtFrame &,
                         StatusReport &) const
{}

bool Dialect::isBusyFinal(const AtFrame &) const
{
    return false;
}

void Dialect::moduleReset() {}

std::unique_ptr<WifiCommands> Dialect::wifiCommands() const
{
    return nullptr;
}

std::unique_ptr<SocketCommands> Dialect::socketCommands() const
{
    return nullptr;
}

std::unique_ptr<MqttCommands> Dialect::mqttCommands() const
{
    return nullptr;
}

std::unique_ptr<GpioCommands> Dialect::gpioCommands() const
{
    return nullptr;
}
