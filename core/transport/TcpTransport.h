#pragma once

#include "Transport.h"

#include <QTcpSocket>

// Raw TCP to a network serial server (ser2net and the like): host:port, bytes both ways.
class TcpTransport : public Transport
{
    Q_OBJECT
public:
    TcpTransport(const QString &host, quint16 port, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool isOpen() const override;
    qint64 write(const QByteArray &bytes) override;
    QString description() const override;

    // Parse "host:port" (also "[::1]:port"); false when it is not that form.
    static bool parseAddress(const QString &text, QString *host, quint16 *port);

private:
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    bool m_closing = false;
};
