#pragma once

#include "sim/VirtualModule.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <optional>

// Microchip PIC32MZW1 / WFI32 running the "AnyCloud" AT command firmware, from the module's side.
// Written from the AT Command Reference and, where it is silent, from what the firmware does
// (docs/virtual-module/pic32mzw1.md lists every decision).
//
// Wire rules: a line executes on LF (a CR only moves the edit cursor); echo is on at boot and
// brings the terminal's '>' prompt with it; finals are "OK" or "ERROR:<code>,\"<text>\"" (ATV5)
// without a leading CR LF; asynchronous messages (AECs) printed while no command runs start with
// a CR that wipes the prompt. Sockets are pulled: +SOCKRXT/+SOCKRXU announce, +SOCKRD reads.
class Pic32mzw1Module : public VirtualModule
{
public:
    explicit Pic32mzw1Module(const World &world, QObject *parent = nullptr);
    ~Pic32mzw1Module() override;

    QString dialectId() const override { return QStringLiteral("pic32mzw1"); }

    // One parsed command parameter, as the firmware's parser types it.
    struct Param
    {
        enum class Type { Integer, Ascii, Hex };
        Type type = Type::Integer;
        qint64 i = 0;
        QByteArray bytes; // decoded string bytes (Ascii, Hex)
        bool isInt() const { return type == Type::Integer; }
        bool isString() const { return type != Type::Integer; }
    };
    using Params = QList<Param>;

    // Firmware status codes (digest 2.4).
    enum Status {
        Ok = 0,
        GeneralError = 1,
        InvalidCommand = 2,
        UnknownCommand = 3,
        InvalidParameter = 4,
        WrongParamCount = 5,
        UpdateBlocked = 6,
        AccessFailed = 7,
        WifiRequestFailed = 8,
        StaNotConnected = 9,
        SocketNotFound = 10,
        NoFreeSockets = 11,
        InvalidProtocol = 12,
        SocketCloseFailed = 13,
        SocketBindFailed = 14,
        SocketTlsFailed = 15,
        SocketConnectFailed = 16,
        SocketSendFailed = 17,
        SocketRemoteNotSet = 19,
        LengthMismatch = 20,
        StaDisconnectRefused = 21,
        StaConnectRefused = 23,
        StaConnectFailed = 24,
        ApStopRefused = 25,
        ApStartRefused = 27,
        UnsupportedSecurity = 37,
        DnsTypeNotSupported = 41,
        DnsTimeout = 42,
        PingFailed = 43,
        MqttError = 47,
        Pending = -1 // the command printed its own final (or will)
    };

    // Parse the parameters after '=' as the firmware does; nullopt for a syntax error.
    static std::optional<Params> parseParams(const QByteArray &text);
    // A byte string printed as the firmware prints strings: "..." (with escapes) or [HEX].
    static QByteArray safeString(const QByteArray &bytes);
    static QByteArray quotedIp(const QHostAddress &address);
    // "aa:bb:cc:dd:ee:ff" -> "\"AA:BB:CC:DD:EE:FF\"" (quotes included).
    static QByteArray quotedMac(const QByteArray &mac);

protected:
    LineEnd lineEnd() const override { return LineEnd::Lf; }
    void handleCommand(const QByteArray &line) override;
    QByteArray bootBanner() const override;
    QByteArray busyReply() const override;
    void echoInput(const QByteArray &bytes) override;
    void onRestart() override;
    void handleEmptyLine() override;

private:
    // ---- output ----
    QByteArray statusText(int code) const;
    void reply(const QByteArray &line); // an information line of the command in flight
    void finish(int code);              // the final result, then the prompt
    void aec(const QByteArray &line);   // an asynchronous event code
    void aecStatus(const QByteArray &name, int code); // "+NAME:ERROR:<n>,..." as an AEC
    void prompt();

    // ---- dispatch (Pic32mzw1Module.cpp) ----
    using Handler = int (Pic32mzw1Module::*)(const Params &);
    struct Command
    {
        const char *name;
        Handler handler;
        const char *summary;
        const char *syntax; // variants separated by '|'
    };
    static const QList<Command> &commands();
    bool runInternal(const QByteArray &name);
    void showHelp(const Command &command);
    void resetState();

    int cmdGmi(const Params &p);
    int cmdGmm(const Params &p);
    int cmdGmr(const Params &p);
    int cmdIpr(const Params &p);
    int cmdCfg(const Params &p);
    int cmdRst(const Params &p);

    // Configuration stores (+WSCNC, +WSTAC, +WAPC, +MQTTC, +TLSC, +CFG).
    struct ConfItem
    {
        enum class Kind { Int, String, Ip, Bool };
        int id = 0;
        Kind kind = Kind::Int;
        int maxSize = 0; // strings
        bool readable = true;
        bool writable = true;
        qint64 i = 0;
        QByteArray s;
        QHostAddress ip{QHostAddress::AnyIPv4};
    };
    using ConfStore = QList<ConfItem>;
    static ConfItem confInt(int id, qint64 value);
    static ConfItem confString(int id, int maxSize, const QByteArray &value);
    static ConfItem confIp(int id, const char *address);
    static ConfItem confBool(int id, bool value);
    static ConfItem *confFind(ConfStore &store, int id);
    static const ConfItem *confFind(const ConfStore &store, int id);
    static QByteArray confValueText(const ConfItem &item);
    bool confPrint(const QByteArray &name, const ConfStore &store, int id);
    // Read all (ids 1..maxId), read one, or set one; `blocked`: writes are refused.
    int confCommand(const QByteArray &name, ConfStore &store, int maxId, const Params &p,
                    bool blocked);
    static int confWrite(ConfStore &store, int id, const Param &value);
    qint64 confI(const ConfStore &store, int id) const;
    QByteArray confS(const ConfStore &store, int id) const;
    QHostAddress confIpValue(const ConfStore &store, int id) const;

    // ---- Wi-Fi (Pic32mzw1Wifi.cpp) ----
    int cmdWscnc(const Params &p);
    int cmdWscna(const Params &p);
    int cmdWscnp(const Params &p);
    int startScan(const Params &p, bool active);
    int cmdWstac(const Params &p);
    int cmdWsta(const Params &p);
    int cmdWapc(const Params &p);
    int cmdWap(const Params &p);
    void joinFinished(quint64 attempt, int timeoutMs);
    bool staPrintState(const QByteArray &name, int id);

    // ---- sockets, DNS, ping (Pic32mzw1Sockets.cpp) ----
    struct Datagram
    {
        QByteArray bytes;
        QHostAddress from;
        quint16 port = 0;
    };
    struct Socket
    {
        int handle = 0;
        int protocol = 2; // 1 UDP, 2 TCP
        enum class State { Fresh, Connecting, Connected, Listening, PeerClosed, UdpOpen };
        State state = State::Fresh;
        QHostAddress remote;
        quint16 remotePort = 0;
        quint16 localPort = 0;
        int parent = 0; // accepted connections: the listening socket
        bool tlsWanted = false;
        bool tlsUp = false;
        int tlsConf = 0;
        QByteArray rx;        // TCP bytes not read yet
        qint64 announced = 0; // TCP: the readable count last announced (firmware's pending)
        QList<Datagram> datagrams;
        bool datagramAnnounced = false;
        quint64 attempt = 0; // connect attempt, for the timeout
    };
    int cmdSocko(const Params &p);
    int cmdSockbl(const Params &p);
    int cmdSockbr(const Params &p);
    int cmdSockbm(const Params &p);
    int cmdSocktls(const Params &p);
    int cmdSockwr(const Params &p);
    int cmdSockwrto(const Params &p);
    int cmdSockrd(const Params &p);
    int cmdSockcl(const Params &p);
    int cmdSocklst(const Params &p);
    int cmdDnsresolv(const Params &p);
    int cmdPing(const Params &p);
    void wireSockets();
    int newHandle();
    int slotsInUse() const;
    bool networkUp() const;
    QHostAddress moduleAddress() const;
    int sendOn(Socket &s, const QByteArray &bytes, const QHostAddress &to, quint16 port);
    void enterBinaryWrite(int handle, const QHostAddress &to, quint16 port);
    void socketError(int handle, int code);
    void announceDatagram(Socket &s);
    void closeSocket(int handle);
    void pingTarget(const QHostAddress &target);

    // ---- MQTT (Pic32mzw1Mqtt.cpp) ----
    int cmdMqttc(const Params &p);
    int cmdMqttconn(const Params &p);
    int cmdMqttsub(const Params &p);
    int cmdMqttunsub(const Params &p);
    int cmdMqttpub(const Params &p);
    int cmdMqttdisconn(const Params &p);
    int cmdTlsc(const Params &p);
    void wireMqtt();
    void mqttConnectFailed(int flags, int code);

    // ---- state ----
    int m_verbosity = 5;
    bool m_inCommand = false; // AECs printed while a command runs get no CR and no prompt
    qint64 m_typed = 0;       // characters typed on the current line (for backspace echo)
    quint32 m_ipr = 115200;
    QByteArray m_deviceName;

    ConfStore m_wscnc;
    ConfStore m_wstac;
    ConfStore m_wapc;
    ConfStore m_mqttc;
    ConfStore m_tlsc[2];
    bool m_scanning = false;

    enum class AppState { Idle, StaConnecting, StaConnected, ApStarted };
    AppState m_app = AppState::Idle;
    int m_wstaState = 0; // the STATE printed by AT+WSTA
    quint64 m_joinAttempt = 0;
    int m_staChannel = 0;
    QByteArray m_staBssid;
    bool m_staHasIp = false;

    QMap<int, Socket> m_sockets;
    int m_lastHandle = 0;
    int m_binaryHandle = 0;
    QHash<QString, QHostAddress> m_dnsCache;

    enum class MqttState { Down, Connecting, Up };
    MqttState m_mqtt = MqttState::Down;
    quint64 m_mqttAttempt = 0;
};
