#include "SimWifi.h"

SimWifi::SimWifi(const World &world)
    : m_world(world)
    , m_random(world.seed)
{}

int SimWifi::jitter(const WorldAccessPoint &ap)
{
    if (ap.rssiJitter <= 0)
        return ap.rssi;
    return ap.rssi + int(m_random.bounded(2 * ap.rssiJitter + 1)) - ap.rssiJitter;
}

QList<SimWifi::ScanEntry> SimWifi::scan()
{
    QList<ScanEntry> out;
    for (const WorldAccessPoint &ap : m_world.accessPoints)
        out << ScanEntry{&ap, ap.hidden ? QByteArray() : ap.ssid, jitter(ap)};
    return out;
}

SimWifi::JoinResult SimWifi::join(const QByteArray &ssid, const QByteArray &key,
                                  std::optional<WorldAccessPoint::Security> security)
{
    leave();
    const WorldAccessPoint *ap = m_world.findAccessPoint(ssid);
    if (!ap)
        return JoinResult::NoSuchNetwork;
    using S = WorldAccessPoint::Security;
    if (security) {
        const bool psk = [](S s) {
            return s == S::WpaPsk || s == S::Wpa2Psk || s == S::WpaWpa2Psk;
        }(*security);
        const bool apPsk = ap->security == S::WpaPsk || ap->security == S::Wpa2Psk ||
                           ap->security == S::WpaWpa2Psk;
        // WPA and WPA2 personal interoperate in practice (mixed-mode APs); other mismatches fail.
        if (*security != ap->security && !(psk && apPsk))
            return JoinResult::WrongSecurity;
    }
    if (ap->security == S::Open) {
        if (security && *security != S::Open)
            return JoinResult::WrongSecurity;
    } else if (key != ap->passphrase) {
        return JoinResult::WrongKey;
    }
    m_joined = ap;
    const quint32 first = m_world.dhcp.first.toIPv4Address();
    const quint32 last = m_world.dhcp.last.toIPv4Address();
    const quint32 span = last >= first ? last - first + 1 : 1;
    m_address = m_static.isNull() ? QHostAddress(first + (m_nextLease++ % span)) : m_static;
    return JoinResult::Joined;
}

void SimWifi::leave()
{
    m_joined = nullptr;
    m_address = QHostAddress();
}

int SimWifi::currentRssi()
{
    return m_joined ? jitter(*m_joined) : 0;
}

void SimWifi::startAccessPoint(const QByteArray &ssid, const QByteArray &key, int channel,
                               WorldAccessPoint::Security security)
{
    m_apRunning = true;
    m_apSsid = ssid;
    m_apKey = key;
    m_apChannel = channel;
    m_apSecurity = security;
}

void SimWifi::stopAccessPoint()
{
    m_apRunning = false;
}
