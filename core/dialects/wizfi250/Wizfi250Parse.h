#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <optional>

// Text parsers of the WizFi250 dialect (private to core/dialects/wizfi250/).
namespace Wizfi250Parse {

// A receive header: {<id>,<ip>,<port>,<len>} (AT+SFORM default) or {Q,<topic>,,<len>} (MQTT,
// firmware >= 1.0.5.2).
struct ReceiveHeader
{
    bool mqtt = false;
    int socket = -1;
    QByteArray ip;
    int port = -1;
    QByteArray topic;
    qint64 length = 0;
    int headerLength = 0; // bytes up to and including '}'
};

enum class HeaderScan { NoMatch, NeedMore, Match };

// Scan the bytes at a line start. NoMatch is final for these bytes; NeedMore only while a header
// is still possible.
HeaderScan scanReceiveHeader(QByteArrayView bytes, ReceiveHeader *header);

// Upper-case command name without parameters ("AT+SSEND"), and its parameters after '='.
QByteArray commandName(const QByteArray &command);
QList<QByteArray> commandParams(const QByteArray &command);
bool isQuery(const QByteArray &command); // AT+XXX=? or AT+XXX?

// Error finals: the code is the text after "ERROR:" (null for a plain [ERROR]).
QVariant errorCode(const QByteArray &inner);
QString errorMessage(const QByteArray &code);

bool isMac(QByteArrayView text);
std::optional<int> hexSocket(QByteArrayView text);

// "Label : value" with free spacing around the colon; the value trimmed.
std::optional<QByteArray> labelValue(const QByteArray &trimmedLine, QByteArrayView label);

// Known reply items. Each returns the fields of a parsed line, or nothing.
// AT+WSCAN row: <idx>/<ssid>/<bssid>/<rssi>/<rate>/[<Infra|Adhoc>/]<security>/<band>/<channel>
std::optional<QVariantMap> scanRow(const QByteArray &trimmedLine);
// AT+WSTAT row: <IF>/<ssid>/<ip>/<gw>/<mac>/<txpower>/<|rssi|>
std::optional<QVariantMap> statusRow(const QByteArray &trimmedLine);
// AT+SMGMT=? row: <id>/<type>/<ip>:<port>/<local>/<datamode>
std::optional<QVariantMap> socketRow(const QByteArray &trimmedLine);

} // namespace Wizfi250Parse
