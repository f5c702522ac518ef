#include "ConnectionBar.h"

#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "transport/TcpTransport.h"

#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSettings>
#include <QTimer>

namespace {
const char VirtualPort[] = "virtual:";

QString friendlyName(const QSerialPortInfo &info)
{
    QStringList parts;
    if (!info.description().isEmpty())
        parts << info.description();
    if (!info.manufacturer().isEmpty() && !info.description().contains(info.manufacturer()))
        parts << info.manufacturer();
    if (info.hasVendorIdentifier() && info.hasProductIdentifier())
        parts << QStringLiteral("%1:%2")
                     .arg(info.vendorIdentifier(), 4, 16, QLatin1Char('0'))
                     .arg(info.productIdentifier(), 4, 16, QLatin1Char('0'));
    if (!info.serialNumber().isEmpty())
        parts << QStringLiteral("S/N %1").arg(info.serialNumber());
    return parts.isEmpty()
               ? info.portName()
               : QStringLiteral("%1 — %2").arg(info.portName(), parts.join(QStringLiteral(", ")));
}
} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_port(new QComboBox(this))
    , m_baud(new QComboBox(this))
    , m_dialect(new QComboBox(this))
    , m_lineSettings(new QPushButton(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_detect(new QPushButton(tr("Detect"), this))
    , m_hotplug(new QTimer(this))
{
    m_port->setObjectName(QStringLiteral("port"));
    m_baud->setObjectName(QStringLiteral("baud"));
    m_dialect->setObjectName(QStringLiteral("module"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_detect->setObjectName(QStringLiteral("detect"));
    m_port->setEditable(true);
    m_port->setMinimumContentsLength(24);
    m_port->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_port->setToolTip(
        tr("A serial port, a device path such as /dev/pts/3, a network serial server "
           "as host:port, or the virtual module"));
    m_port->lineEdit()->setPlaceholderText(tr("port, /dev/path or host:port"));
    m_baud->setEditable(true);
    m_baud->setValidator(new QIntValidator(50, 16000000, m_baud));
    for (int b :
         {115200, 9600, 19200, 38400, 57600, 230400, 460800, 921600, 1000000, 2000000, 3000000})
        m_baud->addItem(QString::number(b));
    m_baud->setToolTip(tr("Baud rate: pick one or type any rate"));
    for (const QString &id : DialectRegistry::ids()) {
        auto dialect = DialectRegistry::create(id);
        m_dialect->addItem(dialect->displayName(), id);
    }
    m_dialect->setToolTip(
        tr("The module family: it decides how commands are written and replies read"));
    m_lineSettings->setToolTip(tr("Data bits, parity, stop bits, flow control, DTR and RTS"));
    m_connect->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Port"), this));
    layout->addWidget(m_port, 3);
    layout->addWidget(new QLabel(tr("Baud"), this));
    layout->addWidget(m_baud, 1);
    layout->addWidget(m_lineSettings);
    layout->addWidget(new QLabel(tr("Module"), this));
    layout->addWidget(m_dialect, 2);
    layout->addWidget(m_detect);
    layout->addWidget(m_connect);
    m_detect->setToolTip(tr("Find the baud rate and the module family on the chosen serial port"));
    connect(m_detect, &QPushButton::clicked, this, &ConnectionBar::detectClicked);

    connect(m_connect, &QPushButton::clicked, this,
            [this] { emit(m_connected ? disconnectClicked() : connectClicked()); });
    // Qt has no hot-plug notification for serial ports: a cheap poll keeps the list current.
    connect(m_hotplug, &QTimer::timeout, this, &ConnectionBar::refreshPorts);
    m_hotplug->start(2000);

    QSettings s;
    m_dataBits = QSerialPort::DataBits(s.value(QStringLiteral("connection/dataBits"), 8).toInt());
    m_parity = QSerialPort::Parity(s.value(QStringLiteral("connection/parity"), 0).toInt());
    m_stopBits = QSerialPort::StopBits(s.value(QStringLiteral("connection/stopBits"), 1).toInt());
    m_flow = QSerialPort::FlowControl(s.value(QStringLiteral("connection/flow"), 0).toInt());
    m_dtr = s.value(QStringLiteral("connection/dtr"), true).toBool();
    m_rts = s.value(QStringLiteral("connection/rts"), true).toBool();
    buildLineMenu();
    refreshPorts();
    const QString lastPort = s.value(QStringLiteral("connection/port")).toString();
    const int known = m_port->findData(lastPort);
    if (known >= 0)
        m_port->setCurrentIndex(known);
    else if (!lastPort.isEmpty())
        m_port->setEditText(lastPort);
    m_baud->setEditText(s.value(QStringLiteral("connection/baud"), 115200).toString());
    setDialect(s.value(QStringLiteral("connection/module"), QStringLiteral("wizfi360")).toString());
}

void ConnectionBar::buildLineMenu()
{
    auto *menu = new QMenu(this);
    const auto addChoices = [this, menu](const QString &title,
                                         const QList<QPair<QString, int>> &choices, int current,
                                         std::function<void(int)> set) {
        QMenu *sub = menu->addMenu(title);
        auto *group = new QActionGroup(sub);
        for (const auto &c : choices) {
            QAction *a = sub->addAction(c.first);
            a->setCheckable(true);
            a->setChecked(c.second == current);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, set, value = c.second] {
                set(value);
                updateLineButton();
            });
        }
    };
    addChoices(tr("Data bits"),
               {{QStringLiteral("8"), 8},
                {QStringLiteral("7"), 7},
                {QStringLiteral("6"), 6},
                {QStringLiteral("5"), 5}},
               m_dataBits, [this](int v) { m_dataBits = QSerialPort::DataBits(v); });
    addChoices(tr("Parity"),
               {{tr("None"), QSerialPort::NoParity},
                {tr("Even"), QSerialPort::EvenParity},
                {tr("Odd"), QSerialPort::OddParity},
                {tr("Mark"), QSerialPort::MarkParity},
                {tr("Space"), QSerialPort::SpaceParity}},
               m_parity, [this](int v) { m_parity = QSerialPort::Parity(v); });
    addChoices(tr("Stop bits"),
               {{QStringLiteral("1"), QSerialPort::OneStop},
                {QStringLiteral("1.5"), QSerialPort::OneAndHalfStop},
                {QStringLiteral("2"), QSerialPort::TwoStop}},
               m_stopBits, [this](int v) { m_stopBits = QSerialPort::StopBits(v); });
    addChoices(tr("Flow control"),
               {{tr("None"), QSerialPort::NoFlowControl},
                {tr("RTS/CTS (hardware)"), QSerialPort::HardwareControl},
                {tr("XON/XOFF (software)"), QSerialPort::SoftwareControl}},
               m_flow, [this](int v) { m_flow = QSerialPort::FlowControl(v); });
    menu->addSeparator();
    QAction *dtr = menu->addAction(tr("DTR asserted"));
    dtr->setCheckable(true);
    dtr->setChecked(m_dtr);
    connect(dtr, &QAction::toggled, this, [this](bool on) { m_dtr = on; });
    QAction *rts = menu->addAction(tr("RTS asserted"));
    rts->setCheckable(true);
    rts->setChecked(m_rts);
    connect(rts, &QAction::toggled, this, [this](bool on) { m_rts = on; });
    m_lineSettings->setMenu(menu);
    updateLineButton();
}

void ConnectionBar::updateLineButton()
{
    SerialSettings s;
    s.dataBits = m_dataBits;
    s.parity = m_parity;
    s.stopBits = m_stopBits;
    QString text = s.frameDescription();
    if (m_flow == QSerialPort::HardwareControl)
        text += tr(" RTS/CTS");
    else if (m_flow == QSerialPort::SoftwareControl)
        text += tr(" XON/XOFF");
    m_lineSettings->setText(text);
}

void ConnectionBar::refreshPorts()
{
    const QList<QSerialPortInfo> ports = QSerialPortInfo::availablePorts();
    QStringList names;
    for (const QSerialPortInfo &p : ports)
        names << p.systemLocation();
    if (names == m_knownPorts && m_port->count() > 0)
        return;
    m_knownPorts = names;
    const QString editText = m_port->currentText();
    const QVariant current = m_port->currentData();
    m_port->blockSignals(true);
    m_port->clear();
    for (const QSerialPortInfo &p : ports)
        m_port->addItem(friendlyName(p), p.systemLocation());
    m_port->addItem(tr("Virtual module (no hardware)"), QString::fromLatin1(VirtualPort));
    const int again = current.isValid() ? m_port->findData(current) : -1;
    if (again >= 0)
        m_port->setCurrentIndex(again);
    else
        m_port->setEditText(editText);
    m_port->blockSignals(false);
}

ConnectionRequest ConnectionRequest::forPort(const QString &port, qint32 baud,
                                             const QString &dialectId)
{
    ConnectionRequest r;
    r.dialectId = dialectId;
    // A device path is never host:port, whatever it contains.
    if (!port.startsWith(QLatin1Char('/')) && TcpTransport::parseAddress(port, &r.host, &r.port)) {
        r.kind = Kind::Network;
        return r;
    }
    r.kind = Kind::Serial;
    r.serial.portName = port;
    r.serial.baudRate = baud;
    return r;
}

QString ConnectionBar::chosenPort() const
{
    const bool picked = m_port->currentIndex() >= 0 &&
                        m_port->currentText() == m_port->itemText(m_port->currentIndex());
    return picked ? m_port->currentData().toString() : m_port->currentText();
}

std::optional<ConnectionRequest> ConnectionBar::request(QString *error) const
{
    const QString port = chosenPort().trimmed();
    if (port == QLatin1String(VirtualPort)) {
        ConnectionRequest r;
        r.dialectId = dialectId();
        r.kind = ConnectionRequest::Kind::Virtual;
        return r;
    }
    if (port.isEmpty()) {
        *error = tr(
            "Choose a serial port, type a device path or host:port, or pick the virtual module.");
        return std::nullopt;
    }
    ConnectionRequest r = ConnectionRequest::forPort(port, 0, dialectId());
    if (r.kind == ConnectionRequest::Kind::Network)
        return r;
    bool ok = false;
    const int baud = m_baud->currentText().toInt(&ok);
    if (!ok || baud <= 0) {
        *error = tr("The baud rate must be a positive whole number.");
        return std::nullopt;
    }
    r.serial.baudRate = baud;
    r.serial.dataBits = m_dataBits;
    r.serial.parity = m_parity;
    r.serial.stopBits = m_stopBits;
    r.serial.flowControl = m_flow;
    r.serial.dtr = m_dtr;
    r.serial.rts = m_rts;
    return r;
}

void ConnectionBar::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("connection/port"), chosenPort());
    s.setValue(QStringLiteral("connection/baud"), m_baud->currentText());
    s.setValue(QStringLiteral("connection/module"), dialectId());
    s.setValue(QStringLiteral("connection/dataBits"), int(m_dataBits));
    s.setValue(QStringLiteral("connection/parity"), int(m_parity));
    s.setValue(QStringLiteral("connection/stopBits"), int(m_stopBits));
    s.setValue(QStringLiteral("connection/flow"), int(m_flow));
    s.setValue(QStringLiteral("connection/dtr"), m_dtr);
    s.setValue(QStringLiteral("connection/rts"), m_rts);
}

void ConnectionBar::selectVirtual()
{
    const int i = m_port->findData(QString::fromLatin1(VirtualPort));
    if (i >= 0)
        m_port->setCurrentIndex(i);
}

void ConnectionBar::setBaud(int baud)
{
    m_baud->setEditText(QString::number(baud));
}

void ConnectionBar::setDetecting(bool detecting)
{
    m_detect->setText(detecting ? tr("Stop") : tr("Detect"));
    m_connect->setEnabled(!detecting);
}

void ConnectionBar::setConnected(bool connected)
{
    m_detect->setEnabled(!connected);
    m_connected = connected;
    m_connect->setText(connected ? tr("Disconnect") : tr("Connect"));
    for (QWidget *w : {static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_baud),
                       static_cast<QWidget *>(m_dialect), static_cast<QWidget *>(m_lineSettings)})
        w->setEnabled(!connected);
}

void ConnectionBar::setDialect(const QString &dialectId)
{
    const int i = m_dialect->findData(dialectId);
    if (i >= 0)
        m_dialect->setCurrentIndex(i);
}

QString ConnectionBar::dialectId() const
{
    return m_dialect->currentData().toString();
}
