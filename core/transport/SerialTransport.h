#pragma once

#include "Transport.h"

#include <QSerialPort>

struct SerialSettings
{
    QString portName; // a name from the port list or a device path (pseudo-terminals too)
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    bool dtr = true;
    bool rts = true;

    QString frameDescription() const; // "8N1"
};

class SerialTransport : public Transport
{
    Q_OBJECT
public:
    explicit SerialTransport(const SerialSettings &settings, QObject *parent = nullptr);
    ~SerialTransport() override;

    void open() override;
    void close() override;
    bool isOpen() const override;
    qint64 write(const QByteArray &bytes) override;
    QString description() const override;

    const SerialSettings &settings() const { return m_settings; }
    // Change the baud rate of an open port (auto-detect probes several).
    bool setBaudRate(qint32 baud);

    // A readable explanation of a QSerialPort error, with the fix where there is one.
    static QString explain(QSerialPort::SerialPortError error, const QString &portName,
                           const QString &detail);

private:
    void onError(QSerialPort::SerialPortError error);

    SerialSettings m_settings;
    QSerialPort m_port;
};
