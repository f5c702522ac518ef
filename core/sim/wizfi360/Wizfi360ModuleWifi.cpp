// The WizFi360 virtual module: station, soft AP and addresses (manual §3.2).
#include "Wizfi360Module.h"

#include "Wizfi360ModuleUtil.h"

#include <algorithm>

using namespace Wizfi360Util;

namespace {

using Security = WorldAccessPoint::Security;

// <ecn> of AT+CWLAP: 0-4 as in the manual; WPA2-Enterprise and WPA3, which the manual does not
// list, as ESP-AT numbers them.
int ecnOf(Security s)
{
    switch (s) {
    case Security::Open:
        return 0;
    case Security::Wep:
        return 1;
    case Security::WpaPsk:
        return 2;
    case Security::Wpa2Psk:
        return 3;
    case Security::WpaWpa2Psk:
        return 4;
    case Security::Enterprise:
        return 5;
    case Security::Wpa3Sae:
        return 6;
    }
    return 0;
}

Security securityOfEcn(int ecn)
{
    switch (ecn) {
    case 2:
        return Security::WpaPsk;
    case 3:
        return Security::Wpa2Psk;
    default:
        return Security::Open;
    }
}

quint32 subnetOf(const QHostAddress &a)
{
    return a.toIPv4Address() & 0xFFFFFF00u;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Mode

void Wizfi360Module::applyMode()
{
    if (!stationOn())
        stationLost();
    if (apOn() && !wifi().accessPointRunning())
        startAp();
    else if (!apOn() && wifi().accessPointRunning())
        wifi().stopAccessPoint();
}

void Wizfi360Module::startAp()
{
    const SapConfig &c = m_cur.sap;
    wifi().startAccessPoint(c.ssid, c.pwd, c.channel, securityOfEcn(c.ecn));
}

void Wizfi360Module::cmdCwmode(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        const int mode = cmd.store == Store::Def ? m_flash.s.cwmode : m_cur.cwmode;
        line(cmd.prefix() + number(mode));
        return ok();
    }
    int mode = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 1, 3, &mode))
        return error();
    store(cmd, [mode](Settings &s) { s.cwmode = mode; });
    ok();
    applyMode();
}

// ---------------------------------------------------------------------------------------------
// Station

void Wizfi360Module::stationLost()
{
    if (!wifi().isJoined())
        return;
    wifi().leave();
    line("WIFI DISCONNECT");
    if (apOn())
        return; // the soft AP side still carries the links
    for (const int id : m_links.keys()) {
        closeLinkQuietly(id);
        line(linkTag(id) + "CLOSED");
    }
    if (m_mqtt.state != Mqtt::State::Idle) {
        m_mqtt.state = Mqtt::State::Idle;
        m_mqtt.link = -1;
        ++m_mqtt.attempt;
        mqttDrop();
    }
}

void Wizfi360Module::join(const QByteArray &ssid, const QByteArray &pwd, const QByteArray &bssid,
                          const QByteArray &failPrefix, bool reply)
{
    if (reply)
        setBusy(true);
    stationLost();
    wifi().setStaticAddress((m_cur.dhcp & 2) ? QHostAddress() : m_cur.sta.ip);
    const WorldAccessPoint *ap = world().findAccessPoint(ssid);
    const bool bssidMismatch = ap && !bssid.isEmpty() && ap->bssid.toLower() != bssid.toLower();
    // A wrong key is noticed during the handshake, a missing AP only after a full scan.
    const bool found = ap && !bssidMismatch;
    const int delay =
        found ? (ap->security == Security::Open || ap->passphrase == pwd ? 200 : 300) : 400;
    later(delay, [this, ssid, pwd, found, failPrefix, reply] {
        int code = 3;
        const WorldAccessPoint *target = world().findAccessPoint(ssid);
        if (found && target && target->security == Security::Enterprise) {
            code = 4; // no 802.1X in the AT set: the association itself fails
        } else if (found) {
            switch (wifi().join(ssid, pwd)) {
            case SimWifi::JoinResult::Joined:
                code = 0;
                break;
            case SimWifi::JoinResult::WrongKey:
                code = 2;
                break;
            case SimWifi::JoinResult::NoSuchNetwork:
                code = 3;
                break;
            case SimWifi::JoinResult::WrongSecurity:
                code = 4;
                break;
            }
        }
        if (code != 0) {
            if (reply) {
                setBusy(false);
                line(failPrefix + number(code));
                sayFinal("\r\nFAIL\r\n");
            }
            return;
        }
        line("WIFI CONNECTED");
        later(100, [this, reply] {
            line("WIFI GOT IP");
            if (reply) {
                setBusy(false);
                ok();
            }
            startTransLink();
        });
    });
}

void Wizfi360Module::cmdCwjap(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        if (!wifi().isJoined()) {
            line("No AP");
            return ok();
        }
        const WorldAccessPoint *ap = wifi().joinedAccessPoint();
        line(cmd.prefix() + quoted(ap->ssid) + ',' + quoted(ap->bssid.toLower()) + ',' +
             number(ap->channel) + ',' + number(wifi().currentRssi()));
        return ok();
    }
    QByteArray ssid;
    QByteArray pwd;
    QByteArray bssid;
    if (cmd.form != Form::Set || cmd.params.size() < 2 || cmd.params.size() > 3 ||
        !str(cmd, 0, &ssid, 32) || ssid.isEmpty() || !str(cmd, 1, &pwd, 64))
        return error();
    if (cmd.params.size() == 3) {
        const auto mac = parseMac(cmd.params.at(2).value);
        if (!cmd.params.at(2).quoted || !mac)
            return error();
        bssid = *mac;
    }
    if (!stationOn())
        return error();
    store(cmd, [&](Settings &s) {
        s.japSsid = ssid;
        s.japPwd = pwd;
        s.japBssid = bssid;
    });
    join(ssid, pwd, bssid, cmd.prefix(), true);
}

void Wizfi360Module::cmdCwlapopt(const Cmd &cmd)
{
    int sort = 0;
    int mask = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 2 || !num(cmd, 0, 0, 1, &sort) ||
        !num(cmd, 1, 0, 0x7FF, &mask))
        return error();
    m_lapSort = sort;
    m_lapMask = mask;
    ok();
}

void Wizfi360Module::cmdCwlap(const Cmd &cmd)
{
    QByteArray ssid;
    QByteArray mac;
    int channel = 0;
    if (cmd.form == Form::Set) {
        if (cmd.params.isEmpty() || cmd.params.size() > 3 || !str(cmd, 0, &ssid, 32))
            return error();
        if (has(cmd, 1) && !str(cmd, 1, &mac))
            return error();
        if (!mac.isEmpty()) {
            const auto m = parseMac(mac);
            if (!m)
                return error();
            mac = *m;
        }
        if (has(cmd, 2) && !num(cmd, 2, 1, 14, &channel))
            return error();
    } else if (cmd.form != Form::Exec) {
        return error();
    }
    if (!stationOn())
        return error();
    setBusy(true);
    const bool filtered = cmd.form == Form::Set;
    later(250, [this, filtered, ssid, mac, channel] {
        QList<SimWifi::ScanEntry> entries = wifi().scan();
        if (filtered) {
            // A directed scan also finds a hidden network by name.
            entries.erase(std::remove_if(entries.begin(), entries.end(),
                                         [&](const SimWifi::ScanEntry &e) {
                                             return e.ap->ssid != ssid ||
                                                    (!mac.isEmpty() &&
                                                     e.ap->bssid.toLower() != mac) ||
                                                    (channel && e.ap->channel != channel);
                                         }),
                          entries.end());
            for (SimWifi::ScanEntry &e : entries)
                e.ssid = e.ap->ssid;
        }
        if (m_lapSort) {
            std::stable_sort(entries.begin(), entries.end(),
                             [](const SimWifi::ScanEntry &a, const SimWifi::ScanEntry &b) {
                                 return a.rssi > b.rssi;
                             });
        }
        for (const SimWifi::ScanEntry &e : entries) {
            QList<QByteArray> fields;
            if (m_lapMask & 0x001)
                fields << number(ecnOf(e.ap->security));
            if (m_lapMask & 0x002)
                fields << quoted(e.ssid);
            if (m_lapMask & 0x004)
                fields << number(e.rssi);
            if (m_lapMask & 0x008)
                fields << quoted(e.ap->bssid.toLower());
            if (m_lapMask & 0x010)
                fields << number(e.ap->channel);
            if (m_lapMask & 0x400)
                fields << "0"; // <wps>: the world's APs do not announce WPS
            line("+CWLAP:(" + fields.join(',') + ')');
        }
        setBusy(false);
        ok();
    });
}

void Wizfi360Module::cmdCwqap(const Cmd &cmd)
{
    if (cmd.form != Form::Exec)
        return error();
    ok();
    stationLost();
}

void Wizfi360Module::cmdCwautoconn(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CWAUTOCONN:" + number(m_flash.autoConnect ? 1 : 0));
        return ok();
    }
    int enable = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 1, &enable))
        return error();
    m_flash.autoConnect = enable == 1;
    ok();
}

void Wizfi360Module::cmdCwhostname(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+CWHOSTNAME:" + (stationOn() ? m_hostname : QByteArray("<NULL>")));
        return ok();
    }
    QByteArray name;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !str(cmd, 0, &name, 32) ||
        name.isEmpty() || !stationOn())
        return error();
    m_hostname = name;
    ok();
}

void Wizfi360Module::cmdCwcountry(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        const Country &c = cmd.store == Store::Def ? m_flash.s.country : m_cur.country;
        // The third character of the code "will not be shown".
        line(cmd.prefix() + number(c.policy) + ',' + quoted(c.code.left(2)) + ',' +
             number(c.option));
        return ok();
    }
    Country c;
    if (cmd.form != Form::Set || cmd.params.size() != 3 || !num(cmd, 0, 0, 1, &c.policy) ||
        !str(cmd, 1, &c.code, 3) || c.code.isEmpty() || !num(cmd, 2, 0, 7, &c.option))
        return error();
    store(cmd, [&c](Settings &s) { s.country = c; });
    ok();
}

// ---------------------------------------------------------------------------------------------
// Provisioning: started as on the module; no phone, WPS button or browser exists in the world,
// so nothing follows until AT+CWSTOPSMART.

void Wizfi360Module::cmdCwstartsmart(const Cmd &cmd)
{
    if (cmd.form == Form::Set) {
        int v = 0;
        if (cmd.params.isEmpty() || cmd.params.size() > 2 || !num(cmd, 0, 0, 65535, &v) ||
            (has(cmd, 1) && !num(cmd, 1, 0, 65535, &v)))
            return error();
    } else if (cmd.form != Form::Exec) {
        return error();
    }
    if (m_cur.cwmode != 1)
        return error(); // "SmartConfig is only available in the Station mode"
    ok();
}

void Wizfi360Module::cmdCwstopsmart(const Cmd &cmd)
{
    if (cmd.form != Form::Exec)
        return error();
    ok();
}

void Wizfi360Module::cmdWps(const Cmd &cmd)
{
    int enable = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 1, &enable) ||
        !stationOn())
        return error();
    if (enable)
        line("wps started");
    ok();
}

void Wizfi360Module::cmdWizNetconfig(const Cmd &cmd)
{
    if (cmd.form != Form::Exec || !apOn())
        return error();
    // The provisioning AP: open, named after the MAC (§3.2.30).
    m_cur.sap = SapConfig{"WizFi360_" + macSuffix(), {}, m_cur.sap.channel, 0, 4, 0};
    startAp();
    ok();
}

// ---------------------------------------------------------------------------------------------
// Soft AP

void Wizfi360Module::cmdCwsap(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        const SapConfig &c = cmd.store == Store::Def ? m_flash.s.sap : m_cur.sap;
        line(cmd.prefix() + quoted(c.ssid) + ',' + quoted(c.pwd) + ',' + number(c.channel) + ',' +
             number(c.ecn) + ',' + number(c.maxConn) + ',' + number(c.hidden));
        return ok();
    }
    SapConfig c;
    if (cmd.form != Form::Set || cmd.params.size() < 4 || cmd.params.size() > 6 ||
        !str(cmd, 0, &c.ssid, 32) || c.ssid.isEmpty() || !str(cmd, 1, &c.pwd, 64) ||
        !num(cmd, 2, 1, 13, &c.channel) || !num(cmd, 3, 0, 3, &c.ecn) || c.ecn == 1 ||
        (has(cmd, 4) && !num(cmd, 4, 1, 4, &c.maxConn)) ||
        (has(cmd, 5) && !num(cmd, 5, 0, 1, &c.hidden)))
        return error();
    if (c.ecn != 0 && c.pwd.size() < 8)
        return error();
    if (!apOn())
        return error(); // "only available in SoftAP mode and SoftAP+Station mode"
    store(cmd, [&c](Settings &s) { s.sap = c; });
    startAp();
    ok();
}

void Wizfi360Module::cmdCwlif(const Cmd &cmd)
{
    if (cmd.form != Form::Exec)
        return error();
    // No station of the world joins the module's soft AP: the list is empty.
    ok();
}

void Wizfi360Module::cmdCwdhcp(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line(cmd.prefix() + number(cmd.store == Store::Def ? m_flash.s.dhcp : m_cur.dhcp));
        return ok();
    }
    int mode = 0;
    int enable = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 2 || !num(cmd, 0, 0, 2, &mode) ||
        !num(cmd, 1, 0, 1, &enable))
        return error();
    const int bits = mode == 0 ? 1 : mode == 1 ? 2 : 3;
    store(cmd,
          [bits, enable](Settings &s) { s.dhcp = enable ? (s.dhcp | bits) : (s.dhcp & ~bits); });
    ok();
}

Wizfi360Module::DhcpPool Wizfi360Module::effectivePool(const Settings &s) const
{
    if (s.pool.custom)
        return s.pool;
    const quint32 net = subnetOf(s.ap.ip);
    DhcpPool p;
    p.lease = 120;
    p.start = QHostAddress(net + 2);
    p.end = QHostAddress(net + 101);
    return p;
}

void Wizfi360Module::cmdCwdhcps(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        const DhcpPool p = effectivePool(cmd.store == Store::Def ? m_flash.s : m_cur);
        line(cmd.prefix() + number(p.lease) + ',' + quoted(ipText(p.start)) + ',' +
             quoted(ipText(p.end)));
        return ok();
    }
    int enable = 0;
    if (cmd.form != Form::Set || cmd.params.isEmpty() || !num(cmd, 0, 0, 1, &enable))
        return error();
    DhcpPool p;
    if (enable == 0) {
        // Back to the default range. The manual's own examples (§3.2.13, §3.2.14) send "=0,1":
        // what follows <enable> 0 is ignored.
    } else {
        const quint32 net = subnetOf(target(cmd).ap.ip);
        p.custom = true;
        if (cmd.params.size() != 4 || !num(cmd, 1, 1, 2880, &p.lease) || !ip(cmd, 2, &p.start) ||
            !ip(cmd, 3, &p.end) || subnetOf(p.start) != net || subnetOf(p.end) != net ||
            p.start.toIPv4Address() > p.end.toIPv4Address())
            return error();
    }
    // "enabled when WizFi360 runs as SoftAP, and when DHCP is enabled"
    if (!apOn() || !(m_cur.dhcp & 1))
        return error();
    store(cmd, [&p](Settings &s) { s.pool = p; });
    ok();
}

// ---------------------------------------------------------------------------------------------
// MAC and IP addresses

void Wizfi360Module::cmdCipstamac(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line(cmd.prefix() + quoted(cmd.store == Store::Def ? m_flash.s.staMac : m_cur.staMac));
        return ok();
    }
    QByteArray text;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !str(cmd, 0, &text))
        return error();
    const auto mac = parseMac(text);
    // "Bit 0 of the WizFi360 MAC address CANNOT be 1."
    if (!mac || (mac->left(2).toInt(nullptr, 16) & 1))
        return error();
    store(cmd, [&mac](Settings &s) { s.staMac = *mac; });
    ok();
}

void Wizfi360Module::cmdCipapmac(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line(cmd.prefix() + quoted(world().apMac.toLower()));
        return ok();
    }
    // "The configuration changes are not allowed": the AP MAC follows the station MAC at boot.
    error();
}

QHostAddress Wizfi360Module::staIp()
{
    if (m_cur.dhcp & 2)
        return wifi().isJoined() ? wifi().address() : QHostAddress();
    return m_cur.sta.ip;
}

QHostAddress Wizfi360Module::staGateway()
{
    if (m_cur.dhcp & 2)
        return wifi().isJoined() ? wifi().gateway() : QHostAddress();
    return m_cur.sta.gateway;
}

QHostAddress Wizfi360Module::staNetmask()
{
    if (m_cur.dhcp & 2)
        return wifi().isJoined() ? wifi().netmask() : QHostAddress();
    return m_cur.sta.netmask;
}

QHostAddress Wizfi360Module::apIp() const
{
    return m_cur.ap.ip;
}

namespace {

// <ip>[,<gateway>,<netmask>]: "To use <gateway>, <netmask> must be set".
bool ipConfig(const Wizfi360Module::Cmd &cmd, QHostAddress *ipAddress, QHostAddress *gateway,
              QHostAddress *netmask)
{
    if (cmd.params.size() != 1 && cmd.params.size() != 3)
        return false;
    if (!ip(cmd, 0, ipAddress))
        return false;
    if (cmd.params.size() == 3)
        return ip(cmd, 1, gateway) && ip(cmd, 2, netmask);
    *gateway = QHostAddress(subnetOf(*ipAddress) + 1);
    *netmask = QHostAddress(QStringLiteral("255.255.255.0"));
    return true;
}

} // namespace

void Wizfi360Module::cmdCipsta(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        QHostAddress a = staIp();
        QHostAddress g = staGateway();
        QHostAddress n = staNetmask();
        if (cmd.store == Store::Def) {
            a = m_flash.s.sta.ip;
            g = m_flash.s.sta.gateway;
            n = m_flash.s.sta.netmask;
        }
        line(cmd.prefix() + "ip:" + quoted(ipText(a)));
        line(cmd.prefix() + "gateway:" + quoted(ipText(g)));
        line(cmd.prefix() + "netmask:" + quoted(ipText(n)));
        return ok();
    }
    IpConfig c;
    if (cmd.form != Form::Set || !ipConfig(cmd, &c.ip, &c.gateway, &c.netmask) || !stationOn())
        return error();
    // A static address switches the station's DHCP client off (the last setting wins).
    store(cmd, [&c](Settings &s) {
        s.sta = c;
        s.dhcp &= ~2;
    });
    ok();
}

void Wizfi360Module::cmdCipap(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        const IpConfig &c = cmd.store == Store::Def ? m_flash.s.ap : m_cur.ap;
        line(cmd.prefix() + "ip:" + quoted(ipText(c.ip)));
        line(cmd.prefix() + "gateway:" + quoted(ipText(c.gateway)));
        line(cmd.prefix() + "netmask:" + quoted(ipText(c.netmask)));
        return ok();
    }
    IpConfig c;
    if (cmd.form != Form::Set || !ipConfig(cmd, &c.ip, &c.gateway, &c.netmask) || !apOn())
        return error();
    const quint32 first = c.ip.toIPv4Address() >> 24;
    if (first < 192 || first > 223)
        return error(); // "WizFi360 only supports class C IP addresses"
    store(cmd, [&c](Settings &s) { s.ap = c; });
    ok();
}
