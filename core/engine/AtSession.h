#pragma once

#include "AtFrame.h"
#include "AtInterpreter.h"
#include "AtReply.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <memory>

class Dialect;
#include "transport/Transport.h"

// The AT session engine: a queue of commands with one in flight, on any transport, in any
// dialect. Commands end on their final result, an error, or their own timeout; busy replies are
// retried with back-off; a module reset fails the command in flight and re-runs the dialect's
// session setup. Nothing blocks: send() returns an AtReply at once.
class AtSession : public QObject
{
    Q_OBJECT
public:
    explicit AtSession(std::unique_ptr<Dialect> dialect, QObject *parent = nullptr);
    ~AtSession() override;

    Dialect &dialect() { return *m_dialect; }
    const Dialect &dialect() const { return *m_dialect; }

    // The session drives the transport but does not own it.
    void setTransport(Transport *transport);
    Transport *transport() const { return m_transport; }

    // Send a command (without terminator). A send command's payload goes out after the module's
    // prompt. timeoutMs < 0 takes the dialect's timeout for that command.
    AtReply *send(const QByteArray &command, const QByteArray &payload = {}, int timeoutMs = -1);
    // Write bytes as they are (data mode, escape sequences, a line typed with another line end);
    // the interpreter sees them as host bytes. While a command is in flight they wait for its end,
    // and a command line among them is waited for (its final or its timeout) before the queue goes
    // on.
    void writeRaw(const QByteArray &bytes);
    // Data (transparent) mode on `socket`: every byte from the module is the peer's (a Data frame
    // and dataReceived()), writeData() goes straight out, and commands wait. leaveDataMode()
    // keeps `guardMs` of silence, writes `escape`, and returns to commands after the same silence.
    void enterDataMode(int socket, const QByteArray &escape, int guardMs);
    void leaveDataMode();
    void writeData(const QByteArray &bytes);
    int dataModeSocket() const { return m_dataSocket; }
    // Queue the dialect's session setup ahead of everything else.
    void synchronise();
    // Fail every queued command (Cancelled) and forget the one in flight.
    void cancelAll(const QString &reason);

    int queuedCount() const { return int(m_queue.size()); }
    bool isIdle() const { return !m_current && m_queue.empty(); }

    quint64 bytesIn() const { return m_bytesIn; }
    quint64 bytesOut() const { return m_bytesOut; }
    quint64 socketBytesIn(int socket) const { return m_socketIn.value(socket); }
    quint64 socketBytesOut(int socket) const { return m_socketOut.value(socket); }

    int maxBusyRetries() const { return m_maxBusyRetries; }
    void setMaxBusyRetries(int retries) { m_maxBusyRetries = retries; }
    int busyBackoffMs() const { return m_busyBackoffMs; }
    void setBusyBackoffMs(int ms) { m_busyBackoffMs = ms; }

signals:
    void frameReceived(const AtFrame &frame);
    void eventReceived(const AtEvent &event);
    void dataReceived(int socket, const QByteArray &bytes);
    void bytesSent(const QByteArray &bytes);
    void bytesReceived(const QByteArray &bytes);
    void commandStarted(const QByteArray &command);
    // What went out besides command lines, for the terminal: a send command's payload, and bytes
    // written as they are (writeRaw, data mode, the data mode escape).
    void payloadWritten(const QByteArray &bytes);
    void rawWritten(const QByteArray &bytes);
    // The module rebooted on its own (or by a command): the session re-synchronises.
    void moduleRestarted();
    void transportLost(const QString &message);
    // Data mode began on a socket, or ended (-1).
    void dataModeChanged(int socket);

private:
    struct Pending
    {
        QPointer<AtReply> reply;
        QByteArray command;
        QByteArray payload;
        int timeoutMs = -1;
        bool internal = false; // setup commands: no reply object for a caller
        bool raw = false;      // bytes written as they are (writeRaw) while a command was in flight
    };

    void onFrame(const AtFrame &frame);
    void onReceived(const QByteArray &bytes);
    void pump();
    void transmit();
    void writePayload();
    void finishCurrent(AtReply::Error error, const QString &text);
    void retryCurrentLater(const QString &why);
    void onTimeout();
    void onGuardElapsed();
    void write(const QByteArray &bytes);

    std::unique_ptr<Dialect> m_dialect;
    AtInterpreter m_interpreter;
    QPointer<Transport> m_transport;
    std::deque<Pending> m_queue;
    std::unique_ptr<Pending> m_current;
    // Replies whose final arrived in the read being processed: the counted data that follows a
    // final in the same frame group (Air602 AT+SKRCV) still belongs to them.
    struct Closing
    {
        std::unique_ptr<Pending> pending;
        AtReply::Error error;
        QString text;
    };
    std::vector<Closing> m_closing;
    bool m_inReceive = false;
    void finishClosing();
    CommandTraits m_currentTraits;
    bool m_busySeen = false;
    int m_busyRetries = 0;
    bool m_payloadWritten = false;
    QTimer m_timeout;
    QTimer m_retry;
    QTimer m_promptFallback;
    QTimer m_foreign; // a command typed raw is in flight: the queue waits for it at most this long
    int m_dataSocket = -1; // data mode
    QByteArray m_escape;
    int m_guardMs = 1000;
    QTimer m_guard; // silence before the escape, then after it
    bool m_escapeSent = false;
    int m_maxBusyRetries = 5;
    int m_busyBackoffMs = 100;
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
    QHash<int, quint64> m_socketIn;
    QHash<int, quint64> m_socketOut;
};
