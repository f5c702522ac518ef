#include "MacroBar.h"

#include "MacroEditor.h"
#include "MacroStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolBar>
#include <QToolButton>

MacroBar::MacroBar(MacroStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_menuButton(new QToolButton(this))
    , m_buttons(new QToolBar(this))
    , m_empty(new QLabel(this))
{
    m_menuButton->setText(tr("Macros"));
    m_menuButton->setObjectName(QStringLiteral("macroMenuButton"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_menuButton);
    m_menuButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &MacroBar::fillMenu);

    m_buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->setObjectName(QStringLiteral("macroButtons"));
    m_empty->setText(tr("No macros yet: Macros ▸ New macro… makes a button that sends commands."));
    m_empty->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_menuButton);
    layout->addWidget(m_buttons, 1);
    layout->addWidget(m_empty, 1);
    connect(m_store, &MacroStore::changed, this, &MacroBar::rebuild);
    rebuild();
}

void MacroBar::rebuild()
{
    m_buttons->clear();
    const QList<Macro> macros = m_store->macros();
    for (const Macro &m : macros) {
        QAction *a = m_buttons->addAction(m.name);
        a->setCheckable(true);
        a->setChecked(m_running.contains(m.name));
        a->setToolTip(tr("%1\n\nClick to send; click again while it runs to stop it. "
                         "Right-click to edit.")
                          .arg(m.toText()));
        connect(a, &QAction::triggered, this, [this, name = m.name](bool checked) {
            if (checked)
                emit runRequested(name);
            else
                emit stopRequested(name);
        });
        QWidget *button = m_buttons->widgetForAction(a);
        button->setObjectName(QStringLiteral("macro:") + m.name);
        button->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(button, &QWidget::customContextMenuRequested, this,
                [this, button, name = m.name](const QPoint &pos) {
                    // Later: editing rebuilds the buttons, this one included.
                    QMenu menu;
                    menu.addAction(tr("&Edit…"), this, [this, name] {
                        QMetaObject::invokeMethod(
                            this, [this, name] { editMacro(name); }, Qt::QueuedConnection);
                    });
                    menu.addAction(tr("&Delete"), this, [this, name] {
                        QMetaObject::invokeMethod(
                            this, [this, name] { deleteMacro(name); }, Qt::QueuedConnection);
                    });
                    menu.exec(button->mapToGlobal(pos));
                });
    }
    m_buttons->setVisible(!macros.isEmpty());
    m_empty->setVisible(macros.isEmpty());
}

void MacroBar::fillMenu()
{
    QMenu *menu = m_menuButton->menu();
    menu->clear();
    menu->addAction(tr("&New macro…"), this, &MacroBar::newMacro);
    QMenu *edit = menu->addMenu(tr("&Edit"));
    QMenu *remove = menu->addMenu(tr("&Delete"));
    const QList<Macro> macros = m_store->macros();
    for (const Macro &m : macros) {
        edit->addAction(m.name, this, [this, name = m.name] { editMacro(name); });
        remove->addAction(m.name, this, [this, name = m.name] { deleteMacro(name); });
    }
    edit->setEnabled(!macros.isEmpty());
    remove->setEnabled(!macros.isEmpty());
    menu->addSeparator();
    menu->addAction(tr("&Import from file…"), this, &MacroBar::importWithDialog);
    menu->addAction(tr("E&xport to file…"), this, &MacroBar::exportWithDialog)
        ->setEnabled(!macros.isEmpty());
}

QAction *MacroBar::actionFor(const QString &name) const
{
    const QList<QAction *> actions = m_buttons->actions();
    for (QAction *a : actions) {
        if (a->text() == name)
            return a;
    }
    return nullptr;
}

void MacroBar::setRunning(const QString &name, bool running)
{
    if (running)
        m_running.insert(name);
    else
        m_running.remove(name);
    if (QAction *a = actionFor(name)) {
        const QSignalBlocker block(a);
        a->setChecked(running);
    }
}

void MacroBar::newMacro()
{
    QStringList taken;
    for (const Macro &m : m_store->macros())
        taken << m.name;
    MacroEditor editor(Macro{}, taken, this);
    if (editor.exec() == QDialog::Accepted)
        m_store->put(editor.macro());
}

void MacroBar::editMacro(const QString &name)
{
    const Macro *macro = m_store->find(name);
    if (!macro)
        return;
    QStringList taken;
    for (const Macro &m : m_store->macros()) {
        if (m.name != name)
            taken << m.name;
    }
    MacroEditor editor(*macro, taken, this);
    if (editor.exec() == QDialog::Accepted)
        m_store->put(editor.macro(), name);
}

void MacroBar::deleteMacro(const QString &name)
{
    const auto answer =
        QMessageBox::question(this, tr("Delete macro"), tr("Delete the macro \"%1\"?").arg(name));
    if (answer == QMessageBox::Yes)
        m_store->remove(name);
}

bool MacroBar::importFile(const QString &path, QString *message)
{
    int count = 0;
    if (!m_store->importFrom(path, message, &count))
        return false;
    *message = tr("Macros imported from %1: %2.").arg(QDir::toNativeSeparators(path)).arg(count);
    return true;
}

bool MacroBar::exportFile(const QString &path, QString *message)
{
    if (!m_store->exportTo(path, message))
        return false;
    *message = tr("Macros exported to %1: %2.")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(m_store->macros().size());
    return true;
}

void MacroBar::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import macros"), QString(),
                                                      tr("Macro files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    if (importFile(path, &message))
        emit note(message);
    else
        QMessageBox::warning(this, tr("Import macros"), message);
}

void MacroBar::exportWithDialog()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export macros"), QStringLiteral("macros.json"),
                                     tr("Macro files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    if (exportFile(path, &message))
        emit note(message);
    else
        QMessageBox::warning(this, tr("Export macros"), message);
}
