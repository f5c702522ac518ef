#pragma once

#include "Macro.h"

#include <QObject>

// The user's macros: kept in QSettings, exported to and imported from JSON files. Names are
// unique; importing replaces macros of the same name and adds the others.
class MacroStore : public QObject
{
    Q_OBJECT
public:
    explicit MacroStore(const QString &settingsKey = QStringLiteral("terminal/macros"),
                        QObject *parent = nullptr);

    QList<Macro> macros() const { return m_macros; }
    const Macro *find(const QString &name) const;
    void setMacros(const QList<Macro> &macros);
    // Adds or replaces (by `previousName`, or by its own name) one macro.
    void put(const Macro &macro, const QString &previousName = {});
    void remove(const QString &name);

    // false with *error (for the user) when the file cannot be written; never half-written.
    bool exportTo(const QString &path, QString *error) const;
    // false with *error saying what is wrong in the file; nothing changes then.
    bool importFrom(const QString &path, QString *error, int *imported = nullptr);

    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

signals:
    void changed();

private:
    void save();
    void merge(const QList<Macro> &macros); // same name: replaced; otherwise added

    QString m_key;
    QList<Macro> m_macros;
};
