// The PIC32MZW1 AnyCloud status queries and how their replies read. The manual documents
// +GMM/+GMR, +WSTA, +WAP, +SOCKLST and +MQTTCONN; the MAC address (+CFG ID 1) and the live
// connection values of +WSTAC (IDs 4-10 read the link while the station is on) are the
// firmware's (digest Appendix A, §4.3). +WSTAC is read one ID at a time: reading them all would
// print the passphrase (ID 3) into the terminal at every refresh.
#include "Pic32mzw1Dialect.h"

#include "Pic32mzw1Text.h"
#include "dialects/AtText.h"

using namespace Pic32mzw1Text;

namespace {

// The parameters of an information line "+NAME:<p0>,<p1>..." (or "+NAME=..."), strings as sent.
QList<QByteArray> lineParams(const AtFrame &f)
{
    const QByteArray t = cleanLine(f.text);
    qsizetype sep = 1;
    while (sep < t.size() && t.at(sep) != ':' && t.at(sep) != '=')
        ++sep;
    return sep < t.size() ? AtText::splitParams(t.mid(sep + 1)) : QList<QByteArray>{};
}

bool lineIs(const AtFrame &f, const char *prefix)
{
    return AtText::startsWithNoCase(cleanLine(f.text), prefix);
}

// An address the firmware prints as "0.0.0.0" when there is none.
QString address(const QByteArray &field)
{
    const QString a = QString::fromUtf8(Pic32mzw1Dialect::decodeString(field));
    return a == QLatin1String("0.0.0.0") ? QString() : a;
}

// A BSSID: the firmware prints the 6 address bytes as a string ([HEX] or raw), the manual's
// examples print "xx:xx:xx:xx:xx:xx".
QString bssidText(const QByteArray &field)
{
    const QByteArray bytes = Pic32mzw1Dialect::decodeString(field);
    if (bytes.size() == 6) {
        if (bytes == QByteArray(6, '\0'))
            return QString();
        return QString::fromLatin1(bytes.toHex(':'));
    }
    return QString::fromUtf8(bytes);
}

} // namespace

QList<StatusQuery> Pic32mzw1Dialect::statusQueries() const
{
    using F = StatusField;
    return {
        {"AT+GMM", {F::Model}},
        {"AT+GMR", {F::Firmware}},
        {"AT+CFG=1", {F::Mac}},
        {"AT+WSTA", {F::Link, F::Ssid, F::Rssi}},
        {"AT+WAP", {F::WifiMode}},
        // While the station is off these IDs hold settings, not the link: only when linked.
        {"AT+WSTAC=4", {F::Link, F::Channel}, true},
        {"AT+WSTAC=5", {F::Bssid}, true},
        {"AT+WSTAC=6", {F::Ip}, true},
        {"AT+WSTAC=8", {F::Gateway}, true},
        {"AT+WSTAC=9", {F::Dns}, true},
        {"AT+WSTAC=10", {F::Dns}, true},
        {"AT+SOCKLST", {F::Sockets}},
        {"AT+MQTTCONN", {F::Mqtt}},
    };
}

void Pic32mzw1Dialect::readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                                  const AtFrame &, StatusReport &report) const
{
    const auto is = [&command](const char *name) { return isCommand(command, name); };
    const int id = intAt(commandParams(command), 0).value_or(-1);

    if (is("AT+SOCKLST")) {
        int open = 0;
        for (const AtFrame &f : responses) {
            if (lineIs(f, "+SOCKLST") && f.fields.contains(QLatin1String(AtFields::Socket)))
                ++open;
        }
        report.openSockets = open;
        return;
    }
    for (const AtFrame &f : responses) {
        const QList<QByteArray> p = lineParams(f);
        if (is("AT+GMM") && lineIs(f, "+GMM")) {
            report.model = textAt(p, 0);
        } else if (is("AT+GMR") && (lineIs(f, "+GMR") || lineIs(f, "+VER"))) {
            // Firmware: +GMR="0.3.1"; manual: <CHIP_ID>,<FW_VER>,<DRV_VER>,<RB_FW>.
            report.firmware = p.size() >= 2 ? textAt(p, 1) : textAt(p, 0);
        } else if (is("AT+CFG") && lineIs(f, "+CFG") && intAt(p, 0) == 1) {
            report.mac = textAt(p, 1);
        } else if (is("AT+WSTA") && lineIs(f, "+WSTA:")) {
            // <STATE> 0 = station off; otherwise it is on (joining or joined: +WSTAC ID 4 tells).
            const QVariant state = f.fields.value(QStringLiteral("state"));
            if (!state.isValid())
                continue;
            const bool on = state.toInt() != 0;
            report.link = on ? StatusLink::Connecting : StatusLink::Disconnected;
            report.ssid = on ? f.fields.value(QLatin1String(AtFields::Ssid)).toString() : QString();
            // The firmware prints RSSI as 0 ("placeholder ... always reported as 0"): no value.
            const int rssi = f.fields.value(QLatin1String(AtFields::Rssi)).toInt();
            if (on && rssi != 0)
                report.rssi = rssi;
        } else if (is("AT+WAP") && lineIs(f, "+WAP:")) {
            const bool ap = f.fields.value(QStringLiteral("state")).toInt() == 1;
            const bool station = report.link && *report.link != StatusLink::Disconnected;
            report.wifiMode = station && ap ? StatusWifiMode::StationAndSoftAp
                              : station     ? StatusWifiMode::Station
                              : ap          ? StatusWifiMode::SoftAp
                                            : StatusWifiMode::Off;
        } else if (is("AT+WSTAC") && lineIs(f, "+WSTAC") && intAt(p, 0) == id && p.size() == 2) {
            switch (id) {
            case 4: { // the channel of the joined network, 0 while joining
                const int channel = intAt(p, 1).value_or(0);
                report.link = channel > 0 ? StatusLink::Connected : StatusLink::Connecting;
                if (channel > 0)
                    report.channel = channel;
                break;
            }
            case 5:
                report.bssid = bssidText(p.at(1));
                break;
            case 6:
                report.ip = address(p.at(1));
                break;
            case 8:
                report.gateway = address(p.at(1));
                break;
            case 9:
            case 10: {
                QStringList servers = report.dns.value_or(QStringList());
                const QString server = address(p.at(1));
                if (!server.isEmpty() && !servers.contains(server))
                    servers << server;
                report.dns = servers;
                break;
            }
            default:
                break;
            }
        }
    }
    if (is("AT+MQTTCONN")) {
        // "+MQTTCONN:<0|1>" before the OK (firmware), classified as the state event.
        for (const AtFrame &f : responses) {
            if (f.isEvent(AtEvents::MqttConnected))
                report.mqttConnected = true;
            else if (f.isEvent(AtEvents::MqttDisconnected))
                report.mqttConnected = false;
        }
    }
}
