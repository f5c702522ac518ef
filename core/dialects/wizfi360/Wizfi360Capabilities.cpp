// What the WizFi360 can do, from wizfi360-at-instruction-set.txt (§ numbers) and the digest
// wizfi360.md §4 and §5.
#include "Wizfi360Dialect.h"

#include <QCoreApplication>

DialectCapabilities Wizfi360Dialect::capabilities() const
{
    using F = DialectCapabilities::Feature;
    DialectCapabilities c;
    c.station = F::yes();         // §3.2.3 AT+CWJAP_CUR
    c.scan = F::yes();            // §3.2.6 AT+CWLAP
    c.softAp = F::yes();          // §3.2.8 AT+CWSAP_CUR
    c.tcpClient = F::yes();       // §3.3.3 AT+CIPSTART "TCP"
    c.tcpServer = F::yes();       // §3.3.16 AT+CIPSERVER
    c.udp = F::yes();             // §3.3.3 AT+CIPSTART "UDP"
    c.tls = F::yes();             // §3.3.3 AT+CIPSTART "SSL" (one SSL connection)
    c.transparentMode = F::yes(); // §3.3.18 AT+CIPMODE=1, §2.4 passthrough
    c.mqtt = F::yes();            // §3.3.29-3.3.33 AT+MQTTSET/TOPIC/CON/PUB/DIS
    // §3.3.31 AT+MQTTCON takes <enable>,<broker IP>,<broker port> and nothing for TLS.
    c.mqttTls = F::no(QCoreApplication::translate("DialectCapabilities",
                                                  "The WizFi360 MQTT client has no TLS option."));
    c.gpio = F::yes(); // §3.1.10-3.1.14 AT+SYSIOSETCFG, AT+SYSGPIOWRITE ...
    // Digest §4.2: "no ADC command exists in this manual".
    c.adc = F::no(QCoreApplication::translate("DialectCapabilities",
                                              "The WizFi360 instruction set has no ADC command."));

    c.maxSockets = 5;    // §3.3.3 link ID 0..4 with CIPMUX=1; the virtual module has 5 links
    c.maxSsidBytes = 32; // §3.2.3 SSID up to 32 bytes
    c.minKeyLength = 8;  // §3.2.8 SoftAP password 8..64
    c.maxKeyLength = 64; // §3.2.3 password up to 64 bytes
    // §3.2.8 <ecn> 1 (WEP) not allowed; §3.2.3 says nothing of WEP keys: no WEP lengths.
    c.maxSendChunk = 2048; // §3.3.7-3.3.9 CIPSEND/CIPSENDEX/CIPSENDBUF <length> up to 2048
    c.baudRates = {600,   1200,   1800,   2400,   4800,   9600,    14400,   19200,  38400,
                   57600, 115200, 230400, 460800, 921600, 1000000, 1500000, 2000000}; // §4.1
    c.saveToFlash = DialectCapabilities::SaveToFlash::CurDefCommands; // §3.1.7, §3.2.1-3.2.4
    c.saveToFlashDescription = QCoreApplication::translate(
        "DialectCapabilities",
        "Commands ending in _CUR change the running settings only; the _DEF forms also save "
        "them to flash.");
    return c;
}
