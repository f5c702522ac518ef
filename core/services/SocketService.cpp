#include "SocketService.h"

#include "dialects/Dialect.h"
#include "services/FormChecks.h"

SocketService::SocketService(ModuleConnection *connection, QObject *parent)
    : CapabilityService(connection, parent)
{
    if (connection) {
        connect(connection, &ModuleConnection::socketData, this, &SocketService::onSocketData);
        connect(connection, &ModuleConnection::dataModeChanged, this, [this](int socket) {
            if (socket >= 0 || m_dataModeSocket < 0)
                return;
            // The escape went out between its silences: the module takes commands again.
            const int was = m_dataModeSocket;
            if (const auto *s = m_sockets.socket(was);
                s && s->state == SocketsModel::State::DataMode)
                m_sockets.setState(was, SocketsModel::State::Open);
            forgetDataMode();
            emit actionFinished(
                tr("Leave data mode"), true,
                tr("Socket %1 left data mode: the module takes commands again.").arg(was));
        });
    }
    if (isConnected())
        dialectChanged(connection->dialect());
}

SocketService::~SocketService() = default;

void SocketService::dialectChanged(const Dialect *dialect)
{
    m_commands = dialect ? dialect->socketCommands() : nullptr;
    m_sockets.clear();
    forgetDataMode();
}

void SocketService::startDataMode(int socket)
{
    m_dataModeSocket = socket;
    m_sockets.setState(socket, SocketsModel::State::DataMode);
    connection()->setDataMode(socket, m_commands->dataModeEscape(), m_commands->dataModeGuardMs());
    emit dataModeChanged(socket);
}

void SocketService::forgetDataMode()
{
    if (m_dataModeSocket == -1)
        return;
    m_dataModeSocket = -1;
    emit dataModeChanged(-1);
}

DialectCapabilities::Feature SocketService::feature(SocketKind kind) const
{
    switch (kind) {
    case SocketKind::TcpClient:
        return capabilities().tcpClient;
    case SocketKind::TcpServer:
        return capabilities().tcpServer;
    case SocketKind::Udp:
        return capabilities().udp;
    case SocketKind::Tls:
        return capabilities().tls;
    }
    return {};
}

QHash<SocketService::Field, QString> SocketService::checkOpen(const SocketSettings &s) const
{
    QHash<Field, QString> problems;
    const auto add = [&problems](Field f, const QString &problem) {
        if (!problem.isEmpty())
            problems.insert(f, problem);
    };
    if (s.kind != SocketKind::TcpServer)
        add(Field::Host, FormChecks::host(s.host));
    add(Field::Port, FormChecks::port(s.port));
    add(Field::LocalPort, FormChecks::port(s.localPort, true));
    const int open = int(m_sockets.openNumbers().size());
    if (capabilities().maxSockets > 0 && open >= capabilities().maxSockets)
        add(Field::Host, tr("This module has %1 sockets and all are in use: close one first.")
                             .arg(capabilities().maxSockets));
    return problems;
}

void SocketService::open(const SocketSettings &settings)
{
    const QString action = tr("Open socket");
    const auto f = feature(settings.kind);
    if (!f.available || !m_commands)
        return reject(action, f.reason.isEmpty() ? tr("Connect to a module first.") : f.reason);
    if (settings.dataMode && !capabilities().transparentMode.available)
        return reject(action, capabilities().transparentMode.reason);
    const auto problems = checkOpen(settings);
    if (!problems.isEmpty())
        return reject(action, problems.begin().value());
    run(action, m_commands->open(settings, m_sockets.openNumbers()),
        [this, settings](bool ok, const CommandSequence &seq) {
            if (!ok)
                return QString();
            bool known = false;
            const int number = seq.values().value(QStringLiteral("socket")).toInt(&known);
            if (!known)
                return tr("The module opened a socket but did not say its number.");
            SocketsModel::Socket s;
            s.number = number;
            s.settings = settings;
            s.state = settings.kind == SocketKind::TcpServer ? SocketsModel::State::Listening
                                                             : SocketsModel::State::Open;
            if (settings.kind != SocketKind::TcpServer)
                s.peer = QStringLiteral("%1:%2").arg(settings.host).arg(settings.port);
            // An accepted or connected message may have come before the reply: keep what it said.
            if (const auto *existing = m_sockets.socket(number);
                existing && existing->state != SocketsModel::State::Closed) {
                s.bytesIn = existing->bytesIn;
                s.received = existing->received;
            }
            m_sockets.add(s);
            if (settings.dataMode)
                startDataMode(number);
            return settings.kind == SocketKind::TcpServer
                       ? tr("Socket %1 listens on port %2.").arg(number).arg(settings.port)
                       : tr("Socket %1 is open to %2:%3.")
                             .arg(number)
                             .arg(settings.host)
                             .arg(settings.port);
        });
}

void SocketService::send(int socket, const QByteArray &bytes, int repeat)
{
    const QString action = tr("Send");
    const auto *s = m_sockets.socket(socket);
    if (!m_commands || !s || s->state == SocketsModel::State::Closed)
        return reject(action, tr("Socket %1 is not open.").arg(socket));
    if (bytes.isEmpty())
        return reject(action, tr("There is nothing to send."));
    if (repeat < 1)
        return reject(action, tr("Send at least once."));
    if (s->state == SocketsModel::State::DataMode) {
        for (int i = 0; i < repeat; ++i)
            sendInDataMode(bytes);
        return;
    }
    const int chunk = capabilities().maxSendChunk > 0 ? capabilities().maxSendChunk : 1024;
    CommandPlan plan;
    QByteArray all;
    for (int i = 0; i < repeat; ++i)
        all += bytes;
    for (qsizetype at = 0; at < all.size(); at += chunk) {
        const CommandPlan part = m_commands->send(socket, all.mid(at, chunk), s->settings);
        if (part.refused())
            return reject(action, part.refusal);
        plan.steps << part.steps;
    }
    const qsizetype total = all.size();
    run(action, plan, [this, socket, total](bool ok, const CommandSequence &) {
        if (!ok)
            return QString();
        m_sockets.addSent(socket, quint64(total));
        return tr("Sent %n byte(s) on socket %1.", nullptr, int(total)).arg(socket);
    });
}

void SocketService::close(int socket)
{
    const QString action = tr("Close socket");
    if (!m_commands)
        return reject(action, tr("Connect to a module first."));
    run(action, m_commands->close(socket), [this, socket](bool ok, const CommandSequence &) {
        if (!ok)
            return QString();
        m_sockets.setState(socket, SocketsModel::State::Closed);
        return tr("Socket %1 closed.").arg(socket);
    });
}

void SocketService::closeAll()
{
    const QString action = tr("Close all sockets");
    if (!m_commands)
        return reject(action, tr("Connect to a module first."));
    const QList<int> open = m_sockets.openNumbers();
    run(action, m_commands->closeAll(open), [this, open](bool ok, const CommandSequence &) {
        if (!ok)
            return QString();
        for (int n : open)
            m_sockets.setState(n, SocketsModel::State::Closed);
        return tr("Every socket closed.");
    });
}

void SocketService::enterDataMode(int socket)
{
    const QString action = tr("Enter data mode");
    if (!capabilities().transparentMode.available || !m_commands)
        return reject(action, capabilities().transparentMode.reason);
    if (!m_sockets.socket(socket))
        return reject(action, tr("Socket %1 is not open.").arg(socket));
    run(action, m_commands->enterDataMode(socket),
        [this, socket](bool ok, const CommandSequence &) {
            if (!ok)
                return QString();
            startDataMode(socket);
            return tr("Socket %1 is in data mode: every byte goes to the peer.").arg(socket);
        });
}

void SocketService::leaveDataMode()
{
    if (m_dataModeSocket < 0 || !connection())
        return;
    emit actionStarted(tr("Leave data mode"));
    connection()->leaveDataMode();
}

void SocketService::sendInDataMode(const QByteArray &bytes)
{
    if (m_dataModeSocket < 0 || !connection())
        return;
    connection()->writeData(bytes);
    m_sockets.addSent(m_dataModeSocket, quint64(bytes.size()));
}

void SocketService::onSocketData(int socket, const QByteArray &bytes)
{
    if (!m_sockets.socket(socket)) {
        // Data on a socket the panel did not open (opened in the terminal): show it anyway.
        SocketsModel::Socket s;
        s.number = socket;
        s.state = SocketsModel::State::Open;
        m_sockets.add(s);
    }
    m_sockets.addReceived(socket, bytes);
}

void SocketService::handleEvents(const QList<AtEvent> &events)
{
    for (const AtEvent &e : events) {
        const int socket = e.fields.value(AtFields::Socket, -1).toInt();
        if (e.name == QLatin1String(AtEvents::SocketConnected) && socket >= 0) {
            const auto *known = m_sockets.socket(socket);
            const QString ip = e.fields.value(AtFields::Ip).toString();
            const QString peer =
                ip.isEmpty()
                    ? QString()
                    : QStringLiteral("%1:%2").arg(ip).arg(e.fields.value(AtFields::Port).toInt());
            if (known && known->state != SocketsModel::State::Closed) {
                if (!peer.isEmpty())
                    m_sockets.setPeer(socket, peer);
                // A server socket that is itself the connection (WizFi250/310) now has a peer.
                if (known->state == SocketsModel::State::Listening)
                    m_sockets.setState(socket, SocketsModel::State::Open);
                continue;
            }
            // A socket being opened may announce itself before its plan ends; the plan's end
            // then replaces this row.
            SocketsModel::Socket s;
            s.number = socket;
            s.state = SocketsModel::State::Open;
            s.peer = peer;
            s.settings.kind = SocketKind::TcpClient;
            // The module does not say which listening socket accepted it: the first one.
            for (int n : m_sockets.openNumbers()) {
                const auto *server = m_sockets.socket(n);
                if (server && server->state == SocketsModel::State::Listening) {
                    s.acceptedBy = n;
                    s.settings = server->settings;
                    s.settings.kind = SocketKind::TcpServer;
                    break;
                }
            }
            m_sockets.add(s);
        } else if (e.name == QLatin1String(AtEvents::SocketListening) && socket >= 0 &&
                   m_sockets.socket(socket)) {
            // Families whose server socket is itself the connection listen again after a peer
            // leaves (WizFi250/310): the row comes back to life.
            m_sockets.setState(socket, SocketsModel::State::Listening);
            m_sockets.setPeer(socket, {});
        } else if (e.name == QLatin1String(AtEvents::SocketClosed) && socket >= 0) {
            m_sockets.setState(socket, SocketsModel::State::Closed);
            if (socket == m_dataModeSocket)
                forgetDataMode();
        } else if (e.name == QLatin1String(AtEvents::SocketDataAvailable) && socket >= 0 &&
                   m_commands) {
            const qint64 length = e.fields.value(AtFields::Length, 0).toLongLong();
            const CommandPlan read = m_commands->readAvailable(socket, length);
            if (!read.steps.isEmpty())
                run(tr("Read socket %1").arg(socket), read,
                    [](bool, const CommandSequence &) { return QString(); });
        }
    }
}

void SocketService::moduleRestarted()
{
    for (const int n : m_sockets.openNumbers())
        m_sockets.setState(n, SocketsModel::State::Closed);
    forgetDataMode();
}
