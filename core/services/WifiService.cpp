#include "WifiService.h"

#include "dialects/Dialect.h"
#include "services/FormChecks.h"

#include <QRegularExpression>
#include <QSet>

WifiService::WifiService(ModuleConnection *connection, QObject *parent)
    : CapabilityService(connection, parent)
{
    if (isConnected())
        dialectChanged(connection->dialect());
}

WifiService::~WifiService() = default;

void WifiService::dialectChanged(const Dialect *dialect)
{
    m_commands = dialect ? dialect->wifiCommands() : nullptr;
    m_scan.clear();
}

QHash<WifiService::Field, QString> WifiService::checkStation(const StationSettings &s) const
{
    QHash<Field, QString> problems;
    const auto add = [&problems](Field f, const QString &problem) {
        if (!problem.isEmpty())
            problems.insert(f, problem);
    };
    add(Field::Ssid, FormChecks::ssid(s.ssid, capabilities().maxSsidBytes));
    QString key = wifiKeyProblem(s.security, s.key);
    if (key.isEmpty() && s.security != WifiSecurity::Open && s.security != WifiSecurity::Wep &&
        (s.key.size() < capabilities().minKeyLength || s.key.size() > capabilities().maxKeyLength))
        key = tr("This module takes WPA keys of %1 to %2 characters.")
                  .arg(capabilities().minKeyLength)
                  .arg(capabilities().maxKeyLength);
    if (key.isEmpty() && s.security == WifiSecurity::Wep &&
        !capabilities().wepKeyLengths.isEmpty() &&
        !capabilities().wepKeyLengths.contains(int(s.key.size())))
        key = tr("This module takes WEP keys of these lengths only: %1.").arg([this] {
            QStringList l;
            for (int n : capabilities().wepKeyLengths)
                l << QString::number(n);
            return l.join(QStringLiteral(", "));
        }());
    add(Field::Key, key);
    if (!s.bssid.isEmpty()) {
        static const QRegularExpression mac(QStringLiteral("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"));
        if (!mac.match(s.bssid).hasMatch())
            add(Field::Ssid, tr("A BSSID is six hex pairs separated by colons."));
    }
    if (!s.dhcp) {
        add(Field::Ip, FormChecks::ipv4(s.ip));
        add(Field::Netmask, FormChecks::netmask(s.netmask));
        add(Field::Gateway, FormChecks::ipv4(s.gateway, false));
    }
    add(Field::Dns1, FormChecks::ipv4(s.dns1, false));
    add(Field::Dns2, FormChecks::ipv4(s.dns2, false));
    return problems;
}

QHash<WifiService::Field, QString> WifiService::checkSoftAp(const SoftApSettings &s) const
{
    QHash<Field, QString> problems;
    const auto add = [&problems](Field f, const QString &problem) {
        if (!problem.isEmpty())
            problems.insert(f, problem);
    };
    add(Field::Ssid, FormChecks::ssid(s.ssid, capabilities().maxSsidBytes));
    add(Field::Key, wifiKeyProblem(s.security, s.key));
    if (m_commands && !m_commands->softApChannels().contains(s.channel))
        add(Field::Channel,
            tr("This module's access point uses channels %1 to %2.")
                .arg(m_commands->softApChannels().value(0))
                .arg(m_commands->softApChannels().value(m_commands->softApChannels().size() - 1)));
    add(Field::Ip, FormChecks::ipv4(s.ip));
    add(Field::Netmask, FormChecks::netmask(s.netmask));
    return problems;
}

void WifiService::scan()
{
    const QString action = tr("Scan");
    if (!capabilities().scan.available || !m_commands)
        return reject(action, capabilities().scan.reason);
    if (!isConnected())
        return reject(action, tr("Connect to a module first."));
    m_scanning = true;
    emit scanningChanged(true);
    run(action, m_commands->scan(), [this](bool ok, const CommandSequence &seq) {
        m_scanning = false;
        emit scanningChanged(false);
        if (!ok)
            return QString();
        QList<ScanEntry> entries;
        QSet<QString> seen;
        const auto take = [&](const QVariantMap &fields) {
            ScanEntry e = m_commands->scanEntry(fields);
            const QString key = e.bssid + u'|' + e.ssid;
            if (seen.contains(key))
                return;
            seen.insert(key);
            entries << e;
        };
        for (const AtFrame &f : seq.responses()) {
            if (f.isEvent(AtEvents::ScanResult))
                take(f.fields);
        }
        for (const AtEvent &e : seq.events()) {
            if (e.name == QLatin1String(AtEvents::ScanResult))
                take(e.fields);
        }
        m_scan.setEntries(entries);
        return tr("Found %n access point(s).", nullptr, int(entries.size()));
    });
}

void WifiService::join(const StationSettings &settings)
{
    const QString action = tr("Join");
    if (!capabilities().station.available || !m_commands)
        return reject(action, capabilities().station.reason);
    const auto problems = checkStation(settings);
    if (!problems.isEmpty())
        return reject(action, problems.begin().value());
    run(action, m_commands->join(settings),
        [settings](bool ok, const CommandSequence &) {
            return ok ? tr("Joined %1.").arg(settings.ssid) : QString();
        },
        {}, {settings.key});
}

void WifiService::leave()
{
    const QString action = tr("Leave");
    if (!m_commands)
        return reject(action, capabilities().station.reason);
    run(action, m_commands->leave(),
        [](bool ok, const CommandSequence &) { return ok ? tr("Left the network.") : QString(); });
}

void WifiService::startSoftAp(const SoftApSettings &settings)
{
    const QString action = tr("Start access point");
    if (!capabilities().softAp.available || !m_commands)
        return reject(action, capabilities().softAp.reason);
    const auto problems = checkSoftAp(settings);
    if (!problems.isEmpty())
        return reject(action, problems.begin().value());
    run(action, m_commands->startSoftAp(settings),
        [settings](bool ok, const CommandSequence &) {
            return ok ? tr("Access point %1 is up.").arg(settings.ssid) : QString();
        },
        {}, {settings.key});
}

void WifiService::stopSoftAp()
{
    const QString action = tr("Stop access point");
    if (!capabilities().softAp.available || !m_commands)
        return reject(action, capabilities().softAp.reason);
    run(action, m_commands->stopSoftAp(), [](bool ok, const CommandSequence &) {
        return ok ? tr("Access point stopped.") : QString();
    });
}
