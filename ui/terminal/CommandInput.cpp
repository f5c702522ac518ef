#include "CommandInput.h"

#include "CommandCompleter.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QToolTip>

CommandInput::CommandInput(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new CommandCompleter(this))
{
    setCompleter(m_completer);
    setPlaceholderText(tr("Type an AT command and press Enter (Up and Down: history)"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, [this] { updateHint(true); });
    connect(this, &QLineEdit::textChanged, this, [this] { updateHint(false); });
    m_tipTimer.setSingleShot(true);
    m_tipTimer.setInterval(TipDelayMs);
    connect(&m_tipTimer, &QTimer::timeout, this, &CommandInput::showTip);
}

void CommandInput::setCatalog(const QList<AtCommandInfo> &catalog)
{
    m_completer->setCatalog(catalog);
    m_hintFor.clear();
    updateHint(false);
}

QString CommandInput::take()
{
    const QString command = text().trimmed();
    m_history.add(command);
    clear();
    if (m_completer->popup())
        m_completer->popup()->hide();
    QToolTip::hideText();
    return command;
}

void CommandInput::keyPressEvent(QKeyEvent *event)
{
    const bool listOpen = m_completer->popup() && m_completer->popup()->isVisible();
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (listOpen && enter && m_completer->popup()->currentIndex().isValid()) {
        // Enter on a chosen completion takes it (the completer does, on an ignored key); the
        // next Enter sends.
        event->ignore();
        return;
    }
    if (!listOpen && event->modifiers() == Qt::NoModifier) {
        if (event->key() == Qt::Key_Up) {
            setText(m_history.older(text()));
            return;
        }
        if (event->key() == Qt::Key_Down) {
            setText(m_history.newer(text()));
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void CommandInput::updateHint(bool showTip)
{
    const AtCommandInfo *info = m_completer->commandFor(text());
    const QByteArray name = info ? info->name : QByteArray();
    if (name != m_hintFor) {
        m_hintFor = name;
        setToolTip(info ? CommandCompleter::help(*info) : QString());
        emit hintChanged(info ? CommandCompleter::hint(*info) : QString());
    }
    // A tip shown during a key press is hidden by its release: it comes when typing pauses.
    if (!info)
        m_tipTimer.stop();
    else if (showTip)
        m_tipTimer.start();
}

void CommandInput::showTip()
{
    const AtCommandInfo *info = m_completer->commandFor(text());
    // The tip would cover the completion list: it waits until the list is closed.
    const bool listOpen = m_completer->popup() && m_completer->popup()->isVisible();
    if (info && hasFocus() && !listOpen)
        QToolTip::showText(mapToGlobal(cursorRect().bottomLeft()), CommandCompleter::help(*info),
                           this);
}
