#include "WifiPanel.h"

#include "PanelSupport.h"
#include "RssiBarDelegate.h"
#include "models/ModuleStatus.h"
#include "models/ScanResultsModel.h"
#include "services/WifiService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Address fields get a placeholder that shows the expected form rather than a fake value.
constexpr auto AddressExample = "192.168.1.20";

void setEchoFromToggle(QLineEdit *key, bool shown)
{
    key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
}
} // namespace

WifiPanel::WifiPanel(WifiService *service, ModuleStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_status(status)
{
    m_notConnected = new QLabel(tr("Connect to a module first."), this);
    m_notConnected->setObjectName(QStringLiteral("notConnected"));
    m_notConnected->setWordWrap(true);

    m_content = new QWidget(this);
    auto *left = new QWidget(m_content);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildStatusGroup());
    leftLayout->addWidget(buildScanGroup(), 1);

    // The forms scroll: at projector text size they are taller than a laptop screen.
    auto *forms = new QWidget;
    auto *formsLayout = new QVBoxLayout(forms);
    formsLayout->addWidget(buildPersistenceRow());
    formsLayout->addWidget(buildStationGroup());
    formsLayout->addWidget(buildSoftApGroup());
    formsLayout->addStretch(1);
    auto *scroll = new QScrollArea(m_content);
    scroll->setWidget(forms);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_actionStatus = new ActionStatus(this);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notConnected);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_actionStatus);

    if (m_service) {
        m_actionStatus->follow(m_service);
        connect(m_service, &CapabilityService::availabilityChanged, this,
                &WifiPanel::updateAvailability);
        connect(m_service, &WifiService::scanningChanged, this, &WifiPanel::updateScanButton);
        connect(m_service->scanResults(), &QAbstractItemModel::modelReset, m_table,
                &QTableView::resizeColumnsToContents);
    }
    if (m_status)
        connect(m_status, &ModuleStatus::fieldChanged, this, &WifiPanel::updateStatus);
    updateAvailability();
    updateStatus();
}

QWidget *WifiPanel::buildStatusGroup()
{
    auto *group = new QGroupBox(tr("Link"), this);
    group->setObjectName(QStringLiteral("statusGroup"));
    auto *form = new QFormLayout(group);
    const auto value = [group](const char *name) {
        auto *label = new QLabel(group);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_link = value("statusLink");
    m_linkSsid = value("statusSsid");
    m_linkIp = value("statusIp");
    m_linkRssi = value("statusRssi");
    form->addRow(tr("State:"), m_link);
    form->addRow(tr("Network:"), m_linkSsid);
    form->addRow(tr("IP address:"), m_linkIp);
    form->addRow(tr("Signal:"), m_linkRssi);
    return group;
}

QWidget *WifiPanel::buildScanGroup()
{
    m_scanGroup = new QGroupBox(tr("Networks in range"), this);
    m_scanGroup->setObjectName(QStringLiteral("scanGroup"));
    m_scan = new QPushButton(tr("Scan"), m_scanGroup);
    m_scan->setObjectName(QStringLiteral("scan"));
    m_filter = new QLineEdit(m_scanGroup);
    m_filter->setObjectName(QStringLiteral("scanFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, BSSID or security"));
    m_filter->setClearButtonEnabled(true);

    m_proxy = new QSortFilterProxyModel(this);
    if (m_service)
        m_proxy->setSourceModel(m_service->scanResults());
    m_proxy->setSortRole(ScanResultsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(m_scanGroup);
    m_table->setObjectName(QStringLiteral("scanTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ScanResultsModel::Rssi,
                                      new RssiBarDelegate(ScanResultsModel::RssiRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScanResultsModel::Rssi, Qt::DescendingOrder); // strongest first
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Click a network to fill in the join form."));
    connect(m_table, &QTableView::clicked, this, &WifiPanel::fillFromScanRow);
    connect(m_table, &QTableView::activated, this, &WifiPanel::fillFromScanRow);
    connect(m_scan, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->scan();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_scan);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(m_scanGroup);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    return m_scanGroup;
}

QWidget *WifiPanel::buildPersistenceRow()
{
    m_persistenceRow = new QWidget(this);
    auto *form = new QFormLayout(m_persistenceRow);
    form->setContentsMargins(0, 0, 0, 0);
    m_persistence = new QComboBox(m_persistenceRow);
    m_persistence->setObjectName(QStringLiteral("persistence"));
    m_persistence->addItem(tr("This session only"), false);
    m_persistence->addItem(tr("Save to flash"), true);
    form->addRow(tr("Keep settings:"), m_persistence);
    return m_persistenceRow;
}

QLineEdit *WifiPanel::lineEdit(const char *name, bool station)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    connect(edit, &QLineEdit::textEdited, this, [this, edit, station] {
        m_touched.insert(edit);
        station ? validateStation() : validateSoftAp();
    });
    connect(edit, &QLineEdit::textChanged, this,
            [this, station] { station ? validateStation() : validateSoftAp(); });
    return edit;
}

QWidget *WifiPanel::withProblem(QWidget *field, FieldProblem *problem)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

QWidget *WifiPanel::buildStationGroup()
{
    m_stationGroup = new QGroupBox(tr("Join a network (station)"), this);
    m_stationGroup->setObjectName(QStringLiteral("stationGroup"));
    const auto problem = [this](const char *name) {
        auto *p = new FieldProblem(this);
        p->setObjectName(QLatin1String(name));
        return p;
    };

    m_ssid = lineEdit("ssid", true);
    m_ssidProblem = problem("ssidProblem");
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("security"));
    connect(m_security, &QComboBox::currentIndexChanged, this, &WifiPanel::validateStation);
    m_key = lineEdit("key", true);
    m_key->setEchoMode(QLineEdit::Password);
    m_showKey = new QCheckBox(tr("Show"), this);
    m_showKey->setObjectName(QStringLiteral("showKey"));
    connect(m_showKey, &QCheckBox::toggled, m_key,
            [this](bool shown) { setEchoFromToggle(m_key, shown); });
    m_keyProblem = problem("keyProblem");
    auto *keyRow = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_key, 1);
    keyLayout->addWidget(m_showKey);

    m_dhcp = new QRadioButton(tr("DHCP"), this);
    m_dhcp->setObjectName(QStringLiteral("dhcp"));
    m_dhcp->setChecked(true);
    m_staticIp = new QRadioButton(tr("Static"), this);
    m_staticIp->setObjectName(QStringLiteral("staticIp"));
    connect(m_dhcp, &QRadioButton::toggled, this, &WifiPanel::validateStation);
    auto *addressing = new QWidget(this);
    auto *addressingLayout = new QHBoxLayout(addressing);
    addressingLayout->setContentsMargins(0, 0, 0, 0);
    addressingLayout->addWidget(m_dhcp);
    addressingLayout->addWidget(m_staticIp);
    addressingLayout->addStretch(1);

    m_ip = lineEdit("ip", true);
    m_ip->setPlaceholderText(QLatin1String(AddressExample));
    m_ipProblem = problem("ipProblem");
    m_netmask = lineEdit("netmask", true);
    m_netmask->setText(QStringLiteral("255.255.255.0"));
    m_netmaskProblem = problem("netmaskProblem");
    m_gateway = lineEdit("gateway", true);
    m_gateway->setPlaceholderText(tr("optional"));
    m_gatewayProblem = problem("gatewayProblem");
    m_dns1 = lineEdit("dns1", true);
    m_dns1->setPlaceholderText(tr("optional"));
    m_dns1Problem = problem("dns1Problem");
    m_dns2 = lineEdit("dns2", true);
    m_dns2->setPlaceholderText(tr("optional"));
    m_dns2Problem = problem("dns2Problem");

    m_join = new QPushButton(tr("Join"), this);
    m_join->setObjectName(QStringLiteral("join"));
    m_join->setDefault(true);
    m_leave = new QPushButton(tr("Leave"), this);
    m_leave->setObjectName(QStringLiteral("leave"));
    connect(m_join, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->join(stationSettings());
    });
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->leave();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_join);
    buttons->addWidget(m_leave);

    auto *form = new QFormLayout;
    form->addRow(tr("SSID:"), withProblem(m_ssid, m_ssidProblem));
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("Key:"), withProblem(keyRow, m_keyProblem));
    form->addRow(tr("Address:"), addressing);
    form->addRow(tr("IP address:"), withProblem(m_ip, m_ipProblem));
    form->addRow(tr("Netmask:"), withProblem(m_netmask, m_netmaskProblem));
    form->addRow(tr("Gateway:"), withProblem(m_gateway, m_gatewayProblem));
    form->addRow(tr("DNS 1:"), withProblem(m_dns1, m_dns1Problem));
    form->addRow(tr("DNS 2:"), withProblem(m_dns2, m_dns2Problem));
    auto *layout = new QVBoxLayout(m_stationGroup);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return m_stationGroup;
}

QWidget *WifiPanel::buildSoftApGroup()
{
    m_apGroup = new QGroupBox(tr("Access point (soft AP)"), this);
    m_apGroup->setObjectName(QStringLiteral("softApGroup"));
    const auto problem = [this](const char *name) {
        auto *p = new FieldProblem(this);
        p->setObjectName(QLatin1String(name));
        return p;
    };
    m_apSsid = lineEdit("apSsid", false);
    m_apSsidProblem = problem("apSsidProblem");
    m_apChannel = new QComboBox(this);
    m_apChannel->setObjectName(QStringLiteral("apChannel"));
    connect(m_apChannel, &QComboBox::currentIndexChanged, this, &WifiPanel::validateSoftAp);
    m_apChannelProblem = problem("apChannelProblem");
    m_apSecurity = new QComboBox(this);
    m_apSecurity->setObjectName(QStringLiteral("apSecurity"));
    connect(m_apSecurity, &QComboBox::currentIndexChanged, this, &WifiPanel::validateSoftAp);
    m_apKey = lineEdit("apKey", false);
    m_apKey->setEchoMode(QLineEdit::Password);
    m_apShowKey = new QCheckBox(tr("Show"), this);
    m_apShowKey->setObjectName(QStringLiteral("apShowKey"));
    connect(m_apShowKey, &QCheckBox::toggled, m_apKey,
            [this](bool shown) { setEchoFromToggle(m_apKey, shown); });
    m_apKeyProblem = problem("apKeyProblem");
    auto *keyRow = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_apKey, 1);
    keyLayout->addWidget(m_apShowKey);
    const SoftApSettings defaults;
    m_apIp = lineEdit("apIp", false);
    m_apIp->setText(defaults.ip);
    m_apIpProblem = problem("apIpProblem");
    m_apNetmask = lineEdit("apNetmask", false);
    m_apNetmask->setText(defaults.netmask);
    m_apNetmaskProblem = problem("apNetmaskProblem");

    m_apStart = new QPushButton(tr("Start"), this);
    m_apStart->setObjectName(QStringLiteral("apStart"));
    m_apStop = new QPushButton(tr("Stop"), this);
    m_apStop->setObjectName(QStringLiteral("apStop"));
    connect(m_apStart, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->startSoftAp(softApSettings());
    });
    connect(m_apStop, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->stopSoftAp();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apStart);
    buttons->addWidget(m_apStop);

    auto *form = new QFormLayout;
    form->addRow(tr("SSID:"), withProblem(m_apSsid, m_apSsidProblem));
    form->addRow(tr("Channel:"), withProblem(m_apChannel, m_apChannelProblem));
    form->addRow(tr("Security:"), m_apSecurity);
    form->addRow(tr("Key:"), withProblem(keyRow, m_apKeyProblem));
    form->addRow(tr("IP address:"), withProblem(m_apIp, m_apIpProblem));
    form->addRow(tr("Netmask:"), withProblem(m_apNetmask, m_apNetmaskProblem));
    auto *layout = new QVBoxLayout(m_apGroup);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return m_apGroup;
}

void WifiPanel::fillSecurities(QComboBox *box, const QList<WifiSecurity> &securities)
{
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    for (WifiSecurity s : securities)
        box->addItem(wifiSecurityName(s), int(s));
    int index = current.isValid() ? box->findData(current) : -1;
    if (index < 0)
        index = box->findData(int(WifiSecurity::Wpa2Psk)); // the usual network
    box->setCurrentIndex(qMax(0, index));
}

void WifiPanel::updateAvailability()
{
    const bool connected = m_service && m_service->isConnected();
    const WifiCommands *commands = m_service ? m_service->commands() : nullptr;
    m_notConnected->setVisible(!connected);
    m_content->setEnabled(connected);
    m_content->setToolTip(connected ? QString() : m_notConnected->text());
    if (!connected) {
        m_persistenceRow->setVisible(false);
        validateStation();
        validateSoftAp();
        return;
    }
    const DialectCapabilities &caps = m_service->capabilities();
    // A family whose manual has the feature but whose command set is missing says so too.
    const auto feature = [commands](const DialectCapabilities::Feature &f) {
        return commands || !f.available
                   ? f
                   : DialectCapabilities::Feature::no(
                         tr("The Wi-Fi commands of this module are not supported yet."));
    };
    applyFeature(m_scanGroup, feature(caps.scan));
    applyFeature(m_stationGroup, feature(caps.station));
    applyFeature(m_apGroup, feature(caps.softAp));

    fillSecurities(m_security, commands ? commands->stationSecurities() : QList<WifiSecurity>{});
    fillSecurities(m_apSecurity, commands ? commands->softApSecurities() : QList<WifiSecurity>{});
    {
        const QVariant current = m_apChannel->currentData();
        const QSignalBlocker block(m_apChannel);
        m_apChannel->clear();
        for (int channel : commands ? commands->softApChannels() : QList<int>{})
            m_apChannel->addItem(QString::number(channel), channel);
        int index =
            m_apChannel->findData(current.isValid() ? current : QVariant(SoftApSettings().channel));
        m_apChannel->setCurrentIndex(qMax(0, index));
    }

    const bool staticIp = commands && commands->hasStaticIp();
    m_staticIp->setEnabled(staticIp);
    m_staticIp->setToolTip(
        staticIp ? QString() : tr("This module's commands take the address from DHCP only."));
    if (!staticIp)
        m_dhcp->setChecked(true);
    const bool dns = commands && commands->hasDns();
    const QString noDns = tr("This module's join commands do not set DNS servers.");
    for (QLineEdit *edit : {m_dns1, m_dns2}) {
        edit->setEnabled(dns);
        edit->setToolTip(dns ? QString() : noDns);
        if (!dns)
            edit->clear();
    }

    // Only where the family can choose; elsewhere settings simply last as the module keeps them.
    const bool canSave = caps.saveToFlash != DialectCapabilities::SaveToFlash::NotDocumented;
    m_persistenceRow->setVisible(canSave);
    m_persistence->setToolTip(caps.saveToFlashDescription);
    validateStation();
    validateSoftAp();
}

StationSettings WifiPanel::stationSettings() const
{
    StationSettings s;
    s.ssid = m_ssid->text();
    s.security = WifiSecurity(m_security->currentData().toInt());
    if (wifiSecurityNeedsKey(s.security))
        s.key = m_key->text();
    s.dhcp = m_dhcp->isChecked();
    if (!s.dhcp) {
        s.ip = m_ip->text().trimmed();
        s.netmask = m_netmask->text().trimmed();
        s.gateway = m_gateway->text().trimmed();
    }
    if (m_dns1->isEnabled()) {
        s.dns1 = m_dns1->text().trimmed();
        s.dns2 = m_dns2->text().trimmed();
    }
    s.saveToFlash = m_persistenceRow->isVisibleTo(this) && m_persistence->currentData().toBool();
    return s;
}

SoftApSettings WifiPanel::softApSettings() const
{
    SoftApSettings s;
    s.ssid = m_apSsid->text();
    s.channel = m_apChannel->currentData().toInt();
    s.security = WifiSecurity(m_apSecurity->currentData().toInt());
    if (wifiSecurityNeedsKey(s.security))
        s.key = m_apKey->text();
    s.ip = m_apIp->text().trimmed();
    s.netmask = m_apNetmask->text().trimmed();
    s.saveToFlash = m_persistenceRow->isVisibleTo(this) && m_persistence->currentData().toBool();
    return s;
}

void WifiPanel::validateStation()
{
    if (!m_join)
        return; // still building the form
    const StationSettings s = stationSettings();
    const bool needsKey = wifiSecurityNeedsKey(s.security);
    m_key->setEnabled(needsKey);
    m_showKey->setEnabled(needsKey);
    for (QLineEdit *edit : {m_ip, m_netmask, m_gateway})
        edit->setEnabled(!s.dhcp);

    using Field = WifiService::Field;
    const auto problems =
        m_service ? m_service->checkStation(s) : QHash<WifiService::Field, QString>{};
    const auto show = [this, &problems](FieldProblem *label, Field field, const QWidget *edit) {
        label->setProblem(m_touched.contains(edit) ? problems.value(field) : QString());
    };
    show(m_ssidProblem, Field::Ssid, m_ssid);
    show(m_keyProblem, Field::Key, m_key);
    show(m_ipProblem, Field::Ip, m_ip);
    show(m_netmaskProblem, Field::Netmask, m_netmask);
    show(m_gatewayProblem, Field::Gateway, m_gateway);
    show(m_dns1Problem, Field::Dns1, m_dns1);
    show(m_dns2Problem, Field::Dns2, m_dns2);

    const bool usable = m_service && m_service->isConnected() &&
                        m_service->capabilities().station.available && m_service->commands();
    m_join->setEnabled(usable && problems.isEmpty());
    // An untouched form shows no red text, so the button says what is missing.
    m_join->setToolTip(problems.isEmpty() ? QString() : problems.begin().value());
    m_leave->setEnabled(usable);
}

void WifiPanel::validateSoftAp()
{
    if (!m_apStart)
        return;
    const SoftApSettings s = softApSettings();
    const bool needsKey = wifiSecurityNeedsKey(s.security);
    m_apKey->setEnabled(needsKey);
    m_apShowKey->setEnabled(needsKey);

    using Field = WifiService::Field;
    const auto problems =
        m_service ? m_service->checkSoftAp(s) : QHash<WifiService::Field, QString>{};
    const auto show = [this, &problems](FieldProblem *label, Field field, const QWidget *edit) {
        label->setProblem(!edit || m_touched.contains(edit) ? problems.value(field) : QString());
    };
    show(m_apSsidProblem, Field::Ssid, m_apSsid);
    show(m_apChannelProblem, Field::Channel, nullptr);
    show(m_apKeyProblem, Field::Key, m_apKey);
    show(m_apIpProblem, Field::Ip, m_apIp);
    show(m_apNetmaskProblem, Field::Netmask, m_apNetmask);

    const bool usable = m_service && m_service->isConnected() &&
                        m_service->capabilities().softAp.available && m_service->commands();
    m_apStart->setEnabled(usable && problems.isEmpty());
    m_apStart->setToolTip(problems.isEmpty() ? QString() : problems.begin().value());
    m_apStop->setEnabled(usable);
}

void WifiPanel::updateStatus()
{
    if (!m_status) {
        for (QLabel *l : {m_link, m_linkSsid, m_linkIp, m_linkRssi})
            l->setText(tr("unknown"));
        return;
    }
    using F = ModuleStatus::Field;
    const auto show = [this](QLabel *label, F field, const QString &text) {
        if (!m_status->isAvailable(field) && !m_status->isKnown(field))
            label->setText(tr("not available on this module"));
        else if (!m_status->isKnown(field))
            label->setText(tr("unknown"));
        else if (!m_status->hasValue(field))
            label->setText(tr("none"));
        else
            label->setText(text);
        label->setToolTip(m_status->origin(field));
    };
    QString link;
    switch (m_status->link()) {
    case ModuleStatus::Link::Disconnected:
        link = tr("Not connected");
        break;
    case ModuleStatus::Link::Connecting:
        link = tr("Connecting…");
        break;
    case ModuleStatus::Link::Connected:
        link = tr("Connected");
        break;
    }
    show(m_link, F::Link, link);
    show(m_linkSsid, F::Ssid, m_status->ssid());
    show(m_linkIp, F::Ip, m_status->ip());
    show(m_linkRssi, F::Rssi, tr("%1 dBm").arg(m_status->rssi()));
}

WifiSecurity WifiPanel::securityFromScan(const QString &text)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t.contains(u"open") || t == QLatin1String("none"))
        return WifiSecurity::Open;
    if (t.contains(u"wep"))
        return WifiSecurity::Wep;
    const bool wpa3 = t.contains(u"wpa3") || t.contains(u"sae");
    const bool wpa2 = t.contains(u"wpa2");
    // "wpa" on its own, not only as the start of "wpa2" / "wpa3".
    QString rest = t;
    rest.remove(QStringLiteral("wpa2")).remove(QStringLiteral("wpa3"));
    const bool wpa1 = rest.contains(u"wpa");
    if (wpa3 && wpa2)
        return WifiSecurity::Wpa2Wpa3Psk;
    if (wpa3)
        return WifiSecurity::Wpa3Psk;
    if (wpa1 && wpa2)
        return WifiSecurity::WpaWpa2Psk;
    if (wpa1)
        return WifiSecurity::WpaPsk;
    return WifiSecurity::Wpa2Psk; // WPA2, or "encrypted" without saying how: the usual case
}

void WifiPanel::fillFromScanRow(const QModelIndex &proxyIndex)
{
    if (!m_service || !proxyIndex.isValid())
        return;
    const ScanEntry entry = m_service->scanResults()->entry(m_proxy->mapToSource(proxyIndex).row());
    m_ssid->setText(entry.ssid);
    m_touched.insert(m_ssid);
    // The scanned type when the join form offers it; otherwise the closest it offers (a mixed
    // WPA/WPA2 network takes a WPA2 join).
    const WifiSecurity scanned = securityFromScan(entry.security);
    QList<WifiSecurity> tries{scanned};
    if (scanned == WifiSecurity::WpaWpa2Psk || scanned == WifiSecurity::Wpa2Wpa3Psk)
        tries << WifiSecurity::Wpa2Psk << WifiSecurity::WpaWpa2Psk;
    if (scanned == WifiSecurity::Wpa2Psk)
        tries << WifiSecurity::WpaWpa2Psk << WifiSecurity::Wpa2Wpa3Psk;
    for (WifiSecurity s : tries) {
        const int index = m_security->findData(int(s));
        if (index >= 0) {
            m_security->setCurrentIndex(index);
            break;
        }
    }
    validateStation();
    if (m_key->isEnabled())
        m_key->setFocus();
}

void WifiPanel::updateScanButton()
{
    const bool scanning = m_service && m_service->isScanning();
    m_scan->setText(scanning ? tr("Scanning…") : tr("Scan"));
    m_scan->setEnabled(!scanning);
}
