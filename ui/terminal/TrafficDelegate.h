#pragma once

#include "TerminalColors.h"

#include <QStyledItemDelegate>

// Paints one terminal row: time stamp, direction, the text in its kind's colour with escapes
// dimmed, the detail, find matches marked, and the round trip at the right edge. Only visible
// rows are painted, and every row has the height of one line.
class TrafficDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TrafficDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    const TerminalColors &colors(const QPalette &palette) const;

private:
    struct Run
    {
        int start;
        int length;
        QColor color;
        bool match;
    };
    QList<Run> runs(const QString &text, int plainEnd, const QList<TerminalEntry::Span> &escapes,
                    const QColor &color, const QColor &dim, const QString &term) const;

    mutable TerminalColors m_colors;
    mutable QRgb m_colorsBase = 0;
    mutable QRgb m_colorsText = 0;
    mutable bool m_colorsValid = false;
};
