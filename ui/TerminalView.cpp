#include "TerminalView.h"

#include "engine/AtFrame.h"
#include "engine/AtSession.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
// Control characters made visible, e.g. \r as ␍.
QString visible(const QByteArray &bytes)
{
    QString out = QString::fromUtf8(bytes);
    for (QChar &c : out) {
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode());
    }
    return out;
}
} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QWidget(parent)
    , m_log(new QPlainTextEdit(this))
    , m_input(new QLineEdit(this))
{
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(MaxBlocks);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("Type an AT command and press Enter"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_log);
    layout->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_input->text().trimmed();
        if (text.isEmpty())
            return;
        m_input->clear();
        emit commandEntered(text);
    });
}

void TerminalView::attach(AtSession *session)
{
    connect(session, &AtSession::frameReceived, this, &TerminalView::showFrame);
    connect(session, &AtSession::commandStarted, this, [this](const QByteArray &command) {
        appendLine(QStringLiteral("→"), QString::fromUtf8(command), QColor(0x1565c0));
    });
}

void TerminalView::appendNote(const QString &text)
{
    appendLine(QStringLiteral("•"), text, QColor(0x6d4c41));
}

void TerminalView::appendLine(const QString &prefix, const QString &text, const QColor &color)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    m_log->appendHtml(
        QStringLiteral("<span style='color:gray'>%1</span> <span style='color:%2'>%3 %4</span>")
            .arg(stamp, color.name(), prefix, text.toHtmlEscaped()));
}

void TerminalView::showFrame(const AtFrame &frame)
{
    using Kind = AtFrame::Kind;
    switch (frame.kind) {
    case Kind::Final:
        appendLine(QStringLiteral("←"), visible(frame.text),
                   frame.ok ? QColor(0x2e7d32) : QColor(0xc62828));
        break;
    case Kind::Urc:
        appendLine(QStringLiteral("⚡"), tr("%1  [%2]").arg(visible(frame.text), frame.event),
                   QColor(0x8e24aa));
        break;
    case Kind::Data:
        appendLine(QStringLiteral("←"),
                   tr("%1 + %n byte(s): %2", nullptr, int(frame.payload.size()))
                       .arg(visible(frame.text), visible(frame.payload.left(256))),
                   QColor(0x00838f));
        break;
    case Kind::Noise:
        appendLine(QStringLiteral("?"),
                   tr("noise %1").arg(QString::fromLatin1(frame.payload.toHex(' '))),
                   QColor(0x9e9e9e));
        break;
    case Kind::Echo:
        break;
    default:
        appendLine(QStringLiteral("←"), visible(frame.text), QColor(0x212121));
    }
}
