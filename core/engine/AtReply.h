#pragma once

#include "AtFrame.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class AtSession;

// The answer to one command, delivered later: like QNetworkReply, callers connect to finished()
// and never wait. By default a reply deletes itself after finished() has been handled.
class AtReply : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        Module,    // the module answered with an error
        Timeout,   // no final result in time
        Reset,     // the module restarted while the command ran
        Busy,      // the module stayed busy through every retry
        Transport, // the port is closed or went away
        Cancelled, // the session was stopped
    };
    Q_ENUM(Error)

    QByteArray command() const { return m_command; }
    QByteArray payload() const { return m_payload; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error == Error::None; }
    Error error() const { return m_error; }
    QVariant errorCode() const { return m_final.code; }
    // Readable: the module's message with its code, or what the engine saw.
    QString errorString() const { return m_errorString; }

    const QList<AtFrame> &responses() const { return m_responses; }
    QList<QByteArray> lines() const;
    const AtFrame &finalFrame() const { return m_final; }
    QByteArray data() const { return m_data; }
    // Payload bytes that went out (fewer than payload() when the module accepted fewer).
    qint64 payloadSent() const { return m_payloadSent; }
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

signals:
    void finished();
    void responseReceived(const AtFrame &frame);

private:
    friend class AtSession;
    friend class ModuleConnection; // fills the GUI-side copy of a reply made in the worker thread
    AtReply(const QByteArray &command, const QByteArray &payload, QObject *parent);
    void finish(Error error, const QString &errorString);

    QByteArray m_command;
    QByteArray m_payload;
    QList<AtFrame> m_responses;
    AtFrame m_final;
    QByteArray m_data;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_finished = false;
    bool m_autoDelete = true;
    int m_attempts = 0;
    qint64 m_payloadSent = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
};
