#include "GpioPanel.h"

#include "AdcPlot.h"
#include "PanelSupport.h"
#include "models/GpioModels.h"
#include "services/GpioService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// What an entry of the mode box sets.
enum ModeChoice { InputFloating, InputPullUp, InputPullDown, Output };

GpioPull pullOf(int choice)
{
    return choice == InputPullUp     ? GpioPull::Up
           : choice == InputPullDown ? GpioPull::Down
                                     : GpioPull::None;
}

int choiceOf(const GpioPinsModel::Pin &p)
{
    if (p.direction == GpioPinsModel::Direction::Output)
        return Output;
    if (p.direction == GpioPinsModel::Direction::Input)
        return p.pull == GpioPull::Up     ? InputPullUp
               : p.pull == GpioPull::Down ? InputPullDown
                                          : InputFloating;
    return -1;
}

void setupTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}
} // namespace

QList<int> GpioPanel::pollChoices()
{
    return {0, 500, 1000, 2000, 5000};
}

GpioPanel::GpioPanel(GpioService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("gpioReason"));
    m_reason->setWordWrap(true);
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("gpioContent"));
    m_poll = new QComboBox(m_content);
    m_poll->setObjectName(QStringLiteral("pollInterval"));
    for (int ms : pollChoices())
        m_poll->addItem(ms == 0 ? tr("Off") : tr("Every %1 s").arg(ms / 1000.0), ms);
    m_poll->setToolTip(tr("Read every input pin and ADC channel periodically."));
    m_readAll = new QPushButton(tr("Read all now"), m_content);
    m_readAll->setObjectName(QStringLiteral("readAll"));
    m_readAll->setToolTip(tr("Read every input pin and ADC channel once."));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Periodic read:"), m_content));
    top->addWidget(m_poll);
    top->addWidget(m_readAll);
    top->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(buildPinsGroup());
    splitter->addWidget(buildAdcGroup());
    splitter->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(splitter, 1);

    m_actionStatus = new ActionStatus(this);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_actionStatus);

    if (m_service) {
        m_actionStatus->follow(m_service);
        connect(m_service, &CapabilityService::availabilityChanged, this,
                &GpioPanel::updateAvailability);
        connect(m_poll, &QComboBox::currentIndexChanged, this,
                [this] { m_service->setPollIntervalMs(m_poll->currentData().toInt()); });
        connect(m_service, &GpioService::pollIntervalChanged, this, [this](int ms) {
            const QSignalBlocker block(m_poll);
            const int index = m_poll->findData(ms);
            if (index >= 0)
                m_poll->setCurrentIndex(index);
        });
        connect(m_readAll, &QPushButton::clicked, m_service, &GpioService::readAll);
        connect(m_service->pins(), &QAbstractItemModel::dataChanged, this,
                &GpioPanel::updatePinControls);
        // A failed write leaves the toggle as the user clicked it: show the model's level again.
        connect(m_service, &CapabilityService::actionFinished, this, &GpioPanel::updatePinControls);
        connect(m_service->pins(), &QAbstractItemModel::modelReset, this, [this] {
            if (m_service->pins()->count() > 0)
                m_pins->setCurrentIndex(m_service->pins()->index(0, 0)); // controls act on a pin
            updatePinControls();
        });
        connect(m_service->adc(), &QAbstractItemModel::modelReset, this,
                [this] { m_adc->resizeColumnsToContents(); });
        const QSignalBlocker block(m_poll);
        m_poll->setCurrentIndex(qMax(0, m_poll->findData(m_service->pollIntervalMs())));
    }
    updateAvailability();
}

QWidget *GpioPanel::buildPinsGroup()
{
    m_pinsGroup = new QGroupBox(tr("Pins"), m_content);
    m_pinsGroup->setObjectName(QStringLiteral("pinsGroup"));
    m_pins = new QTableView(m_pinsGroup);
    m_pins->setObjectName(QStringLiteral("pinTable"));
    setupTable(m_pins);
    if (m_service)
        m_pins->setModel(m_service->pins());
    connect(m_pins->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GpioPanel::updatePinControls);

    m_selected = new QLabel(m_pinsGroup);
    m_selected->setObjectName(QStringLiteral("selectedPin"));
    m_mode = new QComboBox(m_pinsGroup);
    m_mode->setObjectName(QStringLiteral("pinMode"));
    m_mode->setPlaceholderText(tr("not set"));
    // Programmatic changes (following the model) are blocked: only the user's choice is sent.
    connect(m_mode, &QComboBox::currentIndexChanged, this, &GpioPanel::applyMode);
    m_level = new QPushButton(m_pinsGroup);
    m_level->setObjectName(QStringLiteral("pinLevel"));
    m_level->setCheckable(true);
    connect(m_level, &QPushButton::clicked, this, [this](bool high) {
        const int pin = selectedPin();
        if (m_service && pin >= 0)
            m_service->write(pin, high);
    });
    m_read = new QPushButton(tr("Read"), m_pinsGroup);
    m_read->setObjectName(QStringLiteral("pinRead"));
    m_read->setToolTip(tr("Read the selected pin's level from the module."));
    connect(m_read, &QPushButton::clicked, this, [this] {
        const int pin = selectedPin();
        if (m_service && pin >= 0)
            m_service->read(pin);
    });

    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level);
    levelRow->addWidget(m_read);
    levelRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Selected:"), m_selected);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Level:"), levelRow);
    auto *layout = new QVBoxLayout(m_pinsGroup);
    layout->addWidget(m_pins, 1);
    layout->addLayout(form);
    return m_pinsGroup;
}

QWidget *GpioPanel::buildAdcGroup()
{
    m_adcGroup = new QGroupBox(tr("Analog inputs (ADC)"), m_content);
    m_adcGroup->setObjectName(QStringLiteral("adcGroup"));
    m_adc = new QTableView(m_adcGroup);
    m_adc->setObjectName(QStringLiteral("adcTable"));
    setupTable(m_adc);
    m_adc->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    if (m_service)
        m_adc->setModel(m_service->adc());
    m_readAdc = new QPushButton(tr("Read"), m_adcGroup);
    m_readAdc->setObjectName(QStringLiteral("adcRead"));
    m_readAdc->setToolTip(tr("Read the selected channel, or every channel when none is selected."));
    connect(m_readAdc, &QPushButton::clicked, this, [this] {
        if (!m_service)
            return;
        const QModelIndex current = m_adc->selectionModel()->currentIndex();
        AdcModel *model = m_service->adc();
        if (current.isValid() && m_adc->selectionModel()->isRowSelected(current.row())) {
            m_service->readAdc(model->at(current.row()).channel.number);
            return;
        }
        for (int row = 0; row < model->count(); ++row)
            m_service->readAdc(model->at(row).channel.number);
    });
    m_plot = new AdcPlot(m_service ? m_service->adc() : nullptr, m_adcGroup);
    m_plot->setObjectName(QStringLiteral("adcPlot"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_readAdc);
    auto *layout = new QVBoxLayout(m_adcGroup);
    layout->addWidget(m_adc);
    layout->addLayout(buttons);
    layout->addWidget(m_plot, 1);
    return m_adcGroup;
}

void GpioPanel::updateAvailability()
{
    const bool connected = m_service && m_service->isConnected();
    QString reason;
    if (!connected)
        reason = tr("Connect to a module first.");
    else if (!m_service->capabilities().gpio.available)
        reason = m_service->capabilities().gpio.reason;
    else if (!m_service->commands())
        reason = tr("The GPIO commands of this module are not supported yet.");
    const bool usable = reason.isEmpty();
    m_reason->setText(reason);
    m_reason->setVisible(!usable);
    m_content->setEnabled(usable);
    m_content->setToolTip(reason);
    m_readAll->setEnabled(usable);
    if (usable)
        applyFeature(m_adcGroup, m_service->capabilities().adc);
    m_adc->resizeColumnsToContents();
    updatePinControls();
}

int GpioPanel::selectedRow() const
{
    const QModelIndex current = m_pins->selectionModel()->currentIndex();
    if (!m_service || !current.isValid() || current.row() >= m_service->pins()->count())
        return -1;
    return current.row();
}

int GpioPanel::selectedPin() const
{
    const int row = selectedRow();
    return row < 0 ? -1 : m_service->pins()->at(row).pin.number;
}

void GpioPanel::updatePinControls()
{
    const int row = selectedRow();
    const QSignalBlocker block(m_mode);
    m_mode->clear();
    if (row < 0) {
        m_selected->setText(tr("none"));
        m_mode->setEnabled(false);
        m_level->setEnabled(false);
        m_level->setText(tr("Low"));
        m_read->setEnabled(false);
        return;
    }
    const GpioPinsModel::Pin &p = m_service->pins()->at(row);
    m_selected->setText(p.pin.name);
    if (p.pin.canInput) {
        // Only the pulls the family can set (the WizFi360 always pulls an input up).
        if (p.pin.pulls.isEmpty() || p.pin.pulls.contains(GpioPull::None))
            m_mode->addItem(tr("Input"), int(InputFloating));
        if (p.pin.pulls.contains(GpioPull::Up))
            m_mode->addItem(tr("Input, pull-up"), int(InputPullUp));
        if (p.pin.pulls.contains(GpioPull::Down))
            m_mode->addItem(tr("Input, pull-down"), int(InputPullDown));
    }
    if (p.pin.canOutput)
        m_mode->addItem(tr("Output"), int(Output));
    m_mode->setCurrentIndex(m_mode->findData(choiceOf(p))); // -1 shows "not set"
    m_mode->setEnabled(true);

    // The level can be set on an output only; on anything else the button shows what was read.
    const bool output = p.direction == GpioPinsModel::Direction::Output;
    m_level->setEnabled(output);
    m_level->setToolTip(output ? tr("Drive the output high or low.")
                               : tr("Set the pin as an output to drive its level."));
    m_level->setChecked(p.level == 1);
    m_level->setText(p.level == 1 ? tr("High") : tr("Low"));
    m_read->setEnabled(true);
}

void GpioPanel::applyMode(int comboIndex)
{
    const int pin = selectedPin();
    if (!m_service || pin < 0 || comboIndex < 0)
        return;
    const int choice = m_mode->itemData(comboIndex).toInt();
    m_service->setMode(pin, choice == Output, pullOf(choice));
}
