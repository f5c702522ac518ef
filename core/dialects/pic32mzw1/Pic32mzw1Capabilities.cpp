// What the PIC32MZW1 AnyCloud firmware can do, from pic32mzw1-anycloud-at-reference.txt
// (§ numbers) and the digest pic32mzw1.md §4 and §5. The manual states few limits; where it is
// silent the value is the firmware's ([FW]), as the virtual module implements it.
#include "Pic32mzw1Dialect.h"

#include <QCoreApplication>

DialectCapabilities Pic32mzw1Dialect::capabilities() const
{
    using F = DialectCapabilities::Feature;
    DialectCapabilities c;
    c.station = F::yes();   // §5.1-5.2 AT+WSTAC, AT+WSTA
    c.scan = F::yes();      // §4.1-4.3 AT+WSCNC, AT+WSCNA, AT+WSCNP
    c.softAp = F::yes();    // §5.3-5.4 AT+WAPC, AT+WAP
    c.tcpClient = F::yes(); // §7.1 AT+SOCKO=2 (TCP), §7.4 AT+SOCKBR
    c.tcpServer = F::yes(); // §7.3 AT+SOCKBL
    c.udp = F::yes();       // §7.1 AT+SOCKO=1, §7.9 AT+SOCKWRTO
    c.tls = F::yes();       // §7.6 AT+SOCKTLS, §7.11 AT+TLSC
    // Digest §3.4: the manual has no transparent (pass-through) mode.
    c.transparentMode = F::no(QCoreApplication::translate(
        "DialectCapabilities",
        "The PIC32MZW1 AnyCloud firmware has no transparent (pass-through) mode."));
    c.mqtt = F::yes();    // §6.1-6.6 AT+MQTTC, AT+MQTTCONN, AT+MQTTSUB, AT+MQTTPUB ...
    c.mqttTls = F::yes(); // §6.1 AT+MQTTC TLS_CONF_IDX (default port 8883, TLS on)
    // Digest §4.7: no GPIO, ADC or UART configuration commands in the manual.
    c.gpio = F::no(QCoreApplication::translate(
        "DialectCapabilities", "The PIC32MZW1 AnyCloud firmware has no GPIO commands."));
    c.adc = F::no(QCoreApplication::translate(
        "DialectCapabilities", "The PIC32MZW1 AnyCloud firmware has no ADC commands."));

    c.maxSockets = 20;   // manual silent; [FW] AT_CMD_SOCK_MAX_NUM 20, as the virtual module
    c.maxSsidBytes = 32; // manual silent; [FW] SSID up to 32 bytes
    c.minKeyLength = 8;  // §5.1 CREDENTIALS: WPA-Personal passphrase (IEEE 802.11i 8..63)
    c.maxKeyLength = 64; // §5.1 CREDENTIALS: or 64 hex digits
    // §5.2 +WSTA SEC_TYPE 1 "WEP (Not Supported in PIC32MZW1)": no WEP lengths.
    c.maxSendChunk = 1500;  // §7.8.2 AT+SOCKWR <LENGTH> 1..1500
    c.baudRates = {115200}; // manual states none; [FW] 115200 by default (Appendix A AT+IPR)
    c.saveToFlash = DialectCapabilities::SaveToFlash::NotDocumented; // no save command in §3-§7
    c.saveToFlashDescription = QCoreApplication::translate(
        "DialectCapabilities",
        "The manual documents no way to save settings; they are lost at restart.");
    return c;
}
