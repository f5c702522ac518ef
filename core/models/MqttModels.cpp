#include "MqttModels.h"

void MqttSubscriptionsModel::set(const MqttSubscription &subscription, State state,
                                 const QString &note)
{
    const int row = rowOf(subscription.topic);
    if (row >= 0) {
        m_rows[row] = Row{subscription, state, note};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows << Row{subscription, state, note};
    endInsertRows();
}

void MqttSubscriptionsModel::remove(const QString &topic)
{
    const int row = rowOf(topic);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void MqttSubscriptionsModel::setAll(State state)
{
    if (m_rows.isEmpty())
        return;
    for (Row &r : m_rows) {
        r.state = state;
        r.note.clear();
    }
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void MqttSubscriptionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MqttSubscriptionsModel::rowOf(const QString &topic) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).subscription.topic == topic)
            return row;
    }
    return -1;
}

QList<MqttSubscription> MqttSubscriptionsModel::subscriptions() const
{
    QList<MqttSubscription> list;
    for (const Row &r : m_rows)
        list << r.subscription;
    return list;
}

int MqttSubscriptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MqttSubscriptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MqttSubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && !r.note.isEmpty())
        return r.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Topic:
        return r.subscription.topic;
    case Qos:
        return r.subscription.qos;
    case StateColumn:
        switch (r.state) {
        case State::Pending:
            return tr("Pending");
        case State::Subscribed:
            return tr("Subscribed");
        case State::Failed:
            return tr("Failed");
        }
    }
    return {};
}

QVariant MqttSubscriptionsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Topic:
        return tr("Topic");
    case Qos:
        return tr("QoS");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void MqttMessagesModel::add(const Message &message)
{
    if (m_messages.size() >= MaxMessages) {
        beginRemoveRows({}, 0, 0);
        m_messages.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages << message;
    endInsertRows();
}

void MqttMessagesModel::clear()
{
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

void MqttMessagesModel::setHex(bool hex)
{
    if (hex == m_hex)
        return;
    m_hex = hex;
    if (!m_messages.isEmpty())
        emit dataChanged(index(0, Payload), index(int(m_messages.size()) - 1, Payload));
}

int MqttMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MqttMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MqttMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const Message &m = m_messages.at(index.row());
    if (role == PayloadRole)
        return m.payload;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return m.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case Topic:
        return m.topic;
    case Payload:
        if (m_hex)
            return QString::fromLatin1(m.payload.toHex(' '));
        // Control characters visible, so a binary payload never garbles the table.
        {
            QString text = QString::fromUtf8(m.payload);
            for (QChar &c : text) {
                if (c.unicode() < 0x20 && c != u'\t')
                    c = QChar(0x2400 + c.unicode());
            }
            return text;
        }
    }
    return {};
}

QVariant MqttMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Topic:
        return tr("Topic");
    case Payload:
        return tr("Payload");
    }
    return {};
}
