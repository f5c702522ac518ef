#include "AdcPlot.h"

#include "models/GpioModels.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {
// Distinct on light and dark backgrounds, and for the common colour-vision deficiencies.
const QList<QColor> &lineColors()
{
    static const QList<QColor> colors{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                      QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                      QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};
    return colors;
}
} // namespace

AdcPlot::AdcPlot(AdcModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(140);

    const QPalette pal = palette();
    m_plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(pal.color(QPalette::Text)));
        axis->setTickPen(QPen(pal.color(QPalette::Text)));
        axis->setSubTickPen(QPen(pal.color(QPalette::Mid)));
        axis->setTickLabelColor(pal.color(QPalette::Text));
        axis->setLabelColor(pal.color(QPalette::Text));
    }
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_plot->yAxis->setLabel(tr("Volts"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(pal.brush(QPalette::Base));
    m_plot->legend->setTextColor(pal.color(QPalette::Text));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->xAxis->setRange(0, WindowSeconds);
    m_plot->yAxis->setRange(0, 3.3);

    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &AdcPlot::rebuild);
        connect(m_model, &AdcModel::readingAdded, this, &AdcPlot::addReading);
    }
    rebuild();
}

void AdcPlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // QCustomPlot paints the same whether enabled or not: grey the background so that a plot
    // of a family without ADC does not look live.
    if (event->type() == QEvent::EnabledChange) {
        m_plot->setBackground(palette().brush(isEnabled() ? QPalette::Active : QPalette::Disabled,
                                              isEnabled() ? QPalette::Base : QPalette::Window));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

int AdcPlot::pointCount(int channel) const
{
    const int graph = m_graphOf.value(channel, -1);
    return graph < 0 ? 0 : m_plot->graph(graph)->data()->size();
}

void AdcPlot::rebuild()
{
    m_plot->clearGraphs();
    m_graphOf.clear();
    m_plot->legend->setVisible(false);
    if (!m_model) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    for (int row = 0; row < m_model->count(); ++row) {
        const AdcModel::Channel &c = m_model->at(row);
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(c.channel.name);
        graph->setPen(QPen(lineColors().at(row % lineColors().size()), 2));
        for (const QPointF &p : c.history)
            graph->addData(p.x(), p.y());
        m_graphOf.insert(c.channel.number, m_plot->graphCount() - 1);
    }
    m_plot->legend->setVisible(m_plot->graphCount() > 0); // no empty legend box
    rescale();
}

void AdcPlot::addReading(int channel)
{
    const int row = m_model ? m_model->rowOf(channel) : -1;
    const int graph = m_graphOf.value(channel, -1);
    if (row < 0 || graph < 0)
        return;
    const QList<QPointF> &history = m_model->at(row).history;
    if (history.isEmpty())
        return;
    QCPGraph *g = m_plot->graph(graph);
    g->addData(history.last().x(), history.last().y());
    // Keep what the model keeps: the model drops its oldest point past MaxHistory.
    if (g->data()->size() > history.size())
        g->data()->removeBefore(history.first().x());
    rescale();
}

void AdcPlot::rescale()
{
    double newest = 0;
    double top = 0;
    for (int row = 0; m_model && row < m_model->count(); ++row) {
        const AdcModel::Channel &c = m_model->at(row);
        top = qMax(top, c.channel.fullScale);
        if (!c.history.isEmpty())
            newest = qMax(newest, c.history.last().x());
    }
    const double start = qMax(0.0, newest - WindowSeconds);
    m_plot->xAxis->setRange(start, start + WindowSeconds);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.05 : 3.3);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}
