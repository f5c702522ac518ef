#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One entry of the terminal: bytes that went out, a frame that came in, or a note of the app.
// Its text is prepared once when it arrives, so that painting never formats.
struct TerminalEntry
{
    enum class Kind : quint8 {
        Sent,       // a command, a payload or raw bytes that went out
        Response,   // a reply line, a prompt, a line nobody claimed
        FinalOk,    // OK and its kin
        FinalError, // ERROR and its kin
        Event,      // an asynchronous message (URC)
        Data,       // a counted payload with its header
        Quiet,      // echo and noise: shown, but dimmed
        Note,       // the app speaking: connection, errors, log file
    };
    // A run of text that stands for control characters (\r, \x1A): painted dimmed.
    struct Span
    {
        int start = 0;
        int length = 0;
    };

    Kind kind = Kind::Response;
    bool command = false; // Sent: starts a command, so the next final result ends its round trip
    qint64 msecs = 0;     // since the epoch
    QByteArray bytes;     // what went over the wire, for the hex view (empty for notes)
    QString text;         // the bytes made readable
    QList<Span> escapes;
    QString detail;    // event name, error message, payload size
    qint32 rttMs = -1; // final results: the command's round trip
    quint64 seq = 0;   // numbered by the model; stable while the entry is kept
};
