#pragma once

#include "Transport.h"

#include <QSocketNotifier>
#include <memory>

// The module's end of a pseudo-terminal: `atstudio-cli simulate` serves the virtual module on it,
// and any serial client opens the slave side (devicePath(), or the symlink at linkPath). It can
// vanish and come back at the same link path, as an unplugged USB adapter does.
class PtyTransport : public Transport
{
    Q_OBJECT
public:
    explicit PtyTransport(const QString &linkPath = {}, QObject *parent = nullptr);
    ~PtyTransport() override;

    void open() override;
    void close() override;
    bool isOpen() const override { return m_master >= 0; }
    qint64 write(const QByteArray &bytes) override;
    QString description() const override;
    // The baud rate the serial client set on its end (tcgetattr on the master reads the slave's
    // settings); 0 while closed.
    int lineBaud() const override;

    QString devicePath() const { return m_device; }
    QString linkPath() const { return m_link; }

private:
    void onReadable();
    void flushPending();
    void updateLink();

    QString m_link;
    QString m_device;
    int m_master = -1;
    int m_slaveKeeper = -1;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    QByteArray m_pending; // bytes the kernel buffer had no room for yet
};
