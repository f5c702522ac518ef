#pragma once

#include "Macro.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Edits one macro: its name, and its steps as text, one command per line and "wait 500" for a
// pause. OK stays unavailable, with the reason shown, while the macro is not valid.
class MacroEditor : public QDialog
{
    Q_OBJECT
public:
    // `taken`: names of the other macros.
    MacroEditor(const Macro &macro, const QStringList &taken, QWidget *parent = nullptr);

    Macro macro() const { return m_macro; }

private:
    void validate();

    QLineEdit *m_name;
    QPlainTextEdit *m_steps;
    QLabel *m_problem;
    QPushButton *m_okButton = nullptr;
    QStringList m_taken;
    Macro m_macro;
};
