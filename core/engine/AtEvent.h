#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QMetaType>
#include <QVariantMap>

// The dialect-neutral event vocabulary. Dialects map their own asynchronous messages to these
// names; nobody outside a dialect knows the module's strings.
namespace AtEvents {
inline constexpr char ModuleReady[] = "module.ready";
inline constexpr char ModuleReset[] = "module.reset";
inline constexpr char ModuleBusy[] = "module.busy";
inline constexpr char WifiConnected[] = "wifi.connected";
inline constexpr char WifiGotIp[] = "wifi.gotip";
inline constexpr char WifiDisconnected[] = "wifi.disconnected";
inline constexpr char WifiError[] = "wifi.error";
inline constexpr char ApStationConnected[] = "ap.station_connected";
inline constexpr char ApStationIp[] = "ap.station_ip";
inline constexpr char ApStationDisconnected[] = "ap.station_disconnected";
inline constexpr char ApStarted[] = "ap.started";
inline constexpr char ApStopped[] = "ap.stopped";
inline constexpr char ScanResult[] = "scan.result";
inline constexpr char ScanDone[] = "scan.done";
inline constexpr char ScanError[] = "scan.error";
inline constexpr char SocketConnected[] = "socket.connected";
inline constexpr char SocketClosed[] = "socket.closed";
inline constexpr char SocketListening[] = "socket.listening";
inline constexpr char SocketDataAvailable[] = "socket.data_available";
inline constexpr char SocketError[] = "socket.error";
inline constexpr char SocketSent[] = "socket.sent";
inline constexpr char SocketTlsReady[] = "socket.tls_ready";
inline constexpr char MqttConnected[] = "mqtt.connected";
inline constexpr char MqttDisconnected[] = "mqtt.disconnected";
inline constexpr char MqttSubscribed[] = "mqtt.subscribed";
inline constexpr char MqttUnsubscribed[] = "mqtt.unsubscribed";
inline constexpr char MqttPublished[] = "mqtt.published";
inline constexpr char MqttMessage[] = "mqtt.message";
inline constexpr char MqttError[] = "mqtt.error";
inline constexpr char DnsResolved[] = "dns.resolved";
inline constexpr char DnsError[] = "dns.error";
inline constexpr char PingReply[] = "ping.reply";
inline constexpr char ProvisioningProgress[] = "provisioning.progress";
inline constexpr char FirmwareUpdateProgress[] = "firmware.update_progress";
} // namespace AtEvents

// Field names carried by events and replay output.
namespace AtFields {
inline constexpr char Socket[] = "socket";
inline constexpr char Ip[] = "ip";
inline constexpr char Port[] = "port";
inline constexpr char Mac[] = "mac";
inline constexpr char Ssid[] = "ssid";
inline constexpr char Bssid[] = "bssid";
inline constexpr char Rssi[] = "rssi";
inline constexpr char Channel[] = "channel";
inline constexpr char Security[] = "security";
inline constexpr char Topic[] = "topic";
inline constexpr char Length[] = "length";
inline constexpr char Payload[] = "payload";
inline constexpr char Gateway[] = "gateway";
inline constexpr char Code[] = "code";
inline constexpr char Reason[] = "reason";
} // namespace AtFields

// A typed event as the rest of the application sees it.
struct AtEvent
{
    QString name;
    QVariantMap fields;
    QByteArray raw; // the module's own text, for the terminal and the log
};

Q_DECLARE_METATYPE(AtEvent)
