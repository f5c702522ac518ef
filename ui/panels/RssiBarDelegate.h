#pragma once

#include <QStyledItemDelegate>

// Draws a signal strength (dBm, from a role of the model) as a bar with the value beside it, so
// that the strongest access point stands out at a glance, also on a projector.
class RssiBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `rssiRole` holds the dBm as an int, or nothing when the module did not report it.
    explicit RssiBarDelegate(int rssiRole, QObject *parent = nullptr);

    // How full the bar is for a reading: 0 at -100 dBm or weaker, 1 at -40 dBm or stronger.
    static double fraction(int dbm);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
