#pragma once

#include <QPointer>
#include <QWidget>

class ActionStatus;
class AdcPlot;
class GpioService;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

// The GPIO panel: the module's pins (number, name, mode with pull, level) with a mode choice, an
// output level toggle and a read button for the selected pin; the ADC channels with their reading
// in raw units and volts and a small live plot; and a periodic read. It calls the GpioService:
// it never builds a command itself. A family without GPIO shows the panel disabled with the
// reason.
class GpioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GpioPanel(GpioService *service, QWidget *parent = nullptr);

    // The periodic read choices in milliseconds (0 = off).
    static QList<int> pollChoices();

private:
    QWidget *buildPinsGroup();
    QWidget *buildAdcGroup();
    void updateAvailability();
    // The pin selected in the table (its number), or -1.
    int selectedPin() const;
    int selectedRow() const;
    void updatePinControls();
    void applyMode(int comboIndex);

    QPointer<GpioService> m_service;
    QLabel *m_reason = nullptr;
    QWidget *m_content = nullptr;

    QComboBox *m_poll = nullptr;
    QPushButton *m_readAll = nullptr;

    QGroupBox *m_pinsGroup = nullptr;
    QTableView *m_pins = nullptr;
    QLabel *m_selected = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_level = nullptr;
    QPushButton *m_read = nullptr;

    QGroupBox *m_adcGroup = nullptr;
    QTableView *m_adc = nullptr;
    QPushButton *m_readAdc = nullptr;
    AdcPlot *m_plot = nullptr;

    ActionStatus *m_actionStatus = nullptr;
};
