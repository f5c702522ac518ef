#pragma once

#include "dialects/StatusReport.h"
#include "engine/AtEvent.h"
#include "engine/ModuleConnection.h"
#include "models/ModuleStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <bitset>

class AtReply;

// Keeps a ModuleStatus up to date for one ModuleConnection: runs the dialect's status queries one
// after the other through the connection (never blocking, never two at once), on demand, every N
// seconds if asked, after connecting, reconnecting and a module restart; and applies the module's
// messages (link up/down, IP, sockets, MQTT) as they arrive, reading again shortly after a link or
// MQTT change.
class StatusService : public QObject
{
    Q_OBJECT
public:
    explicit StatusService(ModuleConnection *connection, QObject *parent = nullptr);

    ModuleStatus *status() { return &m_status; }
    const ModuleStatus *status() const { return &m_status; }
    ModuleConnection *connection() const { return m_connection; }

    bool isRefreshing() const { return m_running; }
    // When the last refresh ended (invalid before the first).
    QDateTime lastRefresh() const { return m_lastRefresh; }

    // Periodic refresh, 0 = off.
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms);

    // After a message that changes the link or MQTT, read again this much later (the delay
    // gathers the messages of one change, e.g. link up then IP).
    static constexpr int EventRefreshDelayMs = 400;

public slots:
    // Read everything now; while a refresh runs, one more follows it.
    void refresh();

signals:
    void refreshingChanged(bool refreshing);
    // A refresh ran to its end (every query answered or failed).
    void refreshed();
    void intervalChanged(int ms);

private:
    void onStateChanged(ModuleConnection::State state);
    void onTraffic(const QList<TrafficItem> &items);
    void applyEvent(const AtEvent &event, bool fromModule);
    void startOver(const QString &note, bool readAgain);
    void abort();
    void sendNext();
    void onReply(quint64 cycle, AtReply *reply);
    void apply(const StatusQuery &query);
    void finish();
    void setQueries();
    void setRunning(bool running);

    QPointer<ModuleConnection> m_connection;
    ModuleStatus m_status;
    QTimer m_periodic;
    QTimer m_afterEvent;
    int m_intervalMs = 0;
    QDateTime m_lastRefresh;
    bool m_wasOpen = false;

    // The refresh in progress.
    bool m_running = false;
    bool m_again = false;
    quint64 m_cycle = 0; // replies of an abandoned refresh are ignored
    QList<StatusQuery> m_queries;
    qsizetype m_next = 0;
    StatusReport m_report;
    std::bitset<StatusFieldCount> m_given; // fields this refresh has set
    QHash<int, QString> m_notes;           // field -> why it could not be read
};
