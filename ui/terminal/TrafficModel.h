#pragma once

#include "TerminalEntry.h"

#include <QAbstractListModel>
#include <deque>

// The terminal's rows: a bounded ring of entries (the oldest drop off; the session log on disk
// keeps everything). In the hex view an entry spans one row per 16 bytes, so that every row has
// the same height and the view never measures text. Paused, new entries are held back and kept
// (bounded too) until the user resumes.
class TrafficModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // TerminalEntry::Kind as int
        TextRole,                    // the entry's readable text
        RoundTripRole,               // ms, or invalid
        SeqRole,
        MatchRole, // the row contains the find term
    };
    static constexpr int DefaultCapacity = 20000;

    explicit TrafficModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int entries);

    // Gives entries their sequence numbers, in arrival order; call before append().
    void number(QList<TerminalEntry> *entries);
    // One batch: one insertion (and at most one removal at the front) for the view.
    void append(QList<TerminalEntry> entries);
    void clear();
    // A round trip learnt after the entry arrived (the reply of a typed command).
    void setRoundTrip(quint64 seq, int ms);

    bool hexMode() const { return m_hex; }
    void setHexMode(bool on);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int heldBackCount() const { return int(m_held.size()); }
    // Held back entries that were dropped because even the holding space was full.
    quint64 droppedWhilePaused() const { return m_heldDropped; }

    int entryCount() const { return int(m_entries.size()); }
    struct RowRef
    {
        const TerminalEntry *entry = nullptr;
        int hexRow = -1; // the entry's hex row shown on this row; -1 in the text view
    };
    RowRef rowRef(int row) const;
    int firstRowOf(quint64 seq) const; // -1 when the entry is gone
    // A row as the user copies it: time, direction, text, detail and round trip.
    QString rowText(int row) const;

    static QString timeText(qint64 msecs);
    static QString roundTripText(int ms);

    void setFindTerm(const QString &term);
    QString findTerm() const { return m_findTerm; }
    bool rowMatches(int row) const;
    // The next matching row after `from` (before it when !forward), wrapping round; -1 if none.
    int findRow(int from, bool forward) const;
    int matchCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void heldBackChanged(int count);
    void entryCountChanged(int count);

private:
    void commit(QList<TerminalEntry> entries);
    void push(TerminalEntry &&entry);
    void dropFront(int count);
    int entryOfRow(int row, int *hexRow) const;
    int indexOfSeq(quint64 seq) const;
    int rowsBefore(int entryIndex) const; // rows of the entries before this one
    QString searchText(const RowRef &ref) const;

    std::deque<TerminalEntry> m_entries;
    std::deque<qint64> m_hexStart; // the hex row each entry starts on, counted since the start
    qint64 m_hexEnd = 0;
    QList<TerminalEntry> m_held;
    quint64 m_heldDropped = 0;
    quint64 m_nextSeq = 1;
    int m_capacity = DefaultCapacity;
    bool m_hex = false;
    bool m_paused = false;
    QString m_findTerm;
};
