#include "AtInterpreter.h"

#include "dialects/AtText.h"

AtInterpreter::AtInterpreter(Dialect &dialect, FrameSink sink)
    : m_dialect(dialect)
    , m_sink(std::move(sink))
    , m_framer(
          dialect, m_inFlight,
          AtFramer::Sink{[this](const QByteArray &l) { onLine(l); },
                         [this](const QByteArray &p) { onPrompt(p); },
                         [this](const QByteArray &h, const QByteArray &p) { onPayload(h, p); }})
{}

void AtInterpreter::commandSent(const QByteArray &command)
{
    m_inFlight = InFlight{};
    m_inFlight.command = command;
    m_inFlight.traits = m_dialect.traits(command);
    m_payloadRemaining = m_inFlight.traits.expectsPrompt ? m_inFlight.traits.payloadLength : -1;
    m_dialect.commandSent(command);
    m_framer.contextChanged();
}

void AtInterpreter::payloadSent(QByteArrayView bytes)
{
    if (!m_inFlight.active() || !m_inFlight.traits.expectsPrompt)
        return;
    if (m_payloadRemaining >= 0) {
        if (m_inFlight.payloadDone)
            return;
        m_payloadRemaining = qMax<qint64>(0, m_payloadRemaining - bytes.size());
        if (m_payloadRemaining == 0)
            m_inFlight.payloadDone = true;
    } else {
        // A stream payload (no declared length) runs until the final: once it has started, the
        // next final ends the command.
        m_inFlight.payloadDone = true;
    }
    if (m_inFlight.payloadDone && m_inFlight.traits.completesOnPayload)
        m_inFlight = InFlight{};
    m_framer.contextChanged();
}

void AtInterpreter::hostBytes(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const bool takingPayload = m_inFlight.active() && m_inFlight.traits.expectsPrompt &&
                                   (!m_inFlight.payloadDone || m_payloadRemaining < 0) &&
                                   m_hostPending.isEmpty();
        if (takingPayload) {
            const qsizetype n = m_payloadRemaining < 0
                                    ? bytes.size()
                                    : qsizetype(qMin<qint64>(m_payloadRemaining, bytes.size()));
            payloadSent(bytes.first(n));
            bytes = bytes.sliced(n);
            continue;
        }
        qsizetype end = 0;
        while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
            ++end;
        m_hostPending.append(bytes.data(), end);
        qsizetype next = end;
        while (next < bytes.size() && (bytes[next] == '\r' || bytes[next] == '\n'))
            ++next;
        const bool terminated = next > end;
        bytes = bytes.sliced(next);
        if (!terminated) {
            // Unterminated bytes wait for the rest of their command line only if they can be one;
            // anything else (an escape sequence such as +++) is raw data and must not stick to the
            // next command.
            if (AtText::matchPrefix(m_hostPending, "AT") == AtText::PrefixMatch::No)
                m_hostPending.clear();
            break;
        }
        const QByteArray line = std::exchange(m_hostPending, {});
        // Only AT command lines put a command in flight; anything else is raw data (data mode,
        // an escape sequence).
        if (AtText::startsWithNoCase(line, "AT"))
            commandSent(line);
    }
}

void AtInterpreter::moduleBytes(QByteArrayView bytes)
{
    m_framer.feed(bytes);
}

void AtInterpreter::endOfInput()
{
    if (!m_hostPending.isEmpty() && AtText::startsWithNoCase(m_hostPending, "AT"))
        commandSent(std::exchange(m_hostPending, {}));
    m_framer.flush();
}

void AtInterpreter::abandonInFlight()
{
    m_inFlight = InFlight{};
    m_payloadRemaining = -1;
    m_framer.contextChanged();
}

bool AtInterpreter::isEcho(const QByteArray &line) const
{
    if (!m_inFlight.active() || m_inFlight.echoSeen)
        return false;
    return line.trimmed() == m_inFlight.command.trimmed() ||
           AtText::equalsNoCase(line.trimmed(), m_inFlight.command.trimmed());
}

void AtInterpreter::onLine(const QByteArray &rawLine)
{
    QByteArray line = rawLine;
    // A bare CR before a line (terminal-style firmware rewrites its prompt with one) is not noise.
    qsizetype cr = 0;
    while (cr < line.size() && line.at(cr) == '\r')
        ++cr;
    line.remove(0, cr);
    const int garbage = AtText::garbagePrefixLength(line);
    if (garbage > 0) {
        m_sink(AtFrame::noise(line.left(garbage)));
        line = line.mid(garbage);
        if (line.trimmed().isEmpty())
            return;
    }
    if (!line.isEmpty() && isEcho(line)) {
        m_inFlight.echoSeen = true;
        m_sink(AtFrame::line(line, AtFrame::Kind::Echo));
        return;
    }
    deliver(m_dialect.classifyLine(line, m_inFlight));
}

void AtInterpreter::onPrompt(const QByteArray &prompt)
{
    deliver(m_dialect.classifyPrompt(prompt, m_inFlight));
}

void AtInterpreter::onPayload(const QByteArray &header, const QByteArray &payload)
{
    const QList<AtFrame> frames = m_dialect.classifyPayload(header, payload, m_inFlight);
    for (const AtFrame &f : frames)
        deliver(f);
}

void AtInterpreter::deliver(AtFrame frame)
{
    using Kind = AtFrame::Kind;
    switch (frame.kind) {
    case Kind::Ignore:
        return;
    case Kind::Final:
        if (!m_inFlight.active()) {
            frame.kind = Kind::Line; // nothing to close: a stray result string
            frame.ok = false;
            frame.code.clear();
            frame.message.clear();
            frame.event.clear();
            frame.fields.clear();
        } else if (frame.ok && m_inFlight.traits.expectsPrompt &&
                   (!m_inFlight.payloadDone ||
                    (!m_inFlight.promptSeen && m_inFlight.traits.promptFallbackMs == 0))) {
            // The OK before a send prompt. A dialect whose prompt is optional (fallback) ends
            // its send on the first OK after the payload.
            frame.kind = Kind::Response;
        } else {
            m_inFlight = InFlight{};
            m_payloadRemaining = -1;
            m_framer.contextChanged();
        }
        break;
    case Kind::Prompt:
        if (!m_inFlight.awaitingPrompt()) {
            frame.kind = Kind::Line;
        } else {
            m_inFlight.promptSeen = true;
            // The module may accept less than was asked for (Air602 AT+SKSND): send only that.
            const auto accepted = frame.fields.constFind(QLatin1String(AtFields::Length));
            if (accepted != frame.fields.constEnd() && m_payloadRemaining >= 0)
                m_payloadRemaining = qMin<qint64>(m_payloadRemaining, accepted->toLongLong());
        }
        break;
    case Kind::Response:
        if (!m_inFlight.active()) {
            frame.kind = Kind::Line;
            frame.event.clear();
            frame.fields.clear();
        }
        break;
    case Kind::Urc:
        if (frame.isEvent(AtEvents::ModuleReset) || frame.isEvent(AtEvents::ModuleReady)) {
            // A reboot ends whatever was in flight; the engine decides whether that is a failure.
            m_inFlight = InFlight{};
            m_payloadRemaining = -1;
            m_hostPending.clear();
            m_dialect.moduleReset();
            m_framer.contextChanged();
        }
        break;
    default:
        break;
    }
    m_sink(frame);
}
