// Wi-Fi commands of the PIC32MZW1 AnyCloud firmware, from pic32mzw1-anycloud-at-reference.txt
// (§4 scan, §5.1-5.2 station, §5.3-5.4 soft AP) and the digest pic32mzw1.md.
#include "Pic32mzw1WifiCommands.h"

#include "engine/AtEvent.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Pic32mzw1WifiCommands", text);
}

// SEC_TYPE of +WSTAC/+WAPC ID 2 (§5.1, §5.3): 0 open, 2 WPA-Personal, 3 WPA2-Personal. WEP (1) is
// "Not Supported in PIC32MZW1" (§5.2.3) and 4 is Enterprise, which takes no passphrase.
int secType(WifiSecurity security)
{
    switch (security) {
    case WifiSecurity::Open:
        return 0;
    case WifiSecurity::WpaPsk:
    case WifiSecurity::WpaWpa2Psk:
        return 2;
    case WifiSecurity::Wpa2Psk:
        return 3;
    case WifiSecurity::Wep:
    case WifiSecurity::Wpa3Psk:
    case WifiSecurity::Wpa2Wpa3Psk:
        break;
    }
    return -1;
}

CommandStep config(const char *command, int id, const QByteArray &value)
{
    return CommandStep::of(QByteArray(command) + '=' + QByteArray::number(id) + ',' + value);
}
} // namespace

namespace Pic32mzw1Param {

QByteArray quoted(const QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    for (const char c : bytes) {
        const auto u = uchar(c);
        const char *escape = nullptr;
        switch (u) {
        case '"':
            escape = "\\\"";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case 0x07:
            escape = "\\a";
            break;
        case 0x08:
            escape = "\\b";
            break;
        case 0x09:
            escape = "\\t";
            break;
        case 0x0a:
            escape = "\\n";
            break;
        case 0x0b:
            escape = "\\v";
            break;
        case 0x0c:
            escape = "\\f";
            break;
        case 0x0d:
            escape = "\\r";
            break;
        case 0x1b:
            escape = "\\e";
            break;
        default:
            break;
        }
        if (escape)
            out += escape;
        else if (u >= 0x20 && u <= 0x7e)
            out += c;
        else
            return {}; // no escape for it: only [HEX] carries it
    }
    out += '"';
    return out;
}

QByteArray string(const QByteArrayView bytes)
{
    // "..." is never longer than [HEX] (an escape is two characters, like a digit pair) and
    // reads better in the terminal.
    const QByteArray text = quoted(bytes);
    return !text.isEmpty() ? text : '[' + bytes.toByteArray().toHex().toUpper() + ']';
}

} // namespace Pic32mzw1Param

QList<WifiSecurity> Pic32mzw1WifiCommands::stationSecurities() const
{
    return {WifiSecurity::Open, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk};
}

QList<WifiSecurity> Pic32mzw1WifiCommands::softApSecurities() const
{
    return {WifiSecurity::Open, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk};
}

CommandPlan Pic32mzw1WifiCommands::scan() const
{
    // §4.2: OK first, then +WSCNIND per network and +WSCNDONE (or +WSCNERROR). Active scan on all
    // channels (255); an active scan also makes hidden networks answer for a named SSID only.
    CommandStep s = CommandStep::of("AT+WSCNA=255");
    s.awaitEvent = QString::fromLatin1(AtEvents::ScanDone);
    s.failEvents = {QString::fromLatin1(AtEvents::ScanError)};
    s.awaitMs = 15000;
    return CommandPlan{{s}};
}

ScanEntry Pic32mzw1WifiCommands::scanEntry(const QVariantMap &fields) const
{
    ScanEntry e = WifiCommands::scanEntry(fields);
    // +WSCNIND SEC_TYPE (§4.2.4, §4.3.4).
    switch (fields.value(AtFields::Security).toInt()) {
    case 0:
        e.security = tr("Open");
        break;
    case 1:
        e.security = wifiSecurityName(WifiSecurity::Wep);
        break;
    case 2:
        e.security = wifiSecurityName(WifiSecurity::WpaPsk);
        break;
    case 3:
        e.security = wifiSecurityName(WifiSecurity::Wpa2Psk);
        break;
    case 4:
        e.security = tr("Enterprise");
        break;
    default:
        e.security = tr("Unknown (%1)").arg(fields.value(AtFields::Security).toString());
        break;
    }
    return e;
}

CommandPlan Pic32mzw1WifiCommands::join(const StationSettings &settings) const
{
    const int sec = secType(settings.security);
    if (sec < 0)
        return CommandPlan::refuse(
            tr("The PIC32MZW1 joins open, WPA-PSK and WPA2-PSK networks only (WEP is not "
               "supported, manual §5.2)."));
    if (!settings.bssid.isEmpty())
        return CommandPlan::refuse(
            tr("The PIC32MZW1 manual has no way to join one access point by its BSSID."));
    if (!settings.dhcp)
        return CommandPlan::refuse(tr("The PIC32MZW1 manual documents DHCP addressing only."));

    CommandPlan plan;
    // The configuration is locked while connected (§5.1, [FW] error 6): disconnect first; not
    // being connected is fine.
    CommandStep off = CommandStep::of("AT+WSTA=0");
    off.mayFail = true;
    plan << off;
    plan << config("AT+WSTAC", 1, Pic32mzw1Param::string(settings.ssid.toUtf8()));
    plan << config("AT+WSTAC", 2, QByteArray::number(sec));
    plan << config("AT+WSTAC", 3,
                   sec == 0 ? QByteArray("\"\"") : Pic32mzw1Param::string(settings.key.toUtf8()));
    plan << config("AT+WSTAC", 4, "255"); // any channel: a channel left from an earlier join
    // OK only means "accepted" (digest quirk 16): done at +WSTAAIP; a failure is +WSTAERR
    // (manual) or +WSTA:ERROR:24 (firmware), both wifi.error.
    CommandStep on = CommandStep::of("AT+WSTA=1");
    on.awaitEvent = QString::fromLatin1(AtEvents::WifiGotIp);
    on.failEvents = {QString::fromLatin1(AtEvents::WifiError)};
    on.awaitMs = 30000;
    plan << on;
    return plan;
}

CommandPlan Pic32mzw1WifiCommands::leave() const
{
    // +WSTALD follows the OK. Not being connected ([FW] error 21) leaves nothing to do.
    CommandStep s = CommandStep::of("AT+WSTA=0");
    s.mayFail = true;
    s.awaitEvent = QString::fromLatin1(AtEvents::WifiDisconnected);
    s.awaitMs = 5000;
    return CommandPlan{{s}};
}

CommandPlan Pic32mzw1WifiCommands::startSoftAp(const SoftApSettings &settings) const
{
    const int sec = secType(settings.security);
    if (sec < 0)
        return CommandPlan::refuse(
            tr("The PIC32MZW1 soft AP runs open, WPA-PSK or WPA2-PSK networks only."));
    if (settings.channel < 1 || settings.channel > 13)
        return CommandPlan::refuse(tr("The soft AP channel must be 1 to 13."));

    CommandPlan plan;
    // The configuration is read-only while the AP runs (§5.3): stop it first, if it runs.
    CommandStep off = CommandStep::of("AT+WAP=0");
    off.mayFail = true;
    plan << off;
    plan << config("AT+WAPC", 1, Pic32mzw1Param::string(settings.ssid.toUtf8()));
    plan << config("AT+WAPC", 2, QByteArray::number(sec));
    plan << config("AT+WAPC", 3,
                   sec == 0 ? QByteArray("\"\"") : Pic32mzw1Param::string(settings.key.toUtf8()));
    plan << config("AT+WAPC", 4, QByteArray::number(settings.channel));
    plan << config("AT+WAPC", 5, "0"); // broadcast the SSID
    // Decision: the address (settings.ip/netmask) has no documented +WAPC parameter; the
    // firmware's own (192.168.0.1/24) stays. No AEC follows OK (§5.4).
    plan << CommandStep::of("AT+WAP=1");
    return plan;
}

CommandPlan Pic32mzw1WifiCommands::stopSoftAp() const
{
    // Not running ([FW] error 25) leaves nothing to do.
    CommandStep s = CommandStep::of("AT+WAP=0");
    s.mayFail = true;
    return CommandPlan{{s}};
}
