#include "MainWindow.h"

#include "TerminalView.h"
#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "engine/AtSession.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"
#include "sim/World.h"
#include "transport/PipeTransport.h"
#include "transport/SerialTransport.h"
#include "transport/TcpTransport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_port(new QComboBox(this))
    , m_baud(new QComboBox(this))
    , m_dialect(new QComboBox(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_terminal(new TerminalView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("AT Studio"));
    auto *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionBar"));
    bar->setMovable(false);
    m_port->setEditable(true);
    m_port->setMinimumContentsLength(22);
    m_port->setToolTip(tr("A serial port, a device path (/dev/pts/3) or a network serial server "
                          "(host:port)"));
    m_baud->setEditable(true);
    for (int b : {115200, 9600, 19200, 38400, 57600, 230400, 460800, 921600})
        m_baud->addItem(QString::number(b));
    for (const QString &id : DialectRegistry::ids()) {
        auto dialect = DialectRegistry::create(id);
        m_dialect->addItem(dialect ? dialect->displayName() : id, id);
    }
    bar->addWidget(new QLabel(tr("Port "), this));
    bar->addWidget(m_port);
    bar->addWidget(new QLabel(tr(" Baud "), this));
    bar->addWidget(m_baud);
    bar->addWidget(new QLabel(tr(" Module "), this));
    bar->addWidget(m_dialect);
    bar->addWidget(m_connect);
    setCentralWidget(m_terminal);
    statusBar()->addPermanentWidget(m_status);
    connect(m_connect, &QPushButton::clicked, this, &MainWindow::onConnectClicked);
    connect(m_terminal, &TerminalView::commandEntered, this, &MainWindow::sendFromTerminal);

    QSettings settings;
    refreshPorts();
    m_port->setCurrentText(settings.value(QStringLiteral("connection/port")).toString());
    m_baud->setCurrentText(settings.value(QStringLiteral("connection/baud"), 115200).toString());
    const int d = m_dialect->findData(
        settings.value(QStringLiteral("connection/module"), QStringLiteral("wizfi360")));
    m_dialect->setCurrentIndex(qMax(0, d));
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);

    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateStatus);
    tick->start(250);
    updateStatus();
    m_terminal->appendNote(tr("Not connected. Choose a port and a module, then Connect."));
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_session.reset();
    m_transport.reset();
}

void MainWindow::refreshPorts()
{
    const QString current = m_port->currentText();
    m_port->clear();
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        QString label = info.portName();
        if (!info.description().isEmpty())
            label += QStringLiteral(" — ") + info.description();
        m_port->addItem(label, info.systemLocation());
    }
    m_port->addItem(tr("Virtual module (no hardware)"), QStringLiteral("virtual:"));
    m_port->setCurrentText(current);
}

void MainWindow::onConnectClicked()
{
    if (m_session) {
        disconnectFromModule();
        return;
    }
    if (m_port->currentData().toString() == QLatin1String("virtual:") &&
        m_port->currentText() == m_port->itemText(m_port->currentIndex())) {
        connectToVirtual(m_dialect->currentData().toString());
        return;
    }
    QString port = m_port->currentData().toString();
    if (port.isEmpty() || m_port->currentText() != m_port->itemText(m_port->currentIndex()))
        port = m_port->currentText().trimmed();
    bool ok = false;
    const qint32 baud = m_baud->currentText().toInt(&ok);
    if (port.isEmpty()) {
        m_terminal->appendNote(tr("Give a port name, a device path or host:port."));
        return;
    }
    if (!ok || baud <= 0) {
        m_terminal->appendNote(tr("The baud rate must be a positive whole number."));
        return;
    }
    connectTo(port, baud, m_dialect->currentData().toString());
}

void MainWindow::connectTo(const QString &port, qint32 baud, const QString &dialectId)
{
    disconnectFromModule();
    QString host;
    quint16 tcpPort = 0;
    std::unique_ptr<Transport> transport;
    if (!port.startsWith(QLatin1Char('/')) && TcpTransport::parseAddress(port, &host, &tcpPort)) {
        transport = std::make_unique<TcpTransport>(host, tcpPort);
    } else {
        SerialSettings s;
        s.portName = port;
        s.baudRate = baud;
        transport = std::make_unique<SerialTransport>(s);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("connection/port"), port);
    settings.setValue(QStringLiteral("connection/baud"), baud);
    settings.setValue(QStringLiteral("connection/module"), dialectId);
    startSession(std::move(transport), dialectId);
}

void MainWindow::connectToVirtual(const QString &dialectId)
{
    disconnectFromModule();
    auto module = VirtualModuleFactory::create(dialectId, World::defaultWorld());
    if (!module) {
        m_terminal->appendNote(tr("There is no virtual module for \"%1\".").arg(dialectId));
        return;
    }
    auto [hostEnd, moduleEnd] = PipeTransport::createPair(tr("virtual %1").arg(dialectId));
    moduleEnd->open();
    module->attach(moduleEnd.get());
    module->powerOn();
    m_moduleEnd = std::move(moduleEnd);
    m_virtualModule = std::move(module);
    const int d = m_dialect->findData(dialectId);
    if (d >= 0)
        m_dialect->setCurrentIndex(d);
    startSession(std::move(hostEnd), dialectId);
}

void MainWindow::connectToDefault()
{
    m_terminal->appendNote(
        tr("Nothing to connect to was given: opening the virtual WizFi360 so that you can try "
           "everything without hardware. Choose a serial port above for a real module."));
    connectToVirtual(QStringLiteral("wizfi360"));
}

void MainWindow::startSession(std::unique_ptr<Transport> transport, const QString &dialectId)
{
    auto dialect = DialectRegistry::create(dialectId);
    if (!dialect) {
        m_terminal->appendNote(tr("Unknown module \"%1\".").arg(dialectId));
        return;
    }
    m_transport = std::move(transport);
    m_session = std::make_unique<AtSession>(std::move(dialect));
    m_session->setTransport(m_transport.get());
    m_terminal->attach(m_session.get());
    connect(m_transport.get(), &Transport::errorOccurred, this,
            [this](const QString &message) { m_terminal->appendNote(message); });
    connect(m_transport.get(), &Transport::opened, this, [this] {
        m_terminal->appendNote(
            tr("Connected to %1 (%2).")
                .arg(m_transport->description(), m_session->dialect().displayName()));
        m_connect->setText(tr("Disconnect"));
    });
    m_transport->open();
    if (!m_transport->isOpen() && !qobject_cast<TcpTransport *>(m_transport.get())) {
        m_session.reset();
        m_transport.reset();
        m_virtualModule.reset();
        m_moduleEnd.reset();
    }
    updateStatus();
}

void MainWindow::disconnectFromModule()
{
    if (!m_session)
        return;
    m_session.reset();
    if (m_transport)
        m_transport->close();
    m_transport.reset();
    m_virtualModule.reset();
    m_moduleEnd.reset();
    m_connect->setText(tr("Connect"));
    m_terminal->appendNote(tr("Disconnected."));
    updateStatus();
}

void MainWindow::sendFromTerminal(const QString &command)
{
    if (!m_session) {
        m_terminal->appendNote(tr("Not connected."));
        return;
    }
    AtReply *reply = m_session->send(command.toUtf8());
    connect(reply, &AtReply::finished, this, [this, reply] {
        if (reply->ok())
            m_terminal->appendNote(tr("%1 took %2 ms")
                                       .arg(QString::fromUtf8(reply->command()))
                                       .arg(reply->elapsedMs()));
        else
            m_terminal->appendNote(reply->errorString());
    });
}

void MainWindow::updateStatus()
{
    if (!m_session || !m_transport) {
        m_status->setText(tr("Not connected"));
        return;
    }
    m_status->setText(tr("%1 · %2 · in %3 B · out %4 B")
                          .arg(m_transport->description(), m_session->dialect().displayName())
                          .arg(m_session->bytesIn())
                          .arg(m_session->bytesOut()));
}
