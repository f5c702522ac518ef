#include "Wizfi360Text.h"

#include "Wizfi360Dialect.h"
#include "dialects/AtText.h"

namespace Wizfi360Text {

QByteArray commandName(const QByteArray &command)
{
    qsizetype end = 0;
    while (end < command.size() && command[end] != '=' && command[end] != '?')
        ++end;
    return command.left(end).trimmed().toUpper();
}

QList<QByteArray> commandParams(const QByteArray &command)
{
    const qsizetype eq = command.indexOf('=');
    if (eq < 0)
        return {};
    return AtText::splitParams(QByteArrayView(command).sliced(eq + 1));
}

std::optional<qint64> intParam(const QList<QByteArray> &params, int i)
{
    if (i < 0 || i >= params.size())
        return std::nullopt;
    return AtText::toInt(AtText::unquote(params.at(i)));
}

std::optional<IpdHeader> parseIpdFields(QByteArrayView fields)
{
    const QList<QByteArray> p = AtText::splitParams(fields);
    if (p.isEmpty() || p.size() > 4)
        return std::nullopt;
    IpdHeader h;
    const bool withLink = p.size() == 2 || p.size() == 4;
    const int lengthAt = withLink ? 1 : 0;
    if (withLink) {
        const auto id = AtText::toInt(p.at(0));
        if (!id || *id < 0 || *id > 99)
            return std::nullopt;
        h.socket = int(*id);
    }
    const auto length = AtText::toInt(p.at(lengthAt));
    if (!length || *length < 0 || *length > Wizfi360Dialect::MaxPayloadLength)
        return std::nullopt;
    h.length = *length;
    if (p.size() >= 3) {
        h.ip = AtText::unquote(p.at(lengthAt + 1));
        const auto port = AtText::toInt(AtText::unquote(p.at(lengthAt + 2)));
        if (h.ip.isEmpty() || !port || *port < 0 || *port > 65535)
            return std::nullopt;
        h.port = int(*port);
    }
    return h;
}

bool isSend(const InFlight &inFlight)
{
    return inFlight.is("AT+CIPSEND") || inFlight.is("AT+CIPSENDEX") ||
           inFlight.is("AT+CIPSENDERBUF") || inFlight.is("AT+CIPSENDBUF");
}

bool isJoin(const InFlight &inFlight)
{
    return inFlight.is("AT+CWJAP_CUR") || inFlight.is("AT+CWJAP_DEF") || inFlight.is("AT+CWJAP");
}

bool isBrokerConnect(const InFlight &inFlight)
{
    return inFlight.is("AT+MQTTCON") || inFlight.is("AT+AZCON") || inFlight.is("AT+AWSCON");
}

std::optional<QByteArray> valueAfter(QByteArrayView line, QByteArrayView name)
{
    if (!AtText::startsWithNoCase(line, name) || line.size() == name.size())
        return std::nullopt;
    const char sep = line[name.size()];
    if (sep != ':' && sep != '=')
        return std::nullopt;
    return line.sliced(name.size() + 1).toByteArray().trimmed();
}

} // namespace Wizfi360Text
