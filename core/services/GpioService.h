#pragma once

#include "dialects/commands/GpioCommands.h"
#include "models/GpioModels.h"
#include "services/CapabilityService.h"

#include <QElapsedTimer>
#include <QTimer>
#include <memory>

// GPIO and ADC intents for the connected module, and a periodic read of every input pin and ADC
// channel when asked.
class GpioService : public CapabilityService
{
    Q_OBJECT
public:
    explicit GpioService(ModuleConnection *connection, QObject *parent = nullptr);
    ~GpioService() override;

    const GpioCommands *commands() const { return m_commands.get(); }
    GpioPinsModel *pins() { return &m_pins; }
    AdcModel *adc() { return &m_adc; }

    int pollIntervalMs() const { return m_pollMs; }
    void setPollIntervalMs(int ms); // 0 = off

public slots:
    void setMode(int pin, bool output, GpioPull pull = GpioPull::None);
    void write(int pin, bool high);
    void read(int pin);
    void readAdc(int channel);
    // Every pin set as input and every ADC channel, once.
    void readAll();

signals:
    void pollIntervalChanged(int ms);

protected:
    void dialectChanged(const Dialect *dialect) override;
    // Pins come back as the module's defaults: what the panel set is no longer known.
    void moduleRestarted() override
    {
        m_pins.setPins(m_commands ? m_commands->pins() : QList<GpioPin>{});
    }

private:
    std::unique_ptr<GpioCommands> m_commands;
    GpioPinsModel m_pins;
    AdcModel m_adc;
    QTimer m_poll;
    int m_pollMs = 0;
    QElapsedTimer m_clock;
};
