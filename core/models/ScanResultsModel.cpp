#include "ScanResultsModel.h"

void ScanResultsModel::setEntries(const QList<ScanEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ScanResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScanResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ScanEntry &e = m_entries.at(index.row());
    if (role == RssiRole)
        return e.hasRssi ? QVariant(e.rssi) : QVariant();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Ssid:
            return e.ssid.isEmpty() && role == Qt::DisplayRole ? tr("(hidden)") : e.ssid;
        case Bssid:
            return e.bssid;
        case Channel:
            if (role == SortRole)
                return e.channel;
            return e.channel > 0 ? QVariant(e.channel) : QVariant(tr("?"));
        case Rssi:
            if (role == SortRole)
                return e.hasRssi ? e.rssi : -1000;
            return e.hasRssi ? tr("%1 dBm").arg(e.rssi) : tr("?");
        case Security:
            return e.security;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Ssid && e.ssid.isEmpty())
        return tr("The access point does not broadcast its name.");
    if (role == Qt::TextAlignmentRole && (index.column() == Channel || index.column() == Rssi))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ScanResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ssid:
        return tr("SSID");
    case Bssid:
        return tr("BSSID");
    case Channel:
        return tr("Channel");
    case Rssi:
        return tr("Signal");
    case Security:
        return tr("Security");
    }
    return {};
}
