#pragma once

#include <QSet>
#include <QWidget>

class MacroStore;
class QAction;
class QLabel;
class QToolBar;
class QToolButton;

// A row of macro buttons (one per macro; checked while it runs, click again to stop it) and the
// Macros menu: new, edit, delete, import from and export to a JSON file.
class MacroBar : public QWidget
{
    Q_OBJECT
public:
    explicit MacroBar(MacroStore *store, QWidget *parent = nullptr);

    void setRunning(const QString &name, bool running);
    QAction *actionFor(const QString &name) const;

    // The file parts of Import and Export, without dialogs. *message says what happened.
    bool importFile(const QString &path, QString *message);
    bool exportFile(const QString &path, QString *message);

signals:
    void runRequested(const QString &name);
    void stopRequested(const QString &name);
    // Something the terminal should note (an import, an export).
    void note(const QString &text);

private:
    void rebuild();
    void newMacro();
    void editMacro(const QString &name);
    void deleteMacro(const QString &name);
    void importWithDialog();
    void exportWithDialog();
    void fillMenu();

    MacroStore *m_store;
    QToolButton *m_menuButton;
    QToolBar *m_buttons;
    QLabel *m_empty;
    QSet<QString> m_running;
};
