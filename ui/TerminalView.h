#pragma once

#include <QWidget>

class AtSession;
class QLineEdit;
class QPlainTextEdit;
struct AtFrame;

// The raw terminal: what went out and every classified frame that came back, time-stamped and
// coloured by kind, with a line to type commands into. Bounded on screen.
class TerminalView : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalView(QWidget *parent = nullptr);

    void attach(AtSession *session);
    void appendNote(const QString &text);

    static constexpr int MaxBlocks = 5000;

signals:
    void commandEntered(const QString &command);

private:
    void appendLine(const QString &prefix, const QString &text, const QColor &color);
    void showFrame(const AtFrame &frame);

    QPlainTextEdit *m_log;
    QLineEdit *m_input;
};
