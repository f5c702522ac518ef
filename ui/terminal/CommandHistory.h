#pragma once

#include <QString>
#include <QStringList>

// Commands typed in the terminal, newest last: walked with Up and Down, kept in QSettings, each
// command once (typing it again moves it to the end), at most `limit` of them.
class CommandHistory
{
public:
    static constexpr int DefaultLimit = 200;

    explicit CommandHistory(const QString &settingsKey = QStringLiteral("terminal/history"),
                            int limit = DefaultLimit);

    QStringList entries() const { return m_entries; }
    // Adds a command (saved at once) and puts the cursor back after the newest.
    void add(const QString &command);
    void clear();

    // Up: the next older command. The text being typed is kept as the draft, so that walking
    // back down past the newest gives it back.
    QString older(const QString &current);
    // Down: the next newer command, or the draft after the newest; `current` when not browsing.
    QString newer(const QString &current);
    bool isBrowsing() const { return m_cursor < m_entries.size(); }
    void resetCursor();

private:
    void load();
    void save() const;

    QString m_key;
    int m_limit;
    QStringList m_entries;
    qsizetype m_cursor = 0; // == size(): not browsing
    QString m_draft;
};
