#include "TerminalColors.h"

#include <cmath>

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double TerminalColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor TerminalColors::readable(const QColor &color, const QColor &background, double ratio)
{
    const bool darkBackground = luminance(background) < 0.18;
    QColor c = color.toHsl();
    float h = 0, s = 0, l = 0;
    c.getHslF(&h, &s, &l);
    for (int i = 0; i < 40 && contrast(c, background) < ratio; ++i) {
        l = darkBackground ? qMin(1.0f, l + 0.025f) : qMax(0.0f, l - 0.025f);
        c.setHslF(h, s, l);
    }
    return c.toRgb();
}

TerminalColors::TerminalColors(const QPalette &palette)
    : m_background(palette.color(QPalette::Base))
{
    using Kind = TerminalEntry::Kind;
    const QColor text = palette.color(QPalette::Text);
    auto set = [this](Kind kind, const QColor &c, double ratio = 4.5) {
        m_kind[int(kind)] = readable(c, m_background, ratio);
    };
    set(Kind::Sent, QColor(0x1565c0));
    set(Kind::Response, text);
    set(Kind::FinalOk, QColor(0x2e7d32));
    set(Kind::FinalError, QColor(0xc62828));
    set(Kind::Event, QColor(0x8e24aa));
    set(Kind::Data, QColor(0x00838f));
    set(Kind::Note, QColor(0x8d5524));
    // Dimmed: half way between text and background, then made readable.
    const QColor mid = QColor::fromRgbF((text.redF() + m_background.redF()) / 2,
                                        (text.greenF() + m_background.greenF()) / 2,
                                        (text.blueF() + m_background.blueF()) / 2);
    m_dim = readable(mid, m_background, 3.5);
    set(Kind::Quiet, m_dim, 3.5);
    // Find matches: the amber of every editor's find, with dark text on it in both themes.
    m_findBackground = QColor(0xffd54f);
    m_findText = QColor(0x202020);
}
