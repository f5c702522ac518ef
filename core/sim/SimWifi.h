#pragma once

#include "World.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <optional>

// The radio side of the virtual module: scans the world's access points (RSSI with jitter), joins
// one only with the right security and key, leases an address from the world's DHCP range, and
// runs a soft AP.
class SimWifi
{
public:
    enum class JoinResult { Joined, NoSuchNetwork, WrongKey, WrongSecurity };

    struct ScanEntry
    {
        const WorldAccessPoint *ap = nullptr;
        QByteArray ssid; // empty for a hidden network
        int rssi = 0;
    };

    explicit SimWifi(const World &world);

    QList<ScanEntry> scan();
    // `security` is what the host asked for, when the dialect's join names one.
    JoinResult join(const QByteArray &ssid, const QByteArray &key,
                    std::optional<WorldAccessPoint::Security> security = std::nullopt);
    void leave();
    bool isJoined() const { return m_joined != nullptr; }
    const WorldAccessPoint *joinedAccessPoint() const { return m_joined; }
    int currentRssi();
    QHostAddress address() const { return m_address; }
    QHostAddress gateway() const { return m_world.dhcp.gateway; }
    QHostAddress netmask() const { return m_world.dhcp.netmask; }
    QList<QHostAddress> dns() const { return m_world.dhcp.dns; }
    // A static address replaces the DHCP lease (while joined and after).
    void setStaticAddress(const QHostAddress &address) { m_static = address; }

    // Soft AP.
    void startAccessPoint(const QByteArray &ssid, const QByteArray &key, int channel,
                          WorldAccessPoint::Security security);
    void stopAccessPoint();
    bool accessPointRunning() const { return m_apRunning; }
    QByteArray accessPointSsid() const { return m_apSsid; }
    int accessPointChannel() const { return m_apChannel; }

    const World &world() const { return m_world; }

private:
    int jitter(const WorldAccessPoint &ap);

    const World &m_world;
    QRandomGenerator m_random;
    const WorldAccessPoint *m_joined = nullptr;
    QHostAddress m_address;
    QHostAddress m_static;
    quint32 m_nextLease = 0;
    bool m_apRunning = false;
    QByteArray m_apSsid;
    QByteArray m_apKey;
    int m_apChannel = 1;
    WorldAccessPoint::Security m_apSecurity = WorldAccessPoint::Security::Open;
};
