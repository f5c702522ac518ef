// The WizFi250's status queries (guide: AT+MINFO, AT+MMAC, AT+WSET, AT+WSTAT, AT+SMGMT) and how
// their replies read. No command of the guide reports the BSSID, the channel of the joined network,
// the DNS servers in use or an MQTT state (MQTT is not in the guide): those fields stay
// "not available".
#include "Wizfi250Dialect.h"

#include "Wizfi250Parse.h"
#include "dialects/AtText.h"

using namespace Wizfi250Parse;

QList<StatusQuery> Wizfi250Dialect::statusQueries() const
{
    using F = StatusField;
    return {
        {"AT+MINFO", {F::Model, F::Firmware}},
        {"AT+MMAC=?", {F::Mac}},
        {"AT+WSET=?", {F::WifiMode}},
        {"AT+WSTAT", {F::Link, F::Ssid, F::Rssi, F::Ip, F::Gateway}},
        {"AT+SMGMT=?", {F::Sockets}},
    };
}

void Wizfi250Dialect::readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                                 const AtFrame &, StatusReport &report) const
{
    const QByteArray name = commandName(command);
    for (const AtFrame &f : responses) {
        const QByteArray t = f.text.trimmed();
        if (name == "AT+MINFO") {
            // "FW version/HW version", then "1.0.1.8/WizFi250 Rev 1.0" (spaces around '/' in the
            // guide's format).
            const qsizetype slash = t.indexOf('/');
            if (slash <= 0 || AtText::startsWithNoCase(t, "FW version"))
                continue;
            report.firmware = QString::fromUtf8(t.left(slash).trimmed());
            const QByteArray hardware = t.mid(slash + 1).trimmed();
            if (!hardware.isEmpty())
                report.model = QString::fromUtf8(hardware);
        } else if (name == "AT+MMAC") {
            if (isMac(t))
                report.mac = QString::fromLatin1(t);
        } else if (name == "AT+WSET") {
            // "<WiFiMode>,<SSID>,<BSSID>,<Channel>": 0 station, 1 soft AP.
            const QByteArray mode = AtText::splitParams(t).value(0);
            if (mode == "0")
                report.wifiMode = StatusWifiMode::Station;
            else if (mode == "1")
                report.wifiMode = StatusWifiMode::SoftAp;
        } else if (name == "AT+WSTAT") {
            // "<IF>/<SSID>/<IP>/<GW>/<MAC>/<TxPower>/<|RSSI|>"; IF is "Down" when not joined.
            const QString interface = f.fields.value(QStringLiteral("interface")).toString();
            if (interface.isEmpty())
                continue;
            const bool up = interface.compare(QLatin1String("Down"), Qt::CaseInsensitive) != 0;
            report.link = up ? StatusLink::Connected : StatusLink::Disconnected;
            report.ssid = up ? f.fields.value(QLatin1String(AtFields::Ssid)).toString() : QString();
            report.ip = up ? f.fields.value(QLatin1String(AtFields::Ip)).toString() : QString();
            report.gateway =
                up ? f.fields.value(QLatin1String(AtFields::Gateway)).toString() : QString();
            const bool station = interface.compare(QLatin1String("STA"), Qt::CaseInsensitive) == 0;
            if (station && f.fields.contains(QLatin1String(AtFields::Rssi)))
                report.rssi = f.fields.value(QLatin1String(AtFields::Rssi)).toInt();
        } else if (name == "AT+SMGMT") {
            // "Number of Sockets : <n> (SCID/Mode/Remote/Local/DataMode)", then one row each.
            if (const auto v = labelValue(t, "Number of Sockets")) {
                const qsizetype end = v->indexOf(' ');
                if (const auto n = AtText::toInt(end < 0 ? *v : v->left(end)))
                    report.openSockets = int(*n);
            }
        }
    }
}
