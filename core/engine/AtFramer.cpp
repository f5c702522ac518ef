#include "AtFramer.h"

#include "dialects/Dialect.h"

AtFramer::AtFramer(const Dialect &dialect, const InFlight &inFlight, Sink sink)
    : m_dialect(dialect)
    , m_inFlight(inFlight)
    , m_sink(std::move(sink))
{}

void AtFramer::clear()
{
    m_buffer.clear();
    m_pos = m_scanFrom = 0;
    m_probeSettled = false;
    m_header.clear();
    m_payload.clear();
    m_payloadRemaining = -1;
}

void AtFramer::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_buffer.append(bytes.data(), bytes.size());
    run();
}

void AtFramer::run()
{
    for (;;) {
        if (m_payloadRemaining >= 0) {
            const qint64 take = qMin<qint64>(m_payloadRemaining, m_buffer.size() - m_pos);
            m_payload.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_payloadRemaining -= take;
            if (m_payloadRemaining > 0)
                break;
            m_payloadRemaining = -1;
            m_scanFrom = m_pos;
            m_probeSettled = false;
            const QByteArray header = std::exchange(m_header, {});
            const QByteArray payload = std::exchange(m_payload, {});
            m_sink.payload(header, payload);
            continue;
        }
        if (m_pos >= m_buffer.size())
            break;
        if (!m_probeSettled) {
            const QByteArrayView rest(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
            const FrameProbe p = m_dialect.probe(rest, m_inFlight);
            if (p.result == FrameProbe::Result::NeedMore) {
                if (rest.size() < MaxLineLength)
                    break;
                m_probeSettled = true; // a header that long is no header
            } else if (p.result == FrameProbe::Result::Prompt) {
                const QByteArray prompt = m_buffer.mid(m_pos, p.headerLength);
                m_pos += p.headerLength;
                m_scanFrom = m_pos;
                m_sink.prompt(prompt);
                continue;
            } else if (p.result == FrameProbe::Result::Payload) {
                m_header = m_buffer.mid(m_pos, p.headerLength);
                m_pos += p.headerLength;
                m_payloadRemaining = qMax<qint64>(0, p.payloadLength);
                continue;
            } else {
                m_probeSettled = true;
            }
        }
        const qsizetype nl = m_buffer.indexOf('\n', qMax(m_scanFrom, m_pos));
        if (nl < 0) {
            m_scanFrom = m_buffer.size();
            if (m_buffer.size() - m_pos < MaxLineLength)
                break;
            const QByteArray cut = m_buffer.mid(m_pos, MaxLineLength);
            m_pos += MaxLineLength;
            m_scanFrom = m_pos;
            m_probeSettled = false;
            m_sink.line(cut);
            continue;
        }
        qsizetype end = nl;
        while (end > m_pos && m_buffer.at(end - 1) == '\r')
            --end;
        const QByteArray line = m_buffer.mid(m_pos, end - m_pos);
        m_pos = nl + 1;
        m_scanFrom = m_pos;
        m_probeSettled = false;
        m_sink.line(line);
    }
    // Drop consumed bytes now and then rather than on every feed.
    if (m_pos > 4096 && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    } else if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = m_scanFrom = 0;
    }
}

void AtFramer::flush()
{
    if (m_payloadRemaining >= 0) {
        // A payload cut short by the end of input: report what arrived.
        m_payloadRemaining = -1;
        m_sink.payload(std::exchange(m_header, {}), std::exchange(m_payload, {}));
    }
    if (m_pos < m_buffer.size()) {
        QByteArray line = m_buffer.mid(m_pos);
        while (line.endsWith('\r'))
            line.chop(1);
        m_sink.line(line);
    }
    m_buffer.clear();
    m_pos = m_scanFrom = 0;
    m_probeSettled = false;
}
