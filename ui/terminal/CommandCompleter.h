#pragma once

#include "dialects/Dialect.h"

#include <QCompleter>
#include <QHash>

class QStringListModel;

// Completes AT command names from the module family's catalog, whatever the case typed, and
// finds the catalog entry of the command being typed for its syntax help.
class CommandCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit CommandCompleter(QObject *parent = nullptr);

    void setCatalog(const QList<AtCommandInfo> &catalog);
    int commandCount() const { return int(m_byName.size()); }
    // The entry for the command at the start of `text` ("at+cwjap=..." finds AT+CWJAP), or null.
    const AtCommandInfo *commandFor(const QString &text) const;

    // One line for the hint under the input: the first form and the summary.
    static QString hint(const AtCommandInfo &info);
    // Every form and the summary, for the tool tip.
    static QString help(const AtCommandInfo &info);

private:
    QStringListModel *m_names;
    QHash<QByteArray, AtCommandInfo> m_byName;
};
