// GPIO panel commands of the WizFi250, from wizfi250-programmers-guide.md [M §AT+FGPIO] and
// [M §I/O Pin].
#include "Wizfi250GpioCommands.h"

#include "engine/AtReply.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi250GpioCommands", text);
}

const QList<int> &pinNumbers()
{
    static const QList<int> numbers{1, 5, 6, 7, 8}; // [M §AT+FGPIO] <gpio_number>
    return numbers;
}

QString unknownPin(int pin)
{
    return tr("The WizFi250 has no GPIO %1 (it has GPIO 1, 5, 6, 7 and 8).").arg(pin);
}

} // namespace

QList<GpioPin> Wizfi250GpioCommands::pins() const
{
    QList<GpioPin> list;
    for (int n : pinNumbers()) {
        GpioPin p;
        p.number = n;
        p.name = QStringLiteral("GPIO %1").arg(n); // [M §PIN Description]
        p.pulls = {GpioPull::None, GpioPull::Up, GpioPull::Down};
        list << p;
    }
    return list;
}

CommandPlan Wizfi250GpioCommands::setMode(int pin, bool output, GpioPull pull) const
{
    if (!pinNumbers().contains(pin))
        return CommandPlan::refuse(unknownPin(pin));
    // <config_value>: 0 input pull-up, 1 input pull-down, 2 input high impedance, 3 output
    // push-pull (4, 5: open drain, not offered by the panel).
    int config = 3;
    if (!output)
        config = pull == GpioPull::Up ? 0 : pull == GpioPull::Down ? 1 : 2;
    return {{CommandStep::of("AT+FGPIO=2," + QByteArray::number(pin) + "," +
                             QByteArray::number(config))}};
}

CommandPlan Wizfi250GpioCommands::write(int pin, bool high) const
{
    if (!pinNumbers().contains(pin))
        return CommandPlan::refuse(unknownPin(pin));
    return {{CommandStep::of("AT+FGPIO=1," + QByteArray::number(pin) + (high ? ",1" : ",0"))}};
}

CommandPlan Wizfi250GpioCommands::read(int pin) const
{
    if (!pinNumbers().contains(pin))
        return CommandPlan::refuse(unknownPin(pin));
    // AT+FGPIO=0 reads input pins only ("when <mode> is 0"); AT+FGPIO=? lists every pin as
    // {<mode>,<gpio_num>,<config_value>,<value>}, so it reads an output back as well.
    CommandStep s = CommandStep::of("AT+FGPIO=?");
    s.read = [pin](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const QByteArray &line : reply.lines()) {
            qsizetype pos = 0;
            while ((pos = line.indexOf('{', pos)) >= 0) {
                const qsizetype end = line.indexOf('}', pos);
                if (end < 0)
                    break;
                const QList<QByteArray> f = line.mid(pos + 1, end - pos - 1).split(',');
                pos = end + 1;
                bool ok = false;
                if (f.size() == 4 && f.at(1).trimmed().toInt(&ok) == pin && ok) {
                    const int level = f.at(3).trimmed().toInt(&ok);
                    if (ok && (level == 0 || level == 1)) {
                        values.insert(QStringLiteral("level"), level);
                        return true;
                    }
                }
            }
        }
        error = tr("The module did not list GPIO %1.").arg(pin);
        return false;
    };
    return {{s}};
}
