#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

// The virtual module's surroundings, read from a JSON world file: access points, DHCP, DNS names,
// the MQTT broker, GPIO pins and ADC channels. See docs/virtual-module.md for the format.
struct WorldAccessPoint
{
    enum class Security { Open, Wep, WpaPsk, Wpa2Psk, WpaWpa2Psk, Wpa3Sae, Enterprise };
    QByteArray ssid;  // UTF-8 bytes, may hold any character
    QByteArray bssid; // "aa:bb:cc:dd:ee:ff"
    int channel = 1;
    int rssi = -60;     // dBm
    int rssiJitter = 0; // +- dBm per scan
    Security security = Security::Wpa2Psk;
    QByteArray passphrase; // for WEP: the key
    bool hidden = false;

    static std::optional<Security> securityFromName(const QString &name);
    static QString securityName(Security s);
};

struct WorldDhcp
{
    QHostAddress first{QStringLiteral("192.168.10.100")};
    QHostAddress last{QStringLiteral("192.168.10.199")};
    QHostAddress gateway{QStringLiteral("192.168.10.1")};
    QHostAddress netmask{QStringLiteral("255.255.255.0")};
    QList<QHostAddress> dns{QHostAddress(QStringLiteral("192.168.10.1"))};
};

struct WorldGpioPin
{
    int pin = 0;
    QString name;
    bool output = false;
    int level = 0; // the level an input reads, or an output's power-on level
};

struct WorldAdcChannel
{
    enum class Signal { Constant, Ramp, Sine, Noise };
    int channel = 0;
    Signal signal = Signal::Constant;
    double min = 0; // volts (Constant uses min)
    double max = 3.3;
    int periodMs = 10000;   // Ramp and Sine
    double fullScale = 3.3; // the voltage of the largest raw reading
    int bits = 12;

    // The voltage at a moment (noise uses `randomUnit` in [0,1)).
    double voltsAt(qint64 ms, double randomUnit) const;
    int rawAt(qint64 ms, double randomUnit) const;
};

class World
{
public:
    QByteArray stationMac{"00:08:dc:5a:10:01"};
    QByteArray apMac{"02:08:dc:5a:10:01"};
    QList<WorldAccessPoint> accessPoints;
    WorldDhcp dhcp;
    QHash<QString, QHostAddress> dnsNames; // lower-case name -> address (loopback)
    QString mqttHost = QStringLiteral("127.0.0.1");
    quint16 mqttPort = 1883;
    QList<WorldGpioPin> gpio;
    QList<WorldAdcChannel> adc;
    quint32 seed = 1; // RSSI jitter and ADC noise

    // The built-in default world (resources/world/default.json).
    static World defaultWorld();
    // Parse a world file; on failure *error says what and where, and nullopt comes back.
    static std::optional<World> fromJson(const QByteArray &json, QString *error);
    static std::optional<World> fromFile(const QString &path, QString *error);

    const WorldAccessPoint *findAccessPoint(const QByteArray &ssid) const;
    std::optional<QHostAddress> resolve(const QString &name) const;
};
