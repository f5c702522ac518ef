#include "MacroEditor.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MacroEditor::MacroEditor(const Macro &macro, const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(macro.name, this))
    , m_steps(new QPlainTextEdit(macro.toText(), this))
    , m_problem(new QLabel(this))
    , m_taken(taken)
    , m_macro(macro)
{
    setWindowTitle(macro.name.isEmpty() ? tr("New macro") : tr("Edit macro"));
    m_steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_steps->setPlaceholderText(QStringLiteral("AT+GMR\nwait 500\nAT+GMM"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Steps:"), m_steps);
    auto *help = new QLabel(tr("One command per line, sent after the reply to the one before. "
                               "\"wait 500\" pauses for 500 ms."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MacroEditor::validate);
    connect(m_steps, &QPlainTextEdit::textChanged, this, &MacroEditor::validate);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    validate();
    resize(460, 320);
}

void MacroEditor::validate()
{
    QString problem;
    const QString name = m_name->text().trimmed();
    const auto steps = Macro::stepsFromText(m_steps->toPlainText(), &problem);
    if (name.isEmpty())
        problem = tr("Give the macro a name: it is the button's label.");
    else if (m_taken.contains(name))
        problem = tr("There is already a macro called \"%1\".").arg(name);
    if (problem.isEmpty()) {
        m_macro.name = name;
        m_macro.steps = *steps;
    }
    m_problem->setText(problem);
    m_okButton->setEnabled(problem.isEmpty());
}
