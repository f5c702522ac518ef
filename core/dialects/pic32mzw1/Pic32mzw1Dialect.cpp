#include "Pic32mzw1Dialect.h"

#include "Pic32mzw1MqttCommands.h"
#include "Pic32mzw1SocketCommands.h"
#include "Pic32mzw1Text.h"
#include "Pic32mzw1WifiCommands.h"
#include "dialects/AtText.h"

#include <QCoreApplication>

using Kind = AtFrame::Kind;
using namespace Pic32mzw1Text;

QString Pic32mzw1Dialect::id() const
{
    return QStringLiteral("pic32mzw1");
}

QString Pic32mzw1Dialect::displayName() const
{
    return QCoreApplication::translate("Pic32mzw1Dialect", "Microchip PIC32MZW1 (WFI32) AnyCloud");
}

QByteArray Pic32mzw1Dialect::terminator() const
{
    // Decision: the manual names no terminator; the firmware executes a line on LF and CR only
    // returns the cursor (digest 2.1), so CR LF works on both readings.
    return QByteArrayLiteral("\r\n");
}

QList<QByteArray> Pic32mzw1Dialect::sessionSetup() const
{
    // ATE0: echo is on after boot (firmware) and brings '>' prompts with it. ATV5: the
    // firmware's (undocumented in the manual) default verbosity, ERROR:<n>,"<text>"; re-sent in
    // case a user lowered it to the numeric 0/1 forms this parser does not read.
    return {QByteArrayLiteral("ATE0"), QByteArrayLiteral("ATV5")};
}

QList<QByteArray> Pic32mzw1Dialect::identityQueries() const
{
    // The manual has no MAC command (the firmware's AT+CFG=1 is not documented, so not sent).
    return {QByteArrayLiteral("AT+GMI"), QByteArrayLiteral("AT+GMM"), QByteArrayLiteral("AT+GMR")};
}

CommandTraits Pic32mzw1Dialect::traits(const QByteArray &command) const
{
    // The manual gives no timeouts; its "OK" to the slow commands only means "accepted", the
    // outcome is an AEC later (digest quirk 16). These bound the wait for the final.
    CommandTraits t;
    const bool hasParams = command.contains('=');
    if (isCommand(command, "AT+WSTA") && hasParams) {
        t.timeoutMs = 20000;
    } else if (isCommand(command, "AT+WAP") && hasParams) {
        t.timeoutMs = 10000;
    } else if (isCommand(command, "AT+WSCNA") || isCommand(command, "AT+WSCNP")) {
        t.timeoutMs = 15000;
    } else if (isCommand(command, "AT+SOCKBR") || isCommand(command, "AT+SOCKTLS")) {
        t.timeoutMs = 15000;
    } else if (isCommand(command, "AT+MQTTCONN")) {
        t.timeoutMs = 15000;
    } else if (isCommand(command, "AT+MQTTSUB") || isCommand(command, "AT+MQTTUNSUB") ||
               isCommand(command, "AT+MQTTPUB") || isCommand(command, "AT+MQTTDISCONN")) {
        t.timeoutMs = 10000;
    } else if (isCommand(command, "AT+DNSRESOLV") || isCommand(command, "AT+PING")) {
        t.timeoutMs = 10000;
    }

    static const char *const socketCommands[] = {
        "AT+SOCKRD",  "AT+SOCKCL", "AT+SOCKBL",   "AT+SOCKBR",   "AT+SOCKBM",
        "AT+SOCKTLS", "AT+SOCKWR", "AT+SOCKWRTO", "AT+SOCKWRT0", "AT+SOCKLST"};
    for (const char *name : socketCommands) {
        if (isCommand(command, name)) {
            t.socket = commandSocket(command);
            break;
        }
    }

    int dataIndex = 0;
    if (isSendCommand(command, &dataIndex)) {
        const QList<QByteArray> p = commandParams(command);
        const auto length = intAt(p, dataIndex - 1);
        if (p.size() == dataIndex && length) {
            // No DATA: raw binary mode; the DCE prints "\r\n#" and takes the bytes.
            t.expectsPrompt = true;
            t.timeoutMs = 10000;
            // Decision: LENGTH 0 (the manual's only example, and the only form the firmware
            // allows) runs until "+++" and a pause, then OK; LENGTH > 0 is what the manual's text
            // describes (the firmware answers ERROR:4, which ends the command just the same).
            t.payloadLength = *length > 0 ? *length : -1;
        }
    }
    return t;
}

std::unique_ptr<WifiCommands> Pic32mzw1Dialect::wifiCommands() const
{
    return std::make_unique<Pic32mzw1WifiCommands>();
}

std::unique_ptr<SocketCommands> Pic32mzw1Dialect::socketCommands() const
{
    return std::make_unique<Pic32mzw1SocketCommands>();
}

std::unique_ptr<MqttCommands> Pic32mzw1Dialect::mqttCommands() const
{
    return std::make_unique<Pic32mzw1MqttCommands>();
}

void Pic32mzw1Dialect::commandSent(const QByteArray &command)
{
    if (isCommand(command, "AT+SOCKCL"))
        m_udpSender.remove(commandSocket(command));
}

void Pic32mzw1Dialect::moduleReset()
{
    m_udpSender.clear();
}

FrameProbe Pic32mzw1Dialect::probe(QByteArrayView s, const InFlight &inFlight) const
{
    if (s.isEmpty())
        return FrameProbe::needMore();
    // Decision: the firmware writes a CR in front of every AEC (to wipe its '>' prompt) and, with
    // echo on, a '>' prompt at line starts. Both are skipped here as empty "payloads" that
    // classifyPayload() drops, before the interpreter would report them as noise.
    if (s.front() == '>')
        return FrameProbe::payload(1, 0);
    if (s.front() == '\r') {
        if (s.size() < 2)
            return FrameProbe::needMore();
        return s[1] == '\n' ? FrameProbe::noMatch() : FrameProbe::payload(1, 0);
    }
    if (inFlight.awaitingPrompt())
        return s.front() == '#' ? FrameProbe::prompt(1) : FrameProbe::noMatch();
    if (!isReadBinary(inFlight))
        return FrameProbe::noMatch();

    // +SOCKRD:<id>,<n>,  then space/CR/LF (manual " #", firmware "\r\n#"), then '#', then n raw
    // bytes: the header is everything through the '#'.
    constexpr QByteArrayView prefix("+SOCKRD:");
    switch (AtText::matchPrefix(s, prefix)) {
    case AtText::PrefixMatch::No:
        return FrameProbe::noMatch();
    case AtText::PrefixMatch::Partial:
        return FrameProbe::needMore();
    case AtText::PrefixMatch::Full:
        break;
    }
    constexpr qsizetype MaxHeader = 512;
    constexpr int MaxGap = 8;
    qsizetype i = prefix.size();
    qint64 count = 0;
    for (int field = 0; field < 2; ++field) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (field == 0 && i < s.size() && s[i] == '-')
            ++i;
        const qsizetype digitsStart = i;
        qint64 value = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            value = value * 10 + (s[i] - '0');
            if (i - digitsStart >= 10)
                return FrameProbe::noMatch();
            ++i;
        }
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (i >= s.size())
            return FrameProbe::needMore();
        if (i == digitsStart || s[i] != ',')
            return FrameProbe::noMatch();
        ++i;
        count = value;
    }
    // A payload larger than the biggest read the firmware serves (2048) by a wide margin is no
    // header; it would swallow the stream.
    if (count > 65535)
        return FrameProbe::noMatch();
    int gap = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\r' || s[i] == '\n')) {
        if (++gap > MaxGap)
            return FrameProbe::noMatch();
        ++i;
    }
    if (i >= s.size())
        return i > MaxHeader ? FrameProbe::noMatch() : FrameProbe::needMore();
    if (s[i] != '#')
        return FrameProbe::noMatch();
    return FrameProbe::payload(int(i + 1), count);
}

QList<AtFrame> Pic32mzw1Dialect::classifyPayload(const QByteArray &header,
                                                 const QByteArray &payload, const InFlight &)
{
    if (!header.startsWith('+'))
        return {}; // a skipped CR or '>' prompt artefact (see probe())
    QByteArray text = header;
    text.replace('\r', QByteArray()).replace('\n', QByteArray());
    const QList<QByteArray> p = AtText::splitParams(text.mid(8)) /* after "+SOCKRD:" */;
    return {readData(text, intAt(p, 0).value_or(-1), intAt(p, 1).value_or(-1), payload)};
}

AtFrame Pic32mzw1Dialect::readData(const QByteArray &text, int socket, qint64 declared,
                                   const QByteArray &bytes)
{
    AtFrame f = AtFrame::line(text, Kind::Data);
    f.payload = bytes;
    f.fields.insert(AtFields::Socket, socket);
    f.fields.insert(AtFields::Length, int(bytes.size()));
    // Decision: the manual's own example declares 7 bytes and carries 8; the data is what
    // counts, the declared count is kept beside it when they differ.
    if (declared >= 0 && declared != bytes.size())
        f.fields.insert(QStringLiteral("declared_length"), declared);
    // Decision: +SOCKRD names no sender; a UDP read takes the datagram +SOCKRXU announced.
    const auto sender = m_udpSender.constFind(socket);
    if (sender != m_udpSender.constEnd()) {
        f.fields.insert(AtFields::Ip, sender->ip);
        f.fields.insert(AtFields::Port, sender->port);
    }
    return f;
}

AtFrame Pic32mzw1Dialect::classifyLine(const QByteArray &raw, const InFlight &inFlight)
{
    const QByteArray line = cleanLine(raw);
    if (line.isEmpty())
        return AtFrame::line(raw, Kind::Ignore);
    // With echo on the firmware prints a '>' prompt in front of the echoed command.
    if (inFlight.active() && !inFlight.echoSeen &&
        AtText::equalsNoCase(line, inFlight.command.trimmed()))
        return AtFrame::line(line, Kind::Echo);
    if (AtText::equalsNoCase(line, "OK"))
        return AtFrame::okFinal(line);
    if (AtText::equalsNoCase(line, "ERROR") || AtText::startsWithNoCase(line, "ERROR:")) {
        Status s = parseStatus(QByteArrayView(line).sliced(5));
        if (s.message.isEmpty())
            s.message = tr("The command failed");
        return AtFrame::errorFinal(line, s.code, s.message);
    }
    if (line.startsWith('+'))
        return classifyPlus(line, inFlight);
    // Any other line belongs to the reply in flight (help texts); the interpreter makes it a
    // plain line when nothing is in flight.
    return AtFrame::line(line, Kind::Response);
}
