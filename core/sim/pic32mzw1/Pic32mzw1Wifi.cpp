// PIC32MZW1 AnyCloud: scanning (+WSCNC/+WSCNA/+WSCNP), station (+WSTAC/+WSTA) and soft AP
// (+WAPC/+WAP), with the firmware's AEC shapes (digest 2.7: no ASSOC_ID anywhere).
#include "Pic32mzw1Module.h"

namespace {

// Sim timings: short, but long enough that the OK always comes first.
constexpr int ActiveScanMs = 120;
constexpr int PassiveScanMs = 200;
constexpr int AssociateMs = 150;
constexpr int DhcpMs = 60;
constexpr int LinkDownMs = 30;
// [FW] a failed join is reported only when AT+WSTA=1,<timeout> gave a timeout; the sim reports
// it in every case, after the given timeout (at most 1 s) or this long.
constexpr int JoinFailureMs = 500;
constexpr int JoinFailureMaxMs = 1000;

using Security = WorldAccessPoint::Security;

// +WSCNIND SEC_TYPE: 0 open, 1 WEP, 2 WPA(/WPA2) personal, 3 WPA2 personal, 4 enterprise.
int secType(Security s)
{
    switch (s) {
    case Security::Open:
        return 0;
    case Security::Wep:
        return 1;
    case Security::WpaPsk:
    case Security::WpaWpa2Psk:
        return 2;
    case Security::Wpa2Psk:
        return 3;
    case Security::Wpa3Sae:
    case Security::Enterprise:
        return 4;
    }
    return 0;
}

QByteArray macBytes(const QByteArray &mac)
{
    return QByteArray::fromHex(QByteArray(mac).replace(":", ""));
}

} // namespace

// ---- scanning ----

int Pic32mzw1Module::cmdWscnc(const Params &p)
{
    return confCommand("+WSCNC", m_wscnc, 2, p, false);
}

int Pic32mzw1Module::cmdWscna(const Params &p)
{
    return startScan(p, true);
}

int Pic32mzw1Module::cmdWscnp(const Params &p)
{
    return startScan(p, false);
}

int Pic32mzw1Module::startScan(const Params &p, bool active)
{
    if (p.isEmpty() || p.size() > 2)
        return WrongParamCount;
    if (!p[0].isInt() || (p.size() == 2 && !p[1].isString()))
        return InvalidParameter;
    const QByteArray filter = p.size() == 2 ? p[1].bytes : QByteArray();
    if (filter.size() > 32)
        return InvalidParameter;
    const int channel = int(p[0].i);
    if (channel != 255 && (channel < 1 || channel > 13))
        return InvalidParameter;
    if (m_scanning)
        return WifiRequestFailed; // the driver refuses a second scan
    m_scanning = true;
    later(active ? ActiveScanMs : PassiveScanMs, [this, active, channel, filter] {
        m_scanning = false;
        for (const SimWifi::ScanEntry &e : wifi().scan()) {
            if (channel != 255 && e.ap->channel != channel)
                continue;
            QByteArray ssid = e.ssid;
            // An active scan for a name makes a hidden network answer its probe.
            if (active && !filter.isEmpty() && e.ap->hidden && e.ap->ssid == filter)
                ssid = e.ap->ssid;
            if (!filter.isEmpty() && ssid != filter)
                continue;
            aec("+WSCNIND:" + QByteArray::number(e.rssi) + ',' +
                QByteArray::number(secType(e.ap->security)) + ',' +
                QByteArray::number(e.ap->channel) + ',' + quotedMac(e.ap->bssid) + ',' +
                safeString(ssid));
        }
        aec(QByteArrayLiteral("+WSCNDONE"));
    });
    return Ok;
}

// ---- station ----

bool Pic32mzw1Module::staPrintState(const QByteArray &name, int id)
{
    // [FW] while the STA is on, IDs 4-10 and 12 read the connection state, not the settings.
    const QByteArray head = name + ':' + QByteArray::number(id) + ',';
    const bool dhcp = confI(m_wstac, 11) != 0;
    const auto ip = [&](int confId, const QHostAddress &leased) {
        if (!m_staHasIp)
            return quotedIp(QHostAddress(QHostAddress::AnyIPv4));
        return quotedIp(dhcp ? leased : confIpValue(m_wstac, confId));
    };
    const QList<QHostAddress> dns = wifi().dns();
    switch (id) {
    case 4:
        reply(head + QByteArray::number(m_staChannel));
        return true;
    case 5:
        reply(head + safeString(m_staBssid));
        return true;
    case 6:
        reply(head + ip(6, wifi().address()));
        return true;
    case 7:
        reply(head + ip(7, wifi().netmask()));
        return true;
    case 8:
        reply(head + ip(8, wifi().gateway()));
        return true;
    case 9:
        reply(head + ip(9, dns.value(0, QHostAddress(QHostAddress::AnyIPv4))));
        return true;
    case 10:
        reply(head + ip(10, dns.value(1, QHostAddress(QHostAddress::AnyIPv4))));
        return true;
    case 12:
        reply(head + quotedIp(QHostAddress(QHostAddress::AnyIPv4))); // no NTP server in the world
        return true;
    default:
        return false;
    }
}

int Pic32mzw1Module::cmdWstac(const Params &p)
{
    if (m_wstaState != 0 && p.size() <= 1) {
        if (p.isEmpty()) {
            for (int id = 1; id <= 15; ++id) {
                if (!staPrintState("+WSTAC", id))
                    confPrint("+WSTAC", m_wstac, id);
            }
            return Ok;
        }
        if (!p[0].isInt())
            return InvalidParameter;
        if (staPrintState("+WSTAC", int(p[0].i)))
            return Ok;
    }
    return confCommand("+WSTAC", m_wstac, 15, p, m_wstaState != 0);
}

int Pic32mzw1Module::cmdWsta(const Params &p)
{
    if (p.isEmpty()) {
        QByteArray line = "+WSTA:" + QByteArray::number(m_wstaState);
        if (m_wstaState != 0) {
            // RSSI is a placeholder the firmware always prints as 0.
            line +=
                ',' + safeString(confS(m_wstac, 1)) + ",0," + QByteArray::number(confI(m_wstac, 2));
        }
        reply(line);
        return Ok;
    }
    if (p.size() > 2)
        return WrongParamCount;
    for (const Param &x : p) {
        if (!x.isInt())
            return InvalidParameter;
    }
    switch (p[0].i) {
    case 0: {
        if (m_app != AppState::StaConnected)
            return StaDisconnectRefused;
        wifi().leave();
        m_app = AppState::Idle;
        m_wstaState = 0;
        m_staChannel = 0;
        m_staBssid.clear();
        m_staHasIp = false;
        const quint64 attempt = ++m_joinAttempt;
        later(LinkDownMs, [this, attempt] {
            if (attempt == m_joinAttempt)
                aec(QByteArrayLiteral("+WSTALD"));
        });
        return Ok;
    }
    case 1:
    case 2: {
        if (m_app == AppState::StaConnected || m_app == AppState::ApStarted)
            return StaConnectRefused;
        const QByteArray ssid = confS(m_wstac, 1);
        const QByteArray key = confS(m_wstac, 3);
        const qint64 sec = confI(m_wstac, 2);
        if (ssid.isEmpty())
            return InvalidParameter;
        if (sec == 1)
            return InvalidParameter; // WEP is not supported on PIC32MZW1
        if (sec == 2 || sec == 3) {
            if (key.size() < 8 || key.size() > 64)
                return InvalidParameter;
        } else if (sec != 0) {
            return InvalidParameter;
        }
        m_app = AppState::StaConnecting;
        m_wstaState = int(p[0].i);
        m_staChannel = 0;
        m_staBssid.clear();
        m_staHasIp = false;
        const quint64 attempt = ++m_joinAttempt;
        const int timeout = p.size() == 2 ? int(p[1].i) : 0;
        later(AssociateMs, [this, attempt, timeout] { joinFinished(attempt, timeout); });
        return Ok;
    }
    default:
        return InvalidParameter;
    }
}

void Pic32mzw1Module::joinFinished(quint64 attempt, int timeoutMs)
{
    if (attempt != m_joinAttempt || m_app != AppState::StaConnecting)
        return;
    const QByteArray ssid = confS(m_wstac, 1);
    const qint64 sec = confI(m_wstac, 2);
    const qint64 channel = confI(m_wstac, 4);
    const bool dhcp = confI(m_wstac, 11) != 0;
    const Security wanted = sec == 0   ? Security::Open
                            : sec == 2 ? Security::WpaWpa2Psk
                                       : Security::Wpa2Psk;
    const WorldAccessPoint *ap = world().findAccessPoint(ssid);
    SimWifi::JoinResult result = SimWifi::JoinResult::NoSuchNetwork;
    if (ap && (channel == 255 || channel == ap->channel)) {
        wifi().setStaticAddress(dhcp ? QHostAddress() : confIpValue(m_wstac, 6));
        result = wifi().join(ssid, confS(m_wstac, 3), wanted);
    }
    if (result != SimWifi::JoinResult::Joined) {
        const int wait = timeoutMs > 0 ? qMin(timeoutMs, JoinFailureMaxMs) : JoinFailureMs;
        later(qMax(0, wait - AssociateMs), [this, attempt] {
            if (attempt != m_joinAttempt || m_app != AppState::StaConnecting)
                return;
            m_app = AppState::Idle;
            m_wstaState = 0;
            aecStatus("+WSTA", StaConnectFailed);
        });
        return;
    }
    const WorldAccessPoint *joined = wifi().joinedAccessPoint();
    m_app = AppState::StaConnected;
    m_staChannel = joined->channel;
    m_staBssid = macBytes(joined->bssid);
    aec("+WSTALU:" + quotedMac(joined->bssid) + ',' + QByteArray::number(joined->channel));
    if (!dhcp) {
        m_staHasIp = true; // a static address brings no +WSTAAIP
        return;
    }
    later(DhcpMs, [this, attempt] {
        if (attempt != m_joinAttempt || m_app != AppState::StaConnected)
            return;
        m_staHasIp = true;
        aec("+WSTAAIP:" + quotedIp(wifi().address()));
    });
}

// ---- soft AP ----

int Pic32mzw1Module::cmdWapc(const Params &p)
{
    return confCommand("+WAPC", m_wapc, 11, p, m_app == AppState::ApStarted);
}

int Pic32mzw1Module::cmdWap(const Params &p)
{
    if (p.isEmpty()) {
        // No station of the world ever joins the soft AP, so no station fields follow.
        reply(m_app == AppState::ApStarted ? QByteArrayLiteral("+WAP:1")
                                           : QByteArrayLiteral("+WAP:0"));
        return Ok;
    }
    if (p.size() > 1)
        return WrongParamCount;
    if (!p[0].isInt())
        return InvalidParameter;
    switch (p[0].i) {
    case 0:
        if (m_app != AppState::ApStarted)
            return ApStopRefused;
        wifi().stopAccessPoint();
        m_app = AppState::Idle;
        return Ok;
    case 1: {
        if (m_app != AppState::Idle && m_app != AppState::ApStarted)
            return ApStartRefused;
        const QByteArray ssid = confS(m_wapc, 1);
        const QByteArray key = confS(m_wapc, 3);
        const qint64 sec = confI(m_wapc, 2);
        const qint64 channel = confI(m_wapc, 4);
        if (ssid.isEmpty() || channel < 1 || channel > 13)
            return InvalidParameter;
        Security security = Security::Open;
        if (sec == 1) {
            if (!key.contains('*'))
                return InvalidParameter; // "KEYINDEX*KEY"
            security = Security::Wep;
        } else if (sec == 2 || sec == 3) {
            if (key.size() < 8 || key.size() > 64)
                return InvalidParameter;
            security = Security::WpaWpa2Psk;
        } else if (sec == 4) {
            return UnsupportedSecurity;
        }
        wifi().startAccessPoint(ssid, key, int(channel), security);
        m_app = AppState::ApStarted;
        return Ok;
    }
    default:
        return InvalidParameter;
    }
}
