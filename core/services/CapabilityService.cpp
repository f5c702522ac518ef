#include "CapabilityService.h"

#include "dialects/Dialect.h"
#include "engine/AtReply.h"

CapabilityService::CapabilityService(ModuleConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_sequence(
          [this](const QByteArray &command, const QByteArray &payload, int timeoutMs) -> AtReply * {
              if (!m_connection || m_connection->state() != ModuleConnection::State::Open)
                  return nullptr;
              m_currentCommand = command;
              return m_connection->send(command, payload, timeoutMs);
          })
{
    connect(&m_sequence, &CommandSequence::finished, this, [this](bool ok) {
        Job job = std::move(m_current);
        m_current = {};
        m_currentCommand.clear();
        QString message = job.done ? job.done(ok, m_sequence) : QString();
        if (message.isEmpty())
            message = ok ? tr("%1: done.").arg(job.action) : m_sequence.errorString();
        for (const QString &secret : job.secrets + m_secrets) {
            if (secret.isEmpty())
                continue;
            const QString hidden = QStringLiteral("••••");
            message.replace(secret, hidden);
            // Some families send a key as hex.
            message.replace(QString::fromLatin1(secret.toUtf8().toHex()), hidden,
                            Qt::CaseInsensitive);
        }
        emit actionFinished(job.action, ok, message);
        next();
    });
    if (!connection)
        return;
    connect(connection, &ModuleConnection::events, &m_sequence, &CommandSequence::onEvents);
    connect(connection, &ModuleConnection::events, this, &CapabilityService::handleEvents);
    connect(connection, &ModuleConnection::stateChanged, this, &CapabilityService::onState);
    connect(connection, &ModuleConnection::moduleRestarted, this, [this] { moduleRestarted(); });
    // Made for a connection already open: the derived constructor builds its command set.
    if (isConnected()) {
        m_open = true;
        m_capabilities = connection->dialect()->capabilities();
    }
}

CapabilityService::~CapabilityService() = default;

bool CapabilityService::isConnected() const
{
    return m_connection && m_connection->state() == ModuleConnection::State::Open &&
           m_connection->dialect();
}

void CapabilityService::onState(ModuleConnection::State state)
{
    const bool open = state == ModuleConnection::State::Open && m_connection->dialect();
    if (state != ModuleConnection::State::Open)
        cancelAll(tr("The connection closed."));
    if (open == m_open)
        return;
    m_open = open;
    m_capabilities = open ? m_connection->dialect()->capabilities() : DialectCapabilities{};
    dialectChanged(open ? m_connection->dialect() : nullptr);
    emit availabilityChanged();
}

void CapabilityService::handleEvents(const QList<AtEvent> &) {}

void CapabilityService::run(const QString &action, const CommandPlan &plan, Done done,
                            const QVariantMap &values, const QStringList &secrets)
{
    if (!isConnected()) {
        reject(action, tr("Connect to a module first."));
        return;
    }
    m_queue.enqueue(Job{action, plan, values, std::move(done), secrets});
    setBusy(true);
    if (!m_sequence.isRunning() && m_current.action.isEmpty())
        next();
}

void CapabilityService::reject(const QString &action, const QString &why)
{
    emit actionFinished(action, false, why);
}

void CapabilityService::cancelAll(const QString &why)
{
    m_queue.clear();
    if (m_sequence.isRunning())
        m_sequence.cancel(why); // finishes the current job (and calls next(), which finds none)
    setBusy(false);
}

void CapabilityService::next()
{
    if (m_queue.isEmpty()) {
        setBusy(false);
        return;
    }
    m_current = m_queue.dequeue();
    emit actionStarted(m_current.action);
    m_sequence.start(m_current.plan, m_current.values);
}

void CapabilityService::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}
