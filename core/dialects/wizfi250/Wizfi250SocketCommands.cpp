// Socket panel commands of the WizFi250, from wizfi250-programmers-guide.md ([M §...]) and the
// digest wizfi250.md ([F] = firmware source as the digest quotes it).
#include "Wizfi250SocketCommands.h"

#include "dialects/AtText.h"

#include "engine/AtReply.h"

#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi250SocketCommands", text);
}

const QString OpenFailed = QStringLiteral("openFailed");

// A host name AT+FDNS can take as a bare parameter.
bool isHostName(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'.' && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

QByteArray port(quint16 p)
{
    return p ? QByteArray::number(p) : QByteArray(); // empty: a client's random local port
}

// AT+SCON answers [OK] first and names the socket afterwards: [CONNECT x] (client connected, UDP
// opened) or [LISTEN x] (TCP server, with AT+MEVTMSG=1). A failed connect is [DISCONNECT x] with
// no [CONNECT x] before it ([F]). Numbers already in use belong to other sockets (a server whose
// peer comes or goes) and are not ours.
CommandStep sconStep(const QByteArray &command, const char *event, const QList<int> &openSockets)
{
    CommandStep s = CommandStep::of(command);
    s.awaitEvent = QString::fromLatin1(event);
    s.awaitMs = 20000; // [F] gives up a TCP connect after about 5 s; SSL setup takes longer
    const QString wanted = s.awaitEvent;
    s.acceptEvent = [wanted, openSockets](const AtEvent &e, QVariantMap &values) {
        const QVariant socket = e.fields.value(AtFields::Socket);
        if (!socket.isValid() || openSockets.contains(socket.toInt()))
            return false;
        if (e.name == wanted) {
            values.insert(QStringLiteral("socket"), socket.toInt());
            return true;
        }
        if (e.name == QLatin1String(AtEvents::SocketClosed)) {
            values.insert(OpenFailed, socket.toInt());
            return true;
        }
        return false;
    };
    return s;
}

// Turns a [DISCONNECT x] instead of the awaited message into a readable failure; otherwise the
// socket table confirms the socket is there. ([M §AT+SMGMT] AT+SMGMT=?.)
CommandStep confirmStep(const QString &what)
{
    CommandStep s = CommandStep::of("AT+SMGMT=?");
    s.read = [what](const AtReply &reply, QVariantMap &values, QString &error) {
        if (values.contains(OpenFailed)) {
            error = tr("%1 failed: the module closed socket %2 at once.")
                        .arg(what, values.value(OpenFailed).toString());
            return false;
        }
        const int socket = values.value(QStringLiteral("socket"), -1).toInt();
        for (const AtFrame &f : reply.responses()) {
            const QVariant s = f.fields.value(AtFields::Socket);
            if (s.isValid() && s.toInt() == socket)
                return true;
        }
        error = tr("%1: the module does not list socket %2.").arg(what).arg(socket);
        return false;
    };
    return s;
}

} // namespace

CommandPlan Wizfi250SocketCommands::open(const SocketSettings &settings,
                                         const QList<int> &openSockets) const
{
    // [M §Command mode & Data mode]: data mode works with one socket only.
    if (settings.dataMode && !openSockets.isEmpty())
        return CommandPlan::refuse(tr("The WizFi250 opens a socket in data mode only when no "
                                      "other socket is open. Close the others first."));
    if (openSockets.size() >= 8)
        return CommandPlan::refuse(tr("All 8 sockets of the WizFi250 are in use."));
    const QByteArray mode = settings.dataMode ? "1" : "0";

    CommandPlan plan;
    if (settings.kind == SocketKind::TcpServer) {
        if (settings.port == 0)
            return CommandPlan::refuse(tr("A TCP server needs the port to listen on."));
        // [M §AT+MEVTMSG]: "[Listen x]" as the server opens, which is where its number shows.
        plan << CommandStep::of("AT+MEVTMSG=1");
        plan << sconStep("AT+SCON=O,TSN,,," + QByteArray::number(settings.port) + "," + mode,
                         AtEvents::SocketListening, openSockets);
        plan << confirmStep(tr("Listening on port %1").arg(settings.port));
        return plan;
    }

    QByteArray type;
    if (settings.kind == SocketKind::TcpClient)
        type = "TCN";
    else if (settings.kind == SocketKind::Tls)
        type = "TCS"; // [M §Example of SSL Connection]; [F]: an SSL socket must be the only one
    else
        type = settings.host.isEmpty() ? "USN" : "UCN";

    if (type == "USN") {
        // [M §AT+SCON]: a UDP server takes its local port and answers whoever sent last.
        if (settings.localPort == 0)
            return CommandPlan::refuse(
                tr("A UDP socket without a peer needs a local port to listen on."));
        plan << sconStep("AT+SCON=O,USN,,," + port(settings.localPort) + "," + mode,
                         AtEvents::SocketConnected, openSockets);
        plan << confirmStep(tr("UDP on port %1").arg(settings.localPort));
        return plan;
    }

    if (settings.port == 0)
        return CommandPlan::refuse(tr("The peer's port is missing."));
    // [M §AT+SCON]: <RemoteIP> is an IP address; a name is resolved first with AT+FDNS.
    QByteArray remote;
    if (AtText::isIpv4(settings.host.toLatin1())) {
        remote = settings.host.toLatin1();
    } else if (isHostName(settings.host)) {
        CommandStep dns = CommandStep::of("AT+FDNS=" + settings.host.toLatin1() + ",5000");
        const QString host = settings.host;
        dns.read = [host](const AtReply &reply, QVariantMap &values, QString &error) {
            for (const AtFrame &f : reply.responses()) {
                const QString ip = f.fields.value(AtFields::Ip).toString();
                if (!ip.isEmpty()) {
                    values.insert(QStringLiteral("remoteIp"), ip);
                    return true;
                }
            }
            error = tr("The module found no address for %1.").arg(host);
            return false;
        };
        plan << dns;
        remote = "{remoteIp}";
    } else {
        return CommandPlan::refuse(
            tr("\"%1\" is neither an IPv4 address nor a host name.").arg(settings.host));
    }
    plan << sconStep("AT+SCON=O," + type + "," + remote + "," + QByteArray::number(settings.port) +
                         "," + port(settings.localPort) + "," + mode,
                     AtEvents::SocketConnected, openSockets);
    if (settings.dataMode)
        return plan; // transparent after [CONNECT x]: no more commands ([M §Data mode])
    plan << confirmStep(tr("Connecting to %1:%2").arg(settings.host).arg(settings.port));
    return plan;
}

CommandPlan Wizfi250SocketCommands::send(int socket, const QByteArray &bytes,
                                         const SocketSettings &) const
{
    if (bytes.isEmpty())
        return CommandPlan::refuse(tr("Nothing to send."));
    // [M §AT+SSEND]: a UCN socket keeps its peer and a USN socket answers the last sender, so the
    // peer fields stay empty. The traits wait for [F]'s prompt, or send after 300 ms.
    return {{CommandStep::of("AT+SSEND=" + QByteArray::number(socket) + ",,," +
                                 QByteArray::number(bytes.size()),
                             bytes)}};
}

CommandPlan Wizfi250SocketCommands::close(int socket) const
{
    return {{CommandStep::of("AT+SMGMT=" + QByteArray::number(socket))}}; // [M §AT+SMGMT]
}

CommandPlan Wizfi250SocketCommands::closeAll(const QList<int> &) const
{
    return {{CommandStep::of("AT+SMGMT=ALL")}}; // [M §AT+SMGMT]
}

CommandPlan Wizfi250SocketCommands::enterDataMode(int) const
{
    // [M §Entering Data mode]: only a socket opened with <DataMode> 1 has a data mode; after
    // "+++" AT+SDATA goes back to it. Without one the module answers [ERROR] (Mode Status).
    return {{CommandStep::of("AT+SDATA")}};
}
