#include "LineEndingBox.h"

#include <iterator>

namespace {
struct Choice
{
    const char *bytes;
    const char *label;
};
// Labels are the ASCII names engineers read in every terminal program; "none" is translated.
constexpr Choice Choices[] = {{"\r", "CR"}, {"\n", "LF"}, {"\r\n", "CR LF"}, {"", nullptr}};
} // namespace

LineEndingBox::LineEndingBox(QWidget *parent)
    : QComboBox(parent)
{
    for (const Choice &c : Choices)
        addItem(QString(), QByteArray(c.bytes));
    setToolTip(tr("Line end sent after what you type. With the module's own line end the "
                  "command goes through the engine (its reply is tracked); with another one the "
                  "bytes are written as they are."));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    relabel();
    setEnding(m_terminator);
}

QByteArray LineEndingBox::ending() const
{
    return currentData().toByteArray();
}

void LineEndingBox::setEnding(const QByteArray &ending)
{
    const int index = findData(ending);
    if (index >= 0)
        setCurrentIndex(index);
}

void LineEndingBox::setModuleTerminator(const QByteArray &terminator)
{
    m_terminator = terminator;
    if (findData(terminator) < 0) {
        // Not one of the usual four: offered as it is.
        addItem(QString(), terminator);
    }
    relabel();
    setEnding(terminator);
}

void LineEndingBox::relabel()
{
    for (int i = 0; i < count(); ++i) {
        QString label;
        if (i < int(std::size(Choices))) {
            label = Choices[i].label ? QString::fromLatin1(Choices[i].label) : tr("none");
        } else {
            label = QString::fromLatin1(itemData(i).toByteArray().toHex(' ').toUpper());
        }
        if (itemData(i).toByteArray() == m_terminator)
            label = tr("%1 (module)").arg(label);
        setItemText(i, label);
    }
}
