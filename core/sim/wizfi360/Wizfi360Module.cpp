// The WizFi360 virtual module: command lines, parameters, system and GPIO commands.
#include "Wizfi360Module.h"

#include "Wizfi360ModuleUtil.h"

using namespace Wizfi360Util;

namespace {

// Module pins that have a GPIO function (manual §3.1.10).
constexpr int GpioPins[] = {3, 6, 7, 9, 10, 11, 12, 13, 14, 16, 19, 20};

constexpr int Bauds[] = {2000000, 1500000, 1000000, 921600, 460800, 230400, 115200, 57600, 38400,
                         19200,   14400,   9600,    4800,   2400,   1800,   1200,   600};

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

Wizfi360Module::Wizfi360Module(const World &world, QObject *parent)
    : VirtualModule(world, parent)
    , m_flash(factoryFlash(world))
    , m_stoTimer(this)
{
    registerCommands();
    wireSockets();
    wireMqtt();
    m_stoTimer.setInterval(1000);
    connect(&m_stoTimer, &QTimer::timeout, this, &Wizfi360Module::checkServerTimeouts);
    m_stoTimer.start();
    boot(true);
}

Wizfi360Module::~Wizfi360Module() = default;

QByteArray Wizfi360Module::bootBanner() const
{
    // ESP-AT style firmware prints "ready" framed by CR LF once the AT task runs (manual §2.3).
    return QByteArrayLiteral("\r\nready\r\n");
}

QByteArray Wizfi360Module::busyReply() const
{
    return QByteArrayLiteral("busy p...\r\n");
}

void Wizfi360Module::echoInput(const QByteArray &bytes)
{
    // ESP-AT echoes what it receives and ends the echoed line with CR LF when the LF arrives:
    // "AT\r\n" comes back as "AT\r\r\n".
    for (const char c : bytes)
        say(c == '\n' ? QByteArrayLiteral("\r\n") : QByteArray(1, c));
}

void Wizfi360Module::onRestart()
{
    boot(false);
}

Wizfi360Module::Flash Wizfi360Module::factoryFlash(const World &world)
{
    Flash f;
    f.s.staMac = world.stationMac.toLower();
    // v1.1.x.x factory values (manual §3.2.21, §3.2.23, §3.2.13)
    f.s.sta = {QHostAddress(QStringLiteral("192.168.1.1")),
               QHostAddress(QStringLiteral("192.168.1.1")),
               QHostAddress(QStringLiteral("255.255.255.0"))};
    f.s.ap = {QHostAddress(QStringLiteral("192.168.36.1")),
              QHostAddress(QStringLiteral("192.168.36.1")),
              QHostAddress(QStringLiteral("255.255.255.0"))};
    const QList<QByteArray> mac = world.stationMac.toUpper().split(':');
    f.s.sap.ssid = "WizFi360_" + (mac.size() == 6 ? mac[3] + mac[4] + mac[5] : QByteArray());
    f.s.dns = {QHostAddress(QStringLiteral("208.67.220.220"))};
    return f;
}

QByteArray Wizfi360Module::macSuffix() const
{
    const QList<QByteArray> mac = m_cur.staMac.toUpper().split(':');
    return mac.size() == 6 ? mac[3] + mac[4] + mac[5] : QByteArray();
}

void Wizfi360Module::boot(bool powerOn)
{
    m_cur = m_flash.s;
    m_busy = false;
    m_asleep = false;
    m_cipmux = 0;
    m_cipmode = 0;
    m_dinfo = false;
    m_cipsto = 180;
    m_serverMaxConn = 4;
    m_serverPort = 0;
    m_lapSort = 0;
    m_lapMask = 0x7FF;
    m_sleep = 2;
    m_sslSize = 2048;
    m_hostname = "WizFi360_" + macSuffix();
    m_hadLink = false;
    m_sntp = Sntp{};
    const quint64 mqttAttempt = m_mqtt.attempt;
    m_mqtt = Mqtt{};
    m_mqtt.attempt = mqttAttempt + 1; // answers of the old boot's broker attempts are stale
    m_azure = Azure{};
    m_links.clear();
    m_sendActive = false;
    m_sendLink = -1;
    m_passthrough = false;
    m_transLinkPending = !powerOn && m_flash.transLink.enabled;
    m_pemKind = 0;
    m_gpio.clear();
    for (const int pin : GpioPins) {
        GpioPin p;
        p.output = gpioExists(pin) && gpioIsOutput(pin);
        p.level = gpioExists(pin) ? gpioLevel(pin) : 0;
        m_gpio.insert(pin, p);
    }
    if (apOn())
        startAp();
    if (!powerOn && stationOn() && m_flash.autoConnect && !m_flash.s.japSsid.isEmpty()) {
        // CWAUTOCONN=1 with a saved AP: the station joins by itself after "ready".
        later(300,
              [this] { join(m_flash.s.japSsid, m_flash.s.japPwd, m_flash.s.japBssid, {}, false); });
    }
}

void Wizfi360Module::store(const Cmd &cmd, const std::function<void(Settings &)> &apply)
{
    // _CUR changes the running module; _DEF (and the un-suffixed ESP form) also the flash.
    apply(m_cur);
    if (cmd.store != Store::Cur)
        apply(m_flash.s);
}

void Wizfi360Module::registerCommands()
{
    const auto add = [this](const char *name, Handler h, bool suffixed = false) {
        m_handlers.insert(QByteArray(name), h);
        if (suffixed)
            m_suffixed.insert(QByteArray(name));
    };
    // system and GPIO
    add("RST", &Wizfi360Module::cmdRst);
    add("GMR", &Wizfi360Module::cmdGmr);
    add("GSLP", &Wizfi360Module::cmdGslp);
    add("RESTORE", &Wizfi360Module::cmdRestore);
    add("UART", &Wizfi360Module::cmdUart, true);
    add("SLEEP", &Wizfi360Module::cmdSleep);
    add("SYSIOSETCFG", &Wizfi360Module::cmdSysIoSetCfg);
    add("SYSIOGETCFG", &Wizfi360Module::cmdSysIoGetCfg);
    add("SYSGPIODIR", &Wizfi360Module::cmdSysGpioDir);
    add("SYSGPIOWRITE", &Wizfi360Module::cmdSysGpioWrite);
    add("SYSGPIOREAD", &Wizfi360Module::cmdSysGpioRead);
    // WiFi
    add("CWMODE", &Wizfi360Module::cmdCwmode, true);
    add("CWJAP", &Wizfi360Module::cmdCwjap, true);
    add("CWLAPOPT", &Wizfi360Module::cmdCwlapopt);
    add("CWLAP", &Wizfi360Module::cmdCwlap);
    add("CWQAP", &Wizfi360Module::cmdCwqap);
    add("CWSAP", &Wizfi360Module::cmdCwsap, true);
    add("CWLIF", &Wizfi360Module::cmdCwlif);
    add("CWDHCP", &Wizfi360Module::cmdCwdhcp, true);
    add("CWDHCPS", &Wizfi360Module::cmdCwdhcps, true);
    add("CWDHPCS", &Wizfi360Module::cmdCwdhcps, true); // the manual's §3.2.14 spelling
    add("CWAUTOCONN", &Wizfi360Module::cmdCwautoconn);
    add("CIPSTAMAC", &Wizfi360Module::cmdCipstamac, true);
    add("CIPAPMAC", &Wizfi360Module::cmdCipapmac, true);
    add("CIPSTA", &Wizfi360Module::cmdCipsta, true);
    add("CIPAP", &Wizfi360Module::cmdCipap, true);
    add("CWSTARTSMART", &Wizfi360Module::cmdCwstartsmart);
    add("CWSTOPSMART", &Wizfi360Module::cmdCwstopsmart);
    add("WPS", &Wizfi360Module::cmdWps);
    add("CWHOSTNAME", &Wizfi360Module::cmdCwhostname);
    add("CWCOUNTRY", &Wizfi360Module::cmdCwcountry, true);
    add("WIZ_NETCONFIG", &Wizfi360Module::cmdWizNetconfig);
    // TCP/IP
    add("CIPSTATUS", &Wizfi360Module::cmdCipstatus);
    add("CIPDOMAIN", &Wizfi360Module::cmdCipdomain);
    add("CIPSTART", &Wizfi360Module::cmdCipstart);
    add("CIPSSLSIZE", &Wizfi360Module::cmdCipsslsize);
    add("CIPSSLCONF", &Wizfi360Module::cmdCipsslconf);
    add("CASEND", &Wizfi360Module::cmdPemStore);
    add("CIPSEND", &Wizfi360Module::cmdCipsend);
    add("CIPSENDEX", &Wizfi360Module::cmdCipsendex);
    add("CIPSENDERBUF", &Wizfi360Module::cmdCipsenderbuf);
    add("CIPSENDBUF", &Wizfi360Module::cmdCipsenderbuf); // the manual's §3 list name
    add("CIPBUFRESET", &Wizfi360Module::cmdCipbufreset);
    add("CIPBUFSTATUS", &Wizfi360Module::cmdCipbufstatus);
    add("CIPCHECKSEQ", &Wizfi360Module::cmdCipcheckseq);
    add("CIPCLOSE", &Wizfi360Module::cmdCipclose);
    add("CIFSR", &Wizfi360Module::cmdCifsr);
    add("CIPMUX", &Wizfi360Module::cmdCipmux);
    add("CIPSERVER", &Wizfi360Module::cmdCipserver);
    add("CIPSERVERMAXCONN", &Wizfi360Module::cmdCipservermaxconn);
    add("CIPMODE", &Wizfi360Module::cmdCipmode);
    add("SAVETRANSLINK", &Wizfi360Module::cmdSavetranslink);
    add("CIPSTO", &Wizfi360Module::cmdCipsto);
    add("CIUPDATE", &Wizfi360Module::cmdCiupdate);
    add("PING", &Wizfi360Module::cmdPing);
    add("CIPDINFO", &Wizfi360Module::cmdCipdinfo);
    add("CIPSNTPCFG", &Wizfi360Module::cmdCipsntpcfg);
    add("CIPSNTPTIME", &Wizfi360Module::cmdCipsntptime);
    add("CIPDNS", &Wizfi360Module::cmdCipdns, true);
    // MQTT and cloud
    add("MQTTSET", &Wizfi360Module::cmdMqttset);
    add("MQTTTOPIC", &Wizfi360Module::cmdMqtttopic);
    add("MQTTCON", &Wizfi360Module::cmdMqttcon);
    add("MQTTPUB", &Wizfi360Module::cmdMqttpub);
    add("MQTTDIS", &Wizfi360Module::cmdMqttdis);
    add("AZSET", &Wizfi360Module::cmdAzset);
    add("AZCON", &Wizfi360Module::cmdAzcon);
    add("AWSPKSEND", &Wizfi360Module::cmdPemStore);
    add("CLICASEND", &Wizfi360Module::cmdPemStore);
    add("AWSCON", &Wizfi360Module::cmdAwscon);
}

void Wizfi360Module::handleCommand(const QByteArray &line)
{
    if (m_asleep)
        return; // deep sleep: the UART is dead until the wake-up reset
    if (m_busy) {
        say(busyReply());
        return;
    }
    // Commands are upper case and start with AT (manual §2.1).
    if (line == "AT") {
        cmdAt({});
        return;
    }
    if (line == "ATE0" || line == "ATE1") {
        setEcho(line == "ATE1");
        ok();
        return;
    }
    if (!line.startsWith("AT+")) {
        error();
        return;
    }
    qsizetype i = 3;
    while (i < line.size() && isNameChar(line[i]))
        ++i;
    Cmd cmd;
    cmd.typed = line.mid(3, i - 3);
    const QByteArray rest = line.mid(i);
    if (rest.isEmpty()) {
        cmd.form = Form::Exec;
    } else if (rest == "?") {
        cmd.form = Form::Query;
    } else if (rest == "=?") {
        cmd.form = Form::Test;
    } else if (rest.startsWith('=')) {
        cmd.form = Form::Set;
        if (!parseParams(rest.mid(1), &cmd.params)) {
            error();
            return;
        }
    } else {
        error();
        return;
    }
    cmd.name = cmd.typed;
    cmd.store = Store::Plain;
    for (const auto &[suffix, store] :
         {std::pair<const char *, Store>{"_CUR", Store::Cur}, {"_DEF", Store::Def}}) {
        if (cmd.typed.endsWith(suffix) && m_suffixed.contains(cmd.typed.chopped(4))) {
            cmd.name = cmd.typed.chopped(4);
            cmd.store = store;
        }
    }
    const auto it = m_handlers.constFind(cmd.name);
    if (it == m_handlers.constEnd() || cmd.name.isEmpty()) {
        error(); // not in the manual (AT+SYSADC, AT+CIPRECVDATA, ...)
        return;
    }
    if (cmd.form == Form::Test) {
        // No command documents a test form; the manual's own MQTTSET query example is printed
        // "AT+MQTTSET=?", so that one is answered as the query.
        if (cmd.name != "MQTTSET") {
            error();
            return;
        }
        cmd.form = Form::Query;
    }
    (this->*(*it))(cmd);
}

// ---------------------------------------------------------------------------------------------
// System

void Wizfi360Module::cmdAt(const Cmd &)
{
    ok();
}

void Wizfi360Module::cmdRst(const Cmd &cmd)
{
    if (cmd.form != Form::Exec)
        return error();
    ok();
    setBusy(true);
    later(50, [this] { restart(); });
}

void Wizfi360Module::cmdGmr(const Cmd &cmd)
{
    if (cmd.form != Form::Exec)
        return error();
    // The layout of the manual's example (§3.1.3) with the firmware of this manual's revision.
    say("AT version:1.1.1.7(May  9 2022 10:21:36)\r\n"
        "SDK version:3.0.0(a0ffff9f)\r\n"
        "compile time:May  9 2022 10:21:36\r\n");
    ok();
}

void Wizfi360Module::cmdGslp(const Cmd &cmd)
{
    int ms = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 1000, 65535, &ms))
        return error();
    ok();
    // Deep sleep: radio and sockets off, no UART; it wakes after <time> with a reset.
    m_asleep = true;
    setEcho(false);
    sockets().closeAll();
    m_links.clear();
    mqtt().disconnectFromBroker();
    wifi().leave();
    wifi().stopAccessPoint();
    leaveDataMode();
    later(ms, [this] { restart(); });
}

void Wizfi360Module::cmdRestore(const Cmd &cmd)
{
    int type = 0;
    if (cmd.form == Form::Set) {
        if (cmd.params.size() != 1 || !num(cmd, 0, 0, 1, &type))
            return error();
    } else if (cmd.form != Form::Exec) {
        return error();
    }
    ok();
    if (type == 1)
        m_flash = factoryFlash(world());
    else
        m_flash.s.staMac = world().stationMac.toLower();
    setBusy(true);
    later(50, [this] { restart(); });
}

void Wizfi360Module::cmdUart(const Cmd &cmd)
{
    const Settings &s = cmd.store == Store::Def ? m_flash.s : m_cur;
    if (cmd.form == Form::Query) {
        line(cmd.prefix() + number(s.uart.baud) + ',' + number(s.uart.dataBits) + ',' +
             number(s.uart.stopBits) + ',' + number(s.uart.parity) + ',' + number(s.uart.flow));
        return ok();
    }
    Uart u;
    // <flow control> 2 and 3 (RTS only / CTS only) are ESP-AT values that WIZnet's own drivers
    // send; the firmware takes them.
    if (cmd.form != Form::Set || cmd.params.size() != 5 || !num(cmd, 0, 600, 2000000, &u.baud) ||
        !num(cmd, 1, 5, 8, &u.dataBits) || !num(cmd, 2, 1, 2, &u.stopBits) ||
        !num(cmd, 3, 0, 2, &u.parity) || !num(cmd, 4, 0, 3, &u.flow) ||
        std::find(std::begin(Bauds), std::end(Bauds), u.baud) == std::end(Bauds))
        return error();
    store(cmd, [&u](Settings &t) { t.uart = u; });
    ok(); // at the old rate; a real UART switches after this line
}

void Wizfi360Module::cmdSleep(const Cmd &cmd)
{
    if (cmd.form == Form::Query) {
        line("+SLEEP:" + number(m_sleep));
        return ok();
    }
    int mode = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 2, &mode))
        return error();
    if (!stationOn())
        return error(); // "This command can only be used in Station mode."
    m_sleep = mode;
    ok();
}

// ---------------------------------------------------------------------------------------------
// GPIO (§3.1.10 - §3.1.14). Module pins; the world's GPIO pins are numbered the same way and say
// what is wired to them. A pin with nothing wired reads its pull-up.

Wizfi360Module::GpioPin *Wizfi360Module::gpioPin(int pin)
{
    const auto it = m_gpio.find(pin);
    return it == m_gpio.end() ? nullptr : &*it;
}

int Wizfi360Module::gpioReadLevel(int pin)
{
    GpioPin *p = gpioPin(pin);
    if (!p)
        return 0;
    if (p->output)
        return p->level;
    if (gpioExists(pin))
        return gpioLevel(pin);
    return p->pullUp ? 1 : 0;
}

void Wizfi360Module::cmdSysIoSetCfg(const Cmd &cmd)
{
    int pin = 0;
    int mode = 0;
    int pullUp = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 3 || !num(cmd, 0, 0, 99, &pin) ||
        !num(cmd, 1, 0, 1, &mode) || !num(cmd, 2, 0, 1, &pullUp))
        return error();
    GpioPin *p = gpioPin(pin);
    if (!p)
        return error();
    p->mode = mode;
    p->pullUp = pullUp;
    ok();
}

void Wizfi360Module::cmdSysIoGetCfg(const Cmd &cmd)
{
    int pin = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 99, &pin))
        return error();
    const GpioPin *p = gpioPin(pin);
    if (!p)
        return error();
    line("+SYSIOGETCFG:" + number(pin) + ',' + number(p->mode) + ',' + number(p->pullUp));
    ok();
}

void Wizfi360Module::cmdSysGpioDir(const Cmd &cmd)
{
    int pin = 0;
    int dir = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 2 || !num(cmd, 0, 0, 99, &pin) ||
        !num(cmd, 1, 0, 1, &dir))
        return error();
    GpioPin *p = gpioPin(pin);
    if (!p)
        return error();
    if (p->mode != 1) {
        line("NOT GPIO MODE!");
        return error();
    }
    p->output = dir == 1;
    if (!p->output)
        p->pullUp = 1; // "If GPIO Direction is input, set to pull-up automatically"
    setGpioDirection(pin, p->output);
    ok();
}

void Wizfi360Module::cmdSysGpioWrite(const Cmd &cmd)
{
    int pin = 0;
    int level = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 2 || !num(cmd, 0, 0, 99, &pin) ||
        !num(cmd, 1, 0, 1, &level))
        return error();
    GpioPin *p = gpioPin(pin);
    if (!p)
        return error();
    if (p->mode != 1) {
        line("NOT GPIO MODE!");
        return error();
    }
    if (!p->output) {
        line("NOT OUTPUT MODE!");
        return error();
    }
    p->level = level;
    setGpioLevel(pin, level);
    ok();
}

void Wizfi360Module::cmdSysGpioRead(const Cmd &cmd)
{
    int pin = 0;
    if (cmd.form != Form::Set || cmd.params.size() != 1 || !num(cmd, 0, 0, 99, &pin))
        return error();
    const GpioPin *p = gpioPin(pin);
    if (!p)
        return error();
    if (p->mode != 1) {
        line("NOT GPIO MODE!");
        return error();
    }
    line("+SYSGPIOREAD:" + number(pin) + ',' + number(p->output ? 1 : 0) + ',' +
         number(gpioReadLevel(pin)));
    ok();
}
