#include "MainWindow.h"

#include "ConnectionBar.h"
#include "DashboardView.h"
#include "TerminalView.h"
#include "dialects/Dialect.h"
#include "engine/ModuleConnection.h"
#include "i18n/Translations.h"
#include "log/SessionExport.h"
#include "panels/GpioPanel.h"
#include "panels/MqttPanel.h"
#include "panels/SocketsPanel.h"
#include "panels/WifiPanel.h"
#include "services/AutoDetector.h"
#include "services/GpioService.h"
#include "services/MqttService.h"
#include "services/SocketService.h"
#include "services/StatusService.h"
#include "services/WifiService.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QScrollArea>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSerialPortInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new ModuleConnection(this))
    , m_bar(new ConnectionBar(this))
    , m_panels(new QTabWidget(this))
    , m_terminal(new TerminalView(this))
    , m_terminalDock(new QDockWidget(tr("Terminal"), this))
    , m_linkLabel(new QLabel(this))
    , m_moduleLabel(new QLabel(this))
    , m_trafficLabel(new QLabel(this))
    , m_baseFont(QApplication::font())
{
    setWindowTitle(tr("AT Studio"));
    setObjectName(QStringLiteral("mainWindow"));
    auto *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_bar);

    m_panels->setObjectName(QStringLiteral("panels"));
    m_panels->setDocumentMode(true);
    auto *status = new StatusService(m_connection, this);
    m_panels->addTab(new DashboardView(status), tr("Status"));
    // Forms are taller than a small screen at the projector text size: they scroll.
    const auto addScrolling = [this](QWidget *panel, const QString &name, const QString &title) {
        panel->setObjectName(name);
        auto *scroll = new QScrollArea;
        scroll->setObjectName(name + QStringLiteral("Scroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(panel);
        m_panels->addTab(scroll, title);
    };
    auto *wifi = new WifiService(m_connection, this);
    // Some families say nothing when the link changes: read the status after every Wi-Fi action.
    connect(wifi, &WifiService::actionFinished, status, &StatusService::refresh);
    addScrolling(new WifiPanel(wifi, status->status()), QStringLiteral("wifiPanel"), tr("Wi-Fi"));
    addScrolling(new SocketsPanel(new SocketService(m_connection, this)),
                 QStringLiteral("socketsPanel"), tr("Sockets"));
    addScrolling(new MqttPanel(new MqttService(m_connection, this)), QStringLiteral("mqttPanel"),
                 tr("MQTT"));
    addScrolling(new GpioPanel(new GpioService(m_connection, this)), QStringLiteral("gpioPanel"),
                 tr("GPIO"));
    setCentralWidget(m_panels);

    m_terminalDock->setObjectName(QStringLiteral("terminalDock"));
    m_terminalDock->setWidget(m_terminal);
    addDockWidget(Qt::BottomDockWidgetArea, m_terminalDock);
    m_terminal->attach(m_connection);

    statusBar()->addWidget(m_linkLabel);
    statusBar()->addWidget(m_moduleLabel, 1);
    statusBar()->addPermanentWidget(m_trafficLabel);

    const QString logs = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                         QStringLiteral("/logs");
    m_connection->setLogDirectory(
        QSettings().value(QStringLiteral("log/directory"), logs).toString());

    connect(m_bar, &ConnectionBar::connectClicked, this, [this] {
        QString error;
        const auto request = m_bar->request(&error);
        if (!request) {
            m_terminal->appendNote(error);
            statusBar()->showMessage(error, 8000);
            return;
        }
        m_bar->saveSettings();
        connectTo(*request);
    });
    connect(m_bar, &ConnectionBar::disconnectClicked, this, &MainWindow::disconnectFromModule);
    connect(m_bar, &ConnectionBar::detectClicked, this, &MainWindow::detect);
    connect(m_connection, &ModuleConnection::stateChanged, this, [this] {
        m_bar->setConnected(m_connection->state() != ModuleConnection::State::Closed);
        updateStatus();
    });
    connect(m_connection, &ModuleConnection::errorOccurred, this, [this](const QString &message) {
        m_terminal->appendNote(message);
        statusBar()->showMessage(message, 10000);
    });
    connect(m_connection, &ModuleConnection::statsUpdated, this, [this](const ConnectionStats &s) {
        m_bytesIn = s.bytesIn;
        m_bytesOut = s.bytesOut;
        updateStatus();
    });
    connect(m_connection, &ModuleConnection::logStarted, this, [this](const QString &file) {
        m_terminal->appendNote(tr("Session log: %1").arg(QDir::toNativeSeparators(file)));
    });
    connect(m_connection, &ModuleConnection::reconnected, this, [this] {
        m_terminal->appendNote(tr("The port is back: reconnected and re-synchronised."));
    });

    buildMenus();
    QSettings s;
    setFontScale(s.value(QStringLiteral("view/fontScale"), 1.0).toDouble());
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("view/fontScale"), m_fontScale);
    m_bar->saveSettings();
    m_connection->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open transcript…"), this, &MainWindow::openTranscript);
    file->addAction(tr("Export session as &transcript…"), this, [this] { exportSession(false); });
    file->addAction(tr("Export session as plain te&xt…"), this, [this] { exportSession(true); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_terminalDock->toggleViewAction());
    view->addSeparator();
    QMenu *scale = view->addMenu(tr("Text &size"));
    auto *group = new QActionGroup(this);
    const QList<QPair<QString, double>> sizes = {
        {tr("Normal"), 1.0}, {tr("Large"), 1.25}, {tr("Projector"), 1.6}, {tr("Huge"), 2.0}};
    for (const auto &size : sizes) {
        QAction *a = scale->addAction(size.first);
        a->setCheckable(true);
        a->setData(size.second);
        group->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, factor = size.second] { setFontScale(factor); });
    }
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    QList<QPair<QString, QString>> choices = {{tr("System default"), QString()},
                                              {QStringLiteral("English"), QStringLiteral("en")}};
    for (const QString &code : Translations::available())
        choices << qMakePair(QLocale(code).nativeLanguageName(), code);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto &choice : choices) {
        QAction *a = language->addAction(choice.first);
        a->setCheckable(true);
        a->setChecked(choice.second == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.second] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("The language changes when AT Studio starts again."), 8000);
        });
    }
    connect(scale, &QMenu::aboutToShow, this, [this, group] {
        for (QAction *a : group->actions())
            a->setChecked(qFuzzyCompare(a->data().toDouble(), m_fontScale));
    });
}

void MainWindow::setFontScale(double scale)
{
    m_fontScale = qBound(0.75, scale, 3.0);
    QFont f = m_baseFont;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(m_baseFont.pointSizeF() * m_fontScale);
    else
        f.setPixelSize(qRound(m_baseFont.pixelSize() * m_fontScale));
    QApplication::setFont(f);
    m_terminal->setFontScale(m_fontScale);
}

void MainWindow::connectTo(const ConnectionRequest &request)
{
    switch (request.kind) {
    case ConnectionRequest::Kind::Serial:
        m_connection->openSerial(request.serial, request.dialectId);
        break;
    case ConnectionRequest::Kind::Network:
        m_connection->openNetwork(request.host, request.port, request.dialectId);
        break;
    case ConnectionRequest::Kind::Virtual:
        connectToVirtual(request.dialectId);
        return;
    }
    m_bar->setDialect(request.dialectId);
    m_terminal->appendNote(tr("Connecting to %1 …").arg(m_connection->description()));
}

void MainWindow::connectToPort(const QString &port, qint32 baud, const QString &dialectId)
{
    connectTo(ConnectionRequest::forPort(port, baud, dialectId));
}

void MainWindow::connectToVirtual(const QString &dialectId)
{
    m_bar->setDialect(dialectId);
    m_bar->selectVirtual();
    m_connection->openVirtual(dialectId);
    m_terminal->appendNote(
        tr("Connecting to the virtual %1 (no hardware: a simulated module with "
           "real sockets on this computer).")
            .arg(m_connection->dialect() ? m_connection->dialect()->displayName() : dialectId));
}

void MainWindow::connectToDefault()
{
    if (!QSerialPortInfo::availablePorts().isEmpty()) {
        m_terminal->appendNote(tr("Choose a port and a module above, then Connect (or pick the "
                                  "virtual module to try things without hardware)."));
        return;
    }
    m_terminal->appendNote(
        tr("No module is attached: opening the virtual WizFi360 so that you can try everything "
           "without hardware. Plug in a module and choose its port above for the real thing."));
    connectToVirtual(QStringLiteral("wizfi360"));
}

void MainWindow::disconnectFromModule()
{
    if (m_connection->state() == ModuleConnection::State::Closed)
        return;
    m_connection->close();
    m_terminal->appendNote(tr("Disconnected."));
}

void MainWindow::updateStatus()
{
    QString link;
    switch (m_connection->state()) {
    case ModuleConnection::State::Closed:
        link = tr("Not connected");
        break;
    case ModuleConnection::State::Opening:
        link = tr("Connecting…");
        break;
    case ModuleConnection::State::Open:
        link = tr("Connected");
        break;
    case ModuleConnection::State::Reconnecting:
        link = tr("Port lost, waiting for it to return…");
        break;
    }
    m_linkLabel->setText(link);
    m_moduleLabel->setText(m_connection->state() == ModuleConnection::State::Closed
                               ? QString()
                               : tr("%1 · %2").arg(m_connection->description(),
                                                   m_connection->dialect()
                                                       ? m_connection->dialect()->displayName()
                                                       : QString()));
    const QLocale locale;
    m_trafficLabel->setText(tr("in %1 · out %2")
                                .arg(locale.formattedDataSize(qint64(m_bytesIn)),
                                     locale.formattedDataSize(qint64(m_bytesOut))));
}

void MainWindow::detect()
{
    if (m_detector) {
        m_detector->cancel();
        return;
    }
    QString error;
    const auto request = m_bar->request(&error);
    if (!request || request->kind != ConnectionRequest::Kind::Serial) {
        const QString why =
            error.isEmpty() ? tr("Auto-detect needs a serial port: choose one above.") : error;
        m_terminal->appendNote(why);
        statusBar()->showMessage(why, 8000);
        return;
    }
    m_detector = new AutoDetector(this);
    m_bar->setDetecting(true);
    connect(m_detector, &AutoDetector::progress, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_detector, &AutoDetector::finished, this, [this](const DetectionResult &result) {
        m_terminal->appendNote(result.message);
        statusBar()->showMessage(result.message, 10000);
        if (!result.dialectId.isEmpty()) {
            m_bar->setDialect(result.dialectId);
            m_bar->setBaud(result.baud);
        }
        m_bar->setDetecting(false);
        m_detector->deleteLater();
        m_detector = nullptr;
    });
    m_detector->start(request->serial);
}

void MainWindow::exportSession(bool asText)
{
    const QString log = m_connection->logFile();
    if (log.isEmpty()) {
        m_terminal->appendNote(
            tr("There is no session log to export yet: connect to a module first."));
        return;
    }
    const QString suggested = QFileInfo(log).completeBaseName() +
                              (asText ? QStringLiteral(".txt") : QStringLiteral(".transcript"));
    const QString path = QFileDialog::getSaveFileName(
        this, asText ? tr("Export session as plain text") : tr("Export session as transcript"),
        suggested, asText ? tr("Text files (*.txt)") : tr("Transcripts (*.transcript)"));
    if (path.isEmpty())
        return;
    QList<TranscriptProblem> problems;
    const QStringList parts = SessionExport::sessionParts(log);
    const QList<TranscriptEntry> entries = SessionExport::readSessionFiles(parts, &problems);
    QString error;
    const QDateTime start = SessionExport::sessionStartTime(parts.value(0));
    const bool ok = asText ? SessionExport::exportPlainText(entries, path, &error, start)
                           : SessionExport::exportTranscript(entries, path, &error, start);
    m_terminal->appendNote(ok ? tr("Session exported to %1.").arg(QDir::toNativeSeparators(path))
                              : tr("Export failed: %1").arg(error));
}

void MainWindow::openTranscript()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open transcript"), QString(), tr("Transcripts (*.transcript);;All files (*)"));
    if (path.isEmpty())
        return;
    QList<TranscriptProblem> problems;
    const QList<TranscriptEntry> entries = SessionExport::readSessionFiles({path}, &problems);
    for (const TranscriptProblem &p : problems)
        m_terminal->appendNote(
            tr("%1, line %2: %3").arg(QFileInfo(path).fileName()).arg(p.lineNumber).arg(p.message));
    if (entries.isEmpty()) {
        m_terminal->appendNote(tr("%1 holds no traffic.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_terminal->appendNote(tr("Replaying %1 as %2 (nothing is sent to a module).")
                               .arg(QDir::toNativeSeparators(path), m_bar->dialectId()));
    m_connection->replay(entries, m_bar->dialectId(), SessionExport::sessionStartTime(path));
}

bool MainWindow::showPanel(const QString &name)
{
    const QString wanted = name.toLower() + QStringLiteral("PanelScroll");
    for (int i = 0; i < m_panels->count(); ++i) {
        const QString tab = m_panels->widget(i)->objectName();
        if (tab.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (name.compare(QStringLiteral("status"), Qt::CaseInsensitive) == 0 && i == 0)) {
            m_panels->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}
