#include "ModuleCommand.h"

#include "engine/ModuleConnection.h"
#include "services/GpioService.h"
#include "services/MqttService.h"
#include "services/SocketService.h"
#include "services/WifiService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ModuleCommand", text);
}

std::optional<WifiSecurity> parseSecurity(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"open")
        return WifiSecurity::Open;
    if (t == u"wep")
        return WifiSecurity::Wep;
    if (t == u"wpa")
        return WifiSecurity::WpaPsk;
    if (t == u"wpa2")
        return WifiSecurity::Wpa2Psk;
    if (t == u"wpa-wpa2")
        return WifiSecurity::WpaWpa2Psk;
    if (t == u"wpa3")
        return WifiSecurity::Wpa3Psk;
    return std::nullopt;
}
// What every module command shares: where the module is, and how to tell progress.
class ModuleCli
{
public:
    ModuleCli(const QString &name, const QString &description)
        : m_name(name)
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
        m_parser.addPositionalArgument(QStringLiteral("action"), tr("What to do (see above)."));
        m_parser.addOptions(
            {{QStringLiteral("port"), tr("Serial port name or device path."), tr("path")},
             {QStringLiteral("baud"), tr("Baud rate (default 115200)."), tr("rate"),
              QStringLiteral("115200")},
             {QStringLiteral("module"),
              tr("Module family of the port: wizfi310, wizfi360, "
                 "wizfi250, pic32mzw1 or air602."),
              tr("id")},
             {QStringLiteral("simulate"), tr("Use the virtual module of this family instead."),
              tr("id")},
             {QStringLiteral("verbose"), tr("Show every command and line on standard error.")},
             {QStringLiteral("ssid"), tr("Network name (socket and mqtt: join it first)."),
              tr("ssid")},
             {QStringLiteral("key"), tr("Key or passphrase."), tr("key")},
             {QStringLiteral("security"),
              tr("open, wep, wpa, wpa2, wpa-wpa2 or wpa3 (default wpa2, or open without a key)."),
              tr("type")}});
    }

    // The security the options ask for; nullopt (reported) when it is unknown.
    std::optional<WifiSecurity> security() const
    {
        const QString key = m_parser.value(QStringLiteral("key"));
        if (!m_parser.isSet(QStringLiteral("security")))
            return key.isEmpty() ? WifiSecurity::Open : WifiSecurity::Wpa2Psk;
        const auto s = parseSecurity(m_parser.value(QStringLiteral("security")));
        if (!s)
            error(tr("unknown security \"%1\".").arg(m_parser.value(QStringLiteral("security"))));
        return s;
    }

    // socket and mqtt act on a joined network: join first when --ssid is given.
    bool joinIfAsked()
    {
        if (!m_parser.isSet(QStringLiteral("ssid")))
            return true;
        const auto security = this->security();
        if (!security)
            return false;
        WifiService wifi(&m_connection);
        StationSettings s;
        s.ssid = m_parser.value(QStringLiteral("ssid"));
        s.key = m_parser.value(QStringLiteral("key"));
        s.security = *security;
        return perform(&wifi, [&wifi, s] { wifi.join(s); });
    }

    QCommandLineParser &parser() { return m_parser; }
    void error(const QString &message) const
    {
        std::fprintf(stderr, "atstudio-cli %s: %s\n", qPrintable(m_name), qPrintable(message));
    }

    // Parse; on a problem returns the exit status to end with.
    std::optional<int> parse(const QStringList &arguments, const QStringList &actions)
    {
        if (!m_parser.parse(arguments)) {
            error(m_parser.errorText());
            return 2;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            std::fputs(qPrintable(m_parser.helpText()), stdout);
            return 0;
        }
        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() != 1 || !actions.contains(positional.first())) {
            error(tr("say what to do: %1.").arg(actions.join(QStringLiteral(", "))));
            return 2;
        }
        m_action = positional.first();
        if (m_parser.isSet(QStringLiteral("simulate")) == m_parser.isSet(QStringLiteral("port"))) {
            error(tr("give either --port (with --module) or --simulate."));
            return 2;
        }
        if (m_parser.isSet(QStringLiteral("port")) && !m_parser.isSet(QStringLiteral("module"))) {
            error(tr("--port needs --module."));
            return 2;
        }
        return std::nullopt;
    }
    QString action() const { return m_action; }

    // Open the connection and wait until the module answers; false with the reason printed.
    bool open()
    {
        m_connection.setAutoReconnect(false);
        if (m_parser.isSet(QStringLiteral("verbose")))
            QObject::connect(&m_connection, &ModuleConnection::traffic,
                             [](const QList<TrafficItem> &items) { printTraffic(items); });
        QObject::connect(&m_connection, &ModuleConnection::errorOccurred,
                         [this](const QString &m) { m_failure = m; });
        if (m_parser.isSet(QStringLiteral("simulate"))) {
            m_connection.openVirtual(m_parser.value(QStringLiteral("simulate")));
        } else {
            SerialSettings s;
            s.portName = m_parser.value(QStringLiteral("port"));
            s.baudRate = m_parser.value(QStringLiteral("baud")).toInt();
            m_connection.openSerial(s, m_parser.value(QStringLiteral("module")));
        }
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QObject::connect(&m_connection, &ModuleConnection::stateChanged, &loop,
                         [&loop](ModuleConnection::State s) {
                             if (s == ModuleConnection::State::Open ||
                                 s == ModuleConnection::State::Closed)
                                 loop.quit();
                         });
        QObject::connect(&m_connection, &ModuleConnection::errorOccurred, &loop, &QEventLoop::quit);
        if (m_connection.state() != ModuleConnection::State::Open)
            loop.exec();
        if (m_connection.state() != ModuleConnection::State::Open || !m_connection.dialect()) {
            error(m_failure.isEmpty() ? tr("could not open the connection.") : m_failure);
            return false;
        }
        return true;
    }
    ModuleConnection *connection() { return &m_connection; }

    // Start an action on a service and wait for its end; prints the outcome on standard error.
    bool perform(CapabilityService *service, const std::function<void()> &start)
    {
        bool ok = false;
        bool ended = false;
        QEventLoop loop;
        const auto c =
            QObject::connect(service, &CapabilityService::actionFinished, &loop,
                             [&](const QString &, bool success, const QString &message) {
                                 // Reads the service queues by itself (announced data) end too:
                                 // wait for ours.
                                 ok = success;
                                 ended = true;
                                 if (!success || m_parser.isSet(QStringLiteral("verbose")))
                                     error(message);
                                 if (!service->isBusy())
                                     loop.quit();
                             });
        start();
        if (!ended || service->isBusy())
            loop.exec();
        QObject::disconnect(c);
        return ok;
    }

    // Let events arrive for this long (data from a peer, messages from a broker).
    static void wait(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }

    static void printJson(const QJsonObject &o)
    {
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }

private:
    static void printTraffic(const QList<TrafficItem> &items)
    {
        for (const TrafficItem &i : items) {
            if (i.kind == TrafficItem::Kind::Frame)
                std::fprintf(stderr, "<< %s\n", i.frame.text.constData());
            else
                std::fprintf(stderr, ">> %s\n", i.bytes.constData());
        }
    }

    QString m_name;
    QString m_action;
    QString m_failure;
    QCommandLineParser m_parser;
    ModuleConnection m_connection;
};

} // namespace

int runWifiCommand(const QStringList &arguments)
{
    ModuleCli cli(QStringLiteral("wifi"),
                  tr("Wi-Fi actions: scan (prints one JSON object per access point), join, leave, "
                     "ap-start, ap-stop."));
    QCommandLineParser &p = cli.parser();
    p.addOptions({{QStringLiteral("channel"), tr("Access point channel (default 6)."), tr("n"),
                   QStringLiteral("6")},
                  {QStringLiteral("save"), tr("Keep the settings after a restart.")}});
    if (const auto rc = cli.parse(arguments, {QStringLiteral("scan"), QStringLiteral("join"),
                                              QStringLiteral("leave"), QStringLiteral("ap-start"),
                                              QStringLiteral("ap-stop")}))
        return *rc;
    const QString action = cli.action();
    const QString key = p.value(QStringLiteral("key"));
    const auto maybeSecurity = cli.security();
    if (!maybeSecurity)
        return 2;
    const WifiSecurity security = *maybeSecurity;
    if ((action == u"join" || action == u"ap-start") && !p.isSet(QStringLiteral("ssid"))) {
        cli.error(tr("%1 needs --ssid.").arg(action));
        return 2;
    }
    if (!cli.open())
        return 1;
    WifiService wifi(cli.connection());
    bool ok = false;
    if (action == u"scan") {
        ok = cli.perform(&wifi, [&wifi] { wifi.scan(); });
        for (const ScanEntry &e : wifi.scanResults()->entries()) {
            QJsonObject o{{QStringLiteral("ssid"), e.ssid},
                          {QStringLiteral("bssid"), e.bssid},
                          {QStringLiteral("channel"), e.channel},
                          {QStringLiteral("security"), e.security}};
            if (e.hasRssi)
                o.insert(QStringLiteral("rssi"), e.rssi);
            ModuleCli::printJson(o);
        }
    } else if (action == u"join") {
        StationSettings s;
        s.ssid = p.value(QStringLiteral("ssid"));
        s.key = key;
        s.security = security;
        s.saveToFlash = p.isSet(QStringLiteral("save"));
        ok = cli.perform(&wifi, [&wifi, s] { wifi.join(s); });
    } else if (action == u"leave") {
        ok = cli.perform(&wifi, [&wifi] { wifi.leave(); });
    } else if (action == u"ap-start") {
        SoftApSettings s;
        s.ssid = p.value(QStringLiteral("ssid"));
        s.key = key;
        s.security = security;
        s.channel = p.value(QStringLiteral("channel")).toInt();
        s.saveToFlash = p.isSet(QStringLiteral("save"));
        ok = cli.perform(&wifi, [&wifi, s] { wifi.startSoftAp(s); });
    } else {
        ok = cli.perform(&wifi, [&wifi] { wifi.stopSoftAp(); });
    }
    return ok ? 0 : 1;
}

int runSocketCommand(const QStringList &arguments)
{
    ModuleCli cli(QStringLiteral("socket"),
                  tr("send: open a socket to --host:--port, send --data (or --hex), print what "
                     "comes back within --wait ms on standard output, close it."));
    QCommandLineParser &p = cli.parser();
    p.addOptions({{QStringLiteral("host"), tr("Peer host."), tr("host")},
                  {QStringLiteral("peer-port"), tr("Peer port."), tr("port")},
                  {QStringLiteral("udp"), tr("UDP instead of TCP.")},
                  {QStringLiteral("tls"), tr("TLS over TCP.")},
                  {QStringLiteral("data"), tr("Text to send."), tr("text")},
                  {QStringLiteral("hex"), tr("Bytes to send, as hex digits."), tr("hex")},
                  {QStringLiteral("wait"), tr("How long to collect the answer (default 2000 ms)."),
                   tr("ms"), QStringLiteral("2000")}});
    if (const auto rc = cli.parse(arguments, {QStringLiteral("send")}))
        return *rc;
    SocketSettings s;
    s.kind = p.isSet(QStringLiteral("udp"))   ? SocketKind::Udp
             : p.isSet(QStringLiteral("tls")) ? SocketKind::Tls
                                              : SocketKind::TcpClient;
    s.host = p.value(QStringLiteral("host"));
    s.port = quint16(p.value(QStringLiteral("peer-port")).toUInt());
    const QByteArray bytes = p.isSet(QStringLiteral("hex"))
                                 ? QByteArray::fromHex(p.value(QStringLiteral("hex")).toLatin1())
                                 : p.value(QStringLiteral("data")).toUtf8();
    if (s.host.isEmpty() || s.port == 0 || bytes.isEmpty()) {
        cli.error(tr("send needs --host, --peer-port and --data or --hex."));
        return 2;
    }
    if (!cli.open() || !cli.joinIfAsked())
        return 1;
    SocketService sockets(cli.connection());
    QByteArray received;
    int socket = -1;
    QObject::connect(sockets.sockets(), &SocketsModel::received,
                     [&received, &socket](int number, const QByteArray &b) {
                         if (number == socket)
                             received += b;
                     });
    if (!cli.perform(&sockets, [&sockets, s] { sockets.open(s); }))
        return 1;
    const QList<int> open = sockets.sockets()->openNumbers();
    socket = open.isEmpty() ? -1 : open.last();
    if (!cli.perform(&sockets, [&sockets, socket, bytes] { sockets.send(socket, bytes); }))
        return 1;
    ModuleCli::wait(p.value(QStringLiteral("wait")).toInt());
    std::fwrite(received.constData(), 1, size_t(received.size()), stdout);
    std::fflush(stdout);
    return cli.perform(&sockets, [&sockets, socket] { sockets.close(socket); }) ? 0 : 1;
}

int runMqttCommand(const QStringList &arguments)
{
    ModuleCli cli(QStringLiteral("mqtt"),
                  tr("publish: connect to --broker, publish --message to --topic, disconnect. "
                     "subscribe: connect, subscribe to --topic, print each message as JSON for "
                     "--wait ms, disconnect."));
    QCommandLineParser &p = cli.parser();
    p.addOptions({{QStringLiteral("broker"), tr("Broker host."), tr("host")},
                  {QStringLiteral("broker-port"), tr("Broker port (default 1883)."), tr("port"),
                   QStringLiteral("1883")},
                  {QStringLiteral("client-id"), tr("Client id (default atstudio)."), tr("id"),
                   QStringLiteral("atstudio")},
                  {QStringLiteral("user"), tr("User name."), tr("name")},
                  {QStringLiteral("password"), tr("Password."), tr("password")},
                  {QStringLiteral("topic"), tr("Topic."), tr("topic")},
                  {QStringLiteral("message"), tr("Payload to publish."), tr("text")},
                  {QStringLiteral("qos"), tr("QoS (default 0)."), tr("n"), QStringLiteral("0")},
                  {QStringLiteral("wait"), tr("How long to print messages (default 5000 ms)."),
                   tr("ms"), QStringLiteral("5000")}});
    if (const auto rc =
            cli.parse(arguments, {QStringLiteral("publish"), QStringLiteral("subscribe")}))
        return *rc;
    MqttSettings s;
    s.host = p.value(QStringLiteral("broker"));
    s.port = quint16(p.value(QStringLiteral("broker-port")).toUInt());
    s.clientId = p.value(QStringLiteral("client-id"));
    s.user = p.value(QStringLiteral("user"));
    s.password = p.value(QStringLiteral("password"));
    const QString topic = p.value(QStringLiteral("topic"));
    const int qos = p.value(QStringLiteral("qos")).toInt();
    if (s.host.isEmpty() || topic.isEmpty()) {
        cli.error(tr("%1 needs --broker and --topic.").arg(cli.action()));
        return 2;
    }
    if (!cli.open() || !cli.joinIfAsked())
        return 1;
    MqttService mqtt(cli.connection());
    if (cli.action() == u"subscribe") {
        // Families that take topics before connecting get it with the connect.
        cli.perform(&mqtt, [&mqtt, topic, qos] { mqtt.subscribe({topic, qos}); });
        if (!cli.perform(&mqtt, [&mqtt, s] { mqtt.connectBroker(s); }))
            return 1;
        if (mqtt.subscriptions()->rowOf(topic) < 0 ||
            mqtt.subscriptions()->at(mqtt.subscriptions()->rowOf(topic)).state !=
                MqttSubscriptionsModel::State::Subscribed) {
            if (!cli.perform(&mqtt, [&mqtt, topic, qos] { mqtt.subscribe({topic, qos}); }))
                return 1;
        }
        QObject::connect(mqtt.messages(), &QAbstractItemModel::rowsInserted,
                         [&mqtt](const QModelIndex &, int first, int last) {
                             for (int row = first; row <= last; ++row) {
                                 const auto &m = mqtt.messages()->at(row);
                                 ModuleCli::printJson(
                                     {{QStringLiteral("topic"), m.topic},
                                      {QStringLiteral("payload"), QString::fromUtf8(m.payload)}});
                             }
                         });
        ModuleCli::wait(p.value(QStringLiteral("wait")).toInt());
    } else {
        if (!cli.perform(&mqtt, [&mqtt, s] { mqtt.connectBroker(s); }))
            return 1;
        const QByteArray payload = p.value(QStringLiteral("message")).toUtf8();
        if (!cli.perform(
                &mqtt, [&mqtt, topic, payload, qos] { mqtt.publish(topic, payload, qos, false); }))
            return 1;
    }
    return cli.perform(&mqtt, [&mqtt] { mqtt.disconnectBroker(); }) ? 0 : 1;
}

int runGpioCommand(const QStringList &arguments)
{
    ModuleCli cli(QStringLiteral("gpio"),
                  tr("write: make --pin an output at --level. read: make --pin an input and print "
                     "its level. adc: print --channel's reading as JSON."));
    QCommandLineParser &p = cli.parser();
    p.addOptions(
        {{QStringLiteral("pin"), tr("Pin number as the module's commands number it."), tr("n")},
         {QStringLiteral("level"), tr("0 or 1."), tr("level")},
         {QStringLiteral("channel"), tr("ADC channel."), tr("n"), QStringLiteral("0")}});
    if (const auto rc = cli.parse(
            arguments, {QStringLiteral("write"), QStringLiteral("read"), QStringLiteral("adc")}))
        return *rc;
    const int pin = p.value(QStringLiteral("pin")).toInt();
    if (cli.action() != u"adc" && !p.isSet(QStringLiteral("pin"))) {
        cli.error(tr("%1 needs --pin.").arg(cli.action()));
        return 2;
    }
    if (!cli.open())
        return 1;
    GpioService gpio(cli.connection());
    if (cli.action() == u"write") {
        const bool high = p.value(QStringLiteral("level")) == u"1";
        return cli.perform(&gpio, [&gpio, pin] { gpio.setMode(pin, true); }) &&
                       cli.perform(&gpio, [&gpio, pin, high] { gpio.write(pin, high); })
                   ? 0
                   : 1;
    }
    if (cli.action() == u"read") {
        if (!cli.perform(&gpio, [&gpio, pin] { gpio.setMode(pin, false); }) ||
            !cli.perform(&gpio, [&gpio, pin] { gpio.read(pin); }))
            return 1;
        const int row = gpio.pins()->rowOf(pin);
        ModuleCli::printJson(
            {{QStringLiteral("pin"), pin},
             {QStringLiteral("level"), row < 0 ? -1 : gpio.pins()->at(row).level}});
        return 0;
    }
    const int channel = p.value(QStringLiteral("channel")).toInt();
    if (!cli.perform(&gpio, [&gpio, channel] { gpio.readAdc(channel); }))
        return 1;
    const int row = gpio.adc()->rowOf(channel);
    const int raw = row < 0 ? -1 : gpio.adc()->at(row).raw;
    ModuleCli::printJson({{QStringLiteral("channel"), channel},
                          {QStringLiteral("raw"), raw},
                          {QStringLiteral("volts"),
                           row < 0 ? 0.0 : AdcModel::volts(gpio.adc()->at(row).channel, raw)}});
    return 0;
}
