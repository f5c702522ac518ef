#include "VirtualModule.h"

#include "UartLine.h"
#include "transport/Transport.h"

VirtualModule::VirtualModule(const World &world, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_wifi(m_world)
    , m_sockets(this)
    , m_mqtt(this)
    , m_random(world.seed)
    , m_payloadTimer(this)
    , m_escapeTimer(this)
    , m_paceTimer(this)
    , m_faultResetTimer(this)
{
    m_clock.start();
    m_sinceLastInput.start();
    m_payloadTimer.setSingleShot(true);
    connect(&m_payloadTimer, &QTimer::timeout, this, [this] { finishPayload(false); });
    m_escapeTimer.setSingleShot(true);
    connect(&m_escapeTimer, &QTimer::timeout, this, &VirtualModule::checkEscape);
    m_paceTimer.setInterval(5);
    connect(&m_paceTimer, &QTimer::timeout, this, &VirtualModule::drainPaced);
    m_faultResetTimer.setSingleShot(true);
    connect(&m_faultResetTimer, &QTimer::timeout, this, [this] {
        restart();
        scheduleFaultReset();
    });
    for (const WorldGpioPin &p : m_world.gpio) {
        m_gpioLevels.insert(p.pin, p.level);
        m_gpioOutput.insert(p.pin, p.output);
    }
}

VirtualModule::~VirtualModule() = default;

void VirtualModule::attach(Transport *link)
{
    if (m_link)
        disconnect(m_link, nullptr, this, nullptr);
    m_link = link;
    if (link)
        connect(link, &Transport::received, this, &VirtualModule::onInput);
}

void VirtualModule::setFaults(const FaultPlan &plan)
{
    m_faults = plan;
    m_random.seed(plan.seed);
    scheduleFaultReset();
}

void VirtualModule::scheduleFaultReset()
{
    if (m_faults.resetEveryMs <= 0)
        return;
    // Somewhere between half and one and a half times the mean.
    const int ms = m_faults.resetEveryMs / 2 + int(m_random.bounded(m_faults.resetEveryMs + 1));
    m_faultResetTimer.start(qMax(1, ms));
}

void VirtualModule::powerOn()
{
    say(bootBanner());
}

void VirtualModule::restart()
{
    ++m_generation;
    m_sockets.closeAll();
    m_mqtt.disconnectFromBroker();
    m_wifi.leave();
    m_wifi.stopAccessPoint();
    m_mode = Mode::Command;
    m_line.clear();
    m_swallowLf = false;
    m_payloadTimer.stop();
    m_escapeTimer.stop();
    m_payloadDone = nullptr;
    m_dataSink = nullptr;
    m_echo = true;
    for (const WorldGpioPin &p : m_world.gpio) {
        m_gpioLevels.insert(p.pin, p.level);
        m_gpioOutput.insert(p.pin, p.output);
    }
    onRestart();
    say(bootBanner());
}

void VirtualModule::later(int ms, std::function<void()> f)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(ms, this, [this, generation, f = std::move(f)] {
        if (generation == m_generation)
            f();
    });
}

// ---- input ----

void VirtualModule::onInput(const QByteArray &raw)
{
    // A host at another baud rate than the module's UART: the module reads garbage.
    const QByteArray bytes = overTheLine(raw, true);
    if (bytes.isEmpty())
        return;
    emit bytesIn(bytes);
    // The LF of a host's CR LF is dropped only when it comes in the same read as its CR: once a
    // command has switched to payload or data mode, a later read is the host's data (a payload
    // may well start with LF), since the host waits for the module's answer first.
    if (m_mode != Mode::Command)
        m_swallowLf = false;
    process(bytes, m_sinceLastInput.restart());
}

void VirtualModule::process(const QByteArray &bytes, qint64 silence)
{
    QByteArray rest = bytes;
    if (m_swallowLf && m_mode != Mode::Command) {
        // The LF of the host's CRLF after a command that switched to payload or data mode.
        m_swallowLf = false;
        if (rest.startsWith('\n'))
            rest.remove(0, 1);
    }
    while (!rest.isEmpty()) {
        switch (m_mode) {
        case Mode::Payload: {
            const qint64 take = qMin<qint64>(m_payloadWanted - m_payload.size(), rest.size());
            m_payload += rest.left(take);
            rest.remove(0, take);
            if (m_payload.size() >= m_payloadWanted)
                finishPayload(true);
            break;
        }
        case Mode::Data: {
            // The escape counts only when it arrives alone: after `guardMs` of silence (if the
            // dialect requires that) and followed by silence (checkEscape()). Anything else is
            // data.
            QByteArray data;
            qsizetype i = 0;
            for (; i < rest.size() && m_mode == Mode::Data; ++i) {
                const char c = rest[i];
                const qint64 quiet = i == 0 ? silence : 0;
                if (m_escapeHeld.size() < m_escape.size() &&
                    c == m_escape.at(m_escapeHeld.size()) &&
                    (!m_escapeHeld.isEmpty() || !m_guardBefore || quiet >= m_guardMs)) {
                    m_escapeHeld += c;
                    continue;
                }
                data += std::exchange(m_escapeHeld, {});
                data += c;
            }
            rest.remove(0, i);
            if (!m_escape.isEmpty() && m_escapeHeld == m_escape && rest.isEmpty())
                m_escapeTimer.start(m_guardMs);
            else
                m_escapeTimer.stop();
            if (!data.isEmpty() && m_dataSink) {
                // A copy: the sink may leave data mode, which drops the stored function.
                const auto sink = m_dataSink;
                sink(data);
            }
            break;
        }
        case Mode::Command:
            takeCommandBytes(rest);
            rest.clear();
            break;
        }
    }
}

void VirtualModule::checkEscape()
{
    if (m_mode != Mode::Data || m_escapeHeld != m_escape)
        return;
    m_escapeHeld.clear();
    const auto onEscape = m_onEscape;
    leaveDataMode();
    if (onEscape)
        onEscape();
}

void VirtualModule::takeCommandBytes(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (m_mode != Mode::Command) {
            // A command switched to payload or data mode: the rest belongs there.
            process(bytes.mid(i), 0);
            return;
        }
        const char c = bytes[i];
        if (m_swallowLf) {
            m_swallowLf = false;
            if (c == '\n')
                continue;
        }
        if (m_echo)
            echoInput(QByteArray(1, c));
        const LineEnd mode = lineEnd();
        if ((mode == LineEnd::Cr && c == '\r') || (mode != LineEnd::Cr && c == '\n')) {
            m_swallowLf = mode == LineEnd::Cr;
            QByteArray line = std::exchange(m_line, {});
            dispatch(line);
        } else if (c == '\r' || c == '\n') {
            // the other line-end byte of this dialect: not part of a command
        } else if (m_line.size() < 4096) {
            m_line += c;
        }
    }
}

void VirtualModule::echoInput(const QByteArray &bytes)
{
    say(bytes);
}

void VirtualModule::dispatch(const QByteArray &line)
{
    if (line.isEmpty()) {
        handleEmptyLine();
        return;
    }
    if (m_faults.busy > 0 && m_random.generateDouble() < m_faults.busy) {
        say(busyReply());
        return;
    }
    handleCommand(line);
}

void VirtualModule::expectPayload(qint64 length, int timeoutMs,
                                  std::function<void(const QByteArray &, bool)> done)
{
    m_mode = Mode::Payload;
    m_payloadWanted = length;
    m_payload.clear();
    m_payloadDone = std::move(done);
    if (timeoutMs > 0)
        m_payloadTimer.start(timeoutMs);
    if (length <= 0)
        finishPayload(true);
}

void VirtualModule::finishPayload(bool complete)
{
    if (m_mode != Mode::Payload)
        return;
    m_payloadTimer.stop();
    m_mode = Mode::Command;
    const auto done = std::exchange(m_payloadDone, nullptr);
    const QByteArray payload = std::exchange(m_payload, {});
    if (done)
        done(payload, complete);
}

void VirtualModule::enterDataMode(const QByteArray &escape, int guardMs, bool requireGuardBefore,
                                  std::function<void(const QByteArray &)> onData,
                                  std::function<void()> onEscape)
{
    m_mode = Mode::Data;
    m_escape = escape;
    m_guardMs = guardMs;
    m_guardBefore = requireGuardBefore;
    m_escapeHeld.clear();
    m_dataSink = std::move(onData);
    m_onEscape = std::move(onEscape);
}

void VirtualModule::leaveDataMode()
{
    if (m_mode == Mode::Data && !m_escapeHeld.isEmpty() && m_dataSink)
        m_dataSink(std::exchange(m_escapeHeld, {}));
    m_mode = Mode::Command;
    m_escapeTimer.stop();
    m_dataSink = nullptr;
    m_onEscape = nullptr;
}

// ---- output ----

QByteArray VirtualModule::overTheLine(const QByteArray &bytes, bool fromHost) const
{
    const int host = m_uartBaud > 0 && m_link ? m_link->lineBaud() : 0;
    if (host <= 0 || host == m_uartBaud)
        return bytes;
    return fromHost ? UartLine::resample(bytes, host, m_uartBaud)
                    : UartLine::resample(bytes, m_uartBaud, host);
}

void VirtualModule::say(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    QByteArray out = bytes;
    if (m_faults.noise > 0 && m_random.generateDouble() < m_faults.noise) {
        QByteArray junk(1 + int(m_random.bounded(8)), '\0');
        for (char &c : junk)
            c = char(m_random.bounded(256));
        out.prepend(junk);
    }
    write(out);
}

void VirtualModule::sayFinal(const QByteArray &bytes)
{
    if (m_faults.dropFinal > 0 && m_random.generateDouble() < m_faults.dropFinal)
        return;
    say(bytes);
}

void VirtualModule::write(const QByteArray &bytes)
{
    if (m_baudPace <= 0 && !m_faults.split && m_outQueue.isEmpty()) {
        emit bytesOut(bytes);
        if (m_link)
            m_link->write(overTheLine(bytes, false));
        return;
    }
    m_outQueue += bytes;
    if (!m_paceTimer.isActive()) {
        m_paceClock.start();
        m_paceCredit = 0;
        m_paceTimer.start();
    }
}

void VirtualModule::drainPaced()
{
    qsizetype n = m_outQueue.size();
    if (m_baudPace > 0) {
        // 10 bits per byte on the wire (start, 8 data, stop).
        m_paceCredit += m_paceClock.restart() * (m_baudPace / 10.0) / 1000.0;
        n = qMin<qsizetype>(n, qsizetype(m_paceCredit));
        m_paceCredit -= double(n);
    }
    if (m_faults.split && n > 1)
        n = 1 + qsizetype(m_random.bounded(quint32(n)));
    if (n > 0) {
        const QByteArray piece = m_outQueue.left(n);
        m_outQueue.remove(0, n);
        emit bytesOut(piece);
        if (m_link)
            m_link->write(overTheLine(piece, false));
    }
    if (m_outQueue.isEmpty())
        m_paceTimer.stop();
}

// ---- GPIO and ADC ----

bool VirtualModule::gpioExists(int pin) const
{
    return m_gpioLevels.contains(pin);
}

int VirtualModule::gpioLevel(int pin) const
{
    return m_gpioLevels.value(pin, 0);
}

bool VirtualModule::gpioIsOutput(int pin) const
{
    return m_gpioOutput.value(pin, false);
}

void VirtualModule::setGpioLevel(int pin, int level)
{
    if (m_gpioLevels.contains(pin))
        m_gpioLevels.insert(pin, level ? 1 : 0);
}

void VirtualModule::setGpioDirection(int pin, bool output)
{
    if (m_gpioOutput.contains(pin))
        m_gpioOutput.insert(pin, output);
}

const WorldAdcChannel *VirtualModule::adcChannel(int channel) const
{
    for (const WorldAdcChannel &c : m_world.adc) {
        if (c.channel == channel)
            return &c;
    }
    return nullptr;
}

int VirtualModule::adcRaw(int channel)
{
    const WorldAdcChannel *c = adcChannel(channel);
    return c ? c->rawAt(uptimeMs(), m_random.generateDouble()) : 0;
}

double VirtualModule::adcVolts(int channel)
{
    const WorldAdcChannel *c = adcChannel(channel);
    return c ? c->voltsAt(uptimeMs(), m_random.generateDouble()) : 0;
}
