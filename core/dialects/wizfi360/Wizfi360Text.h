#pragma once

#include "dialects/Dialect.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

// Small parsing helpers shared by the WizFi360 dialect's files.
namespace Wizfi360Text {

// "AT+CIPSEND=0,5" -> "AT+CIPSEND" (upper case, without '=...' or '?').
QByteArray commandName(const QByteArray &command);
// The parameters after '=' (split, quotes kept); empty without '='.
QList<QByteArray> commandParams(const QByteArray &command);
// Parameter i as an integer (quotes allowed), nullopt when absent or not a number.
std::optional<qint64> intParam(const QList<QByteArray> &params, int i);

// The fields of a +IPD header between "+IPD," and ':' (or the line end in passive mode):
// <len> | <id>,<len> | <len>,<ip>,<port> | <id>,<len>,<ip>,<port>, the IP quoted or not.
struct IpdHeader
{
    int socket = -1;
    qint64 length = -1;
    QByteArray ip;
    int port = -1;
};
std::optional<IpdHeader> parseIpdFields(QByteArrayView fields);

// Command families the classifier asks about.
bool isSend(const InFlight &inFlight);          // CIPSEND, CIPSENDEX, CIPSENDERBUF (CIPSENDBUF)
bool isJoin(const InFlight &inFlight);          // CWJAP_CUR, CWJAP_DEF, CWJAP
bool isBrokerConnect(const InFlight &inFlight); // MQTTCON, AZCON, AWSCON

// "<name>:<rest>" or "<name>=<rest>" (the manual prints both for query replies); the rest
// trimmed, nullopt when the line does not start with name followed by ':' or '='.
std::optional<QByteArray> valueAfter(QByteArrayView line, QByteArrayView name);

} // namespace Wizfi360Text
