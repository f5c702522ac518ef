#include "GpioCommands.h"

GpioCommands::~GpioCommands() = default;

CommandPlan GpioCommands::readAdc(int) const
{
    return CommandPlan::refuse(
        QCoreApplication::translate("GpioCommands", "This module has no ADC command."));
}
