#include "TcpTransport.h"

#include <QCoreApplication>

TcpTransport::TcpTransport(const QString &host, quint16 port, QObject *parent)
    : Transport(parent)
    , m_host(host)
    , m_port(port)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::connected, this, &Transport::opened);
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        const QByteArray bytes = m_socket.readAll();
        if (!bytes.isEmpty())
            emit received(bytes);
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closing)
            emit errorOccurred(QCoreApplication::translate(
                                   "TcpTransport", "The serial server %1:%2 closed the connection.")
                                   .arg(m_host)
                                   .arg(m_port),
                               true);
        emit closed();
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // reported by disconnected()
        emit errorOccurred(QCoreApplication::translate("TcpTransport", "Serial server %1:%2: %3")
                               .arg(m_host)
                               .arg(m_port)
                               .arg(m_socket.errorString()),
                           m_socket.state() != QAbstractSocket::UnconnectedState);
    });
}

void TcpTransport::open()
{
    m_closing = false;
    m_socket.connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    m_closing = true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    m_socket.disconnectFromHost();
}

bool TcpTransport::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

qint64 TcpTransport::write(const QByteArray &bytes)
{
    return m_socket.write(bytes);
}

QString TcpTransport::description() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

bool TcpTransport::parseAddress(const QString &text, QString *host, quint16 *port)
{
    const QString t = text.trimmed();
    const int colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = t.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    else if (h.contains(QLatin1Char(':')))
        return false; // a bare IPv6 address needs brackets
    bool ok = false;
    const uint p = t.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535 || h.isEmpty())
        return false;
    *host = h;
    *port = quint16(p);
    return true;
}
