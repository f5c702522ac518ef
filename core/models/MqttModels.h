#pragma once

#include "dialects/commands/MqttCommands.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The topics the user subscribed to, and what became of each.
class MqttSubscriptionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State { Pending, Subscribed, Failed };
    struct Row
    {
        MqttSubscription subscription;
        State state = State::Pending;
        QString note; // why it failed
    };
    enum Column { Topic, Qos, StateColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void set(const MqttSubscription &subscription, State state, const QString &note = {});
    void remove(const QString &topic);
    void setAll(State state); // e.g. Pending again after a disconnect
    void clear();
    int rowOf(const QString &topic) const;
    const Row &at(int row) const { return m_rows.at(row); }
    QList<MqttSubscription> subscriptions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

// Messages received from the broker, newest last; at most MaxMessages kept.
class MqttMessagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Message
    {
        QDateTime time;
        QString topic;
        QByteArray payload;
    };
    static constexpr int MaxMessages = 5000;
    enum Column { Time, Topic, Payload, ColumnCount };
    enum Role { PayloadRole = Qt::UserRole + 1 }; // the raw bytes

    using QAbstractTableModel::QAbstractTableModel;

    void add(const Message &message);
    void clear();
    const Message &at(int row) const { return m_messages.at(row); }
    // Payload column as hex instead of text.
    void setHex(bool hex);
    bool hex() const { return m_hex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Message> m_messages;
    bool m_hex = false;
};
