#include "SocketCommands.h"

SocketCommands::~SocketCommands() = default;

CommandPlan SocketCommands::readAvailable(int, qint64) const
{
    return {};
}

CommandPlan SocketCommands::enterDataMode(int) const
{
    return CommandPlan::refuse(
        QCoreApplication::translate("SocketCommands", "This module has no data mode."));
}
