#pragma once

#include "sim/VirtualModule.h"

#include <QHostAddress>
#include <QMap>
#include <QTimer>
#include <optional>

// WIZnet WizFi250 from the module's side, written from the Programmer's guide (wiki id
// wizfi250_programmersguide) and, where the guide is silent, from WIZnet's published firmware
// source v1.0.5.2 as the digest quotes it. Commands end in CR; replies are CRLF lines with the
// finals [OK] / [ERROR...]; received data comes as {id,ip,port,len}<bytes>CRLF; AT+SSEND prompts
// [<id>,,,<n>]. See docs/virtual-module/wizfi250.md for what is simulated and every decision.
class Wizfi250Module : public VirtualModule
{
public:
    explicit Wizfi250Module(const World &world, QObject *parent = nullptr);
    ~Wizfi250Module() override;

    QString dialectId() const override;

    // The version the guide's event table prints in the boot banner.
    static constexpr char FirmwareVersion[] = "1.0.3.6";
    static constexpr char HardwareVersion[] = "WizFi250 Rev 1.0";

protected:
    LineEnd lineEnd() const override { return LineEnd::Cr; }
    void handleCommand(const QByteArray &line) override;
    QByteArray bootBanner() const override;
    QByteArray busyReply() const override;
    void echoInput(const QByteArray &bytes) override;
    void onRestart() override;

private:
    // The finals of the guide's Responses table; Later = the command answers by itself later.
    enum class Result { Ok, Error, Invalid, BadCid, WifiStatus, ModeStatus, Later };
    // AT+MEVTFORM items b..i (a = banner, j = the join lines).
    enum class Event {
        Connect = 1,
        Disconnect,
        LinkUp,
        LinkDown,
        Reset,
        TcpSendError,
        P2pFail,
        Listen
    };
    // AT+WSEC <SecType>; Auto = the empty field (the module scans for it at AT+WJOIN).
    enum class Auth { Auto, Open, Wep, Wpa, WpaAes, Wpa2Aes, Wpa2Tkip, Wpa2 };
    enum class Link { Down, Station, SoftAp };

    struct Gpio
    {
        int mode = 1; // 0 input, 1 output
        int num = 0;
        int config = 3; // OUTPUT_PUSH_PULL
        int value = 0;
    };

    // The module's profile (AT+MPROF): what AT+MPROF=S saves and a reset reloads.
    struct Profile
    {
        int wifiMode = 0; // 0 station, 1 soft AP
        QByteArray staSsid = "WizFiAP";
        QByteArray staBssid = "00:00:00:00:00:00";
        int staChannel = 0;
        Auth staAuth = Auth::Wpa2;
        QByteArray staKey = "12345678";
        QByteArray apSsid = "WizFiSoftAP";
        int apChannel = 1;
        Auth apAuth = Auth::Wpa2;
        QByteArray apKey = "12345678";
        int dhcp = 1;
        QByteArray ip = "192.168.12.101";
        QByteArray mask = "255.255.255.0";
        QByteArray gateway = "192.168.12.1";
        QByteArray dns1 = "8.8.8.8";
        QByteArray dns2 = "8.8.4.4";
        QByteArray country = "AU";
        QByteArray sconOpen = "O";
        QByteArray sconType = "TSN";
        QByteArray sconRemoteIp;
        int sconRemotePort = 0;
        int sconLocalPort = 5000;
        int sconDataMode = 1;
        QByteArray sformMain = "111111111";
        QByteArray sformChars = QByteArray("{,}\r\n");
        int msgLevel = 2;
        bool echo = true;
        QByteArray mac;
        qint64 baud = 115200;
        char parity = 'N';
        int wordLength = 8;
        QByteArray stopBits = "1";
        QByteArray flow = "N";
        char webType = 'M';
        QList<Gpio> gpio;
        bool listenMessages = false; // AT+MEVTMSG
        QByteArray eventForm = "1111111111";
        int escapeMs = 1000;                                          // AT+SOPT1=10,<ms>
        QList<int> socketOptions = {0, 5000, 0, 0, 0, 0, 0, 0, 0, 0}; // AT+FSOCK 1..9
        QList<int> wcheck = {0, 0, 0, 0};
        int antenna = 3;
        QByteArray webUser = "admin";
        QByteArray webPassword = "admin";
        int spiInterface = 0;
        int spiOption = 0;
        QByteArray custom = "WIZNET";
        int customGpio = 0;
        int txPower = 15;
        QByteArray airOpen = "O"; // nothing runs until AT+MAIRCMD asks
        char airType = 'T';
        int airPort = 50001;
        int airOption = 0;
    };

    struct Socket
    {
        bool tcp = true;
        bool server = false;
        bool tls = false;
        QHostAddress remote;
        quint16 remotePort = 0;
        quint16 localPort = 0;
        bool dataMode = false;
        bool connected = false; // TCP client: established; TCP server: a peer is accepted
        bool escapedWhenPeerLeft = false;
        quint64 serial = 0; // tells a reopened SCID from the socket a pending call meant
    };

    using Handler = Result (Wizfi250Module::*)(const QByteArray &args);
    struct Command
    {
        const char *name; // "+WSET=" (matched case-insensitively as a prefix of the line)
        Handler handler;
        const char *description; // AT+MHELP; nullptr = not listed
        const char *usage;
    };
    static const QList<Command> &commands();

    // ---- command line (Wizfi250Module.cpp) ----
    void editLine(char c);
    void runLine(const QByteArray &line);
    void execute(const QByteArray &line);
    void finishLater(Result r);
    void drainQueue();

    // ---- output ----
    void rsp(const QByteArray &bytes);
    void evt(const QByteArray &bytes);
    void finalResult(Result r);
    void notify(Event e, int arg = 0);
    void joinLine(const QByteArray &line);
    QByteArray eventText(Event e, int arg) const;

    // ---- system ----
    void systemReset(bool closeFirst);
    void rebootNow();
    void applyProfile();
    static Profile defaultProfile(const World &world);
    QByteArray profileDump(const Profile &p) const;
    static QByteArray authName(Auth a);
    static std::optional<Auth> authFromName(const QByteArray &name);
    QByteArray gpioTable() const;

    Result cmdMprof(const QByteArray &a);
    Result cmdMfdef(const QByteArray &a);
    Result cmdMreset(const QByteArray &a);
    Result cmdMmsg(const QByteArray &a);
    Result cmdMmac(const QByteArray &a);
    Result cmdMinfo(const QByteArray &a);
    Result cmdMecho(const QByteArray &a);
    Result cmdMhelp(const QByteArray &a);
    Result cmdMmcups(const QByteArray &a);
    Result cmdMwifips(const QByteArray &a);
    Result cmdMtxp(const QByteArray &a);
    Result cmdMcwui(const QByteArray &a);
    Result cmdUset(const QByteArray &a);
    Result cmdMspi(const QByteArray &a);
    Result cmdMcstgpio(const QByteArray &a);
    Result cmdMcustom(const QByteArray &a);
    Result cmdMaircmd(const QByteArray &a);
    Result cmdMevtmsg(const QByteArray &a);
    Result cmdMevtform(const QByteArray &a);
    Result cmdFping(const QByteArray &a);
    Result cmdFdns(const QByteArray &a);
    Result cmdFwebs(const QByteArray &a);
    Result cmdFota(const QByteArray &a);
    Result cmdFgpio(const QByteArray &a);
    Result cmdFgetadc(const QByteArray &a);
    Result cmdFsock(const QByteArray &a);
    Result cmdFwebsopt(const QByteArray &a);

    // ---- Wi-Fi (Wizfi250ModuleWifi.cpp) ----
    Result cmdWjoin(const QByteArray &a);
    Result cmdWleave(const QByteArray &a);
    Result cmdWscan(const QByteArray &a);
    Result cmdWset(const QByteArray &a);
    Result cmdWsec(const QByteArray &a);
    Result cmdWnet(const QByteArray &a);
    Result cmdWstat(const QByteArray &a);
    Result cmdWreg(const QByteArray &a);
    Result cmdWwps(const QByteArray &a);
    Result cmdWant(const QByteArray &a);
    Result cmdWp2pStart(const QByteArray &a);
    Result cmdWp2pStop(const QByteArray &a);
    Result cmdWp2pPeerList(const QByteArray &a);
    Result cmdWp2pInvite(const QByteArray &a);
    Result cmdWcheck(const QByteArray &a);
    Result cmdWadns(const QByteArray &a);
    void startJoin(bool fromCommand);
    void joinAttempt(bool fromCommand, int attempt, int attempts);
    void joinFailed(bool fromCommand);
    void linkUp(bool fromCommand);
    void leaveLink();
    bool linked() const { return m_link != Link::Down; }
    QHostAddress linkAddress() const;
    QHostAddress linkGateway() const;

    // ---- sockets (Wizfi250ModuleSockets.cpp) ----
    Result cmdScon(const QByteArray &a);
    Result cmdSmgmt(const QByteArray &a);
    Result cmdSsend(const QByteArray &a);
    Result cmdSdata(const QByteArray &a);
    Result cmdSform(const QByteArray &a);
    Result cmdSopt1(const QByteArray &a);
    Result openSocket(const QByteArray &args, bool fromCommand);
    void wireSockets();
    int allocateAccepted(int serverId);
    void onConnected(int id);
    void onFailed(int id);
    void onAccepted(int serverId, int id);
    void onData(int id, const QByteArray &bytes, const QHostAddress &from, quint16 port);
    void onClosed(int id);
    void socketGone(int scid, bool notifyHost);
    void closeSocket(int scid);
    void closeAllSockets();
    void deliver(int scid, const QByteArray &bytes, const QHostAddress &from, quint16 port);
    QByteArray receiveHeader(int scid, const QHostAddress &from, quint16 port, qsizetype n) const;
    QByteArray receiveTrailer(const QByteArray &header) const;
    bool sendOn(int scid, const QByteArray &bytes, int udpPiece);
    void enterData();
    void onHostData(const QByteArray &bytes);
    void transmitPending();
    void openServiceSocket();
    static int simId(int scid, const Socket &s);
    // Air Command (AT+MAIRCMD): AT over a TCP/UDP server on the module.
    void startAirCommand();
    void onAirData(int id, const QByteArray &bytes, const QHostAddress &from, quint16 port);

    Profile m_saved;
    Profile m_cur;
    bool m_echoOn = true;
    QByteArray m_editLine; // the firmware's line buffer, kept as the bytes arrive
    QByteArray m_previous; // for A/
    bool m_busy = false;   // a command is still running: lines wait (the firmware is single-task)
    QList<QByteArray> m_queue;
    bool m_userReset = false;
    Link m_link = Link::Down;
    QMap<int, Socket> m_sockets;
    quint64 m_socketSerial = 0;
    bool m_autoConnected = false; // a data-mode socket exists
    int m_currentScid = -1;
    bool m_payloadActive = false;
    bool m_enterDataAfterPayload = false;
    QByteArray m_tx; // data-mode bytes waiting for the flush timer
    QTimer m_flushTimer;
    bool m_webServer = false;
    bool m_airRunning = false;
    QByteArray *m_capture = nullptr; // output of an Air Command goes back over the network
};
