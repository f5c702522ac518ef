#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class AdcModel;
class QCustomPlot;

// A small live plot of the ADC channels' voltages over time, one line per channel, from the
// AdcModel's history. It follows the model: a reading adds a point, a new channel list redraws.
class AdcPlot : public QWidget
{
    Q_OBJECT
public:
    explicit AdcPlot(AdcModel *model, QWidget *parent = nullptr);

    // Points drawn for a channel (by its number), for tests and for "no data yet".
    int pointCount(int channel) const;
    // The seconds shown, ending at the newest reading.
    static constexpr double WindowSeconds = 60.0;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addReading(int channel);
    void rescale();

    QPointer<AdcModel> m_model;
    QCustomPlot *m_plot = nullptr;
    QHash<int, int> m_graphOf; // channel number -> graph index
};
