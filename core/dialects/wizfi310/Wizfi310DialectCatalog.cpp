#include "Wizfi310Dialect.h"

#include <QCoreApplication>

#include <iterator>

// Every command of the WizFi310 AT command manual's command list (53), with the manual's
// "Format" lines as printed: the manual writes optional parameters without brackets (its
// parameter tables say which are optional). AT+MMCUPS has no format ("Currently Not Available").

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
    {"AT", "AT", QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Checks the AT command terminal."),
     "basic"},
    // Wi-Fi
    {"AT+WJOIN", "AT+WJOIN",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Joins the configured access point (station) or starts the soft AP."),
     "wifi"},
    {"AT+WLEAVE", "AT+WLEAVE",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Leaves the access point or stops the soft AP."),
     "wifi"},
    {"AT+WSCAN", "AT+WSCAN=<SSID>,<BSSID>,<Channel>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Scans for access points; SSID, BSSID and channel are optional filters."),
     "wifi"},
    {"AT+WSET", "AT+WSET=<WiFiMode>,<SSID>,<BSSID>,<Channel>\nAT+WSET=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and "
                       "channel."),
     "wifi"},
    {"AT+WSET2", "AT+WSET2=<WiFiMode>,<SSID>\nAT+WSET2=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets or shows an SSID that contains special characters."),
     "wifi"},
    {"AT+WSEC", "AT+WSEC=<WiFiMode>,<SecType>,<Key>\nAT+WSEC=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the security type and key."),
     "wifi"},
    {"AT+WNET", "AT+WNET=<DHCP>,<IP>,<SN>,<GW>\nAT+WNET=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets or shows DHCP or the static IP address, subnet mask and gateway."),
     "wifi"},
    {"AT+WSTAT", "AT+WSTAT",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Shows the current Wi-Fi status."), "wifi"},
    {"AT+WWPS", "AT+WWPS=<Mode>,<PinNum>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Connects with WPS by push button (0) or PIN (1)."),
     "wifi"},
    {"AT+WADNS", "AT+WADNS=<DNS Server1>,<DNS Server2>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Adds DNS servers."), "wifi"},
    // Network
    {"AT+SCON",
     "AT+SCON=<OpenType>,<SocketType>,<RemoteIP>,<RemotePort>,<LocalPort>,<DataMode>\n"
     "AT+SCON=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Opens a TCP/UDP client or server socket, or shows the last parameters."),
     "network"},
    {"AT+SMGMT", "AT+SMGMT=<SocketID>\nAT+SMGMT=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Closes a socket (or ALL), or lists the open sockets."),
     "network"},
    {"AT+SSEND", "AT+SSEND=<SocketID>,<RemoteIP>,<RemotePort>,<SendSize>,<Timeout>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sends <SendSize> bytes on a socket in command mode."),
     "network"},
    {"AT+SDATA", "AT+SDATA", QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Returns to data mode."),
     "network"},
    {"AT+SFORM", "AT+SFORM=<Format>,<Start>,<Delim>,<End>,<Cls1>,<Cls2>\nAT+SFORM=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets or shows the header form of data received in command mode."),
     "network"},
    {"AT+SOPT", "AT+SOPT=<Option>,<SocketID>,<Socket Level>,<Option Name>,<Option Value>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets a socket option (keep-alive, TCP_NODELAY, TTL...)."),
     "network"},
    {"AT+SOPT1", "AT+SOPT1=<Option>,<Value>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets a miscellaneous option: 10 is the '+++' escape timer."),
     "network"},
    // Management
    {"AT+MPROF", "AT+MPROF=<Action>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Shows, loads or saves the profile (VD, VG, L, S)."),
     "basic"},
    {"AT+MFDEF", "AT+MFDEF=FR",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Performs a factory reset."), "basic"},
    {"AT+MRESET", "AT+MRESET",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Performs a system reset."), "basic"},
    {"AT+MMSG", "AT+MMSG=<Level>\nAT+MMSG=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the message print level."),
     "basic"},
    {"AT+MMAC", "AT+MMAC=<MAC>\nAT+MMAC=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the MAC address."), "basic"},
    {"AT+MINFO", "AT+MINFO",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Shows the firmware and hardware versions."),
     "basic"},
    {"AT+MECHO", "AT+MECHO=<Action>\nAT+MECHO=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the echo mode."), "basic"},
    {"AT+MHELP", "AT+MHELP",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Prints the command descriptions and their usage."),
     "basic"},
    {"AT+MMCUPS", "AT+MMCUPS",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "MCU power save; the manual says it is currently not available."),
     "basic"},
    {"AT+MWIFIPS", "AT+MWIFIPS=<Action>,<Delay>\nAT+MWIFIPS=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Enables, disables or shows Wi-Fi power save."),
     "basic"},
    {"AT+USET", "AT+USET=<Baudrate>,<Parity>,<WordLen>,<StopBit>,<FlowCon>\nAT+USET=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the UART configuration."), "basic"},
    {"AT+MCUSTOM", "AT+MCUSTOM=<custom code>\nAT+MCUSTOM=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the custom code."), "basic"},
    {"AT+MAIRCMD", "AT+MAIRCMD=<OpenType>,<SocketType>,<LocalPort>,<Option>\nAT+MAIRCMD=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Configures or shows the Air Command server (AT commands over Wi-Fi)."),
     "other"},
    {"AT+MEVTMSG", "AT+MEVTMSG=<Status>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets whether [LISTEN x] is printed when a TCP server socket opens."),
     "basic"},
    {"AT+MEVTFORM", "AT+MEVTFORM=<format>\nAT+MEVTFORM=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the form of each event message."),
     "basic"},
    {"AT+MUPGRADE", "AT+MUPGRADE",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Upgrades the firmware over the serial port (XMODEM)."),
     "other"},
    // Function
    {"AT+FPING", "AT+FPING=<RepeatCnt>,<TargetIP>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Pings an IP address."), "network"},
    {"AT+FDNS", "AT+FDNS=<HostName>,<Timeout>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Resolves a host name (DNS query)."), "network"},
    {"AT+FGPIO",
     "AT+FGPIO=<gpio_number>,<action:0>,<config_value>\n"
     "AT+FGPIO=<gpio_number>,<action:1>,<config_value>\n"
     "AT+FGPIO=<gpio_number>,<action:2>,<gpio_value>\n"
     "AT+FGPIO=<gpio_number>,<action:3>,<gpio_value>\nAT+FGPIO=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Initialises a GPIO as input (0) or output (1), reads (2) or writes (3) "
                       "it, or lists the available GPIOs."),
     "gpio"},
    {"AT+FGETADC", "AT+FGETADC=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Reads the ADC value."), "gpio"},
    {"AT+FSOCK", "AT+FSOCK=<Option>,<Value>\nAT+FSOCK=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or shows the socket extension options."),
     "network"},
    {"AT+FOTA", "AT+FOTA=<Server IP>,<Server Port>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Launches OTA mode to update the firmware from a server."),
     "other"},
    // MQTT
    {"AT+MQTTSET", "AT+MQTTSET=<UserName>,<Password>,<ClientID>,<AliveTime>\nAT+MQTTSET=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Sets or shows the MQTT user name, password, client ID and keep-alive "
                       "time."),
     "mqtt"},
    {"AT+MQTTCON", "AT+MQTTCON=<Con/Discon>,<BrokerIP>,<BrokerPort>,<SSL_Enable>\nAT+MQTTCON=?",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Connects to or disconnects from an MQTT broker, or shows the "
                       "connection status."),
     "mqtt"},
    {"AT+MQTTSUB", "AT+MQTTSUB=<Sub/Unsub>,<Topic>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Subscribes to (1) or unsubscribes from (0) an MQTT topic."),
     "mqtt"},
    {"AT+MQTTPUB", "AT+MQTTPUB=<Topic>,<Length>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Publishes <Length> bytes to an MQTT topic."),
     "mqtt"},
    // GMMP and ThingPlug (SK Telecom, Korea)
    {"AT+GMMPSET",
     "AT+GMMPSET=<Con/Discon>,<ThingPlug IP>,<Thingplug Port>,<Domain Code>,<Auth ID>,"
     "<Manufacture ID>,<Device ID>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Configures and connects or disconnects GMMP (SK Telecom M2M)."),
     "other"},
    {"AT+GMMPDATA", "AT+GMMPDATA=<Option>,<Data>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sets or sends GMMP data."), "other"},
    {"AT+GMMPOPT", "AT+GMMPOPT=<Option>,<values>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Manages the GMMP options."), "other"},
    {"AT+SKTPCON",
     "AT+SKTPCON=<Con/Discon>,<ThingPlug IP>,<ThingPlug Port>,<Alive Time>,<ThingPlug Portal "
     "ID>,<Credential ID>,<Service ID>,<Version>,<Device ID>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Connects to or disconnects from ThingPlug with its authorisation data."),
     "other"},
    {"AT+SKTPDEVICE",
     "AT+SKTPDEVICE=<Register/Delete>,<Device ID>,<Device Authorization Code(AE-ID)>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Registers or deletes the device on ThingPlug."),
     "other"},
    {"AT+SKTPCONTAINER", "AT+SKTPCONTAINER=<Register/Delete>,<Container Name>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Creates or deletes a ThingPlug container."),
     "other"},
    {"AT+SKTPSEND", "AT+SKTPSEND=<Container Name>,<Data>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Sends data to ThingPlug."), "other"},
    {"AT+SKTPCMD", "AT+SKTPCMD=<Register/Delete>,<Management command>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog",
                       "Registers or deletes a management command on ThingPlug."),
     "other"},
    {"AT+SKTPRESULT", "AT+SKTPRESULT=<Management command>,<Execute Status>,<Execute Result>",
     QT_TRANSLATE_NOOP("Wizfi310DialectCatalog", "Answers a ThingPlug management command."),
     "other"},
};

} // namespace

QList<AtCommandInfo> Wizfi310Dialect::catalog() const
{
    QList<AtCommandInfo> list;
    list.reserve(qsizetype(std::size(Catalog)));
    for (const Entry &e : Catalog)
        list.append({QByteArray(e.name), QString::fromUtf8(e.syntax),
                     QCoreApplication::translate("Wizfi310DialectCatalog", e.summary),
                     QString::fromLatin1(e.group)});
    return list;
}
