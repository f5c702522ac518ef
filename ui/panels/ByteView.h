#pragma once

#include <QStringDecoder>
#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

// Received bytes as text or as a hex dump (offset, 16 bytes, ASCII), switchable at any time
// without losing a byte: the view keeps the bytes and renders them, appending as they come.
class ByteView : public QWidget
{
    Q_OBJECT
public:
    explicit ByteView(QWidget *parent = nullptr);

    // Replace everything shown (another socket was selected).
    void setBytes(const QByteArray &bytes);
    void append(const QByteArray &bytes);
    void clear();
    QByteArray bytes() const { return m_bytes; }
    void setHex(bool hex);
    bool isHex() const;
    // What the view shows, as the user sees it.
    QString shownText() const;

    // Kept at most; older bytes scroll away (the model keeps the same amount).
    static constexpr qsizetype MaxBytes = 1 << 20;
    static QString hexRow(const QByteArray &bytes, qsizetype offset);

signals:
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFont();
    void render();
    void appendText(const QByteArray &bytes);
    void appendHex(qsizetype from);

    QCheckBox *m_hex;
    QPlainTextEdit *m_view;
    QByteArray m_bytes;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_pendingCr = false;
};
