#pragma once

#include <QString>

// Checks of single form values before anything is sent: each returns the reason (translated) the
// value cannot be used, or an empty string. The services combine them with the family's limits.
namespace FormChecks {
QString ssid(const QString &ssid, int maxBytes);
QString ipv4(const QString &address, bool required = true);
QString netmask(const QString &mask);
QString port(int port, bool zeroAllowed = false);
QString host(const QString &host); // a name or an IPv4 address
QString mqttTopic(const QString &topic, bool forPublish, int maxBytes);
} // namespace FormChecks
