#include "SocketsModel.h"

void SocketsModel::add(const Socket &socket)
{
    for (int row = 0; row < m_sockets.size(); ++row) {
        if (m_sockets.at(row).number == socket.number) {
            m_sockets[row] = socket;
            changed(row, 0, ColumnCount - 1);
            return;
        }
    }
    const int row = int(m_sockets.size());
    beginInsertRows({}, row, row);
    m_sockets << socket;
    endInsertRows();
}

int SocketsModel::rowOf(int number) const
{
    for (int row = 0; row < m_sockets.size(); ++row) {
        if (m_sockets.at(row).number == number)
            return row;
    }
    return -1;
}

const SocketsModel::Socket *SocketsModel::socket(int number) const
{
    const int row = rowOf(number);
    return row < 0 ? nullptr : &m_sockets.at(row);
}

void SocketsModel::setState(int number, State state)
{
    const int row = rowOf(number);
    if (row < 0 || m_sockets.at(row).state == state)
        return;
    m_sockets[row].state = state;
    changed(row, StateColumn, StateColumn);
}

void SocketsModel::setPeer(int number, const QString &peer)
{
    const int row = rowOf(number);
    if (row < 0)
        return;
    m_sockets[row].peer = peer;
    changed(row, Peer, Peer);
}

void SocketsModel::addReceived(int number, const QByteArray &bytes)
{
    const int row = rowOf(number);
    if (row < 0 || bytes.isEmpty())
        return;
    Socket &s = m_sockets[row];
    s.bytesIn += quint64(bytes.size());
    s.received += bytes;
    if (s.received.size() > MaxReceived)
        s.received.remove(0, s.received.size() - MaxReceived);
    changed(row, BytesIn, BytesIn);
    emit received(number, bytes);
}

void SocketsModel::addSent(int number, quint64 bytes)
{
    const int row = rowOf(number);
    if (row < 0)
        return;
    m_sockets[row].bytesOut += bytes;
    changed(row, BytesOut, BytesOut);
}

void SocketsModel::clearReceived(int number)
{
    const int row = rowOf(number);
    if (row >= 0)
        m_sockets[row].received.clear();
}

void SocketsModel::removeClosed()
{
    for (int row = int(m_sockets.size()) - 1; row >= 0; --row) {
        if (m_sockets.at(row).state == State::Closed) {
            beginRemoveRows({}, row, row);
            m_sockets.removeAt(row);
            endRemoveRows();
        }
    }
}

void SocketsModel::clear()
{
    beginResetModel();
    m_sockets.clear();
    endResetModel();
}

QList<int> SocketsModel::openNumbers() const
{
    QList<int> numbers;
    for (const Socket &s : m_sockets) {
        if (s.state != State::Closed)
            numbers << s.number;
    }
    return numbers;
}

QString SocketsModel::stateName(State state)
{
    switch (state) {
    case State::Opening:
        return tr("Opening");
    case State::Open:
        return tr("Open");
    case State::Listening:
        return tr("Listening");
    case State::DataMode:
        return tr("Data mode");
    case State::Closed:
        return tr("Closed");
    }
    return {};
}

QString SocketsModel::kindName(SocketKind kind)
{
    switch (kind) {
    case SocketKind::TcpClient:
        return tr("TCP client");
    case SocketKind::TcpServer:
        return tr("TCP server");
    case SocketKind::Udp:
        return tr("UDP");
    case SocketKind::Tls:
        return tr("TLS client");
    }
    return {};
}

int SocketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sockets.size());
}

int SocketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocketsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sockets.size())
        return {};
    const Socket &s = m_sockets.at(index.row());
    if (role == NumberRole)
        return s.number;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Number:
            return s.number;
        case Kind:
            return s.acceptedBy >= 0 ? tr("accepted by %1").arg(s.acceptedBy)
                                     : kindName(s.settings.kind);
        case StateColumn:
            return stateName(s.state);
        case Peer:
            return s.peer;
        case BytesIn:
            return role == SortRole ? QVariant(s.bytesIn) : QVariant(QString::number(s.bytesIn));
        case BytesOut:
            return role == SortRole ? QVariant(s.bytesOut) : QVariant(QString::number(s.bytesOut));
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == BytesIn || index.column() == BytesOut || index.column() == Number))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SocketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Socket");
    case Kind:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case Peer:
        return tr("Peer");
    case BytesIn:
        return tr("Bytes in");
    case BytesOut:
        return tr("Bytes out");
    }
    return {};
}

void SocketsModel::changed(int row, int firstColumn, int lastColumn)
{
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}
