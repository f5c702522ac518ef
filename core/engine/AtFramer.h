#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

class Dialect;
struct InFlight;

// Cuts the module's byte stream into lines, prompts and length-framed payloads. Incremental: the
// same bytes cut at any point give the same frames. The dialect's probe, asked at every line
// start, recognises prompts and payload headers; payload bytes are taken by count and never
// read as lines.
class AtFramer
{
public:
    struct Sink
    {
        std::function<void(const QByteArray &line)> line;
        std::function<void(const QByteArray &prompt)> prompt;
        std::function<void(const QByteArray &header, const QByteArray &payload)> payload;
    };

    AtFramer(const Dialect &dialect, const InFlight &inFlight, Sink sink);

    void feed(QByteArrayView bytes);
    // End of input: whatever is buffered comes out as a (partial) line or payload.
    void flush();
    // The context changed (a command went out): a line start must be probed again.
    void contextChanged() { m_probeSettled = false; }
    void clear();

    // A line longer than this without a line end is cut, so that garbage cannot grow the buffer.
    static constexpr qsizetype MaxLineLength = 16 * 1024;

private:
    void run();

    const Dialect &m_dialect;
    const InFlight &m_inFlight;
    Sink m_sink;
    QByteArray m_buffer;
    qsizetype m_pos = 0;         // start of unconsumed bytes
    qsizetype m_scanFrom = 0;    // where the search for a line end resumes
    bool m_probeSettled = false; // the probe said NoMatch for the current line start
    QByteArray m_header;         // payload header while the payload is read
    QByteArray m_payload;
    qint64 m_payloadRemaining = -1; // -1: not inside a payload
};
