#pragma once

#include "dialects/StatusReport.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ModuleStatus;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class SignalBars;
class StatusService;

// The status dashboard for field technicians: identity, Wi-Fi link, addresses, sockets and MQTT
// of the connected module, as the status service reads them. Unknown fields say so (never a
// placeholder), every field's tooltip names the AT command behind it, "Refresh" reads again and
// a periodic refresh can be chosen (kept in QSettings). Presentation mode shows a few fields in
// large, high-contrast type for a projector.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(StatusService *service, QWidget *parent = nullptr);

    bool isPresentationMode() const;
    void setPresentationMode(bool on);

    // Periodic refresh choices in seconds (0 = off), and the QSettings key that keeps the choice.
    static QList<int> refreshChoices();
    static QString refreshSettingsKey();

    // The label that shows a field's value in the current mode (nullptr: not shown in this mode).
    QLabel *valueLabel(StatusField field) const;
    QPushButton *refreshButton() const { return m_refresh; }
    QComboBox *intervalBox() const { return m_interval; }
    QPushButton *presentationToggle() const { return m_presentation; }

signals:
    void presentationModeChanged(bool on);

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QLabel *bigValue = nullptr; // presentation page, when the field is shown there
        QLabel *bigName = nullptr;
    };

    QWidget *buildNormalPage();
    QWidget *buildPresentationPage();
    void addRow(QFormLayout *form, StatusField field);
    QLabel *bigTile(QGridLayout *grid, int row, int column, StatusField field,
                    QWidget *extra = nullptr);
    void showField(StatusField field);
    void showAll();
    void updateHeader();
    void setIntervalSeconds(int seconds);

    bool notAvailable(StatusField field) const;
    QString valueText(StatusField field) const;
    QString toolTip(StatusField field) const;
    QString linkText() const;

    QPointer<StatusService> m_service;
    ModuleStatus *m_status = nullptr;
    QHash<int, Row> m_rows;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_refresh = nullptr;
    QComboBox *m_interval = nullptr;
    QPushButton *m_presentation = nullptr;
    QStackedWidget *m_pages = nullptr;
    bool m_showPending = false;
    SignalBars *m_bars = nullptr;
    SignalBars *m_bigBars = nullptr;
};
