#pragma once

#include "dialects/commands/GpioCommands.h"

// GPIO panel commands of the WizFi360 (AT+SYSIOSETCFG / AT+SYSGPIODIR / AT+SYSGPIOWRITE /
// AT+SYSGPIOREAD, §3.1.10-3.1.14), pins numbered as the module's pins. The manual has no ADC
// command (AT+SYSADC is ESP8266's; the WizFi360 answers ERROR), so readAdc() refuses.
class Wizfi360GpioCommands : public GpioCommands
{
public:
    QList<GpioPin> pins() const override;

    CommandPlan setMode(int pin, bool output, GpioPull pull) const override;
    CommandPlan write(int pin, bool high) const override;
    CommandPlan read(int pin) const override;
    CommandPlan readAdc(int channel) const override;
};
