// Wi-Fi panel commands of the WizFi250, from wizfi250-programmers-guide.md ([M §...]) and the
// digest wizfi250.md ([F] = firmware source as the digest quotes it).
#include "Wizfi250WifiCommands.h"

#include "dialects/AtText.h"

#include "engine/AtReply.h"

#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi250WifiCommands", text);
}

// Why an SSID cannot go into AT+WSET, or empty. The guide's parameters are bare and separated by
// commas, with no quoting ([F] has an undocumented "..." form that the guide does not promise).
QString ssidProblem(const QString &ssid)
{
    if (ssid.isEmpty())
        return tr("The network name is empty.");
    if (ssid.contains(u','))
        return tr("The WizFi250 cannot take a network name with a comma: its commands separate "
                  "parameters with commas and have no quoting.");
    if (ssid.startsWith(u'"'))
        return tr("The WizFi250 cannot take a network name that starts with a double quote.");
    for (const QChar c : ssid) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The network name contains a control character.");
    }
    return {};
}

// AT+WSEC's <SecType> ([M §AT+WSEC]). WPA2 is "WPA2 - Mixed" (TKIP and AES), the type the
// guide's examples use; it joins WPA2 and WPA/WPA2 networks alike.
QByteArray secType(WifiSecurity security)
{
    switch (security) {
    case WifiSecurity::Open:
        return "OPEN";
    case WifiSecurity::Wep:
        return "WEP";
    case WifiSecurity::WpaPsk:
        return "WPA";
    default:
        return "WPA2";
    }
}

// AT+WSEC's <Key> as the guide wants it: OPEN takes an 8-byte dummy ("12345678", the guide's
// example), a 5-character WEP key must be given in hex (so both ASCII WEP lengths are sent as hex),
// and a 64-digit WPA key goes in the "128 (HEX)" form (each character as two hex digits).
// [F]: the key is the rest of the line, so commas and spaces in it are kept.
QByteArray secKey(WifiSecurity security, const QString &key)
{
    const QByteArray bytes = key.toUtf8();
    if (security == WifiSecurity::Open)
        return "12345678";
    if (security == WifiSecurity::Wep)
        return bytes.size() == 5 || bytes.size() == 13 ? bytes.toHex().toUpper() : bytes;
    if (bytes.size() == 64)
        return bytes.toHex().toUpper();
    return bytes;
}

QByteArray normalisedBssid(const QString &text)
{
    QString hex = text;
    hex.remove(u':').remove(u'-');
    if (hex.size() != 12)
        return {};
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    }
    QByteArray out = hex.toUpper().toLatin1();
    for (int i = 10; i > 0; i -= 2)
        out.insert(i, ':');
    return out;
}

CommandStep leaveFirst()
{
    // AT+WJOIN answers "Already Associated" without joining again while a link is up, and the new
    // settings count from the next join: leave first (no link = [OK] alone).
    CommandStep s = CommandStep::of("AT+WLEAVE");
    s.mayFail = true;
    return s;
}

} // namespace

QList<WifiSecurity> Wizfi250WifiCommands::stationSecurities() const
{
    return {WifiSecurity::Open, WifiSecurity::Wep, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk,
            WifiSecurity::WpaWpa2Psk};
}

QList<WifiSecurity> Wizfi250WifiCommands::softApSecurities() const
{
    // [M §AT+WSEC]: no WEP in soft AP mode; no WPA/WPA2 pair either, only the WPA2 mixed cipher.
    return {WifiSecurity::Open, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk};
}

CommandPlan Wizfi250WifiCommands::scan() const
{
    // [M §AT+WSCAN]: the rows come before [OK]; the dialect marks each as scan.result.
    return {{CommandStep::of("AT+WSCAN")}};
}

ScanEntry Wizfi250WifiCommands::scanEntry(const QVariantMap &fields) const
{
    ScanEntry e = WifiCommands::scanEntry(fields);
    // [F] prints the WICED names: Open, WEP, WPA, WPA2, WPA2-Mixed (WPA and WPA2 together).
    const QString s = fields.value(AtFields::Security).toString().toUpper();
    if (s.contains(QLatin1String("MIXED")))
        e.security = wifiSecurityName(WifiSecurity::WpaWpa2Psk);
    else if (s.startsWith(QLatin1String("WPA2")))
        e.security = wifiSecurityName(WifiSecurity::Wpa2Psk);
    else if (s.startsWith(QLatin1String("WPA")))
        e.security = wifiSecurityName(WifiSecurity::WpaPsk);
    else if (s == QLatin1String("OPEN"))
        e.security = wifiSecurityName(WifiSecurity::Open);
    return e;
}

CommandPlan Wizfi250WifiCommands::join(const StationSettings &settings) const
{
    if (const QString why = ssidProblem(settings.ssid); !why.isEmpty())
        return CommandPlan::refuse(why);
    QByteArray wset = "AT+WSET=0," + settings.ssid.toUtf8();
    if (!settings.bssid.isEmpty()) {
        const QByteArray bssid = normalisedBssid(settings.bssid);
        if (bssid.isEmpty())
            return CommandPlan::refuse(tr("The BSSID is not six hex bytes (xx:xx:xx:xx:xx:xx)."));
        wset += "," + bssid;
    }
    if (!settings.dhcp) {
        for (const QString &a : {settings.ip, settings.netmask, settings.gateway}) {
            if (!AtText::isIpv4(a.toLatin1()))
                return CommandPlan::refuse(
                    tr("Static addressing needs an IPv4 address, netmask and gateway."));
        }
    }
    for (const QString &d : {settings.dns1, settings.dns2}) {
        if (!d.isEmpty() && !AtText::isIpv4(d.toLatin1()))
            return CommandPlan::refuse(tr("A DNS server must be an IPv4 address."));
    }
    if (settings.dns1.isEmpty() && !settings.dns2.isEmpty())
        return CommandPlan::refuse(tr("Give the first DNS server before the second."));

    CommandPlan plan;
    plan << leaveFirst();
    // [M §AT+WSET]/[M §AT+WSEC]: both save themselves to the profile, whatever saveToFlash says.
    plan << CommandStep::of(wset);
    plan << CommandStep::of("AT+WSEC=0," + secType(settings.security) + "," +
                            secKey(settings.security, settings.key));
    if (settings.dhcp)
        plan << CommandStep::of("AT+WNET=1");
    else
        plan << CommandStep::of("AT+WNET=0," + settings.ip.toLatin1() + "," +
                                settings.netmask.toLatin1() + "," + settings.gateway.toLatin1());
    if (!settings.dns1.isEmpty()) {
        QByteArray dns = "AT+WADNS=" + settings.dns1.toLatin1();
        if (!settings.dns2.isEmpty())
            dns += "," + settings.dns2.toLatin1();
        plan << CommandStep::of(dns);
    }

    // [M §AT+WJOIN]: the IP lines come before [OK]. A failed join is a bare [ERROR] ("Command
    // request failed"), so the plan goes on to AT+WSTAT, which says whether the station has an
    // address, and fails there with a message that names the network.
    CommandStep joinStep = CommandStep::of("AT+WJOIN");
    joinStep.mayFail = true;
    joinStep.awaitEvent = QString::fromLatin1(AtEvents::WifiGotIp);
    plan << joinStep;

    CommandStep check = CommandStep::of("AT+WSTAT");
    const QString ssid = settings.ssid;
    check.read = [ssid](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const AtFrame &f : reply.responses()) {
            const QString itf = f.fields.value(QStringLiteral("interface")).toString();
            const QString ip = f.fields.value(AtFields::Ip).toString();
            if (itf.compare(QLatin1String("STA"), Qt::CaseInsensitive) == 0 && !ip.isEmpty() &&
                ip != QLatin1String("0.0.0.0")) {
                values.insert(QStringLiteral("ip"), ip);
                return true;
            }
        }
        error = tr("The module did not join \"%1\". Check the key and the security type, and "
                   "that the network is in range.")
                    .arg(ssid);
        return false;
    };
    plan << check;
    if (settings.saveToFlash)
        plan << CommandStep::of("AT+MPROF=S"); // [M §AT+MPROF]: AT+WNET/AT+WADNS too
    return plan;
}

CommandPlan Wizfi250WifiCommands::leave() const
{
    return {{CommandStep::of("AT+WLEAVE")}}; // [M §AT+WLEAVE]: [Link-Down Event] before [OK]
}

CommandPlan Wizfi250WifiCommands::startSoftAp(const SoftApSettings &settings) const
{
    if (const QString why = ssidProblem(settings.ssid); !why.isEmpty())
        return CommandPlan::refuse(why);
    if (settings.security == WifiSecurity::Wep)
        return CommandPlan::refuse(tr("The WizFi250's soft AP has no WEP."));
    if (!softApSecurities().contains(settings.security))
        return CommandPlan::refuse(tr("The WizFi250's soft AP offers Open, WPA-PSK and WPA2-PSK."));
    if (settings.channel < 1 || settings.channel > 14)
        return CommandPlan::refuse(tr("The channel must be between 1 and 14."));
    if (!AtText::isIpv4(settings.ip.toLatin1()) || !AtText::isIpv4(settings.netmask.toLatin1()))
        return CommandPlan::refuse(tr("The soft AP needs an IPv4 address and netmask."));

    CommandPlan plan;
    plan << leaveFirst();
    plan << CommandStep::of("AT+WSET=1," + settings.ssid.toUtf8() + ",," +
                            QByteArray::number(settings.channel));
    plan << CommandStep::of("AT+WSEC=1," + secType(settings.security) + "," +
                            secKey(settings.security, settings.key));
    // [M §Examples - AP Mode]: the soft AP has a static address (its DHCP server always runs);
    // the gateway "will not be used", its own address is given.
    const QByteArray ip = settings.ip.toLatin1();
    plan << CommandStep::of("AT+WNET=0," + ip + "," + settings.netmask.toLatin1() + "," + ip);
    if (settings.saveToFlash)
        plan << CommandStep::of("AT+MPROF=S");
    // In AP mode AT+WJOIN starts the AP; its [Link-Up Event] is ap.started (the dialect follows
    // the mode AT+WSET/AT+WSEC chose).
    CommandStep start = CommandStep::of("AT+WJOIN");
    start.awaitEvent = QString::fromLatin1(AtEvents::ApStarted);
    plan << start;
    return plan;
}

CommandPlan Wizfi250WifiCommands::stopSoftAp() const
{
    return {{CommandStep::of("AT+WLEAVE")}}; // [M §AT+WLEAVE]: "stops to run as Access Point"
}
