#pragma once

#include <QWidget>

class FieldProblem;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// What to send on a socket: typed text (with a line ending), hex bytes, or a file's contents,
// repeated n times. It only builds the bytes; whoever owns it decides where they go.
class SendBox : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Text, Hex, File };

    explicit SendBox(QWidget *parent = nullptr);

    // The bytes the form describes, or an empty array with *problem set when it cannot be sent.
    QByteArray bytes(QString *problem = nullptr) const;
    int repeat() const;
    // Whether sending is possible at all (a socket is selected and open); `why` becomes the send
    // button's tooltip while it is not.
    void setTargetAvailable(bool available, const QString &why = {});

    // "41 54 0d 0a", "0x41,0x54", "41540D0A": the bytes, or nullopt-like false with *problem.
    static bool parseHex(const QString &text, QByteArray *bytes, QString *problem);
    // Files larger than this are refused (sent bytes stay in memory until the module took them).
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

signals:
    void sendRequested(const QByteArray &bytes, int repeat);

private:
    void revalidate();
    void browse();

    QComboBox *m_mode;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_text;
    QComboBox *m_lineEnding;
    QPlainTextEdit *m_hex;
    QLineEdit *m_file;
    QSpinBox *m_repeat;
    QPushButton *m_send;
    FieldProblem *m_problem;
    bool m_targetAvailable = false;
    QString m_targetWhy;
};
