#pragma once

#include "CommandHistory.h"

#include <QLineEdit>
#include <QTimer>

class CommandCompleter;
struct AtCommandInfo;

// The line the user types commands into: Up and Down walk the history, the catalog completes
// command names, and the syntax of a known command is offered while it is typed (the hint
// signal, and a tool tip when typing pauses with the completion list closed).
class CommandInput : public QLineEdit
{
    Q_OBJECT
public:
    explicit CommandInput(QWidget *parent = nullptr);

    CommandHistory &history() { return m_history; }
    CommandCompleter *commandCompleter() const { return m_completer; }
    void setCatalog(const QList<AtCommandInfo> &catalog);
    // The text to send: remembered in the history, and the line cleared.
    QString take();

signals:
    // One line of syntax help for the command being typed; empty when it is not a known one.
    void hintChanged(const QString &hint);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateHint(bool showTip);
    void showTip();

    static constexpr int TipDelayMs = 400;

    CommandHistory m_history;
    CommandCompleter *m_completer;
    QByteArray m_hintFor; // the catalog name whose help is shown
    QTimer m_tipTimer;
};
