#pragma once

#include <QComboBox>

// The line end put after what the user types: CR, LF, CR LF or none. It starts on the module's
// own terminator (marked "module"); the terminal sends through the engine when the two agree
// and writes raw bytes when they do not.
class LineEndingBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LineEndingBox(QWidget *parent = nullptr);

    QByteArray ending() const;
    void setEnding(const QByteArray &ending);
    QByteArray moduleTerminator() const { return m_terminator; }
    // A new module family: its terminator becomes the default and the choice.
    void setModuleTerminator(const QByteArray &terminator);
    bool isModuleTerminator() const { return ending() == m_terminator; }

private:
    void relabel();
    QByteArray m_terminator = QByteArrayLiteral("\r\n");
};
