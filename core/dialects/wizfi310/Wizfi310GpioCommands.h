#pragma once

#include "dialects/commands/GpioCommands.h"

// GPIO and ADC panel commands of the WizFi310: AT+FGPIO=<gpio>,<action>,<value> and
// AT+FGETADC=?. See docs/dialects/wizfi310.md, "Panel commands".
class Wizfi310GpioCommands : public GpioCommands
{
public:
    QList<GpioPin> pins() const override;
    QList<AdcChannel> adcChannels() const override;

    CommandPlan setMode(int pin, bool output, GpioPull pull) const override;
    CommandPlan write(int pin, bool high) const override;
    CommandPlan read(int pin) const override;
    CommandPlan readAdc(int channel) const override;
};
