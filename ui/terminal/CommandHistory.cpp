#include "CommandHistory.h"

#include <QSettings>

CommandHistory::CommandHistory(const QString &settingsKey, int limit)
    : m_key(settingsKey)
    , m_limit(qMax(1, limit))
{
    load();
}

void CommandHistory::load()
{
    m_entries.clear();
    const QStringList stored = QSettings().value(m_key).toStringList();
    for (const QString &s : stored) {
        const QString command = s.trimmed();
        if (!command.isEmpty()) {
            m_entries.removeAll(command);
            m_entries.append(command);
        }
    }
    if (m_entries.size() > m_limit)
        m_entries.remove(0, m_entries.size() - m_limit);
    m_cursor = m_entries.size();
}

void CommandHistory::save() const
{
    QSettings().setValue(m_key, m_entries);
}

void CommandHistory::add(const QString &command)
{
    const QString c = command.trimmed();
    if (!c.isEmpty()) {
        m_entries.removeAll(c);
        m_entries.append(c);
        if (m_entries.size() > m_limit)
            m_entries.remove(0, m_entries.size() - m_limit);
        save();
    }
    resetCursor();
}

void CommandHistory::clear()
{
    m_entries.clear();
    save();
    resetCursor();
}

QString CommandHistory::older(const QString &current)
{
    if (m_entries.isEmpty())
        return current;
    if (!isBrowsing())
        m_draft = current;
    if (m_cursor > 0)
        --m_cursor;
    return m_entries.at(m_cursor);
}

QString CommandHistory::newer(const QString &current)
{
    if (!isBrowsing())
        return current;
    ++m_cursor;
    return isBrowsing() ? m_entries.at(m_cursor) : m_draft;
}

void CommandHistory::resetCursor()
{
    m_cursor = m_entries.size();
    m_draft.clear();
}
