#pragma once

#include "AtFrame.h"
#include "AtFramer.h"
#include "dialects/Dialect.h"

#include <functional>

// The session logic shared by the live engine (AtSession) and replay: it knows which command is in
// flight, runs the module's bytes through the dialect's framer and classifier, and applies the
// rules every dialect shares (echo, a final only closes a command in flight, send commands end on
// their send result, a reset drops the command in flight). It does no I/O and keeps no time.
class AtInterpreter
{
public:
    using FrameSink = std::function<void(const AtFrame &)>;

    AtInterpreter(Dialect &dialect, FrameSink sink);

    Dialect &dialect() { return m_dialect; }
    const InFlight &inFlight() const { return m_inFlight; }

    // Host side, as the engine writes.
    void commandSent(const QByteArray &command);
    void payloadSent(QByteArrayView bytes);
    // Host side as recorded in a transcript: commands, or the payload of a send command that waits.
    void hostBytes(QByteArrayView bytes);

    // Module side.
    void moduleBytes(QByteArrayView bytes);
    void endOfInput();

    // The engine gave up on the command in flight (timeout, cancel).
    void abandonInFlight();
    // Payload bytes a send command still expects (-1: until the final).
    qint64 payloadRemaining() const { return m_payloadRemaining; }

private:
    void onLine(const QByteArray &line);
    void onPrompt(const QByteArray &prompt);
    void onPayload(const QByteArray &header, const QByteArray &payload);
    void deliver(AtFrame frame);
    bool isEcho(const QByteArray &line) const;

    Dialect &m_dialect;
    FrameSink m_sink;
    InFlight m_inFlight;
    AtFramer m_framer;
    qint64 m_payloadRemaining = -1;
    QByteArray m_hostPending; // a host command line not yet terminated
};
