#pragma once

#include "dialects/commands/WifiCommands.h"

#include <QAbstractTableModel>

// The access points of the last scan. Display text per column; SortRole gives values that sort
// right (RSSI as a number, channel as a number).
class ScanResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ssid, Bssid, Channel, Rssi, Security, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RssiRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<ScanEntry> &entries);
    void clear() { setEntries({}); }
    const QList<ScanEntry> &entries() const { return m_entries; }
    ScanEntry entry(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ScanEntry> m_entries;
};
