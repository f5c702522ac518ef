// The PIC32MZW1 AnyCloud module: line handling, echo, result codes, parameter parsing, command
// table, identity and the configuration stores. Wi-Fi, sockets and MQTT are in the files beside.
//
// The strings written here are the module's protocol bytes, not user interface text: they are
// never translated (a translated "OK" would be a different module).
#include "Pic32mzw1Module.h"

#include <QTimer>
#include <cstdlib>

namespace {

const char *statusMessage(int code)
{
    // The firmware's table (digest 2.4); the texts are what ATV4/ATV5 print.
    static const char *const table[] = {
        "OK",
        "General Error",
        "Invalid AT Command",
        "Unknown AT Command",
        "Invalid Parameter",
        "Incorrect Number of Parameters",
        "Configuration Update Blocked",
        "Configuration Access Failed",
        "Wi-Fi Request Failed",
        "STA Not Connected",
        "Socket ID Not Found",
        "No Free Sockets",
        "Invalid Socket Protocol",
        "Socket Close Failed",
        "Socket Bind Failed",
        "Socket TLS Failed",
        "Socket Connect Failed",
        "Socket Send Failed",
        "Socket Set Option Failed",
        "Socket Destination Not Set",
        "Length Mismatch",
        "STA Disconnect Not Permitted",
        "STA Disconnect Failed",
        "STA Connection Not Permitted",
        "STA Connection Failed",
        "Soft AP Stop Not Permitted",
        "Soft AP Stop Failed",
        "Soft AP Start Not Permitted",
        "Soft AP Start Failed",
        "Provisioning Soft AP Stop Not Permitted",
        "Provisioning Soft AP Stop Failed",
        "Provisioning Soft AP Start Not Permitted",
        "Provisioning Soft AP Start Failed",
        "WPS Stop Not Permitted",
        "WPS Stop Failed",
        "WPS Start Not Permitted",
        "WPS Start Failed",
        "Unsupported Security Type",
        "Invalid Security Parameters",
        "OTA In Progress",
        "Unsupported File Transfer Protocol",
        "DNS Type Not Supported",
        "DNS Query Timeout",
        "Ping Failed",
        "Network Error",
        "Multicast Error",
        "Time Error",
        "MQTT Error",
    };
    if (code < 0 || code >= int(sizeof(table) / sizeof(table[0])))
        return nullptr;
    return table[code];
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0; // the firmware reads any other letter as 0
}

} // namespace

Pic32mzw1Module::Pic32mzw1Module(const World &world, QObject *parent)
    : VirtualModule(world, parent)
{
    wireSockets();
    wireMqtt();
    resetState();
}

Pic32mzw1Module::~Pic32mzw1Module() = default;

// ---- boot, restart, busy ----

QByteArray Pic32mzw1Module::bootBanner() const
{
    // [FW] ATCMD_Init prints "\r\nOK\r\n" once; echo is on at boot, so the prompt follows.
    return QByteArrayLiteral("\r\nOK\r\n>");
}

QByteArray Pic32mzw1Module::busyReply() const
{
    // The firmware has no busy message: a command it cannot take fails with General Error.
    return statusText(GeneralError) + (echo() ? QByteArrayLiteral(">") : QByteArray());
}

void Pic32mzw1Module::onRestart()
{
    resetState();
}

void Pic32mzw1Module::resetState()
{
    m_verbosity = 5;
    m_inCommand = false;
    m_typed = 0;
    m_ipr = 115200;
    const QByteArray mac = world().stationMac.toUpper();
    m_deviceName = "wfi32-" + QByteArray(mac).replace(":", "").right(6).toLower();

    m_wscnc = {confInt(1, 30), confInt(2, 300)};
    m_wstac = {
        confString(1, 32, {}), confInt(2, 0),        confString(3, 128, {}),
        confInt(4, 255),       confString(5, 6, {}), confIp(6, "0.0.0.0"),
        confIp(7, "0.0.0.0"),  confIp(8, "0.0.0.0"), confIp(9, "0.0.0.0"),
        confIp(10, "0.0.0.0"), confBool(11, true),   confString(12, 64, {}),
        confBool(13, false),   confBool(14, true),   confBool(15, false),
    };
    m_wapc = {
        confString(1, 32, "DEMO_AP_1"),
        confInt(2, 0),
        confString(3, 128, {}),
        confInt(4, 6),
        confBool(5, false),
        confIp(6, "192.168.0.1"),
        confIp(7, "255.255.255.0"),
        confIp(8, "192.168.0.1"),
        confIp(9, "192.168.0.1"),
        confBool(10, true),
        confIp(11, "192.168.0.16"),
    };
    m_mqttc = {
        confString(1, 64, {}),  confInt(2, 8883),       confString(3, 23, m_deviceName),
        confString(4, 128, {}), confString(5, 256, {}), confInt(6, 0),
        confInt(7, 1),
    };
    for (ConfStore &tls : m_tlsc) {
        ConfItem password = confString(4, 64, {});
        password.readable = false; // write-only (digest 4.5)
        tls = {confString(1, 64, {}), confString(2, 64, {}), confString(3, 64, {}), password,
               confString(5, 64, {})};
    }
    m_scanning = false;
    m_app = AppState::Idle;
    m_wstaState = 0;
    ++m_joinAttempt;
    m_staChannel = 0;
    m_staBssid.clear();
    m_staHasIp = false;
    m_sockets.clear();
    m_lastHandle = 0;
    m_binaryHandle = 0;
    m_dnsCache.clear();
    m_mqtt = MqttState::Down;
    ++m_mqttAttempt;
}

// ---- output ----

QByteArray Pic32mzw1Module::statusText(int code) const
{
    const QByteArray n = QByteArray::number(code);
    if (m_verbosity < 2) {
        if (code == Ok)
            return "0\r\n";
        return m_verbosity == 0 ? QByteArray("1\r\n") : "1:" + n + "\r\n";
    }
    if (code == Ok)
        return "OK\r\n";
    if (m_verbosity == 2)
        return "ERROR\r\n";
    if (m_verbosity == 3)
        return "ERROR:" + n + "\r\n";
    const char *message = statusMessage(code);
    if (!message)
        return "ERROR:" + n + "\r\n";
    if (m_verbosity == 4)
        return "ERROR:\"" + QByteArray(message) + "\"\r\n";
    return "ERROR:" + n + ",\"" + QByteArray(message) + "\"\r\n";
}

void Pic32mzw1Module::prompt()
{
    if (echo() && !inDataMode())
        say(QByteArrayLiteral(">"));
}

void Pic32mzw1Module::reply(const QByteArray &line)
{
    say(line + "\r\n");
}

void Pic32mzw1Module::finish(int code)
{
    sayFinal(statusText(code));
    prompt();
}

void Pic32mzw1Module::aec(const QByteArray &line)
{
    // [FW] ATCMD_Print: while no command runs (AEC mode), the first write of a line starts with
    // a CR that wipes the prompt, and a complete line is followed by a new prompt (echo on).
    if (m_inCommand || inDataMode()) {
        say(line + "\r\n");
        return;
    }
    say("\r" + line + "\r\n" + (echo() ? QByteArrayLiteral(">") : QByteArray()));
}

void Pic32mzw1Module::aecStatus(const QByteArray &name, int code)
{
    // [FW] ATCMD_ReportAECStatus prints "\r<name>:" and then the status; in AEC mode the print
    // routine adds its own CR in front, so an idle module sends two.
    const QByteArray body = "\r" + name + ":" + statusText(code);
    if (m_inCommand || inDataMode()) {
        say(body);
        return;
    }
    say("\r" + body + (echo() ? QByteArrayLiteral(">") : QByteArray()));
}

// ---- input ----

void Pic32mzw1Module::echoInput(const QByteArray &bytes)
{
    // [FW] terminal.c: typed characters, CR and LF are echoed; a backspace erases with ANSI
    // sequences; other control bytes are taken silently.
    QByteArray out;
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (c == '\n') {
            out += c;
            m_typed = 0;
        } else if (c == '\r') {
            out += c;
        } else if (u == 0x08 || u == 0x7f) {
            if (m_typed > 0) {
                out += "\x1b[D\x1b[K";
                --m_typed;
            }
        } else if (u >= 0x20) {
            out += c;
            ++m_typed;
        }
    }
    say(out);
}

void Pic32mzw1Module::handleEmptyLine()
{
    // [FW] an empty line only brings a new prompt (echo on).
    prompt();
}

void Pic32mzw1Module::handleCommand(const QByteArray &raw)
{
    m_typed = 0;
    // The line editor: backspace removes, other control bytes are not part of the line.
    QByteArray line;
    for (const char c : raw) {
        const auto u = uchar(c);
        if (u == 0x08 || u == 0x7f) {
            line.chop(1);
        } else if (u >= 0x20) {
            line += c;
        }
    }
    // [FW] the command buffer holds 511 characters; the editor drops the line at the 512th and
    // what follows is a new line.
    if (line.size() > 511)
        line = line.mid(512);
    if (line.isEmpty()) {
        handleEmptyLine();
        return;
    }

    m_inCommand = true;
    int status = Ok;
    if (!line.startsWith("AT")) {
        status = InvalidCommand;
    } else if (line.size() > 2) {
        QByteArray rest = line.mid(2);
        const qsizetype eq = rest.indexOf('=');
        QByteArray name = eq < 0 ? rest : rest.left(eq);
        const QByteArray args = eq < 0 ? QByteArray() : rest.mid(eq + 1);
        bool help = false;
        bool read = false;
        const qsizetype slash = name.indexOf("/?");
        if (slash >= 0) {
            if (slash == name.size() - 2) {
                help = true;
                name.chop(2);
            }
        } else if (name.size() > 1 && name.endsWith('?')) {
            name.chop(1);
            read = true;
        }
        const Command *command = nullptr;
        for (const Command &c : commands()) {
            if (name == c.name) {
                command = &c;
                break;
            }
        }
        if (!command) {
            status = runInternal(name) ? Ok : UnknownCommand;
        } else if (help || args.startsWith('?')) {
            showHelp(*command);
        } else if (args.isEmpty() || read) {
            status = (this->*command->handler)({});
        } else if (const auto params = parseParams(args)) {
            status = (this->*command->handler)(*params);
        } else {
            status = WrongParamCount;
        }
    }
    m_inCommand = false;
    if (status != Pending)
        finish(status);
}

bool Pic32mzw1Module::runInternal(const QByteArray &name)
{
    // [FW] basic commands: a capital letter and a number, chained (ATE0V5); only E and V exist.
    const QByteArray s = name + '\0';
    char command = 0;
    int number = 0;
    for (qsizetype k = 0; k < s.size(); ++k) {
        const char c = s.at(k);
        if (command == 0) {
            if (c < 'A' || c > 'Z')
                return false;
            command = c;
            continue;
        }
        if (c >= '0' && c <= '9') {
            number = number * 10 + (c - '0');
            continue;
        }
        if (command == 'E') {
            if (number > 1)
                return false;
            setEcho(number == 1);
        } else if (command == 'V') {
            if (number > 5)
                return false;
            m_verbosity = number;
        } else {
            return false;
        }
        command = 0;
        number = 0;
        if (c == '\0')
            return true;
        --k; // this character starts the next basic command
    }
    return false;
}

std::optional<Pic32mzw1Module::Params> Pic32mzw1Module::parseParams(const QByteArray &text)
{
    // A transcription of the firmware's parser (at_cmd_parser.c), quirks included: spaces are
    // allowed before a parameter and after a closing quote or bracket, integers are decimal,
    // 0x-hex or (leading 0) octal, an unterminated string is accepted, anything else fails.
    enum class T { None, Int, Ascii, Hex };
    Params out;
    T type = T::None;
    QByteArray value;
    bool expectCommas = true;
    bool hexInt = false;

    const auto translate = [&]() -> bool {
        Param p;
        switch (type) {
        case T::None:
            return false;
        case T::Int: {
            const QByteArray z = value + '\0';
            p.type = Param::Type::Integer;
            if (value.startsWith('-'))
                p.i = std::strtol(z.constData(), nullptr, 0);
            else
                p.i = qint64(quint32(std::strtoul(z.constData(), nullptr, 0)));
            break;
        }
        case T::Ascii:
            p.type = Param::Type::Ascii;
            p.bytes = value;
            break;
        case T::Hex:
            if (value.size() % 2)
                return false;
            p.type = Param::Type::Hex;
            for (qsizetype k = 0; k + 1 < value.size(); k += 2)
                p.bytes += char(hexValue(value.at(k)) << 4 | hexValue(value.at(k + 1)));
            break;
        }
        out << p;
        return true;
    };

    for (qsizetype k = 0; k < text.size(); ++k) {
        char token = text.at(k);
        const qsizetype remaining = text.size() - k - 1;
        if (token == ',' && expectCommas) {
            if (!translate())
                return std::nullopt;
            type = T::None;
            value.clear();
            continue;
        }
        if (value.isEmpty() && type == T::None) {
            if (token == ' ')
                continue;
            if (token == '"') {
                type = T::Ascii;
                expectCommas = false;
                continue;
            }
            if (token == '[') {
                type = T::Hex;
                expectCommas = false;
                continue;
            }
            if (token == '-') {
                type = T::Int;
                expectCommas = false;
                hexInt = false;
            } else if (token >= '0' && token <= '9') {
                type = T::Int;
                hexInt = false;
            } else {
                return std::nullopt;
            }
        }
        switch (type) {
        case T::Int:
            if (value.size() == 1 && (token == 'x' || token == 'X') && value.at(0) == '0' &&
                remaining > 0) {
                hexInt = true;
                expectCommas = false;
            } else if (hexInt && value.size() >= 2 && !isHexDigit(token)) {
                return std::nullopt;
            } else if (!hexInt && !value.isEmpty() && (token < '0' || token > '9')) {
                return std::nullopt;
            } else {
                expectCommas = true;
            }
            break;
        case T::Ascii:
            if (token == '"' && !expectCommas) {
                expectCommas = true;
                continue;
            }
            if (expectCommas) {
                if (token != ' ')
                    return std::nullopt;
                continue;
            }
            if (uchar(token) <= 0x1f || uchar(token) >= 0x7f)
                return std::nullopt;
            if (token == '\\') {
                if (remaining == 0)
                    return std::nullopt;
                const char next = text.at(k + 1);
                if (next == 'e') {
                    token = 0x1b;
                } else if (next == '"') {
                    token = '"';
                } else if (next != '\\') {
                    const qsizetype at = QByteArrayView("abtnvfr").indexOf(next);
                    if (at < 0)
                        return std::nullopt;
                    token = char(0x07 + at);
                }
                ++k;
            }
            break;
        case T::Hex:
            if (token == ']' && !expectCommas) {
                expectCommas = true;
                continue;
            }
            if (expectCommas) {
                if (token != ' ')
                    return std::nullopt;
                continue;
            }
            if (!((token >= '0' && token <= '9') || (token >= 'A' && token <= 'Z') ||
                  (token >= 'a' && token <= 'z')))
                return std::nullopt;
            break;
        case T::None:
            break;
        }
        value += token;
    }
    if (!translate())
        return std::nullopt;
    return out;
}

QByteArray Pic32mzw1Module::safeString(const QByteArray &bytes)
{
    // [FW] ATCMD_PrintStringSafe: [] when empty; [HEX] when any byte is not printable ASCII
    // and has no escape; "..." with backslash escapes when a control byte has one; otherwise
    // the bytes as they are between quotes (quotes and backslashes inside are NOT escaped).
    if (bytes.isEmpty())
        return QByteArrayLiteral("[]");
    bool escapes = false;
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (u >= 0x20 && u <= 0x7e)
            continue;
        if (u == 0 || (u >= 0x07 && u <= 0x0d) || u == 0x1b) {
            escapes = true;
            continue;
        }
        return '[' + bytes.toHex().toUpper() + ']';
    }
    if (!escapes)
        return '"' + bytes + '"';
    QByteArray out = "\"";
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (u >= 0x20 && u <= 0x7e) {
            if (c == '\\' || c == '"')
                out += '\\';
            out += c;
        } else if (u == 0) {
            out += "\\0";
        } else if (u >= 0x07 && u <= 0x0d) {
            out += '\\';
            out += "abtnvfr"[u - 0x07];
        } else {
            out += "\\e";
        }
    }
    return out + '"';
}

QByteArray Pic32mzw1Module::quotedMac(const QByteArray &mac)
{
    return '"' + mac.toUpper() + '"';
}

QByteArray Pic32mzw1Module::quotedIp(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return '"' + (ok ? QHostAddress(v4).toString().toLatin1() : QByteArray("0.0.0.0")) + '"';
}

// ---- command table ----

const QList<Pic32mzw1Module::Command> &Pic32mzw1Module::commands()
{
    using M = Pic32mzw1Module;
    static const QList<Command> table = {
        {"+GMI", &M::cmdGmi, "This command requests manufacturer identification", "AT+GMI"},
        {"+GMM", &M::cmdGmm, "This command requests model identification", "AT+GMM"},
        {"+GMR", &M::cmdGmr, "This command requests revision identification", "AT+GMR"},
        {"+IPR", &M::cmdIpr, "This command sets the DTE serial port baud rate",
         "AT+IPR|AT+IPR=<BAUD_RATE>"},
        {"+RST", &M::cmdRst, "This command resets the DCE", "AT+RST"},
        {"+CFG", &M::cmdCfg, "This command reads or sets the system configuration",
         "AT+CFG|AT+CFG=<ID>|AT+CFG=<ID>,<VAL>"},
        {"+WSCNC", &M::cmdWscnc, "This command reads or sets the DCE's scanning configuration",
         "AT+WSCNC|AT+WSCNC=<ID>|AT+WSCNC=<ID>,<VAL>"},
        {"+WSCNA", &M::cmdWscna,
         "This command is used to actively scan for infrastructure networks in range of the DCE",
         "AT+WSCNA=<CHANNEL>|AT+WSCNA=<CHANNEL>,<SSID>"},
        {"+WSCNP", &M::cmdWscnp,
         "This command is used to passively scan for infrastructure networks in range of the DCE",
         "AT+WSCNP=<CHANNEL>|AT+WSCNP=<CHANNEL>,<SSID>"},
        {"+WSTAC", &M::cmdWstac, "This command is used to read or set the DCE's STA configuration",
         "AT+WSTAC|AT+WSTAC=<ID>|AT+WSTAC=<ID>,<VAL>"},
        {"+WSTA", &M::cmdWsta, "This command is used to control or query the DCE's STA mode",
         "AT+WSTA|AT+WSTA=<STATE>|AT+WSTA=<STATE>,<TIMEOUT>"},
        {"+WAPC", &M::cmdWapc, "This command is used to read or set the DCE's AP configuration",
         "AT+WAPC|AT+WAPC=<ID>|AT+WAPC=<ID>,<VAL>"},
        {"+WAP", &M::cmdWap, "This command is used to enable or query the DCE's AP mode",
         "AT+WAP|AT+WAP=<STATE>"},
        {"+SOCKO", &M::cmdSocko, "This command is used to open a new socket",
         "AT+SOCKO=<PROTOCOL>"},
        {"+SOCKBL", &M::cmdSockbl, "This command is used to bind a socket to a local port",
         "AT+SOCKBL=<SOCK_ID>,<LCL_PORT>"},
        {"+SOCKBR", &M::cmdSockbr, "This command is used to bind a socket to a remote address",
         "AT+SOCKBR=<SOCK_ID>,<RMT_ADDR>,<RMT_PORT>"},
        {"+SOCKBM", &M::cmdSockbm, "This command is used to bind a socket to a multicast group",
         "AT+SOCKBM=<SOCK_ID>,<MCAST_ADDR>,<MCAST_PORT>"},
        {"+SOCKTLS", &M::cmdSocktls, "This command is used to enable TLS on a socket",
         "AT+SOCKTLS=<SOCK_ID>,<TLS_CONF>"},
        {"+SOCKWR", &M::cmdSockwr,
         "This command is used to send data over a socket that is bound to a remote address and "
         "port number",
         "AT+SOCKWR=<SOCK_ID>,<LENGTH>,<DATA>|AT+SOCKWR=<SOCK_ID>,<LENGTH>"},
        {"+SOCKWRTO", &M::cmdSockwrto,
         "This command is used to send data to an arbitrary destination using the connectionless "
         "UDP protocol",
         "AT+SOCKWRTO=<SOCK_ID>,<RMT_ADDR>,<RMT_PORT>,<LENGTH>,<DATA>|"
         "AT+SOCKWRTO=<SOCK_ID>,<RMT_ADDR>,<RMT_PORT>,<LENGTH>"},
        {"+SOCKRD", &M::cmdSockrd, "This command is used to read data from a socket",
         "AT+SOCKRD=<SOCK_ID>,<OUTPUT_MODE>,<LENGTH>"},
        {"+SOCKCL", &M::cmdSockcl, "This command is used to close a socket", "AT+SOCKCL=<SOCK_ID>"},
        {"+SOCKLST", &M::cmdSocklst,
         "This command is used to present a list of the DCE's open sockets/connections",
         "AT+SOCKLST|AT+SOCKLST=<SOCK_ID>"},
        {"+DNSRESOLV", &M::cmdDnsresolv, "This command is used to resolve domain names via DNS",
         "AT+DNSRESOLV=<TYPE>,<DOMAIN_NAME>"},
        {"+PING", &M::cmdPing,
         "This command sends a ping (ICMP Echo Request) to the target address",
         "AT+PING=<TARGET_ADDR>"},
        {"+MQTTC", &M::cmdMqttc, "This command is used to read or set the MQTT configuration",
         "AT+MQTTC|AT+MQTTC=<ID>|AT+MQTTC=<ID>,<VAL>"},
        {"+MQTTCONN", &M::cmdMqttconn, "This command is used to connect to a broker",
         "AT+MQTTCONN|AT+MQTTCONN=<CLEAN>"},
        {"+MQTTSUB", &M::cmdMqttsub, "This command is used to subscribe to a topic",
         "AT+MQTTSUB=<TOPIC_NAME>,<MAX_QOS>"},
        {"+MQTTUNSUB", &M::cmdMqttunsub, "This command is used to unsubscribe from a topic",
         "AT+MQTTUNSUB=<TOPIC_NAME>"},
        {"+MQTTPUB", &M::cmdMqttpub, "This is used to publish a message",
         "AT+MQTTPUB=<DUP>,<QOS>,<RETAIN>,<TOPIC_NAME>,<TOPIC_PAYLOAD>"},
        {"+MQTTDISCONN", &M::cmdMqttdisconn, "This is used to disconnect from a broker",
         "AT+MQTTDISCONN|AT+MQTTDISCONN=<REASON_CODE>"},
        {"+TLSC", &M::cmdTlsc, "This command is used to read or set the TLS configuration",
         "AT+TLSC=<CONF>|AT+TLSC=<CONF>,<ID>|AT+TLSC=<CONF>,<ID>,<VAL>"},
    };
    return table;
}

void Pic32mzw1Module::showHelp(const Command &command)
{
    // [FW] ATCMD_ShowHelp, without the parameter tables.
    reply("Description");
    reply("  " + QByteArray(command.summary) + ".\r\n");
    for (const QByteArray &syntax : QByteArray(command.syntax).split('|')) {
        reply("Command Syntax:");
        reply("  " + syntax + "\r\n");
    }
}

// ---- identity and system ----

int Pic32mzw1Module::cmdGmi(const Params &p)
{
    if (!p.isEmpty())
        return InvalidParameter;
    reply(QByteArrayLiteral("+GMI=\"Microchip\""));
    return Ok;
}

int Pic32mzw1Module::cmdGmm(const Params &p)
{
    if (!p.isEmpty())
        return InvalidParameter;
    reply(QByteArrayLiteral("+GMM=\"PIC32MZW1\""));
    return Ok;
}

int Pic32mzw1Module::cmdGmr(const Params &p)
{
    if (!p.isEmpty())
        return InvalidParameter;
    reply(QByteArrayLiteral("+GMR=\"0.3.1\""));
    return Ok;
}

int Pic32mzw1Module::cmdIpr(const Params &p)
{
    if (p.isEmpty()) {
        reply("+IPR:" + QByteArray::number(m_ipr));
        return Ok;
    }
    if (p.size() > 1)
        return WrongParamCount;
    if (!p[0].isInt())
        return InvalidParameter;
    m_ipr = quint32(p[0].i); // the pseudo-terminal has no line speed to change
    return Ok;
}

int Pic32mzw1Module::cmdRst(const Params &p)
{
    if (!p.isEmpty())
        return WrongParamCount;
    // OK, then the module restarts and prints its boot OK again.
    later(50, [this] { restart(); });
    return Ok;
}

int Pic32mzw1Module::cmdCfg(const Params &p)
{
    // [FW] +CFG: 1 = MAC address (read-only), 2 = device name.
    ConfStore store = {confString(1, 17, world().stationMac.toUpper()),
                       confString(2, 32, m_deviceName)};
    store[0].writable = false;
    const auto print = [&](int id) {
        const ConfItem *item = confFind(store, id);
        if (!item)
            return false;
        const QByteArray v = id == 1 ? '"' + item->s + '"' : confValueText(*item);
        reply("+CFG:" + QByteArray::number(id) + ',' + v);
        return true;
    };
    if (p.isEmpty()) {
        print(1);
        print(2);
        return Ok;
    }
    if (!p[0].isInt())
        return InvalidParameter;
    if (p.size() == 1)
        return print(int(p[0].i)) ? Ok : AccessFailed;
    if (p.size() > 2)
        return WrongParamCount;
    const int status = confWrite(store, int(p[0].i), p[1]);
    if (status == Ok)
        m_deviceName = store[1].s;
    return status;
}

// ---- configuration stores ----

Pic32mzw1Module::ConfItem Pic32mzw1Module::confInt(int id, qint64 value)
{
    ConfItem c;
    c.id = id;
    c.kind = ConfItem::Kind::Int;
    c.i = value;
    return c;
}

Pic32mzw1Module::ConfItem Pic32mzw1Module::confString(int id, int maxSize, const QByteArray &value)
{
    ConfItem c;
    c.id = id;
    c.kind = ConfItem::Kind::String;
    c.maxSize = maxSize;
    c.s = value;
    return c;
}

Pic32mzw1Module::ConfItem Pic32mzw1Module::confIp(int id, const char *address)
{
    ConfItem c;
    c.id = id;
    c.kind = ConfItem::Kind::Ip;
    c.ip = QHostAddress(QString::fromLatin1(address));
    return c;
}

Pic32mzw1Module::ConfItem Pic32mzw1Module::confBool(int id, bool value)
{
    ConfItem c;
    c.id = id;
    c.kind = ConfItem::Kind::Bool;
    c.i = value ? 1 : 0;
    return c;
}

Pic32mzw1Module::ConfItem *Pic32mzw1Module::confFind(ConfStore &store, int id)
{
    for (ConfItem &c : store) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Pic32mzw1Module::ConfItem *Pic32mzw1Module::confFind(const ConfStore &store, int id)
{
    for (const ConfItem &c : store) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QByteArray Pic32mzw1Module::confValueText(const ConfItem &item)
{
    switch (item.kind) {
    case ConfItem::Kind::Int:
    case ConfItem::Kind::Bool:
        return QByteArray::number(item.i);
    case ConfItem::Kind::String:
        return safeString(item.s);
    case ConfItem::Kind::Ip:
        return quotedIp(item.ip);
    }
    return {};
}

bool Pic32mzw1Module::confPrint(const QByteArray &name, const ConfStore &store, int id)
{
    const ConfItem *item = confFind(store, id);
    if (!item)
        return false;
    // [FW] a write-only item reads as six stars.
    reply(name + ':' + QByteArray::number(id) + ',' +
          (item->readable ? confValueText(*item) : QByteArrayLiteral("******")));
    return true;
}

int Pic32mzw1Module::confWrite(ConfStore &store, int id, const Param &value)
{
    // [FW] ATCMD_StructStoreWriteParam: every refusal is "Configuration Access Failed".
    ConfItem *item = confFind(store, id);
    if (!item || !item->writable)
        return AccessFailed;
    switch (item->kind) {
    case ConfItem::Kind::Int:
        if (!value.isInt())
            return AccessFailed;
        item->i = value.i;
        break;
    case ConfItem::Kind::String:
        if (!value.isString() || value.bytes.size() > item->maxSize)
            return AccessFailed;
        item->s = value.bytes;
        break;
    case ConfItem::Kind::Ip: {
        if (!value.isString())
            return AccessFailed;
        QHostAddress a;
        item->ip = a.setAddress(QString::fromLatin1(value.bytes)) &&
                           a.protocol() == QAbstractSocket::IPv4Protocol
                       ? a
                       : QHostAddress(QHostAddress::AnyIPv4);
        break;
    }
    case ConfItem::Kind::Bool:
        if (!value.isInt() || (value.i != 0 && value.i != 1))
            return AccessFailed;
        item->i = value.i;
        break;
    }
    return Ok;
}

int Pic32mzw1Module::confCommand(const QByteArray &name, ConfStore &store, int maxId,
                                 const Params &p, bool blocked)
{
    if (p.isEmpty()) {
        for (int id = 1; id <= maxId; ++id)
            confPrint(name, store, id);
        return Ok;
    }
    if (!p[0].isInt())
        return InvalidParameter;
    if (p.size() == 1)
        return confPrint(name, store, int(p[0].i)) ? Ok : AccessFailed;
    if (p.size() > 2)
        return WrongParamCount;
    if (blocked)
        return UpdateBlocked;
    return confWrite(store, int(p[0].i), p[1]);
}

qint64 Pic32mzw1Module::confI(const ConfStore &store, int id) const
{
    const ConfItem *item = confFind(store, id);
    return item ? item->i : 0;
}

QByteArray Pic32mzw1Module::confS(const ConfStore &store, int id) const
{
    const ConfItem *item = confFind(store, id);
    return item ? item->s : QByteArray();
}

QHostAddress Pic32mzw1Module::confIpValue(const ConfStore &store, int id) const
{
    const ConfItem *item = confFind(store, id);
    return item ? item->ip : QHostAddress();
}
