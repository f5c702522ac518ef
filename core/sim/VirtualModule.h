#pragma once

#include "FaultPlan.h"
#include "SimMqtt.h"
#include "SimSockets.h"
#include "SimWifi.h"
#include "World.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <functional>

class Transport;

// A module family spoken from the module's side, written from the manual independently of the
// engine's parsers. This base class does what every family shares: assembling command lines,
// echo, taking counted payloads and transparent data, output pacing and injected faults, and the
// world (radio, sockets, MQTT, GPIO/ADC). Each dialect's module subclasses it in core/sim/<id>/.
class VirtualModule : public QObject
{
    Q_OBJECT
public:
    explicit VirtualModule(const World &world, QObject *parent = nullptr);
    ~VirtualModule() override;

    virtual QString dialectId() const = 0;

    // The link to the host: the other end of a pipe, or a pseudo-terminal. Not owned.
    void attach(Transport *link);
    // Output paced as a UART at this baud would send it (0 = unthrottled).
    void setBaudPace(int baud) { m_baudPace = baud; }
    // The module's UART rate (0 = any rate works). When the link reports that the host set another
    // rate (Transport::lineBaud()), both directions carry what a UART at the wrong rate reads:
    // garbage, as with a real module.
    void setUartBaud(int baud) { m_uartBaud = baud; }
    int uartBaud() const { return m_uartBaud; }
    void setFaults(const FaultPlan &plan);
    // Boot: the module prints its banner as after power-on.
    void powerOn();
    // A restart (by command or by a fault): state is lost, the banner follows.
    void restart();

    const World &world() const { return m_world; }

signals:
    // For tests and logs: every byte the module sends and receives.
    void bytesOut(const QByteArray &bytes);
    void bytesIn(const QByteArray &bytes);

protected:
    // Cr: a CR ends the line (an LF right after it is dropped); Lf: an LF ends it (CRs are
    // dropped); CrLf: an LF ends it and a CR before it is dropped.
    enum class LineEnd { Cr, Lf, CrLf };

    // --- what a dialect module supplies ---
    virtual LineEnd lineEnd() const = 0;
    virtual void handleCommand(const QByteArray &line) = 0;
    virtual QByteArray bootBanner() const = 0;
    // The module's own reply when it is too busy for a command (the busy fault).
    virtual QByteArray busyReply() const = 0;
    // Echo of the input bytes while echo is on; default: the bytes as received.
    virtual void echoInput(const QByteArray &bytes);
    // State lost on restart (the base already closes sockets, MQTT and the radio).
    virtual void onRestart() {}
    // An empty command line (just the terminator); default: ignored.
    virtual void handleEmptyLine() {}

    // --- services for a dialect module ---
    void say(const QByteArray &bytes);
    // A final result: the drop-final fault may swallow it.
    void sayFinal(const QByteArray &bytes);
    bool echo() const { return m_echo; }
    void setEcho(bool on) { m_echo = on; }

    // The next `length` bytes from the host are a payload, not commands. `done` gets them; after
    // `timeoutMs` without all of them, `done` gets what arrived (with complete = false).
    void expectPayload(qint64 length, int timeoutMs,
                       std::function<void(const QByteArray &payload, bool complete)> done);
    // Transparent mode: host bytes go to `onData` until the escape sequence (e.g. "+++") arrives
    // alone, with `guardMs` of silence before (if requireGuardBefore) and after it.
    void enterDataMode(const QByteArray &escape, int guardMs, bool requireGuardBefore,
                       std::function<void(const QByteArray &)> onData,
                       std::function<void()> onEscape);
    void leaveDataMode();
    bool inDataMode() const { return m_mode == Mode::Data; }
    // Run `f` after `ms` (cancelled by a restart): the moment a real module would answer.
    void later(int ms, std::function<void()> f);

    SimWifi &wifi() { return m_wifi; }
    SimSockets &sockets() { return m_sockets; }
    SimMqtt &mqtt() { return m_mqtt; }
    QRandomGenerator &random() { return m_random; }
    // GPIO and ADC from the world; levels written by the host are kept.
    int gpioLevel(int pin) const;
    bool gpioExists(int pin) const;
    bool gpioIsOutput(int pin) const;
    void setGpioLevel(int pin, int level);
    void setGpioDirection(int pin, bool output);
    const WorldAdcChannel *adcChannel(int channel) const;
    int adcRaw(int channel);
    double adcVolts(int channel);
    qint64 uptimeMs() const { return m_clock.elapsed(); }

private:
    enum class Mode { Command, Payload, Data };
    void onInput(const QByteArray &bytes);
    void process(const QByteArray &bytes, qint64 silence);
    void takeCommandBytes(const QByteArray &bytes);
    void dispatch(const QByteArray &line);
    void write(const QByteArray &bytes);
    QByteArray overTheLine(const QByteArray &bytes, bool fromHost) const;
    void drainPaced();
    void finishPayload(bool complete);
    void scheduleFaultReset();
    void checkEscape();

    World m_world;
    SimWifi m_wifi;
    SimSockets m_sockets;
    SimMqtt m_mqtt;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    QPointer<Transport> m_link;
    FaultPlan m_faults;
    int m_baudPace = 0;
    int m_uartBaud = 0;
    bool m_echo = true;
    Mode m_mode = Mode::Command;
    QByteArray m_line;
    bool m_swallowLf = false; // Cr mode: the LF of a CRLF after a dispatched line
    // payload capture
    qint64 m_payloadWanted = 0;
    QByteArray m_payload;
    std::function<void(const QByteArray &, bool)> m_payloadDone;
    QTimer m_payloadTimer;
    // data mode
    QByteArray m_escape;
    int m_guardMs = 1000;
    bool m_guardBefore = false;
    QByteArray m_escapeHeld;
    QElapsedTimer m_sinceLastInput;
    std::function<void(const QByteArray &)> m_dataSink;
    std::function<void()> m_onEscape;
    QTimer m_escapeTimer;
    // output
    QByteArray m_outQueue;
    QTimer m_paceTimer;
    QElapsedTimer m_paceClock;
    double m_paceCredit = 0;
    QTimer m_faultResetTimer;
    quint64 m_generation =
        0; // bumped by restart(): pending later() calls of the old boot are dropped
    QHash<int, int> m_gpioLevels;
    QHash<int, bool> m_gpioOutput;
};
