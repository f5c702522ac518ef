#include "RssiBarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int WeakDbm = -100;
constexpr int StrongDbm = -40;
constexpr int Margin = 3;

// Green, amber, red: the usual reading of signal quality (good above -60, usable above -75).
QColor barColor(int dbm)
{
    if (dbm >= -60)
        return QColor(0x2e, 0x7d, 0x32);
    if (dbm >= -75)
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0xc6, 0x28, 0x28);
}
} // namespace

RssiBarDelegate::RssiBarDelegate(int rssiRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(rssiRole)
{}

double RssiBarDelegate::fraction(int dbm)
{
    return qBound(0.0, double(dbm - WeakDbm) / (StrongDbm - WeakDbm), 1.0);
}

void RssiBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QVariant rssi = index.data(m_role);
    if (!rssi.isValid()) {
        QStyledItemDelegate::paint(painter, option, index); // the model's "?"
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("-100 dBm")) + Margin;
    const QRect barArea(area.left(), area.top() + area.height() / 4,
                        qMax(0, area.width() - textWidth - Margin), area.height() / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(barArea.adjusted(0, 0, -1, -1));
    QRect filled = barArea.adjusted(1, 1, -1, -1);
    filled.setWidth(int(filled.width() * fraction(rssi.toInt())));
    painter->fillRect(filled, barColor(rssi.toInt()));
    const QRect textArea(barArea.right() + Margin, area.top(), textWidth, area.height());
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(textArea, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize RssiBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for a bar as long as the text beside it.
    size.setWidth(2 * option.fontMetrics.horizontalAdvance(QStringLiteral("-100 dBm")) +
                  4 * Margin);
    return size;
}
