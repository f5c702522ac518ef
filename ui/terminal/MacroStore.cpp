#include "MacroStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

MacroStore::MacroStore(const QString &settingsKey, QObject *parent)
    : QObject(parent)
    , m_key(settingsKey)
{
    const QByteArray stored = QSettings().value(m_key).toByteArray();
    if (!stored.isEmpty()) {
        QString ignored; // a damaged setting leaves no macros rather than stopping the app
        m_macros =
            MacroJson::read(stored, tr("the saved macros"), &ignored).value_or(QList<Macro>());
    }
}

const Macro *MacroStore::find(const QString &name) const
{
    for (const Macro &m : m_macros) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

void MacroStore::setMacros(const QList<Macro> &macros)
{
    m_macros.clear();
    merge(macros);
    save();
}

void MacroStore::put(const Macro &macro, const QString &previousName)
{
    const QString key = previousName.isEmpty() ? macro.name : previousName;
    auto same = [&](const Macro &m) { return m.name == key || m.name == macro.name; };
    const auto it = std::find_if(m_macros.begin(), m_macros.end(), same);
    if (it == m_macros.end()) {
        m_macros.append(macro);
    } else {
        *it = macro;
        // A rename onto another macro's name replaces that one too.
        m_macros.erase(std::remove_if(it + 1, m_macros.end(), same), m_macros.end());
    }
    save();
}

void MacroStore::merge(const QList<Macro> &macros)
{
    for (const Macro &m : macros) {
        auto it = std::find_if(m_macros.begin(), m_macros.end(),
                               [&](const Macro &own) { return own.name == m.name; });
        if (it == m_macros.end())
            m_macros.append(m);
        else
            *it = m;
    }
}

void MacroStore::remove(const QString &name)
{
    m_macros.removeIf([&](const Macro &m) { return m.name == name; });
    save();
}

void MacroStore::save()
{
    QSettings().setValue(m_key, MacroJson::write(m_macros));
    emit changed();
}

bool MacroStore::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(MacroJson::write(m_macros));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool MacroStore::importFrom(const QString &path, QString *error, int *imported)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("%1 is too large for a macro file (%2 bytes).").arg(name).arg(file.size());
        return false;
    }
    const auto macros = MacroJson::read(file.readAll(), name, error);
    if (!macros)
        return false;
    merge(*macros);
    if (imported)
        *imported = int(macros->size());
    save();
    return true;
}
