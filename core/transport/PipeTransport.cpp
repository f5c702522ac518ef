#include "PipeTransport.h"

#include <QCoreApplication>
#include <QMetaObject>

std::pair<std::unique_ptr<PipeTransport>, std::unique_ptr<PipeTransport>>
PipeTransport::createPair(const QString &description)
{
    std::unique_ptr<PipeTransport> a(new PipeTransport(description));
    std::unique_ptr<PipeTransport> b(new PipeTransport(description));
    a->m_peer = b.get();
    b->m_peer = a.get();
    return {std::move(a), std::move(b)};
}

PipeTransport::PipeTransport(const QString &description)
    : m_description(description)
{}

void PipeTransport::open()
{
    m_open = true;
    emit opened();
}

void PipeTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    emit closed();
}

bool PipeTransport::isOpen() const
{
    return m_open;
}

qint64 PipeTransport::write(const QByteArray &bytes)
{
    if (!m_open)
        return -1;
    if (!m_peer) {
        emit errorOccurred(
            QCoreApplication::translate("PipeTransport", "The virtual module has gone away."),
            true);
        return -1;
    }
    QMetaObject::invokeMethod(
        m_peer.data(),
        [peer = m_peer, bytes] {
            if (peer)
                peer->deliver(bytes);
        },
        Qt::QueuedConnection);
    return bytes.size();
}

void PipeTransport::deliver(const QByteArray &bytes)
{
    if (m_open)
        emit received(bytes);
}

QString PipeTransport::description() const
{
    return m_description;
}
