// GPIO panel commands from "WizFi360 AT Instruction Set" v1.1.1.7 §3.1.10-3.1.14.
#include "Wizfi360GpioCommands.h"

#include "dialects/AtText.h"
#include "engine/AtReply.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi360GpioCommands", text);
}

// §3.1.10's table: module pin, and its name in mode 1 (GPIO).
struct PinName
{
    int pin;
    const char *name;
};
constexpr PinName PinTable[] = {{3, "GPIOPA_0"},   {6, "GPIOPB_6"},   {7, "GPIOPB_9"},
                                {9, "GPIOPB_15"},  {10, "GPIOPB_18"}, {11, "GPIOPB_13"},
                                {12, "GPIOPB_14"}, {13, "GPIOPB_17"}, {14, "GPIOPB_16"},
                                {16, "GPIOPB_10"}, {19, "GPIOPB_7"},  {20, "GPIOPB_8"}};

bool known(int pin)
{
    for (const PinName &p : PinTable) {
        if (p.pin == pin)
            return true;
    }
    return false;
}

QString unknownPin(int pin)
{
    return tr("Pin %1 is not one of the WizFi360's GPIO pins.").arg(pin);
}
} // namespace

QList<GpioPin> Wizfi360GpioCommands::pins() const
{
    QList<GpioPin> out;
    for (const PinName &p : PinTable) {
        GpioPin g;
        g.number = p.pin;
        g.name = QStringLiteral("%1 (pin %2)").arg(QLatin1String(p.name)).arg(p.pin);
        // §3.1.12: an input always gets the pull-up; there is no pull-down.
        g.pulls = {GpioPull::Up};
        out << g;
    }
    return out;
}

CommandPlan Wizfi360GpioCommands::setMode(int pin, bool output, GpioPull pull) const
{
    if (!known(pin))
        return CommandPlan::refuse(unknownPin(pin));
    if (!output && pull != GpioPull::Up)
        return CommandPlan::refuse(
            tr("The WizFi360 switches the pull-up on for every input (AT+SYSGPIODIR): choose "
               "pull-up."));
    const QByteArray p = QByteArray::number(pin);
    // Mode 1 (GPIO) first: SYSGPIODIR answers NOT GPIO MODE! otherwise. The pull-up bit follows
    // the direction, since an input gets it anyway.
    return {{CommandStep::of("AT+SYSIOSETCFG=" + p + (output ? ",1,0" : ",1,1")),
             CommandStep::of("AT+SYSGPIODIR=" + p + (output ? ",1" : ",0"))}};
}

CommandPlan Wizfi360GpioCommands::write(int pin, bool high) const
{
    if (!known(pin))
        return CommandPlan::refuse(unknownPin(pin));
    return {{CommandStep::of("AT+SYSGPIOWRITE=" + QByteArray::number(pin) + (high ? ",1" : ",0"))}};
}

CommandPlan Wizfi360GpioCommands::read(int pin) const
{
    if (!known(pin))
        return CommandPlan::refuse(unknownPin(pin));
    CommandStep s = CommandStep::of("AT+SYSGPIOREAD=" + QByteArray::number(pin));
    // +SYSGPIOREAD:<pin>,<dir>,<level> (§3.1.14); an output reads back its level.
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const QByteArray &line : reply.lines()) {
            if (const auto v = AtText::after(line, "+SYSGPIOREAD:")) {
                const auto level = AtText::toInt(AtText::splitParams(*v).value(2));
                if (level && (*level == 0 || *level == 1)) {
                    values.insert(QStringLiteral("level"), int(*level));
                    return true;
                }
            }
        }
        error = tr("the module did not report the pin's level.");
        return false;
    };
    return {{s}};
}

CommandPlan Wizfi360GpioCommands::readAdc(int) const
{
    return CommandPlan::refuse(
        tr("The WizFi360 instruction set has no ADC command (ESP8266's AT+SYSADC is not in it)."));
}
