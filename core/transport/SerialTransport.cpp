#include "SerialTransport.h"

#include <QCoreApplication>

QString SerialSettings::frameDescription() const
{
    QChar parityChar = QLatin1Char('N');
    switch (parity) {
    case QSerialPort::EvenParity:
        parityChar = QLatin1Char('E');
        break;
    case QSerialPort::OddParity:
        parityChar = QLatin1Char('O');
        break;
    case QSerialPort::SpaceParity:
        parityChar = QLatin1Char('S');
        break;
    case QSerialPort::MarkParity:
        parityChar = QLatin1Char('M');
        break;
    default:
        break;
    }
    const QString stop = stopBits == QSerialPort::OneAndHalfStop ? QStringLiteral("1.5")
                                                                 : QString::number(int(stopBits));
    return QString::number(int(dataBits)) + parityChar + stop;
}

SerialTransport::SerialTransport(const SerialSettings &settings, QObject *parent)
    : Transport(parent)
    , m_settings(settings)
{
    connect(&m_port, &QSerialPort::readyRead, this, [this] {
        const QByteArray bytes = m_port.readAll();
        if (!bytes.isEmpty())
            emit received(bytes);
    });
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialTransport::onError);
}

SerialTransport::~SerialTransport()
{
    m_port.close();
}

void SerialTransport::open()
{
    m_port.setPortName(m_settings.portName);
    if (!m_port.open(QIODevice::ReadWrite))
        return; // onError() has reported it
    const bool configured =
        m_port.setBaudRate(m_settings.baudRate) && m_port.setDataBits(m_settings.dataBits) &&
        m_port.setParity(m_settings.parity) && m_port.setStopBits(m_settings.stopBits) &&
        m_port.setFlowControl(m_settings.flowControl);
    if (!configured) {
        const QString detail = m_port.errorString();
        m_port.close();
        emit errorOccurred(QCoreApplication::translate(
                               "SerialTransport", "%1 does not accept the settings %2 baud %3: %4")
                               .arg(m_settings.portName)
                               .arg(m_settings.baudRate)
                               .arg(m_settings.frameDescription(), detail),
                           false);
        return;
    }
    if (m_settings.flowControl != QSerialPort::HardwareControl)
        m_port.setRequestToSend(m_settings.rts);
    m_port.setDataTerminalReady(m_settings.dtr);
    emit opened();
}

void SerialTransport::close()
{
    if (!m_port.isOpen())
        return;
    m_port.close();
    emit closed();
}

bool SerialTransport::isOpen() const
{
    return m_port.isOpen();
}

qint64 SerialTransport::write(const QByteArray &bytes)
{
    return m_port.write(bytes);
}

QString SerialTransport::description() const
{
    return QStringLiteral("%1 @ %2 %3")
        .arg(m_settings.portName)
        .arg(m_settings.baudRate)
        .arg(m_settings.frameDescription());
}

bool SerialTransport::setBaudRate(qint32 baud)
{
    if (!m_port.setBaudRate(baud))
        return false;
    m_settings.baudRate = baud;
    return true;
}

QString SerialTransport::explain(QSerialPort::SerialPortError error, const QString &portName,
                                 const QString &detail)
{
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return QCoreApplication::translate("SerialTransport", "%1 does not exist (unplugged?).")
            .arg(portName);
    case QSerialPort::PermissionError:
        return QCoreApplication::translate(
                   "SerialTransport",
                   "Permission denied on %1: it is in use by another program, or your user may not "
                   "open serial ports. Add yourself to the dialout group (sudo usermod -aG dialout "
                   "$USER) and log in again.")
            .arg(portName);
    case QSerialPort::OpenError:
        return QCoreApplication::translate("SerialTransport", "%1 is already open.").arg(portName);
    case QSerialPort::ResourceError:
        return QCoreApplication::translate("SerialTransport",
                                           "%1 went away (unplugged or the driver reset).")
            .arg(portName);
    case QSerialPort::WriteError:
        return QCoreApplication::translate("SerialTransport", "Writing to %1 failed: %2")
            .arg(portName, detail);
    case QSerialPort::ReadError:
        return QCoreApplication::translate("SerialTransport", "Reading from %1 failed: %2")
            .arg(portName, detail);
    default:
        return QCoreApplication::translate("SerialTransport", "%1: %2").arg(portName, detail);
    }
}

void SerialTransport::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    const bool lost = error == QSerialPort::ResourceError;
    const QString message = explain(error, m_settings.portName, m_port.errorString());
    if (lost && m_port.isOpen()) {
        m_port.close();
        emit errorOccurred(message, true);
        emit closed();
        return;
    }
    emit errorOccurred(message, lost);
}
