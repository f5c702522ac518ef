// Wi-Fi panel commands of the WizFi310, from wizfi310-at-commands.md ([M §...]) and the digest
// specs/wizfi310.md ([F250] = the WizFi250 firmware source the digest quotes).
#include "Wizfi310WifiCommands.h"

#include "dialects/AtText.h"

#include "engine/AtReply.h"

#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi310WifiCommands", text);
}

// AT+WSET splits its parameters at commas and has no quoting; AT+WSET2 exists for SSIDs with
// "special Chars" ([M §AT+WSET2]: its example holds a comma, a quote and Hangul) and takes the
// SSID as the rest of the line, but has no BSSID or channel field.
bool needsWset2(const QString &ssid)
{
    for (const QChar c : ssid) {
        if (c == u',' || c == u'"' || c.unicode() > 0x7e)
            return true;
    }
    return ssid.startsWith(u' ') || ssid.endsWith(u' ');
}

QString ssidProblem(const QString &ssid)
{
    if (ssid.isEmpty())
        return tr("The network name is empty.");
    for (const QChar c : ssid) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The network name contains a control character, which cannot be sent in "
                      "an AT command.");
    }
    return {};
}

QString keyProblem(const QString &key)
{
    for (const QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The key contains a control character, which cannot be sent in an AT "
                      "command.");
    }
    return {};
}

// AT+WSEC's <SecType> ([M §AT+WSEC]). "WPA2" is the WPA2 mixed (TKIP and AES) type the manual's
// examples use; it also joins WPA/WPA2 networks.
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

// AT+WSEC's <Key>: OPEN still needs an 8-byte dummy ([M §AT+WSEC]: "AT+WSEC=0,," is rejected);
// every other key goes as typed (explicit WEP takes 5/13 ASCII or 10/26 hex, the manual's
// example "AT+WSEC=0,WEP,12345"). [F250]: the key is the rest of the line, so commas are kept.
QByteArray secKey(WifiSecurity security, const QString &key)
{
    return security == WifiSecurity::Open ? QByteArray("12345678") : key.toUtf8();
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
    // AT+WJOIN answers "Already Associated : (Mode)" without joining again ([M §AT+WJOIN]), so a
    // running link is left first; with nothing running AT+WLEAVE is a bare [OK] ([F250]).
    CommandStep s = CommandStep::of("AT+WLEAVE");
    s.mayFail = true;
    return s;
}

QByteArray wset(int mode, const QString &ssid, const QByteArray &tail)
{
    if (needsWset2(ssid))
        return "AT+WSET2=" + QByteArray::number(mode) + ',' + ssid.toUtf8();
    return "AT+WSET=" + QByteArray::number(mode) + ',' + ssid.toUtf8() + tail;
}

} // namespace

QList<WifiSecurity> Wizfi310WifiCommands::stationSecurities() const
{
    return {WifiSecurity::Open, WifiSecurity::Wep, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk,
            WifiSecurity::WpaWpa2Psk};
}

QList<WifiSecurity> Wizfi310WifiCommands::softApSecurities() const
{
    // [M §AT+WSEC]: "WEP (* Not support at SoftAP mode)".
    return {WifiSecurity::Open, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk};
}

CommandPlan Wizfi310WifiCommands::scan() const
{
    // [M §AT+WSCAN]: the rows come before [OK]; the dialect marks each one scan.result.
    return {{CommandStep::of("AT+WSCAN")}};
}

ScanEntry Wizfi310WifiCommands::scanEntry(const QVariantMap &fields) const
{
    ScanEntry e = WifiCommands::scanEntry(fields);
    // The security words WIZnet's drivers read: Open, WEP, WPA, WPA2, WPAWPA2 (digest §4.2).
    const QString s = fields.value(AtFields::Security).toString().toUpper();
    if (s == QLatin1String("OPEN"))
        e.security = wifiSecurityName(WifiSecurity::Open);
    else if (s == QLatin1String("WEP"))
        e.security = wifiSecurityName(WifiSecurity::Wep);
    else if (s == QLatin1String("WPAWPA2") || s == QLatin1String("WPA/WPA2"))
        e.security = wifiSecurityName(WifiSecurity::WpaWpa2Psk);
    else if (s == QLatin1String("WPA2") || s == QLatin1String("WPA2AES") ||
             s == QLatin1String("WPA2TKIP"))
        e.security = wifiSecurityName(WifiSecurity::Wpa2Psk);
    else if (s == QLatin1String("WPA") || s == QLatin1String("WPAAES"))
        e.security = wifiSecurityName(WifiSecurity::WpaPsk);
    else if (s == QLatin1String("WPA3"))
        e.security = wifiSecurityName(WifiSecurity::Wpa3Psk);
    else if (s == QLatin1String("WPA2ENT"))
        e.security = tr("WPA2-Enterprise");
    return e;
}

CommandPlan Wizfi310WifiCommands::join(const StationSettings &settings) const
{
    if (const QString why = ssidProblem(settings.ssid); !why.isEmpty())
        return CommandPlan::refuse(why);
    if (const QString why = keyProblem(settings.key); !why.isEmpty())
        return CommandPlan::refuse(why);
    if (!stationSecurities().contains(settings.security))
        return CommandPlan::refuse(
            tr("The WizFi310 joins Open, WEP, WPA-PSK and WPA2-PSK networks only."));
    QByteArray tail;
    if (!settings.bssid.isEmpty()) {
        const QByteArray bssid = normalisedBssid(settings.bssid);
        if (bssid.isEmpty())
            return CommandPlan::refuse(tr("The BSSID is not six hex bytes (xx:xx:xx:xx:xx:xx)."));
        if (needsWset2(settings.ssid))
            return CommandPlan::refuse(
                tr("The WizFi310 takes a network name with commas, quotes or non-ASCII characters "
                   "only through AT+WSET2, which has no BSSID field: leave the BSSID empty."));
        tail = "," + bssid;
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
    // [M §WiFi Commands]: AT+WSET(2) and AT+WSEC save themselves to the profile at once.
    plan << CommandStep::of(wset(0, settings.ssid, tail));
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

    // [M §AT+WJOIN]: "[Link-Up Event]" and "IP Addr : ..." come before [OK]. A failed join is a
    // bare [ERROR] ([F250]; the manual shows none), so the plan goes on to AT+WSTAT, which says
    // whether the station has an address, and fails there with a message naming the network.
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
                values.insert(QString::fromLatin1(AtFields::Ip), ip);
                return true;
            }
        }
        error = tr("The module did not join \"%1\". Check the key and the security type, and "
                   "that the network is in range.")
                    .arg(ssid);
        return false;
    };
    plan << check;
    // [M §AT+MPROF]: AT+WNET and AT+WADNS live in the RAM profile until it is saved; saved once
    // the settings have proved to work.
    if (settings.saveToFlash)
        plan << CommandStep::of("AT+MPROF=S");
    return plan;
}

CommandPlan Wizfi310WifiCommands::leave() const
{
    return {{CommandStep::of("AT+WLEAVE")}}; // [M §AT+WLEAVE]: [Link-Down Event] before [OK]
}

CommandPlan Wizfi310WifiCommands::startSoftAp(const SoftApSettings &settings) const
{
    if (const QString why = ssidProblem(settings.ssid); !why.isEmpty())
        return CommandPlan::refuse(why);
    if (const QString why = keyProblem(settings.key); !why.isEmpty())
        return CommandPlan::refuse(why);
    if (settings.security == WifiSecurity::Wep)
        return CommandPlan::refuse(tr("The WizFi310's soft AP has no WEP."));
    if (!softApSecurities().contains(settings.security))
        return CommandPlan::refuse(tr("The WizFi310's soft AP offers Open, WPA-PSK and WPA2-PSK."));
    if (settings.channel < 1 || settings.channel > 13)
        return CommandPlan::refuse(tr("The channel must be between 1 and 13."));
    if (needsWset2(settings.ssid) && settings.channel != 6)
        return CommandPlan::refuse(
            tr("The WizFi310 takes a network name with commas, quotes or non-ASCII characters "
               "only through AT+WSET2, which has no channel field: the soft AP then runs on its "
               "default channel 6."));
    if (!AtText::isIpv4(settings.ip.toLatin1()) || !AtText::isIpv4(settings.netmask.toLatin1()))
        return CommandPlan::refuse(tr("The soft AP needs an IPv4 address and netmask."));

    CommandPlan plan;
    plan << leaveFirst();
    // Mode 1 in AT+WSET(2)/AT+WSEC is what makes AT+WJOIN start the soft AP ([M §AT+WSET]).
    plan << CommandStep::of(wset(1, settings.ssid, ",," + QByteArray::number(settings.channel)));
    plan << CommandStep::of("AT+WSEC=1," + secType(settings.security) + "," +
                            secKey(settings.security, settings.key));
    // [M §AT+WNET]: in AP mode the DHCP server always runs and the gateway is not used; the
    // digest's sequence gives the AP's own address as the gateway.
    const QByteArray ip = settings.ip.toLatin1();
    plan << CommandStep::of("AT+WNET=0," + ip + "," + settings.netmask.toLatin1() + "," + ip);
    // The dialect reads [Link-Up Event] as ap.started after a mode-1 AT+WSET/AT+WSEC.
    CommandStep start = CommandStep::of("AT+WJOIN");
    start.awaitEvent = QString::fromLatin1(AtEvents::ApStarted);
    plan << start;
    if (settings.saveToFlash)
        plan << CommandStep::of("AT+MPROF=S");
    return plan;
}

CommandPlan Wizfi310WifiCommands::stopSoftAp() const
{
    return {{CommandStep::of("AT+WLEAVE")}}; // [M §AT+WLEAVE]: stops the soft AP as well
}
