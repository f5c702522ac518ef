// Socket panel commands from "WizFi360 AT Instruction Set" v1.1.1.7 §3.3 (section numbers below).
#include "Wizfi360SocketCommands.h"

#include "Wizfi360WifiCommands.h"
#include "dialects/AtText.h"
#include "engine/AtReply.h"

#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Wizfi360SocketCommands", text);
}

constexpr char MuxKey[] = "wizfi360.mux";
// How link 0 is closed: "AT+CIPCLOSE=0" with multiple connections, "AT+CIPCLOSE" with the
// single one (§3.3.13), decided by the AT+CIPMUX? step before it.
constexpr char CloseZeroKey[] = "wizfi360.close0";

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// AT+CIPMUX? (§3.3.15): which form of the link commands applies.
CommandStep muxQuery()
{
    CommandStep s = CommandStep::of("AT+CIPMUX?");
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const QByteArray &line : reply.lines()) {
            if (const auto v = AtText::after(line, "+CIPMUX:")) {
                const auto mux = AtText::toInt(*v);
                if (!mux || (*mux != 0 && *mux != 1))
                    break;
                values.insert(key(MuxKey), int(*mux));
                values.insert(key(CloseZeroKey), *mux ? QStringLiteral("AT+CIPCLOSE=0")
                                                      : QStringLiteral("AT+CIPCLOSE"));
                return true;
            }
        }
        error = tr("the module did not say whether it runs multiple connections.");
        return false;
    };
    return s;
}

// AT+CIPSTATUS (§3.3.1): the links the module has open, whoever opened them (accepted
// connections, a terminal user). With `single` the module must have none (data mode takes the
// only connection); otherwise the lowest free link ID becomes values["socket"].
CommandStep pickLink(const QList<int> &openSockets, bool single)
{
    CommandStep s = CommandStep::of("AT+CIPSTATUS");
    s.read = [openSockets, single](const AtReply &reply, QVariantMap &values, QString &error) {
        QSet<int> used(openSockets.cbegin(), openSockets.cend());
        bool anyLink = false;
        for (const QByteArray &line : reply.lines()) {
            if (const auto v = AtText::after(line, "+CIPSTATUS:")) {
                if (const auto id = AtText::toInt(AtText::splitParams(*v).value(0))) {
                    used.insert(int(*id));
                    anyLink = true;
                }
            }
        }
        if (single) {
            if (anyLink) {
                error = tr("data mode needs the module's only connection, and a link is open: "
                           "close every socket first.");
                return false;
            }
            values.insert(QStringLiteral("socket"), Wizfi360SocketCommands::SingleSocket);
            return true;
        }
        if (values.value(key(MuxKey)).toInt() == 0 && anyLink) {
            error = tr("a single-connection (data mode) link is open: close it before opening "
                       "more sockets.");
            return false;
        }
        for (int id = 0; id < Wizfi360SocketCommands::MaxLinks; ++id) {
            if (!used.contains(id)) {
                values.insert(QStringLiteral("socket"), id);
                return true;
            }
        }
        error = tr("all five links (0-4) are in use: close one first.");
        return false;
    };
    return s;
}

QByteArray typeName(SocketKind kind)
{
    switch (kind) {
    case SocketKind::Udp:
        return "\"UDP\"";
    case SocketKind::Tls:
        return "\"SSL\"";
    default:
        return "\"TCP\"";
    }
}

// The parameters after <type> in AT+CIPSTART (§3.3.3).
std::optional<QByteArray> target(const SocketSettings &s)
{
    const auto host = Wizfi360WifiCommands::quoted(s.host);
    if (!host)
        return std::nullopt;
    QByteArray out = typeName(s.kind) + ',' + *host + ',' + QByteArray::number(s.port);
    // UDP: <UDP local port> only when the user chose one; <UDP mode> stays at its default 0
    // (the peer does not change), which passthrough requires anyway.
    if (s.kind == SocketKind::Udp && s.localPort != 0)
        out += ',' + QByteArray::number(s.localPort);
    return out;
}
} // namespace

CommandPlan Wizfi360SocketCommands::open(const SocketSettings &settings,
                                         const QList<int> &openSockets) const
{
    if (settings.kind == SocketKind::TcpServer) {
        if (settings.dataMode)
            return CommandPlan::refuse(
                tr("A WizFi360 TCP server needs multiple connections, which have no data mode."));
        if (openSockets.contains(ServerSocket))
            return CommandPlan::refuse(
                tr("The WizFi360 runs one TCP server: stop the one listening first."));
        // §3.3.16: a server needs AT+CIPMUX=1, which needs AT+CIPMODE=0 (§3.3.15).
        CommandStep listen = CommandStep::of("AT+CIPSERVER=1," + QByteArray::number(settings.port));
        listen.read = [](const AtReply &, QVariantMap &values, QString &) {
            values.insert(QStringLiteral("socket"), ServerSocket);
            return true;
        };
        return {{CommandStep::of("AT+CIPMODE=0"), CommandStep::of("AT+CIPMUX=1"), listen}};
    }

    const auto params = target(settings);
    if (!params)
        return CommandPlan::refuse(tr("The host name cannot contain a line break or NUL byte."));

    if (settings.dataMode) {
        if (settings.kind == SocketKind::Tls)
            return CommandPlan::refuse(
                tr("The WizFi360 has no data mode on SSL connections (AT+CIPSTART, §3.3.3)."));
        if (!openSockets.isEmpty())
            return CommandPlan::refuse(
                tr("Data mode needs the WizFi360's single connection (AT+CIPMUX=0): close the "
                   "other sockets first."));
        // §3.3.18: passthrough only with one connection; §3.3.7: AT+CIPSEND without a length
        // starts it ("OK" then ">"), "+++" alone ends it.
        return {{muxQuery(), pickLink({}, true), CommandStep::of("AT+CIPMUX=0"),
                 CommandStep::of("AT+CIPMODE=1"), CommandStep::of("AT+CIPSTART=" + *params),
                 CommandStep::of("AT+CIPSEND")}};
    }

    return {{muxQuery(), pickLink(openSockets, false), CommandStep::of("AT+CIPMODE=0"),
             CommandStep::of("AT+CIPMUX=1"), CommandStep::of("AT+CIPSTART={socket}," + *params)}};
}

CommandPlan Wizfi360SocketCommands::send(int socket, const QByteArray &bytes,
                                         const SocketSettings &settings) const
{
    if (socket == ServerSocket)
        return CommandPlan::refuse(
            tr("The listening server sends nothing itself: send on one of its connections."));
    if (settings.dataMode)
        return CommandPlan::refuse(
            tr("This socket was opened in data mode (AT+CIPMODE=1), where AT+CIPSEND takes no "
               "length: enter data mode to send on it."));
    if (bytes.isEmpty() || bytes.size() > 2048)
        return CommandPlan::refuse(tr("AT+CIPSEND sends 1 to 2048 bytes at a time."));
    // §3.3.7 multiple connections: AT+CIPSEND=<link ID>,<length>, '>' then exactly <length>
    // bytes; UDP goes to the peer AT+CIPSTART named.
    return {{CommandStep::of("AT+CIPSEND=" + QByteArray::number(socket) + ',' +
                                 QByteArray::number(bytes.size()),
                             bytes)}};
}

CommandPlan Wizfi360SocketCommands::close(int socket) const
{
    if (socket == ServerSocket)
        return {{CommandStep::of("AT+CIPSERVER=0")}}; // §3.3.16 <mode> 0 deletes the server
    if (socket < 0 || socket >= MaxLinks)
        return CommandPlan::refuse(tr("The WizFi360 has no socket %1.").arg(socket));
    if (socket == SingleSocket)
        return {{muxQuery(), CommandStep::of(QByteArray("{") + CloseZeroKey + '}')}};
    return {{CommandStep::of("AT+CIPCLOSE=" + QByteArray::number(socket))}};
}

CommandPlan Wizfi360SocketCommands::closeAll(const QList<int> &openSockets) const
{
    if (openSockets.isEmpty())
        return {};
    // One AT+CIPCLOSE per socket rather than AT+CIPCLOSE=5: ID 5 "has no effect" while a server
    // runs (§3.3.13) and would also take the MQTT client's link. A socket that closed meanwhile
    // answers ERROR, which does not stop the others.
    CommandPlan plan{{muxQuery()}};
    if (openSockets.contains(ServerSocket))
        plan << CommandStep::of("AT+CIPSERVER=0");
    for (int socket : openSockets) {
        if (socket < 0 || socket >= MaxLinks)
            continue;
        CommandStep s =
            CommandStep::of(socket == SingleSocket ? QByteArray("{") + CloseZeroKey + '}'
                                                   : "AT+CIPCLOSE=" + QByteArray::number(socket));
        s.mayFail = true;
        plan << s;
    }
    return plan;
}

CommandPlan Wizfi360SocketCommands::enterDataMode(int socket) const
{
    if (socket == ServerSocket)
        return CommandPlan::refuse(tr("A TCP server has no data mode on the WizFi360."));
    // Passthrough exists only with the single connection (§3.3.18, §3.3.7 note). A socket opened
    // as one of several links cannot switch: CIPMUX cannot change while links are open.
    CommandStep mux = muxQuery();
    const auto read = mux.read;
    mux.read = [read, socket](const AtReply &reply, QVariantMap &values, QString &error) {
        if (!read(reply, values, error))
            return false;
        if (values.value(key(MuxKey)).toInt() == 1) {
            error = tr("data mode needs the module's single connection (AT+CIPMUX=0), and "
                       "socket %1 is one of several links: close it and open it again with "
                       "data mode.")
                        .arg(socket);
            return false;
        }
        return true;
    };
    return {{mux, CommandStep::of("AT+CIPMODE=1"), CommandStep::of("AT+CIPSEND")}};
}
