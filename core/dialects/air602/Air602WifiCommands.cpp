#include "Air602WifiCommands.h"

#include "dialects/AtText.h"
#include "engine/AtReply.h"

#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Air602WifiCommands", text);
}

// "=" sets RAM only, "=!" RAM and flash (§2.1).
QByteArray op(bool saveToFlash)
{
    return saveToFlash ? QByteArrayLiteral("=!") : QByteArrayLiteral("=");
}

bool isHexText(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return false;
    }
    return !s.isEmpty();
}

// An SSID for AT+SSID / AT+APSSID, in double quotes. The firmware parses these two commands
// specially and takes the whole argument, so commas and quotes inside survive ([SDK], digest
// §4.2); quoting keeps leading and trailing spaces. Only a line end cannot be sent.
QByteArray ssidArgument(const QString &ssid, QString &why)
{
    if (ssid.contains(u'\r') || ssid.contains(u'\n')) {
        why = tr("An SSID with a line break cannot be sent to the Air602.");
        return {};
    }
    return '"' + ssid.toUtf8() + '"';
}

// The value after "+OK=" of a reply's final line.
QByteArray okValue(const AtReply &reply)
{
    return AtText::after(reply.finalFrame().text.trimmed(), "+OK=").value_or(QByteArray());
}

// AT+LKSTT / AT+APLKSTT "+OK=<status>[,<ip>,<netmask>,<gateway>,<dns1>,<dns2>]" (§2.2.3.7):
// the plan's last step, so it ends only with an address (values "ip", "netmask", "gateway").
CommandStep linkStatusStep(const QByteArray &command)
{
    CommandStep s = CommandStep::of(command);
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        const QList<QByteArray> p = AtText::splitParams(okValue(reply));
        const QByteArray ip = AtText::unquote(p.value(1));
        if (AtText::toInt(p.value(0)).value_or(0) != 1 || ip.isEmpty() || ip == "0.0.0.0") {
            error = tr("The module reports no IP address after joining.");
            return false;
        }
        values.insert(QStringLiteral("ip"), QString::fromLatin1(ip));
        values.insert(QStringLiteral("netmask"), QString::fromLatin1(AtText::unquote(p.value(2))));
        values.insert(QStringLiteral("gateway"), QString::fromLatin1(AtText::unquote(p.value(3))));
        return true;
    };
    return s;
}

} // namespace

QList<WifiSecurity> Air602WifiCommands::stationSecurities() const
{
    // §2.2.2.9: OPEN, WEP64/128, WPA-PSK and WPA2-PSK (TKIP or CCMP); no WPA3.
    return {WifiSecurity::Open, WifiSecurity::Wep, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk,
            WifiSecurity::WpaWpa2Psk};
}

QList<WifiSecurity> Air602WifiCommands::softApSecurities() const
{
    // §2.2.2.9 says OPEN/WEP only for an AP, but §3.4 runs one with WPA2 (APENCRY=5) and the
    // Luat firmware takes WPA/WPA2 keys: offered, and a firmware that refuses says +ERR.
    return {WifiSecurity::Open, WifiSecurity::Wep, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk};
}

int Air602WifiCommands::encryptionCode(WifiSecurity security, const QString &key)
{
    switch (security) {
    case WifiSecurity::Open:
        return 0;
    case WifiSecurity::Wep: // WEP64: 5 ASCII / 10 hex, WEP128: 13 / 26
        return key.size() == 5 || key.size() == 10 ? 1 : 2;
    case WifiSecurity::WpaPsk:
        return 3; // WPA-PSK (TKIP), the usual WPA1 cipher
    case WifiSecurity::Wpa2Psk:
    case WifiSecurity::WpaWpa2Psk:
    case WifiSecurity::Wpa3Psk:
    case WifiSecurity::Wpa2Wpa3Psk:
        return 6; // WPA2-PSK (CCMP/AES)
    }
    return 6;
}

QByteArray Air602WifiCommands::keyParameters(WifiSecurity security, const QString &key,
                                             QString &why)
{
    if (security == WifiSecurity::Open)
        return QByteArrayLiteral("1,0,\"\""); // §2.2.2.11: no key
    // The firmware splits parameters at every comma and documents no escape (digest §2.1).
    if (key.contains(u',') || key.contains(u'"') || key.contains(u'\r') || key.contains(u'\n')) {
        why = tr("The Air602 cannot take a key with a comma or a double quote: its command "
                 "parser splits parameters at every comma.");
        return {};
    }
    const bool wep = security == WifiSecurity::Wep;
    const bool hex =
        isHexText(key) && (wep ? key.size() == 10 || key.size() == 26 : key.size() == 64);
    // <format> 0 hex / 1 ASCII; <index> 1 (first WEP key slot) for WEP, 0 otherwise.
    return QByteArray(hex ? "0," : "1,") + (wep ? "1," : "0,") + '"' + key.toUtf8() + '"';
}

CommandPlan Air602WifiCommands::scan() const
{
    // Valid as station (and APSTA) only; as soft AP the module answers +ERR=-5. The role is not
    // changed behind the user's back.
    CommandStep s = CommandStep::of("AT+WSCAN");
    return CommandPlan{{s}};
}

ScanEntry Air602WifiCommands::scanEntry(const QVariantMap &fields) const
{
    ScanEntry e = WifiCommands::scanEntry(fields);
    const QString security = fields.value(AtFields::Security).toString();
    if (security.compare(u"encrypted", Qt::CaseInsensitive) == 0)
        e.security = tr("Encrypted");
    return e;
}

CommandPlan Air602WifiCommands::join(const StationSettings &settings) const
{
    QString why;
    const QByteArray ssid = ssidArgument(settings.ssid, why);
    if (ssid.isEmpty())
        return CommandPlan::refuse(why);
    const QByteArray key = keyParameters(settings.security, settings.key, why);
    if (key.isEmpty())
        return CommandPlan::refuse(why);
    QByteArray bssid;
    if (!settings.bssid.isEmpty()) {
        QString hex = settings.bssid;
        hex.remove(u':').remove(u'-');
        if (hex.size() != 12 || !isHexText(hex))
            return CommandPlan::refuse(tr("A BSSID is six bytes in hex (12 digits)."));
        bssid = hex.toLower().toLatin1();
    }
    QByteArray nip = QByteArrayLiteral("0"); // DHCP (§3.3 "AT+NIP=0")
    if (!settings.dhcp) {
        const QString dns = settings.dns1.isEmpty() ? settings.gateway : settings.dns1;
        for (const QString &a : {settings.ip, settings.netmask, settings.gateway, dns}) {
            if (!AtText::isIpv4(a.toLatin1()))
                return CommandPlan::refuse(
                    tr("Static addressing needs an IPv4 address, netmask, gateway and DNS "
                       "server."));
        }
        nip = "1," + settings.ip.toLatin1() + ',' + settings.netmask.toLatin1() + ',' +
              settings.gateway.toLatin1() + ',' + dns.toLatin1();
    }
    const QByteArray o = op(settings.saveToFlash);

    // WJOIN answers at once with the old link when already joined (§2.2.3.4): leave first so
    // the new settings are used; "not joined" is no failure.
    CommandStep leave = CommandStep::of("AT+WLEAV");
    leave.mayFail = true;
    CommandPlan plan{{leave}};
    plan << CommandStep::of("AT+WPRT" + o + "0") << CommandStep::of("AT+SSID" + o + ssid)
         << CommandStep::of("AT+ENCRY" + o +
                            QByteArray::number(encryptionCode(settings.security, settings.key)))
         << CommandStep::of("AT+KEY" + o + key)
         << CommandStep::of("AT+BSSID" + o + (bssid.isEmpty() ? QByteArray("0") : "1," + bssid))
         << CommandStep::of("AT+NIP" + o + nip);
    // Blocks until joined (+OK=<bssid>,...) or failed (+ERR=-10, a wrong key among the causes).
    plan << CommandStep::of("AT+WJOIN");
    plan << linkStatusStep("AT+LKSTT");
    return plan;
}

CommandPlan Air602WifiCommands::leave() const
{
    return CommandPlan{{CommandStep::of("AT+WLEAV")}};
}

CommandPlan Air602WifiCommands::startSoftAp(const SoftApSettings &settings) const
{
    QString why;
    const QByteArray ssid = ssidArgument(settings.ssid, why);
    if (ssid.isEmpty())
        return CommandPlan::refuse(why);
    const QByteArray key = keyParameters(settings.security, settings.key, why);
    if (key.isEmpty())
        return CommandPlan::refuse(why);
    if (settings.channel < 1 || settings.channel > 14)
        return CommandPlan::refuse(tr("The Air602 soft AP runs on channels 1 to 14."));
    // AT+APNIP takes dotted quads, unquoted (§2.2.2.2).
    if (!AtText::isIpv4(settings.ip.toLatin1()) || !AtText::isIpv4(settings.netmask.toLatin1()))
        return CommandPlan::refuse(tr("The soft AP needs an IPv4 address and netmask."));
    const QByteArray o = op(settings.saveToFlash);
    const QByteArray ip = settings.ip.toLatin1();

    // A running AP would answer WJOIN with its old settings: stop it first (AT+WLEAV=2, §3.6).
    CommandStep stop = CommandStep::of("AT+WLEAV=2");
    stop.mayFail = true;
    CommandPlan plan{{stop}};
    plan << CommandStep::of("AT+WPRT" + o + "2") << CommandStep::of("AT+APSSID" + o + ssid)
         << CommandStep::of("AT+APENCRY" + o +
                            QByteArray::number(encryptionCode(settings.security, settings.key)))
         << CommandStep::of("AT+APKEY" + o + key)
         << CommandStep::of("AT+APCHL" + o + "1," + QByteArray::number(settings.channel))
         // Type 1 (static address) as in every example of the manual (§3.1); the module is
         // its own gateway and DNS.
         << CommandStep::of("AT+APNIP" + o + "1," + ip + ',' + settings.netmask.toLatin1() + ',' +
                            ip + ',' + ip)
         << CommandStep::of("AT+WJOIN") << linkStatusStep("AT+APLKSTT");
    return plan;
}

CommandPlan Air602WifiCommands::stopSoftAp() const
{
    // §3.6 stops the AP with AT+WLEAV=2; back to the station role so that a scan works again
    // (RAM only: a role saved to flash stays for the next restart).
    return CommandPlan{{CommandStep::of("AT+WLEAV=2"), CommandStep::of("AT+WPRT=0")}};
}
