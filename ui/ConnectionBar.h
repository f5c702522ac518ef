#pragma once

#include "transport/SerialTransport.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTimer;

// What the user asked to connect to.
struct ConnectionRequest
{
    enum class Kind { Serial, Network, Virtual };
    Kind kind = Kind::Virtual;
    SerialSettings serial;
    QString host;
    quint16 port = 0;
    QString dialectId;

    // A port as typed or given on the command line: host:port of a network serial server, else a
    // serial port name or device path (with default line settings).
    static ConnectionRequest forPort(const QString &port, qint32 baud, const QString &dialectId);
};

// The connection bar: port (serial ports with friendly names, refreshed on hot-plug; a device
// path; host:port of a network serial server; the virtual module), baud and line settings, module
// family, and Connect / Disconnect. Remembers the last choice.
class ConnectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    // nullopt with *error (for the user) when the fields do not make a connection.
    std::optional<ConnectionRequest> request(QString *error) const;
    void setConnected(bool connected);
    void setDialect(const QString &dialectId);
    // Show the virtual module as the chosen port.
    void selectVirtual();
    QString dialectId() const;
    void refreshPorts();
    void saveSettings() const;
    // Take what auto-detect found.
    void setBaud(int baud);
    void setDetecting(bool detecting);

signals:
    void connectClicked();
    void detectClicked();
    void disconnectClicked();

private:
    QComboBox *m_port;
    QComboBox *m_baud;
    QComboBox *m_dialect;
    QPushButton *m_lineSettings;
    QPushButton *m_connect;
    QPushButton *m_detect;
    QTimer *m_hotplug;
    QStringList m_knownPorts;
    bool m_connected = false;
    // line settings, edited in the drop-down menu
    QSerialPort::DataBits m_dataBits = QSerialPort::Data8;
    QSerialPort::Parity m_parity = QSerialPort::NoParity;
    QSerialPort::StopBits m_stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl m_flow = QSerialPort::NoFlowControl;
    bool m_dtr = true;
    bool m_rts = true;
    void buildLineMenu();
    // The chosen entry's port, or the text typed in the port box.
    QString chosenPort() const;
    void updateLineButton();
};
