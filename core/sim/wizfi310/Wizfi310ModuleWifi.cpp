#include "Wizfi310Module.h"

#include <algorithm>
#include <cctype>
#include <optional>

// WiFi commands (manual §WiFi Commands): AT+WSET, AT+WSET2, AT+WSEC, AT+WNET, AT+WJOIN,
// AT+WLEAVE, AT+WSCAN, AT+WSTAT, AT+WWPS, AT+WADNS.

namespace {
using Security = WorldAccessPoint::Security;

// Station join, soft AP start and scan take a short, realistic time.
constexpr int kJoinMs = 250;
constexpr int kJoinFailMs = 400;
constexpr int kApStartMs = 150;
constexpr int kScanMs = 200;
constexpr int kWpsWalkMs = 1000;

const char *const kSecTypes[] = {"", "OPEN", "WEP", "WPA", "WPAAES", "WPA2AES", "WPA2TKIP", "WPA2"};

bool allHex(const QByteArray &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char ch) {
        return std::isxdigit(static_cast<unsigned char>(ch)) != 0;
    });
}

std::optional<Security> securityOf(const QByteArray &secType)
{
    if (secType.isEmpty())
        return std::nullopt; // "WiFi Auto Security"
    if (secType == "OPEN")
        return Security::Open;
    if (secType == "WEP")
        return Security::Wep;
    if (secType == "WPA" || secType == "WPAAES")
        return Security::WpaPsk;
    return Security::Wpa2Psk; // WPA2AES, WPA2TKIP, WPA2 (mixed)
}

// The scan's Security column, in the words WIZnet's drivers read ([V]).
QByteArray securityWord(Security s)
{
    switch (s) {
    case Security::Open:
        return "Open";
    case Security::Wep:
        return "WEP";
    case Security::WpaPsk:
        return "WPA";
    case Security::Wpa2Psk:
        return "WPA2";
    case Security::WpaWpa2Psk:
        return "WPAWPA2";
    case Security::Wpa3Sae:
        return "WPA3";
    case Security::Enterprise:
        return "WPA2ENT";
    }
    return "Open";
}

QByteArray maxRate(Security s)
{
    // 802.11n (HT20, short GI, 2 streams) needs CCMP; legacy security caps the rate at 54.
    return s == Security::Open || s == Security::Wep || s == Security::WpaPsk ? "54.0" : "144.4";
}
} // namespace

bool Wizfi310Module::networkUp()
{
    return wifi().isJoined() || wifi().accessPointRunning();
}

QHostAddress Wizfi310Module::ownAddress()
{
    if (wifi().isJoined())
        return wifi().address();
    if (wifi().accessPointRunning())
        return m_apAddress;
    return {};
}

QHostAddress Wizfi310Module::ownGateway()
{
    if (wifi().isJoined()) {
        QHostAddress gw;
        if (!m_cfg.dhcp && parseIpv4(m_cfg.gateway, &gw))
            return gw;
        return wifi().gateway();
    }
    if (wifi().accessPointRunning())
        return m_apAddress; // the soft AP is its own gateway
    return {};
}

QByteArray Wizfi310Module::wsetQuery() const
{
    const WifiSide &w = m_cfg.wifiMode == 1 ? m_cfg.ap : m_cfg.sta;
    return QByteArray::number(m_cfg.wifiMode) + ',' + w.ssid + ',' +
           (w.bssid.isEmpty() ? QByteArray("00:00:00:00:00:00") : w.bssid) + ',' +
           QByteArray::number(w.channel);
}

QByteArray Wizfi310Module::wsecQuery() const
{
    const WifiSide &w = m_cfg.wifiMode == 1 ? m_cfg.ap : m_cfg.sta;
    return QByteArray::number(m_cfg.wifiMode) + ',' + w.secType + ',' + w.key;
}

QByteArray Wizfi310Module::wnetQuery() const
{
    return QByteArray(m_cfg.dhcp ? "1" : "0") + ',' + m_cfg.ip + ',' + m_cfg.netmask + ',' +
           m_cfg.gateway;
}

void Wizfi310Module::cmdWset(const Cmd &c)
{
    // AT+WSET=<WiFiMode>,<SSID>[,<BSSID>][,<Channel>]
    if (c.query) {
        out(wsetQuery() + "\r\n");
        ok();
        return;
    }
    int mode = 0;
    int channel = 0;
    const QByteArray ssid = c.arg(1);
    const QByteArray bssid = c.arg(2);
    if (!c.hasArgs || c.count() < 2 || c.count() > 4 || !parseInt(c.arg(0), &mode, 0, 1) ||
        ssid.isEmpty() || ssid.size() > 32 || (!bssid.isEmpty() && !isMac(bssid)) ||
        (!c.arg(3).isEmpty() && !parseInt(c.arg(3), &channel, 1, 14))) {
        fail(Err::InvalidInput);
        return;
    }
    WifiSide &w = mode == 1 ? m_cfg.ap : m_cfg.sta;
    w.ssid = ssid;
    // AP: the BSSID is "not used", the channel defaults to 6.
    w.bssid = mode == 1 ? QByteArray() : bssid.toUpper();
    w.channel = mode == 1 && channel == 0 ? 6 : channel;
    m_cfg.wifiMode = mode;
    // Saved to the profile at once (manual).
    m_saved.wifiMode = mode;
    (mode == 1 ? m_saved.ap : m_saved.sta) = w;
    ok();
}

void Wizfi310Module::cmdWset2(const Cmd &c)
{
    // AT+WSET2=<WiFiMode>,<SSID>: the SSID is the rest of the line (it may hold ',' and '"').
    if (c.query) {
        const WifiSide &w = m_cfg.wifiMode == 1 ? m_cfg.ap : m_cfg.sta;
        out(QByteArray::number(m_cfg.wifiMode) + ',' + w.ssid + ',' +
            (w.bssid.isEmpty() ? QByteArray("00:00:00:00:00:00") : w.bssid) + ',' +
            QByteArray::number(w.ssid.size()) + "\r\n");
        ok();
        return;
    }
    const qsizetype comma = c.rest.indexOf(',');
    int mode = 0;
    const QByteArray ssid = comma < 0 ? QByteArray() : c.rest.mid(comma + 1);
    // 32 is the 802.11 limit in bytes (the manual says "characters"; UTF-8 bytes are counted).
    if (!c.hasArgs || comma < 0 || !parseInt(c.rest.left(comma), &mode, 0, 1) || ssid.isEmpty() ||
        ssid.size() > 32) {
        fail(Err::InvalidInput);
        return;
    }
    WifiSide &w = mode == 1 ? m_cfg.ap : m_cfg.sta;
    w.ssid = ssid;
    w.bssid.clear();
    w.channel = mode == 1 ? 6 : 0;
    m_cfg.wifiMode = mode;
    m_saved.wifiMode = mode;
    (mode == 1 ? m_saved.ap : m_saved.sta) = w;
    ok();
}

void Wizfi310Module::cmdWsec(const Cmd &c)
{
    // AT+WSEC=<WiFiMode>,[<SecType>],<Key>: the key is the rest of the line ([F250]).
    if (c.query) {
        out(wsecQuery() + "\r\n");
        ok();
        return;
    }
    const qsizetype first = c.rest.indexOf(',');
    const qsizetype second = first < 0 ? -1 : c.rest.indexOf(',', first + 1);
    int mode = 0;
    if (!c.hasArgs || second < 0 || !parseInt(c.rest.left(first), &mode, 0, 1)) {
        fail(Err::InvalidInput);
        return;
    }
    const QByteArray sec = c.rest.mid(first + 1, second - first - 1).toUpper();
    const QByteArray key = c.rest.mid(second + 1);
    const bool known = std::any_of(std::begin(kSecTypes), std::end(kSecTypes),
                                   [&](const char *t) { return sec == t; });
    // "WEP (* Not support at SoftAP mode)".
    if (!known || (mode == 1 && sec == "WEP")) {
        fail(Err::InvalidInput);
        return;
    }
    bool keyOk = true;
    if (sec.isEmpty()) {
        // Auto security needs at least 8 bytes (a 5-byte WEP key in hex, a dummy for OPEN).
        keyOk = key.size() >= 8 && key.size() <= 64;
    } else if (sec == "WEP") {
        keyOk = key.size() == 5 || key.size() == 13 ||
                ((key.size() == 10 || key.size() == 26) && allHex(key));
    } else if (sec != "OPEN") {
        keyOk = (key.size() >= 8 && key.size() <= 63) || (key.size() == 64 && allHex(key));
    }
    if (!keyOk) {
        // "Invalid inputs return [ERROR]" (manual §AT Command Set; the key rules marked (X)).
        fail(Err::Error);
        return;
    }
    WifiSide &w = mode == 1 ? m_cfg.ap : m_cfg.sta;
    w.secType = sec;
    w.key = key;
    m_cfg.wifiMode = mode;
    m_saved.wifiMode = mode;
    (mode == 1 ? m_saved.ap : m_saved.sta) = w;
    ok();
}

void Wizfi310Module::cmdWnet(const Cmd &c)
{
    // AT+WNET=[<DHCP>][,<IP>][,<SN>][,<GW>]: every field optional, empty keeps the stored one.
    if (c.query) {
        out(wnetQuery() + "\r\n");
        ok();
        return;
    }
    int dhcp = m_cfg.dhcp ? 1 : 0;
    QHostAddress a;
    if (!c.hasArgs || c.count() > 4 || (!c.arg(0).isEmpty() && !parseInt(c.arg(0), &dhcp, 0, 1))) {
        fail(Err::InvalidInput);
        return;
    }
    for (int i = 1; i < 4; ++i) {
        if (!c.arg(i).isEmpty() && !parseIpv4(c.arg(i), &a)) {
            fail(Err::InvalidInput);
            return;
        }
    }
    m_cfg.dhcp = dhcp == 1;
    if (!c.arg(1).isEmpty())
        m_cfg.ip = c.arg(1);
    if (!c.arg(2).isEmpty())
        m_cfg.netmask = c.arg(2);
    if (!c.arg(3).isEmpty())
        m_cfg.gateway = c.arg(3);
    ok();
}

void Wizfi310Module::cmdWjoin(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    // "Already Associated : (Mode)" then [OK]; the mode texts as the firmware prints them.
    if (wifi().isJoined()) {
        out("Already Associated : Station Mode\r\n");
        ok();
        return;
    }
    if (wifi().accessPointRunning()) {
        out("Already Started : AP Mode\r\n");
        ok();
        return;
    }
    startJoin(true);
}

void Wizfi310Module::startJoin(bool fromCommand)
{
    const int mode = m_cfg.wifiMode;
    const WifiSide w = mode == 1 ? m_cfg.ap : m_cfg.sta;
    // WIZnet's WizFi310 quick start guide shows "Joining : <SSID>" and, once associated,
    // "Successfully joined : <SSID>" before the Link-Up event (the soft AP only the first).
    out("Joining : " + w.ssid + "\r\n");
    if (fromCommand)
        beginAsync();
    if (mode == 1) {
        later(kApStartMs, [this, w, fromCommand] {
            wifi().startAccessPoint(w.ssid, w.key, w.channel,
                                    securityOf(w.secType).value_or(Security::Wpa2Psk));
            // In AP mode the <IP> of AT+WNET is the module's own address (DHCP server side).
            QHostAddress own;
            if (!parseIpv4(m_cfg.ip, &own))
                own = QHostAddress(QStringLiteral("192.168.12.1"));
            m_apAddress = own;
            linkUp(own, own, fromCommand);
        });
        return;
    }
    QHostAddress staticIp;
    wifi().setStaticAddress(!m_cfg.dhcp && parseIpv4(m_cfg.ip, &staticIp) ? staticIp
                                                                          : QHostAddress());
    const WorldAccessPoint *ap = world().findAccessPoint(w.ssid);
    bool reachable = ap != nullptr;
    if (ap && !w.bssid.isEmpty() && ap->bssid.toUpper() != w.bssid)
        reachable = false;
    if (ap && w.channel != 0 && ap->channel != w.channel)
        reachable = false;
    QByteArray key = w.key;
    if (ap && ap->security == Security::Wep && (key.size() == 10 || key.size() == 26) &&
        allHex(key))
        key = QByteArray::fromHex(key); // a WEP key given in hex
    SimWifi::JoinResult result = SimWifi::JoinResult::NoSuchNetwork;
    if (reachable)
        result = wifi().join(w.ssid, key, securityOf(w.secType));
    if (result != SimWifi::JoinResult::Joined) {
        wifi().leave();
        // [F250]: a failed join ends in [ERROR] without a reason, and no link event.
        later(kJoinFailMs, [this, fromCommand] {
            if (fromCommand) {
                fail(Err::Error);
                endAsync();
            }
        });
        return;
    }
    // The radio is associated now; the host hears about it after the handshake and DHCP.
    const QByteArray ssid = w.ssid;
    later(kJoinMs, [this, ssid, fromCommand] {
        if (!wifi().isJoined())
            return;
        out("Successfully joined : " + ssid + "\r\n");
        linkUp(wifi().address(), ownGateway(), fromCommand);
    });
}

void Wizfi310Module::linkUp(const QHostAddress &ip, const QHostAddress &gateway, bool fromCommand)
{
    // Event d: "[Link-Up Event]" with the IP Addr and Gateway lines, spaced as the manual's
    // AT+WJOIN response prints them.
    event(3, "[Link-Up Event]",
          "IP Addr    : " + ip.toString().toLatin1() +
              "\r\nGateway   : " + gateway.toString().toLatin1() + "\r\n");
    if (fromCommand) {
        ok();
        endAsync();
    }
    // A socket stored as a service opens once Wi-Fi is up (manual §AT+SCON "AS SERVICE").
    if (m_cfg.service) {
        later(50, [this] {
            Err e = Err::Error;
            openSocket(m_cfg.serviceScon, false, &e);
        });
    }
}

void Wizfi310Module::dropLink()
{
    // [F250]: leaving closes every socket and stops MQTT.
    const QList<int> ids = m_socks.keys();
    for (int id : ids)
        closeSocket(id, true);
    if (m_mqttUp) {
        m_mqttUp = false;
        mqtt().disconnectFromBroker();
        event(10, "[MQTT DISCONNECT]");
    }
    wifi().leave();
    wifi().stopAccessPoint();
    m_wifiPs = false;
}

void Wizfi310Module::cmdWleave(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    if (!networkUp()) {
        ok(); // [F250]: nothing running, only [OK]
        return;
    }
    dropLink();
    event(4, "[Link-Down Event]");
    ok();
}

void Wizfi310Module::cmdWscan(const Cmd &c)
{
    // AT+WSCAN, AT+WSCAN=? (everything, [F250]) or AT+WSCAN=[<SSID>][,<BSSID>][,<Channel>]
    // [,<dwell ms>] (the 4th, undocumented, is what WIZnet's mbed driver sends; 50..1000).
    QByteArray ssid;
    QByteArray bssid;
    int channel = 0;
    if (c.hasArgs && !c.query) {
        int dwell = 0;
        ssid = c.arg(0);
        bssid = c.arg(1).toUpper();
        if (c.count() > 4 || ssid.size() > 32 || (!bssid.isEmpty() && !isMac(bssid)) ||
            (!c.arg(2).isEmpty() && !parseInt(c.arg(2), &channel, 1, 14)) ||
            (!c.arg(3).isEmpty() && !parseInt(c.arg(3), &dwell, 50, 1000))) {
            fail(Err::InvalidInput);
            return;
        }
    }
    beginAsync();
    later(kScanMs, [this, ssid, bssid, channel] {
        QByteArray text = "Index/SSID/BSSID/RSSI(-dBm)/MaxDataRate(Mbps)/Security/RadioBand(GHz)/"
                          "Channel\r\n";
        int index = 0;
        for (const SimWifi::ScanEntry &e : wifi().scan()) {
            const WorldAccessPoint &ap = *e.ap;
            if (!ssid.isEmpty() && ap.ssid != ssid)
                continue; // a directed probe also finds a hidden network by its name
            if (!bssid.isEmpty() && ap.bssid.toUpper() != bssid)
                continue;
            if (channel != 0 && ap.channel != channel)
                continue;
            const QByteArray shown = ssid.isEmpty() ? e.ssid : ap.ssid;
            text += QByteArray::number(++index).rightJustified(3, '0') + '/' + shown + '/' +
                    ap.bssid.toUpper() + '/' + QByteArray::number(qAbs(e.rssi)) + '/' +
                    maxRate(ap.security) + '/' + securityWord(ap.security) + "/2.4/" +
                    QByteArray::number(ap.channel) + "\r\n";
        }
        out(text);
        ok();
        endAsync();
    });
}

void Wizfi310Module::cmdWstat(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    // Rows as WIZnet's drivers read them ([V]): IF/SSID/IP/Gateway/MAC/TxPower/RSSI with an
    // empty TxPower (the mbed driver expects "//" before the RSSI) and the RSSI without sign
    // (the header says -dBm; the Arduino driver negates it).
    QByteArray row;
    if (wifi().isJoined()) {
        row = "STA/" + wifi().joinedAccessPoint()->ssid + '/' +
              wifi().address().toString().toLatin1() + '/' + ownGateway().toString().toLatin1() +
              '/' + m_cfg.mac + "//" + QByteArray::number(qAbs(wifi().currentRssi()));
    } else if (wifi().accessPointRunning()) {
        row = "AP/" + wifi().accessPointSsid() + '/' + m_apAddress.toString().toLatin1() + '/' +
              m_apAddress.toString().toLatin1() + '/' + upperMac(world().apMac) + "//";
    } else {
        row = "Down////" + m_cfg.mac + "//";
    }
    out("IF/SSID/IP-Addr/Gateway/MAC/TxPower(dBm)/RSSI(-dBm)\r\n" + row + "\r\n");
    ok();
}

void Wizfi310Module::cmdWwps(const Cmd &c)
{
    // AT+WWPS=<0 PBC|1 PIN>[,<PIN, up to 8 digits>]
    int mode = 0;
    int pin = 0;
    if (!c.hasArgs || c.query || c.count() > 2 || !parseInt(c.arg(0), &mode, 0, 1) ||
        (mode == 1 && (c.arg(1).size() > 8 || !parseInt(c.arg(1), &pin, 0, 99999999))) ||
        (mode == 0 && !c.arg(1).isEmpty())) {
        fail(Err::InvalidInput);
        return;
    }
    if (networkUp()) {
        fail(Err::Error); // [F250]: not while associated
        return;
    }
    // No access point of the world runs a WPS registrar: the walk ends without a partner.
    beginAsync();
    later(kWpsWalkMs, [this] {
        fail(Err::Error);
        endAsync();
    });
}

void Wizfi310Module::cmdWadns(const Cmd &c)
{
    // AT+WADNS=<DNS1>[,<DNS2>]; [F250] also answers =? with "<dns1>,<dns2>".
    if (c.query) {
        out(m_cfg.dns1 + ',' + m_cfg.dns2 + "\r\n");
        ok();
        return;
    }
    QHostAddress a;
    if (!c.hasArgs || c.count() > 2 || !parseIpv4(c.arg(0), &a) ||
        (!c.arg(1).isEmpty() && !parseIpv4(c.arg(1), &a))) {
        fail(Err::InvalidInput);
        return;
    }
    m_cfg.dns1 = c.arg(0);
    if (!c.arg(1).isEmpty())
        m_cfg.dns2 = c.arg(1);
    ok();
}
