#include "RoundTripTracker.h"

#include <algorithm>

namespace {
// Tickets of replies that never showed a command line (refused before sending) are forgotten.
constexpr size_t MaxTickets = 256;
} // namespace

int RoundTripTracker::typedSent(const QByteArray &command)
{
    m_tickets.push_back({m_nextId, command.trimmed(), -1, false, 0});
    if (m_tickets.size() > MaxTickets)
        m_tickets.pop_front();
    return m_nextId++;
}

std::deque<RoundTripTracker::Ticket>::iterator RoundTripTracker::find(int id)
{
    return std::find_if(m_tickets.begin(), m_tickets.end(),
                        [id](const Ticket &t) { return t.id == id; });
}

void RoundTripTracker::drop(int id)
{
    const auto it = find(id);
    if (it != m_tickets.end())
        m_tickets.erase(it);
}

std::optional<quint64> RoundTripTracker::typedFinished(int ticket, qint64 elapsedMs, bool wentOut)
{
    const auto it = find(ticket);
    if (it == m_tickets.end())
        return std::nullopt;
    if (!wentOut && !it->bound) {
        m_tickets.erase(it);
        return std::nullopt;
    }
    if (it->finalSeq != 0) {
        const quint64 seq = it->finalSeq;
        m_tickets.erase(it);
        return seq;
    }
    it->elapsedMs = elapsedMs;
    return std::nullopt;
}

int RoundTripTracker::bind(const QByteArray &line)
{
    const QByteArray command = line.trimmed();
    for (Ticket &t : m_tickets) {
        if (!t.bound && t.command == command) {
            t.bound = true;
            return t.id;
        }
    }
    return 0;
}

void RoundTripTracker::process(QList<TerminalEntry> *entries)
{
    for (TerminalEntry &e : *entries) {
        if (e.kind == TerminalEntry::Kind::Sent && e.command) {
            if (m_open && m_openTicket)
                drop(m_openTicket); // its final result never came (timeout, reset)
            m_open = true;
            m_openSince = e.msecs;
            m_openTicket = bind(e.bytes);
            continue;
        }
        const bool final =
            e.kind == TerminalEntry::Kind::FinalOk || e.kind == TerminalEntry::Kind::FinalError;
        if (!final || !m_open)
            continue;
        m_open = false;
        const auto it = m_openTicket ? find(m_openTicket) : m_tickets.end();
        if (it != m_tickets.end() && it->elapsedMs >= 0) {
            e.rttMs = qint32(it->elapsedMs);
            m_tickets.erase(it);
        } else {
            e.rttMs = qint32(qMax<qint64>(0, e.msecs - m_openSince));
            if (it != m_tickets.end())
                it->finalSeq = e.seq;
        }
        m_openTicket = 0;
    }
}

void RoundTripTracker::reset()
{
    m_tickets.clear();
    m_open = false;
    m_openTicket = 0;
}
