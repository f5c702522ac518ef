#include "ByteView.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {
constexpr int RowBytes = 16;

// Control characters as their visible pictures (U+2400...), so that nothing received is hidden.
QString visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t' || u >= 0x20)
            out += c;
        else
            out += QChar(char16_t(0x2400 + u));
    }
    return out;
}
} // namespace

ByteView::ByteView(QWidget *parent)
    : QWidget(parent)
    , m_hex(new QCheckBox(tr("Hex"), this))
    , m_view(new QPlainTextEdit(this))
{
    m_hex->setObjectName(QStringLiteral("receivedHex"));
    m_view->setObjectName(QStringLiteral("receivedText"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    updateFont();
    auto *clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("receivedClear"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_hex);
    top->addStretch(1);
    top->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_hex, &QCheckBox::toggled, this, &ByteView::render);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        clear();
        emit clearRequested();
    });
}

void ByteView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFont();
}

void ByteView::updateFont()
{
    // Fixed pitch (hex columns line up) at the size of the rest of the window's text.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        fixed.setPointSizeF(font().pointSizeF());
    m_view->setFont(fixed);
}

QString ByteView::hexRow(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray row = bytes.mid(offset, RowBytes);
    QString hex;
    QString ascii;
    for (qsizetype i = 0; i < RowBytes; ++i) {
        if (i < row.size()) {
            const auto b = uchar(row.at(i));
            hex += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0')).toUpper();
            ascii += b >= 0x20 && b < 0x7f ? QChar(b) : QChar(u'.');
        } else {
            hex += QStringLiteral("   ");
        }
        if (i == 7)
            hex += u' ';
    }
    return QStringLiteral("%1  %2 %3").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
}

void ByteView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes.right(MaxBytes);
    render();
}

void ByteView::append(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype from = m_bytes.size();
    m_bytes += bytes;
    if (m_bytes.size() > MaxBytes) {
        // Drop a quarter at once, so that a busy socket does not re-render on every batch.
        m_bytes.remove(0, m_bytes.size() - MaxBytes * 3 / 4);
        render();
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    if (isHex())
        appendHex(from);
    else
        appendText(bytes);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ByteView::clear()
{
    m_bytes.clear();
    render();
}

void ByteView::setHex(bool hex)
{
    m_hex->setChecked(hex);
}

bool ByteView::isHex() const
{
    return m_hex->isChecked();
}

QString ByteView::shownText() const
{
    return m_view->toPlainText();
}

void ByteView::render()
{
    m_view->clear();
    m_decoder.resetState();
    m_pendingCr = false;
    if (isHex())
        appendHex(0);
    else
        appendText(m_bytes);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void ByteView::appendText(const QByteArray &bytes)
{
    // CR LF and lone CR end a line; a CR at the end of a batch waits for the next one.
    QString text = m_decoder.decode(bytes);
    if (m_pendingCr) {
        text.prepend(u'\r');
        m_pendingCr = false;
    }
    if (text.endsWith(u'\r')) {
        text.chop(1);
        m_pendingCr = true;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(visible(text));
}

void ByteView::appendHex(qsizetype from)
{
    // Rows are whole 16-byte rows from the start of m_bytes: rewrite the last (partial) row.
    qsizetype rowStart = from - from % RowBytes;
    QTextCursor cursor(m_view->document());
    if (from % RowBytes != 0) {
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else {
        cursor.movePosition(QTextCursor::End);
    }
    QString rows;
    for (qsizetype at = rowStart; at < m_bytes.size(); at += RowBytes) {
        if (!(at == rowStart && (from % RowBytes != 0 || m_view->document()->isEmpty())))
            rows += u'\n';
        rows += hexRow(m_bytes, at);
    }
    cursor.insertText(rows);
}
