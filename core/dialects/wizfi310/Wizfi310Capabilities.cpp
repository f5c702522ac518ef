// What the WizFi310 can do, from wizfi310-at-commands.md ([M §...]) and the digest wizfi310.md §5.
#include "Wizfi310Dialect.h"

#include <QCoreApplication>

DialectCapabilities Wizfi310Dialect::capabilities() const
{
    using F = DialectCapabilities::Feature;
    DialectCapabilities c;
    c.station = F::yes();         // [M §AT+WSET] mode S, [M §AT+WJOIN]
    c.scan = F::yes();            // [M §AT+WSCAN]
    c.softAp = F::yes();          // [M §AT+WSET] mode AP
    c.tcpClient = F::yes();       // [M §AT+SCON] type TCN
    c.tcpServer = F::yes();       // [M §AT+SCON] type TSN
    c.udp = F::yes();             // [M §AT+SCON] types USN, UCN
    c.tls = F::yes();             // [M §AT+SCON] type TCS (SSL client only)
    c.transparentMode = F::yes(); // [M §Entering Data mode], one socket only
    c.mqtt = F::yes();            // [M §MQTT Commands] AT+MQTTSET/CON/SUB/PUB
    c.mqttTls = F::yes();         // [M §AT+MQTTCON] <SSL_Enable>
    c.gpio = F::yes();            // [M §AT+FGPIO]
    c.adc = F::yes();             // [M §AT+FGETADC]

    c.maxSockets = 8;                  // [M §AT+SCON] SCID 0..7; the virtual module has 8
    c.maxSsidBytes = 32;               // [M §AT+WSET] SSID up to 32 characters
    c.minKeyLength = 8;                // [M §AT+WSEC] WPA 8..63 ASCII
    c.maxKeyLength = 64;               // [M §AT+WSEC] "128 hex" read as the 64 hex digits of a PSK
    c.wepKeyLengths = {5, 10, 13, 26}; // [M §AT+WSEC] WEP 5/13 ASCII or 10/26 hex
    c.maxSendChunk = 100000000;        // [M §AT+SSEND] <Data Length> 1..100000000
    c.baudRates = {300,   600,   1200,   2400,   4800,   9600,   14400,  19200,
                   38400, 57600, 115200, 230400, 460800, 921600, 1843200}; // [M §AT+USET]
    c.saveToFlash = DialectCapabilities::SaveToFlash::ProfileSave;         // [M §AT+MPROF]
    c.saveToFlashDescription = QCoreApplication::translate(
        "DialectCapabilities",
        "Settings take effect at once and survive a restart only after the profile is saved "
        "with AT+MPROF=S.");
    return c;
}
