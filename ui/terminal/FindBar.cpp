#include "FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Find in the terminal"));
    m_field->setClearButtonEnabled(true);
    m_field->setObjectName(QStringLiteral("findField"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Escape)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::termChanged);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    setMatches(0, 0);
}

QString FindBar::term() const
{
    return m_field->text();
}

void FindBar::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::setMatches(int current, int total)
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("no match"));
    else if (current > 0)
        m_count->setText(tr("%1 of %2").arg(current).arg(total));
    else
        m_count->setText(tr("matches: %1").arg(total));
    m_previous->setEnabled(total > 0);
    m_next->setEnabled(total > 0);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F3:
        if (event->modifiers() & Qt::ShiftModifier)
            emit previous();
        else
            emit next();
        return;
    case Qt::Key_Escape:
        hide();
        emit closed();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
