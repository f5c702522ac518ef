#pragma once

#include "Transport.h"

#include <QPointer>
#include <memory>
#include <utility>

// An in-process byte pipe: two ends, what one writes the other receives, delivered from the event
// loop (never inside write()) so that neither side re-enters the other. The virtual module sits on
// one end and a session on the other.
class PipeTransport : public Transport
{
    Q_OBJECT
public:
    static std::pair<std::unique_ptr<PipeTransport>, std::unique_ptr<PipeTransport>>
    createPair(const QString &description);

    void open() override;
    void close() override;
    bool isOpen() const override;
    qint64 write(const QByteArray &bytes) override;
    QString description() const override;

private:
    explicit PipeTransport(const QString &description);
    void deliver(const QByteArray &bytes);

    QString m_description;
    QPointer<PipeTransport> m_peer;
    bool m_open = false;
};
