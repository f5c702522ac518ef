#include "Wizfi250Module.h"

#include "Wizfi250Params.h"

#include <cctype>

using namespace Wizfi250Params;

namespace {

bool isQuery(const QByteArray &args)
{
    return args == "?"; // the firmware compares the whole argument text with "?"
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

Wizfi250Module::Wizfi250Module(const World &world, QObject *parent)
    : VirtualModule(world, parent)
    , m_flushTimer(this)
{
    m_saved = defaultProfile(world);
    m_cur = m_saved;
    m_echoOn = m_cur.echo;
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { transmitPending(); });
    wireSockets();
}

Wizfi250Module::~Wizfi250Module() = default;

QString Wizfi250Module::dialectId() const
{
    return QStringLiteral("wizfi250");
}

// The firmware's command table (wx_s2w_process.c), limited to the commands of the guide plus
// AT+FGETADC and AT+MTXP. Names without '=' ignore what follows them (AT+WJOINX runs AT+WJOIN).
const QList<Wizfi250Module::Command> &Wizfi250Module::commands()
{
    using M = Wizfi250Module;
    static const QList<Command> table = {
        {"+WJOIN", &M::cmdWjoin, "WiFi Association", nullptr},
        {"+WLEAVE", &M::cmdWleave, "WiFi Disassociation", nullptr},
        {"+WSCAN", &M::cmdWscan, "WiFi Scan", "=<SSID>,<BSSID>,<Channel>"},
        {"+WSET=", &M::cmdWset, "WiFi Configuration", "=? or =<WiFiMode>,<SSID>,<BSSID>,<Channel>"},
        {"+WSEC=", &M::cmdWsec, "WiFi Security Configuration",
         "=? or =<WiFiMode>,<SecType>,<PreSharedKey>"},
        {"+WNET=", &M::cmdWnet, "Network Configuration", "=? or =<DHCP>,<IP>,<SN>,<GW>"},
        {"+WSTAT", &M::cmdWstat, "Get Current WiFi Status", nullptr},
        {"+WWPS=", &M::cmdWwps, "WiFi WPS Association", "=<Mode>,<PinNum>"},
        {"+WREG=", &M::cmdWreg, "Country Configuration", "=? or =<Country>"},
        {"+WADNS=", &M::cmdWadns, "Add DNS Server", "=? or =<DNSServer1>,<DNSServer2>"},
        {"+WANT=", &M::cmdWant, "Antenna Configuration",
         "=? or =<Antenna Type> (0:uFL,1:PA,3:Auto)"},
        {"+WCHECK=", &M::cmdWcheck, "Check WiFi Association", "=<Option>,<Value>"},
        {"+SCON=", &M::cmdScon, "Socket Open/Connect",
         "=? or =<OpenTyp>,<SockTyp>,<R-IP>,<R-Port>,<L-Port>,<D-Mode>"},
        {"+SMGMT=", &M::cmdSmgmt, "Socket View/Close", "=? or =<SocketID>"},
        {"+SSEND=", &M::cmdSsend, "Send Data", "=<SocketID>,<RemoteIP>,<RemotePort>,<SendSize>"},
        {"+SDATA", &M::cmdSdata, "Return to Data Mode", nullptr},
        {"+SFORM=", &M::cmdSform, "Define Data Receive Header Form",
         "=? or =<Format>,<Start>,<Delim>,<End>,<Cls1>,<Cls2>"},
        {"+SOPT1=", &M::cmdSopt1, nullptr, nullptr},
        {"+MPROF=", &M::cmdMprof, "Profile Management", "=<Action>"},
        {"+MFDEF=", &M::cmdMfdef, "Factory Reset", "=FR"},
        {"+MRESET", &M::cmdMreset, "Reset", nullptr},
        {"+MMSG=", &M::cmdMmsg, "Set Message Print Level", "=? or =<Level>"},
        {"+MMAC=", &M::cmdMmac, "Set MAC Address", "=? or =<MAC>"},
        {"+MINFO", &M::cmdMinfo, "Get System Information", nullptr},
        {"+MECHO=", &M::cmdMecho, "Set/Get Echo Mode", "=? or =<Mode>"},
        {"+MHELP", &M::cmdMhelp, "Print Command Description and Usage", nullptr},
        {"+MMCUPS=", &M::cmdMmcups, "ToDo", nullptr},
        {"+MWIFIPS=", &M::cmdMwifips, "Wi-Fi Power Save Mode Enable/Disable",
         "=? or =<Action>,<Delay> (<Delay> can be used when set 2 of <Action> parameter"},
        {"+MTXP=", &M::cmdMtxp, "ToDo", nullptr},
        {"+MCWUI=", &M::cmdMcwui, nullptr, nullptr},
        {"+USET=", &M::cmdUset, "UART Configuration",
         "=? or =<BR>,<Parity>,<WordL>,<StopB>,<FlowC>"},
        {"+MSPI=", &M::cmdMspi, "SPI Configuration",
         "=<STDIOmode>,<Rising/Falling Edge>,<Idle Low/High>,<MSB/LSB First>"},
        {"+FPING=", &M::cmdFping, "PING Test", "=<RepeatCnt>,<TargetIP>"},
        {"+FDNS=", &M::cmdFdns, "DNS Query", "=<HostName>,<Timeout>"},
        {"+FWEBS=", &M::cmdFwebs, "WEB Server Start/Stop", "=? or =<Action>,<Type>"},
        {"+FOTA", &M::cmdFota, nullptr, nullptr},
        {"+FGPIO=", &M::cmdFgpio, nullptr, nullptr},
        {"+FGETADC", &M::cmdFgetadc, "Get ADC value(GPIO5)", nullptr},
        {"+FSOCK=", &M::cmdFsock, "SOCKET Extension Option", "=<Option>,<Value>"},
        {"+FWEBSOPT", &M::cmdFwebsopt, nullptr, nullptr},
        {"+WP2P_START", &M::cmdWp2pStart, nullptr, nullptr},
        {"+WP2P_STOP", &M::cmdWp2pStop, nullptr, nullptr},
        {"+WP2P_PEERLIST", &M::cmdWp2pPeerList, nullptr, nullptr},
        {"+WP2P_INVITE=", &M::cmdWp2pInvite, nullptr, nullptr},
        {"+MCUSTOM=", &M::cmdMcustom, nullptr, nullptr},
        {"+MCSTGPIO", &M::cmdMcstgpio, nullptr, nullptr},
        {"+MAIRCMD=", &M::cmdMaircmd, "Air Command Option", "=? or =<OpenTyp>,<Port>,<Option>"},
        {"+MEVTMSG=", &M::cmdMevtmsg, "", "=0 or 1"},
        {"+MEVTFORM=", &M::cmdMevtform, "Define Event Message Format",
         "=? or =<Format> (Format 0:no display, 1:full text, 2:code)"},
    };
    return table;
}

// ---- command line ----

void Wizfi250Module::echoInput(const QByteArray &bytes)
{
    // Called for every command-mode byte before the base class adds it to the line: the echo
    // ([F]: every byte but LF, CR as CR LF) and the firmware's own line editing (A/).
    for (char c : bytes) {
        if (m_echoOn) {
            if (c == '\r')
                say("\r\n");
            else if (c != '\n')
                say(QByteArray(1, c));
        }
        editLine(c);
    }
}

void Wizfi250Module::editLine(char c)
{
    if (c == '\n')
        return;
    if (c == '\r') {
        m_editLine.clear(); // the base class hands the line to handleCommand()
        return;
    }
    if (c == '\b') {
        m_editLine.chop(1);
        return;
    }
    if (m_editLine.size() == 1 && c == '/' && std::toupper(uchar(m_editLine.at(0))) == 'A') {
        // "A/" repeats the previous command at once, without a CR.
        m_editLine.clear();
        runLine(m_previous);
        return;
    }
    if (m_editLine.size() < 255)
        m_editLine += c;
}

void Wizfi250Module::handleCommand(const QByteArray &raw)
{
    // The same editing as the bytes arrived: backspace, the 256-byte buffer, and "A/" (already
    // run by editLine()) starting the line afresh.
    QByteArray line;
    for (char c : raw) {
        if (c == '\b')
            line.chop(1);
        else if (line.size() == 1 && c == '/' && std::toupper(uchar(line.at(0))) == 'A')
            line.clear();
        else if (line.size() < 255)
            line += c;
    }
    if (line.isEmpty())
        return; // a CR on an empty line: no answer
    m_previous = line;
    runLine(line);
}

void Wizfi250Module::runLine(const QByteArray &line)
{
    if (m_busy) {
        m_queue << line; // the firmware reads the UART again when the command is done
        return;
    }
    execute(line);
}

void Wizfi250Module::execute(const QByteArray &line)
{
    if (line.size() < 2 || std::toupper(uchar(line.at(0))) != 'A' ||
        std::toupper(uchar(line.at(1))) != 'T') {
        finalResult(Result::Invalid);
        return;
    }
    if (line.size() == 2) {
        finalResult(Result::Ok);
        return;
    }
    const QByteArray rest = line.mid(2);
    for (const Command &c : commands()) {
        const qsizetype n = qsizetype(qstrlen(c.name));
        if (rest.size() >= n && qstrnicmp(rest.constData(), c.name, size_t(n)) == 0) {
            finalResult((this->*c.handler)(rest.mid(n)));
            return;
        }
    }
    finalResult(Result::Invalid);
}

void Wizfi250Module::finishLater(Result r)
{
    m_busy = false;
    finalResult(r);
    drainQueue();
}

void Wizfi250Module::drainQueue()
{
    while (!m_busy && !m_queue.isEmpty() && !inDataMode() && !m_payloadActive)
        execute(m_queue.takeFirst());
}

// ---- output ----

void Wizfi250Module::rsp(const QByteArray &bytes)
{
    if (m_capture)
        *m_capture += bytes;
    else
        say(bytes);
}

void Wizfi250Module::evt(const QByteArray &bytes)
{
    if (m_cur.msgLevel >= 2) // AT+MMSG=1 hides these (the firmware's W_EVT)
        rsp(bytes);
}

void Wizfi250Module::finalResult(Result r)
{
    static const char *const texts[] = {
        "[OK]\r\n",
        "[ERROR]\r\n",
        "[ERROR: INVALID INPUT]\r\n",
        "[ERROR: INVALID SCID]\r\n",
        "[ERROR: WiFi Status]\r\n",
        "[ERROR: Mode Status]\r\n",
    };
    if (r == Result::Later || m_cur.msgLevel < 2)
        return;
    const QByteArray text(texts[int(r)]);
    if (m_capture)
        *m_capture += text;
    else
        sayFinal(text);
}

QByteArray Wizfi250Module::eventText(Event e, int arg) const
{
    const char form = m_cur.eventForm.at(int(e));
    if (form == '2')
        return "\r\n[" + num(int(e)) + "]\r\n";
    if (form != '1')
        return {};
    const QByteArray id = QByteArray::number(arg, 16);
    switch (e) {
    case Event::Connect:
        return "\r\n[CONNECT " + id + "]\r\n";
    case Event::Disconnect:
        return "\r\n[DISCONNECT " + id + "]\r\n";
    case Event::LinkUp:
        return "\r\n[Link-Up Event]\r\n";
    case Event::LinkDown:
        return "\r\n[Link-Down Event]\r\n";
    case Event::Reset:
        return "\r\n[Reset Event]\r\n";
    case Event::TcpSendError:
        return "\r\n[TCP Send Error]\r\n";
    case Event::P2pFail:
        return "\r\n[P2P Fail Event]\r\n";
    case Event::Listen:
        return "\r\n[LISTEN " + id + "]\r\n";
    }
    return {};
}

void Wizfi250Module::notify(Event e, int arg)
{
    const QByteArray text = eventText(e, arg);
    if (text.isEmpty())
        return;
    // [CONNECT x] goes out like a final (hidden by AT+MMSG=1); the other events always print.
    if (e == Event::Connect && m_cur.msgLevel < 2)
        return;
    say(text);
}

void Wizfi250Module::joinLine(const QByteArray &line)
{
    if (m_cur.eventForm.at(9) == '1')
        evt(line);
}

QByteArray Wizfi250Module::bootBanner() const
{
    switch (m_cur.eventForm.at(0)) {
    case '1':
        return QByteArray("WizFi250 Version ") + FirmwareVersion + " (WIZnet Co.Ltd)\r\n";
    case '2':
        return "\r\n[0]\r\n";
    default:
        return {};
    }
}

QByteArray Wizfi250Module::busyReply() const
{
    // The firmware has no busy reply (it reads the UART again when it is free). A command the
    // module cannot take is a failed request: the guide's generic [ERROR].
    return "[ERROR]\r\n";
}

// ---- system ----

Wizfi250Module::Profile Wizfi250Module::defaultProfile(const World &world)
{
    Profile p;
    p.mac = toMac(world.stationMac).value_or(QByteArray::fromHex("0008dc000001"));
    for (int n : {1, 5, 6, 7, 8})
        p.gpio << Gpio{1, n, 3, 0}; // [F]: every pin output push-pull, low
    return p;
}

void Wizfi250Module::applyProfile()
{
    m_echoOn = m_cur.echo;
}

void Wizfi250Module::systemReset(bool closeFirst)
{
    // [F] WXS2w_SystemReset: close every socket, leave the network, wait, reboot.
    m_busy = true;
    if (closeFirst) {
        closeAllSockets();
        leaveLink();
    }
    later(200, [this] { rebootNow(); });
}

void Wizfi250Module::rebootNow()
{
    m_userReset = true;
    restart();
}

void Wizfi250Module::onRestart()
{
    m_sockets.clear();
    m_link = Link::Down;
    m_autoConnected = false;
    m_currentScid = -1;
    m_payloadActive = false;
    m_enterDataAfterPayload = false;
    m_tx.clear();
    m_flushTimer.stop();
    m_busy = false;
    m_queue.clear();
    m_editLine.clear();
    m_webServer = false;
    m_airRunning = false;
    m_cur = m_saved;
    applyProfile();
    const bool byUser = std::exchange(m_userReset, false);
    if (!byUser)
        later(0, [this] { notify(Event::Reset); });
    if (m_cur.sconOpen == "S" || m_cur.sconOpen == "SO") // a service socket: join at boot
        later(300, [this] { startJoin(false); });
}

QByteArray Wizfi250Module::authName(Auth a)
{
    switch (a) {
    case Auth::Auto:
        return "";
    case Auth::Open:
        return "OPEN";
    case Auth::Wep:
        return "WEP";
    case Auth::Wpa:
        return "WPA";
    case Auth::WpaAes:
        return "WPAAES";
    case Auth::Wpa2Aes:
        return "WPA2AES";
    case Auth::Wpa2Tkip:
        return "WPA2TKIP";
    case Auth::Wpa2:
        return "WPA2";
    }
    return "";
}

std::optional<Wizfi250Module::Auth> Wizfi250Module::authFromName(const QByteArray &name)
{
    for (Auth a : {Auth::Open, Auth::Wep, Auth::Wpa, Auth::WpaAes, Auth::Wpa2Aes, Auth::Wpa2Tkip,
                   Auth::Wpa2}) {
        if (name.toUpper() == authName(a))
            return a;
    }
    return std::nullopt;
}

QByteArray Wizfi250Module::gpioTable() const
{
    QByteArrayList parts;
    for (const Gpio &g : m_cur.gpio)
        parts << "{" + num(g.mode) + "," + num(g.num) + "," + num(g.config) + "," + num(g.value) +
                     "}";
    return parts.join(',');
}

static QByteArray keyText(const QByteArray &key, bool wep, bool wpa)
{
    // [F]: a WEP key prints as text when it is printable, a 64-byte WPA key (given as 128 hex
    // digits) as hex; each hex byte is followed by a space.
    bool printable = true;
    for (char c : key)
        printable = printable && std::isprint(uchar(c));
    if ((wep && !printable) || (wpa && key.size() >= 64)) {
        QByteArray out;
        for (char c : key)
            out += QByteArray::number(uchar(c), 16).rightJustified(2, '0') + ' ';
        return out;
    }
    return key;
}

QByteArray Wizfi250Module::profileDump(const Profile &p) const
{
    QByteArray out;
    const bool sta = p.wifiMode == 0;
    const Auth auth = sta ? p.staAuth : p.apAuth;
    const QByteArray key = sta ? p.staKey : p.apKey;
    if (sta)
        out += "+WSET=0," + p.staSsid + "," + p.staBssid + "," + num(p.staChannel) + "\r\n";
    else
        out += "+WSET=1," + p.apSsid + ",," + num(p.apChannel) + "\r\n";
    out += "+WSEC=" + num(p.wifiMode) + "," + authName(auth) + ",";
    const bool wep = auth == Auth::Wep;
    const bool wpa = auth != Auth::Wep && auth != Auth::Open && auth != Auth::Auto;
    if (wep || wpa)
        out += keyText(key, wep, wpa);
    out += "\r\n";
    out += "+WNET=" + num(p.dhcp) + "," + p.ip + "," + p.mask + "," + p.gateway + "\r\n";
    out += "+WREG=" + p.country + "\r\n";
    out += "+SCON=" + p.sconOpen + "," + p.sconType + "," + p.sconRemoteIp + "," +
           num(p.sconRemotePort) + "," + num(p.sconLocalPort) + "," + num(p.sconDataMode) + "\r\n";
    QByteArray sform = p.sformMain;
    for (char c : p.sformChars)
        sform += "," + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
    out += "+SFORM=" + sform + "\r\n";
    out += "+MMSG=" + num(p.msgLevel) + "\r\n";
    out += "+MMAC=" + macText(m_cur.mac, true) + "\r\n";
    out += "+USET=" + num(p.baud) + "," + QByteArray(1, p.parity) + "," + num(p.wordLength) + "," +
           p.stopBits + "," + p.flow + "\r\n";
    out += "+MECHO=" + num(p.echo ? 1 : 0) + "\r\n";
    out += "+FWEBS=" + num(m_webServer ? 1 : 0) + "," + QByteArray(1, p.webType) + "\r\n";
    out += "+FGPIO=" + gpioTable() + "\r\n"; // [F] prints the RAM table for VD too
    return out;
}

Wizfi250Module::Result Wizfi250Module::cmdMprof(const QByteArray &a)
{
    if (a == "VD" || a == "vd") {
        rsp(profileDump(m_saved));
        return Result::Ok;
    }
    if (a == "VG" || a == "vg") {
        rsp(profileDump(m_cur));
        return Result::Ok;
    }
    if (a == "L" || a == "l") {
        const QByteArray mac = m_cur.mac;
        m_cur = m_saved;
        m_cur.mac = mac;
        applyProfile();
        return Result::Ok;
    }
    if (a == "S" || a == "s") {
        m_saved = m_cur;
        return Result::Ok;
    }
    return Result::Invalid;
}

Wizfi250Module::Result Wizfi250Module::cmdMfdef(const QByteArray &a)
{
    if (a != "FR" && a != "fr")
        return Result::Invalid;
    const QByteArray mac = m_cur.mac; // [F]: the MAC survives a factory reset
    m_cur = defaultProfile(world());
    m_cur.mac = mac;
    m_saved = m_cur;
    finalResult(Result::Ok);
    systemReset(true);
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdMreset(const QByteArray &)
{
    finalResult(Result::Ok);
    systemReset(true);
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdMmsg(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(num(m_cur.msgLevel) + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto level = toInt(r.next());
    if (!level || *level < 1 || *level > 3)
        return Result::Invalid;
    m_cur.msgLevel = int(*level);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMmac(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(macText(m_cur.mac, true) + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    if (const auto field = r.next()) {
        const auto mac = toMac(field);
        if (!mac)
            return Result::Invalid;
        m_cur.mac = *mac;
    }
    m_saved = m_cur; // [F] saves the whole profile, prints [OK] and reboots
    finalResult(Result::Ok);
    systemReset(true);
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdMinfo(const QByteArray &)
{
    rsp("FW version/HW version\r\n");
    rsp(QByteArray(FirmwareVersion) + "/" + HardwareVersion + "\r\n");
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMecho(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(num(m_cur.echo ? 1 : 0) + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto v = toInt(r.next());
    if (!v || (*v != 0 && *v != 1))
        return Result::Invalid;
    m_cur.echo = *v == 1;
    applyProfile();
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMhelp(const QByteArray &)
{
    rsp("Command        Description & Usage\r\n");
    for (const Command &c : commands()) {
        if (!c.description)
            continue;
        QByteArray name = "AT" + QByteArray(c.name);
        if (name.endsWith('='))
            name.chop(1);
        rsp(name.leftJustified(15, ' ') + c.description + "\r\n");
        if (c.usage)
            rsp(QByteArray(15, ' ') + c.usage + "\r\n");
    }
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMmcups(const QByteArray &a)
{
    Reader r(a);
    const auto action = toInt(r.next());
    if (!action || (*action != 0 && *action != 1))
        return Result::Invalid;
    if (*action == 0)
        return Result::Ok; // nothing to switch off
    const auto timeout = toInt(r.next());
    if (!timeout || *timeout < 100 || *timeout > 3600000)
        return Result::Invalid;
    return Result::Error; // MCU power save is not available in the simulation
}

Wizfi250Module::Result Wizfi250Module::cmdMwifips(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp("0,0\r\n");
        return Result::Ok;
    }
    if (m_link != Link::Station)
        return Result::Error; // [F]: station mode and associated only
    Reader r(a);
    const auto action = toInt(r.next());
    if (!action || *action < 0 || *action > 2)
        return Result::Invalid;
    if (*action == 2) {
        const auto delay = toInt(r.next());
        if (!delay || *delay % 10 != 0 || *delay > 100)
            return Result::Invalid;
    }
    return *action == 0 ? Result::Ok : Result::Error; // Wi-Fi power save is not available
}

Wizfi250Module::Result Wizfi250Module::cmdMtxp(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(num(m_cur.txPower) + " dBm"); // [F] bug: no CRLF, [OK] follows on the same line
        return Result::Ok;
    }
    Reader r(a);
    const auto dbm = toInt(r.next());
    if (!dbm || *dbm > 31)
        return Result::Invalid;
    m_cur.txPower = int(*dbm);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMcwui(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(m_cur.webUser + "," + m_cur.webPassword + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto user = r.next();
    if (!user || user->size() > 20 || *user != m_cur.webUser)
        return Result::Invalid;
    const auto password = r.next();
    if (!password || password->size() > 20 || *password != m_cur.webPassword)
        return Result::Invalid;
    const auto newUser = r.next();
    if (!newUser || newUser->size() > 20)
        return Result::Invalid;
    const auto newPassword = r.next();
    if (!newPassword || newPassword->size() > 20)
        return Result::Invalid;
    m_cur.webUser = *newUser;
    m_cur.webPassword = *newPassword;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdUset(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(num(m_cur.baud) + "," + QByteArray(1, m_cur.parity) + "," + num(m_cur.wordLength) +
            "," + m_cur.stopBits + "," + m_cur.flow + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto baud = toInt(r.next());
    if (!baud || *baud <= 0)
        return Result::Invalid; // [F] takes any rate, not only the guide's list
    const QByteArray parity = r.next().value_or("").toUpper();
    if (parity != "N" && parity != "O" && parity != "E")
        return Result::Invalid;
    const auto word = toInt(r.next());
    if (!word || (*word != 7 && *word != 8) || (*word == 7 && parity == "N"))
        return Result::Invalid;
    const QByteArray stop = r.next().value_or("");
    if (stop != "0.5" && stop != "1" && stop != "1.5" && stop != "2")
        return Result::Invalid;
    const QByteArray flow = r.next().value_or("").toUpper();
    if (flow != "N" && flow != "HW")
        return Result::Invalid;
    const bool writeOnly = r.next().value_or("") == "W";
    m_cur.baud = *baud;
    m_cur.parity = parity.at(0);
    m_cur.wordLength = int(*word);
    m_cur.stopBits = stop;
    m_cur.flow = flow;
    m_saved = m_cur;
    if (writeOnly)
        return Result::Ok;   // [F]: saved, applied at the next boot
    finalResult(Result::Ok); // at the old rate; the module reboots at the new one
    systemReset(true);
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdMspi(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(num(m_cur.spiInterface) + "," + num(m_cur.spiOption) + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto iface = toInt(r.next());
    if (!iface || *iface > 2)
        return Result::Invalid;
    int option = m_cur.spiOption;
    if (const auto field = r.next()) {
        const auto o = toInt(field);
        if (!o || !QList<qint64>{0, 1, 2, 3, 8, 9, 10, 11}.contains(*o))
            return Result::Invalid;
        option = int(*o);
    }
    if (*iface == 2)
        return Result::Error; // the simulated host link is the UART only
    m_cur.spiInterface = int(*iface);
    m_cur.spiOption = option;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMcstgpio(const QByteArray &a)
{
    if (a.isEmpty())
        return Result::Ok; // the guide: "AT+MCSTGPIO" -> [OK] (meaning TBD)
    if (!a.startsWith('='))
        return Result::Invalid;
    const QByteArray args = a.mid(1);
    if (isQuery(args)) {
        rsp(num(m_cur.customGpio) + "\r\n");
        return Result::Ok;
    }
    Reader r(args);
    const auto v = toInt(r.next());
    if (!v || *v > 1)
        return Result::Invalid;
    m_cur.customGpio = int(*v);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMcustom(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(m_cur.custom + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const QByteArray code = r.next().value_or("");
    static const QByteArrayList codes = {"WIZNET", "SHINHEUNG", "URIEL",  "POSBANK",
                                         "COWAYA", "COWAYB",    "ENCORED"};
    if (!codes.contains(code))
        return Result::Invalid;
    m_cur.custom = code;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMaircmd(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(m_cur.airOpen + "," + QByteArray(1, m_cur.airType) + "," + num(m_cur.airPort) + "," +
            num(m_cur.airOption) + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const QByteArray open = r.next().value_or("").toUpper();
    if (open != "O" && open != "S" && open != "SO")
        return Result::Invalid;
    const QByteArray type = r.next().value_or("").toUpper();
    if (type != "T" && type != "U")
        return Result::Invalid;
    const auto port = toInt(r.next());
    if (!port || *port < 1 || *port > 65535)
        return Result::Invalid;
    const auto option = toInt(r.next());
    if (!option)
        return Result::Invalid;
    if (open.contains('O') && !linked())
        return Result::WifiStatus;
    m_cur.airOpen = open;
    m_cur.airType = type.at(0);
    m_cur.airPort = int(*port);
    m_cur.airOption = int(*option);
    if (open.contains('O'))
        startAirCommand();
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMevtmsg(const QByteArray &a)
{
    Reader r(a);
    const auto v = toInt(r.next());
    if (!v || *v > 1)
        return Result::Invalid;
    m_cur.listenMessages = *v == 1;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdMevtform(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(m_cur.eventForm + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const QByteArray form = r.next().value_or("");
    if (form.size() != 10)
        return Result::Invalid;
    for (char c : form) {
        if (c < '0' || c > '2')
            return Result::Invalid;
    }
    m_cur.eventForm = form;
    return Result::Ok;
}
