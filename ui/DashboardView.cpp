#include "DashboardView.h"

#include "dialects/Dialect.h"
#include "models/ModuleStatus.h"
#include "services/StatusService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

using Field = StatusField;

namespace {

// Signal quality steps (dBm) for the bars: the usual Wi-Fi rules of thumb.
int barsFor(int rssi)
{
    if (rssi >= -55)
        return 4;
    if (rssi >= -67)
        return 3;
    if (rssi >= -75)
        return 2;
    if (rssi >= -85)
        return 1;
    return 0;
}

QString qualityWord(int bars)
{
    switch (bars) {
    case 4:
        return DashboardView::tr("excellent");
    case 3:
        return DashboardView::tr("good");
    case 2:
        return DashboardView::tr("fair");
    case 1:
        return DashboardView::tr("weak");
    default:
        return DashboardView::tr("very weak");
    }
}

// Scale factors of presentation mode against the normal font.
constexpr double BigValueScale = 3.6;
constexpr double BigNameScale = 1.6;

} // namespace

// Four bars, filled up to the signal's level; outlines only while the signal is unknown.
class SignalBars : public QWidget
{
public:
    explicit SignalBars(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("signalBars"));
        setProperty("bars", -1);
    }

    // -1 = unknown.
    void setBars(int bars, const QColor &color)
    {
        m_bars = bars;
        m_color = color;
        setProperty("bars", bars);
        update();
    }
    void setUnit(int unit)
    {
        m_unit = unit;
        updateGeometry();
        update();
    }
    QSize sizeHint() const override { return {m_unit * 5, m_unit * 4}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int w = width() / 5;
        const int gap = qMax(1, w / 4);
        const QColor outline = palette().color(QPalette::WindowText);
        for (int i = 0; i < 4; ++i) {
            const int h = height() * (i + 1) / 4;
            const QRectF bar(i * (w + gap) + 0.5, height() - h + 0.5, w - 1, h - 1);
            if (i < m_bars) {
                p.setPen(Qt::NoPen);
                p.setBrush(m_color);
            } else {
                QPen pen(outline);
                pen.setStyle(m_bars < 0 ? Qt::DotLine : Qt::SolidLine);
                p.setPen(pen);
                p.setBrush(Qt::NoBrush);
            }
            p.drawRect(bar);
        }
    }

private:
    int m_bars = -1;
    int m_unit = 6;
    QColor m_color;
};

DashboardView::DashboardView(StatusService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_status(service->status())
{
    auto *top = new QVBoxLayout(this);

    // Header: which module, when read; the actions.
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setToolTip(tr("Read every field from the module now."));
    m_interval = new QComboBox(this);
    for (const int s : refreshChoices())
        m_interval->addItem(s == 0 ? tr("Off") : tr("Every %1 s").arg(s), s);
    m_interval->setToolTip(tr("Read the module again periodically. Each reading sends the status "
                              "commands, which the terminal shows. Leave it off while a socket is "
                              "in data (transparent) mode: the commands would reach the peer."));
    auto *intervalLabel = new QLabel(tr("Auto-&refresh:"), this);
    intervalLabel->setBuddy(m_interval);
    m_presentation = new QPushButton(tr("&Presentation mode"), this);
    m_presentation->setCheckable(true);
    m_presentation->setToolTip(tr("Large, high-contrast type with the main fields, for a projector "
                                  "(Esc leaves it)."));
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_state, 1);
    header->addWidget(intervalLabel);
    header->addWidget(m_interval);
    header->addWidget(m_refresh);
    header->addWidget(m_presentation);
    top->addLayout(header);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildNormalPage());
    m_pages->addWidget(buildPresentationPage());
    top->addWidget(m_pages, 1);

    connect(m_refresh, &QPushButton::clicked, service, &StatusService::refresh);
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this](int index) { setIntervalSeconds(m_interval->itemData(index).toInt()); });
    connect(m_presentation, &QPushButton::toggled, this, &DashboardView::setPresentationMode);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] { setPresentationMode(false); });

    // One repaint per burst of changes (a refresh changes many fields at once); fields depend on
    // each other ("AP running", "not available").
    connect(m_status, &ModuleStatus::fieldChanged, this, [this] {
        if (!std::exchange(m_showPending, true))
            QMetaObject::invokeMethod(this, &DashboardView::showAll, Qt::QueuedConnection);
    });
    connect(service, &StatusService::refreshingChanged, this, &DashboardView::updateHeader);
    // Tooltips carry the time of the last reading.
    connect(service, &StatusService::refreshed, this, &DashboardView::showAll);
    if (ModuleConnection *c = service->connection())
        connect(c, &ModuleConnection::stateChanged, this, &DashboardView::updateHeader);

    // The periodic refresh the user chose last time.
    const int saved = QSettings().value(refreshSettingsKey(), 0).toInt();
    const int index = m_interval->findData(saved);
    m_interval->setCurrentIndex(index < 0 ? 0 : index);
    setIntervalSeconds(m_interval->currentData().toInt());

    showAll();
}

QList<int> DashboardView::refreshChoices()
{
    return {0, 2, 5, 10};
}

QString DashboardView::refreshSettingsKey()
{
    return QStringLiteral("dashboard/refreshSeconds");
}

QWidget *DashboardView::buildNormalPage()
{
    auto *page = new QWidget(this);
    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(0, 0, 0, 0);
    const auto group = [page](const QString &title) {
        auto *box = new QGroupBox(title, page);
        auto *form = new QFormLayout(box);
        form->setLabelAlignment(Qt::AlignRight);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        return std::make_pair(box, form);
    };

    auto [module, moduleForm] = group(tr("Module"));
    for (const Field f : {Field::Model, Field::Firmware, Field::Mac})
        addRow(moduleForm, f);
    auto [network, networkForm] = group(tr("Network"));
    for (const Field f : {Field::Ip, Field::Gateway, Field::Dns, Field::Sockets, Field::Mqtt})
        addRow(networkForm, f);
    auto [wifi, wifiForm] = group(tr("Wi-Fi"));
    for (const Field f :
         {Field::WifiMode, Field::Link, Field::Ssid, Field::Bssid, Field::Channel, Field::Rssi})
        addRow(wifiForm, f);

    auto *left = new QVBoxLayout;
    left->addWidget(module);
    left->addWidget(network);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(wifi);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return page;
}

void DashboardView::addRow(QFormLayout *form, Field field)
{
    Row &row = m_rows[int(field)];
    row.name = new QLabel(ModuleStatus::fieldName(field) + QLatin1Char(':'));
    row.value = new QLabel;
    row.value->setTextFormat(Qt::PlainText); // SSIDs and firmware strings are not markup
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.value->setObjectName(QStringLiteral("value_%1").arg(int(field)));
    if (field == Field::Rssi) {
        auto *cell = new QWidget;
        auto *h = new QHBoxLayout(cell);
        h->setContentsMargins(0, 0, 0, 0);
        m_bars = new SignalBars(cell);
        m_bars->setUnit(qMax(4, fontMetrics().height() / 4));
        h->addWidget(m_bars);
        h->addWidget(row.value, 1);
        form->addRow(row.name, cell);
    } else {
        form->addRow(row.name, row.value);
    }
}

QWidget *DashboardView::buildPresentationPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("presentationPage"));
    page->setAutoFillBackground(true);
    QPalette pal = page->palette();
    pal.setColor(QPalette::Window, Qt::black);
    pal.setColor(QPalette::WindowText, Qt::white);
    page->setPalette(pal);
    auto *grid = new QGridLayout(page);
    grid->setSpacing(24);
    grid->setContentsMargins(32, 24, 32, 24);

    bigTile(grid, 0, 0, Field::Link);
    // The SSID sits under the link state in the same tile.
    Row &ssid = m_rows[int(Field::Ssid)];
    ssid.bigValue = new QLabel(page);
    ssid.bigValue->setTextFormat(Qt::PlainText);
    QFont ssidFont = font();
    ssidFont.setPointSizeF(ssidFont.pointSizeF() * BigNameScale * 1.3);
    ssid.bigValue->setFont(ssidFont);
    ssid.bigValue->setWordWrap(true);
    grid->addWidget(ssid.bigValue, 2, 0);

    m_bigBars = new SignalBars(page);
    m_bigBars->setUnit(qMax(10, int(fontMetrics().height() * BigValueScale / 4)));
    bigTile(grid, 0, 1, Field::Rssi, m_bigBars);
    bigTile(grid, 4, 0, Field::Ip);
    bigTile(grid, 4, 1, Field::Mqtt);
    // Two equal columns; the free height goes between and under the tiles.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(6, 2);
    return page;
}

QLabel *DashboardView::bigTile(QGridLayout *grid, int row, int column, Field field, QWidget *extra)
{
    QWidget *page = grid->parentWidget();
    Row &r = m_rows[int(field)];
    r.bigName = new QLabel(ModuleStatus::fieldName(field), page);
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * BigNameScale);
    r.bigName->setFont(nameFont);
    QPalette dim = r.bigName->palette();
    dim.setColor(QPalette::WindowText, QColor(0xbd, 0xbd, 0xbd));
    r.bigName->setPalette(dim);
    r.bigValue = new QLabel(page);
    r.bigValue->setTextFormat(Qt::PlainText);
    r.bigValue->setObjectName(QStringLiteral("bigValue_%1").arg(int(field)));
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * BigValueScale);
    valueFont.setBold(true);
    r.bigValue->setFont(valueFont);
    grid->addWidget(r.bigName, row, column);
    if (extra) {
        auto *cell = new QWidget(page);
        auto *h = new QHBoxLayout(cell);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(16);
        h->addWidget(extra);
        h->addWidget(r.bigValue, 1);
        grid->addWidget(cell, row + 1, column);
    } else {
        grid->addWidget(r.bigValue, row + 1, column);
    }
    return r.bigValue;
}

bool DashboardView::isPresentationMode() const
{
    return m_pages->currentIndex() == 1;
}

void DashboardView::setPresentationMode(bool on)
{
    if (on == isPresentationMode())
        return;
    m_pages->setCurrentIndex(on ? 1 : 0);
    m_presentation->setChecked(on);
    emit presentationModeChanged(on);
}

QLabel *DashboardView::valueLabel(Field field) const
{
    const Row r = m_rows.value(int(field));
    return isPresentationMode() ? r.bigValue : r.value;
}

void DashboardView::setIntervalSeconds(int seconds)
{
    QSettings().setValue(refreshSettingsKey(), seconds);
    if (m_service)
        m_service->setIntervalMs(seconds * 1000);
}

void DashboardView::updateHeader()
{
    ModuleConnection *c = m_service ? m_service->connection() : nullptr;
    const bool open = c && c->state() == ModuleConnection::State::Open;
    if (c && c->dialect() && c->state() != ModuleConnection::State::Closed)
        m_title->setText(tr("%1 (%2)").arg(c->dialect()->displayName(), c->description()));
    else
        m_title->setText(tr("No module connected"));
    m_refresh->setEnabled(open);
    if (!open)
        m_state->setText(c && c->state() == ModuleConnection::State::Reconnecting
                             ? tr("Connection lost, waiting for the module…")
                             : QString());
    else if (m_service->isRefreshing())
        m_state->setText(tr("Reading…"));
    else if (m_service->lastRefresh().isValid())
        m_state->setText(tr("Read at %1").arg(m_service->lastRefresh().toString("HH:mm:ss")));
    else
        m_state->setText(QString());
}

void DashboardView::showAll()
{
    m_showPending = false;
    for (const Field f : ModuleStatus::fields())
        showField(f);
    updateHeader();
}

QString DashboardView::linkText() const
{
    const bool ap = m_status->wifiMode() == ModuleStatus::WifiMode::SoftAp &&
                    m_status->isKnown(Field::WifiMode);
    switch (m_status->link()) {
    case ModuleStatus::Link::Connected:
        return ap ? tr("AP running") : tr("Connected");
    case ModuleStatus::Link::Connecting:
        return tr("Connecting…");
    case ModuleStatus::Link::Disconnected:
        return ap ? tr("AP stopped") : tr("Disconnected");
    }
    return {};
}

bool DashboardView::notAvailable(Field f) const
{
    // Before the first connection no field has a command: the module is not known yet.
    if (m_status->isAvailable(f))
        return false;
    for (const Field other : ModuleStatus::fields()) {
        if (m_status->isAvailable(other))
            return true;
    }
    return false;
}

QString DashboardView::valueText(Field f) const
{
    if (!m_status->isKnown(f))
        return notAvailable(f) ? tr("not available") : tr("unknown");
    if (!m_status->hasValue(f)) {
        switch (f) {
        case Field::Ssid:
            return tr("not connected");
        case Field::Ip:
            return tr("no address");
        case Field::Rssi:
            return tr("no signal");
        case Field::Dns:
            return tr("none");
        default:
            return QStringLiteral("—");
        }
    }
    switch (f) {
    case Field::WifiMode:
        switch (m_status->wifiMode()) {
        case ModuleStatus::WifiMode::Off:
            return tr("Off");
        case ModuleStatus::WifiMode::Station:
            return tr("Station");
        case ModuleStatus::WifiMode::SoftAp:
            return tr("Soft AP");
        case ModuleStatus::WifiMode::StationAndSoftAp:
            return tr("Station + soft AP");
        case ModuleStatus::WifiMode::AdHoc:
            return tr("Ad hoc");
        }
        return {};
    case Field::Link:
        return linkText();
    case Field::Rssi:
        return tr("%1 dBm (%2)").arg(m_status->rssi()).arg(qualityWord(barsFor(m_status->rssi())));
    case Field::Dns:
        return m_status->dns().join(QStringLiteral(", "));
    case Field::Mqtt:
        return m_status->mqttConnected() ? tr("Connected") : tr("Disconnected");
    case Field::Channel:
    case Field::Sockets:
        return QString::number(m_status->value(f).toInt());
    default:
        return m_status->value(f).toString();
    }
}

QString DashboardView::toolTip(Field f) const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString tip = QStringLiteral("<b>%1</b>").arg(esc(ModuleStatus::fieldName(f)));
    const QByteArray query = m_status->query(f);
    const ModuleConnection *c = m_service ? m_service->connection() : nullptr;
    const QString module = c && c->dialect() ? c->dialect()->displayName() : tr("the module");
    if (notAvailable(f)) {
        tip +=
            QStringLiteral("<br>") +
            esc(tr("Not available on this module: no AT command of the %1 reads it.").arg(module));
        if (f == Field::Mqtt || f == Field::Sockets || f == Field::Link)
            tip += QStringLiteral("<br>") + esc(tr("Follows the module's messages when it sends "
                                                   "them."));
    } else if (!query.isEmpty()) {
        tip += QStringLiteral("<br>") + esc(tr("AT command: %1").arg(QString::fromUtf8(query)));
    }
    if (m_status->isKnown(f)) {
        tip += QStringLiteral("<br>") +
               esc(tr("Last update %1, from %2")
                       .arg(m_status->updated(f).toString("HH:mm:ss"), m_status->origin(f)));
    } else if (!m_status->note(f).isEmpty() && !notAvailable(f)) {
        tip += QStringLiteral("<br>") + esc(tr("Unknown: %1").arg(m_status->note(f)));
    }
    return tip;
}

void DashboardView::showField(Field f)
{
    const auto it = m_rows.constFind(int(f));
    if (it == m_rows.constEnd())
        return;
    const Row &row = *it;
    const QString text = valueText(f);
    const QString tip = toolTip(f);
    const bool known = m_status->isKnown(f);

    // Colours: unknown is grey and italic; the link state is coloured by how it is.
    QColor normal = palette().color(QPalette::WindowText);
    QColor big = Qt::white;
    if (!known) {
        normal = palette().color(QPalette::Disabled, QPalette::WindowText);
        big = QColor(0x9e, 0x9e, 0x9e);
    } else if (f == Field::Link || f == Field::Mqtt) {
        const bool good = f == Field::Link ? m_status->link() == ModuleStatus::Link::Connected
                                           : m_status->mqttConnected();
        const bool middle = f == Field::Link && m_status->link() == ModuleStatus::Link::Connecting;
        normal = good     ? QColor(0x1b, 0x7f, 0x3b)
                 : middle ? QColor(0xb3, 0x59, 0x00)
                          : QColor(0xc6, 0x28, 0x28);
        big = good     ? QColor(0x69, 0xf0, 0x6e)
              : middle ? QColor(0xff, 0xd5, 0x4f)
                       : QColor(0xff, 0x6e, 0x6e);
    }
    const auto paint = [&](QLabel *label, const QColor &color) {
        if (!label)
            return;
        label->setText(text);
        label->setToolTip(tip);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, color);
        label->setPalette(p);
        QFont font = label->font();
        font.setItalic(!known);
        label->setFont(font);
    };
    paint(row.value, normal);
    paint(row.bigValue, big);
    // On the projector a field this module cannot report is left out rather than shown empty.
    if (row.bigName && f != Field::Link) {
        const bool show = known || !notAvailable(f);
        row.bigName->setVisible(show);
        row.bigValue->setVisible(show);
    }
    if (row.name)
        row.name->setToolTip(tip);
    if (row.bigName)
        row.bigName->setToolTip(tip);

    if (f == Field::Rssi) {
        const int bars = m_status->hasValue(f) ? barsFor(m_status->rssi()) : known ? 0 : -1;
        const QColor color = bars >= 3   ? QColor(0x2e, 0x9d, 0x4a)
                             : bars == 2 ? QColor(0xe0, 0xa0, 0x00)
                                         : QColor(0xd3, 0x3a, 0x2c);
        for (SignalBars *b : {m_bars, m_bigBars}) {
            if (b) {
                b->setBars(bars, color);
                b->setToolTip(tip);
            }
        }
        // Big type: the dBm figure alone reads better from afar.
        if (row.bigValue && m_status->hasValue(f))
            row.bigValue->setText(tr("%1 dBm").arg(m_status->rssi()));
    }
}
