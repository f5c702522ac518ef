#pragma once

#include "dialects/commands/SocketCommands.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The module's sockets as the socket service knows them: opened from the panel, or accepted by a
// server socket. Closed sockets stay (state Closed) until cleared, so their data can still be read.
class SocketsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State { Opening, Open, Listening, DataMode, Closed };
    Q_ENUM(State)

    struct Socket
    {
        int number = -1;
        SocketSettings settings;
        State state = State::Opening;
        QString peer;        // "host:port" when known
        int acceptedBy = -1; // the server socket that accepted it
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        QByteArray received; // the last MaxReceived bytes
    };
    static constexpr qsizetype MaxReceived = 1 << 20;

    enum Column { Number, Kind, StateColumn, Peer, BytesIn, BytesOut, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    // Adds a row, or replaces the row of a socket number that was closed.
    void add(const Socket &socket);
    void setState(int number, State state);
    void setPeer(int number, const QString &peer);
    void addReceived(int number, const QByteArray &bytes);
    void addSent(int number, quint64 bytes);
    void clearReceived(int number);
    void removeClosed();
    void clear();

    // The row of the socket with that number that is not closed (or the newest one), -1 if none.
    int rowOf(int number) const;
    const Socket *socket(int number) const;
    const Socket &at(int row) const { return m_sockets.at(row); }
    QList<int> openNumbers() const; // sockets not closed
    static QString stateName(State state);
    static QString kindName(SocketKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Bytes arrived on a socket (for the received-data view of the selected socket).
    void received(int number, const QByteArray &bytes);

private:
    void changed(int row, int firstColumn, int lastColumn);
    QList<Socket> m_sockets;
};
