#pragma once

#include "dialects/commands/WifiCommands.h"

// Wi-Fi panel commands of the WizFi310: AT+WSET / AT+WSET2 / AT+WSEC / AT+WNET / AT+WADNS /
// AT+WJOIN / AT+WLEAVE / AT+WSCAN, and AT+MPROF=S to keep AT+WNET and AT+WADNS over a restart.
// See docs/dialects/wizfi310.md, "Panel commands".
class Wizfi310WifiCommands : public WifiCommands
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
