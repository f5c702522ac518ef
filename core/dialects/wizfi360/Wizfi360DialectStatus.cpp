// The WizFi360's status queries (manual §3.1.3, §3.2, §3.3.1, §3.3.27) and how their replies
// read. The WizFi360 has no model query and no MQTT state query: the model stays unknown and the
// MQTT state follows the module's messages only.
#include "Wizfi360Dialect.h"

#include "Wizfi360Text.h"
#include "dialects/AtText.h"

using namespace Wizfi360Text;

namespace {

// "0.0.0.0" is how the module says "no address".
QString address(const QString &text)
{
    return text == QLatin1String("0.0.0.0") ? QString() : text;
}

} // namespace

QList<StatusQuery> Wizfi360Dialect::statusQueries() const
{
    using F = StatusField;
    return {
        {"AT+GMR", {F::Firmware}},
        {"AT+CIPSTAMAC_CUR?", {F::Mac}},
        {"AT+CWMODE_CUR?", {F::WifiMode}},
        {"AT+CWJAP_CUR?", {F::Link, F::Ssid, F::Bssid, F::Channel, F::Rssi}},
        // Without a link the module prints its static settings or 0.0.0.0, not a lease.
        {"AT+CIPSTA_CUR?", {F::Ip, F::Gateway}, true},
        {"AT+CIPDNS_CUR?", {F::Dns}},
        {"AT+CIPSTATUS", {F::Sockets}},
    };
}

void Wizfi360Dialect::readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                                 const AtFrame &, StatusReport &report) const
{
    const QByteArray name = commandName(command);
    const auto field = [](const AtFrame &f, const char *key) {
        return f.fields.value(QLatin1String(key)).toString();
    };

    if (name == "AT+GMR") {
        QString at;
        QString sdk;
        for (const AtFrame &f : responses) {
            if (const auto v = AtText::after(f.text.trimmed(), "AT version:"))
                at = QString::fromUtf8(*v);
            else if (const auto v = AtText::after(f.text.trimmed(), "SDK version:"))
                sdk = QString::fromUtf8(*v);
        }
        if (!at.isEmpty())
            report.firmware = sdk.isEmpty() ? at : QStringLiteral("%1, SDK %2").arg(at, sdk);
    } else if (name == "AT+CIPSTAMAC_CUR") {
        for (const AtFrame &f : responses) {
            if (f.fields.contains(QLatin1String(AtFields::Mac)))
                report.mac = field(f, AtFields::Mac);
        }
    } else if (name == "AT+CWMODE_CUR") {
        for (const AtFrame &f : responses) {
            // §3.2.1 prints the reply as "AT+CWMODE_CUR:1".
            QByteArray t = f.text.trimmed();
            if (AtText::startsWithNoCase(t, "AT+"))
                t.remove(0, 2);
            const auto v = valueAfter(t, "+CWMODE_CUR");
            const auto mode = v ? AtText::toInt(*v) : std::nullopt;
            if (mode == 1)
                report.wifiMode = StatusWifiMode::Station;
            else if (mode == 2)
                report.wifiMode = StatusWifiMode::SoftAp;
            else if (mode == 3)
                report.wifiMode = StatusWifiMode::StationAndSoftAp;
        }
    } else if (name == "AT+CWJAP_CUR") {
        // "+CWJAP_CUR:<ssid>,<bssid>,<channel>,<rssi>" while joined; otherwise no such line (the
        // ESP firmware prints "No AP").
        report.link = StatusLink::Disconnected;
        report.ssid = QString();
        report.bssid = QString();
        for (const AtFrame &f : responses) {
            if (!f.fields.contains(QLatin1String(AtFields::Ssid)))
                continue;
            report.link = StatusLink::Connected;
            report.ssid = field(f, AtFields::Ssid);
            report.bssid = field(f, AtFields::Bssid);
            if (f.fields.contains(QLatin1String(AtFields::Channel)))
                report.channel = f.fields.value(QLatin1String(AtFields::Channel)).toInt();
            if (f.fields.contains(QLatin1String(AtFields::Rssi)))
                report.rssi = f.fields.value(QLatin1String(AtFields::Rssi)).toInt();
        }
    } else if (name == "AT+CIPSTA_CUR") {
        for (const AtFrame &f : responses) {
            if (f.fields.contains(QLatin1String(AtFields::Ip)))
                report.ip = address(field(f, AtFields::Ip));
            if (f.fields.contains(QLatin1String(AtFields::Gateway)))
                report.gateway = address(field(f, AtFields::Gateway));
        }
    } else if (name == "AT+CIPDNS_CUR") {
        // "+CIPDNS_CUR:<server>" per server (the manual's example: "+CIPDNS_CUR: 1.1.1.1").
        QStringList servers;
        for (const AtFrame &f : responses) {
            if (const auto v = valueAfter(f.text.trimmed(), "+CIPDNS_CUR")) {
                const QString server = address(QString::fromUtf8(AtText::unquote(*v)));
                if (!server.isEmpty())
                    servers << server;
            }
        }
        report.dns = servers;
    } else if (name == "AT+CIPSTATUS") {
        // "STATUS:<stat>", then one "+CIPSTATUS:<link ID>,..." line per open connection.
        int open = 0;
        for (const AtFrame &f : responses) {
            if (f.fields.contains(QLatin1String(AtFields::Socket)))
                ++open;
        }
        report.openSockets = open;
    }
}
