#pragma once

#include "dialects/commands/WifiCommands.h"

#include <QByteArray>

// String parameters as the AnyCloud firmware parses them (digest 2.3): printable ASCII in "..."
// with backslash escapes, anything else as [HEX] (one digit pair per byte, [] empty).
namespace Pic32mzw1Param {
// The "..." form, or an empty QByteArray when a byte cannot go in quotes (>= 0x7F, NUL ...).
QByteArray quoted(const QByteArrayView bytes);
// The shorter of the two forms ("..." when possible, else [HEX]).
QByteArray string(const QByteArrayView bytes);
// The firmware's command buffer holds 511 characters (digest 2.1 [FW]); a longer line is cut.
constexpr int MaxLine = 511;
} // namespace Pic32mzw1Param

// Wi-Fi panel commands of the PIC32MZW1 AnyCloud firmware: AT+WSCNA scan (results as +WSCNIND
// messages after OK, then +WSCNDONE), AT+WSTAC configuration + AT+WSTA=1 join (+WSTAAIP),
// AT+WAPC configuration + AT+WAP=1/0 soft AP. Choices: docs/dialects/pic32mzw1.md.
class Pic32mzw1WifiCommands : public WifiCommands
{
public:
    QList<WifiSecurity> stationSecurities() const override;
    QList<WifiSecurity> softApSecurities() const override;
    // The manual's +WSTAC documents no address, netmask, gateway or DNS parameter (IDs 5-11 are
    // "placeholders", §2, §5.1): DHCP only.
    bool hasStaticIp() const override { return false; }
    bool hasDns() const override { return false; }

    CommandPlan scan() const override;
    ScanEntry scanEntry(const QVariantMap &fields) const override;
    CommandPlan join(const StationSettings &settings) const override;
    CommandPlan leave() const override;
    CommandPlan startSoftAp(const SoftApSettings &settings) const override;
    CommandPlan stopSoftAp() const override;
};
