#include "ModuleConnection.h"

#include "AtSession.h"
#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "engine/AtInterpreter.h"
#include "log/SessionLog.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"
#include "transport/PipeTransport.h"
#include "transport/TcpTransport.h"

#include <QCoreApplication>
#include <QTimer>

// Everything that does I/O or parsing; lives in the worker thread.
class ModuleConnection::Worker : public QObject
{
public:
    Worker(ModuleConnection *owner, quint64 generation, const QString &dialectId)
        : m_owner(owner)
        , m_generation(generation)
        , m_dialectId(dialectId)
    {}

    ~Worker() override
    {
        if (m_session)
            m_session->cancelAll(QCoreApplication::translate("ModuleConnection", "Disconnected."));
        m_session.reset();
        if (m_log)
            m_log->stop();
        if (m_transport)
            m_transport->close();
    }

    // Runs in the worker thread.
    void open(std::unique_ptr<Transport> transport, std::unique_ptr<VirtualModule> module,
              std::unique_ptr<Transport> moduleEnd)
    {
        m_transport = std::move(transport);
        m_module = std::move(module);
        m_moduleEnd = std::move(moduleEnd);
        m_batch.setInterval(ModuleConnection::BatchMs);
        QObject::connect(&m_batch, &QTimer::timeout, this, [this] { flush(); });
        m_batch.start();
        m_reconnect.setInterval(1000);
        QObject::connect(&m_reconnect, &QTimer::timeout, this, [this] {
            if (m_transport && !m_transport->isOpen())
                m_transport->open();
        });

        m_session = std::make_unique<AtSession>(DialectRegistry::create(m_dialectId));
        m_session->setTransport(m_transport.get());
        AtSession *s = m_session.get();
        startLog();
        QObject::connect(s, &AtSession::commandStarted, this, [this](const QByteArray &c) {
            push({TrafficItem::Kind::Command, now(), c, {}});
        });
        QObject::connect(s, &AtSession::payloadWritten, this, [this](const QByteArray &b) {
            push({TrafficItem::Kind::Payload, now(), b, {}});
        });
        QObject::connect(s, &AtSession::rawWritten, this, [this](const QByteArray &b) {
            push({TrafficItem::Kind::Raw, now(), b, {}});
        });
        QObject::connect(s, &AtSession::frameReceived, this, [this](const AtFrame &f) {
            push({TrafficItem::Kind::Frame, now(), {}, f});
        });
        QObject::connect(s, &AtSession::eventReceived, this,
                         [this](const AtEvent &e) { m_events << e; });
        QObject::connect(s, &AtSession::dataReceived, this,
                         [this](int socket, const QByteArray &b) { m_socketData[socket] += b; });
        QObject::connect(s, &AtSession::dataModeChanged, this, [this](int socket) {
            toOwner([socket](ModuleConnection *o) { emit o->dataModeChanged(socket); });
        });
        QObject::connect(s, &AtSession::moduleRestarted, this, [this] {
            toOwner([](ModuleConnection *o) { emit o->moduleRestarted(); });
        });
        QObject::connect(m_transport.get(), &Transport::opened, this, [this] {
            const bool again = m_everOpened;
            m_everOpened = true;
            m_reconnect.stop();
            toOwner([again](ModuleConnection *o) {
                o->setState(State::Open);
                if (again)
                    emit o->reconnected();
            });
        });
        QObject::connect(
            m_transport.get(), &Transport::errorOccurred, this,
            [this](const QString &message, bool lost) {
                toOwner([message](ModuleConnection *o) { emit o->errorOccurred(message); });
                if (lost && m_autoReconnect) {
                    m_reconnect.start();
                    toOwner([](ModuleConnection *o) { o->setState(State::Reconnecting); });
                } else if (!m_transport->isOpen() && !m_everOpened) {
                    toOwner([](ModuleConnection *o) { o->setState(State::Closed); });
                }
            });
        if (m_module) {
            m_moduleEnd->open();
            m_module->attach(m_moduleEnd.get());
            m_module->powerOn();
        }
        m_transport->open();
    }

    AtSession *session() { return m_session.get(); }
    bool m_autoReconnect = true;
    QString m_logDirectory;
    QString m_description;

private:
    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

    // The session log lives here too: its file I/O never touches the GUI thread.
    void startLog()
    {
        if (m_logDirectory.isEmpty())
            return;
        m_log = std::make_unique<SessionLog>(m_logDirectory);
        QString error;
        if (!m_log->start(m_description, &error)) {
            m_log.reset();
            toOwner([error](ModuleConnection *o) {
                emit o->errorOccurred(ModuleConnection::tr("No session log: %1").arg(error));
            });
            return;
        }
        SessionLog *log = m_log.get();
        QObject::connect(m_session.get(), &AtSession::bytesSent, log, &SessionLog::recordSent);
        QObject::connect(m_session.get(), &AtSession::bytesReceived, log,
                         &SessionLog::recordReceived);
        QObject::connect(log, &SessionLog::failed, this, [this](const QString &message) {
            toOwner([message](ModuleConnection *o) { emit o->errorOccurred(message); });
        });
        QObject::connect(log, &SessionLog::rotated, this, [this](const QString &file) {
            toOwner([file](ModuleConnection *o) {
                o->m_logFile = file;
                emit o->logStarted(file);
            });
        });
        const QString file = log->currentFile();
        toOwner([file](ModuleConnection *o) {
            o->m_logFile = file;
            emit o->logStarted(file);
        });
    }

    void push(TrafficItem item)
    {
        m_traffic << std::move(item);
        // A flood is flushed in pieces, so the GUI never gets one enormous batch.
        if (m_traffic.size() >= 2000)
            flush();
    }

    template <typename F> void toOwner(F f)
    {
        QPointer<ModuleConnection> owner = m_owner;
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            m_owner,
            [owner, generation, f] {
                if (owner && owner->m_generation == generation)
                    f(owner.data());
            },
            Qt::QueuedConnection);
    }

    void flush()
    {
        if (!m_traffic.isEmpty()) {
            toOwner([items = std::exchange(m_traffic, {})](ModuleConnection *o) {
                emit o->traffic(items);
            });
        }
        if (!m_events.isEmpty()) {
            toOwner([e = std::exchange(m_events, {})](ModuleConnection *o) { emit o->events(e); });
        }
        for (auto it = m_socketData.begin(); it != m_socketData.end(); ++it) {
            toOwner([socket = it.key(), bytes = it.value()](ModuleConnection *o) {
                emit o->socketData(socket, bytes);
            });
        }
        m_socketData.clear();
        if (m_session) {
            ConnectionStats stats;
            stats.bytesIn = m_session->bytesIn();
            stats.bytesOut = m_session->bytesOut();
            if (stats.bytesIn != m_lastIn || stats.bytesOut != m_lastOut) {
                m_lastIn = stats.bytesIn;
                m_lastOut = stats.bytesOut;
                toOwner([stats](ModuleConnection *o) { emit o->statsUpdated(stats); });
            }
        }
    }

    ModuleConnection *m_owner;
    quint64 m_generation;
    QString m_dialectId;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Transport> m_moduleEnd;
    std::unique_ptr<VirtualModule> m_module;
    std::unique_ptr<AtSession> m_session;
    std::unique_ptr<SessionLog> m_log;
    QTimer m_batch{this};
    QTimer m_reconnect{this};
    QList<TrafficItem> m_traffic;
    QList<AtEvent> m_events;
    QHash<int, QByteArray> m_socketData;
    quint64 m_lastIn = 0;
    quint64 m_lastOut = 0;
    bool m_everOpened = false;
};

ModuleConnection::ModuleConnection(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TrafficItem>();
    qRegisterMetaType<ConnectionStats>();
    m_thread.setObjectName(QStringLiteral("AT engine"));
    m_threadAnchor = new QObject; // deleted after the thread ends
    m_threadAnchor->moveToThread(&m_thread);
    m_thread.start();
}

ModuleConnection::~ModuleConnection()
{
    close();
    m_thread.quit();
    m_thread.wait();
    delete m_threadAnchor;
}

void ModuleConnection::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void ModuleConnection::start(const QString &dialectId, const QString &description,
                             std::function<void(Worker *)> openInWorker)
{
    close();
    m_dialect = DialectRegistry::create(dialectId);
    if (!m_dialect) {
        emit errorOccurred(tr("Unknown module \"%1\".").arg(dialectId));
        return;
    }
    m_dialectId = dialectId;
    m_description = description;
    ++m_generation;
    m_worker = new Worker(this, m_generation, dialectId);
    m_worker->m_autoReconnect = m_autoReconnect;
    m_worker->m_logDirectory = m_logDirectory;
    m_worker->m_description = description;
    m_logFile.clear();
    m_worker->moveToThread(&m_thread);
    setState(State::Opening);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, openInWorker] { openInWorker(w); }, Qt::QueuedConnection);
}

void ModuleConnection::openSerial(const SerialSettings &settings, const QString &dialectId)
{
    start(dialectId, QStringLiteral("%1 @ %2").arg(settings.portName).arg(settings.baudRate),
          [settings](Worker *w) {
              w->open(std::make_unique<SerialTransport>(settings), nullptr, nullptr);
          });
}

void ModuleConnection::openNetwork(const QString &host, quint16 port, const QString &dialectId)
{
    start(dialectId, QStringLiteral("%1:%2").arg(host).arg(port), [host, port](Worker *w) {
        w->open(std::make_unique<TcpTransport>(host, port), nullptr, nullptr);
    });
}

void ModuleConnection::openVirtual(const QString &dialectId, const World &world)
{
    start(dialectId, tr("virtual %1").arg(dialectId), [dialectId, world](Worker *w) {
        auto module = VirtualModuleFactory::create(dialectId, world);
        auto [hostEnd, moduleEnd] =
            PipeTransport::createPair(QStringLiteral("virtual %1").arg(dialectId));
        if (!module) {
            // Reported by the transport error path: nothing to talk to.
            w->open(std::move(hostEnd), nullptr, nullptr);
            return;
        }
        w->open(std::move(hostEnd), std::move(module), std::move(moduleEnd));
    });
}

void ModuleConnection::close()
{
    ++m_generation; // late batches and replies of this connection are dropped
    if (m_worker) {
        // Delete in its own thread, and wait, so that a port is free again when close() returns.
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    setState(State::Closed);
}

AtReply *ModuleConnection::send(const QByteArray &command, const QByteArray &payload, int timeoutMs)
{
    auto *proxy = new AtReply(command, payload, this);
    proxy->m_clock.start();
    QPointer<AtReply> guard(proxy);
    if (!m_worker) {
        QMetaObject::invokeMethod(
            this,
            [guard] {
                if (guard)
                    guard->finish(AtReply::Error::Transport, tr("Not connected to a module."));
            },
            Qt::QueuedConnection);
        return proxy;
    }
    QPointer<ModuleConnection> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, self, guard, command, payload, timeoutMs] {
            AtReply *real = w->session()->send(command, payload, timeoutMs);
            QObject::connect(real, &AtReply::finished, real, [self, guard, real] {
                // Copy what the caller may read, then finish the GUI-side reply in its thread.
                const AtReply::Error error = real->error();
                const QString text = real->errorString();
                const QList<AtFrame> responses = real->responses();
                const AtFrame final = real->finalFrame();
                const QByteArray data = real->data();
                const int attempts = real->attempts();
                const qint64 sent = real->payloadSent();
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                    self.data(),
                    [guard, error, text, responses, final, data, attempts, sent] {
                        if (!guard)
                            return;
                        guard->m_responses = responses;
                        guard->m_final = final;
                        guard->m_data = data;
                        guard->m_attempts = attempts;
                        guard->m_payloadSent = sent;
                        guard->finish(error, text);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
    return proxy;
}

void ModuleConnection::writeRaw(const QByteArray &bytes)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, bytes] {
            if (w->session())
                w->session()->writeRaw(bytes);
        },
        Qt::QueuedConnection);
}

void ModuleConnection::setDataMode(int socket, const QByteArray &escape, int guardMs)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, socket, escape, guardMs] {
            if (w->session())
                w->session()->enterDataMode(socket, escape, guardMs);
        },
        Qt::QueuedConnection);
}

void ModuleConnection::leaveDataMode()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            if (w->session())
                w->session()->leaveDataMode();
        },
        Qt::QueuedConnection);
}

void ModuleConnection::writeData(const QByteArray &bytes)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, bytes] {
            if (w->session())
                w->session()->writeData(bytes);
        },
        Qt::QueuedConnection);
}

void ModuleConnection::replay(const QList<TranscriptEntry> &entries, const QString &dialectId,
                              const QDateTime &start)
{
    close();
    m_dialect = DialectRegistry::create(dialectId);
    if (!m_dialect) {
        emit errorOccurred(tr("Unknown module \"%1\".").arg(dialectId));
        return;
    }
    m_dialectId = dialectId;
    m_description = tr("replay");
    const quint64 generation = ++m_generation;
    QPointer<ModuleConnection> self(this);
    const qint64 origin =
        start.isValid() ? start.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    // Framing a long session takes a moment: it runs in the engine thread, like live traffic.
    auto job = [self, generation, entries, dialectId, origin] {
        auto dialect = DialectRegistry::create(dialectId);
        QList<TrafficItem> items;
        QList<AtEvent> events;
        int frames = 0;
        qint64 stamp = origin;
        const auto post = [&](bool last) {
            if (!self || (items.isEmpty() && events.isEmpty() && !last))
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, items = std::exchange(items, {}),
                 events = std::exchange(events, {}), last, frames] {
                    if (!self || self->m_generation != generation)
                        return;
                    if (!items.isEmpty())
                        emit self->traffic(items);
                    if (!events.isEmpty())
                        emit self->events(events);
                    if (last)
                        emit self->replayFinished(frames);
                },
                Qt::QueuedConnection);
        };
        AtInterpreter interpreter(*dialect, [&](const AtFrame &f) {
            ++frames;
            items << TrafficItem{TrafficItem::Kind::Frame, stamp, {}, f};
            if (f.kind == AtFrame::Kind::Urc)
                events << f.toEvent();
            if (items.size() >= 2000)
                post(false);
        });
        for (const TranscriptEntry &e : entries) {
            if (e.timestamp >= 0)
                stamp = origin + qint64(e.timestamp * 1000);
            if (e.direction == TranscriptEntry::Direction::ToModule) {
                QByteArray shown = e.bytes;
                while (shown.endsWith('\r') || shown.endsWith('\n'))
                    shown.chop(1);
                items << TrafficItem{TrafficItem::Kind::Command, stamp, shown, {}};
                interpreter.hostBytes(e.bytes);
            } else {
                interpreter.moduleBytes(e.bytes);
            }
        }
        interpreter.endOfInput();
        post(true);
    };
    QMetaObject::invokeMethod(m_threadAnchor, job, Qt::QueuedConnection);
}
