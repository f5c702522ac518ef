#include "StatusService.h"

#include "dialects/Dialect.h"
#include "engine/AtReply.h"

#include <utility>

using Field = StatusField;

namespace {

// Fields that only have a value while the link is up: with the link down they are "none".
bool followsLink(Field f)
{
    switch (f) {
    case Field::Ssid:
    case Field::Bssid:
    case Field::Channel:
    case Field::Rssi:
    case Field::Ip:
    case Field::Gateway:
    case Field::Dns:
        return true;
    default:
        return false;
    }
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// MAC addresses and BSSIDs in one form whatever the module prints: upper case, as on labels.
QVariant hardwareAddress(const QString &s)
{
    return text(s.toUpper());
}

// The report's value of a field; nullopt when the report has none.
std::optional<QVariant> reported(const StatusReport &r, Field f)
{
    const auto opt = [](const auto &o, auto convert) -> std::optional<QVariant> {
        if (!o)
            return std::nullopt;
        return convert(*o);
    };
    const auto asInt = [](auto v) { return QVariant(int(v)); };
    switch (f) {
    case Field::Model:
        return opt(r.model, text);
    case Field::Firmware:
        return opt(r.firmware, text);
    case Field::Mac:
        return opt(r.mac, hardwareAddress);
    case Field::WifiMode:
        return opt(r.wifiMode, asInt);
    case Field::Link:
        return opt(r.link, asInt);
    case Field::Ssid:
        return opt(r.ssid, text);
    case Field::Bssid:
        return opt(r.bssid, hardwareAddress);
    case Field::Channel:
        return opt(r.channel, asInt);
    case Field::Rssi:
        return opt(r.rssi, asInt);
    case Field::Ip:
        return opt(r.ip, text);
    case Field::Gateway:
        return opt(r.gateway, text);
    case Field::Dns:
        return opt(r.dns,
                   [](const QStringList &l) { return l.isEmpty() ? QVariant() : QVariant(l); });
    case Field::Sockets:
        return opt(r.openSockets, asInt);
    case Field::Mqtt:
        return opt(r.mqttConnected, [](bool b) { return QVariant(b); });
    }
    return std::nullopt;
}

} // namespace

StatusService::StatusService(ModuleConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_periodic.setSingleShot(false);
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        if (!m_running)
            refresh();
    });
    m_afterEvent.setSingleShot(true);
    m_afterEvent.setInterval(EventRefreshDelayMs);
    connect(&m_afterEvent, &QTimer::timeout, this, &StatusService::refresh);

    m_status.clear(tr("Not connected."));
    if (!connection)
        return;
    connect(connection, &ModuleConnection::stateChanged, this, &StatusService::onStateChanged);
    connect(connection, &ModuleConnection::traffic, this, &StatusService::onTraffic);
    connect(connection, &ModuleConnection::reconnected, this,
            [this] { startOver(tr("The connection came back: reading again."), true); });
    connect(connection, &ModuleConnection::moduleRestarted, this,
            [this] { startOver(tr("The module restarted: reading again."), true); });
    if (connection->state() == ModuleConnection::State::Open) {
        m_wasOpen = true;
        setQueries();
        startOver(tr("Reading…"), true);
    }
}

void StatusService::setIntervalMs(int ms)
{
    ms = qMax(0, ms);
    if (ms == m_intervalMs)
        return;
    m_intervalMs = ms;
    if (ms > 0)
        m_periodic.start(ms);
    else
        m_periodic.stop();
    emit intervalChanged(ms);
}

void StatusService::onStateChanged(ModuleConnection::State state)
{
    using State = ModuleConnection::State;
    switch (state) {
    case State::Open:
        // A reconnection is handled by reconnected(); this is a new connection.
        if (!m_wasOpen) {
            m_wasOpen = true;
            setQueries();
            startOver(tr("Reading…"), true);
        }
        break;
    case State::Opening:
    case State::Closed:
        m_wasOpen = false;
        startOver(tr("Not connected."), false);
        break;
    case State::Reconnecting:
        startOver(tr("The connection was lost: waiting for it to come back."), false);
        break;
    }
}

void StatusService::setQueries()
{
    const Dialect *dialect = m_connection ? m_connection->dialect() : nullptr;
    QHash<int, QList<QByteArray>> commands;
    if (dialect) {
        for (const StatusQuery &q : dialect->statusQueries()) {
            for (const Field f : q.fills) {
                if (!commands[int(f)].contains(q.command))
                    commands[int(f)] << q.command;
            }
        }
    }
    for (const Field f : ModuleStatus::fields())
        m_status.setQuery(f, commands.value(int(f)).join(", "));
}

void StatusService::startOver(const QString &note, bool readAgain)
{
    abort();
    m_afterEvent.stop();
    m_status.clear(note);
    if (readAgain)
        refresh();
}

void StatusService::abort()
{
    ++m_cycle;
    m_again = false;
    setRunning(false);
}

void StatusService::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit refreshingChanged(running);
}

void StatusService::refresh()
{
    if (!m_connection || m_connection->state() != ModuleConnection::State::Open ||
        !m_connection->dialect())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_afterEvent.stop();
    ++m_cycle;
    m_queries = m_connection->dialect()->statusQueries();
    m_next = 0;
    m_report = StatusReport();
    m_given.reset();
    m_notes.clear();
    setRunning(true);
    sendNext();
}

void StatusService::sendNext()
{
    while (m_next < m_queries.size()) {
        const StatusQuery &q = m_queries.at(m_next);
        if (q.onlyWhenLinked && m_report.link == StatusLink::Disconnected) {
            ++m_next; // its fields are "none" (see finish)
            continue;
        }
        AtReply *reply = m_connection->send(q.command);
        const quint64 cycle = m_cycle;
        connect(reply, &AtReply::finished, this, [this, cycle, reply] { onReply(cycle, reply); });
        return;
    }
    finish();
}

void StatusService::onReply(quint64 cycle, AtReply *reply)
{
    if (cycle != m_cycle || !m_running || m_next >= m_queries.size())
        return; // an abandoned refresh
    const StatusQuery query = m_queries.at(m_next);
    if (reply->ok()) {
        if (const Dialect *dialect = m_connection ? m_connection->dialect() : nullptr)
            dialect->readStatus(query.command, reply->responses(), reply->finalFrame(), m_report);
        apply(query);
    } else if (reply->error() == AtReply::Error::Transport ||
               reply->error() == AtReply::Error::Cancelled) {
        abort(); // the connection is going away: its state change says what happens next
        return;
    } else {
        const QString why =
            tr("%1 failed: %2").arg(QString::fromUtf8(query.command), reply->errorString());
        for (const Field f : query.fills)
            m_notes.insert(int(f), why);
    }
    ++m_next;
    sendNext();
}

// A value read now shows at once; a field no query of the refresh could read turns unknown only
// at its end, so that a periodic refresh does not make the dashboard flicker.
void StatusService::apply(const StatusQuery &query)
{
    const QString origin = QString::fromUtf8(query.command);
    for (const Field f : query.fills) {
        const auto v = reported(m_report, f);
        if (!v)
            continue;
        m_given.set(size_t(f));
        m_status.setValue(f, *v, origin);
    }
}

void StatusService::finish()
{
    const bool linkDown = m_report.link == StatusLink::Disconnected;
    for (const StatusQuery &q : std::as_const(m_queries)) {
        for (const Field f : q.fills) {
            if (m_given.test(size_t(f)))
                continue;
            m_given.set(size_t(f));
            if (linkDown && followsLink(f))
                m_status.setValue(f, QVariant(), QString::fromUtf8(q.command));
            else
                m_status.setUnknown(
                    f, m_notes.value(int(f),
                                     tr("%1 gave no value.").arg(QString::fromUtf8(q.command))));
        }
    }
    m_lastRefresh = QDateTime::currentDateTime();
    setRunning(false);
    emit refreshed();
    if (std::exchange(m_again, false))
        refresh();
}

void StatusService::onTraffic(const QList<TrafficItem> &items)
{
    for (const TrafficItem &item : items) {
        if (item.kind != TrafficItem::Kind::Frame || item.frame.event.isEmpty())
            continue;
        // Replies that carry an event (the WizFi360's CONNECT of AT+MQTTCON) count too, but only
        // the module's own messages trigger a new reading: replies to our queries must not.
        if (item.frame.kind == AtFrame::Kind::Urc)
            applyEvent(item.frame.toEvent(), true);
        else if (item.frame.kind == AtFrame::Kind::Response)
            applyEvent(item.frame.toEvent(), false);
    }
}

void StatusService::applyEvent(const AtEvent &e, bool fromModule)
{
    if (!m_connection || m_connection->state() != ModuleConnection::State::Open)
        return;
    const QString origin =
        tr("the module's message \"%1\"").arg(QString::fromUtf8(e.raw.trimmed()));
    const auto field = [&e](const char *key) { return e.fields.value(QLatin1String(key)); };
    const auto has = [&e](const char *key) { return e.fields.contains(QLatin1String(key)); };
    const auto set = [&](Field f, const QVariant &v) { m_status.setValue(f, v, origin); };
    bool readAgain = false;

    if (e.name == QLatin1String(AtEvents::WifiConnected)) {
        set(Field::Link, int(StatusLink::Connected));
        if (has(AtFields::Ssid))
            set(Field::Ssid, text(field(AtFields::Ssid).toString()));
        if (has(AtFields::Bssid))
            set(Field::Bssid, hardwareAddress(field(AtFields::Bssid).toString()));
        if (has(AtFields::Channel))
            set(Field::Channel, field(AtFields::Channel).toInt());
        if (has(AtFields::Rssi))
            set(Field::Rssi, field(AtFields::Rssi).toInt());
        readAgain = true;
    } else if (e.name == QLatin1String(AtEvents::WifiGotIp)) {
        set(Field::Link, int(StatusLink::Connected));
        if (has(AtFields::Ip))
            set(Field::Ip, text(field(AtFields::Ip).toString()));
        readAgain = true;
    } else if (e.name == QLatin1String(AtEvents::WifiDisconnected)) {
        set(Field::Link, int(StatusLink::Disconnected));
        for (const Field f :
             {Field::Ssid, Field::Bssid, Field::Channel, Field::Rssi, Field::Ip, Field::Gateway})
            set(f, QVariant());
        readAgain = true;
    } else if (e.name == QLatin1String(AtEvents::SocketConnected) ||
               e.name == QLatin1String(AtEvents::SocketClosed)) {
        // Counted only from a known number, until the next reading. No reading follows: a
        // socket that connects may have put the module in data mode (WizFi310/WizFi250
        // AT+SCON ...,1), where commands would go to the peer as data.
        if (m_status.isKnown(Field::Sockets)) {
            const int delta = e.name == QLatin1String(AtEvents::SocketConnected) ? 1 : -1;
            set(Field::Sockets, qMax(0, m_status.openSockets() + delta));
        }
        // For the same reason an automatic reading still pending is dropped (a join with a
        // stored service socket: link up, then the socket connects in data mode).
        if (fromModule && e.name == QLatin1String(AtEvents::SocketConnected)) {
            m_afterEvent.stop();
            m_again = false;
        }
    } else if (e.name == QLatin1String(AtEvents::MqttConnected)) {
        set(Field::Mqtt, true);
        readAgain = true;
    } else if (e.name == QLatin1String(AtEvents::MqttDisconnected)) {
        set(Field::Mqtt, false);
        readAgain = true;
    }
    // The WizFi310/WizFi250 print the gateway on its own line after the IP ("wifi.gateway").
    if (e.name.startsWith(QLatin1String("wifi.")) && has(AtFields::Gateway))
        set(Field::Gateway, text(field(AtFields::Gateway).toString()));

    if (readAgain && fromModule && !m_afterEvent.isActive())
        m_afterEvent.start();
}
