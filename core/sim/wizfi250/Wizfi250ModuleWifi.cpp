// Wi-Fi commands of the WizFi250 module: station join with the firmware's retries, soft AP, scan,
// status, and the radio features the simulation does not have (WPS, Wi-Fi Direct, u.FL antenna).
#include "Wizfi250Module.h"

#include "Wizfi250Params.h"

#include <cctype>

using namespace Wizfi250Params;

namespace {

using Security = WorldAccessPoint::Security;

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

// [F] (WICED): the security column of a scan row.
QByteArray scanSecurity(Security s)
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
        return "WPA2-Mixed";
    default:
        return "Unknown"; // WPA3 and enterprise are beyond the WICED 2.4 radio
    }
}

// The ISO 3166-1 codes the firmware accepts (its constCountryCode table).
const QByteArrayList &countryCodes()
{
    static const QByteArrayList codes =
        QByteArray("AF AL DZ AS AO AI AG AR AM AW AU AT AZ BS BH 0B BD BB BY BE BZ BJ BM BT BO BA "
                   "BW BR IO BN "
                   "BG BF BI KH CM CA CV KY CF TD CL CN CX CO KM CG CD CR CI HR CU CY CZ DK DJ DM "
                   "DO EC EG SV "
                   "GQ ER EE ET FK FO FJ FI FR GF PF TF GA GM GE DE GH GI GR GD GP GU GT GG GN GW "
                   "GY HT VA HN "
                   "HK HU IS IN ID IR IQ IE IL IT JM JP JE JO KZ KE KI KR 0A KW KG LA LV LB LS LR "
                   "LY LI LT LU "
                   "MO MK MG MW MY MV ML MT IM MQ MR MU YT MX FM MD MC MN ME MS MA MZ MM NA NR NP "
                   "NL AN NC NZ "
                   "NI NE NG NF MP NO OM PK PW PA PG PY PE PH PL PT PR QA RE RO RU RW KN LC PM VC "
                   "WS MF ST SA "
                   "SN RS SC SL SG SK SI SB SO ZA ES LK SR SZ SE CH SY TW TJ TZ TH TG TO TT TN TR "
                   "TM TC TV UG "
                   "UA AE GB US Q2 UM UY UZ VU VE VN VG VI WF 0C EH YE ZM ZW")
            .split(' ');
    return codes;
}

std::optional<QByteArray> hexBytes(const QByteArray &text)
{
    const QByteArray bytes = QByteArray::fromHex(text);
    if (bytes.size() * 2 != text.size())
        return std::nullopt;
    for (char c : text) {
        if (!std::isxdigit(uchar(c)))
            return std::nullopt;
    }
    return bytes;
}

} // namespace

QHostAddress Wizfi250Module::linkAddress() const
{
    if (m_link == Link::Station)
        return const_cast<Wizfi250Module *>(this)->wifi().address();
    if (m_link == Link::SoftAp)
        return QHostAddress(QString::fromLatin1(m_cur.ip));
    return {};
}

QHostAddress Wizfi250Module::linkGateway() const
{
    if (m_link == Link::Station && m_cur.dhcp == 1)
        return const_cast<Wizfi250Module *>(this)->wifi().gateway();
    if (m_link != Link::Down)
        return QHostAddress(QString::fromLatin1(m_cur.gateway));
    return {};
}

// ---- join / leave ----

Wizfi250Module::Result Wizfi250Module::cmdWjoin(const QByteArray &)
{
    if (m_link == Link::Station) {
        rsp("Already Associated : Station Mode\r\n"); // [F]: one line
        return Result::Ok;
    }
    if (m_link == Link::SoftAp) {
        rsp("Already Started : AP Mode\r\n");
        return Result::Ok;
    }
    m_busy = true;
    startJoin(true);
    return Result::Later;
}

void Wizfi250Module::startJoin(bool fromCommand)
{
    if (m_link != Link::Down)
        return;
    if (m_cur.wifiMode == 1) {
        // Soft AP: the guide's AP example shows the Joining line, then the link-up with the AP's
        // own address (AT+WNET) as IP Addr and Gateway.
        joinLine("Joining : " + m_cur.apSsid + "\r\n");
        later(150, [this, fromCommand] {
            Security s = Security::Wpa2Psk;
            if (m_cur.apAuth == Auth::Open)
                s = Security::Open;
            else if (m_cur.apAuth == Auth::Wpa || m_cur.apAuth == Auth::WpaAes)
                s = Security::WpaPsk;
            wifi().startAccessPoint(m_cur.apSsid, m_cur.apKey, m_cur.apChannel, s);
            m_link = Link::SoftAp;
            linkUp(fromCommand);
        });
        return;
    }
    if (m_cur.staAuth == Auth::Auto) {
        // [F]: with the empty SecType the module scans for the network first and takes its
        // security (stored as by AT+WSEC); nothing found = failure without a Joining line.
        const WorldAccessPoint *ap = world().findAccessPoint(m_cur.staSsid);
        std::optional<Auth> found;
        if (ap) {
            switch (ap->security) {
            case Security::Open:
                found = Auth::Open;
                break;
            case Security::Wep:
                found = Auth::Wep;
                break;
            case Security::WpaPsk:
                found = Auth::Wpa;
                break;
            case Security::Wpa2Psk:
                found = Auth::Wpa2Aes;
                break;
            case Security::WpaWpa2Psk:
                found = Auth::Wpa2;
                break;
            default:
                break;
            }
        }
        const qsizetype n = m_cur.staKey.size();
        const bool keyFits =
            found && (*found == Auth::Open || (*found == Auth::Wep && (n == 5 || n == 13)) ||
                      (*found != Auth::Wep && n >= 8 && n <= 63));
        if (!keyFits) {
            later(300, [this, fromCommand] { joinFailed(fromCommand); });
            return;
        }
        m_cur.staAuth = *found;
        m_saved.staAuth = m_cur.staAuth;
    }
    // WICED_JOIN_RETRY_ATTEMPTS (3); WEP tries open then shared authentication, two each.
    joinAttempt(fromCommand, 1, m_cur.staAuth == Auth::Wep ? 4 : 3);
}

void Wizfi250Module::joinAttempt(bool fromCommand, int attempt, int attempts)
{
    joinLine("Joining : " + m_cur.staSsid + "\r\n");
    later(150, [this, fromCommand, attempt, attempts] {
        std::optional<Security> s;
        switch (m_cur.staAuth) {
        case Auth::Open:
            s = Security::Open;
            break;
        case Auth::Wep:
            s = Security::Wep;
            break;
        case Auth::Wpa:
        case Auth::WpaAes:
            s = Security::WpaPsk;
            break;
        case Auth::Wpa2Aes:
        case Auth::Wpa2Tkip:
        case Auth::Wpa2:
            s = Security::Wpa2Psk;
            break;
        case Auth::Auto:
            break;
        }
        wifi().setStaticAddress(m_cur.dhcp == 1 ? QHostAddress()
                                                : QHostAddress(QString::fromLatin1(m_cur.ip)));
        if (wifi().join(m_cur.staSsid, m_cur.staKey, s) == SimWifi::JoinResult::Joined) {
            joinLine("Successfully joined : " + m_cur.staSsid + "\r\n");
            later(100, [this, fromCommand] { // DHCP
                m_link = Link::Station;
                linkUp(fromCommand);
            });
            return;
        }
        joinLine("Failed to join: " + m_cur.staSsid + "\r\n");
        if (attempt < attempts)
            joinAttempt(fromCommand, attempt + 1, attempts);
        else
            joinFailed(fromCommand);
    });
}

void Wizfi250Module::joinFailed(bool fromCommand)
{
    if (fromCommand)
        finishLater(Result::Error);
}

void Wizfi250Module::linkUp(bool fromCommand)
{
    notify(Event::LinkUp);
    joinLine("  IP Addr    : " + ipText(linkAddress()) + "\r\n");
    joinLine("  Gateway    : " + ipText(linkGateway()) + "\r\n");
    if (fromCommand) {
        m_busy = false;
        finalResult(Result::Ok);
    }
    // [F] action_after_linkup_callback: the service socket (AT+SCON=S/SO) opens when no socket is
    // open yet; the Air Command server starts when registered as a service. The link-up queues
    // it on the main task, so it runs after the joining command's [OK] and before any command
    // the host sends next (AT+SMGMT=? right after the link-up lists the service socket).
    if (m_sockets.isEmpty() && (m_cur.sconOpen == "S" || m_cur.sconOpen == "SO"))
        openServiceSocket();
    if (m_cur.airOpen.contains('S'))
        startAirCommand();
    if (fromCommand)
        drainQueue();
}

void Wizfi250Module::leaveLink()
{
    if (m_link == Link::Down)
        return;
    if (m_link == Link::Station)
        wifi().leave();
    else
        wifi().stopAccessPoint();
    m_link = Link::Down;
    m_webServer = false;
    if (m_airRunning) {
        for (int id = 200; id <= 210; ++id)
            sockets().close(id);
        m_airRunning = false;
    }
    notify(Event::LinkDown);
}

Wizfi250Module::Result Wizfi250Module::cmdWleave(const QByteArray &)
{
    if (linked()) {
        closeAllSockets();
        leaveLink();
    }
    return Result::Ok;
}

// ---- scan ----

Wizfi250Module::Result Wizfi250Module::cmdWscan(const QByteArray &a)
{
    // [F]: the argument text starts after "+WSCAN", so the first field carries the '='.
    Reader r(a);
    std::optional<QByteArray> ssid;
    const auto first = r.next();
    if (first && first->size() > 1 && first->at(1) != '?') {
        if (first->at(0) != '=')
            return Result::Invalid;
        ssid = first->mid(1);
        if (ssid->size() > 32)
            return Result::Invalid;
    }
    std::optional<QByteArray> bssid;
    if (const auto field = r.next()) {
        bssid = toMac(field);
        if (!bssid)
            return Result::Invalid;
    }
    std::optional<qint64> channel;
    if (const auto field = r.next()) {
        channel = toInt(field);
        if (!channel || *channel < 1 || *channel > 14)
            return Result::Invalid;
    }
    if (const auto field = r.next()) { // [F]: active dwell time per channel
        const auto dwell = toInt(field);
        if (!dwell || *dwell < 50 || *dwell > 1000)
            return Result::Invalid;
    }
    // The header as the guide prints it; the rows as the firmware does (9 fields).
    rsp("Index/SSID/BSSID/RSSI(-dBm)/MaxDataRate(Mbps)/Security/RadioBand (GHz)/Channel\r\n");
    m_busy = true;
    later(250, [this, ssid, bssid, channel] {
        int index = 1;
        for (const SimWifi::ScanEntry &e : wifi().scan()) {
            const WorldAccessPoint *ap = e.ap;
            QByteArray name = e.ssid;
            if (ssid) {
                if (ap->ssid != *ssid)
                    continue;
                name = ap->ssid; // a directed probe finds a hidden network too
            }
            if (bssid && toMac(ap->bssid) != *bssid)
                continue;
            if (channel && ap->channel != *channel)
                continue;
            rsp(num(index++).rightJustified(3, '0') + "/" + name + "/" + ap->bssid.toUpper() + "/" +
                num(e.rssi) + "/54.0/Infra/" + scanSecurity(ap->security) + "/2.4/" +
                num(ap->channel) + "\r\n");
        }
        finishLater(Result::Ok);
    });
    return Result::Later;
}

// ---- configuration ----

Wizfi250Module::Result Wizfi250Module::cmdWset(const QByteArray &a)
{
    if (a == "?") {
        if (m_cur.wifiMode == 0)
            rsp("0," + m_cur.staSsid + "," + m_cur.staBssid + "," + num(m_cur.staChannel) + "\r\n");
        else
            rsp("1," + m_cur.apSsid + "," + m_cur.staBssid + "," + num(m_cur.apChannel) + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    qint64 mode = 0;
    if (const auto field = r.next()) {
        const auto m = toInt(field);
        if (!m || *m > 1)
            return Result::Invalid;
        mode = *m;
    }
    const auto ssid = r.next();
    if (!ssid || ssid->size() > 32)
        return Result::Invalid;
    QByteArray bssid = "00:00:00:00:00:00";
    if (const auto field = r.next()) {
        const auto mac = toMac(field);
        if (!mac)
            return Result::Invalid;
        bssid = macText(*mac, false);
    }
    qint64 channel = mode == 1 ? 6 : 0; // the guide: AP default channel 6
    if (const auto field = r.next()) {
        const auto c = toInt(field);
        if (!c || *c < 1 || *c > 14)
            return Result::Invalid;
        channel = *c;
    }
    if (mode == 0) {
        m_cur.staSsid = *ssid;
        m_cur.staBssid = bssid;
        m_cur.staChannel = int(channel);
    } else {
        m_cur.apSsid = *ssid;
        m_cur.apChannel = int(channel);
    }
    m_cur.wifiMode = int(mode);
    // Saved to flash at once (the guide), and only these fields ([F]).
    m_saved.staSsid = m_cur.staSsid;
    m_saved.staBssid = m_cur.staBssid;
    m_saved.staChannel = m_cur.staChannel;
    m_saved.apSsid = m_cur.apSsid;
    m_saved.apChannel = m_cur.apChannel;
    m_saved.wifiMode = m_cur.wifiMode;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdWsec(const QByteArray &a)
{
    if (a == "?") {
        const bool sta = m_cur.wifiMode == 0;
        const Auth auth = sta ? m_cur.staAuth : m_cur.apAuth;
        const QByteArray key = sta ? m_cur.staKey : m_cur.apKey;
        QByteArray text = num(m_cur.wifiMode) + "," + authName(auth) + ",";
        if (auth == Auth::Open || auth == Auth::Auto) {
            text += "0"; // [F] prints 0 in the key column
        } else {
            bool printable = true;
            for (char c : key)
                printable = printable && std::isprint(uchar(c));
            if ((auth == Auth::Wep && !printable) || (auth != Auth::Wep && key.size() >= 64)) {
                for (char c : key)
                    text += QByteArray::number(uchar(c), 16).rightJustified(2, '0') + ' ';
            } else {
                text += key;
            }
        }
        rsp(text + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto mode = toInt(r.next());
    if (!mode || *mode > 1)
        return Result::Invalid;
    Auth auth = Auth::Auto;
    if (const auto field = r.next()) {
        const auto named = authFromName(*field);
        if (!named)
            return Result::Invalid;
        auth = *named;
    }
    if (*mode == 1 && auth == Auth::Wep)
        return Result::Invalid; // soft AP has no WEP
    // [F]: the key is the rest of the line (commas and spaces included).
    QByteArray key = r.rest();
    const qsizetype n = key.size();
    if (auth == Auth::Wep) {
        if (n == 10 || n == 26) {
            const auto bytes = hexBytes(key);
            if (!bytes)
                return Result::Invalid;
            key = *bytes;
        } else if (n != 5 && n != 13) {
            return Result::Invalid;
        }
    } else if (auth == Auth::Auto) {
        if (n < 8)
            return Result::Invalid; // the guide: at least 8 bytes with auto security
    } else if (auth != Auth::Open) {
        if (n == 128) {
            const auto bytes = hexBytes(key);
            if (!bytes)
                return Result::Invalid;
            key = *bytes;
        } else if (n < 8 || n > 63) {
            return Result::Invalid;
        }
    }
    if (*mode == 0) {
        m_cur.staAuth = auth;
        m_cur.staKey = key;
    } else {
        m_cur.apAuth = auth;
        m_cur.apKey = key;
    }
    m_cur.wifiMode = int(*mode);
    m_saved.staAuth = m_cur.staAuth;
    m_saved.staKey = m_cur.staKey;
    m_saved.apAuth = m_cur.apAuth;
    m_saved.apKey = m_cur.apKey;
    m_saved.wifiMode = m_cur.wifiMode;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdWnet(const QByteArray &a)
{
    if (a == "?") {
        rsp(num(m_cur.dhcp) + "," + m_cur.ip + "," + m_cur.mask + "," + m_cur.gateway + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    std::optional<qint64> dhcp;
    if (const auto field = r.next()) {
        dhcp = toInt(field);
        if (!dhcp || *dhcp > 1)
            return Result::Invalid;
    }
    QByteArray addresses[3];
    for (QByteArray &text : addresses) {
        if (const auto field = r.next()) {
            const auto ip = toIp(field);
            if (!ip)
                return Result::Invalid;
            text = ipText(*ip);
        }
    }
    if (dhcp)
        m_cur.dhcp = int(*dhcp);
    if (!addresses[0].isEmpty())
        m_cur.ip = addresses[0];
    if (!addresses[1].isEmpty())
        m_cur.mask = addresses[1];
    if (!addresses[2].isEmpty())
        m_cur.gateway = addresses[2];
    return Result::Ok; // [F]: not saved until AT+MPROF=S
}

Wizfi250Module::Result Wizfi250Module::cmdWstat(const QByteArray &)
{
    rsp("IF/SSID/IP-Addr/Gateway/MAC/TxPower(dBm)/RSSI(-dBm)\r\n");
    QByteArray row;
    int rssi = 0;
    if (m_link == Link::Station) {
        row = "STA/" + m_cur.staSsid;
        rssi = qAbs(wifi().currentRssi()); // [F]: printed without its sign
    } else if (m_link == Link::SoftAp) {
        row = "AP/" + m_cur.apSsid;
    } else {
        row = "Down//";
    }
    if (m_link != Link::Down)
        row += "/" + ipText(linkAddress()) + "/" + ipText(linkGateway());
    else
        row += "/";
    row += "/" + macText(m_cur.mac, true) + "/" + num(m_cur.txPower) + "/" + num(rssi) + "\r\n";
    rsp(row);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdWreg(const QByteArray &a)
{
    if (a == "?") {
        rsp(m_cur.country + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto code = r.next();
    if (!code || code->size() != 2 || !countryCodes().contains(*code))
        return Result::Invalid;
    m_cur.country = *code;
    m_saved = m_cur;
    finalResult(Result::Ok); // [F]: [OK], save, then a hard reset (nothing closed first)
    systemReset(false);
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdWadns(const QByteArray &a)
{
    if (a == "?") {
        rsp(m_cur.dns1 + "," + m_cur.dns2 + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto dns1 = toIp(r.next());
    if (!dns1)
        return Result::Invalid;
    std::optional<QHostAddress> dns2;
    if (const auto field = r.next()) {
        dns2 = toIp(field);
        if (!dns2)
            return Result::Invalid;
    }
    m_cur.dns1 = ipText(*dns1);
    if (dns2)
        m_cur.dns2 = ipText(*dns2);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdWcheck(const QByteArray &a)
{
    if (a == "?") {
        QByteArrayList values;
        for (int v : m_cur.wcheck)
            values << num(v);
        rsp(values.join(',') + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto time = toInt(r.next());
    if (!time)
        return Result::Invalid;
    if (*time == 0) {
        m_cur.wcheck = {0, 0, 0, 0}; // "0,0,0" or a lone 0: off
        return Result::Ok;
    }
    const auto tries = toInt(r.next());
    const auto errors = toInt(r.next());
    if (*time < 10 || *time > 86400 || !tries || *tries < 5 || *tries > 20 || !errors ||
        *errors < 1 || *errors > 20)
        return Result::Invalid;
    qint64 option = 0;
    if (const auto field = r.next()) {
        const auto o = toInt(field);
        if (!o)
            return Result::Invalid;
        option = *o;
    }
    m_cur.wcheck = {int(*time), int(*tries), int(*errors), int(option)};
    return Result::Ok;
}

// ---- radio features the simulated module does not have ----

Wizfi250Module::Result Wizfi250Module::cmdWwps(const QByteArray &a)
{
    if (linked())
        return Result::Error; // [F]: not while associated or running the AP
    Reader r(a);
    const auto mode = toInt(r.next());
    if (!mode || *mode > 1)
        return Result::Invalid;
    if (*mode == 1) {
        const auto pin = r.next();
        if (!pin || pin->size() > 8)
            return Result::Invalid;
    }
    // No access point of the world runs WPS: the walk ends without credentials.
    m_busy = true;
    later(500, [this] { finishLater(Result::Error); });
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdWant(const QByteArray &a)
{
    if (a == "?") {
        rsp(num(m_cur.antenna) + "(1)\r\n"); // [F]: configured(in use); the PCB antenna
        return Result::Ok;
    }
    Reader r(a);
    const auto type = toInt(r.next());
    if (!type || (*type != 0 && *type != 1 && *type != 3))
        return Result::Invalid;
    if (*type == 0)
        return Result::Error; // no u.FL antenna on the simulated module
    m_cur.antenna = int(*type);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdWp2pStart(const QByteArray &)
{
    return Result::Error; // Wi-Fi Direct is not available
}

Wizfi250Module::Result Wizfi250Module::cmdWp2pStop(const QByteArray &)
{
    return Result::Ok; // nothing runs, nothing to stop
}

Wizfi250Module::Result Wizfi250Module::cmdWp2pPeerList(const QByteArray &)
{
    return Result::Error;
}

Wizfi250Module::Result Wizfi250Module::cmdWp2pInvite(const QByteArray &a)
{
    Reader r(a);
    if (!toInt(r.next()))
        return Result::Invalid;
    return Result::Error;
}
