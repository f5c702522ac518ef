#include "MqttPanel.h"

#include "PanelSupport.h"
#include "services/MqttService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr quint16 PlainPort = 1883;
constexpr quint16 TlsPort = 8883;

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

// An untouched empty field is not an error yet; the disabled button says enough.
QString shown(const QLineEdit *edit, const QString &problem)
{
    return edit->text().isEmpty() && !edit->isModified() ? QString() : problem;
}

void setupTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}
} // namespace

MqttPanel::MqttPanel(MqttService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_notice(new QLabel(this))
    , m_content(new QWidget(this))
    , m_host(new QLineEdit(this))
    , m_hostProblem(new FieldProblem(this))
    , m_port(new QLineEdit(QString::number(PlainPort), this))
    , m_portProblem(new FieldProblem(this))
    , m_clientId(new QLineEdit(this))
    , m_clientIdProblem(new FieldProblem(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_showPassword(new QToolButton(this))
    , m_keepAlive(new QSpinBox(this))
    , m_tls(new QCheckBox(tr("TLS"), this))
    , m_state(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_disconnect(new QPushButton(tr("Disconnect"), this))
    , m_subscribeTopic(new QLineEdit(this))
    , m_subscribeQos(new QComboBox(this))
    , m_subscribeProblem(new FieldProblem(this))
    , m_subscribe(new QPushButton(tr("Subscribe"), this))
    , m_subscriptions(new QTableView(this))
    , m_unsubscribe(new QPushButton(tr("Unsubscribe"), this))
    , m_publishTopic(new QLineEdit(this))
    , m_publishTopicProblem(new FieldProblem(this))
    , m_payload(new QPlainTextEdit(this))
    , m_payloadProblem(new FieldProblem(this))
    , m_publishQos(new QComboBox(this))
    , m_retain(new QCheckBox(tr("Retain"), this))
    , m_publish(new QPushButton(tr("Publish"), this))
    , m_messages(new QTableView(this))
    , m_messagesHex(new QCheckBox(tr("Payload as hex"), this))
    , m_status(new ActionStatus(this))
{
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    QFont noticeFont = m_notice->font();
    noticeFont.setBold(true);
    m_notice->setFont(noticeFont);
    m_host->setObjectName(QStringLiteral("brokerHost"));
    m_host->setPlaceholderText(tr("e.g. broker.example.com"));
    m_hostProblem->setObjectName(QStringLiteral("brokerHostProblem"));
    m_port->setObjectName(QStringLiteral("brokerPort"));
    m_portProblem->setObjectName(QStringLiteral("brokerPortProblem"));
    m_clientId->setObjectName(QStringLiteral("clientId"));
    // A unique default: two clients with one id throw each other off the broker.
    m_clientId->setText(
        QStringLiteral("atstudio-%1")
            .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0')));
    m_clientIdProblem->setObjectName(QStringLiteral("clientIdProblem"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("optional"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_showPassword->setObjectName(QStringLiteral("showPassword"));
    m_showPassword->setText(tr("Show"));
    m_showPassword->setCheckable(true);
    m_showPassword->setToolTip(tr("Show or hide the password"));
    m_keepAlive->setObjectName(QStringLiteral("keepAlive"));
    m_keepAlive->setRange(0, 65535);
    m_keepAlive->setValue(60);
    m_keepAlive->setSuffix(tr(" s"));
    m_keepAlive->setSpecialValueText(tr("off"));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_state->setObjectName(QStringLiteral("brokerState"));
    m_state->setWordWrap(true);
    m_connect->setObjectName(QStringLiteral("connectBroker"));
    m_disconnect->setObjectName(QStringLiteral("disconnectBroker"));
    m_subscribeTopic->setObjectName(QStringLiteral("subscribeTopic"));
    m_subscribeTopic->setPlaceholderText(tr("e.g. sensors/+/temperature"));
    m_subscribeQos->setObjectName(QStringLiteral("subscribeQos"));
    m_subscribeProblem->setObjectName(QStringLiteral("subscribeProblem"));
    m_subscribe->setObjectName(QStringLiteral("subscribe"));
    m_subscriptions->setObjectName(QStringLiteral("subscriptionsTable"));
    m_unsubscribe->setObjectName(QStringLiteral("unsubscribe"));
    m_publishTopic->setObjectName(QStringLiteral("publishTopic"));
    m_publishTopic->setPlaceholderText(tr("e.g. sensors/kitchen/temperature"));
    m_publishTopicProblem->setObjectName(QStringLiteral("publishTopicProblem"));
    m_payload->setObjectName(QStringLiteral("payload"));
    m_payload->setTabChangesFocus(true);
    m_payloadProblem->setObjectName(QStringLiteral("payloadProblem"));
    m_publishQos->setObjectName(QStringLiteral("publishQos"));
    m_retain->setObjectName(QStringLiteral("retain"));
    m_publish->setObjectName(QStringLiteral("publish"));
    m_messages->setObjectName(QStringLiteral("messagesTable"));
    m_messagesHex->setObjectName(QStringLiteral("messagesHex"));
    m_status->setObjectName(QStringLiteral("status"));

    // Broker.
    auto *brokerGroup = new QGroupBox(tr("Broker"), this);
    auto *brokerForm = new QFormLayout(brokerGroup);
    brokerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    brokerForm->addRow(tr("Host:"), withProblem(m_host, m_hostProblem, brokerGroup));
    auto *portRow = new QWidget(brokerGroup);
    auto *portLayout = new QHBoxLayout(portRow);
    portLayout->setContentsMargins(0, 0, 0, 0);
    portLayout->addWidget(m_port, 1);
    portLayout->addWidget(m_tls);
    brokerForm->addRow(tr("Port:"), withProblem(portRow, m_portProblem, brokerGroup));
    brokerForm->addRow(tr("Client id:"), withProblem(m_clientId, m_clientIdProblem, brokerGroup));
    brokerForm->addRow(tr("User:"), m_user);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    brokerForm->addRow(tr("Password:"), passwordRow);
    brokerForm->addRow(tr("Keep-alive:"), m_keepAlive);
    brokerForm->addRow(tr("State:"), m_state);
    auto *connectRow = new QHBoxLayout;
    connectRow->addStretch(1);
    connectRow->addWidget(m_connect);
    connectRow->addWidget(m_disconnect);
    brokerForm->addRow(connectRow);

    // Subscribe.
    auto *subscribeGroup = new QGroupBox(tr("Subscribe"), this);
    auto *subscribeForm = new QFormLayout(subscribeGroup);
    subscribeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    subscribeForm->addRow(tr("Topic:"),
                          withProblem(m_subscribeTopic, m_subscribeProblem, subscribeGroup));
    auto *subscribeRow = new QHBoxLayout;
    subscribeRow->addWidget(m_subscribeQos);
    subscribeRow->addStretch(1);
    subscribeRow->addWidget(m_subscribe);
    subscribeForm->addRow(tr("QoS:"), subscribeRow);

    // Publish.
    auto *publishGroup = new QGroupBox(tr("Publish"), this);
    auto *publishForm = new QFormLayout(publishGroup);
    publishForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    publishForm->addRow(tr("Topic:"),
                        withProblem(m_publishTopic, m_publishTopicProblem, publishGroup));
    m_payload->setMaximumHeight(m_payload->fontMetrics().lineSpacing() * 5);
    publishForm->addRow(tr("Payload:"), withProblem(m_payload, m_payloadProblem, publishGroup));
    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(m_publishQos);
    publishRow->addWidget(m_retain);
    publishRow->addStretch(1);
    publishRow->addWidget(m_publish);
    publishForm->addRow(tr("QoS:"), publishRow);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(brokerGroup);
    leftLayout->addWidget(subscribeGroup);
    leftLayout->addWidget(publishGroup);
    leftLayout->addStretch(1);
    auto *leftScroll = m_formScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Subscriptions and messages.
    setupTable(m_subscriptions);
    m_subscriptions->setModel(m_service->subscriptions());
    auto *subscriptionsGroup = new QGroupBox(tr("Subscriptions"), this);
    auto *subscriptionsLayout = new QVBoxLayout(subscriptionsGroup);
    subscriptionsLayout->addWidget(m_subscriptions, 1);
    auto *unsubscribeRow = new QHBoxLayout;
    unsubscribeRow->addStretch(1);
    unsubscribeRow->addWidget(m_unsubscribe);
    subscriptionsLayout->addLayout(unsubscribeRow);

    setupTable(m_messages);
    m_messages->setModel(m_service->messages());
    m_messages->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_messages->horizontalHeader()->setStretchLastSection(true);
    m_messages->setWordWrap(false);
    auto *messagesGroup = new QGroupBox(tr("Received messages"), this);
    auto *messagesLayout = new QVBoxLayout(messagesGroup);
    auto *messagesTop = new QHBoxLayout;
    messagesTop->addWidget(m_messagesHex);
    messagesTop->addStretch(1);
    auto *clearMessages = new QPushButton(tr("Clear"), this);
    clearMessages->setObjectName(QStringLiteral("clearMessages"));
    messagesTop->addWidget(clearMessages);
    messagesLayout->addLayout(messagesTop);
    messagesLayout->addWidget(m_messages, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(subscriptionsGroup);
    right->addWidget(messagesGroup);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);
    right->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(leftScroll);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 630});

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(split, 1);
    contentLayout->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_content, 1);

    m_status->follow(m_service);

    connect(m_showPassword, &QToolButton::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_tls, &QCheckBox::toggled, this, [this](bool tls) {
        // Follow the usual port when the user kept the usual one.
        if (m_port->text() == QString::number(tls ? PlainPort : TlsPort))
            m_port->setText(QString::number(tls ? TlsPort : PlainPort));
        revalidateConnect();
    });
    for (QLineEdit *e : {m_host, m_port, m_clientId, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &MqttPanel::revalidateConnect);
    connect(m_keepAlive, &QSpinBox::valueChanged, this, &MqttPanel::revalidateConnect);
    connect(m_connect, &QPushButton::clicked, this, &MqttPanel::connectBroker);
    connect(m_disconnect, &QPushButton::clicked, m_service, &MqttService::disconnectBroker);
    connect(m_subscribeTopic, &QLineEdit::textChanged, this, &MqttPanel::revalidateSubscribe);
    connect(m_subscribeTopic, &QLineEdit::returnPressed, m_subscribe, &QPushButton::click);
    connect(m_subscribe, &QPushButton::clicked, this, &MqttPanel::subscribe);
    connect(m_unsubscribe, &QPushButton::clicked, this, &MqttPanel::unsubscribe);
    connect(m_subscriptions->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MqttPanel::updateUnsubscribe);
    connect(m_service->subscriptions(), &QAbstractItemModel::modelReset, this,
            &MqttPanel::updateUnsubscribe);
    connect(m_service->subscriptions(), &QAbstractItemModel::rowsRemoved, this,
            &MqttPanel::updateUnsubscribe);
    connect(m_publishTopic, &QLineEdit::textChanged, this, &MqttPanel::revalidatePublish);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &MqttPanel::revalidatePublish);
    connect(m_publish, &QPushButton::clicked, this, &MqttPanel::publish);
    connect(m_messagesHex, &QCheckBox::toggled, m_service->messages(), &MqttMessagesModel::setHex);
    connect(clearMessages, &QPushButton::clicked, m_service->messages(), &MqttMessagesModel::clear);
    connect(m_service->messages(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                // Widen time and topic for what came in (looking at new rows only keeps a busy
                // broker cheap); a topic never takes more than a third of the table.
                const int cap = qMax(120, m_messages->viewport()->width() / 3);
                const QFontMetrics metrics = m_messages->fontMetrics();
                const auto textWidth = [&](int row, int column) {
                    // The text plus the cell's margins (about a character each side).
                    return metrics.horizontalAdvance(
                               m_service->messages()->index(row, column).data().toString()) +
                           3 * metrics.averageCharWidth();
                };
                for (int column : {int(MqttMessagesModel::Time), int(MqttMessagesModel::Topic)}) {
                    int width = m_messages->columnWidth(column);
                    for (int row = first; row <= last; ++row)
                        width = qMax(width, textWidth(row, column));
                    m_messages->setColumnWidth(column, qMin(width, cap));
                }
                // Follow the newest message unless the user scrolled up to read an older one.
                if (m_messages->selectionModel()->selectedRows().isEmpty())
                    m_messages->scrollToBottom();
            });
    connect(m_service, &MqttService::brokerConnectedChanged, this, &MqttPanel::brokerStateChanged);
    connect(m_service, &CapabilityService::busyChanged, this, &MqttPanel::brokerStateChanged);
    connect(m_service, &CapabilityService::availabilityChanged, this,
            &MqttPanel::availabilityChanged);
    fitFormColumn();
    availabilityChanged();
}

void MqttPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitFormColumn();
}

void MqttPanel::fitFormColumn()
{
    ::fitFormColumn(m_formScroll);
}

void MqttPanel::availabilityChanged()
{
    const bool connected = m_service->isConnected();
    const auto &caps = m_service->capabilities();
    const bool usable = connected && caps.mqtt.available;
    const QString why = !connected ? tr("Connect to a module first.") : caps.mqtt.reason;
    m_content->setEnabled(usable);
    m_content->setToolTip(why);
    m_notice->setText(why);
    m_notice->setVisible(!usable);

    applyFeature(m_tls, connected ? caps.mqttTls : DialectCapabilities::Feature::yes(),
                 tr("Connect over TLS (the module checks the broker's certificate)."));
    if (!m_tls->isEnabled())
        m_tls->setChecked(false);

    // The family's QoS levels.
    const QList<int> levels =
        m_service->commands() ? m_service->commands()->qosLevels() : QList<int>{0, 1, 2};
    for (QComboBox *box : {m_subscribeQos, m_publishQos}) {
        const int was = box->currentData().isValid() ? box->currentData().toInt() : 0;
        box->clear();
        for (int qos : levels)
            box->addItem(tr("QoS %1").arg(qos), qos);
        box->setCurrentIndex(qMax(0, box->findData(was)));
    }
    revalidateConnect();
    revalidateSubscribe();
    revalidatePublish();
    brokerStateChanged();
    updateUnsubscribe();
}

void MqttPanel::brokerStateChanged()
{
    const bool up = m_service->isBrokerConnected();
    m_state->setText(up ? tr("Connected to the broker.") : tr("Not connected to a broker."));
    QFont f = m_state->font();
    f.setBold(up);
    m_state->setFont(f);
    m_disconnect->setEnabled(up || m_service->isBusy());
    revalidateConnect();
    revalidatePublish();
}

void MqttPanel::revalidateConnect()
{
    MqttSettings s;
    s.host = m_host->text().trimmed();
    bool portOk = false;
    const int port = m_port->text().trimmed().toInt(&portOk);
    s.port = quint16(portOk && port > 0 && port <= 65535 ? port : 0);
    s.clientId = m_clientId->text();
    s.user = m_user->text();
    s.password = m_password->text();
    s.keepAliveS = m_keepAlive->value();
    s.tls = m_tls->isChecked();
    auto problems = m_service->checkConnect(s);
    if (!portOk || port < 1 || port > 65535)
        problems.insert(MqttService::Field::Port, tr("A port is a number from 1 to 65535."));
    m_hostProblem->setProblem(shown(m_host, problems.value(MqttService::Field::Host)));
    m_portProblem->setProblem(problems.value(MqttService::Field::Port));
    m_clientIdProblem->setProblem(problems.value(MqttService::Field::ClientId));

    QString why;
    if (m_service->isBrokerConnected())
        why = tr("Already connected: disconnect first to change the broker.");
    else if (!problems.isEmpty())
        why = problems.begin().value();
    m_connect->setEnabled(why.isEmpty());
    m_connect->setToolTip(why);
}

void MqttPanel::revalidateSubscribe()
{
    const QString topic = m_subscribeTopic->text();
    const QString problem = m_service->checkTopic(topic, false).value(MqttService::Field::Topic);
    m_subscribeProblem->setProblem(shown(m_subscribeTopic, problem));
    m_subscribe->setEnabled(problem.isEmpty());
    m_subscribe->setToolTip(problem);
}

void MqttPanel::revalidatePublish()
{
    const auto problems =
        m_service->checkPublish(m_publishTopic->text(), m_payload->toPlainText().toUtf8());
    m_publishTopicProblem->setProblem(
        shown(m_publishTopic, problems.value(MqttService::Field::Topic)));
    m_payloadProblem->setProblem(problems.value(MqttService::Field::Payload));
    QString why;
    if (!problems.isEmpty())
        why = problems.begin().value();
    else if (!m_service->isBrokerConnected())
        why = tr("Connect to the broker first.");
    m_publish->setEnabled(why.isEmpty());
    m_publish->setToolTip(why);
}

void MqttPanel::updateUnsubscribe()
{
    const bool selected = !m_subscriptions->selectionModel()->selectedRows().isEmpty();
    m_unsubscribe->setEnabled(selected);
    m_unsubscribe->setToolTip(selected ? QString() : tr("Select a subscription in the table."));
}

void MqttPanel::connectBroker()
{
    revalidateConnect();
    if (!m_connect->isEnabled())
        return;
    MqttSettings s;
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->text().trimmed().toInt());
    s.clientId = m_clientId->text();
    s.user = m_user->text();
    s.password = m_password->text();
    s.keepAliveS = m_keepAlive->value();
    s.tls = m_tls->isChecked();
    m_service->connectBroker(s);
}

void MqttPanel::subscribe()
{
    revalidateSubscribe();
    if (!m_subscribe->isEnabled())
        return;
    MqttSubscription sub;
    sub.topic = m_subscribeTopic->text();
    sub.qos = m_subscribeQos->currentData().toInt();
    m_service->subscribe(sub);
}

void MqttPanel::unsubscribe()
{
    const QModelIndexList rows = m_subscriptions->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_service->unsubscribe(m_service->subscriptions()->at(rows.first().row()).subscription.topic);
}

void MqttPanel::publish()
{
    revalidatePublish();
    if (!m_publish->isEnabled())
        return;
    m_service->publish(m_publishTopic->text(), m_payload->toPlainText().toUtf8(),
                       m_publishQos->currentData().toInt(), m_retain->isChecked());
}
