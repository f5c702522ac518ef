#pragma once

#include "TerminalEntry.h"

#include <QByteArray>
#include <deque>
#include <optional>

// Round trips of commands, shown on their final result. A command typed in the terminal gets
// its AtReply's elapsed time; any other (a panel's, the session setup's, a raw line) the time
// from its line going out to the next final result. Replies and traffic reach the GUI on
// different paths, in either order, so the two are matched by command text.
class RoundTripTracker
{
public:
    // A command typed here was handed to the engine; returns the ticket for typedFinished().
    int typedSent(const QByteArray &command);
    // Its reply finished: returns the final result's entry to correct when it is already shown.
    // A reply that never went out (!wentOut) and has not been seen is forgotten, so that a later
    // command of the same text does not take its time.
    std::optional<quint64> typedFinished(int ticket, qint64 elapsedMs, bool wentOut = true);

    // Sets rttMs on the final results among these (numbered) entries.
    void process(QList<TerminalEntry> *entries);
    void reset();

private:
    struct Ticket
    {
        int id = 0;
        QByteArray command;
        qint64 elapsedMs = -1; // known once the reply finished
        bool bound = false;    // its command line was seen in the traffic
        quint64 finalSeq = 0;  // its final result, once seen
    };
    std::deque<Ticket>::iterator find(int id);
    void drop(int id);
    int bind(const QByteArray &line);

    std::deque<Ticket> m_tickets;
    int m_nextId = 1;
    bool m_open = false; // a command is out and its final result has not come
    qint64 m_openSince = 0;
    int m_openTicket = 0;
};
