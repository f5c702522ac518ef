#include "Pic32mzw1Dialect.h"

#include <QCoreApplication>

#include <iterator>

// Every command of the PIC32MZW1 AnyCloud AT command reference (30 commands), with the syntax
// lines of its "Command Syntax" sections. Corrections of misprints (the manual's own spelling in
// brackets): ATE0/ATE1 (ATE [<N>]), AT+SOCKLST[=<SOCK_ID>] (space before '['), AT+SOCKWRTO
// (AT+SOCKWRT0), AT+DNSRESOLV=<TYPE>,<DOMAIN_NAME> (comma missing), AT+PING=...[,<IP_...>]
// (comma outside the brackets). Firmware forms the dialect uses come last.

namespace {

struct Entry
{
    const char *name;
    const char *syntax;
    const char *summary;
    const char *group;
};

constexpr Entry Catalog[] = {
    // §3 General
    {"ATE0", "ATE0", QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Turns character echo off."),
     "basic"},
    {"ATE1", "ATE1", QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Turns character echo on."),
     "basic"},
    // §4 Scanning
    {"AT+WSCNC", "AT+WSCNC[=<param_id>]\nAT+WSCNC=<param_id>,<param_val>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Reads or sets the scan configuration (1 probe wait time, 2 passive "
                       "listen time)."),
     "wifi"},
    {"AT+WSCNA", "AT+WSCNA=<CHANNEL>[,<SSID>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Starts an active scan of one channel or of all (255); results arrive "
                       "as +WSCNIND."),
     "wifi"},
    {"AT+WSCNP", "AT+WSCNP=<CHANNEL>[,<SSID>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Starts a passive scan of one channel or of all (255); results arrive "
                       "as +WSCNIND."),
     "wifi"},
    // §5 Wi-Fi station and soft AP
    {"AT+WSTAC", "AT+WSTAC[=<param_id>]\nAT+WSTAC=<param_id>,<param_val>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Reads or sets the station configuration (SSID, security, credentials, "
                       "channel, NTP)."),
     "wifi"},
    {"AT+WSTA", "AT+WSTA\nAT+WSTA=<STATE>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Shows the station state, or connects (1) or disconnects (0) it."),
     "wifi"},
    {"AT+WAPC", "AT+WAPC[=<param_id>]\nAT+WAPC=<param_id>,<param_val>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Reads or sets the soft AP configuration (SSID, security, credentials, "
                       "channel, hidden)."),
     "wifi"},
    {"AT+WAP", "AT+WAP\nAT+WAP=<STATE>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Shows the soft AP state, or starts (1) or stops (0) it."),
     "wifi"},
    // §6 MQTT
    {"AT+MQTTC", "AT+MQTTC[=<param_id>]\nAT+MQTTC=<param_id>,<param_val>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Reads or sets the MQTT configuration (broker, port, client ID, user "
                       "name, TLS)."),
     "mqtt"},
    {"AT+MQTTCONN", "AT+MQTTCONN[=<CLEAN>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Connects to the MQTT broker or shows the connection status."),
     "mqtt"},
    {"AT+MQTTSUB", "AT+MQTTSUB=<TOPIC_NAME>,<MAX_QOS>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Subscribes to an MQTT topic."), "mqtt"},
    {"AT+MQTTUNSUB", "AT+MQTTUNSUB=<TOPIC_NAME>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Unsubscribes from an MQTT topic."), "mqtt"},
    {"AT+MQTTPUB", "AT+MQTTPUB=<DUP>,<QOS>,<RETAIN>,<TOPIC_NAME>,<TOPIC_PAYLOAD>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Publishes a message to an MQTT topic."), "mqtt"},
    {"AT+MQTTDISCONN", "AT+MQTTDISCONN[=<REASON_CODE>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Disconnects from the MQTT broker."), "mqtt"},
    // §7 Network
    {"AT+SOCKO", "AT+SOCKO=<PROTOCOL>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Creates a UDP (1) or TCP (2) socket."),
     "network"},
    {"AT+SOCKCL", "AT+SOCKCL=<SOCK_ID>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Closes a socket."), "network"},
    {"AT+SOCKBL", "AT+SOCKBL=<SOCK_ID>,<LCL_PORT>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Binds a socket to a local port to listen (TCP) or receive (UDP)."),
     "network"},
    {"AT+SOCKBR", "AT+SOCKBR=<SOCK_ID>,<RMT_ADDR>,<RMT_PORT>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Binds a socket to a remote address: connects (TCP) or sets the "
                       "destination (UDP)."),
     "network"},
    {"AT+SOCKBM", "AT+SOCKBM=<SOCK_ID>,<MCAST_ADDR>,<MCAST_PORT>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Binds a UDP socket to a multicast group."),
     "network"},
    {"AT+SOCKTLS", "AT+SOCKTLS=<SOCK_ID>,<TLS_CONF_IDX>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Upgrades a TCP socket to TLS with a +TLSC configuration."),
     "network"},
    {"AT+SOCKLST", "AT+SOCKLST[=<SOCK_ID>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Lists the open sockets, or one of them."),
     "network"},
    {"AT+SOCKWR", "AT+SOCKWR=<SOCK_ID>,<LENGTH>[,<DATA>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Sends data on a socket, as a string or in binary mode."),
     "network"},
    {"AT+SOCKWRTO", "AT+SOCKWRTO=<SOCK_ID>,<RMT_ADDR>,<RMT_PORT>,<LENGTH>[,<DATA>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Sends data on a UDP socket to a given address."),
     "network"},
    {"AT+SOCKRD", "AT+SOCKRD=<SOCK_ID>,<OUTPUT_MODE>,<LENGTH>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Reads received data from a socket as a string (1) or binary (2)."),
     "network"},
    {"AT+TLSC", "AT+TLSC=<conf_idx>[,<param_id>]\nAT+TLSC=<conf_idx>,<param_id>,<param_val>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Reads or sets a TLS configuration (certificates, key, server name)."),
     "network"},
    {"AT+DNSRESOLV", "AT+DNSRESOLV=<TYPE>,<DOMAIN_NAME>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Resolves a domain name (A or AAAA record); the result arrives as "
                       "+DNSRESOLV."),
     "network"},
    {"AT+PING", "AT+PING=<TARGET_ADDR>[,<IP_PROTOCOL_VERSION>]",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Pings an IP address or a domain name."),
     "network"},
    {"AT+GMI", "AT+GMI",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Shows the manufacturer identification."),
     "basic"},
    {"AT+GMM", "AT+GMM",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog", "Shows the model identification."), "basic"},
    {"AT+GMR", "AT+GMR",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Shows the revision identification (chip, firmware and driver "
                       "versions)."),
     "basic"},
    // Firmware forms the dialect uses (digest §2.1, §2.2, appendix A).
    {"AT", "AT",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Checks that the module answers (firmware, not in the manual)."),
     "basic"},
    {"ATV", "ATV<n>",
     QT_TRANSLATE_NOOP("Pic32mzw1DialectCatalog",
                       "Sets the verbosity of result codes, 0-5; 5 gives ERROR:<code>,"
                       "\"<text>\" (firmware, not in the manual)."),
     "basic"},
};

} // namespace

QList<AtCommandInfo> Pic32mzw1Dialect::catalog() const
{
    QList<AtCommandInfo> list;
    list.reserve(qsizetype(std::size(Catalog)));
    for (const Entry &e : Catalog)
        list.append({QByteArray(e.name), QString::fromUtf8(e.syntax),
                     QCoreApplication::translate("Pic32mzw1DialectCatalog", e.summary),
                     QString::fromLatin1(e.group)});
    return list;
}
