#include "GpioService.h"

#include "dialects/Dialect.h"

GpioService::GpioService(ModuleConnection *connection, QObject *parent)
    : CapabilityService(connection, parent)
{
    connect(&m_poll, &QTimer::timeout, this, [this] {
        // A slow module must not pile up reads: skip a tick while the last round still runs.
        if (!isBusy())
            readAll();
    });
    if (isConnected())
        dialectChanged(connection->dialect());
}

GpioService::~GpioService() = default;

void GpioService::dialectChanged(const Dialect *dialect)
{
    m_commands = dialect && capabilities().gpio.available ? dialect->gpioCommands() : nullptr;
    m_pins.setPins(m_commands ? m_commands->pins() : QList<GpioPin>{});
    m_adc.setChannels(m_commands && capabilities().adc.available ? m_commands->adcChannels()
                                                                 : QList<AdcChannel>{});
    m_clock.invalidate();
    if (!m_commands)
        m_poll.stop();
    else if (m_pollMs > 0)
        m_poll.start(m_pollMs);
}

void GpioService::setPollIntervalMs(int ms)
{
    ms = qMax(0, ms);
    if (ms == m_pollMs)
        return;
    m_pollMs = ms;
    if (ms > 0 && m_commands)
        m_poll.start(ms);
    else
        m_poll.stop();
    emit pollIntervalChanged(ms);
}

void GpioService::setMode(int pin, bool output, GpioPull pull)
{
    const QString action =
        output ? tr("Set GPIO %1 as output").arg(pin) : tr("Set GPIO %1 as input").arg(pin);
    if (!m_commands)
        return reject(action, capabilities().gpio.reason);
    // A pull the pin cannot have becomes the one it always has (WizFi360 inputs: pull-up only).
    if (const int row = m_pins.rowOf(pin); row >= 0 && !output) {
        const QList<GpioPull> pulls = m_pins.at(row).pin.pulls;
        if (!pulls.isEmpty() && !pulls.contains(pull))
            pull = pulls.first();
    }
    run(action, m_commands->setMode(pin, output, pull),
        [this, pin, output, pull](bool ok, const CommandSequence &) {
            if (ok)
                m_pins.setDirection(pin,
                                    output ? GpioPinsModel::Direction::Output
                                           : GpioPinsModel::Direction::Input,
                                    pull);
            return QString();
        });
}

void GpioService::write(int pin, bool high)
{
    const QString action = high ? tr("Set GPIO %1 high").arg(pin) : tr("Set GPIO %1 low").arg(pin);
    if (!m_commands)
        return reject(action, capabilities().gpio.reason);
    run(action, m_commands->write(pin, high), [this, pin, high](bool ok, const CommandSequence &) {
        if (ok)
            m_pins.setLevel(pin, high ? 1 : 0);
        return QString();
    });
}

void GpioService::read(int pin)
{
    const QString action = tr("Read GPIO %1").arg(pin);
    if (!m_commands)
        return reject(action, capabilities().gpio.reason);
    run(action, m_commands->read(pin), [this, pin](bool ok, const CommandSequence &seq) {
        if (!ok)
            return QString();
        const int level = seq.values().value(QStringLiteral("level"), -1).toInt();
        m_pins.setLevel(pin, level);
        return level < 0 ? tr("GPIO %1: the module did not say the level.").arg(pin)
                         : tr("GPIO %1 is %2.").arg(pin).arg(level ? tr("high") : tr("low"));
    });
}

void GpioService::readAdc(int channel)
{
    const QString action = tr("Read ADC %1").arg(channel);
    if (!m_commands || !capabilities().adc.available)
        return reject(action, capabilities().adc.reason);
    run(action, m_commands->readAdc(channel), [this, channel](bool ok, const CommandSequence &seq) {
        if (!ok)
            return QString();
        bool known = false;
        const int raw = seq.values().value(QStringLiteral("raw")).toInt(&known);
        if (!known)
            return tr("ADC %1: the module did not say the value.").arg(channel);
        if (!m_clock.isValid())
            m_clock.start();
        m_adc.addReading(channel, raw, m_clock.elapsed() / 1000.0);
        const int row = m_adc.rowOf(channel);
        return tr("ADC %1: %2 (%3 V).")
            .arg(channel)
            .arg(raw)
            .arg(row >= 0 ? AdcModel::volts(m_adc.at(row).channel, raw) : 0.0, 0, 'f', 3);
    });
}

void GpioService::readAll()
{
    if (!m_commands)
        return;
    for (int row = 0; row < m_pins.count(); ++row) {
        const auto &p = m_pins.at(row);
        if (p.direction == GpioPinsModel::Direction::Input)
            read(p.pin.number);
    }
    for (int row = 0; row < m_adc.count(); ++row)
        readAdc(m_adc.at(row).channel.number);
}
