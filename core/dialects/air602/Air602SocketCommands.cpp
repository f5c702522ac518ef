#include "Air602SocketCommands.h"

#include "dialects/AtText.h"
#include "engine/AtReply.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Air602SocketCommands", text);
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

// The value after "+OK=" of a reply's final line.
QByteArray okValue(const AtReply &reply)
{
    return AtText::after(reply.finalFrame().text.trimmed(), "+OK=").value_or(QByteArray());
}

// AT+SKCT answers "+OK=<socket>": the number every later command and report uses.
CommandStep createStep(const QByteArray &command)
{
    CommandStep s = CommandStep::of(command);
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        const auto socket = AtText::toInt(okValue(reply));
        if (!socket || *socket < 0) {
            error = tr("The module did not name the new socket.");
            return false;
        }
        values.insert(QStringLiteral("socket"), int(*socket));
        return true;
    };
    return s;
}

} // namespace

CommandPlan Air602SocketCommands::open(const SocketSettings &settings, const QList<int> &) const
{
    const QByteArray host = settings.host.trimmed().toUtf8();
    // Host names and addresses go unquoted (§2.2.3.10 examples); the parser splits at commas.
    if (host.contains(',') || host.contains('"') || host.contains(' ') || host.contains('\r') ||
        host.contains('\n'))
        return CommandPlan::refuse(tr("The host name cannot hold commas, quotes or spaces."));
    QByteArray create;
    switch (settings.kind) {
    case SocketKind::Tls:
        return CommandPlan::refuse(tr("The Air602 AT firmware has no TLS sockets."));
    case SocketKind::TcpClient:
        if (host.isEmpty())
            return CommandPlan::refuse(tr("A TCP client needs the peer's host."));
        // Without a local port the four-parameter form ([SDK]: with five, a client's
        // local_port must not be 0).
        create = "AT+SKCT=0,0," + host + ',' + num(settings.port);
        if (settings.localPort)
            create += ',' + num(settings.localPort);
        break;
    case SocketKind::TcpServer:
        // <host_timeout> 0: accepted clients are never dropped for idling (default 120 s);
        // the listening port in both port fields (the manual does not say which one listens).
        create = "AT+SKCT=0,1,0," + num(settings.port) + ',' + num(settings.port);
        break;
    case SocketKind::Udp:
        if (host.isEmpty()) {
            // No peer: a UDP "server" on the local port; it answers whoever sent last.
            const quint16 port = settings.localPort ? settings.localPort : settings.port;
            create = "AT+SKCT=1,1,," + num(port) + ',' + num(port);
        } else {
            create = "AT+SKCT=1,0," + host + ',' + num(settings.port);
            if (settings.localPort)
                create += ',' + num(settings.localPort);
        }
        break;
    }
    // The report mode is not kept over a restart: set it with every open, so received data is
    // pushed as +SKTRPT instead of waiting for AT+SKRCV.
    CommandPlan plan{{CommandStep::of("AT+SKRPTM=1"), createStep(create)}};
    if (settings.dataMode)
        plan << CommandStep::of("AT+SKSDF={socket}") << CommandStep::of("AT+ENTM");
    return plan;
}

CommandPlan Air602SocketCommands::send(int socket, const QByteArray &bytes,
                                       const SocketSettings &) const
{
    if (bytes.isEmpty())
        return CommandPlan::refuse(tr("Nothing to send."));
    // "+OK=<actualsize>" + blank line is the prompt; the bytes follow and nothing answers them.
    CommandStep s = CommandStep::of("AT+SKSND=" + num(socket) + ',' + num(bytes.size()), bytes);
    s.read = [size = bytes.size()](const AtReply &reply, QVariantMap &values, QString &error) {
        values.insert(QStringLiteral("sent"), reply.payloadSent());
        if (reply.payloadSent() < size) {
            error = tr("The module took only %1 of %2 bytes.").arg(reply.payloadSent()).arg(size);
            return false;
        }
        return true;
    };
    return CommandPlan{{s}};
}

CommandPlan Air602SocketCommands::close(int socket) const
{
    return CommandPlan{{CommandStep::of("AT+SKCLS=" + num(socket))}};
}

CommandPlan Air602SocketCommands::closeAll(const QList<int> &openSockets) const
{
    // There is no "close all": one AT+SKCLS each; a socket the module has dropped already is
    // no reason to stop.
    CommandPlan plan;
    for (const int socket : openSockets) {
        CommandStep s = CommandStep::of("AT+SKCLS=" + num(socket));
        s.mayFail = true;
        plan << s;
    }
    return plan;
}

CommandPlan Air602SocketCommands::readAvailable(int socket, qint64 length) const
{
    // "+OK=<n>" + blank line + n bytes: the reply's Data frame carries them.
    const qint64 n = qBound(qint64(1), length, qint64(MaxReceive));
    return CommandPlan{{CommandStep::of("AT+SKRCV=" + num(socket) + ',' + num(n))}};
}

CommandPlan Air602SocketCommands::enterDataMode(int socket) const
{
    return CommandPlan{{CommandStep::of("AT+SKSDF=" + num(socket)), CommandStep::of("AT+ENTM")}};
}
