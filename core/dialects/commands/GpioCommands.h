#pragma once

#include "dialects/commands/CommandPlan.h"

#include <QList>
#include <QString>

enum class GpioPull { None, Up, Down };

struct GpioPin
{
    int number = 0; // as the commands number it
    QString name;   // as the manual names it ("GPIO12", "PB07")
    bool canInput = true;
    bool canOutput = true;
    QList<GpioPull> pulls{GpioPull::None}; // what the family can set for an input
};

struct AdcChannel
{
    int number = 0;
    QString name;
    int maxRaw = 1023;      // the reading at full scale
    double fullScale = 1.0; // volts at maxRaw
};

// A family's GPIO and ADC commands.
class GpioCommands
{
public:
    virtual ~GpioCommands();

    virtual QList<GpioPin> pins() const = 0;
    virtual QList<AdcChannel> adcChannels() const { return {}; }

    virtual CommandPlan setMode(int pin, bool output, GpioPull pull) const = 0;
    virtual CommandPlan write(int pin, bool high) const = 0;
    // Stores values["level"] (0 or 1).
    virtual CommandPlan read(int pin) const = 0;
    // Stores values["raw"] (an int between 0 and maxRaw).
    virtual CommandPlan readAdc(int channel) const;
};
