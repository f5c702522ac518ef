#pragma once

#include "dialects/commands/WifiCommands.h"
#include "models/ScanResultsModel.h"
#include "services/CapabilityService.h"

#include <memory>

// Wi-Fi intents (scan, join, leave, soft AP) for the connected module. Link status itself is the
// StatusService's ModuleStatus; this service refreshes nothing by itself.
class WifiService : public CapabilityService
{
    Q_OBJECT
public:
    explicit WifiService(ModuleConnection *connection, QObject *parent = nullptr);
    ~WifiService() override;

    // Null while disconnected or when the family has no Wi-Fi commands.
    const WifiCommands *commands() const { return m_commands.get(); }
    ScanResultsModel *scanResults() { return &m_scan; }
    bool isScanning() const { return m_scanning; }

    // Problems with a form, per field, before anything is sent (empty when it may be sent).
    enum class Field { Ssid, Key, Ip, Netmask, Gateway, Dns1, Dns2, Channel };
    QHash<Field, QString> checkStation(const StationSettings &settings) const;
    QHash<Field, QString> checkSoftAp(const SoftApSettings &settings) const;

public slots:
    void scan();
    void join(const StationSettings &settings);
    void leave();
    void startSoftAp(const SoftApSettings &settings);
    void stopSoftAp();

signals:
    void scanningChanged(bool scanning);

protected:
    void dialectChanged(const Dialect *dialect) override;

private:
    std::unique_ptr<WifiCommands> m_commands;
    ScanResultsModel m_scan;
    bool m_scanning = false;
};
