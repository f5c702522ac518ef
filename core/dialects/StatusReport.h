#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the status dashboard shows about a module. Dialects read their own query replies into a
// StatusReport (Dialect::readStatus); the status service turns reports into the ModuleStatus model.

enum class StatusField {
    Model,
    Firmware,
    Mac,
    WifiMode,
    Link,
    Ssid,
    Bssid,
    Channel,
    Rssi,
    Ip,
    Gateway,
    Dns,
    Sockets,
    Mqtt,
};
inline constexpr int StatusFieldCount = int(StatusField::Mqtt) + 1;

enum class StatusWifiMode { Off, Station, SoftAp, StationAndSoftAp, AdHoc };
// The Wi-Fi link of the module's main interface: the station's association, or a running soft AP.
enum class StatusLink { Disconnected, Connecting, Connected };

// One command of a refresh and the fields its answer gives.
struct StatusQuery
{
    QByteArray command;
    QList<StatusField> fills;
    // Sent only while the link may be up: skipped when an earlier query of the same refresh found
    // it down (its fields then have no value), e.g. commands that read settings instead of the
    // live state while the station is off.
    bool onlyWhenLinked = false;
};

// The values read in one refresh; a field without a value was not reported. For the text fields
// an empty string means "none" (no SSID, no address), and an empty DNS list means no servers.
struct StatusReport
{
    std::optional<QString> model;
    std::optional<QString> firmware;
    std::optional<QString> mac;
    std::optional<StatusWifiMode> wifiMode;
    std::optional<StatusLink> link;
    std::optional<QString> ssid;
    std::optional<QString> bssid;
    std::optional<int> channel;
    std::optional<int> rssi; // dBm
    std::optional<QString> ip;
    std::optional<QString> gateway;
    std::optional<QStringList> dns;
    std::optional<int> openSockets;
    std::optional<bool> mqttConnected;
};
