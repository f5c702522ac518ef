#include "TrafficModel.h"

#include "HexDump.h"
#include "TrafficFormatter.h"

#include <QDateTime>
#include <algorithm>

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TrafficModel::setCapacity(int entries)
{
    m_capacity = qMax(1, entries);
    if (int(m_entries.size()) > m_capacity) {
        dropFront(int(m_entries.size()) - m_capacity);
        emit entryCountChanged(entryCount());
    }
}

void TrafficModel::number(QList<TerminalEntry> *entries)
{
    for (TerminalEntry &e : *entries)
        e.seq = m_nextSeq++;
}

void TrafficModel::append(QList<TerminalEntry> entries)
{
    if (entries.isEmpty())
        return;
    if (!m_paused) {
        commit(std::move(entries));
        return;
    }
    m_held.append(std::move(entries));
    if (m_held.size() > m_capacity) {
        const qsizetype excess = m_held.size() - m_capacity;
        m_heldDropped += quint64(excess);
        m_held.remove(0, excess);
    }
    emit heldBackChanged(heldBackCount());
}

void TrafficModel::commit(QList<TerminalEntry> entries)
{
    if (entries.isEmpty())
        return;
    if (entries.size() >= m_capacity) {
        // The batch alone fills the ring: nothing of the old rows stays.
        beginResetModel();
        m_entries.clear();
        m_hexStart.clear();
        for (qsizetype i = entries.size() - m_capacity; i < entries.size(); ++i)
            push(std::move(entries[i]));
        endResetModel();
        emit entryCountChanged(entryCount());
        return;
    }
    const int overflow = int(m_entries.size() + entries.size()) - m_capacity;
    if (overflow > 0)
        dropFront(overflow);
    int added = int(entries.size());
    if (m_hex) {
        added = 0;
        for (const TerminalEntry &e : entries)
            added += HexDump::rowCount(e.bytes.size());
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + added - 1);
    for (TerminalEntry &e : entries)
        push(std::move(e));
    endInsertRows();
    emit entryCountChanged(entryCount());
}

void TrafficModel::push(TerminalEntry &&entry)
{
    m_hexStart.push_back(m_hexEnd);
    m_hexEnd += HexDump::rowCount(entry.bytes.size());
    m_entries.push_back(std::move(entry));
}

void TrafficModel::dropFront(int count)
{
    count = qMin(count, entryCount());
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, rowsBefore(count) - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
    m_hexStart.erase(m_hexStart.begin(), m_hexStart.begin() + count);
    endRemoveRows();
}

void TrafficModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_hexStart.clear();
    m_hexEnd = 0;
    endResetModel();
    const bool hadHeld = !m_held.isEmpty();
    m_held.clear();
    m_heldDropped = 0;
    if (hadHeld)
        emit heldBackChanged(0);
    emit entryCountChanged(0);
}

void TrafficModel::setRoundTrip(quint64 seq, int ms)
{
    const int index = indexOfSeq(seq);
    if (index >= 0) {
        m_entries[size_t(index)].rttMs = ms;
        const QModelIndex row = this->index(rowsBefore(index));
        emit dataChanged(row, row, {RoundTripRole, Qt::DisplayRole});
        return;
    }
    for (TerminalEntry &e : m_held) {
        if (e.seq == seq)
            e.rttMs = ms;
    }
}

void TrafficModel::setHexMode(bool on)
{
    if (m_hex == on)
        return;
    beginResetModel();
    m_hex = on;
    endResetModel();
}

void TrafficModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused) {
        commit(std::exchange(m_held, {}));
        m_heldDropped = 0;
        emit heldBackChanged(0);
    }
}

int TrafficModel::rowsBefore(int entryIndex) const
{
    if (!m_hex)
        return entryIndex;
    if (m_entries.empty())
        return 0;
    const qint64 start = entryIndex < entryCount() ? m_hexStart[size_t(entryIndex)] : m_hexEnd;
    return int(start - m_hexStart.front());
}

int TrafficModel::entryOfRow(int row, int *hexRow) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (!m_hex) {
        *hexRow = -1;
        return row;
    }
    const qint64 target = m_hexStart.front() + row;
    const auto it = std::upper_bound(m_hexStart.begin(), m_hexStart.end(), target) - 1;
    *hexRow = int(target - *it);
    return int(it - m_hexStart.begin());
}

int TrafficModel::indexOfSeq(quint64 seq) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), seq,
                                     [](const TerminalEntry &e, quint64 s) { return e.seq < s; });
    return it != m_entries.end() && it->seq == seq ? int(it - m_entries.begin()) : -1;
}

TrafficModel::RowRef TrafficModel::rowRef(int row) const
{
    int hexRow = -1;
    const int index = entryOfRow(row, &hexRow);
    if (index < 0)
        return {};
    return {&m_entries[size_t(index)], hexRow};
}

int TrafficModel::firstRowOf(quint64 seq) const
{
    const int index = indexOfSeq(seq);
    return index < 0 ? -1 : rowsBefore(index);
}

QString TrafficModel::timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString TrafficModel::roundTripText(int ms)
{
    return tr("%1 ms").arg(ms);
}

QString TrafficModel::rowText(int row) const
{
    const RowRef ref = rowRef(row);
    if (!ref.entry)
        return {};
    const TerminalEntry &e = *ref.entry;
    const QString stamp = timeText(e.msecs);
    const bool first = ref.hexRow <= 0;
    QString out = first ? stamp + QLatin1Char(' ') + TrafficFormatter::marker(e.kind)
                        : QString(stamp.size() + 2, QLatin1Char(' '));
    out += QLatin1Char(' ');
    if (ref.hexRow >= 0 && !e.bytes.isEmpty()) {
        out += HexDump::row(e.bytes, ref.hexRow);
    } else {
        out += e.text;
        if (!e.detail.isEmpty())
            out += QStringLiteral("  [%1]").arg(e.detail);
    }
    if (first && e.rttMs >= 0)
        out += QStringLiteral("  (%1)").arg(roundTripText(e.rttMs));
    return out;
}

QString TrafficModel::searchText(const RowRef &ref) const
{
    if (ref.hexRow >= 0 && !ref.entry->bytes.isEmpty())
        return HexDump::row(ref.entry->bytes, ref.hexRow);
    if (ref.entry->detail.isEmpty())
        return ref.entry->text;
    return ref.entry->text + QLatin1Char(' ') + ref.entry->detail;
}

void TrafficModel::setFindTerm(const QString &term)
{
    if (m_findTerm == term)
        return;
    m_findTerm = term;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {MatchRole});
}

bool TrafficModel::rowMatches(int row) const
{
    if (m_findTerm.isEmpty())
        return false;
    const RowRef ref = rowRef(row);
    return ref.entry && searchText(ref).contains(m_findTerm, Qt::CaseInsensitive);
}

int TrafficModel::findRow(int from, bool forward) const
{
    const int n = rowCount();
    if (m_findTerm.isEmpty() || n == 0)
        return -1;
    const int step = forward ? 1 : n - 1;
    int row = from < 0 || from >= n ? (forward ? n - 1 : 0) : from;
    for (int i = 0; i < n; ++i) {
        row = (row + step) % n;
        if (rowMatches(row))
            return row;
    }
    return -1;
}

int TrafficModel::matchCount() const
{
    if (m_findTerm.isEmpty())
        return 0;
    int count = 0;
    for (int row = 0, n = rowCount(); row < n; ++row)
        count += rowMatches(row) ? 1 : 0;
    return count;
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_entries.empty())
        return 0;
    return m_hex ? int(m_hexEnd - m_hexStart.front()) : entryCount();
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    const RowRef ref = rowRef(index.row());
    if (!ref.entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return rowText(index.row());
    case Qt::ToolTipRole:
        if (ref.entry->detail.isEmpty())
            return ref.entry->text;
        return ref.entry->text + QLatin1Char('\n') + ref.entry->detail;
    case KindRole:
        return int(ref.entry->kind);
    case TextRole:
        return ref.entry->text;
    case RoundTripRole:
        return ref.entry->rttMs >= 0 ? QVariant(ref.entry->rttMs) : QVariant();
    case SeqRole:
        return ref.entry->seq;
    case MatchRole:
        return rowMatches(index.row());
    default:
        return {};
    }
}
