#include "FormChecks.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FormChecks", text);
}

bool parseIpv4(const QString &text, quint32 *value)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    quint32 v = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || n < 0 || n > 255)
            return false;
        v = (v << 8) | quint32(n);
    }
    *value = v;
    return true;
}
} // namespace

namespace FormChecks {

QString ssid(const QString &ssid, int maxBytes)
{
    if (ssid.isEmpty())
        return tr("Enter the network name (SSID).");
    const qsizetype bytes = ssid.toUtf8().size();
    if (bytes > maxBytes)
        return tr("An SSID is at most %1 bytes; this one is %2 (UTF-8).").arg(maxBytes).arg(bytes);
    return {};
}

QString ipv4(const QString &address, bool required)
{
    if (address.trimmed().isEmpty())
        return required ? tr("Enter an IPv4 address, e.g. 192.168.1.20.") : QString();
    quint32 v = 0;
    if (!parseIpv4(address.trimmed(), &v))
        return tr("Not an IPv4 address (four numbers 0-255 separated by dots).");
    return {};
}

QString netmask(const QString &mask)
{
    quint32 v = 0;
    if (!parseIpv4(mask.trimmed(), &v))
        return tr("Not a netmask (four numbers 0-255 separated by dots).");
    const quint32 inverted = ~v;
    if (v == 0 || (inverted & (inverted + 1)) != 0)
        return tr("A netmask is a run of 1 bits then 0 bits, e.g. 255.255.255.0.");
    return {};
}

QString port(int port, bool zeroAllowed)
{
    if (port == 0 && zeroAllowed)
        return {};
    if (port < 1 || port > 65535)
        return tr("A port is a number from 1 to 65535.");
    return {};
}

QString host(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return tr("Enter a host name or an IPv4 address.");
    quint32 v = 0;
    if (parseIpv4(h, &v))
        return {};
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    if (!name.match(h).hasMatch())
        return tr("Not a host name or an IPv4 address.");
    return {};
}

QString mqttTopic(const QString &topic, bool forPublish, int maxBytes)
{
    if (topic.isEmpty())
        return tr("Enter a topic.");
    const qsizetype bytes = topic.toUtf8().size();
    if (bytes > maxBytes)
        return tr("This module takes topics of at most %1 bytes; this one is %2.")
            .arg(maxBytes)
            .arg(bytes);
    if (forPublish && (topic.contains(u'+') || topic.contains(u'#')))
        return tr("A topic to publish to cannot contain the wildcards + or #.");
    if (!forPublish) {
        const QStringList levels = topic.split(u'/');
        for (int i = 0; i < levels.size(); ++i) {
            const QString &level = levels.at(i);
            if (level.contains(u'#') && (level != u"#" || i != levels.size() - 1))
                return tr("# stands alone as the last level of a topic filter.");
            if (level.contains(u'+') && level != u"+")
                return tr("+ stands alone for one whole level of a topic filter.");
        }
    }
    return {};
}

} // namespace FormChecks
