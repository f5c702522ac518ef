#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// The terminal's find bar (Ctrl+F): a term, previous and next (Enter, Shift+Enter, F3), how many
// rows match, Escape to close. The terminal does the finding.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString term() const;
    QLineEdit *field() const { return m_field; }
    void open();
    // current: 1-based position of the selected match, 0 when none is selected.
    void setMatches(int current, int total);

signals:
    void termChanged(const QString &term);
    void next();
    void previous();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
};
