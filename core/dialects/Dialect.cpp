#include "Dialect.h"

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
