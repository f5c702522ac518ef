#pragma once

#include "dialects/Dialect.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVariantMap>
#include <optional>

// The WizFi310's own string shapes: command names, prompt and receive headers, result rows.
// Used by Wizfi310Dialect only.
namespace Wizfi310Text {

// "AT+WSET=0,x" -> "AT+WSET" (upper case); "AT+MMAC=?" -> "AT+MMAC".
QByteArray commandName(const QByteArray &command);
// The text after the first '=' (empty when there is none).
QByteArray commandParameters(const QByteArray &command);

qsizetype indexOfNoCase(QByteArrayView text, QByteArrayView needle);
// One or two hex digits (socket ids are printed with %x), spaces around allowed.
std::optional<int> hexId(QByteArrayView text);
// "xx:xx:xx:xx:xx:xx"
bool isMac(QByteArrayView text);
// "<label> <spaces> : <value>" -> value (trimmed, non-empty); nullopt otherwise.
std::optional<QByteArray> labelValue(const QByteArray &line, QByteArrayView label);

// Probes at a line start (see FrameProbe's contract).
// {<hex id>,<IPv4>,<port>,<len>}
FrameProbe probeDataHeader(QByteArrayView s);
// {Q,<topic>,,<len>} (the topic may contain ',' and '}')
FrameProbe probeMqttHeader(QByteArrayView s);
// [<id>,[<ip>],[<port>],<n>[,<timeout>]]
FrameProbe probeSendPrompt(QByteArrayView s);
// [<len>] (equal to the declared length when that is known)
FrameProbe probePublishPrompt(QByteArrayView s, qint64 expected);

// The inside of an AT+SSEND prompt: "0,,,5", "1,192.168.0.100,5000,10", "1,,,10,50000".
bool isSendPromptInner(QByteArrayView inner);
// A whole (trimmed) line that is the prompt of the send in flight.
bool isPromptLine(const QByteArray &trimmed, const InFlight &inFlight);
// A complete {Q,...} header -> topic and declared length.
bool splitMqttHeader(QByteArrayView header, QByteArray *topic, qint64 *length);

// An AT+WSCAN row "Index/SSID/BSSID/RSSI(-dBm)/MaxDataRate(Mbps)/Security/RadioBand(GHz)/Channel"
// -> ssid, bssid, rssi (negative dBm), channel, security. False for the header and other lines.
bool parseScanRow(const QByteArray &line, QVariantMap *fields);
// An AT+WSTAT row "IF/SSID/IP-Addr/Gateway/MAC/TxPower(dBm)/RSSI(-dBm)" -> fields.
bool parseStatusRow(const QByteArray &line, QVariantMap *fields);

} // namespace Wizfi310Text
