#include "AtReply.h"

AtReply::AtReply(const QByteArray &command, const QByteArray &payload, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_payload(payload)
{}

QList<QByteArray> AtReply::lines() const
{
    QList<QByteArray> out;
    out.reserve(m_responses.size());
    for (const AtFrame &f : m_responses)
        out << f.text;
    return out;
}

void AtReply::finish(Error error, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}
