#include "SocketsPanel.h"

#include "ByteView.h"
#include "PanelSupport.h"
#include "SendBox.h"
#include "services/FormChecks.h"
#include "services/SocketService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A port field's number: 0 for an empty field where that means "any", -1 when not a number.
int portValue(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : -1;
}

// A field with its problem right under it, so the reason sits beside what caused it.
QWidget *withProblem(QWidget *field, FieldProblem *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}
} // namespace

SocketsPanel::SocketsPanel(SocketService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_notice(new QLabel(this))
    , m_content(new QWidget(this))
    , m_kind(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_hostProblem(new FieldProblem(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(this))
    , m_portProblem(new FieldProblem(this))
    , m_localPort(new QLineEdit(this))
    , m_localPortProblem(new FieldProblem(this))
    , m_dataMode(new QCheckBox(tr("Open in data (transparent) mode"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_table(new QTableView(this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_closeAll(new QPushButton(tr("Close all"), this))
    , m_clearClosed(new QPushButton(tr("Remove closed"), this))
    , m_enterDataMode(new QPushButton(tr("Enter data mode"), this))
    , m_leaveDataMode(new QPushButton(tr("Leave data mode"), this))
    , m_sendGroup(new QGroupBox(tr("Send"), this))
    , m_sendBox(new SendBox(this))
    , m_receivedGroup(new QGroupBox(tr("Received"), this))
    , m_received(new ByteView(this))
    , m_status(new ActionStatus(this))
{
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    QFont noticeFont = m_notice->font();
    noticeFont.setBold(true);
    m_notice->setFont(noticeFont);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or example.com"));
    m_hostProblem->setObjectName(QStringLiteral("hostProblem"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setPlaceholderText(tr("1-65535"));
    m_portProblem->setObjectName(QStringLiteral("portProblem"));
    m_localPort->setObjectName(QStringLiteral("localPort"));
    m_localPort->setPlaceholderText(tr("any"));
    m_localPortProblem->setObjectName(QStringLiteral("localPortProblem"));
    m_dataMode->setObjectName(QStringLiteral("dataMode"));
    m_open->setObjectName(QStringLiteral("open"));
    m_table->setObjectName(QStringLiteral("socketTable"));
    m_close->setObjectName(QStringLiteral("close"));
    m_closeAll->setObjectName(QStringLiteral("closeAll"));
    m_clearClosed->setObjectName(QStringLiteral("removeClosed"));
    m_enterDataMode->setObjectName(QStringLiteral("enterDataMode"));
    m_leaveDataMode->setObjectName(QStringLiteral("leaveDataMode"));
    m_sendBox->setObjectName(QStringLiteral("sendBox"));
    m_received->setObjectName(QStringLiteral("received"));
    m_status->setObjectName(QStringLiteral("status"));

    // Kinds: every one listed; those the family lacks are greyed with the reason (see below).
    auto *kinds = new QStandardItemModel(m_kind);
    const QList<std::pair<SocketKind, QString>> kindNames = {
        {SocketKind::TcpClient, tr("TCP client")},
        {SocketKind::TcpServer, tr("TCP server")},
        {SocketKind::Udp, tr("UDP")},
        {SocketKind::Tls, tr("TLS client")}};
    for (const auto &[kind, name] : kindNames) {
        auto *item = new QStandardItem(name);
        item->setData(int(kind), Qt::UserRole);
        kinds->appendRow(item);
    }
    m_kind->setModel(kinds);

    // The open form.
    auto *openGroup = new QGroupBox(tr("Open a socket"), this);
    auto *form = new QFormLayout(openGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Host:"), withProblem(m_host, m_hostProblem, openGroup));
    form->addRow(m_portLabel, withProblem(m_port, m_portProblem, openGroup));
    form->addRow(tr("Local port:"), withProblem(m_localPort, m_localPortProblem, openGroup));
    form->addRow(m_dataMode);
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_open);
    form->addRow(openRow);

    auto *sendLayout = new QVBoxLayout(m_sendGroup);
    sendLayout->addWidget(m_sendBox);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(openGroup);
    leftLayout->addWidget(m_sendGroup, 1);
    auto *leftScroll = m_formScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The sockets and what the selected one received.
    m_table->setModel(m_service->sockets());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SocketsModel::Peer, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    auto *tableGroup = new QGroupBox(tr("Sockets"), this);
    auto *tableLayout = new QVBoxLayout(tableGroup);
    tableLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_closeAll);
    buttons->addWidget(m_clearClosed);
    buttons->addStretch(1);
    buttons->addWidget(m_enterDataMode);
    buttons->addWidget(m_leaveDataMode);
    tableLayout->addLayout(buttons);

    auto *receivedLayout = new QVBoxLayout(m_receivedGroup);
    receivedLayout->addWidget(m_received);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(tableGroup);
    right->addWidget(m_receivedGroup);
    right->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(leftScroll);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({400, 700});

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(split, 1);
    contentLayout->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_content, 1);

    m_status->follow(m_service);

    const auto edited = [this] { revalidate(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SocketsPanel::kindChanged);
    connect(m_host, &QLineEdit::textChanged, this, edited);
    connect(m_port, &QLineEdit::textChanged, this, edited);
    connect(m_localPort, &QLineEdit::textChanged, this, edited);
    connect(m_dataMode, &QCheckBox::toggled, this, edited);
    connect(m_host, &QLineEdit::returnPressed, m_open, &QPushButton::click);
    connect(m_port, &QLineEdit::returnPressed, m_open, &QPushButton::click);
    connect(m_open, &QPushButton::clicked, this, &SocketsPanel::open);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_selected >= 0)
            m_service->close(m_selected);
    });
    connect(m_closeAll, &QPushButton::clicked, m_service, &SocketService::closeAll);
    connect(m_clearClosed, &QPushButton::clicked, this,
            [this] { m_service->sockets()->removeClosed(); });
    connect(m_enterDataMode, &QPushButton::clicked, this, [this] {
        if (m_selected >= 0)
            m_service->enterDataMode(m_selected);
    });
    connect(m_leaveDataMode, &QPushButton::clicked, m_service, &SocketService::leaveDataMode);
    connect(m_sendBox, &SendBox::sendRequested, this, [this](const QByteArray &bytes, int repeat) {
        if (m_selected >= 0)
            m_service->send(m_selected, bytes, repeat);
    });
    connect(m_received, &ByteView::clearRequested, this, [this] {
        if (m_selected >= 0)
            m_service->sockets()->clearReceived(m_selected);
    });

    SocketsModel *model = m_service->sockets();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SocketsPanel::selectionChanged);
    connect(model, &SocketsModel::received, this, [this](int number, const QByteArray &bytes) {
        if (number == m_selected)
            m_received->append(bytes);
    });
    // A new socket is selected at once: the user almost always wants to talk on it next.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) { m_table->selectRow(last); });
    connect(model, &QAbstractItemModel::dataChanged, this, &SocketsPanel::updateSocketActions);
    connect(model, &QAbstractItemModel::dataChanged, this, [this, model](const QModelIndex &tl) {
        // A row replaced by a new socket of the same number (add() after a close) starts afresh.
        if (m_selected >= 0 && tl.column() == 0 && model->rowOf(m_selected) == tl.row())
            selectionChanged();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SocketsPanel::selectionChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SocketsPanel::selectionChanged);
    connect(m_service, &SocketService::dataModeChanged, this, &SocketsPanel::updateSocketActions);
    connect(m_service, &SocketService::dataModeChanged, this, &SocketsPanel::revalidate);
    connect(m_service, &CapabilityService::availabilityChanged, this,
            &SocketsPanel::availabilityChanged);
    fitFormColumn();
    availabilityChanged();
}

void SocketsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitFormColumn();
}

void SocketsPanel::fitFormColumn()
{
    ::fitFormColumn(m_formScroll);
}

void SocketsPanel::availabilityChanged()
{
    const bool connected = m_service->isConnected();
    m_content->setEnabled(connected);
    m_notice->setVisible(!connected);
    m_notice->setText(tr("Connect to a module first."));
    m_content->setToolTip(connected ? QString() : tr("Connect to a module first."));

    // Kinds the family lacks stay listed, greyed, with the reason as their tooltip.
    auto *kinds = static_cast<QStandardItemModel *>(m_kind->model());
    int firstAvailable = -1;
    for (int row = 0; row < kinds->rowCount(); ++row) {
        QStandardItem *item = kinds->item(row);
        const auto f = m_service->feature(SocketKind(item->data(Qt::UserRole).toInt()));
        const bool available = f.available || !connected;
        item->setEnabled(available);
        item->setToolTip(available ? QString() : f.reason);
        if (available && firstAvailable < 0)
            firstAvailable = row;
    }
    if (!kinds->item(m_kind->currentIndex())->isEnabled() && firstAvailable >= 0)
        m_kind->setCurrentIndex(firstAvailable);

    applyFeature(m_dataMode, connected ? m_service->capabilities().transparentMode
                                       : DialectCapabilities::Feature::yes());
    kindChanged();
    selectionChanged();
}

void SocketsPanel::kindChanged()
{
    const auto kind = SocketKind(m_kind->currentData(Qt::UserRole).toInt());
    const bool server = kind == SocketKind::TcpServer;
    m_host->setEnabled(!server);
    m_host->setToolTip(server ? tr("A server listens on the module's own address.") : QString());
    m_portLabel->setText(server ? tr("Listen port:") : tr("Port:"));
    // The local port is a UDP socket's own port; the module picks it for the other kinds.
    m_localPort->setEnabled(kind == SocketKind::Udp);
    m_localPort->setToolTip(kind == SocketKind::Udp
                                ? tr("Empty or 0: the module picks one.")
                                : tr("Only a UDP socket takes its own local port here."));
    revalidate();
}

SocketSettings SocketsPanel::settings(bool *portsOk) const
{
    SocketSettings s;
    s.kind = SocketKind(m_kind->currentData(Qt::UserRole).toInt());
    s.host = s.kind == SocketKind::TcpServer ? QString() : m_host->text().trimmed();
    const int port = portValue(m_port);
    const int local = s.kind == SocketKind::Udp ? portValue(m_localPort) : 0;
    if (portsOk)
        *portsOk = port > 0 && port <= 65535 && local >= 0 && local <= 65535;
    s.port = quint16(qBound(0, port, 65535));
    s.localPort = quint16(qBound(0, local, 65535));
    s.dataMode = m_dataMode->isEnabled() && m_dataMode->isChecked();
    return s;
}

void SocketsPanel::revalidate()
{
    const SocketSettings s = settings();
    auto problems = m_service->checkOpen(s);
    // Values a quint16 cannot hold never reach the settings: judge the typed text here.
    const int port = portValue(m_port);
    if (port < 0)
        problems.insert(SocketService::Field::Port, tr("Enter the port as a number."));
    else if (const QString p = FormChecks::port(port); !p.isEmpty())
        problems.insert(SocketService::Field::Port, p);
    if (s.kind == SocketKind::Udp) {
        const int local = portValue(m_localPort);
        if (local < 0)
            problems.insert(SocketService::Field::LocalPort, tr("Enter the port as a number."));
        else if (const QString p = FormChecks::port(local, true); !p.isEmpty())
            problems.insert(SocketService::Field::LocalPort, p);
    } else {
        problems.remove(SocketService::Field::LocalPort);
    }
    // An untouched empty field is not an error yet; the disabled button is enough.
    const auto shown = [](const QLineEdit *edit, const QString &problem) {
        return edit->text().isEmpty() && !edit->isModified() ? QString() : problem;
    };
    m_hostProblem->setProblem(shown(m_host, problems.value(SocketService::Field::Host)));
    m_portProblem->setProblem(shown(m_port, problems.value(SocketService::Field::Port)));
    m_localPortProblem->setProblem(problems.value(SocketService::Field::LocalPort));

    const auto feature = m_service->feature(s.kind);
    QString why;
    if (!m_service->isConnected())
        why = tr("Connect to a module first.");
    else if (!feature.available)
        why = feature.reason;
    else if (m_service->dataModeSocket() >= 0)
        why = tr("Leave data mode first: the module takes no commands meanwhile.");
    else if (!problems.isEmpty())
        why = problems.begin().value();
    m_open->setEnabled(why.isEmpty());
    m_open->setToolTip(why);
}

void SocketsPanel::open()
{
    revalidate();
    if (!m_open->isEnabled())
        return;
    m_service->open(settings());
}

void SocketsPanel::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    SocketsModel *model = m_service->sockets();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const int number = row >= 0 && row < model->rowCount() ? model->at(row).number : -1;
    m_selected = number;
    if (number >= 0) {
        m_receivedGroup->setTitle(tr("Received on socket %1").arg(number));
        m_sendGroup->setTitle(tr("Send on socket %1").arg(number));
        m_received->setBytes(model->at(row).received);
    } else {
        m_receivedGroup->setTitle(tr("Received"));
        m_sendGroup->setTitle(tr("Send"));
        m_received->setBytes({});
    }
    updateSocketActions();
}

void SocketsPanel::updateSocketActions()
{
    const SocketsModel *model = m_service->sockets();
    const SocketsModel::Socket *s = m_selected >= 0 ? model->socket(m_selected) : nullptr;
    const bool open = s && s->state != SocketsModel::State::Closed;
    const bool inDataMode = m_service->dataModeSocket() >= 0;
    const QString leaveFirst = tr("Leave data mode first: the module takes no commands meanwhile.");

    // Sending: a selected, open socket with a peer.
    QString sendWhy;
    if (!s)
        sendWhy = tr("Select a socket in the table.");
    else if (!open)
        sendWhy = tr("Socket %1 is closed.").arg(s->number);
    else if (s->state == SocketsModel::State::Listening)
        sendWhy = tr("A listening socket has no peer: select a connection it accepted.");
    else if (s->state == SocketsModel::State::Opening)
        sendWhy = tr("Socket %1 is still opening.").arg(s->number);
    else if (inDataMode && s->number != m_service->dataModeSocket())
        sendWhy = leaveFirst;
    m_sendBox->setTargetAvailable(sendWhy.isEmpty(), sendWhy);

    m_close->setEnabled(open && !inDataMode);
    m_close->setToolTip(inDataMode ? leaveFirst
                        : open     ? QString()
                                   : tr("Select an open socket in the table."));
    m_closeAll->setEnabled(!model->openNumbers().isEmpty() && !inDataMode);
    m_closeAll->setToolTip(inDataMode ? leaveFirst : QString());

    const auto &transparent = m_service->capabilities().transparentMode;
    if (!m_service->isConnected() || !transparent.available) {
        applyFeature(m_enterDataMode, transparent);
        applyFeature(m_leaveDataMode, transparent);
        return;
    }
    const bool canEnter = open && !inDataMode && s->state != SocketsModel::State::Listening;
    m_enterDataMode->setEnabled(canEnter);
    m_enterDataMode->setToolTip(
        canEnter ? tr("Every byte sent and received goes straight to and from the peer.")
                 : tr("Select an open socket with a peer, not in data mode."));
    m_leaveDataMode->setEnabled(inDataMode);
    m_leaveDataMode->setToolTip(inDataMode ? QString() : tr("No socket is in data mode."));
}
