#include "PanelSupport.h"

#include "services/CapabilityService.h"

#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>

namespace {
// Red and green that read on light and dark palettes alike.
QColor problemColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb7, 0x1c, 0x1c);
}
QColor okColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0x81, 0xc7, 0x84)
                                                             : QColor(0x1b, 0x5e, 0x20);
}
} // namespace

void applyFeature(QWidget *widget, const DialectCapabilities::Feature &feature,
                  const QString &toolTipWhenAvailable)
{
    widget->setEnabled(feature.available);
    widget->setToolTip(feature.available ? toolTipWhenAvailable : feature.reason);
}

void fitFormColumn(QScrollArea *column)
{
    if (column && column->widget())
        column->setMinimumWidth(column->widget()->minimumSizeHint().width() +
                                column->verticalScrollBar()->sizeHint().width());
}

FieldProblem::FieldProblem(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setVisible(false);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, problemColor(p));
    setPalette(p);
}

void FieldProblem::setProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
}

ActionStatus::ActionStatus(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ActionStatus::follow(CapabilityService *service)
{
    connect(service, &CapabilityService::actionStarted, this, [this](const QString &action) {
        setPalette(QPalette());
        setText(tr("%1…").arg(action));
    });
    connect(service, &CapabilityService::actionFinished, this,
            [this](const QString &, bool ok, const QString &message) {
                m_ok = ok;
                QPalette p = QPalette();
                p.setColor(QPalette::WindowText, ok ? okColor(p) : problemColor(p));
                setPalette(p);
                setText(message);
            });
}
