#include "Wizfi250Dialect.h"

#include <QCoreApplication>

#include <iterator>

// Every command of the WizFi250 Programmer's Guide: the 43 of its command list and the 5 that
// only its body documents (AT+WADNS, AT+SOPT1, AT+MCSTGPIO, AT+MCUSTOM, AT+FWEBSOPT), with the
// guide's "Format" lines as printed: optional parameters carry no brackets (the parameter tables
// say which are optional). One misprint corrected: AT+MCWUI's missing comma before <New ID>.
// Then the firmware-only commands (digest appendix A) this dialect handles.

namespace {

struct Entry
{
    const char *name;
    const char *syntax;
    const char *summary;
    const char *group;
};

constexpr Entry Catalog[] = {
    // Basic
    {"AT", "AT", QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Checks the AT command terminal."),
     "basic"},
    // Wi-Fi
    {"AT+WJOIN", "AT+WJOIN",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Joins the configured access point (station) or starts the soft AP."),
     "wifi"},
    {"AT+WLEAVE", "AT+WLEAVE",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Leaves the access point or stops the soft AP."),
     "wifi"},
    {"AT+WSCAN", "AT+WSCAN=<SSID>,<BSSID>,<Channel>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Scans for access points; SSID, BSSID and channel are optional filters."),
     "wifi"},
    {"AT+WSET", "AT+WSET=<WiFiMode>,<SSID>,<BSSID>,<Channel>\nAT+WSET=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and "
                       "channel."),
     "wifi"},
    {"AT+WSEC", "AT+WSEC=<WiFiMode>,<SecType>,<Key>\nAT+WSEC=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the security type and key."),
     "wifi"},
    {"AT+WNET", "AT+WNET=<DHCP>,<IP>,<SN>,<GW>\nAT+WNET=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows DHCP or the static IP address, subnet mask and gateway."),
     "wifi"},
    {"AT+WSTAT", "AT+WSTAT",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Shows the current Wi-Fi status."), "wifi"},
    {"AT+WREG", "AT+WREG=<Country>\nAT+WREG=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows the country code (ISO 3166-1 alpha-2)."),
     "wifi"},
    {"AT+WWPS", "AT+WWPS=<Mode>,<PinNum>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Connects with WPS by push button (0) or PIN (1)."),
     "wifi"},
    {"AT+WANT", "AT+WANT=<Antenna type>\nAT+WANT=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the antenna type."), "wifi"},
    {"AT+WP2P_START", "AT+WP2P_START",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Starts Wi-Fi Direct."), "wifi"},
    {"AT+WP2P_STOP", "AT+WP2P_STOP",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Stops Wi-Fi Direct."), "wifi"},
    {"AT+WP2P_PEERLIST", "AT+WP2P_PEERLIST",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Shows the Wi-Fi Direct peer list."), "wifi"},
    {"AT+WP2P_INVITE", "AT+WP2P_INVITE=<Peer ID>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Invites a Wi-Fi Direct peer."), "wifi"},
    {"AT+WCHECK", "AT+WCHECK=<time>,<ping try>,<ping error>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Checks the Wi-Fi link with pings and re-associates when it fails."),
     "wifi"},
    {"AT+WADNS", "AT+WADNS=<DNS Server1>,<DNS Server2>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Adds DNS servers."), "wifi"},
    // Network
    {"AT+SCON",
     "AT+SCON=<OpenType>,<SocketType>,<RemoteIP>,<RemotePort>,<LocalPort>,<DataMode>\n"
     "AT+SCON=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Opens a TCP/UDP client or server socket, or shows the last parameters."),
     "network"},
    {"AT+SMGMT", "AT+SMGMT=<SocketID>\nAT+SMGMT=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Closes a socket (or ALL), or lists the open sockets."),
     "network"},
    {"AT+SSEND", "AT+SSEND=<SocketID>,<RemoteIP>,<RemotePort>,<SendSize>,<Timeout>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sends <SendSize> bytes on a socket in command mode."),
     "network"},
    {"AT+SDATA", "AT+SDATA", QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Returns to data mode."),
     "network"},
    {"AT+SFORM", "AT+SFORM=<Format>,<Start>,<Delim>,<End>,<Cls1>,<Cls2>\nAT+SFORM=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows the header form of data received in command mode."),
     "network"},
    {"AT+SOPT1", "AT+SOPT1=<Option>,<Value>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets a miscellaneous option: 10 is the '+++' escape timer."),
     "network"},
    // Management
    {"AT+MPROF", "AT+MPROF=<Action>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Shows, loads or saves the profile (VD, VG, L, S)."),
     "basic"},
    {"AT+MFDEF", "AT+MFDEF=FR",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Performs a factory reset."), "basic"},
    {"AT+MRESET", "AT+MRESET",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Performs a system reset."), "basic"},
    {"AT+MMSG", "AT+MMSG=<Level>\nAT+MMSG=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the message print level."),
     "basic"},
    {"AT+MMAC", "AT+MMAC=<MAC>\nAT+MMAC=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the MAC address."), "basic"},
    {"AT+MINFO", "AT+MINFO",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Shows the firmware and hardware versions."),
     "basic"},
    {"AT+MECHO", "AT+MECHO=<Action>\nAT+MECHO=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the echo mode."), "basic"},
    {"AT+MHELP", "AT+MHELP",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Prints the command descriptions and their usage."),
     "basic"},
    {"AT+MMCUPS", "AT+MMCUPS=<Action>,<Timeout>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Enables or disables MCU power save; the serial port is unusable while "
                       "it is on."),
     "basic"},
    {"AT+MWIFIPS", "AT+MWIFIPS=<Action>,<Delay>\nAT+MWIFIPS=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Enables, disables or shows Wi-Fi power save."),
     "basic"},
    {"AT+MCWUI", "AT+MCWUI=<Current ID>,<Current P/W>,<New ID>,<New P/W>\nAT+MCWUI=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Changes or shows the web server's user ID and password."),
     "basic"},
    {"AT+USET", "AT+USET=<Baudrate>,<Parity>,<WordLen>,<StopBit>,<FlowCon>\nAT+USET=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the UART configuration."), "basic"},
    {"AT+MSPI", "AT+MSPI=<Interface>,<SPI Option>\nAT+MSPI=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows the host interface (UART or SPI) and the SPI option."),
     "basic"},
    {"AT+MCSTGPIO", "AT+MCSTGPIO",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Custom GPIO setting; the guide marks it TBD."),
     "gpio"},
    {"AT+MCUSTOM", "AT+MCUSTOM=<custom code>\nAT+MCUSTOM=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the custom code."), "basic"},
    {"AT+MAIRCMD", "AT+MAIRCMD=<OpenType>,<SocketType>,<LocalPort>,<Option>\nAT+MAIRCMD=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Configures or shows the Air Command server (AT commands over Wi-Fi)."),
     "other"},
    {"AT+MEVTMSG", "AT+MEVTMSG=<Status>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets whether [LISTEN x] is printed when a TCP server socket opens."),
     "basic"},
    {"AT+MEVTFORM", "AT+MEVTFORM=<format>\nAT+MEVTFORM=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the form of each event message."),
     "basic"},
    // Function
    {"AT+FPING", "AT+FPING=<RepeatCnt>,<TargetIP>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Pings an IP address."), "network"},
    {"AT+FDNS", "AT+FDNS=<HostName>,<Timeout>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Resolves a host name (DNS query)."), "network"},
    {"AT+FWEBS", "AT+FWEBS=<Action>,<Type>\nAT+FWEBS=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Starts or stops the web server, or shows its status."),
     "other"},
    {"AT+FGPIO",
     "AT+FGPIO=<action:0>,<gpio_number>\nAT+FGPIO=<action:1>,<gpio_number>,<gpio_value>\n"
     "AT+FGPIO=<action:2>,<gpio_number>,<config_value>\nAT+FGPIO=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Reads (0), writes (1) or configures (2) a GPIO, or shows all GPIO "
                       "settings."),
     "gpio"},
    {"AT+FSOCK", "AT+FSOCK=<Option>,<Value>\nAT+FSOCK=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Sets or shows the socket extension options."),
     "network"},
    {"AT+FOTA", "AT+FOTA",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Launches OTA mode to update the firmware over Wi-Fi."),
     "other"},
    {"AT+FWEBSOPT", "AT+FWEBSOPT",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog", "Web server option; the guide marks it TBD."),
     "other"},
    // Firmware-only commands the dialect handles (digest appendix A, firmware v1.0.5.2).
    {"AT+WSET2", "AT+WSET2=<WiFiMode>,<SSID>\nAT+WSET2=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows an SSID that contains special characters (firmware, not "
                       "in the manual)."),
     "wifi"},
    {"AT+MTXP", "AT+MTXP=<dBm>\nAT+MTXP=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows the transmit power, 0-31 dBm (firmware, not in the "
                       "manual)."),
     "wifi"},
    {"AT+MQTTSET", "AT+MQTTSET=<UserName>,<Password>,<ClientID>,<AliveTime>\nAT+MQTTSET=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Sets or shows the MQTT user name, password, client ID and keep-alive "
                       "time (firmware, not in the manual)."),
     "mqtt"},
    {"AT+MQTTCON", "AT+MQTTCON=<Con/Discon>,<BrokerIP>,<BrokerPort>,<SSL_Enable>\nAT+MQTTCON=?",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Connects to (1) or disconnects from (0) an MQTT broker, or shows the "
                       "status (firmware, not in the manual)."),
     "mqtt"},
    {"AT+MQTTSUB", "AT+MQTTSUB=<Sub/Unsub>,<Topic>[,<QoS>]",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Subscribes to (1) or unsubscribes from (0) an MQTT topic (firmware, not "
                       "in the manual)."),
     "mqtt"},
    {"AT+MQTTPUB", "AT+MQTTPUB=<Topic>,<Length>",
     QT_TRANSLATE_NOOP("Wizfi250DialectCatalog",
                       "Publishes <Length> bytes to an MQTT topic (firmware, not in the "
                       "manual)."),
     "mqtt"},
};

} // namespace

QList<AtCommandInfo> Wizfi250Dialect::catalog() const
{
    QList<AtCommandInfo> list;
    list.reserve(qsizetype(std::size(Catalog)));
    for (const Entry &e : Catalog)
        list.append({QByteArray(e.name), QString::fromUtf8(e.syntax),
                     QCoreApplication::translate("Wizfi250DialectCatalog", e.summary),
                     QString::fromLatin1(e.group)});
    return list;
}
