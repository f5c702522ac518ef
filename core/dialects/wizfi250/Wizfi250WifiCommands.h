#pragma once

#include "dialects/commands/WifiCommands.h"

// Wi-Fi panel commands of the WizFi250 (AT+WSET / AT+WSEC / AT+WNET / AT+WADNS / AT+WJOIN /
// AT+WLEAVE / AT+WSCAN, profile save with AT+MPROF=S). See docs/dialects/wizfi250.md, "Panel
// commands".
class Wizfi250WifiCommands : public WifiCommands
{
public:
    QList<WifiSecurity> stationSecurities() const override;
    QList<WifiSecurity> softApSecurities() const override;

    CommandPlan scan() const override;
    ScanEntry scanEntry(const QVariantMap &fields) const override;

    CommandPlan join(const StationSettings &settings) const override;
    CommandPlan leave() const override;
    CommandPlan startSoftAp(const SoftApSettings &settings) const override;
    CommandPlan stopSoftAp() const override;
};
