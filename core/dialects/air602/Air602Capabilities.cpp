// What the Air602 (W600) can do, from air602-at-manual.md (§ numbers) and the digest air602.md
// §4 and §5. Where the manual is silent the value is the Luat firmware's, as the virtual module.
#include "Air602Dialect.h"

#include <QCoreApplication>

DialectCapabilities Air602Dialect::capabilities() const
{
    using F = DialectCapabilities::Feature;
    DialectCapabilities c;
    c.station = F::yes();   // §2.2.2.1 AT+WPRT=0, §2.2.3.4 AT+WJOIN
    c.scan = F::yes();      // §2.2.3.6 AT+WSCAN
    c.softAp = F::yes();    // §2.2.2.1 AT+WPRT=2, §2.2.2.8 AT+APSSID
    c.tcpClient = F::yes(); // §2.2.3.10 AT+SKCT=0,0,...
    c.tcpServer = F::yes(); // §2.2.3.10 AT+SKCT=0,1,...
    c.udp = F::yes();       // §2.2.3.10 AT+SKCT=1,...
    // §2.2.3.10 <protocol> is 0 TCP or 1 UDP only.
    c.tls = F::no(QCoreApplication::translate("DialectCapabilities",
                                              "The Air602 AT firmware has no TLS sockets."));
    c.transparentMode = F::yes(); // §2.2.1.4 AT+ENTM, §2.2.3.15 AT+SKSDF
    c.mqtt = F::yes();            // §2.2.4 AT+MSERVER, AT+MCONNECT, AT+MSUB, AT+MPUB
    // Digest §5: "no TLS, keep-alive or clean-session options".
    c.mqttTls = F::no(QCoreApplication::translate("DialectCapabilities",
                                                  "The Air602 MQTT client has no TLS option."));
    // Digest §5: "GPIO / ADC: none".
    c.gpio = F::no(QCoreApplication::translate("DialectCapabilities",
                                               "The Air602 AT manual has no GPIO commands."));
    c.adc = F::no(QCoreApplication::translate("DialectCapabilities",
                                              "The Air602 AT manual has no ADC command."));

    c.maxSockets = 20;   // manual silent; [SDK] sockets 1..20 (TLS_MAX_NETCONN_NUM), as the module
    c.maxSsidBytes = 32; // §2.2.2.7 AT+SSID 1..32 characters
    c.minKeyLength = 8;  // §2.2.2.11 AT+KEY WPA/WPA2 8..63 ASCII
    c.maxKeyLength = 64; // §2.2.2.11 or 64 hex
    c.wepKeyLengths = {5, 10, 13, 26}; // §2.2.2.11 WEP64 5 ASCII/10 hex, WEP128 13/26
    c.maxSendChunk =
        512; // §2.2.3.11 silent (actualsize); the Luat firmware takes 512, as the module
    c.baudRates = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200}; // §2.2.2.20 AT+UART
    c.saveToFlash = DialectCapabilities::SaveToFlash::FlashOperator; // §2.1 "=!", §2.2.1.7 AT+PMTF
    c.saveToFlashDescription = QCoreApplication::translate(
        "DialectCapabilities",
        "A setting given with \"=\" lasts until restart; \"=!\" also writes it to flash, and "
        "AT+PMTF saves all current settings.");
    return c;
}
