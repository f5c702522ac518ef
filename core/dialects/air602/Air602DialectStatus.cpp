// The Air602's status queries (manual §2.2.1.8, §2.2.1.10, §2.2.2.1, §2.2.2.7, §2.2.3.7) and how
// their "+OK=<values>" replies read. Not available: the model (AT+QVER gives one firmware string),
// the BSSID, channel and RSSI of the joined network (only AT+WJOIN reports them, and it joins a
// network when there is no link: a status refresh must not do that), a socket list (AT+SKSTT
// needs a socket number) and an MQTT state query (the MQTT state follows the module's messages).
#include "Air602Dialect.h"

#include "dialects/AtText.h"

namespace {

// The value of a "+OK=<value>" final (the SDK also prints "+OK:"), nullopt for another text.
std::optional<QByteArray> okValue(const AtFrame &final)
{
    const QByteArray t = final.text.trimmed();
    if (const auto v = AtText::after(t, "+OK="))
        return v;
    return AtText::after(t, "+OK:");
}

QString address(const QByteArray &field)
{
    const QString a = QString::fromUtf8(AtText::unquote(field));
    return a == QLatin1String("0.0.0.0") ? QString() : a;
}

} // namespace

QList<StatusQuery> Air602Dialect::statusQueries() const
{
    using F = StatusField;
    return {
        {"AT+QVER", {F::Firmware}},
        {"AT+QMAC", {F::Mac}},
        {"AT+WPRT=?", {F::WifiMode}},
        {"AT+LKSTT", {F::Link, F::Ip, F::Gateway, F::Dns}},
        // The configured SSID is the joined network's only while the station is linked.
        {"AT+SSID=?", {F::Ssid}, true},
    };
}

void Air602Dialect::readStatus(const QByteArray &command, const QList<AtFrame> &,
                               const AtFrame &final, StatusReport &report) const
{
    const auto value = okValue(final);
    if (!value)
        return;
    const QByteArray name = commandName(command);
    if (name == "QVER") {
        if (!value->isEmpty())
            report.firmware = QString::fromUtf8(*value);
    } else if (name == "QMAC") {
        // 12 hex digits ("286dcd004e7d").
        const QByteArray hex = value->trimmed();
        if (hex.size() == 12 && QByteArray::fromHex(hex).toHex() == hex.toLower())
            report.mac = QString::fromLatin1(QByteArray::fromHex(hex).toHex(':'));
    } else if (name == "WPRT") {
        // 0 infra STA, 1 ad-hoc, 2 SoftAP, 3 APSTA.
        switch (AtText::toInt(*value).value_or(-1)) {
        case 0:
            report.wifiMode = StatusWifiMode::Station;
            break;
        case 1:
            report.wifiMode = StatusWifiMode::AdHoc;
            break;
        case 2:
            report.wifiMode = StatusWifiMode::SoftAp;
            break;
        case 3:
            report.wifiMode = StatusWifiMode::StationAndSoftAp;
            break;
        default:
            break;
        }
    } else if (name == "LKSTT") {
        // <status>[,<ip>,<netmask>,<gateway>,<dns1>,<dns2>]; the example quotes the addresses.
        const QList<QByteArray> p = AtText::splitParams(*value);
        const auto status = AtText::toInt(p.value(0));
        if (!status)
            return;
        const bool up = *status == 1;
        report.link = up ? StatusLink::Connected : StatusLink::Disconnected;
        report.ip = up ? address(p.value(1)) : QString();
        report.gateway = up ? address(p.value(3)) : QString();
        QStringList servers;
        for (qsizetype i = 4; up && i < qMin<qsizetype>(6, p.size()); ++i) {
            const QString server = address(p.at(i));
            if (!server.isEmpty())
                servers << server;
        }
        report.dns = servers;
    } else if (name == "SSID") {
        // The SSID as the rest of the line (it may hold commas), quoted or not.
        const QByteArray ssid = value->trimmed();
        report.ssid = QString::fromUtf8(ssid.startsWith('"') ? AtText::unquote(ssid) : ssid);
    }
}
