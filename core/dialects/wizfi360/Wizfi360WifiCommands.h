#pragma once

#include "dialects/commands/WifiCommands.h"

#include <optional>

// Wi-Fi panel commands of the WizFi360 (AT+CWMODE / AT+CWJAP / AT+CWLAP / AT+CWQAP / AT+CWSAP,
// AT+CWDHCP / AT+CIPSTA / AT+CIPAP / AT+CIPDNS, each in its _CUR or _DEF form). See
// docs/dialects/wizfi360.md, "Panel commands".
class Wizfi360WifiCommands : public WifiCommands
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

    // `text` as a quoted string parameter: '"', ',' and '\' escaped with a backslash (§3.2.3 note,
    // which the firmware applies to every string). nullopt when it holds a byte no command line
    // can carry (CR, LF, NUL: they would end or break the command).
    static std::optional<QByteArray> quoted(const QByteArray &text);
    static std::optional<QByteArray> quoted(const QString &text) { return quoted(text.toUtf8()); }
};
