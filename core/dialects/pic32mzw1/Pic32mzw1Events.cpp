#include "Pic32mzw1Dialect.h"

#include "Pic32mzw1Text.h"
#include "dialects/AtText.h"

using Kind = AtFrame::Kind;
using namespace Pic32mzw1Text;

// Lines starting with '+': AECs, information responses and string-mode socket data.
AtFrame Pic32mzw1Dialect::classifyPlus(const QByteArray &line, const InFlight &inFlight)
{
    // The name ends at ':' or '=' (the firmware prints +GMI="..." where the manual has +GMI:).
    qsizetype sep = 1;
    while (sep < line.size() && line.at(sep) != ':' && line.at(sep) != '=')
        ++sep;
    const QByteArray name = line.mid(1, sep - 1).trimmed().toUpper();
    const QByteArray rest = sep < line.size() ? line.mid(sep + 1).trimmed() : QByteArray();
    const QList<QByteArray> p = rest.isEmpty() ? QList<QByteArray>{} : AtText::splitParams(rest);

    const auto urc = [&line](const char *event, const QVariantMap &fields = {}) {
        return AtFrame::urc(line, QLatin1String(event), fields);
    };
    // A known name in an unexpected shape: reported as it is, never as a half-parsed event.
    const auto malformed = [&line] { return AtFrame::line(line, Kind::Line); };
    const auto response = [&line](const QVariantMap &fields = {}) {
        AtFrame f = AtFrame::line(line, Kind::Response);
        f.fields = fields;
        return f;
    };
    // Digest 2.8 rule 5: a name used both ways is the reply when that same command is in flight
    // (before its OK); it keeps its event and fields.
    const auto answering = [&inFlight](const char *command, int socket = -1) {
        if (!inFlight.is(command))
            return false;
        return socket < 0 || commandSocket(inFlight.command) == socket;
    };
    const auto asResponse = [](AtFrame f) {
        f.kind = Kind::Response;
        return f;
    };
    const auto isError = AtText::startsWithNoCase(rest, "ERROR");

    // --- Wi-Fi scan (AECs after the OK of +WSCNA / +WSCNP)
    if (name == "WSCNIND") {
        const auto rssi = intAt(p, 0), security = intAt(p, 1), channel = intAt(p, 2);
        bool ok = false;
        const QByteArray ssid = p.size() == 5 ? decodeString(p.at(4), &ok) : QByteArray();
        if (!rssi || !security || !channel || !ok)
            return malformed();
        QVariantMap f{{AtFields::Rssi, *rssi},
                      {AtFields::Security, *security},
                      {AtFields::Channel, *channel},
                      {AtFields::Bssid, textAt(p, 3)},
                      {AtFields::Ssid, QString::fromUtf8(ssid)}};
        if (ssid.isEmpty())
            f.insert(QStringLiteral("hidden"), true); // [] = hidden SSID (§4.3.7)
        return urc(AtEvents::ScanResult, f);
    }
    if (name == "WSCNDONE")
        return urc(AtEvents::ScanDone);
    if (name == "WSCNERROR")
        return urc(AtEvents::ScanError);

    // --- Station. Decision: ASSOC_ID (manual) is optional, the firmware omits it (quirk 4).
    if (name == "WSTALU") {
        if (p.size() == 3 && intAt(p, 0) && intAt(p, 2))
            return urc(AtEvents::WifiConnected, {{QStringLiteral("assoc_id"), *intAt(p, 0)},
                                                 {AtFields::Bssid, textAt(p, 1)},
                                                 {AtFields::Channel, *intAt(p, 2)}});
        if (p.size() == 2 && intAt(p, 1))
            return urc(AtEvents::WifiConnected,
                       {{AtFields::Bssid, textAt(p, 0)}, {AtFields::Channel, *intAt(p, 1)}});
        return malformed();
    }
    if (name == "WSTALD") {
        QVariantMap f;
        if (const auto assoc = intAt(p, 0))
            f.insert(QStringLiteral("assoc_id"), *assoc);
        return urc(AtEvents::WifiDisconnected, f);
    }
    if (name == "WSTAAIP" || name == "WAPAIP" || name == "WAPSC" || name == "WAPSD") {
        const bool withAssoc = p.size() == 2 && intAt(p, 0);
        if (!withAssoc && p.size() != 1)
            return malformed();
        QVariantMap f;
        if (withAssoc)
            f.insert(QStringLiteral("assoc_id"), *intAt(p, 0));
        const QString value = textAt(p, withAssoc ? 1 : 0);
        if (name == "WSTAAIP" || name == "WAPAIP") {
            f.insert(AtFields::Ip, value);
            return urc(name == "WSTAAIP" ? AtEvents::WifiGotIp : AtEvents::ApStationIp, f);
        }
        // The manual calls it BSSID; it is the station's MAC address.
        f.insert(AtFields::Mac, value);
        return urc(name == "WAPSC" ? AtEvents::ApStationConnected : AtEvents::ApStationDisconnected,
                   f);
    }
    if (name == "WSTAERR")
        return urc(AtEvents::WifiError, statusFields(parseStatus(rest)));
    if (name == "WSTA") {
        // The firmware reports a failed join as +WSTA:ERROR:24,"STA Connection Failed".
        if (isError)
            return urc(AtEvents::WifiError, statusFields(parseStatus(rest.mid(5))));
        // Status: manual <ASSOC_ID>,<STATE>[,<SSID>,<RSSI>,<SEC>]; firmware without ASSOC_ID.
        const bool firmwareForm =
            p.size() == 1 ||
            (p.size() >= 2 && (p.at(1).startsWith('"') || p.at(1).startsWith('[')));
        const int base = firmwareForm ? 0 : 1;
        QVariantMap f;
        if (!firmwareForm && intAt(p, 0))
            f.insert(QStringLiteral("assoc_id"), *intAt(p, 0));
        if (const auto state = intAt(p, base))
            f.insert(QStringLiteral("state"), *state);
        if (p.size() > base + 1)
            f.insert(AtFields::Ssid, textAt(p, base + 1));
        if (const auto rssi = intAt(p, base + 2))
            f.insert(AtFields::Rssi, *rssi);
        if (const auto security = intAt(p, base + 3))
            f.insert(AtFields::Security, *security);
        return response(f);
    }
    if (name == "WAP") {
        QVariantMap f;
        if (const auto state = intAt(p, 0))
            f.insert(QStringLiteral("state"), *state);
        if (p.size() > 1)
            f.insert(AtFields::Mac, textAt(p, 1)); // the connected station (§5.4.3)
        if (const auto rssi = intAt(p, 2))
            f.insert(AtFields::Rssi, *rssi);
        return response(f);
    }

    // --- MQTT
    if (name == "MQTTCONNACK") {
        const auto flags = intAt(p, 0), code = intAt(p, 1);
        if (!flags || !code)
            return malformed();
        // Decision: an event of its own; the state follows as +MQTTCONN (mqtt.connected).
        return urc(
            MqttConnAck,
            {{QStringLiteral("flags"), *flags}, {AtFields::Code, *code}, {"ok", *code == 0}});
    }
    if (name == "MQTTCONN") {
        const auto state = intAt(p, 0);
        if (!state || p.size() != 1)
            return malformed();
        const AtFrame f = urc(*state == 1 ? AtEvents::MqttConnected : AtEvents::MqttDisconnected);
        // Firmware: AT+MQTTCONN without a parameter answers +MQTTCONN:<state> before its OK.
        const bool query = inFlight.is("AT+MQTTCONN") && inFlight.parameters().trimmed().isEmpty();
        return query ? asResponse(f) : f;
    }
    if (name == "MQTTSUB" || name == "MQTTUNSUB") {
        const auto code = intAt(p, 0);
        if (!code)
            return malformed();
        // Decision: +MQTTUNSUB 1 = success as in the manual's example and the firmware (its
        // table says 1 failed / 2 succeeded); the firmware reports 0 for a failure.
        const bool ok = name == "MQTTSUB" ? *code == 0 : *code != 0;
        const AtFrame f =
            urc(name == "MQTTSUB" ? AtEvents::MqttSubscribed : AtEvents::MqttUnsubscribed,
                {{AtFields::Code, *code}, {"ok", ok}});
        return answering(name == "MQTTSUB" ? "AT+MQTTSUB" : "AT+MQTTUNSUB") ? asResponse(f) : f;
    }
    if (name == "MQTTPUBACC")
        return urc(AtEvents::MqttPublished, {{QStringLiteral("qos"), 1}});
    if (name == "MQTTPUBCOMP")
        return urc(AtEvents::MqttPublished, {{QStringLiteral("qos"), 2}});
    if (name == "MQTTPUBERR")
        return urc(AtEvents::MqttError, {{AtFields::Reason, QStringLiteral("publish")}});
    if (name == "MQTTPUB") {
        // Firmware receive AEC +MQTTPUB:<TOPIC_LEN>,<TOPIC>,<MSG_LEN>,<MSG> (not in the manual).
        // Decision: always an event; AT+MQTTPUB has no information response in either source.
        bool topicOk = false, payloadOk = false;
        const QByteArray topic = p.size() == 4 ? decodeString(p.at(1), &topicOk) : QByteArray();
        const QByteArray payload = p.size() == 4 ? decodeString(p.at(3), &payloadOk) : QByteArray();
        const auto declared = intAt(p, 2);
        if (!intAt(p, 0) || !declared || !topicOk || !payloadOk)
            return AtFrame::line(line, Kind::Response);
        AtFrame f = urc(AtEvents::MqttMessage, {{AtFields::Topic, QString::fromUtf8(topic)},
                                                {AtFields::Length, int(payload.size())},
                                                {AtFields::Payload, payload}});
        if (*declared != payload.size())
            f.fields.insert(QStringLiteral("declared_length"), *declared);
        // Bytes that are not UTF-8 text would be lost in the text field: the hex keeps them.
        if (QString::fromUtf8(payload).toUtf8() != payload)
            f.fields.insert(QStringLiteral("payload_hex"), QString::fromLatin1(payload.toHex()));
        f.payload = payload;
        return f;
    }

    // --- Sockets
    if (name == "SOCKIND") {
        const auto socket = intAt(p, 0), localPort = intAt(p, 2), port = intAt(p, 4);
        if (!socket || !localPort || !port || p.size() != 5)
            return malformed();
        // Decision: after +SOCKBL the ID is the new connection's (§7.3.5 example, firmware),
        // not the listener's (§7.3.4 table).
        return urc(AtEvents::SocketConnected, {{AtFields::Socket, *socket},
                                               {AtFields::Ip, textAt(p, 3)},
                                               {AtFields::Port, *port},
                                               {QStringLiteral("local_ip"), textAt(p, 1)},
                                               {QStringLiteral("local_port"), *localPort}});
    }
    if (name == "SOCKERR") {
        const auto socket = intAt(p, 0);
        const qsizetype comma = rest.indexOf(',');
        if (!socket || comma < 0)
            return malformed();
        // The firmware prints the message unquoted: +SOCKERR:5,14,Socket Bind Failed.
        QVariantMap f = statusFields(parseStatus(QByteArrayView(rest).sliced(comma + 1)));
        f.insert(AtFields::Socket, *socket);
        return urc(AtEvents::SocketError, f);
    }
    if (name == "SOCKCL" || name == "SOCKTLS") {
        const auto socket = intAt(p, 0);
        if (!socket || p.size() != 1)
            return malformed();
        const AtFrame f = urc(name == "SOCKCL" ? AtEvents::SocketClosed : AtEvents::SocketTlsReady,
                              {{AtFields::Socket, *socket}});
        return answering(name == "SOCKCL" ? "AT+SOCKCL" : "AT+SOCKTLS", *socket) ? asResponse(f)
                                                                                 : f;
    }
    if (name == "SOCKRXT") {
        const auto socket = intAt(p, 0), length = intAt(p, 1);
        if (!socket || !length || p.size() != 2)
            return malformed();
        return urc(AtEvents::SocketDataAvailable,
                   {{AtFields::Socket, *socket}, {AtFields::Length, *length}});
    }
    if (name == "SOCKRXU") {
        const auto socket = intAt(p, 0), port = intAt(p, 2), length = intAt(p, 3);
        if (!socket || !port || !length || p.size() != 4)
            return malformed();
        const QString ip = textAt(p, 1);
        m_udpSender.insert(*socket, Sender{ip, *port});
        return urc(AtEvents::SocketDataAvailable, {{AtFields::Socket, *socket},
                                                   {AtFields::Ip, ip},
                                                   {AtFields::Port, *port},
                                                   {AtFields::Length, *length}});
    }
    if (name == "SOCKRD") {
        // Mode 1 (string): +SOCKRD:<id>,<n>,"..."|[HEX]. Decision: a data frame, not a response
        // line, even with nothing in flight: socket data is never dropped. Mode 2 is framed by
        // probe().
        bool ok = false;
        const QByteArray bytes = p.size() == 3 ? decodeString(p.at(2), &ok) : QByteArray();
        const auto socket = intAt(p, 0), declared = intAt(p, 1);
        if (!socket || !declared || !ok || p.at(2).isEmpty())
            return AtFrame::line(line, Kind::Response);
        return readData(line, *socket, *declared, bytes);
    }
    if (name == "SOCKO")
        return response(intAt(p, 0) ? QVariantMap{{AtFields::Socket, *intAt(p, 0)}}
                                    : QVariantMap{});
    if (name == "SOCKLST") {
        QVariantMap f;
        if (p.size() == 5 && intAt(p, 0) && intAt(p, 1) && intAt(p, 3) && intAt(p, 4)) {
            f.insert(AtFields::Socket, *intAt(p, 0));
            f.insert(QStringLiteral("protocol"), *intAt(p, 1));
            f.insert(AtFields::Ip, textAt(p, 2));
            f.insert(AtFields::Port, *intAt(p, 3));
            f.insert(QStringLiteral("local_port"), *intAt(p, 4));
        }
        return response(f);
    }

    // --- DNS and ping
    if (name == "DNSRESOLV") {
        // Firmware: a failed query is +DNSRESOLV:ERROR:<n>,"text" (manual: +DNSERROR:<n>).
        if (isError)
            return urc(AtEvents::DnsError, statusFields(parseStatus(rest.mid(5))));
        const auto type = intAt(p, 0);
        if (!type || p.size() < 2 || p.size() > 3)
            return malformed();
        QVariantMap f{{QStringLiteral("type"), *type}, {QStringLiteral("host"), textAt(p, 1)}};
        if (p.size() == 3)
            f.insert(AtFields::Ip, textAt(p, 2));
        const AtFrame frame = urc(AtEvents::DnsResolved, f);
        return answering("AT+DNSRESOLV") ? asResponse(frame) : frame;
    }
    if (name == "DNSERROR")
        return urc(AtEvents::DnsError, statusFields(parseStatus(rest)));
    if (name == "PING") {
        const auto rtt = intAt(p, 1);
        if (!rtt || p.size() != 2)
            return malformed();
        const AtFrame f = urc(AtEvents::PingReply, {{AtFields::Ip, textAt(p, 0)}, {"rtt", *rtt}});
        return answering("AT+PING") ? asResponse(f) : f;
    }

    // --- Information responses
    if (name == "WSCNC" || name == "WSTAC" || name == "WAPC" || name == "MQTTC" || name == "TLSC" ||
        name == "CFG") {
        if (p.size() == 2 && intAt(p, 0))
            return response(
                {{QStringLiteral("param"), *intAt(p, 0)}, {QStringLiteral("value"), textAt(p, 1)}});
        return response();
    }
    if (name == "GMI" || name == "GMM" || name == "GMR" || name == "VER") {
        // Decision: +GMR answers +VER:... (manual syntax), +GMR:... (manual example) or
        // +GMR="..." (firmware); all are read the same way.
        QStringList values;
        for (qsizetype i = 0; i < p.size(); ++i)
            values << textAt(p, i);
        return response({{QStringLiteral("value"), values.join(QStringLiteral(", "))}});
    }
    return response();
}
