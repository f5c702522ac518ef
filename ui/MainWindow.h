#pragma once

#include <QMainWindow>
#include <memory>

class AtSession;
class QComboBox;
class QLabel;
class QPushButton;
class TerminalView;
class Transport;
class VirtualModule;

// The main window: a connection bar, the raw terminal and a status line.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connect to a serial port (name or device path) or a network serial server (host:port).
    void connectTo(const QString &port, qint32 baud, const QString &dialectId);
    // Connect to the in-process virtual module of a dialect.
    void connectToVirtual(const QString &dialectId);
    // Nothing attached and nothing asked for: open the virtual WizFi360 so that a newcomer sees a
    // working app at once.
    void connectToDefault();
    void disconnectFromModule();
    AtSession *session() const { return m_session.get(); }
    TerminalView *terminal() const { return m_terminal; }

private:
    void refreshPorts();
    void onConnectClicked();
    void sendFromTerminal(const QString &command);
    void updateStatus();

    QComboBox *m_port;
    QComboBox *m_baud;
    QComboBox *m_dialect;
    QPushButton *m_connect;
    TerminalView *m_terminal;
    QLabel *m_status;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Transport> m_moduleEnd; // the virtual module's end of the pipe
    std::unique_ptr<VirtualModule> m_virtualModule;
    std::unique_ptr<AtSession> m_session;
    void startSession(std::unique_ptr<Transport> transport, const QString &dialectId);
};
