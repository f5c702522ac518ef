#pragma once

#include "dialects/commands/GpioCommands.h"

// GPIO panel commands of the WizFi250 (AT+FGPIO; pins 1, 5, 6, 7, 8 of [M §AT+FGPIO]). The
// guide has no ADC command.
class Wizfi250GpioCommands : public GpioCommands
{
public:
    QList<GpioPin> pins() const override;
    CommandPlan setMode(int pin, bool output, GpioPull pull) const override;
    CommandPlan write(int pin, bool high) const override;
    CommandPlan read(int pin) const override;
};
