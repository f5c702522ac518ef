#pragma once

#include <QMainWindow>

class AutoDetector;
class ConnectionBar;
class ModuleConnection;
class QDockWidget;
class QLabel;
class QTabWidget;
class TerminalView;
struct ConnectionRequest;

// The main window: connection bar, the feature panels' area, terminal dock, status bar (port,
// module, link state, bytes in and out). Layout and settings persist; a font scale makes it
// readable on a projector.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void connectTo(const ConnectionRequest &request);
    // Connect to a serial port (name or device path) or host:port with default line settings.
    void connectToPort(const QString &port, qint32 baud, const QString &dialectId);
    void connectToVirtual(const QString &dialectId);
    // Nothing attached and nothing asked for: open the virtual WizFi360 so that a newcomer sees a
    // working app at once.
    void connectToDefault();
    void disconnectFromModule();

    ModuleConnection *connection() const { return m_connection; }
    TerminalView *terminal() const { return m_terminal; }
    QTabWidget *panels() const { return m_panels; }
    // Bring a panel to the front by its short name (status, wifi, sockets, mqtt, gpio).
    bool showPanel(const QString &name);

    // 1.0 is the desktop's size; the projector preset is 1.6.
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void detect();
    void exportSession(bool asText);
    void openTranscript();
    void updateStatus();

    ModuleConnection *m_connection;
    ConnectionBar *m_bar;
    QTabWidget *m_panels;
    TerminalView *m_terminal;
    QDockWidget *m_terminalDock;
    QLabel *m_linkLabel;
    QLabel *m_moduleLabel;
    QLabel *m_trafficLabel;
    AutoDetector *m_detector = nullptr;
    double m_fontScale = 1.0;
    QFont m_baseFont;
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
};
