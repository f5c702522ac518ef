// Wi-Fi panel commands from "WizFi360 AT Instruction Set" v1.1.1.7 §3.2 (section numbers below).
#include "Wizfi360WifiCommands.h"

#include "dialects/AtText.h"
#include "engine/AtEvent.h"
#include "engine/AtReply.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi360WifiCommands", text);
}

// The value CWMODE is set to, computed from the running mode by the step before it.
constexpr char ModeKey[] = "wizfi360.mode";

QByteArray form(bool saveToFlash)
{
    return saveToFlash ? QByteArrayLiteral("_DEF") : QByteArrayLiteral("_CUR");
}

// AT+CWMODE_CUR? (§3.2.1), storing the mode with `add` bits set and `remove` bits cleared
// (1 station, 2 soft AP), so that starting one side never stops the other.
CommandStep modeQuery(int add, int remove)
{
    CommandStep s = CommandStep::of("AT+CWMODE_CUR?");
    s.read = [add, remove](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const QByteArray &line : reply.lines()) {
            const auto v = AtText::after(line, "+CWMODE_CUR:");
            if (!v)
                continue;
            const auto mode = AtText::toInt(*v);
            if (!mode || *mode < 1 || *mode > 3)
                break;
            int next = (int(*mode) | add) & ~remove;
            if (next == 0)
                next = 1; // the soft AP stopped and no station was on: station mode, radio idle
            values.insert(QString::fromLatin1(ModeKey), next);
            return true;
        }
        error = tr("the module did not report its Wi-Fi mode.");
        return false;
    };
    return s;
}

CommandStep modeSet(bool saveToFlash)
{
    return CommandStep::of("AT+CWMODE" + form(saveToFlash) + "={" + ModeKey + '}');
}

QString unprintable()
{
    return tr("The WizFi360 cannot take a line break or NUL byte inside a parameter.");
}
} // namespace

std::optional<QByteArray> Wizfi360WifiCommands::quoted(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            return std::nullopt;
        if (c == '"' || c == ',' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

QList<WifiSecurity> Wizfi360WifiCommands::stationSecurities() const
{
    // AT+CWJAP takes no security type (the module finds it); WEP is left out because the
    // manual gives no WEP key rules (§3.2.3) and the capabilities' key lengths are WPA's.
    return {WifiSecurity::Open, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk,
            WifiSecurity::WpaWpa2Psk};
}

QList<WifiSecurity> Wizfi360WifiCommands::softApSecurities() const
{
    return {WifiSecurity::Open, WifiSecurity::WpaPsk, WifiSecurity::Wpa2Psk}; // §3.2.8 ecn 0/2/3
}

CommandPlan Wizfi360WifiCommands::scan() const
{
    // AT+CWLAP needs the station side (§3.2.6 note); the mode change is not saved. CWLAPOPT
    // asks for every field the entry needs, sorted by signal (§3.2.5, not saved either).
    CommandStep list = CommandStep::of("AT+CWLAP");
    return {{modeQuery(1, 0), modeSet(false), CommandStep::of("AT+CWLAPOPT=1,31"), list}};
}

ScanEntry Wizfi360WifiCommands::scanEntry(const QVariantMap &fields) const
{
    ScanEntry e = WifiCommands::scanEntry(fields);
    switch (fields.value(QStringLiteral("ecn"), -1).toInt()) {
    case 0:
        e.security = wifiSecurityName(WifiSecurity::Open);
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
        e.security = wifiSecurityName(WifiSecurity::WpaWpa2Psk);
        break;
    case 5:
        e.security = QStringLiteral("WPA2-Enterprise"); // 5-7: ESP-AT's numbers
        break;
    case 6:
        e.security = wifiSecurityName(WifiSecurity::Wpa3Psk);
        break;
    case 7:
        e.security = wifiSecurityName(WifiSecurity::Wpa2Wpa3Psk);
        break;
    default:
        break; // ecn hidden by AT+CWLAPOPT: keep what the dialect said (nothing)
    }
    return e;
}

CommandPlan Wizfi360WifiCommands::join(const StationSettings &settings) const
{
    const QByteArray f = form(settings.saveToFlash);
    const auto ssid = quoted(settings.ssid);
    const auto key = quoted(settings.security == WifiSecurity::Open ? QString() : settings.key);
    if (!ssid || !key)
        return CommandPlan::refuse(unprintable());

    CommandPlan plan{{modeQuery(1, 0), modeSet(settings.saveToFlash)}};
    if (settings.dhcp) {
        plan << CommandStep::of("AT+CWDHCP" + f + "=1,1"); // §3.2.11: <mode> 1 station, enable
    } else {
        // §3.2.20: <ip>[,<gateway>][,<netmask>]; a static address switches DHCP off itself.
        QByteArray cmd = "AT+CIPSTA" + f + "=\"" + settings.ip.toLatin1() + '"';
        const bool gateway = !settings.gateway.isEmpty();
        const bool netmask = !settings.netmask.isEmpty();
        if (gateway != netmask)
            return CommandPlan::refuse(
                tr("The WizFi360 takes the gateway and the netmask together (AT+CIPSTA): give "
                   "both or neither."));
        if (gateway)
            cmd +=
                ",\"" + settings.gateway.toLatin1() + "\",\"" + settings.netmask.toLatin1() + '"';
        plan << CommandStep::of(cmd);
    }
    if (!settings.dns1.isEmpty() || !settings.dns2.isEmpty()) {
        // §3.3.27: the two servers must differ.
        if (settings.dns1 == settings.dns2)
            return CommandPlan::refuse(tr("The two DNS servers must differ (AT+CIPDNS)."));
        QByteArray cmd = "AT+CIPDNS" + f + "=1";
        for (const QString &dns : {settings.dns1, settings.dns2}) {
            if (!dns.isEmpty())
                cmd += ",\"" + dns.toLatin1() + '"';
        }
        plan << CommandStep::of(cmd);
    }

    QByteArray cmd = "AT+CWJAP" + f + '=' + *ssid + ',' + *key;
    if (!settings.bssid.isEmpty())
        cmd += ",\"" + settings.bssid.toLower().toLatin1() + '"';
    CommandStep joinStep = CommandStep::of(cmd);
    // OK follows "WIFI GOT IP" on the firmware, but wait for the address whatever the order;
    // a wrong key ends the command with +CWJAP_<form>:<code> FAIL, which the dialect words.
    joinStep.awaitEvent = QString::fromLatin1(AtEvents::WifiGotIp);
    joinStep.failEvents = {QString::fromLatin1(AtEvents::WifiError)};
    joinStep.awaitMs = 20000;
    plan << joinStep;
    return plan;
}

CommandPlan Wizfi360WifiCommands::leave() const
{
    return {{CommandStep::of("AT+CWQAP")}}; // §3.2.7
}

CommandPlan Wizfi360WifiCommands::startSoftAp(const SoftApSettings &settings) const
{
    const QByteArray f = form(settings.saveToFlash);
    int ecn = 0;
    switch (settings.security) {
    case WifiSecurity::Open:
        ecn = 0;
        break;
    case WifiSecurity::WpaPsk:
        ecn = 2;
        break;
    case WifiSecurity::Wpa2Psk:
        ecn = 3;
        break;
    default:
        return CommandPlan::refuse(
            tr("The WizFi360 soft AP is open, WPA-PSK or WPA2-PSK only (AT+CWSAP <ecn>)."));
    }
    if (settings.channel < 1 || settings.channel > 13)
        return CommandPlan::refuse(tr("The WizFi360 soft AP uses channels 1 to 13."));
    const auto ssid = quoted(settings.ssid);
    const auto key = quoted(ecn == 0 ? QString() : settings.key);
    if (!ssid || !key)
        return CommandPlan::refuse(unprintable());

    CommandPlan plan{{modeQuery(2, 0), modeSet(settings.saveToFlash)}};
    // §3.2.22: <ip>,<gateway>,<netmask>; the soft AP is its own gateway. Class C only.
    plan << CommandStep::of("AT+CIPAP" + f + "=\"" + settings.ip.toLatin1() + "\",\"" +
                            settings.ip.toLatin1() + "\",\"" + settings.netmask.toLatin1() + '"');
    plan << CommandStep::of("AT+CWSAP" + f + '=' + *ssid + ',' + *key + ',' +
                            QByteArray::number(settings.channel) + ',' + QByteArray::number(ecn));
    return plan;
}

CommandPlan Wizfi360WifiCommands::stopSoftAp() const
{
    // The soft AP has no off switch of its own: leave the SoftAP modes (running mode only, so a
    // soft AP saved to flash comes back after a restart).
    return {{modeQuery(0, 2), modeSet(false)}};
}
