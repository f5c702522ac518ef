#pragma once

#include "dialects/commands/CommandPlan.h"

#include <QList>
#include <QString>
#include <QVariantMap>

enum class WifiSecurity { Open, Wep, WpaPsk, Wpa2Psk, WpaWpa2Psk, Wpa3Psk, Wpa2Wpa3Psk };

// "WPA2-PSK", "Open" (translated), ...
QString wifiSecurityName(WifiSecurity security);
// Whether the security type takes a key, and which lengths are accepted (WEP 5/13 ASCII or 10/26
// hex; WPA 8-63 ASCII or 64 hex).
bool wifiSecurityNeedsKey(WifiSecurity security);
// Empty when `key` suits `security`; otherwise why not (translated).
QString wifiKeyProblem(WifiSecurity security, const QString &key);

// One access point of a scan, whatever the family prints.
struct ScanEntry
{
    QString ssid;
    QString bssid;   // upper case, colon separated
    int channel = 0; // 0: not reported
    int rssi = 0;    // dBm
    bool hasRssi = false;
    QString security; // readable: "WPA2-PSK", "Open", "Encrypted" ...
};

struct StationSettings
{
    QString ssid;
    QString bssid; // optional: join this access point only
    WifiSecurity security = WifiSecurity::Wpa2Psk;
    QString key;
    bool dhcp = true;
    QString ip, netmask, gateway; // static addressing when dhcp is false
    QString dns1, dns2;           // optional
    bool saveToFlash = false;     // keep after a restart (when the family can choose)
};

struct SoftApSettings
{
    QString ssid;
    int channel = 6;
    WifiSecurity security = WifiSecurity::Wpa2Psk;
    QString key;
    QString ip = QStringLiteral("192.168.4.1");
    QString netmask = QStringLiteral("255.255.255.0");
    bool saveToFlash = false;
};

// A family's Wi-Fi commands. Scan results arrive as "scan.result" frames (reply lines or messages)
// with the AtFields; the service gathers them while the scan plan runs.
class WifiCommands
{
public:
    virtual ~WifiCommands();

    virtual QList<WifiSecurity> stationSecurities() const = 0;
    virtual QList<WifiSecurity> softApSecurities() const = 0;
    virtual QList<int> softApChannels() const;        // 1..13 by default
    virtual bool hasStaticIp() const { return true; } // the station form offers static addressing
    virtual bool hasDns() const { return true; }      // ... and DNS servers

    virtual CommandPlan scan() const = 0;
    // One scan.result's fields as an entry; the default reads the AtFields and normalises the
    // BSSID; families with coded security override it.
    virtual ScanEntry scanEntry(const QVariantMap &fields) const;

    // Join as a station; the plan ends when the module has an IP address (or failed).
    virtual CommandPlan join(const StationSettings &settings) const = 0;
    virtual CommandPlan leave() const = 0;
    virtual CommandPlan startSoftAp(const SoftApSettings &settings) const = 0;
    virtual CommandPlan stopSoftAp() const = 0;
};
