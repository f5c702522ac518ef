#pragma once

#include "dialects/commands/WifiCommands.h"

// Wi-Fi panel commands of the Air602 (W600): the role with AT+WPRT, the station's network with
// AT+SSID / AT+ENCRY / AT+KEY / AT+BSSID / AT+NIP and the soft AP's with AT+APSSID / AT+APENCRY /
// AT+APKEY / AT+APCHL / AT+APNIP, then AT+WJOIN, which joins or creates according to the role
// and blocks until it is done (§2.2.2, §2.2.3.4). Every setting goes with "=" (RAM) or, to keep
// it after a restart, "=!" (RAM and flash, §2.1).
class Air602WifiCommands : public WifiCommands
{
public:
    QList<WifiSecurity> stationSecurities() const override;
    QList<WifiSecurity> softApSecurities() const override;

    CommandPlan scan() const override;
    // AT+WSCAN reports only "encrypted or not" (§2.2.3.6).
    ScanEntry scanEntry(const QVariantMap &fields) const override;
    CommandPlan join(const StationSettings &settings) const override;
    CommandPlan leave() const override;
    CommandPlan startSoftAp(const SoftApSettings &settings) const override;
    CommandPlan stopSoftAp() const override;

    // The AT+ENCRY / AT+APENCRY code (§2.2.2.9) for a security type and key.
    static int encryptionCode(WifiSecurity security, const QString &key);
    // "<format>,<index>,<key>" of AT+KEY / AT+APKEY (§2.2.2.11), or empty with `why` set when
    // the key cannot be written in this command.
    static QByteArray keyParameters(WifiSecurity security, const QString &key, QString &why);
};
