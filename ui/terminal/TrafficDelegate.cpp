#include "TrafficDelegate.h"

#include "HexDump.h"
#include "TrafficFormatter.h"
#include "TrafficModel.h"

#include <QPainter>

namespace {
constexpr int Padding = 4;
}

TrafficDelegate::TrafficDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

const TerminalColors &TrafficDelegate::colors(const QPalette &palette) const
{
    const QRgb base = palette.color(QPalette::Base).rgb();
    const QRgb text = palette.color(QPalette::Text).rgb();
    if (!m_colorsValid || base != m_colorsBase || text != m_colorsText) {
        m_colors = TerminalColors(palette);
        m_colorsBase = base;
        m_colorsText = text;
        m_colorsValid = true;
    }
    return m_colors;
}

QSize TrafficDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The width is the view's (no horizontal scrolling: long lines are cut, the hex view and the
    // tool tip show them whole).
    return {option.fontMetrics.averageCharWidth() * 40, option.fontMetrics.height() + 2};
}

QList<TrafficDelegate::Run> TrafficDelegate::runs(const QString &text, int plainEnd,
                                                  const QList<TerminalEntry::Span> &escapes,
                                                  const QColor &color, const QColor &dim,
                                                  const QString &term) const
{
    // Colour of every character boundary that matters: escapes and the detail dimmed, find
    // matches on top.
    QList<int> cuts{0, int(text.size()), plainEnd};
    for (const TerminalEntry::Span &s : escapes)
        cuts << s.start << s.start + s.length;
    QList<QPair<int, int>> matches;
    if (!term.isEmpty()) {
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            matches.append({int(at), int(at + term.size())});
            cuts << int(at) << int(at + term.size());
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<Run> out;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const int start = cuts[i];
        const int end = cuts[i + 1];
        if (start >= text.size())
            break;
        QColor c = start >= plainEnd ? dim : color;
        for (const TerminalEntry::Span &s : escapes) {
            if (start >= s.start && start < s.start + s.length)
                c = dim;
        }
        bool match = false;
        for (const auto &m : matches)
            match = match || (start >= m.first && start < m.second);
        out.append({start, end - start, c, match});
    }
    return out;
}

void TrafficDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const auto *model = qobject_cast<const TrafficModel *>(index.model());
    if (!model)
        return;
    const TrafficModel::RowRef ref = model->rowRef(index.row());
    if (!ref.entry)
        return;
    const TerminalEntry &e = *ref.entry;
    const TerminalColors &c = colors(option.palette);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor highlighted = option.palette.color(group, QPalette::HighlightedText);

    painter->save();
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    painter->setFont(option.font);
    const QFontMetrics &fm = option.fontMetrics;
    const int baseline = option.rect.top() + 1 + fm.ascent();
    const bool firstRow = ref.hexRow <= 0;
    const QColor kindColor = selected ? highlighted : c.forKind(e.kind);
    const QColor dim = selected ? highlighted : c.dim();

    int x = option.rect.left() + Padding;
    const QString stamp = TrafficModel::timeText(e.msecs);
    if (firstRow) {
        painter->setPen(dim);
        painter->drawText(x, baseline, stamp);
    }
    x += fm.horizontalAdvance(stamp) + fm.horizontalAdvance(QLatin1Char(' '));
    if (firstRow) {
        painter->setPen(kindColor);
        painter->drawText(x, baseline, TrafficFormatter::marker(e.kind));
    }
    x += fm.horizontalAdvance(QStringLiteral("→ "));

    int right = option.rect.right() - Padding;
    if (firstRow && e.rttMs >= 0) {
        const QString rtt = TrafficModel::roundTripText(e.rttMs);
        const int w = fm.horizontalAdvance(rtt);
        painter->setPen(dim);
        painter->drawText(right - w, baseline, rtt);
        right -= w + fm.horizontalAdvance(QStringLiteral("  "));
    }

    // The text: hex row, or the entry's text and detail.
    QString text;
    int plainEnd = 0;
    QList<TerminalEntry::Span> escapes;
    if (ref.hexRow >= 0 && !e.bytes.isEmpty()) {
        text = HexDump::row(e.bytes, ref.hexRow);
        escapes.append({0, HexDump::offsetWidth(e.bytes.size())});
        plainEnd = int(text.size());
    } else {
        text = e.text;
        plainEnd = int(text.size());
        escapes = e.escapes;
        if (!e.detail.isEmpty())
            text += QStringLiteral("  [%1]").arg(e.detail);
    }
    const QList<Run> parts = runs(text, plainEnd, escapes, kindColor, dim, model->findTerm());
    const QString ellipsis = QStringLiteral("…");
    const int ellipsisWidth = fm.horizontalAdvance(ellipsis);
    painter->setClipRect(QRect(x, option.rect.top(), qMax(0, right - x), option.rect.height()));
    bool cut = false;
    for (const Run &run : parts) {
        // Shaping only what can show: a long line is cut to the characters that fit.
        const int room = (right - x) / qMax(1, fm.averageCharWidth() / 2) + 2;
        const QString piece = text.mid(run.start, qMin(run.length, room));
        const int w = fm.horizontalAdvance(piece);
        if (run.match) {
            painter->fillRect(QRect(x, option.rect.top(), w, option.rect.height()),
                              c.findBackground());
            painter->setPen(c.findText());
        } else {
            painter->setPen(run.color);
        }
        painter->drawText(x, baseline, piece);
        x += w;
        if (x > right) {
            cut = true;
            break;
        }
    }
    if (cut) {
        // Say that the line goes on, on a clean background.
        const QRect tail(right - ellipsisWidth, option.rect.top(), ellipsisWidth + Padding,
                         option.rect.height());
        painter->setClipping(false);
        painter->fillRect(tail, selected ? option.palette.brush(group, QPalette::Highlight)
                                         : option.palette.brush(group, QPalette::Base));
        painter->setPen(dim);
        painter->drawText(right - ellipsisWidth, baseline, ellipsis);
    }
    painter->restore();
}
