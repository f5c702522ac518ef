#pragma once

#include "AtFrame.h"
#include "AtReply.h"
#include "log/Transcript.h"
#include "sim/World.h"
#include "transport/SerialTransport.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

class Dialect;

// One item of the traffic the terminal shows, in order: a command or bytes that went out, or a
// classified frame that came in.
struct TrafficItem
{
    enum class Kind { Command, Payload, Raw, Frame };
    Kind kind = Kind::Frame;
    qint64 msecsSinceEpoch = 0;
    QByteArray bytes; // Command, Payload, Raw (sent)
    AtFrame frame;    // Frame
};

struct ConnectionStats
{
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    QHash<int, quint64> socketIn;
    QHash<int, quint64> socketOut;
};

Q_DECLARE_METATYPE(TrafficItem)
Q_DECLARE_METATYPE(ConnectionStats)

// The app's link to a module, for the GUI thread: the transport, the AT session and (for the
// virtual module) the module itself run in a worker thread, so that no I/O or parsing ever blocks
// the window. Traffic, events and counters reach the GUI in batches at most 30 times a second.
// A serial port that vanishes is reopened when it comes back, and the session re-synchronised.
class ModuleConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Reconnecting };
    Q_ENUM(State)

    explicit ModuleConnection(QObject *parent = nullptr);
    ~ModuleConnection() override;

    void openSerial(const SerialSettings &settings, const QString &dialectId);
    void openNetwork(const QString &host, quint16 port, const QString &dialectId);
    void openVirtual(const QString &dialectId, const World &world = World::defaultWorld());
    void close();
    // Play a recorded session into the traffic and event signals, as if it came from a module
    // (the terminal and the dashboard show it); `start` is when it was recorded, if known.
    void replay(const QList<TranscriptEntry> &entries, const QString &dialectId,
                const QDateTime &start = {});

    State state() const { return m_state; }
    QString description() const { return m_description; }
    QString dialectId() const { return m_dialectId; }
    // A GUI-side instance of the dialect, for its name, catalog and identity queries.
    const Dialect *dialect() const { return m_dialect.get(); }

    // Queue a command; the reply lives in the GUI thread and finishes like an AtReply does.
    AtReply *send(const QByteArray &command, const QByteArray &payload = {}, int timeoutMs = -1);
    void writeRaw(const QByteArray &bytes);
    // Data (transparent) mode on a socket, after the module has entered it (see AtSession).
    void setDataMode(int socket, const QByteArray &escape, int guardMs);
    void leaveDataMode();
    void writeData(const QByteArray &bytes);

    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    // Every byte both ways goes to a session log in this directory from the moment of connection
    // (empty: no log). Takes effect at the next open.
    void setLogDirectory(const QString &directory) { m_logDirectory = directory; }
    QString logFile() const { return m_logFile; }
    // Batch period for traffic and counters (default 33 ms, i.e. 30 updates a second).
    static constexpr int BatchMs = 33;

signals:
    void stateChanged(ModuleConnection::State state);
    void errorOccurred(const QString &message);
    void traffic(const QList<TrafficItem> &items);
    void events(const QList<AtEvent> &events);
    void socketData(int socket, const QByteArray &bytes);
    void statsUpdated(const ConnectionStats &stats);
    void moduleRestarted();
    void reconnected();
    void logStarted(const QString &file);
    void replayFinished(int frames);
    // Data mode began on a socket or ended (-1).
    void dataModeChanged(int socket);

private:
    class Worker;
    void start(const QString &dialectId, const QString &description,
               std::function<void(Worker *)> openInWorker);
    void setState(State s);

    QThread m_thread;
    Worker *m_worker = nullptr;        // lives in m_thread; deleted there
    QObject *m_threadAnchor = nullptr; // lives in m_thread: jobs without a connection run on it
    std::unique_ptr<Dialect> m_dialect;
    QString m_dialectId;
    QString m_description;
    State m_state = State::Closed;
    bool m_autoReconnect = true;
    QString m_logDirectory;
    QString m_logFile;
    quint64 m_generation = 0; // replies and batches of an earlier connection are dropped
};
