// GPIO and ADC panel commands of the WizFi310, from wizfi310-at-commands.md ([M §AT+FGPIO],
// [M §AT+FGETADC]) and the digest specs/wizfi310.md §4.5.
#include "Wizfi310GpioCommands.h"

#include "engine/AtReply.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi310GpioCommands", text);
}

// The first response line as a number in [0, max]; false when there is none.
bool readNumber(const AtReply &reply, int max, int *value)
{
    for (const QByteArray &line : reply.lines()) {
        bool ok = false;
        const int v = line.trimmed().toInt(&ok);
        if (ok && v >= 0 && v <= max) {
            *value = v;
            return true;
        }
    }
    return false;
}

QByteArray fgpio(int pin, int action, int value)
{
    return "AT+FGPIO=" + QByteArray::number(pin) + "," + QByteArray::number(action) + "," +
           QByteArray::number(value);
}

} // namespace

QList<GpioPin> Wizfi310GpioCommands::pins() const
{
    // [M §AT+FGPIO]: <gpio_number> 3 = GPIOB 3, 4 = GPIOC 4; config 0 none, 1 pull-up, 2
    // pull-down (3 open drain, for outputs).
    const QList<GpioPull> pulls{GpioPull::None, GpioPull::Up, GpioPull::Down};
    GpioPin b3;
    b3.number = 3;
    b3.name = QStringLiteral("GPIOB3");
    b3.pulls = pulls;
    GpioPin c4 = b3;
    c4.number = 4;
    c4.name = QStringLiteral("GPIOC4");
    return {b3, c4};
}

QList<AdcChannel> Wizfi310GpioCommands::adcChannels() const
{
    // [M §AT+FGETADC]: one ADC pin, read with "AT+FGETADC=?"; resolution and reference are not
    // given: 12 bits of 3.3 V (the module's STM32F2 ADC at its supply; the example reads 1697).
    AdcChannel a;
    a.number = 0;
    a.name = QStringLiteral("ADC");
    a.maxRaw = 4095;
    a.fullScale = 3.3;
    return {a};
}

CommandPlan Wizfi310GpioCommands::setMode(int pin, bool output, GpioPull pull) const
{
    if (output) {
        // Action 1 with config 0 (push-pull): the manual's example passes 1, which its own table
        // calls an input pull-up.
        if (pull != GpioPull::None)
            return CommandPlan::refuse(tr("An output pin takes no pull resistor."));
        return {{CommandStep::of(fgpio(pin, 1, 0))}};
    }
    const int config = pull == GpioPull::Up ? 1 : pull == GpioPull::Down ? 2 : 0;
    return {{CommandStep::of(fgpio(pin, 0, config))}};
}

CommandPlan Wizfi310GpioCommands::write(int pin, bool high) const
{
    return {{CommandStep::of(fgpio(pin, 3, high ? 1 : 0))}};
}

CommandPlan Wizfi310GpioCommands::read(int pin) const
{
    // Action 2 takes a dummy value ([M §AT+FGPIO] example "AT+FGPIO=3,2,0"); "<value>" then [OK].
    CommandStep s = CommandStep::of(fgpio(pin, 2, 0));
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        int level = 0;
        if (!readNumber(reply, 1, &level)) {
            error = tr("The module did not answer with a level (0 or 1).");
            return false;
        }
        values.insert(QStringLiteral("level"), level);
        return true;
    };
    return {{s}};
}

CommandPlan Wizfi310GpioCommands::readAdc(int channel) const
{
    if (channel != 0)
        return CommandPlan::refuse(tr("The WizFi310 has one ADC input."));
    CommandStep s = CommandStep::of("AT+FGETADC=?"); // [M §AT+FGETADC]: the only form
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        int raw = 0;
        if (!readNumber(reply, 4095, &raw)) {
            error = tr("The module did not answer with an ADC reading.");
            return false;
        }
        values.insert(QStringLiteral("raw"), raw);
        return true;
    };
    return {{s}};
}
