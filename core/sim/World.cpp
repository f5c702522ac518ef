#include "World.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtMath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("World", text);
}

bool isMac(const QByteArray &mac)
{
    const QList<QByteArray> parts = mac.split(':');
    if (parts.size() != 6)
        return false;
    for (const QByteArray &p : parts) {
        bool ok = false;
        if (p.size() != 2 || (p.toInt(&ok, 16), !ok))
            return false;
    }
    return true;
}
} // namespace

std::optional<WorldAccessPoint::Security> WorldAccessPoint::securityFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("open"))
        return Security::Open;
    if (n == QLatin1String("wep"))
        return Security::Wep;
    if (n == QLatin1String("wpa") || n == QLatin1String("wpa-psk"))
        return Security::WpaPsk;
    if (n == QLatin1String("wpa2") || n == QLatin1String("wpa2-psk"))
        return Security::Wpa2Psk;
    if (n == QLatin1String("wpa/wpa2") || n == QLatin1String("wpa-wpa2"))
        return Security::WpaWpa2Psk;
    if (n == QLatin1String("wpa3") || n == QLatin1String("wpa3-sae"))
        return Security::Wpa3Sae;
    if (n == QLatin1String("enterprise"))
        return Security::Enterprise;
    return std::nullopt;
}

QString WorldAccessPoint::securityName(Security s)
{
    switch (s) {
    case Security::Open:
        return QStringLiteral("open");
    case Security::Wep:
        return QStringLiteral("wep");
    case Security::WpaPsk:
        return QStringLiteral("wpa");
    case Security::Wpa2Psk:
        return QStringLiteral("wpa2");
    case Security::WpaWpa2Psk:
        return QStringLiteral("wpa/wpa2");
    case Security::Wpa3Sae:
        return QStringLiteral("wpa3");
    case Security::Enterprise:
        return QStringLiteral("enterprise");
    }
    return {};
}

double WorldAdcChannel::voltsAt(qint64 ms, double randomUnit) const
{
    const double phase = periodMs > 0 ? double(ms % periodMs) / periodMs : 0;
    switch (signal) {
    case Signal::Constant:
        return min;
    case Signal::Ramp:
        return min + (max - min) * phase;
    case Signal::Sine:
        return min + (max - min) * (0.5 + 0.5 * qSin(2 * M_PI * phase));
    case Signal::Noise:
        return min + (max - min) * randomUnit;
    }
    return min;
}

int WorldAdcChannel::rawAt(qint64 ms, double randomUnit) const
{
    const int top = (1 << bits) - 1;
    const double v = qBound(0.0, voltsAt(ms, randomUnit), fullScale);
    return qBound(0, int(qRound(v / fullScale * top)), top);
}

World World::defaultWorld()
{
    QFile f(QStringLiteral(":/atstudio/world/default.json"));
    QString error;
    if (f.open(QIODevice::ReadOnly)) {
        if (auto w = fromJson(f.readAll(), &error))
            return *w;
    }
    qFatal("built-in world is broken: %s", qPrintable(error));
}

std::optional<World> World::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    auto w = fromJson(f.readAll(), error);
    if (!w)
        *error = path + QStringLiteral(": ") + *error;
    return w;
}

std::optional<World> World::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("the world must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    World w;
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    const auto address = [](const QJsonValue &v, QHostAddress *out) {
        return out->setAddress(v.toString()) && out->protocol() == QAbstractSocket::IPv4Protocol;
    };

    const QJsonObject module = root.value(QStringLiteral("module")).toObject();
    if (module.contains(QStringLiteral("stationMac")))
        w.stationMac = module.value(QStringLiteral("stationMac")).toString().toLatin1().toLower();
    if (module.contains(QStringLiteral("apMac")))
        w.apMac = module.value(QStringLiteral("apMac")).toString().toLatin1().toLower();
    if (!isMac(w.stationMac) || !isMac(w.apMac))
        return fail(tr("module.stationMac and module.apMac must look like aa:bb:cc:dd:ee:ff"));
    w.seed = quint32(root.value(QStringLiteral("seed")).toInteger(1));

    const QJsonArray aps = root.value(QStringLiteral("accessPoints")).toArray();
    for (qsizetype i = 0; i < aps.size(); ++i) {
        const QJsonObject o = aps.at(i).toObject();
        const QString where = QStringLiteral("accessPoints[%1]").arg(i);
        WorldAccessPoint ap;
        ap.ssid = o.value(QStringLiteral("ssid")).toString().toUtf8();
        if (ap.ssid.isEmpty() || ap.ssid.size() > 32)
            return fail(tr("%1.ssid must be 1 to 32 bytes of UTF-8").arg(where));
        ap.bssid = o.value(QStringLiteral("bssid")).toString().toLatin1().toLower();
        if (!isMac(ap.bssid))
            return fail(tr("%1.bssid must look like aa:bb:cc:dd:ee:ff").arg(where));
        ap.channel = o.value(QStringLiteral("channel")).toInt(1);
        if (ap.channel < 1 || ap.channel > 14)
            return fail(tr("%1.channel must be 1 to 14").arg(where));
        ap.rssi = o.value(QStringLiteral("rssi")).toInt(-60);
        ap.rssiJitter = o.value(QStringLiteral("rssiJitter")).toInt(0);
        const auto sec = WorldAccessPoint::securityFromName(
            o.value(QStringLiteral("security")).toString(QStringLiteral("wpa2")));
        if (!sec)
            return fail(tr("%1.security must be open, wep, wpa, wpa2, wpa/wpa2, wpa3 or enterprise")
                            .arg(where));
        ap.security = *sec;
        ap.passphrase = o.value(QStringLiteral("passphrase")).toString().toUtf8();
        if (ap.security != WorldAccessPoint::Security::Open && ap.passphrase.isEmpty())
            return fail(tr("%1.passphrase is needed for a secured network").arg(where));
        ap.hidden = o.value(QStringLiteral("hidden")).toBool(false);
        w.accessPoints << ap;
    }

    if (root.contains(QStringLiteral("dhcp"))) {
        const QJsonObject d = root.value(QStringLiteral("dhcp")).toObject();
        if (!address(d.value(QStringLiteral("first")), &w.dhcp.first) ||
            !address(d.value(QStringLiteral("last")), &w.dhcp.last) ||
            !address(d.value(QStringLiteral("gateway")), &w.dhcp.gateway) ||
            !address(d.value(QStringLiteral("netmask")), &w.dhcp.netmask))
            return fail(tr("dhcp needs first, last, gateway and netmask as IPv4 addresses"));
        w.dhcp.dns.clear();
        for (const QJsonValue &v : d.value(QStringLiteral("dns")).toArray()) {
            QHostAddress a;
            if (!address(v, &a))
                return fail(tr("dhcp.dns holds IPv4 addresses"));
            w.dhcp.dns << a;
        }
    }

    const QJsonObject dns = root.value(QStringLiteral("dns")).toObject();
    for (auto it = dns.begin(); it != dns.end(); ++it) {
        QHostAddress a;
        if (!address(it.value(), &a))
            return fail(tr("dns.%1 must be an IPv4 address").arg(it.key()));
        if (!a.isLoopback())
            return fail(tr("dns.%1 must be a loopback address: the virtual module only reaches "
                           "this machine")
                            .arg(it.key()));
        w.dnsNames.insert(it.key().toLower(), a);
    }

    const QJsonObject mqtt = root.value(QStringLiteral("mqtt")).toObject();
    w.mqttHost = mqtt.value(QStringLiteral("host")).toString(w.mqttHost);
    w.mqttPort = quint16(mqtt.value(QStringLiteral("port")).toInt(w.mqttPort));

    for (const QJsonValue &v : root.value(QStringLiteral("gpio")).toArray()) {
        const QJsonObject o = v.toObject();
        WorldGpioPin p;
        p.pin = o.value(QStringLiteral("pin")).toInt(-1);
        if (p.pin < 0)
            return fail(tr("every gpio entry needs a pin number"));
        p.name = o.value(QStringLiteral("name")).toString();
        p.output = o.value(QStringLiteral("direction")).toString() == QLatin1String("output");
        p.level = o.value(QStringLiteral("level")).toInt(0) ? 1 : 0;
        w.gpio << p;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("adc")).toArray()) {
        const QJsonObject o = v.toObject();
        WorldAdcChannel c;
        c.channel = o.value(QStringLiteral("channel")).toInt(-1);
        if (c.channel < 0)
            return fail(tr("every adc entry needs a channel number"));
        const QString s = o.value(QStringLiteral("signal")).toString(QStringLiteral("constant"));
        if (s == QLatin1String("constant"))
            c.signal = WorldAdcChannel::Signal::Constant;
        else if (s == QLatin1String("ramp"))
            c.signal = WorldAdcChannel::Signal::Ramp;
        else if (s == QLatin1String("sine"))
            c.signal = WorldAdcChannel::Signal::Sine;
        else if (s == QLatin1String("noise"))
            c.signal = WorldAdcChannel::Signal::Noise;
        else
            return fail(tr("adc signal must be constant, ramp, sine or noise"));
        c.min = o.value(QStringLiteral("min")).toDouble(0);
        c.max = o.value(QStringLiteral("max")).toDouble(3.3);
        c.periodMs = o.value(QStringLiteral("periodMs")).toInt(10000);
        c.fullScale = o.value(QStringLiteral("fullScale")).toDouble(3.3);
        c.bits = o.value(QStringLiteral("bits")).toInt(12);
        if (c.bits < 1 || c.bits > 24 || c.fullScale <= 0)
            return fail(tr("adc bits must be 1 to 24 and fullScale positive"));
        w.adc << c;
    }
    return w;
}

const WorldAccessPoint *World::findAccessPoint(const QByteArray &ssid) const
{
    for (const WorldAccessPoint &ap : accessPoints) {
        if (ap.ssid == ssid)
            return &ap;
    }
    return nullptr;
}

std::optional<QHostAddress> World::resolve(const QString &name) const
{
    QHostAddress literal;
    if (literal.setAddress(name))
        return literal;
    const auto it = dnsNames.constFind(name.toLower());
    if (it == dnsNames.constEnd())
        return std::nullopt;
    return *it;
}
