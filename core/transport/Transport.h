#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

// A byte pipe to a module: a serial port, a network serial server or the in-process virtual
// module. Opening may finish later (TCP); every outcome is a signal, nothing blocks.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override;

    virtual void open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual qint64 write(const QByteArray &bytes) = 0;
    // "/dev/ttyUSB0 @ 115200 8N1", "ser2net 10.0.0.5:3000", "virtual WizFi360"
    virtual QString description() const = 0;
    // The baud rate the other end set on the line, where the link can know it (a pseudo-terminal
    // carries the host's termios settings); 0 when unknown.
    virtual int lineBaud() const { return 0; }

signals:
    void opened();
    void closed();
    void received(const QByteArray &bytes);
    // A readable sentence for the user; `lost` when the link went away (unplug, peer closed).
    void errorOccurred(const QString &message, bool lost);
};
