#pragma once

#include "sim/VirtualModule.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QSet>
#include <QTimer>

// WIZnet WizFi360 spoken from the module's side, written from "WizFi360 AT Instruction Set"
// v1.1.1.7 (and the ESP-AT firmware behaviour it inherits, where WIZnet's own host drivers rely on
// it). Decisions where the manual is silent: docs/virtual-module/wizfi360.md.
//
// Files: Wizfi360Module.cpp (command lines, parameters, system and GPIO commands),
// Wizfi360ModuleWifi.cpp (station, soft AP, addresses), Wizfi360ModuleSockets.cpp (TCP/UDP/SSL
// links, +IPD, server, DNS, ping, SNTP), Wizfi360ModuleSend.cpp (sends, passthrough),
// Wizfi360ModuleMqtt.cpp (MQTT, Azure/AWS, certificate uploads), Wizfi360ModuleUtil.* (parameters).
class Wizfi360Module : public VirtualModule
{
    Q_OBJECT
public:
    explicit Wizfi360Module(const World &world, QObject *parent = nullptr);
    ~Wizfi360Module() override;

    QString dialectId() const override { return QStringLiteral("wizfi360"); }

protected:
    LineEnd lineEnd() const override { return LineEnd::CrLf; }
    void handleCommand(const QByteArray &line) override;
    QByteArray bootBanner() const override;
    QByteArray busyReply() const override;
    void echoInput(const QByteArray &bytes) override;
    void onRestart() override;

public:
    // ---- parsed command line (public for the helper functions of the .cpp files) ----
    struct Param
    {
        QByteArray value; // unescaped
        bool quoted = false;
    };
    enum class Form { Exec, Query, Set, Test };
    // _CUR (not saved), _DEF (saved and applied), or the un-suffixed ESP-AT form (as _DEF).
    enum class Store { Cur, Def, Plain };
    struct Cmd
    {
        QByteArray name;  // without "AT+" and without the _CUR/_DEF suffix
        QByteArray typed; // as typed, without "AT+": the reply prefix is "+" + typed
        Store store = Store::Plain;
        Form form = Form::Exec;
        QList<Param> params;
        QByteArray prefix() const { return "+" + typed + ":"; }
    };

private:
    using Handler = void (Wizfi360Module::*)(const Cmd &);

    struct SapConfig
    {
        QByteArray ssid;
        QByteArray pwd;
        int channel = 1;
        int ecn = 0;
        int maxConn = 4;
        int hidden = 0;
    };
    struct IpConfig
    {
        QHostAddress ip;
        QHostAddress gateway;
        QHostAddress netmask;
    };
    struct DhcpPool
    {
        bool custom = false;
        int lease = 120;
        QHostAddress start;
        QHostAddress end;
    };
    struct Uart
    {
        int baud = 115200;
        int dataBits = 8;
        int stopBits = 1;
        int parity = 0;
        int flow = 0;
    };
    struct Country
    {
        int policy = 1;
        QByteArray code = "KR";
        int option = 1;
    };
    // Everything that has a _CUR and a _DEF side: the flash keeps one copy, the running module
    // another (loaded from the flash at boot).
    struct Settings
    {
        int cwmode = 2; // factory default: SoftAP (manual §3.2.1)
        QByteArray japSsid;
        QByteArray japPwd;
        QByteArray japBssid;
        SapConfig sap;
        int dhcp = 3; // bit 0: SoftAP DHCP server, bit 1: station DHCP client
        IpConfig sta;
        IpConfig ap;
        DhcpPool pool;
        QByteArray staMac;
        Uart uart;
        Country country;
        bool userDns = false;
        QList<QHostAddress> dns;
    };
    struct TransLink
    {
        bool enabled = false;
        QByteArray host;
        int port = 0;
        bool udp = false;
        int keepAlive = 0;
        int localPort = 0;
    };
    struct Flash
    {
        Settings s;
        bool autoConnect = true;
        int sslConf = 0;
        QByteArray caPem;
        QByteArray clientCertPem;
        QByteArray privateKeyPem;
        TransLink transLink;
    };
    struct Link
    {
        enum class Type { Tcp, Udp, Ssl };
        Type type = Type::Tcp;
        bool server = false; // accepted by our TCP server (<tcp type> 1)
        bool up = false;
        QByteArray host; // as the host named it
        QHostAddress remote;
        quint16 remotePort = 0;
        quint16 localPort = 0;
        int udpMode = 0;
        bool peerChanged = false;
        bool fake = false;            // not on loopback: nothing to talk to in the world
        bool replyPending = false;    // AT+CIPSTART waits for the connect
        bool autoPassthrough = false; // AT+SAVETRANSLINK link opened at boot
        qint64 lastActivityMs = 0;
        // AT+CIPSENDERBUF segment bookkeeping
        quint32 nextSegment = 1;
        quint32 sentSegment = 0;
        quint32 ackedSegment = 0;
    };
    struct GpioPin
    {
        int mode = 0;
        int pullUp = 0;
        bool output = false;
        int level = 0;
    };
    struct Mqtt
    {
        QByteArray user;
        QByteArray password;
        QByteArray clientId;
        int alive = 60;
        bool configured = false;
        QByteArray pubTopic;
        QList<QByteArray> subTopics;
        enum class State { Idle, Connecting, Subscribing, Connected } state = State::Idle;
        int link = -1; // CIPMUX=1: the link ID the broker connection takes
        QSet<int> pendingSubscriptions;
        bool closing = false;
        quint64 attempt = 0;
    };
    struct Sntp
    {
        bool enabled = false;
        int timezone = 0;
        QList<QByteArray> servers;
    };
    struct Azure
    {
        QByteArray hub;
        QByteArray device;
        QByteArray key;
    };

    // --- Wizfi360Module.cpp ---
    void registerCommands();
    void boot(bool powerOn);
    static Flash factoryFlash(const World &world);
    void ok() { sayFinal("\r\nOK\r\n"); }
    void error() { sayFinal("\r\nERROR\r\n"); }
    void line(const QByteArray &text) { say(text + "\r\n"); }
    void setBusy(bool busy) { m_busy = busy; }
    bool stationOn() const { return m_cur.cwmode == 1 || m_cur.cwmode == 3; }
    bool apOn() const { return m_cur.cwmode == 2 || m_cur.cwmode == 3; }
    QByteArray macSuffix() const;
    Settings &target(const Cmd &cmd) { return cmd.store == Store::Cur ? m_cur : m_flash.s; }
    void store(const Cmd &cmd, const std::function<void(Settings &)> &apply);

    void cmdAt(const Cmd &cmd);
    void cmdRst(const Cmd &cmd);
    void cmdGmr(const Cmd &cmd);
    void cmdGslp(const Cmd &cmd);
    void cmdRestore(const Cmd &cmd);
    void cmdUart(const Cmd &cmd);
    void cmdSleep(const Cmd &cmd);
    void cmdSysIoSetCfg(const Cmd &cmd);
    void cmdSysIoGetCfg(const Cmd &cmd);
    void cmdSysGpioDir(const Cmd &cmd);
    void cmdSysGpioWrite(const Cmd &cmd);
    void cmdSysGpioRead(const Cmd &cmd);
    GpioPin *gpioPin(int pin);
    int gpioReadLevel(int pin);

    // --- Wizfi360ModuleWifi.cpp ---
    void cmdCwmode(const Cmd &cmd);
    void cmdCwjap(const Cmd &cmd);
    void cmdCwlapopt(const Cmd &cmd);
    void cmdCwlap(const Cmd &cmd);
    void cmdCwqap(const Cmd &cmd);
    void cmdCwsap(const Cmd &cmd);
    void cmdCwlif(const Cmd &cmd);
    void cmdCwdhcp(const Cmd &cmd);
    void cmdCwdhcps(const Cmd &cmd);
    void cmdCwautoconn(const Cmd &cmd);
    void cmdCipstamac(const Cmd &cmd);
    void cmdCipapmac(const Cmd &cmd);
    void cmdCipsta(const Cmd &cmd);
    void cmdCipap(const Cmd &cmd);
    void cmdCwstartsmart(const Cmd &cmd);
    void cmdCwstopsmart(const Cmd &cmd);
    void cmdWps(const Cmd &cmd);
    void cmdCwhostname(const Cmd &cmd);
    void cmdCwcountry(const Cmd &cmd);
    void cmdWizNetconfig(const Cmd &cmd);
    void applyMode();
    void startAp();
    void join(const QByteArray &ssid, const QByteArray &pwd, const QByteArray &bssid,
              const QByteArray &failPrefix, bool reply);
    void stationLost();
    QHostAddress staIp();
    QHostAddress staGateway();
    QHostAddress staNetmask();
    QHostAddress apIp() const;
    DhcpPool effectivePool(const Settings &s) const;
    bool networkUp() { return wifi().isJoined() || apOn(); }

    // --- Wizfi360ModuleSockets.cpp ---
    void cmdCipstatus(const Cmd &cmd);
    void cmdCipdomain(const Cmd &cmd);
    void cmdCipstart(const Cmd &cmd);
    void cmdCipsslsize(const Cmd &cmd);
    void cmdCipsslconf(const Cmd &cmd);
    void cmdCipsend(const Cmd &cmd);
    void cmdCipsendex(const Cmd &cmd);
    void cmdCipsenderbuf(const Cmd &cmd);
    void cmdCipbufreset(const Cmd &cmd);
    void cmdCipbufstatus(const Cmd &cmd);
    void cmdCipcheckseq(const Cmd &cmd);
    void cmdCipclose(const Cmd &cmd);
    void cmdCifsr(const Cmd &cmd);
    void cmdCipmux(const Cmd &cmd);
    void cmdCipserver(const Cmd &cmd);
    void cmdCipservermaxconn(const Cmd &cmd);
    void cmdCipmode(const Cmd &cmd);
    void cmdSavetranslink(const Cmd &cmd);
    void cmdCipsto(const Cmd &cmd);
    void cmdCiupdate(const Cmd &cmd);
    void cmdPing(const Cmd &cmd);
    void cmdCipdinfo(const Cmd &cmd);
    void cmdCipsntpcfg(const Cmd &cmd);
    void cmdCipsntptime(const Cmd &cmd);
    void cmdCipdns(const Cmd &cmd);
    void wireSockets();
    QByteArray linkTag(int id) const; // "" (CIPMUX=0) or "<id>,"
    bool openLink(int id, Link::Type type, const QByteArray &host, int port, int localPort,
                  int udpMode, bool reply);
    void linkUp(int id);
    void linkFailed(int id);
    void linkClosedByPeer(int id);
    void closeLinkQuietly(int id);
    void onSocketData(int id, const QByteArray &bytes, const QHostAddress &from, quint16 port);
    void onSocketAccepted(int serverId, int id);
    void deliver(int id, const QByteArray &bytes, const QHostAddress &from, quint16 port);
    bool sendOnLink(int id, const QByteArray &bytes, const QHostAddress &to = {},
                    quint16 toPort = 0);
    void enterPassthrough(bool prompt);
    void onPassthroughData(const QByteArray &bytes);
    void onSendExData(const QByteArray &bytes);
    void onSendBufData(const QByteArray &bytes);
    void finishSendEx(bool complete);
    void checkServerTimeouts();
    void startTransLink();
    bool parseSendTarget(const Cmd &cmd, int *id, int *length, QHostAddress *to, quint16 *toPort,
                         bool *ok);
    int usedLinkCount() const;

    // --- Wizfi360ModuleMqtt.cpp ---
    void cmdMqttset(const Cmd &cmd);
    void cmdMqtttopic(const Cmd &cmd);
    void cmdMqttcon(const Cmd &cmd);
    void cmdMqttpub(const Cmd &cmd);
    void cmdMqttdis(const Cmd &cmd);
    void cmdAzset(const Cmd &cmd);
    void cmdAzcon(const Cmd &cmd);
    void cmdAwscon(const Cmd &cmd);
    void cmdPemStore(const Cmd &cmd);
    void wireMqtt();
    void mqttConnectFailed();
    void mqttDrop();
    void onPemData(const QByteArray &bytes);

    // --- state ---
    QHash<QByteArray, Handler> m_handlers;
    QSet<QByteArray> m_suffixed; // commands with _CUR/_DEF forms
    Flash m_flash;
    Settings m_cur;
    bool m_busy = false;
    bool m_asleep = false;
    int m_cipmux = 0;
    int m_cipmode = 0;
    bool m_dinfo = false;
    int m_cipsto = 180;
    int m_serverMaxConn = 4;
    int m_serverPort = 0; // 0: no server
    int m_lapSort = 0;
    int m_lapMask = 0x7FF;
    int m_sleep = 2;
    int m_sslSize = 2048;
    QByteArray m_hostname;
    bool m_hadLink = false; // for STATUS:4
    Sntp m_sntp;
    Mqtt m_mqtt;
    Azure m_azure;
    QMap<int, Link> m_links;
    QHash<int, GpioPin> m_gpio;
    QTimer m_stoTimer;
    // counted sends in data mode
    int m_sendLink = -1;
    qint64 m_sendWanted = 0; // bytes still expected
    qint64 m_sendCount = 0;  // bytes taken so far
    QByteArray m_sendBuffer;
    bool m_sendEscape = false; // CIPSENDEX: a '\' waits for the next byte
    QHostAddress m_sendTo;
    quint16 m_sendToPort = 0;
    bool m_sendActive = false;
    // passthrough
    bool m_passthrough = false;
    bool m_transLinkPending = false; // boot with AT+SAVETRANSLINK=1: open it once WiFi is up
    // PEM upload
    int m_pemKind = 0; // 1 CA, 2 client certificate, 3 private key
    QByteArray m_pem;
};
