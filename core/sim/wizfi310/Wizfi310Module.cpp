#include "Wizfi310Module.h"

#include <algorithm>
#include <cctype>

// Framing, dispatch, output rules and the management commands. The manual is
// specs/manuals/wizfi310-at-commands.md ("the manual"); [F250] / [V] mark what the digest
// (specs/wizfi310.md) reports from WIZnet's firmware and drivers.

namespace {
const QByteArray kOk = "[OK]\r\n";

// The AT+MHELP text (free form in the firmware): the manual's command list.
const char *const kHelp[] = {
    "AT         : Terminal Check",
    "AT+WJOIN   : WiFi Association",
    "AT+WLEAVE  : WiFi Disassociation",
    "AT+WSCAN   : WiFi Scan",
    "AT+WSET    : WiFi SSID Configuration",
    "AT+WSET2   : WiFi SSID Configuration for special Chars",
    "AT+WSEC    : WiFi Security Configuration",
    "AT+WNET    : Network Configuration",
    "AT+WSTAT   : Get Current WiFi Status",
    "AT+WWPS    : WiFi WPS Connection",
    "AT+WADNS   : Add DNS Server",
    "AT+SCON    : Socket Open/Connect",
    "AT+SMGMT   : Socket Management",
    "AT+SSEND   : Data Send",
    "AT+SDATA   : Return to Data Mode",
    "AT+SFORM   : Define Data Receive Header Form",
    "AT+SOPT    : S2W Socket Option",
    "AT+SOPT1   : S2W miscellaneous option",
    "AT+MPROF   : Profile Management",
    "AT+MFDEF   : Perform Factory Reset",
    "AT+MRESET  : Perform System Reset",
    "AT+MMSG    : Set Message Print Level",
    "AT+MMAC    : Set MAC Address",
    "AT+MINFO   : Get System Information",
    "AT+MECHO   : Set Echo Mode",
    "AT+MHELP   : Print Command Description and Usage",
    "AT+MMCUPS  : MCU Power Save Enable/Disable",
    "AT+MWIFIPS : Wi-Fi Power Save Enable/Disable",
    "AT+USET    : UART Configuration",
    "AT+MCUSTOM : Custom code",
    "AT+MAIRCMD : Air Command Configuration",
    "AT+MEVTMSG : Print [Listen x] as soon as it opens up a socket through TCP server",
    "AT+MEVTFORM: Event Message Form",
    "AT+MUPGRADE: Firmware upgrade using serial",
    "AT+FPING   : PING Test",
    "AT+FDNS    : DNS Query",
    "AT+FGPIO   : GPIO Control",
    "AT+FGETADC : Read ADC value",
    "AT+FSOCK   : SOCKET Extension Option",
    "AT+FOTA    : Launch OTA Mode",
    "AT+MQTTSET : MQTT Configuration",
    "AT+MQTTCON : MQTT Connect/Disconnect",
    "AT+MQTTSUB : MQTT Subscribe",
    "AT+MQTTPUB : MQTT Publish",
    "AT+GMMPSET : GMMP Configuration, Connect/Disconnect",
    "AT+GMMPDATA: GMMP Data Send",
    "AT+GMMPOPT : GMMP Option Management",
    "AT+SKTPCON : Connecting authorization, Connect/Disconnect",
    "AT+SKTPDEVICE   : Device registration",
    "AT+SKTPCONTAINER: Container Create",
    "AT+SKTPSEND     : Data sending to ThingPlug",
    "AT+SKTPCMD      : Command registration to ThingPlug",
    "AT+SKTPRESULT   : Response to ThingPlug Command",
};

// The customer codes the firmware knows ([F250]).
const char *const kCustomCodes[] = {"WIZNET", "SHINHEUNG", "URIEL",  "POSBANK",
                                    "COWAYA", "COWAYB",    "ENCORED"};

const int kBaudRates[] = {300,   600,   1200,   2400,   4800,   9600,   14400,  19200,
                          38400, 57600, 115200, 230400, 460800, 921600, 1843200};
} // namespace

Wizfi310Module::Wizfi310Module(const World &world, QObject *parent)
    : VirtualModule(world, parent)
{
    m_saved = defaultProfile();
    m_cfg = m_saved;
    setEcho(m_cfg.echo);
    setUpSockets();
    setUpMqtt();
}

Wizfi310Module::~Wizfi310Module() = default;

Wizfi310Module::Profile Wizfi310Module::defaultProfile() const
{
    // Factory defaults: the manual's where it gives them (echo on, MMSG 2, SFORM, MEVTFORM all
    // full, AP channel 6, escape timer 1000 ms, UART 115200,N,8,1,N, custom code WIZNET), the
    // WizFi250 firmware's default profile otherwise ([F250]: station "WizFiAP" with WPA2 and
    // "12345678", DHCP on, soft AP "WizFiSoftAP").
    Profile p;
    p.wifiMode = 0;
    p.sta = WifiSide{"WizFiAP", {}, 0, "WPA2", "12345678"};
    p.ap = WifiSide{"WizFiSoftAP", {}, 6, "WPA2", "12345678"};
    p.dhcp = true;
    p.ip = "192.168.12.1";
    p.netmask = "255.255.255.0";
    p.gateway = "192.168.12.1";
    p.dns1 = "8.8.8.8";
    p.dns2 = "8.8.4.4";
    p.scon = "O,TSN,,,5000,0";
    p.sformBits = "111111111";
    p.mmsg = 2;
    p.mac = upperMac(world().stationMac);
    p.uset = "115200,N,8,1,N";
    p.echo = true;
    p.fsock = {5000, 0, 0, 0, 0, 0, 0, 0};
    p.airCmd = "S,T,50001,0";
    p.evtForm = "111111111111";
    p.evtMsg = false;
    p.escapeMs = 1000;
    p.mqttAlive = 60;
    p.custom = "WIZNET";
    return p;
}

// ---- framing ----

QByteArray Wizfi310Module::bootBanner() const
{
    // Event a of AT+MEVTFORM: "WizFi310 Version 1.0.0.6 (WIZnet Co.Ltd)\r\n", no CRLF before it.
    switch (m_cfg.evtForm.isEmpty() ? '1' : m_cfg.evtForm.at(0)) {
    case '0':
        return {};
    case '2':
        return "\r\n[0]\r\n";
    default:
        return QByteArray("WizFi310 Version ") + kFirmwareVersion + " (WIZnet Co.Ltd)\r\n";
    }
}

QByteArray Wizfi310Module::busyReply() const
{
    // The firmware has no busy message: a command it cannot take fails.
    return "[ERROR]\r\n";
}

void Wizfi310Module::echoInput(const QByteArray &bytes)
{
    // The input line comes back as typed; its CR comes back as CR LF (manual §AT Command Set).
    QByteArray e;
    for (const char c : bytes) {
        if (c == '\r')
            e += "\r\n";
        else if (c != '\n')
            e += c;
    }
    out(e);
}

void Wizfi310Module::onRestart()
{
    if (!m_userReset)
        event(5, "[Reset Event]"); // "System reset occurred (not by user)"
    m_userReset = false;
    m_cfg = m_saved;
    setEcho(m_cfg.echo);
    m_async = false;
    m_waiting.clear();
    m_socks.clear();
    m_dataSock = -1;
    m_escaped = false;
    m_airOpen = false;
    m_airCapture = nullptr;
    m_mqttUp = false;
    m_mqttWait = MqttWait::None;
    ++m_mqttTicket;
    m_wifiPs = false;
    m_apAddress = QHostAddress();
    // A stored service socket joins Wi-Fi at boot and opens itself (manual §AT+SCON, §Command
    // mode & Data mode).
    if (m_cfg.service)
        later(300, [this] { startJoin(false); });
}

const QList<Wizfi310Module::Entry> &Wizfi310Module::commandTable()
{
    static const QList<Entry> table = {
        {"AT", &Wizfi310Module::cmdAt},
        {"AT+WJOIN", &Wizfi310Module::cmdWjoin},
        {"AT+WLEAVE", &Wizfi310Module::cmdWleave},
        {"AT+WSCAN", &Wizfi310Module::cmdWscan},
        {"AT+WSET", &Wizfi310Module::cmdWset},
        {"AT+WSET2", &Wizfi310Module::cmdWset2},
        {"AT+WSEC", &Wizfi310Module::cmdWsec},
        {"AT+WNET", &Wizfi310Module::cmdWnet},
        {"AT+WSTAT", &Wizfi310Module::cmdWstat},
        {"AT+WWPS", &Wizfi310Module::cmdWwps},
        {"AT+WADNS", &Wizfi310Module::cmdWadns},
        {"AT+SCON", &Wizfi310Module::cmdScon},
        {"AT+SMGMT", &Wizfi310Module::cmdSmgmt},
        {"AT+SSEND", &Wizfi310Module::cmdSsend},
        {"AT+SDATA", &Wizfi310Module::cmdSdata},
        {"AT+SFORM", &Wizfi310Module::cmdSform},
        {"AT+SOPT", &Wizfi310Module::cmdSopt},
        {"AT+SOPT1", &Wizfi310Module::cmdSopt1},
        {"AT+MPROF", &Wizfi310Module::cmdMprof},
        {"AT+MFDEF", &Wizfi310Module::cmdMfdef},
        {"AT+MRESET", &Wizfi310Module::cmdMreset},
        {"AT+MMSG", &Wizfi310Module::cmdMmsg},
        {"AT+MMAC", &Wizfi310Module::cmdMmac},
        {"AT+MINFO", &Wizfi310Module::cmdMinfo},
        {"AT+MECHO", &Wizfi310Module::cmdMecho},
        {"AT+MHELP", &Wizfi310Module::cmdMhelp},
        {"AT+MMCUPS", &Wizfi310Module::cmdMmcups},
        {"AT+MWIFIPS", &Wizfi310Module::cmdMwifips},
        {"AT+USET", &Wizfi310Module::cmdUset},
        {"AT+MCUSTOM", &Wizfi310Module::cmdMcustom},
        {"AT+MAIRCMD", &Wizfi310Module::cmdMaircmd},
        {"AT+MEVTMSG", &Wizfi310Module::cmdMevtmsg},
        {"AT+MEVTFORM", &Wizfi310Module::cmdMevtform},
        {"AT+MUPGRADE", &Wizfi310Module::cmdMupgrade},
        {"AT+FPING", &Wizfi310Module::cmdFping},
        {"AT+FDNS", &Wizfi310Module::cmdFdns},
        {"AT+FGPIO", &Wizfi310Module::cmdFgpio},
        {"AT+FGETADC", &Wizfi310Module::cmdFgetadc},
        {"AT+FSOCK", &Wizfi310Module::cmdFsock},
        {"AT+FOTA", &Wizfi310Module::cmdFota},
        {"AT+MQTTSET", &Wizfi310Module::cmdMqttset},
        {"AT+MQTTCON", &Wizfi310Module::cmdMqttcon},
        {"AT+MQTTSUB", &Wizfi310Module::cmdMqttsub},
        {"AT+MQTTPUB", &Wizfi310Module::cmdMqttpub},
        {"AT+GMMPSET", &Wizfi310Module::cmdGmmpset},
        {"AT+GMMPDATA", &Wizfi310Module::cmdGmmpdata},
        {"AT+GMMPOPT", &Wizfi310Module::cmdGmmpopt},
        {"AT+SKTPCON", &Wizfi310Module::cmdSktpcon},
        {"AT+SKTPDEVICE", &Wizfi310Module::cmdSktpOther},
        {"AT+SKTPCONTAINER", &Wizfi310Module::cmdSktpOther},
        {"AT+SKTPSEND", &Wizfi310Module::cmdSktpOther},
        {"AT+SKTPCMD", &Wizfi310Module::cmdSktpOther},
        {"AT+SKTPRESULT", &Wizfi310Module::cmdSktpOther},
    };
    return table;
}

void Wizfi310Module::handleCommand(const QByteArray &line)
{
    if (m_async) {
        // The firmware runs one command at a time; what the host typed meanwhile waits in the
        // UART buffer and runs afterwards.
        m_waiting << line;
        return;
    }
    // Every command starts with "AT"; anything else is an error (manual §AT Command Set).
    // Names are matched without regard to case (the manual's own byte example is "at").
    const qsizetype eq = line.indexOf('=');
    Cmd c;
    const QByteArray typed = (eq < 0 ? line : line.left(eq)).trimmed().toUpper();
    if (eq >= 0) {
        c.hasArgs = true;
        c.rest = line.mid(eq + 1);
        c.query = c.rest == "?";
        c.args = c.rest.split(',');
    }
    const Entry *found = nullptr;
    for (const Entry &e : commandTable()) {
        if (typed == e.name) {
            found = &e;
            break;
        }
    }
    if (!found && typed.startsWith("AT+")) {
        // [F250]/[V]: names match by prefix (the vendor drivers send AT+WSTATUS for AT+WSTAT);
        // the longest known name wins.
        for (const Entry &e : commandTable()) {
            const QByteArray n(e.name);
            if (n.startsWith("AT+") && typed.startsWith(n) &&
                (!found || n.size() > qsizetype(qstrlen(found->name))))
                found = &e;
        }
    }
    if (!found) {
        fail(Err::InvalidInput);
        return;
    }
    c.name = found->name;
    (this->*(found->handler))(c);
}

void Wizfi310Module::beginAsync()
{
    m_async = true;
}

void Wizfi310Module::endAsync()
{
    m_async = false;
    if (m_waiting.isEmpty())
        return;
    later(0, [this] {
        while (!m_async && !m_waiting.isEmpty() && !inDataMode())
            handleCommand(m_waiting.takeFirst());
    });
}

// ---- output ----

void Wizfi310Module::out(const QByteArray &bytes)
{
    if (m_airCapture) {
        *m_airCapture += bytes;
        return;
    }
    say(bytes);
}

void Wizfi310Module::finalText(const QByteArray &text)
{
    // AT+MMSG=1 "Not Print Responses": [OK] and [ERROR...] are not printed ([F250]).
    if (m_cfg.mmsg == 1)
        return;
    if (m_airCapture) {
        *m_airCapture += text;
        return;
    }
    sayFinal(text);
}

void Wizfi310Module::ok()
{
    finalText(kOk);
}

void Wizfi310Module::fail(Err e)
{
    switch (e) {
    case Err::Error:
        finalText("[ERROR]\r\n");
        break;
    case Err::InvalidInput:
        finalText("[ERROR: INVALID INPUT]\r\n");
        break;
    case Err::InvalidScid:
        finalText("[ERROR: INVALID SCID]\r\n");
        break;
    case Err::WifiStatus:
        finalText("[ERROR: WiFi Status]\r\n");
        break;
    case Err::ModeStatus:
        finalText("[ERROR: Mode Status]\r\n");
        break;
    }
}

void Wizfi310Module::event(int index, const QByteArray &text, const QByteArray &after)
{
    // AT+MEVTFORM table: 0 no display, 1 "\r\n<full>\r\n", 2 "\r\n[<n>]\r\n" with n = 0..9, a.
    const char form = index < m_cfg.evtForm.size() ? m_cfg.evtForm.at(index) : '1';
    if (form == '0')
        return;
    // [F250]: AT+MMSG=1 also hides [CONNECT x].
    if (index == 1 && m_cfg.mmsg == 1)
        return;
    if (form == '2') {
        const char code = index < 10 ? char('0' + index) : char('a' + index - 10);
        say(QByteArray("\r\n[") + code + "]\r\n");
        return;
    }
    say("\r\n" + text + "\r\n" + after);
}

// ---- helpers ----

bool Wizfi310Module::parseInt(const QByteArray &text, int *value, int min, int max)
{
    if (text.isEmpty() || text.size() > 10)
        return false;
    for (const char ch : text) {
        if (ch < '0' || ch > '9')
            return false;
    }
    const qint64 v = text.toLongLong();
    if (v < min || v > max)
        return false;
    *value = int(v);
    return true;
}

bool Wizfi310Module::parseIpv4(const QByteArray &text, QHostAddress *address)
{
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 4)
        return false;
    quint32 v = 0;
    for (const QByteArray &p : parts) {
        int n = 0;
        if (p.size() > 3 || !parseInt(p, &n, 0, 255))
            return false;
        v = (v << 8) | quint32(n);
    }
    *address = QHostAddress(v);
    return true;
}

bool Wizfi310Module::isMac(const QByteArray &text)
{
    if (text.size() != 17)
        return false;
    for (int i = 0; i < 17; ++i) {
        const char ch = text.at(i);
        if (i % 3 == 2) {
            if (ch != ':')
                return false;
        } else if (!std::isxdigit(static_cast<unsigned char>(ch))) {
            return false;
        }
    }
    return true;
}

QByteArray Wizfi310Module::upperMac(const QByteArray &mac) const
{
    return mac.toUpper();
}

// ---- basic and management commands ----

void Wizfi310Module::cmdAt(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    ok();
}

QByteArray Wizfi310Module::profileDump(const Profile &p) const
{
    // The manual's list of profile lines; each value is what that command's query prints.
    // +WREG is a WizFi250 command the WizFi310 profile still lists (country code).
    const WifiSide &w = p.wifiMode == 1 ? p.ap : p.sta;
    QByteArray d;
    d += "+WSET=" + QByteArray::number(p.wifiMode) + ',' + w.ssid + ',' +
         (w.bssid.isEmpty() ? QByteArray("00:00:00:00:00:00") : w.bssid) + ',' +
         QByteArray::number(w.channel) + "\r\n";
    d += "+WSEC=" + QByteArray::number(p.wifiMode) + ',' + w.secType + ',' + w.key + "\r\n";
    d += "+WNET=" + QByteArray(p.dhcp ? "1" : "0") + ',' + p.ip + ',' + p.netmask + ',' +
         p.gateway + "\r\n";
    d += "+WREG=AU\r\n";
    d += "+SCON=" + p.scon + "\r\n";
    d += "+SFORM=" + p.sformBits + ',' + QByteArray(1, p.sformStart).toHex().toUpper() + ',' +
         QByteArray(1, p.sformDelim).toHex().toUpper() + ',' +
         QByteArray(1, p.sformEnd).toHex().toUpper() + ',' +
         QByteArray(1, p.sformCls1).toHex().toUpper() + ',' +
         QByteArray(1, p.sformCls2).toHex().toUpper() + "\r\n";
    d += "+MMSG=" + QByteArray::number(p.mmsg) + "\r\n";
    d += "+MMAC=" + p.mac + "\r\n";
    d += "+USET=" + p.uset + "\r\n";
    d += "+MECHO=" + QByteArray(p.echo ? "1" : "0") + "\r\n";
    return d;
}

void Wizfi310Module::cmdMprof(const Cmd &c)
{
    // AT+MPROF=<VD|VG|L|S>; "There is no '?' option at this command."
    const QByteArray a = c.rest.toUpper();
    if (!c.hasArgs || c.count() != 1) {
        fail(Err::InvalidInput);
    } else if (a == "VD") {
        out(profileDump(m_saved));
        ok();
    } else if (a == "VG") {
        out(profileDump(m_cfg));
        ok();
    } else if (a == "L") {
        m_cfg = m_saved;
        setEcho(m_cfg.echo);
        ok();
    } else if (a == "S") {
        m_saved = m_cfg;
        ok();
    } else {
        fail(Err::InvalidInput);
    }
}

void Wizfi310Module::rebootSoon()
{
    // [OK] first, then the module restarts and prints its banner.
    later(100, [this] {
        m_userReset = true;
        restart();
    });
}

void Wizfi310Module::cmdMfdef(const Cmd &c)
{
    if (!c.hasArgs || c.rest.toUpper() != "FR") {
        fail(Err::InvalidInput);
        return;
    }
    // All settings back to the defaults; [F250] then reboots.
    m_saved = defaultProfile();
    m_cfg = m_saved;
    ok();
    rebootSoon();
}

void Wizfi310Module::cmdMreset(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    ok();
    rebootSoon();
}

void Wizfi310Module::cmdMmsg(const Cmd &c)
{
    int level = 0;
    if (c.query) {
        out(QByteArray::number(m_cfg.mmsg) + "\r\n");
        ok();
    } else if (c.hasArgs && c.count() == 1 && parseInt(c.rest, &level, 1, 3)) {
        m_cfg.mmsg = level;
        ok();
    } else {
        fail(Err::InvalidInput);
    }
}

void Wizfi310Module::cmdMmac(const Cmd &c)
{
    if (c.query) {
        out(m_cfg.mac + "\r\n");
        ok();
    } else if (c.hasArgs && isMac(c.rest)) {
        // The MAC is kept in flash at once ([F250]).
        m_cfg.mac = upperMac(c.rest);
        m_saved.mac = m_cfg.mac;
        ok();
    } else {
        fail(Err::InvalidInput);
    }
}

void Wizfi310Module::cmdMinfo(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    // Manual: "FW version / HW version" / "<FWver> / <HWver>"; the HW text as WIZnet's mbed
    // driver reads it ("WizFi310 Rev").
    out(QByteArray("FW version / HW version\r\n") + kFirmwareVersion + " / WizFi310 Rev 1.0\r\n");
    ok();
}

void Wizfi310Module::cmdMecho(const Cmd &c)
{
    int on = 0;
    if (c.query) {
        out(QByteArray(m_cfg.echo ? "1" : "0") + "\r\n");
        ok();
    } else if (c.hasArgs && c.count() == 1 && parseInt(c.rest, &on, 0, 1)) {
        m_cfg.echo = on == 1;
        setEcho(m_cfg.echo);
        ok();
    } else {
        fail(Err::InvalidInput);
    }
}

void Wizfi310Module::cmdMhelp(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    QByteArray text;
    for (const char *line : kHelp)
        text += QByteArray(line) + "\r\n";
    out(text);
    ok();
}

void Wizfi310Module::cmdMmcups(const Cmd &)
{
    // "Currently Not Available": the firmware does not take it.
    fail(Err::InvalidInput);
}

void Wizfi310Module::cmdMwifips(const Cmd &c)
{
    // AT+MWIFIPS=<0|1|2>[,<delay>]; the delay (0..90, a multiple of 10) only with 2. Power save
    // works only in station mode while associated.
    if (c.query) {
        // The manual lists <Status> but prints only [OK]; [F250] prints "<status>,<delay>".
        out(QByteArray::number(m_wifiPs ? 1 : 0) + ',' + QByteArray::number(m_wifiPsDelay) +
            "\r\n");
        ok();
        return;
    }
    int action = 0;
    int delay = 0;
    if (!c.hasArgs || c.count() > 2 || !parseInt(c.arg(0), &action, 0, 2) ||
        (action == 2 && (!parseInt(c.arg(1), &delay, 0, 90) || delay % 10 != 0)) ||
        (action != 2 && c.count() > 1 && !c.arg(1).isEmpty())) {
        fail(Err::InvalidInput);
        return;
    }
    if (!wifi().isJoined()) {
        fail(Err::WifiStatus);
        return;
    }
    m_wifiPs = action != 0;
    m_wifiPsDelay = delay;
    ok();
}

void Wizfi310Module::cmdUset(const Cmd &c)
{
    if (c.query) {
        out(m_cfg.uset + "\r\n");
        ok();
        return;
    }
    int baud = 0;
    bool baudOk = parseInt(c.arg(0), &baud, 300, 1843200);
    if (baudOk)
        baudOk =
            std::find(std::begin(kBaudRates), std::end(kBaudRates), baud) != std::end(kBaudRates);
    const QByteArray parity = c.arg(1).toUpper();
    const QByteArray flow = c.arg(4).toUpper();
    if (!c.hasArgs || c.count() != 5 || !baudOk ||
        (parity != "N" && parity != "O" && parity != "E") || (c.arg(2) != "7" && c.arg(2) != "8") ||
        (c.arg(3) != "1" && c.arg(3) != "2") || (flow != "N" && flow != "HW")) {
        fail(Err::InvalidInput);
        return;
    }
    // Kept in the profile; a virtual link has no line settings, so nothing else changes.
    m_cfg.uset =
        QByteArray::number(baud) + ',' + parity + ',' + c.arg(2) + ',' + c.arg(3) + ',' + flow;
    ok();
}

void Wizfi310Module::cmdMcustom(const Cmd &c)
{
    if (c.query) {
        out(m_cfg.custom + "\r\n");
        ok();
        return;
    }
    const QByteArray code = c.rest.toUpper();
    if (c.hasArgs && std::any_of(std::begin(kCustomCodes), std::end(kCustomCodes),
                                 [&](const char *k) { return code == k; })) {
        m_cfg.custom = code;
        m_saved.custom = code;
        ok();
    } else {
        fail(Err::InvalidInput);
    }
}

void Wizfi310Module::cmdMaircmd(const Cmd &c)
{
    // AT+MAIRCMD=<O|S>,<T|U>,<LocalPort>,<Option>; all required.
    if (c.query) {
        out(m_cfg.airCmd + "\r\n");
        ok();
        return;
    }
    const QByteArray open = c.arg(0).toUpper();
    const QByteArray type = c.arg(1).toUpper();
    int port = 0;
    int option = 0;
    if (!c.hasArgs || c.count() != 4 || (open != "O" && open != "S") ||
        (type != "T" && type != "U") || !parseInt(c.arg(2), &port, 1, 65535) ||
        !parseInt(c.arg(3), &option, 0, 65535)) {
        fail(Err::InvalidInput);
        return;
    }
    m_cfg.airCmd =
        open + ',' + type + ',' + QByteArray::number(port) + ',' + QByteArray::number(option);
    if (open == "O") {
        Err e = Err::Error;
        if (!openAirSocket(&e)) {
            fail(e);
            return;
        }
    }
    ok();
}

void Wizfi310Module::cmdMevtmsg(const Cmd &c)
{
    int on = 0;
    // No query form is documented.
    if (c.hasArgs && !c.query && c.count() == 1 && parseInt(c.rest, &on, 0, 1)) {
        m_cfg.evtMsg = on == 1;
        ok();
    } else {
        fail(Err::InvalidInput);
    }
}

void Wizfi310Module::cmdMevtform(const Cmd &c)
{
    if (c.query) {
        out(m_cfg.evtForm + "\r\n");
        ok();
        return;
    }
    // The manual says 10 parameters, its table has 11 (a..k), its syntax and examples 12: any
    // of those lengths is taken; positions not given keep their value. Digits 0, 1, 2.
    const QByteArray f = c.rest;
    const bool valid =
        c.hasArgs && f.size() >= 10 && f.size() <= 12 &&
        std::all_of(f.begin(), f.end(), [](char ch) { return ch >= '0' && ch <= '2'; });
    if (!valid) {
        fail(Err::InvalidInput);
        return;
    }
    m_cfg.evtForm.replace(0, f.size(), f);
    ok();
}

void Wizfi310Module::cmdMupgrade(const Cmd &c)
{
    if (c.hasArgs) {
        fail(Err::InvalidInput);
        return;
    }
    // A virtual module has no firmware image to replace: the XMODEM upload is not available.
    fail(Err::Error);
}
