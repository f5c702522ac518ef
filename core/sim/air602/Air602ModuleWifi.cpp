#include "Air602Module.h"

// Wi-Fi: join/create (WJOIN), leave, scan, link status, soft AP, station list, one-shot, WPS.

namespace {
constexpr int JoinMs = 250;     // association, key exchange and DHCP
constexpr int JoinFailMs = 500; // the key exchange gives up
constexpr int ScanMs = 400;     // a scan over the allowed channels
constexpr int SoftApRssi = 30;  // WJOIN's rssi for the own soft AP, as in §2.2.3.8

QByteArray num(int v)
{
    return QByteArray::number(v);
}
} // namespace

std::optional<WorldAccessPoint::Security> Air602Module::securityOf(int encry)
{
    using S = WorldAccessPoint::Security;
    switch (encry) {
    case 0:
        return S::Open;
    case 1:
    case 2:
        return S::Wep;
    case 3:
    case 4:
        return S::WpaPsk;
    case 5:
    case 6:
        return S::Wpa2Psk;
    default:
        return std::nullopt;
    }
}

bool Air602Module::networkUp() const
{
    auto &self = const_cast<Air602Module &>(*this);
    return self.wifi().isJoined() || self.wifi().accessPointRunning() || m_adhocUp;
}

void Air602Module::networkDown()
{
    wifi().leave();
    wifi().stopAccessPoint();
    m_adhocUp = false;
    closeAllSockets();
    mqtt().disconnectFromBroker();
    m_mqttConnecting = false;
}

bool Air602Module::stationAllowed(const WorldAccessPoint &ap) const
{
    if (m_ram.bssidMode == 1 && hexMac(ap.bssid, false) != m_ram.bssid)
        return false;
    if (m_ram.chlMode == 1 && ap.channel != m_ram.chl)
        return false;
    return ap.channel >= 1 && ap.channel <= 14 && (m_ram.chll & (1 << (ap.channel - 1)));
}

bool Air602Module::wifiCommand(const Command &c)
{
    const QByteArray &n = c.name;
    if (n == "WJOIN") {
        if (c.op != Op::None)
            return error(-3), true;
        join();
    } else if (n == "WLEAV") {
        // §3.6 uses AT+WLEAV=2 for the soft AP (Luat firmware: region 2 = AP).
        int which = 0;
        if (c.op == Op::Query ||
            (c.set() && (c.params.size() != 1 || !parseInt(c.params[0], &which, 0, 3))))
            return error(c.op == Op::Query ? -3 : -4), true;
        if (which == 2) {
            wifi().stopAccessPoint();
        } else {
            wifi().leave();
            m_adhocUp = false;
        }
        if (!networkUp())
            networkDown();
        ok();
    } else if (n == "WSCAN") {
        if (c.op != Op::None)
            return error(-3), true;
        scan();
    } else if (n == "LKSTT" || n == "APLKSTT") {
        if (!c.query())
            return error(-3), true;
        okValue(linkStatus(n == "APLKSTT"));
    } else if (n == "SLIST") {
        if (!c.query())
            return error(-3), true;
        okValue("0"); // no station of the world ever joins the module's soft AP
    } else if (n == "ONESHOT") {
        int on = 0;
        if (!c.set())
            return error(-3), true;
        if (c.params.size() != 1 || !parseInt(c.params[0], &on, 0, 1))
            return error(-4), true;
        ok(); // no phone app sends credentials to the simulator
    } else if (n == "WWPS") {
        if (!c.set())
            return error(-3), true;
        const QByteArray mode = c.params.value(0).toLower();
        if (mode == "get_pin") {
            // Luat firmware: "+OK=<pin>"; the PIN is derived from the MAC like a real one.
            quint32 pin =
                quint32(hexMac(world().stationMac, false).right(6).toUInt(nullptr, 16)) % 10000000;
            int sum = 0;
            for (quint32 p = pin, i = 0; i < 7; ++i, p /= 10)
                sum += int(p % 10) * (i % 2 == 0 ? 3 : 1);
            okValue(QByteArray::number(pin * 10 + quint32((10 - sum % 10) % 10))
                        .rightJustified(8, '0'));
        } else if (mode == "set_pin" && c.params.size() == 2 && c.params[1].size() == 8 &&
                   isHex(c.params[1])) {
            ok();
        } else if ((mode == "start_pin" || mode == "start_pbc") && c.params.size() == 1) {
            ok(); // no access point of the world runs WPS: nothing joins
        } else {
            error(-4);
        }
    } else {
        return false;
    }
    return true;
}

void Air602Module::join()
{
    const int mode = m_ram.wprt;
    const auto staReply = [this](int type) {
        const WorldAccessPoint *ap = wifi().joinedAccessPoint();
        return hexMac(ap->bssid, false) + ',' + num(type) + ',' + num(ap->channel) + ',' +
               num(ap->security == WorldAccessPoint::Security::Open ? 0 : 1) + ",\"" + ap->ssid +
               "\"," + num(-wifi().currentRssi());
    };
    const auto apReply = [this]() {
        return hexMac(world().apMac, false) + ",2," + num(wifi().accessPointChannel()) + ',' +
               num(m_ram.apEncry ? 1 : 0) + ",\"" + m_ram.apSsid + "\"," + num(SoftApRssi);
    };
    const auto adhocReply = [this]() {
        return hexMac(world().stationMac, false) + ",1," + num(m_ram.chlMode ? m_ram.chl : 1) +
               ',' + num(m_ram.encry ? 1 : 0) + ",\"" + m_ram.ssid + "\"," + num(SoftApRssi);
    };
    // Already connected or created: the link information at once (§2.2.3.4).
    if ((mode == 0 && wifi().isJoined()) ||
        (mode == 3 && wifi().isJoined() && wifi().accessPointRunning())) {
        okValue(staReply(mode));
        return;
    }
    if (mode == 2 && wifi().accessPointRunning()) {
        okValue(apReply());
        return;
    }
    if (mode == 1 && m_adhocUp) {
        okValue(adhocReply());
        return;
    }

    const auto startAp = [this]() {
        const int encry = m_ram.apEncry;
        const QByteArray &key = m_ram.apKey;
        const bool hex = m_ram.apKeyFormat == 0;
        bool keyOk = true;
        if (encry == 1)
            keyOk = key.size() == (hex ? 10 : 5);
        else if (encry == 2)
            keyOk = key.size() == (hex ? 26 : 13);
        else if (encry >= 3)
            keyOk = hex ? key.size() == 64 : key.size() >= 8 && key.size() <= 63;
        if (m_ram.apSsid.isEmpty() || !keyOk)
            return false;
        wifi().startAccessPoint(m_ram.apSsid, key, m_ram.apChlMode ? m_ram.apChl : 11,
                                *securityOf(encry));
        return true;
    };

    m_processing = true;
    if (mode == 0 || mode == 3) {
        const WorldAccessPoint *ap = world().findAccessPoint(m_ram.ssid);
        // The firmware detects the network's security itself (the manual's examples never set
        // AT+ENCRY); a wrong key fails only after the key exchange has timed out.
        const bool allowed = ap && stationAllowed(*ap);
        const bool keyOk =
            ap && (ap->security == WorldAccessPoint::Security::Open || ap->passphrase == m_ram.key);
        wifi().leave();
        later(allowed && keyOk ? JoinMs : JoinFailMs, [this, mode, allowed, staReply, startAp] {
            finishBusy();
            wifi().setStaticAddress(m_ram.nip.type == 1 ? m_ram.nip.ip : QHostAddress());
            if (!allowed || wifi().join(m_ram.ssid, m_ram.key) != SimWifi::JoinResult::Joined) {
                if (!networkUp())
                    networkDown();
                error(-10);
                return;
            }
            if (mode == 3)
                startAp();
            okValue(staReply(mode));
        });
    } else if (mode == 2) {
        later(JoinMs, [this, apReply, startAp] {
            finishBusy();
            if (!startAp()) {
                error(-10);
                return;
            }
            okValue(apReply());
        });
    } else {
        // Ad-hoc: no IBSS exists in the world; with AT+WATC=1 the module creates its own.
        later(JoinFailMs, [this, adhocReply] {
            finishBusy();
            if (m_ram.watc != 1 || m_ram.ssid.isEmpty()) {
                error(-10);
                return;
            }
            m_adhocUp = true;
            okValue(adhocReply());
        });
    }
}

void Air602Module::scan()
{
    if (m_ram.wprt == 2) {
        error(-5); // valid only as STA (§2.2.3.6)
        return;
    }
    m_processing = true;
    later(ScanMs, [this] {
        finishBusy();
        QByteArray out;
        for (const SimWifi::ScanEntry &e : wifi().scan()) {
            const WorldAccessPoint &ap = *e.ap;
            if (ap.channel < 1 || ap.channel > 14 || !(m_ram.chll & (1 << (ap.channel - 1))))
                continue;
            out += (out.isEmpty() ? QByteArray("+OK=") : QByteArray()) + hexMac(ap.bssid, true) +
                   ",2," + num(ap.channel) + ',' +
                   num(ap.security == WorldAccessPoint::Security::Open ? 0 : 1) + ",\"" + e.ssid +
                   "\"," + num(-e.rssi) + "\r\n";
        }
        if (out.isEmpty())
            ok();
        else
            sayFinal(out + "\r\n");
    });
}

QByteArray Air602Module::linkStatus(bool ap) const
{
    auto &self = const_cast<Air602Module &>(*this);
    const auto quoted = [](const QHostAddress &a) { return '"' + ipText(a) + '"'; };
    if (ap) {
        if (!self.wifi().accessPointRunning())
            return "0";
        const IpConfig &c = m_ram.apNip;
        return "1," + quoted(c.ip) + ',' + quoted(c.netmask) + ',' + quoted(c.gateway) + ',' +
               quoted(c.dns) + ',' + quoted(QHostAddress());
    }
    if (!self.wifi().isJoined())
        return "0";
    if (m_ram.nip.type == 1) {
        const IpConfig &c = m_ram.nip;
        return "1," + quoted(self.wifi().address()) + ',' + quoted(c.netmask) + ',' +
               quoted(c.gateway) + ',' + quoted(c.dns) + ',' + quoted(QHostAddress());
    }
    const QList<QHostAddress> dns = self.wifi().dns();
    return "1," + quoted(self.wifi().address()) + ',' + quoted(self.wifi().netmask()) + ',' +
           quoted(self.wifi().gateway()) + ',' + quoted(dns.value(0)) + ',' + quoted(dns.value(1));
}
