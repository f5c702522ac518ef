#pragma once

#include "TerminalEntry.h"

#include <QColor>
#include <QPalette>

// The terminal's colours, from the widget palette: each kind keeps its hue (blue out, green OK,
// red error, violet events, teal data, brown notes) and its lightness is moved until the text
// stands out from the background by a WCAG contrast of 4.5 (3.5 for dimmed text), so that the
// same code reads on light and dark themes.
class TerminalColors
{
public:
    explicit TerminalColors(const QPalette &palette = {});

    QColor forKind(TerminalEntry::Kind kind) const { return m_kind[int(kind)]; }
    QColor dim() const { return m_dim; } // time stamps, escapes, details
    QColor findBackground() const { return m_findBackground; }
    QColor findText() const { return m_findText; }
    QColor background() const { return m_background; }

    static double contrast(const QColor &a, const QColor &b);
    // `color` with its lightness moved until it reaches `ratio` against `background`.
    static QColor readable(const QColor &color, const QColor &background, double ratio);

private:
    QColor m_background;
    QColor m_kind[int(TerminalEntry::Kind::Note) + 1];
    QColor m_dim;
    QColor m_findBackground;
    QColor m_findText;
};
