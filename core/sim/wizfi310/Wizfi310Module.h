#pragma once

#include "sim/VirtualModule.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>

// The WIZnet WizFi310 spoken from the module's side, written from the WizFi310 "AT Commands"
// manual (2020-04-15) and, where it is silent, from what WIZnet's firmware and drivers do (digest
// specs/wizfi310.md). Decisions are listed in docs/virtual-module/wizfi310.md.
//
// Split over several files: Wizfi310Module.cpp (framing, dispatch, management commands),
// Wizfi310ModuleWifi.cpp, Wizfi310ModuleSockets.cpp, Wizfi310ModuleMqtt.cpp (MQTT, GMMP,
// ThingPlug and the function commands: ping, DNS, GPIO, ADC, OTA).
class Wizfi310Module : public VirtualModule
{
    Q_OBJECT
public:
    explicit Wizfi310Module(const World &world, QObject *parent = nullptr);
    ~Wizfi310Module() override;

    QString dialectId() const override { return QStringLiteral("wizfi310"); }

    static constexpr char kFirmwareVersion[] = "1.0.0.6";

protected:
    LineEnd lineEnd() const override { return LineEnd::Cr; }
    void handleCommand(const QByteArray &line) override;
    QByteArray bootBanner() const override;
    QByteArray busyReply() const override;
    void echoInput(const QByteArray &bytes) override;
    void onRestart() override;

private:
    // ---- command line ----
    struct Cmd
    {
        QByteArray name;        // canonical upper-case name, e.g. "AT+WSET"
        QByteArray rest;        // everything after '=' as typed
        bool hasArgs = false;   // an '=' was given
        bool query = false;     // "=?"
        QList<QByteArray> args; // rest split at ','
        QByteArray arg(int i) const { return i < args.size() ? args.at(i) : QByteArray(); }
        int count() const { return int(args.size()); }
    };
    using Handler = void (Wizfi310Module::*)(const Cmd &);
    struct Entry
    {
        const char *name;
        Handler handler;
    };
    static const QList<Entry> &commandTable();

    enum class Err { Error, InvalidInput, InvalidScid, WifiStatus, ModeStatus };

    // ---- profile: RAM ("current") and flash ("saved") ----
    struct WifiSide
    {
        QByteArray ssid;
        QByteArray bssid; // empty = any
        int channel = 0;  // 0 = any (station)
        QByteArray secType;
        QByteArray key;
    };
    struct Profile
    {
        int wifiMode = 0; // 0 station, 1 soft AP
        WifiSide sta;
        WifiSide ap;
        bool dhcp = true;
        QByteArray ip, netmask, gateway;
        QByteArray dns1, dns2;
        QByteArray scon; // last AT+SCON parameters
        bool service = false;
        QByteArray serviceScon; // the parameters registered with S or SO
        QByteArray sformBits;
        char sformStart = '{', sformDelim = ',', sformEnd = '}', sformCls1 = '\r', sformCls2 = '\n';
        int mmsg = 2;
        QByteArray mac;
        QByteArray uset;
        bool echo = true;
        QList<int> fsock;
        QByteArray airCmd;
        QByteArray evtForm;
        bool evtMsg = false;
        int escapeMs = 1000;
        QByteArray mqttUser, mqttPass, mqttClient;
        int mqttAlive = 60;
        QByteArray custom;
    };
    Profile defaultProfile() const;

    // ---- sockets ----
    enum class SockType { Tsn, Tcn, Tcs, Usn, Ucn };
    struct Sock
    {
        SockType type = SockType::Tcn;
        QHostAddress remote;
        quint16 remotePort = 0;
        quint16 localPort = 0;
        bool dataMode = false;
        bool up = false;    // [CONNECT x] printed (server: a peer is attached)
        int peerSim = -1;   // TSN: the accepted connection's SimSockets id
        quint64 serial = 0; // tells a reused id from the socket a timer was started for
    };
    struct SconReq
    {
        QByteArray openType; // O, S, SO
        SockType type = SockType::Tcn;
        QHostAddress remote;
        quint16 remotePort = 0;
        quint16 localPort = 0;
        bool dataMode = false;
    };
    static QByteArray typeName(SockType t);

    // ---- output ----
    void out(const QByteArray &bytes);
    void ok();
    void fail(Err e);
    void finalText(const QByteArray &text);
    // Event by its AT+MEVTFORM position (0 = a ... 10 = k): full text framed "\r\n...\r\n" with
    // `after` appended, the short form "\r\n[<n>]\r\n", or nothing.
    void event(int index, const QByteArray &text, const QByteArray &after = {});
    // Commands that answer later hold the command line: input meanwhile waits, as in the
    // firmware's single command task.
    void beginAsync();
    void endAsync();

    // ---- handlers: Wizfi310Module.cpp ----
    void cmdAt(const Cmd &c);
    void cmdMprof(const Cmd &c);
    void cmdMfdef(const Cmd &c);
    void cmdMreset(const Cmd &c);
    void cmdMmsg(const Cmd &c);
    void cmdMmac(const Cmd &c);
    void cmdMinfo(const Cmd &c);
    void cmdMecho(const Cmd &c);
    void cmdMhelp(const Cmd &c);
    void cmdMmcups(const Cmd &c);
    void cmdMwifips(const Cmd &c);
    void cmdUset(const Cmd &c);
    void cmdMcustom(const Cmd &c);
    void cmdMaircmd(const Cmd &c);
    void cmdMevtmsg(const Cmd &c);
    void cmdMevtform(const Cmd &c);
    void cmdMupgrade(const Cmd &c);
    QByteArray profileDump(const Profile &p) const;
    void rebootSoon();

    // ---- Wizfi310ModuleWifi.cpp ----
    void cmdWjoin(const Cmd &c);
    void cmdWleave(const Cmd &c);
    void cmdWscan(const Cmd &c);
    void cmdWset(const Cmd &c);
    void cmdWset2(const Cmd &c);
    void cmdWsec(const Cmd &c);
    void cmdWnet(const Cmd &c);
    void cmdWstat(const Cmd &c);
    void cmdWwps(const Cmd &c);
    void cmdWadns(const Cmd &c);
    void startJoin(bool fromCommand);
    void linkUp(const QHostAddress &ip, const QHostAddress &gateway, bool fromCommand);
    void dropLink();
    bool networkUp();
    QHostAddress ownAddress();
    QHostAddress ownGateway();
    QByteArray wsetQuery() const;
    QByteArray wsecQuery() const;
    QByteArray wnetQuery() const;

    // ---- Wizfi310ModuleSockets.cpp ----
    void setUpSockets();
    void cmdScon(const Cmd &c);
    void cmdSmgmt(const Cmd &c);
    void cmdSsend(const Cmd &c);
    void cmdSdata(const Cmd &c);
    void cmdSform(const Cmd &c);
    void cmdSopt(const Cmd &c);
    void cmdSopt1(const Cmd &c);
    void cmdFsock(const Cmd &c);
    bool parseScon(const QByteArray &params, SconReq *req, Err *error) const;
    bool openSocket(const QByteArray &params, bool fromCommand, Err *error);
    void closeSocket(int id, bool announce);
    void onSockConnected(int sim);
    void onSockFailed(int sim);
    void onSockAccepted(int serverSim, int sim);
    void onSockData(int sim, const QByteArray &bytes, const QHostAddress &from, quint16 port);
    void onSockClosed(int sim);
    void socketUp(int id);
    void enterSocketDataMode(int id);
    void sendFromHost(int id, const QByteArray &bytes);
    QByteArray receiveBlock(int id, const QHostAddress &from, quint16 port,
                            const QByteArray &payload) const;
    QByteArray sformQuery() const;
    int moduleIdOf(int sim) const;
    bool openAirSocket(Err *error);
    void onAirData(const QByteArray &bytes, const QHostAddress &from, quint16 port);

    // ---- Wizfi310ModuleMqtt.cpp ----
    void setUpMqtt();
    void cmdMqttset(const Cmd &c);
    void cmdMqttcon(const Cmd &c);
    void cmdMqttsub(const Cmd &c);
    void cmdMqttpub(const Cmd &c);
    void cmdGmmpset(const Cmd &c);
    void cmdGmmpdata(const Cmd &c);
    void cmdGmmpopt(const Cmd &c);
    void cmdSktpcon(const Cmd &c);
    void cmdSktpOther(const Cmd &c);
    void cmdFping(const Cmd &c);
    void cmdFdns(const Cmd &c);
    void cmdFgpio(const Cmd &c);
    void cmdFgetadc(const Cmd &c);
    void cmdFota(const Cmd &c);

    // ---- helpers ----
    static bool parseInt(const QByteArray &text, int *value, int min, int max);
    static bool parseIpv4(const QByteArray &text, QHostAddress *address);
    static bool isMac(const QByteArray &text);
    QByteArray upperMac(const QByteArray &mac) const;

    Profile m_cfg;
    Profile m_saved;
    bool m_userReset = false;

    // command task
    bool m_async = false;
    QList<QByteArray> m_waiting;

    // Wi-Fi
    QHostAddress m_apAddress;
    bool m_wifiPs = false;
    int m_wifiPsDelay = 0;
    QList<QByteArray> m_gmmpData;

    // sockets
    QMap<int, Sock> m_socks; // module ids 0..7
    quint64 m_nextSerial = 0;
    int m_dataSock = -1;    // the socket opened with <DataMode> 1
    bool m_escaped = false; // its data mode left with "+++"
    bool m_airOpen = false;
    QByteArray *m_airCapture = nullptr; // output of an air command goes to the network

    // MQTT
    bool m_mqttUp = false;
    QHostAddress m_mqttBroker;
    enum class MqttWait { None, Connect, Disconnect, Subscribe, Unsubscribe };
    MqttWait m_mqttWait = MqttWait::None;
    int m_mqttMid = -1;
    quint64 m_mqttTicket = 0; // ends a wait once (signal or timeout)
};
