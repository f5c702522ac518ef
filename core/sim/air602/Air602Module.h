#pragma once

#include "sim/VirtualModule.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <functional>

class QTcpSocket;

// The Luat Air602 (WinnerMicro W600) module, spoken from the module's side after "Air602 AT
// Command User Manual" V1.1, with the behaviour of Luat's W600 firmware where the manual is
// silent (docs/virtual-module/air602.md lists every decision):
// - commands "AT+<CMD>[=|=!|=?][params]" end with CR; every reply is "+OK[=...]" or
//   "+ERR=<code>" followed by CR LF CR LF;
// - echo is off at power-on; AT+E toggles it; the echo is the whole command line + CR LF;
// - settings live in RAM ('=') and in flash ('=!', AT+PMTF); a restart reloads flash;
// - sockets 1..20 are real loopback sockets; AT+SKSND takes at most 512 bytes after its
//   "+OK=<n>"; AT+SKRCV answers "+OK=<n>" + blank line + n bytes; AT+SKRPTM=1 reports data as
//   "+SKTRPT=<s>,<len>,<ip>,<port>" + blank line + len bytes;
// - AT+ENTM enters transparent mode, left by "+++" arriving alone ("+OK" + blank line);
// - MQTT on a real broker: "+MQTT:CONNECTED ", "+MSUB:OK", "+MPUB:OK", "+MTOPIC:"/"+MQD:".
class Air602Module : public VirtualModule
{
    Q_OBJECT
public:
    explicit Air602Module(const World &world, QObject *parent = nullptr);
    ~Air602Module() override;

    QString dialectId() const override { return QStringLiteral("air602"); }

    // Largest payload one AT+SKSND takes (Luat firmware; the W600 SDK takes 1024).
    static constexpr int MaxSendSize = 512;
    // Largest read of one AT+SKRCV.
    static constexpr int MaxReceiveSize = 1024;
    // Largest payload of one "+SKTRPT" active report.
    static constexpr int MaxReportSize = 512;
    // Silence that separates the "+++" burst from data in transparent mode.
    static constexpr int EscapeGuardMs = 20;
    // §2.2.3.11: the data phase of AT+SKSND ends after 1 s with what has arrived.
    static constexpr int SendTimeoutMs = 1000;

protected:
    LineEnd lineEnd() const override { return LineEnd::Cr; }
    void handleCommand(const QByteArray &line) override;
    QByteArray bootBanner() const override;
    QByteArray busyReply() const override;
    // The firmware echoes whole command lines (see handleCommand), not single bytes.
    void echoInput(const QByteArray &) override {}
    void onRestart() override;

private:
    enum class Op { None, Set, SetFlash, Query };
    struct Command
    {
        QByteArray name; // upper case, without "AT+"
        Op op = Op::None;
        QByteArray args;          // everything after the operator
        QList<QByteArray> params; // args split at every comma, spaces trimmed
        bool set() const { return op == Op::Set || op == Op::SetFlash; }
        bool query() const { return op == Op::None || op == Op::Query; }
    };

    struct IpConfig
    {
        int type = 0; // 0 DHCP, 1 static
        QHostAddress ip{QStringLiteral("192.168.1.1")};
        QHostAddress netmask{QStringLiteral("255.255.255.0")};
        QHostAddress gateway{QStringLiteral("192.168.1.1")};
        QHostAddress dns{QStringLiteral("192.168.1.1")};
    };

    // Everything a set command changes; one copy in RAM, one in flash.
    struct Settings
    {
        int wprt = 0;
        QByteArray ssid;
        int encry = 0;
        int keyFormat = 1;
        int keyIndex = 0;
        QByteArray key;
        QByteArray apSsid;
        int apEncry = 0;
        int apKeyFormat = 1;
        int apKeyIndex = 0;
        QByteArray apKey;
        IpConfig nip;
        IpConfig apNip{1};
        QByteArray dnsName{"LocalDevice"};
        int atm = 1;
        int atrmProtocol = 0;
        int atrmCs = 0;
        QByteArray atrmHost{"0.0.0.0"};
        int atrmPort = 0;
        int bssidMode = 0;
        QByteArray bssid{"000000000000"};
        int chlMode = 0;
        int chl = 1;
        int apChlMode = 0;
        int apChl = 11;
        int chll = 0x3fff;
        int watc = 0;
        int wpsm = 0;
        int brdssid = 1;
        int baud = 115200;
        int dataBits = 0;
        int stopBits = 0;
        int parity = 0;
        int flow = 0;
        int websEnable = 0;
        int websPort = 80;
        QByteArray dname{"Air602"};
        QByteArray pass{"000000"};
        int portm = 0;
        int atpt = 50;
    };

    struct Socket
    {
        int protocol = 0; // 0 TCP, 1 UDP
        bool server = false;
        int status = 2;  // 0 disconnected, 1 listening, 2 connected
        int parent = -1; // accepted connections: the listening socket
        QHostAddress remote;
        quint16 remotePort = 0;
        quint16 localPort = 0;
        QByteArray rx;         // waiting for AT+SKRCV
        QHostAddress lastFrom; // UDP server: where replies go
        quint16 lastFromPort = 0;
    };

    // --- Air602Module.cpp: framing, system and parameter commands ---
    static Command parse(const QByteArray &command);
    void execute(const Command &c);
    void ok();
    void okValue(const QByteArray &value);
    void error(int code);
    // Finish a command that answered later: lets the next command in.
    void finishBusy() { m_processing = false; }
    // Query / set a parameter command: `get` prints the value, `set` applies the parameters to
    // a copy of the settings and returns 0 or an error code; '=!' applies them to flash too.
    void parameter(const Command &c, const std::function<QByteArray(const Settings &)> &get,
                   const std::function<int(Settings &, const Command &)> &set);
    bool systemCommand(const Command &c);
    bool parameterCommand(const Command &c);
    void enterSleep(int delayMs, int wakeMs);
    static QByteArray hexMac(const QByteArray &mac, bool upper);
    static QByteArray ipText(const QHostAddress &a);
    static bool parseInt(const QByteArray &text, int *value, int min = INT_MIN, int max = INT_MAX);
    static std::optional<QHostAddress> parseIpv4(const QByteArray &text);
    static QByteArray unquote(const QByteArray &text);
    static bool isHex(const QByteArray &text);

    // --- Air602ModuleWifi.cpp ---
    bool wifiCommand(const Command &c);
    void join();
    void scan();
    QByteArray linkStatus(bool ap) const;
    bool networkUp() const;
    void networkDown();
    bool stationAllowed(const WorldAccessPoint &ap) const;
    static std::optional<WorldAccessPoint::Security> securityOf(int encry);

    // --- Air602ModuleSockets.cpp ---
    bool socketCommand(const Command &c);
    void createSocket(const Command &c);
    void sendOnSocket(const Command &c);
    void receiveFromSocket(const Command &c);
    void socketStatus(const Command &c);
    void enterTransparentMode();
    void transmit(int id, const QByteArray &bytes);
    void onSocketConnected(int id);
    void onSocketFailed(int id);
    void onSocketAccepted(int serverId, int id);
    void onSocketData(int id, const QByteArray &bytes, const QHostAddress &from, quint16 port);
    void onSocketClosed(int id);
    int freeSocketId() const;
    void closeAllSockets();
    void startAutomaticMode();
    void httpRequest(const Command &c);

    // --- Air602ModuleMqtt.cpp ---
    bool mqttCommand(const Command &c);
    void wireMqtt();

    Settings m_ram;
    Settings m_flash;
    int m_sendSocket = 0; // AT+SKSND in its data phase
    int m_sendSize = 0;
    bool m_lineEcho = false;   // AT+E
    bool m_processing = false; // a command is still running: new ones are discarded
    bool m_asleep = false;     // AT+ENTS standby/sleep: input is ignored until the reset
    bool m_adhocUp = false;
    bool m_reportMode = false; // AT+SKRPTM
    int m_defaultSocket = 0;   // AT+SKSDF (and the last AT+SKSND)
    QHostAddress m_sourceIp;   // AT+SKSRCIP
    QMap<int, Socket> m_sockets;
    int m_connecting = 0;    // AT+SKCT waiting for its connection
    QByteArray m_customData; // AT+CUSTDATA
    int m_httpSession = 0;
    QList<QTcpSocket *> m_http;
    // MQTT
    QHostAddress m_mqttIp;
    quint16 m_mqttPort = 1883;
    QByteArray m_mqttUser;
    QByteArray m_mqttPassword;
    QByteArray m_mqttClientId;
    bool m_mqttConnecting = false;
    QList<int> m_pendingSubscribes;
    QList<int> m_pendingPublishes;
};
