#include "CommandCompleter.h"

#include <QRegularExpression>
#include <QStringListModel>
#include <cctype>

CommandCompleter::CommandCompleter(QObject *parent)
    : QCompleter(parent)
    , m_names(new QStringListModel(this))
{
    setModel(m_names);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    setMaxVisibleItems(12);
}

void CommandCompleter::setCatalog(const QList<AtCommandInfo> &catalog)
{
    m_byName.clear();
    QStringList names;
    for (const AtCommandInfo &info : catalog) {
        const QByteArray name = info.name.toUpper();
        if (name.isEmpty() || m_byName.contains(name))
            continue;
        m_byName.insert(name, info);
        names << QString::fromLatin1(name);
    }
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
}

const AtCommandInfo *CommandCompleter::commandFor(const QString &text) const
{
    QString head = text.trimmed();
    const qsizetype end = head.indexOf(QRegularExpression(QStringLiteral("[=?]")));
    if (end >= 0)
        head.truncate(end);
    const QByteArray name = head.trimmed().toUpper().toLatin1();
    if (name.isEmpty())
        return nullptr;
    auto it = m_byName.constFind(name);
    if (it == m_byName.constEnd()) {
        // "ATE0" is documented as "ATE": try without the number.
        QByteArray stem = name;
        while (!stem.isEmpty() && std::isdigit(uchar(stem.back())))
            stem.chop(1);
        if (stem.size() != name.size())
            it = m_byName.constFind(stem);
    }
    return it == m_byName.constEnd() ? nullptr : &it.value();
}

QString CommandCompleter::hint(const AtCommandInfo &info)
{
    const QString first = info.syntax.section(QLatin1Char('\n'), 0, 0);
    if (info.summary.isEmpty())
        return first;
    return tr("%1 — %2").arg(first, info.summary);
}

QString CommandCompleter::help(const AtCommandInfo &info)
{
    if (info.summary.isEmpty())
        return info.syntax;
    return info.syntax + QStringLiteral("\n\n") + info.summary;
}
