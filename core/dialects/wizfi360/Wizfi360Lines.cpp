// Asynchronous messages and the known response items of the WizFi360 dialect.
#include "Wizfi360Dialect.h"

#include "Wizfi360Text.h"
#include "dialects/AtText.h"

#include <QCoreApplication>

using Kind = AtFrame::Kind;
using namespace Wizfi360Text;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString unquoted(const QByteArray &field)
{
    return QString::fromUtf8(AtText::unquote(field));
}

struct LinkEvent
{
    int socket = -1;
    QByteArray what; // CONNECT, CLOSED, CONNECT FAIL
};

// "<id>, CONNECT" (manual, with a space), "<id>,CONNECT" (ESP), "<id>,CLOSED", "<id>,CONNECT FAIL".
std::optional<LinkEvent> linkEvent(const QByteArray &t)
{
    const qsizetype comma = t.indexOf(',');
    if (comma < 1 || comma > 2)
        return std::nullopt;
    const auto id = AtText::toInt(QByteArrayView(t).first(comma));
    if (!id || *id < 0)
        return std::nullopt;
    const QByteArray what = t.mid(comma + 1).trimmed().toUpper();
    if (what != "CONNECT" && what != "CLOSED" && what != "CONNECT FAIL")
        return std::nullopt;
    return LinkEvent{int(*id), what};
}

// "<segment ID>,SEND OK" (CIPMUX=0) or "<link ID>,<segment ID>,SEND OK" (CIPMUX=1), §3.3.9.
std::optional<QVariantMap> segmentSent(const QByteArray &t)
{
    if (t.size() < 9 || !AtText::equalsNoCase(QByteArrayView(t).last(7), "SEND OK"))
        return std::nullopt;
    QByteArray ids = t.left(t.size() - 7).trimmed();
    if (!ids.endsWith(','))
        return std::nullopt;
    ids.chop(1);
    const QList<QByteArray> p = ids.split(',');
    if (p.size() > 2)
        return std::nullopt;
    QVariantMap fields;
    for (const QByteArray &field : p) {
        if (!AtText::toInt(field))
            return std::nullopt;
    }
    if (p.size() == 2)
        fields.insert(AtFields::Socket, int(*AtText::toInt(p.at(0))));
    fields.insert(QStringLiteral("segment"), *AtText::toInt(p.last()));
    return fields;
}

} // namespace

AtFrame Wizfi360Dialect::classifyUrc(const QByteArray &t, const QByteArray &line,
                                     const InFlight &inFlight, bool *matched)
{
    *matched = true;
    const auto urc = [&line](const char *event, const QVariantMap &fields = {}) {
        return AtFrame::urc(line, QString::fromLatin1(event), fields);
    };
    const auto is = [&t](const char *s) { return AtText::equalsNoCase(t, s); };

    if (is("ready"))
        return urc(AtEvents::ModuleReady);
    // §2.3 prints "WiFi ..."; ESP firmware prints "WIFI ..." and "WIFI DISCONNECT".
    if (is("WIFI CONNECTED"))
        return urc(AtEvents::WifiConnected);
    if (is("WIFI GOT IP"))
        return urc(AtEvents::WifiGotIp);
    if (is("WIFI DISCONNECTED") || is("WIFI DISCONNECT"))
        return urc(AtEvents::WifiDisconnected);
    if (t.size() > 5 && AtText::startsWithNoCase(t, "busy ") &&
        QByteArrayLiteral("psPS").contains(t.at(5)))
        return urc(AtEvents::ModuleBusy);

    // MQTTCON/AZCON/AWSCON answer a bare CONNECT (then OK): there it is the reply (§3.3.31).
    if (is("CONNECT")) {
        if (isBrokerConnect(inFlight)) {
            AtFrame r = AtFrame::line(line, Kind::Response);
            r.event = QString::fromLatin1(AtEvents::MqttConnected);
            return r;
        }
        return urc(AtEvents::SocketConnected); // CIPMUX=0 link (undocumented, ESP form)
    }
    if (is("CLOSED"))
        return urc(AtEvents::SocketClosed);
    if (const auto link = linkEvent(t)) {
        const QVariantMap fields{{QString::fromLatin1(AtFields::Socket), link->socket}};
        if (link->what == "CONNECT")
            return urc(AtEvents::SocketConnected, fields);
        if (link->what == "CLOSED")
            return urc(AtEvents::SocketClosed, fields);
        return urc(AtEvents::SocketError, fields);
    }
    if (const auto sent = segmentSent(t))
        return urc(AtEvents::SocketSent, *sent);

    // SoftAP station events (§2.3): space after ':' and quotes optional.
    if (const auto v = AtText::after(t, "+STA_CONNECTED:"))
        return urc(AtEvents::ApStationConnected, {{QString::fromLatin1(AtFields::Mac),
                                                   unquoted(AtText::splitParams(*v).value(0))}});
    if (const auto v = AtText::after(t, "+DIST_STA_IP:")) {
        const QList<QByteArray> p = AtText::splitParams(*v);
        return urc(AtEvents::ApStationIp,
                   {{QString::fromLatin1(AtFields::Mac), unquoted(p.value(0))},
                    {QString::fromLatin1(AtFields::Ip), unquoted(p.value(1))}});
    }
    if (const auto v = AtText::after(t, "+STA_DISCONNECTED:"))
        return urc(AtEvents::ApStationDisconnected, {{QString::fromLatin1(AtFields::Mac),
                                                      unquoted(AtText::splitParams(*v).value(0))}});

    // SmartConfig / WIZ_NETCONFIG progress (§3.2.24, §3.2.30); the manual's casing varies.
    const auto progress = [&urc](const char *stage, QVariantMap fields = {}) {
        fields.insert(QStringLiteral("stage"), QString::fromLatin1(stage));
        return urc(AtEvents::ProvisioningProgress, fields);
    };
    if (const auto v = AtText::after(t, "smartconfig type:")) {
        m_provisioning = true;
        return progress("detected", {{QStringLiteral("method"), text(*v)}});
    }
    if (is("smart get wifi info")) {
        m_provisioning = true;
        return progress("got_info");
    }
    if (is("smartconfig connected wifi"))
        return progress("connected");
    if (m_provisioning) {
        if (const auto v = AtText::after(t, "ssid:"))
            return progress("ssid", {{QString::fromLatin1(AtFields::Ssid), text(*v)}});
        if (AtText::startsWithNoCase(t, "password:"))
            return progress("password"); // the password stays in the text only
    }

    // ESP-AT passive receive mode: "+IPD,<id>,<len>" with no ':' and no data.
    if (AtText::startsWithNoCase(t, "+IPD,")) {
        const auto h = parseIpdFields(QByteArrayView(t).sliced(5));
        if (!h)
            return AtFrame::line(line);
        QVariantMap fields;
        if (h->socket >= 0)
            fields.insert(AtFields::Socket, h->socket);
        if (!h->ip.isEmpty())
            fields.insert(AtFields::Ip, text(h->ip));
        if (h->port >= 0)
            fields.insert(AtFields::Port, h->port);
        fields.insert(AtFields::Length, int(h->length));
        return urc(AtEvents::SocketDataAvailable, fields);
    }
    // ESP-AT: +LINK_CONN:<status>,<link ID>,"TCP",<c/s>,"<remote IP>",<remote port>,<local port>
    if (const auto v = AtText::after(t, "+LINK_CONN:")) {
        const QList<QByteArray> p = AtText::splitParams(*v);
        QVariantMap fields;
        if (const auto id = intParam(p, 1))
            fields.insert(AtFields::Socket, int(*id));
        if (p.size() > 2)
            fields.insert(QStringLiteral("protocol"), unquoted(p.at(2)));
        if (const auto role = intParam(p, 3))
            fields.insert(QStringLiteral("role"),
                          *role == 1 ? QStringLiteral("server") : QStringLiteral("client"));
        if (p.size() > 4)
            fields.insert(AtFields::Ip, unquoted(p.at(4)));
        if (const auto port = intParam(p, 5))
            fields.insert(AtFields::Port, int(*port));
        if (const auto port = intParam(p, 6))
            fields.insert(QStringLiteral("local_port"), int(*port));
        const bool ok = intParam(p, 0).value_or(1) == 0;
        return urc(ok ? AtEvents::SocketConnected : AtEvents::SocketError, fields);
    }
    // ESP-AT MQTT: +MQTTCONNECTED:<LinkID>,<scheme>,"<host>",<port>,"<path>",<reconnect>
    if (const auto v = AtText::after(t, "+MQTTCONNECTED:")) {
        const QList<QByteArray> p = AtText::splitParams(*v);
        QVariantMap fields{{QStringLiteral("link"), int(intParam(p, 0).value_or(0))}};
        if (p.size() > 2)
            fields.insert(QStringLiteral("host"), unquoted(p.at(2)));
        if (const auto port = intParam(p, 3))
            fields.insert(AtFields::Port, int(*port));
        return urc(AtEvents::MqttConnected, fields);
    }
    if (const auto v = AtText::after(t, "+MQTTDISCONNECTED:"))
        return urc(
            AtEvents::MqttDisconnected,
            {{QStringLiteral("link"), int(intParam(AtText::splitParams(*v), 0).value_or(0))}});
    if (AtText::startsWithNoCase(t, "+MQTTSUBRECV:"))
        return AtFrame::line(line); // a header the probe could not frame

    // WizFi360 MQTT message: "<topic> -> <data>" (§3.3.31). No length field: the message ends at
    // the line end, so data containing CR/LF cannot be framed. A topic name never contains the
    // wildcards '+' or '#', which keeps "+XXX:" reply lines out.
    if (const qsizetype arrow = line.indexOf(" -> "); arrow > 0) {
        const QByteArray topic = line.left(arrow).trimmed();
        if (!topic.isEmpty() && !topic.contains('+') && !topic.contains('#')) {
            const QByteArray data = line.mid(arrow + 4); // as received: quotes are data
            AtFrame m = urc(AtEvents::MqttMessage,
                            {{QString::fromLatin1(AtFields::Topic), text(topic)},
                             {QString::fromLatin1(AtFields::Length), int(data.size())},
                             {QString::fromLatin1(AtFields::Payload), text(data)}});
            m.payload = data;
            return m;
        }
    }
    *matched = false;
    return {};
}

AtFrame Wizfi360Dialect::classifyResponse(const QByteArray &t, const QByteArray &line,
                                          const InFlight &inFlight)
{
    AtFrame r = AtFrame::line(line, Kind::Response);
    const auto withEvent = [&r](const char *event) {
        r.event = QString::fromLatin1(event);
        return r;
    };

    // ESP-AT prints "ERR CODE:0x01090000" before ERROR: that ERROR carries the code.
    if (const auto v = AtText::after(t, "ERR CODE:")) {
        m_errorCode = text(*v);
        r.fields.insert(AtFields::Code, m_errorCode);
        return r;
    }
    // +CWJAP_CUR:<error code> before FAIL, or the query reply <ssid>,<bssid>,<channel>,<rssi>
    // (the manual's examples print '=' instead of ':').
    for (const char *name : {"+CWJAP_CUR", "+CWJAP_DEF", "+CWJAP"}) {
        const auto v = valueAfter(t, name);
        if (!v)
            continue;
        const QList<QByteArray> p = AtText::splitParams(*v);
        if (p.size() == 1 && AtText::toInt(p.at(0))) {
            m_joinError = int(*AtText::toInt(p.at(0)));
            r.fields.insert(AtFields::Code, m_joinError);
            return r;
        }
        r.fields.insert(AtFields::Ssid, unquoted(p.value(0)));
        if (p.size() > 1)
            r.fields.insert(AtFields::Bssid, unquoted(p.at(1)));
        if (const auto channel = intParam(p, 2))
            r.fields.insert(AtFields::Channel, int(*channel));
        if (const auto rssi = intParam(p, 3))
            r.fields.insert(AtFields::Rssi, int(*rssi));
        return r;
    }
    if (AtText::startsWithNoCase(t, "+CWLAP:"))
        return scanEntry(t, line);
    if (const auto v = AtText::after(t, "STATUS:")) {
        if (const auto status = AtText::toInt(*v))
            r.fields.insert(QStringLiteral("status"), int(*status));
        return r;
    }
    // +CIPSTATUS:<link ID>,<type>,<remote IP>,<remote port>,<local port>,<tcp type>
    for (const char *name : {"+CIPSTATUS:", "+CIPSTATE:"}) {
        const auto v = AtText::after(t, name);
        if (!v)
            continue;
        const QList<QByteArray> p = AtText::splitParams(*v);
        if (const auto id = intParam(p, 0))
            r.fields.insert(AtFields::Socket, int(*id));
        if (p.size() > 1)
            r.fields.insert(QStringLiteral("protocol"), unquoted(p.at(1)));
        if (p.size() > 2)
            r.fields.insert(AtFields::Ip, unquoted(p.at(2)));
        if (const auto port = intParam(p, 3))
            r.fields.insert(AtFields::Port, int(*port));
        if (const auto port = intParam(p, 4))
            r.fields.insert(QStringLiteral("local_port"), int(*port));
        if (const auto role = intParam(p, 5))
            r.fields.insert(QStringLiteral("role"),
                            *role == 1 ? QStringLiteral("server") : QStringLiteral("client"));
        return r;
    }
    // +CIFSR:APIP,"..." / APMAC / STAIP / STAMAC
    if (const auto v = AtText::after(t, "+CIFSR:")) {
        const QList<QByteArray> p = AtText::splitParams(*v);
        const QByteArray key = p.value(0).toUpper();
        const bool ap = key.startsWith("AP");
        r.fields.insert(QStringLiteral("interface"),
                        ap ? QStringLiteral("ap") : QStringLiteral("sta"));
        if (key.endsWith("MAC"))
            r.fields.insert(AtFields::Mac, unquoted(p.value(1)));
        else if (key.endsWith("IP"))
            r.fields.insert(AtFields::Ip, unquoted(p.value(1)));
        return r;
    }
    for (const char *name : {"+CIPSTAMAC_CUR", "+CIPSTAMAC_DEF", "+CIPSTAMAC", "+CIPAPMAC_CUR",
                             "+CIPAPMAC_DEF", "+CIPAPMAC"}) {
        if (const auto v = valueAfter(t, name)) {
            r.fields.insert(AtFields::Mac, unquoted(*v));
            return r;
        }
    }
    // +CIPSTA_CUR:ip:"192.168.1.88" / gateway / netmask (and the same for CIPAP)
    for (const char *name :
         {"+CIPSTA_CUR", "+CIPSTA_DEF", "+CIPSTA", "+CIPAP_CUR", "+CIPAP_DEF", "+CIPAP"}) {
        const auto v = valueAfter(t, name);
        if (!v)
            continue;
        const qsizetype colon = v->indexOf(':');
        const QByteArray key = v->left(colon).trimmed().toLower();
        const QString value = unquoted(v->mid(colon + 1));
        if (colon > 0 && key == "ip")
            r.fields.insert(AtFields::Ip, value);
        else if (colon > 0 && key == "gateway")
            r.fields.insert(AtFields::Gateway, value);
        else if (colon > 0 && key == "netmask")
            r.fields.insert(QStringLiteral("netmask"), value);
        return r;
    }
    if (const auto v = AtText::after(t, "+CIPDOMAIN:")) {
        r.fields.insert(AtFields::Ip, unquoted(*v));
        return withEvent(AtEvents::DnsResolved);
    }
    if (AtText::equalsNoCase(t, "DNS Fail")) {
        m_errorHint = QCoreApplication::translate("Wizfi360Dialect", "DNS lookup failed.");
        return withEvent(AtEvents::DnsError);
    }
    // AT+PING: "+<time>" or "+timeout" (ESP-AT 2.x: "+PING:<time>", "+PING:TIMEOUT").
    if (AtText::equalsNoCase(t, "+timeout") || AtText::equalsNoCase(t, "+PING:TIMEOUT")) {
        m_errorHint = QCoreApplication::translate("Wizfi360Dialect", "Ping timed out.");
        return r;
    }
    if (inFlight.is("AT+PING") && t.startsWith('+')) {
        const QByteArray value = t.startsWith("+PING:") ? t.mid(6) : t.mid(1);
        if (const auto ms = AtText::toInt(value)) {
            r.fields.insert(QStringLiteral("time"), int(*ms));
            return withEvent(AtEvents::PingReply);
        }
    }
    // +CIUPDATE:<n>; the manual's example prints "+CIUPDATE:<1>".
    if (const auto v = AtText::after(t, "+CIUPDATE:")) {
        QByteArray step = *v;
        step.replace('<', QByteArray()).replace('>', QByteArray());
        if (const auto n = AtText::toInt(step))
            r.fields.insert(QStringLiteral("step"), int(*n));
        return withEvent(AtEvents::FirmwareUpdateProgress);
    }
    if (AtText::equalsNoCase(t, "NOT GPIO MODE!")) {
        m_errorHint =
            QCoreApplication::translate("Wizfi360Dialect", "The pin is not in GPIO mode.");
        return r;
    }
    if (AtText::equalsNoCase(t, "NOT OUTPUT MODE!")) {
        m_errorHint =
            QCoreApplication::translate("Wizfi360Dialect", "The pin is not in output mode.");
        return r;
    }
    if (AtText::equalsNoCase(t, "link is not valid")) {
        m_errorHint =
            QCoreApplication::translate("Wizfi360Dialect", "There is no such connection.");
        return r;
    }
    // Part of a send's reply: "busy" (more input than <length>, the excess is dropped) and
    // ESP's "Recv <n> bytes". After the send they must not attach to another command.
    if (AtText::equalsNoCase(t, "busy") || AtText::startsWithNoCase(t, "Recv "))
        return isSend(inFlight) ? r : AtFrame::line(line);
    // AT+CWLIF: one <ip>,<mac> line per station on the SoftAP (no prefix).
    if (inFlight.is("AT+CWLIF")) {
        const QList<QByteArray> p = AtText::splitParams(t);
        if (p.size() == 2 && AtText::isIpv4(AtText::unquote(p.at(0)))) {
            r.fields.insert(AtFields::Ip, unquoted(p.at(0)));
            r.fields.insert(AtFields::Mac, unquoted(p.at(1)));
            return r;
        }
    }
    if (const auto v = AtText::after(t, "AT version:")) {
        r.fields.insert(QStringLiteral("version"), text(*v));
        return r;
    }
    if (const auto v = AtText::after(t, "SDK version:")) {
        r.fields.insert(QStringLiteral("sdk_version"), text(*v));
        return r;
    }
    return r;
}

// +CWLAP:(<ecn>,<ssid>,<rssi>,<mac>,<channel>,<wps>) with the fields AT+CWLAPOPT's mask shows,
// spaces tolerated ("+CWLAP: (4, "WIZnet",...").
AtFrame Wizfi360Dialect::scanEntry(const QByteArray &t, const QByteArray &line) const
{
    AtFrame r = AtFrame::line(line, Kind::Response);
    r.event = QString::fromLatin1(AtEvents::ScanResult);
    QByteArray body = t.mid(7).trimmed();
    if (body.startsWith('('))
        body.remove(0, 1);
    if (body.endsWith(')'))
        body.chop(1);
    const QList<QByteArray> p = AtText::splitParams(body);
    qsizetype at = 0;
    for (int bit = 0; bit < 5 && at < p.size(); ++bit) {
        if (!(m_cwlapMask & (1 << bit)))
            continue;
        const QByteArray &v = p.at(at++);
        switch (bit) {
        case 0:
            if (const auto ecn = AtText::toInt(v)) {
                r.fields.insert(AtFields::Security, securityName(int(*ecn)));
                r.fields.insert(QStringLiteral("ecn"), int(*ecn));
            }
            break;
        case 1:
            r.fields.insert(AtFields::Ssid, unquoted(v));
            break;
        case 2:
            if (const auto rssi = AtText::toInt(v))
                r.fields.insert(AtFields::Rssi, int(*rssi));
            break;
        case 3:
            r.fields.insert(AtFields::Bssid, unquoted(v));
            break;
        case 4:
            if (const auto channel = AtText::toInt(v))
                r.fields.insert(AtFields::Channel, int(*channel));
            break;
        }
    }
    return r;
}
