#include "AtSession.h"

#include "dialects/Dialect.h"
#include "transport/Transport.h"

AtSession::AtSession(std::unique_ptr<Dialect> dialect, QObject *parent)
    : QObject(parent)
    , m_dialect(std::move(dialect))
    , m_interpreter(*m_dialect, [this](const AtFrame &f) { onFrame(f); })
    , m_timeout(this)
    , m_retry(this)
    , m_promptFallback(this)
    , m_foreign(this)
{
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, &AtSession::onGuardElapsed);
    m_foreign.setSingleShot(true);
    connect(&m_foreign, &QTimer::timeout, this, [this] {
        if (!m_current)
            m_interpreter.abandonInFlight(); // the typed command got no answer: go on
        pump();
    });
    // The timers are children so that moveToThread() takes them along to a worker thread.
    m_timeout.setSingleShot(true);
    m_retry.setSingleShot(true);
    m_promptFallback.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &AtSession::onTimeout);
    connect(&m_retry, &QTimer::timeout, this, &AtSession::transmit);
    connect(&m_promptFallback, &QTimer::timeout, this, [this] {
        if (m_current && !m_payloadWritten && m_interpreter.inFlight().awaitingPrompt())
            writePayload();
    });
}

AtSession::~AtSession()
{
    m_timeout.stop();
    m_retry.stop();
    m_promptFallback.stop();
    // Replies outlive nobody: callers that still hold one get a Cancelled error.
    cancelAll(tr("The session was closed."));
}

void AtSession::setTransport(Transport *transport)
{
    if (m_transport)
        disconnect(m_transport, nullptr, this, nullptr);
    m_transport = transport;
    if (!transport)
        return;
    connect(transport, &Transport::received, this, &AtSession::onReceived);
    connect(transport, &Transport::opened, this, &AtSession::synchronise);
    connect(transport, &Transport::errorOccurred, this, [this](const QString &message, bool lost) {
        if (!lost)
            return;
        cancelAll(message);
        emit transportLost(message);
    });
}

AtReply *AtSession::send(const QByteArray &rawCommand, const QByteArray &payload, int timeoutMs)
{
    // The dialect adds its own terminator: line ends a caller typed or pasted are dropped.
    QByteArray command = rawCommand;
    while (!command.isEmpty() && (command.back() == '\r' || command.back() == '\n'))
        command.chop(1);
    auto *reply = new AtReply(command, payload, this);
    m_queue.push_back(Pending{reply, command, payload, timeoutMs, false});
    QMetaObject::invokeMethod(this, &AtSession::pump, Qt::QueuedConnection);
    return reply;
}

void AtSession::writeRaw(const QByteArray &bytes)
{
    if (m_current) {
        Pending p;
        p.command = bytes;
        p.raw = true;
        m_queue.push_back(std::move(p));
        return;
    }
    write(bytes);
    emit rawWritten(bytes);
    m_interpreter.hostBytes(bytes);
    if (m_interpreter.inFlight().active())
        m_foreign.start(qMax(1, m_interpreter.inFlight().traits.timeoutMs));
}

void AtSession::synchronise()
{
    // A reset event and a boot banner in a row ask twice: one setup run is enough.
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(), [](const Pending &p) { return p.internal; }),
        m_queue.end());
    const QList<QByteArray> setup = m_dialect->sessionSetup();
    for (auto it = setup.crbegin(); it != setup.crend(); ++it)
        m_queue.push_front(Pending{nullptr, *it, {}, -1, true});
    QMetaObject::invokeMethod(this, &AtSession::pump, Qt::QueuedConnection);
}

void AtSession::cancelAll(const QString &reason)
{
    m_timeout.stop();
    m_retry.stop();
    m_promptFallback.stop();
    if (m_current) {
        finishCurrent(AtReply::Error::Cancelled, reason);
        m_interpreter.abandonInFlight();
    }
    while (!m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        if (p.reply)
            p.reply->finish(AtReply::Error::Cancelled, reason);
    }
}

void AtSession::enterDataMode(int socket, const QByteArray &escape, int guardMs)
{
    m_dataSocket = socket;
    m_escape = escape;
    m_guardMs = qMax(0, guardMs);
    m_escapeSent = false;
    m_guard.stop();
    emit dataModeChanged(socket);
}

void AtSession::leaveDataMode()
{
    if (m_dataSocket < 0 || m_guard.isActive())
        return;
    m_escapeSent = false;
    m_guard.start(m_guardMs);
}

void AtSession::writeData(const QByteArray &bytes)
{
    if (m_dataSocket < 0 || m_guard.isActive())
        return;
    write(bytes);
    emit rawWritten(bytes);
    m_socketOut[m_dataSocket] += quint64(bytes.size());
}

void AtSession::onGuardElapsed()
{
    if (!m_escapeSent) {
        // The module takes the escape only alone, between two silences.
        write(m_escape);
        emit rawWritten(m_escape);
        m_escapeSent = true;
        m_guard.start(m_guardMs);
        return;
    }
    m_dataSocket = -1;
    m_escapeSent = false;
    emit dataModeChanged(-1);
    QMetaObject::invokeMethod(this, &AtSession::pump, Qt::QueuedConnection);
}

void AtSession::pump()
{
    if (m_current || m_queue.empty() || m_dataSocket >= 0)
        return;
    // A command the user typed raw is still in flight: its final (or m_foreign) pumps again.
    if (m_foreign.isActive() && m_interpreter.inFlight().active())
        return;
    m_foreign.stop();
    if (m_queue.front().raw) {
        const QByteArray bytes = m_queue.front().command;
        m_queue.pop_front();
        writeRaw(bytes);
        QMetaObject::invokeMethod(this, &AtSession::pump, Qt::QueuedConnection);
        return;
    }
    m_current = std::make_unique<Pending>(std::move(m_queue.front()));
    m_queue.pop_front();
    m_busyRetries = 0;
    if (!m_transport || !m_transport->isOpen()) {
        finishCurrent(AtReply::Error::Transport, tr("Not connected to a module."));
        QMetaObject::invokeMethod(this, &AtSession::pump, Qt::QueuedConnection);
        return;
    }
    if (m_current->reply)
        m_current->reply->m_clock.start();
    transmit();
}

void AtSession::transmit()
{
    if (!m_current)
        return;
    m_currentTraits = m_dialect->traits(m_current->command);
    m_busySeen = false;
    m_payloadWritten = false;
    if (m_current->reply)
        ++m_current->reply->m_attempts;
    write(m_current->command + m_dialect->terminator());
    m_interpreter.commandSent(m_current->command);
    emit commandStarted(m_current->command);
    int timeout = m_current->timeoutMs >= 0 ? m_current->timeoutMs : m_currentTraits.timeoutMs;
    m_timeout.start(qMax(1, timeout));
    if (m_currentTraits.expectsPrompt && m_currentTraits.promptFallbackMs > 0)
        m_promptFallback.start(m_currentTraits.promptFallbackMs);
}

void AtSession::writePayload()
{
    if (!m_current)
        return;
    m_payloadWritten = true;
    m_promptFallback.stop();
    QByteArray payload = m_current->payload;
    const qint64 accepted = m_interpreter.payloadRemaining();
    if (accepted >= 0 && accepted < payload.size())
        payload.truncate(accepted); // the prompt said the module takes no more
    if (m_current->reply)
        m_current->reply->m_payloadSent = payload.size();
    write(payload);
    emit payloadWritten(payload);
    if (m_currentTraits.socket >= 0)
        m_socketOut[m_currentTraits.socket] += quint64(payload.size());
    m_interpreter.payloadSent(payload);
    if (m_currentTraits.completesOnPayload)
        finishCurrent(AtReply::Error::None, {});
}

void AtSession::write(const QByteArray &bytes)
{
    if (!m_transport || bytes.isEmpty())
        return;
    m_transport->write(bytes);
    m_bytesOut += quint64(bytes.size());
    emit bytesSent(bytes);
}

void AtSession::onReceived(const QByteArray &bytes)
{
    m_bytesIn += quint64(bytes.size());
    emit bytesReceived(bytes);
    if (m_dataSocket >= 0 && !m_escapeSent) {
        // Bytes after the escape are the module's again (its answer to the escape).
        AtFrame data = AtFrame::line({}, AtFrame::Kind::Data);
        data.fields.insert(AtFields::Socket, m_dataSocket);
        data.payload = bytes;
        m_socketIn[m_dataSocket] += quint64(bytes.size());
        emit frameReceived(data);
        emit dataReceived(m_dataSocket, bytes);
        return;
    }
    m_inReceive = true;
    m_interpreter.moduleBytes(bytes);
    m_inReceive = false;
    finishClosing();
}

void AtSession::onFrame(const AtFrame &frame)
{
    using Kind = AtFrame::Kind;
    emit frameReceived(frame);
    switch (frame.kind) {
    case Kind::Final:
        if (!m_current) {
            if (m_foreign.isActive()) {
                m_foreign.stop(); // the end of a command typed raw: the queue goes on
                QMetaObject::invokeMethod(this, &AtSession::pump, Qt::QueuedConnection);
            }
            break;
        }
        if (m_current->reply)
            m_current->reply->m_final = frame;
        if (frame.ok) {
            finishCurrent(AtReply::Error::None, {});
        } else if (!m_payloadWritten && (m_busySeen || m_dialect->isBusyFinal(frame))) {
            retryCurrentLater(frame.message);
        } else {
            QString text = frame.message.isEmpty() ? QString::fromUtf8(frame.text) : frame.message;
            if (frame.code.isValid() && !frame.code.isNull())
                text = tr("%1 (error %2)").arg(text, frame.code.toString());
            finishCurrent(AtReply::Error::Module, text);
        }
        break;
    case Kind::Response:
        if (m_current && m_current->reply) {
            m_current->reply->m_responses << frame;
            emit m_current->reply->responseReceived(frame);
        }
        break;
    case Kind::Prompt:
        if (m_current && !m_payloadWritten)
            writePayload();
        break;
    case Kind::Data: {
        const int socket = frame.socket() >= 0 ? frame.socket() : m_currentTraits.socket;
        if (socket >= 0)
            m_socketIn[socket] += quint64(frame.payload.size());
        // Data for the socket a read command names is that command's data, also when it comes
        // right after the command's final (Air602 AT+SKRCV).
        if (socket >= 0 && socket == m_currentTraits.socket) {
            if (m_current && m_current->reply)
                m_current->reply->m_data += frame.payload;
            else if (!m_current && !m_closing.empty() && m_closing.back().pending->reply)
                m_closing.back().pending->reply->m_data += frame.payload;
        }
        emit dataReceived(socket, frame.payload);
        break;
    }
    case Kind::Urc:
        emit eventReceived(frame.toEvent());
        if (frame.isEvent(AtEvents::ModuleBusy)) {
            // Once the payload is out, resending the command would send the data twice.
            if (m_current && !m_payloadWritten) {
                m_busySeen = true;
                retryCurrentLater(QString::fromUtf8(frame.text));
            }
        } else if (frame.isEvent(AtEvents::ModuleReset) || frame.isEvent(AtEvents::ModuleReady)) {
            if (m_current) {
                if (m_currentTraits.endsOnReset)
                    finishCurrent(AtReply::Error::None, {});
                else
                    finishCurrent(AtReply::Error::Reset,
                                  tr("The module restarted while %1 was running.")
                                      .arg(QString::fromUtf8(m_current->command)));
            }
            emit moduleRestarted();
            synchronise();
        }
        break;
    default:
        break;
    }
}

void AtSession::retryCurrentLater(const QString &why)
{
    if (!m_current || m_retry.isActive())
        return;
    m_timeout.stop();
    m_promptFallback.stop();
    if (m_busyRetries >= m_maxBusyRetries) {
        m_interpreter.abandonInFlight();
        finishCurrent(
            AtReply::Error::Busy,
            tr("The module stayed busy after %1 retries (%2).").arg(m_busyRetries).arg(why));
        return;
    }
    // Exponential back-off: 1, 2, 4, ... times the base delay.
    m_retry.start(m_busyBackoffMs << m_busyRetries);
    ++m_busyRetries;
}

void AtSession::onTimeout()
{
    if (!m_current)
        return;
    const int ms = m_timeout.interval();
    m_interpreter.abandonInFlight();
    finishCurrent(
        AtReply::Error::Timeout,
        tr("No answer to %1 within %2 ms.").arg(QString::fromUtf8(m_current->command)).arg(ms));
}

void AtSession::finishCurrent(AtReply::Error error, const QString &text)
{
    if (!m_current)
        return;
    m_timeout.stop();
    m_retry.stop();
    m_promptFallback.stop();
    std::unique_ptr<Pending> done = std::move(m_current);
    if (m_inReceive) {
        m_closing.push_back(Closing{std::move(done), error, text});
    } else if (done->reply) {
        done->reply->finish(error, text);
    }
    QMetaObject::invokeMethod(this, &AtSession::pump, Qt::QueuedConnection);
}

void AtSession::finishClosing()
{
    for (Closing &c : std::exchange(m_closing, {})) {
        if (c.pending->reply)
            c.pending->reply->finish(c.error, c.text);
    }
}
