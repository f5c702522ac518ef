// Socket panel commands of the WizFi310, from wizfi310-at-commands.md ([M §...]) and the digest
// specs/wizfi310.md ([F250] = the WizFi250 firmware source the digest quotes).
#include "Wizfi310SocketCommands.h"

#include "dialects/AtText.h"

#include "engine/AtReply.h"

#include <QHostAddress>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi310SocketCommands", text);
}

constexpr int kMaxSocketId = 7; // [M §AT+SMGMT]: socket IDs 0..7

// One row of AT+SMGMT=?: the manual's "<id>,<addr>,<type>,<ip>,<port>,<local>,<datamode>" or
// the firmware's "<id>/<type>/<ip>:<port>/<local>/<datamode>" (digest §7 item 14). The socket id
// is printed with %x.
struct SocketRow
{
    int id = -1;
    bool dataMode = false;
};

std::optional<SocketRow> socketRow(const QByteArray &line)
{
    const char sep = line.contains('/') ? '/' : ',';
    const QList<QByteArray> parts = line.trimmed().split(sep);
    if (parts.size() < 4)
        return std::nullopt;
    bool ok = false;
    const int id = parts.first().trimmed().toInt(&ok, 16);
    if (!ok || id < 0 || id > kMaxSocketId)
        return std::nullopt;
    SocketRow row;
    row.id = id;
    row.dataMode = parts.last().trimmed() == "1";
    return row;
}

std::optional<SocketRow> findRow(const AtReply &reply, int socket)
{
    for (const QByteArray &line : reply.lines()) {
        const auto row = socketRow(line);
        if (row && row->id == socket)
            return row;
    }
    return std::nullopt;
}

int eventSocket(const AtEvent &e)
{
    return e.fields.value(AtFields::Socket, -1).toInt();
}

// AT+FDNS=<host>,<timeout ms> ([M §AT+FDNS]): AT+SCON takes a dotted IPv4 address only (host
// names are not documented), so a name is resolved first into values["peerIp"].
CommandStep resolve(const QString &host)
{
    CommandStep s = CommandStep::of("AT+FDNS=" + host.toUtf8() + ",3000");
    s.read = [host](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const QByteArray &line : reply.lines()) {
            const QString text = QString::fromLatin1(line.trimmed());
            if (AtText::isIpv4(text.toLatin1())) {
                values.insert(QStringLiteral("peerIp"), text);
                return true;
            }
        }
        error = tr("The module did not resolve \"%1\".").arg(host);
        return false;
    };
    return s;
}

} // namespace

CommandPlan Wizfi310SocketCommands::open(const SocketSettings &settings,
                                         const QList<int> &openSockets) const
{
    // [M §Entering Data mode]: data mode works with one socket, and no other may be open.
    if (settings.dataMode && !openSockets.isEmpty())
        return CommandPlan::refuse(
            tr("The WizFi310 has data mode on one socket only, with no other socket open: close "
               "the other sockets first."));
    const bool server = settings.kind == SocketKind::TcpServer;
    const bool udpServer = settings.kind == SocketKind::Udp && settings.host.isEmpty();
    if (!server && !udpServer &&
        (settings.host.contains(u',') || settings.host.contains(u' ') || settings.host.isEmpty()))
        return CommandPlan::refuse(tr("The host must be an IPv4 address or a name without commas "
                                      "or spaces."));
    if ((server || udpServer) && (server ? settings.port : settings.localPort) == 0)
        return CommandPlan::refuse(
            tr("A WizFi310 server needs a port to listen on: port 0 is an error."));

    CommandPlan plan;
    QByteArray type;
    QByteArray remote;
    QByteArray localPort = QByteArray::number(settings.localPort);
    switch (settings.kind) {
    case SocketKind::TcpClient:
        type = "TCN";
        break;
    case SocketKind::Tls:
        type = "TCS"; // [M §AT+SCON]: SSL for the TCP client only
        break;
    case SocketKind::TcpServer:
        type = "TSN";
        localPort = QByteArray::number(settings.port);
        break;
    case SocketKind::Udp:
        // A peer given: UCN, whose peer stays fixed; none: USN, which answers the last sender.
        type = udpServer ? "USN" : "UCN";
        break;
    }
    if (!server && !udpServer) {
        QByteArray ip = settings.host.toUtf8();
        if (!AtText::isIpv4(settings.host.toLatin1())) {
            plan << resolve(settings.host);
            ip = "{peerIp}";
        }
        remote = ip + "," + QByteArray::number(settings.port);
    } else {
        remote = ",";
    }

    if (server) {
        // [M §AT+MEVTMSG]: [LISTEN x] (the only message that names a listening socket) is
        // printed only after AT+MEVTMSG=1.
        plan << CommandStep::of("AT+MEVTMSG=1");
    }
    CommandStep scon = CommandStep::of("AT+SCON=O," + type + "," + remote + "," + localPort + "," +
                                       (settings.dataMode ? "1" : "0"));
    // The module picks the id ([F250]: the lowest free one) and names it in [CONNECT x] (UDP at
    // once, TCP once connected) or [LISTEN x], after [OK]. A connect that fails is a
    // [DISCONNECT x] without [CONNECT x] ([F250]); the next step turns it into a message.
    const QList<int> known = openSockets;
    if (server) {
        scon.awaitEvent = QString::fromLatin1(AtEvents::SocketListening);
        scon.acceptEvent = [known](const AtEvent &e, QVariantMap &values) {
            if (e.name != QLatin1String(AtEvents::SocketListening) || eventSocket(e) < 0 ||
                known.contains(eventSocket(e)))
                return false;
            values.insert(QString::fromLatin1(AtFields::Socket), eventSocket(e));
            return true;
        };
        scon.awaitMs = 5000;
    } else {
        scon.awaitEvent = QString::fromLatin1(AtEvents::SocketConnected);
        scon.acceptEvent = [known](const AtEvent &e, QVariantMap &values) {
            const int n = eventSocket(e);
            if (n < 0 || known.contains(n))
                return false;
            if (e.name == QLatin1String(AtEvents::SocketConnected)) {
                values.insert(QString::fromLatin1(AtFields::Socket), n);
                return true;
            }
            if (e.name == QLatin1String(AtEvents::SocketClosed)) {
                values.insert(QStringLiteral("closedSocket"), n);
                return true;
            }
            return false;
        };
        scon.awaitMs = 30000; // a TCP/SSL connect; the manual gives no time
        if (settings.dataMode) {
            // After [CONNECT x] every byte is the peer's ([M §Entering Data mode]): no command
            // may follow, so a [DISCONNECT x] while waiting fails the step itself.
            scon.acceptEvent = [known](const AtEvent &e, QVariantMap &values) {
                const int n = eventSocket(e);
                if (e.name != QLatin1String(AtEvents::SocketConnected) || n < 0 ||
                    known.contains(n))
                    return false;
                values.insert(QString::fromLatin1(AtFields::Socket), n);
                return true;
            };
            scon.failEvents = QStringList{QString::fromLatin1(AtEvents::SocketClosed)};
            plan << scon;
            return plan;
        }
        CommandStep check = CommandStep::of("AT+SMGMT=?");
        const QString peer = QStringLiteral("%1:%2").arg(settings.host).arg(settings.port);
        check.read = [peer](const AtReply &reply, QVariantMap &values, QString &error) {
            const QString socket = QString::fromLatin1(AtFields::Socket);
            if (!values.contains(socket)) {
                error = tr("The module could not open a connection to %1 (it closed socket %2 "
                           "at once).")
                            .arg(peer)
                            .arg(values.value(QStringLiteral("closedSocket")).toInt());
                return false;
            }
            if (!findRow(reply, values.value(socket).toInt())) {
                error = tr("Socket %1 to %2 closed right after it opened.")
                            .arg(values.value(socket).toInt())
                            .arg(peer);
                return false;
            }
            return true;
        };
        plan << scon << check;
        return plan;
    }
    plan << scon;
    return plan;
}

CommandPlan Wizfi310SocketCommands::send(int socket, const QByteArray &bytes,
                                         const SocketSettings &) const
{
    if (bytes.isEmpty())
        return CommandPlan::refuse(tr("There is nothing to send."));
    // [M §AT+SSEND]: the peer is N/A for TCP and optional for UDP (UCN keeps its peer, USN
    // answers the last sender), so it is left empty; the dialect waits for the "[n,,,len]"
    // prompt and sizes the time limit.
    return {{CommandStep::of("AT+SSEND=" + QByteArray::number(socket) + ",,," +
                                 QByteArray::number(bytes.size()),
                             bytes)}};
}

CommandPlan Wizfi310SocketCommands::close(int socket) const
{
    // [M §AT+SMGMT]: [OK] and [DISCONNECT x], in either order; waiting for both keeps a late
    // [DISCONNECT x] from landing in the next action.
    CommandStep s = CommandStep::of("AT+SMGMT=" + QByteArray::number(socket));
    s.awaitEvent = QString::fromLatin1(AtEvents::SocketClosed);
    s.acceptEvent = [socket](const AtEvent &e, QVariantMap &) {
        return e.name == QLatin1String(AtEvents::SocketClosed) && eventSocket(e) == socket;
    };
    s.awaitMs = 5000;
    return {{s}};
}

CommandPlan Wizfi310SocketCommands::closeAll(const QList<int> &) const
{
    // [M §AT+SMGMT]: "0 ~ 7 or ALL". The [DISCONNECT x] messages that follow are not awaited:
    // the panel's list may hold a socket the module has already dropped.
    return {{CommandStep::of("AT+SMGMT=ALL")}};
}

CommandPlan Wizfi310SocketCommands::enterDataMode(int socket) const
{
    // [M §AT+SDATA] returns to data mode only on the socket opened with <DataMode> 1 (and left
    // with "+++"); any other socket cannot enter it. AT+SMGMT=? says which one that is.
    CommandStep check = CommandStep::of("AT+SMGMT=?");
    check.read = [socket](const AtReply &reply, QVariantMap &, QString &error) {
        const auto row = findRow(reply, socket);
        if (!row) {
            error = tr("Socket %1 is not open.").arg(socket);
            return false;
        }
        if (!row->dataMode) {
            error = tr("Socket %1 was not opened in data mode: the WizFi310 enters data mode only "
                       "on a socket opened with the data mode option.")
                        .arg(socket);
            return false;
        }
        return true;
    };
    return {{check, CommandStep::of("AT+SDATA")}};
}
