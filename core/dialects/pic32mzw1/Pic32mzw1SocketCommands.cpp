// Socket commands of the PIC32MZW1 AnyCloud firmware, from pic32mzw1-anycloud-at-reference.txt
// §7.1-7.11 and the digest pic32mzw1.md §3 and §6.4-6.7.
#include "Pic32mzw1SocketCommands.h"

#include "dialects/AtText.h"

#include "Pic32mzw1WifiCommands.h"
#include "engine/AtEvent.h"
#include "engine/AtReply.h"

#include <QHostAddress>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Pic32mzw1SocketCommands", text);
}

// AT+SOCKO=<1 UDP|2 TCP> answers +SOCKO:<id>: the module's number for the socket.
CommandStep openStep(int protocol)
{
    CommandStep s = CommandStep::of("AT+SOCKO=" + QByteArray::number(protocol));
    s.read = [](const AtReply &reply, QVariantMap &values, QString &error) {
        for (const AtFrame &f : reply.responses()) {
            const QVariant socket = f.fields.value(AtFields::Socket);
            if (socket.isValid()) {
                values.insert(QStringLiteral("socket"), socket.toInt());
                return true;
            }
        }
        error = tr("the module did not name the new socket (+SOCKO:<id>).");
        return false;
    };
    return s;
}

// The peer's address: +SOCKBR and +SOCKWRTO take dotted IPv4 only ([FW], digest §4.5), so a
// name is resolved first and its address lands in values["ip"] (dns.resolved's field).
void resolveStep(CommandPlan &plan, const QString &host)
{
    if (AtText::isIpv4(host.toLatin1()))
        return;
    CommandStep dns = CommandStep::of("AT+DNSRESOLV=1," + Pic32mzw1Param::string(host.toUtf8()));
    dns.awaitEvent = QString::fromLatin1(AtEvents::DnsResolved);
    dns.failEvents = {QString::fromLatin1(AtEvents::DnsError)};
    dns.awaitMs = 10000;
    plan << dns;
}

QByteArray peerAddress(const QString &host)
{
    return AtText::isIpv4(host.toLatin1()) ? '"' + host.toLatin1() + '"'
                                           : QByteArrayLiteral("\"{ip}\"");
}

// Accepts the event only for the socket the plan opened (another socket's event is not ours).
bool sameSocket(const AtEvent &event, const QVariantMap &values)
{
    return event.fields.value(AtFields::Socket).toInt() == values.value("socket").toInt();
}

// The parameter for one chunk of `bytes` from `at` that keeps the line within `room`
// characters: as much as fits as "..." (readable), or as [HEX] when that carries more.
QByteArray chunkParam(const QByteArray &bytes, qsizetype at, qsizetype room, qsizetype *taken)
{
    QByteArray text = "\"";
    qsizetype n = at;
    while (n < bytes.size()) {
        QByteArray one = Pic32mzw1Param::quoted(QByteArrayView(bytes).sliced(n, 1));
        if (one.isEmpty())
            break;
        one = one.mid(1, one.size() - 2);
        if (text.size() + one.size() + 1 > room)
            break;
        text += one;
        ++n;
    }
    text += '"';
    const qsizetype hexBytes = qMin(bytes.size() - at, (room - 2) / 2);
    if (n == bytes.size() || n - at >= hexBytes) {
        *taken = n - at;
        return text;
    }
    *taken = hexBytes;
    return '[' + bytes.mid(at, hexBytes).toHex().toUpper() + ']';
}
} // namespace

CommandPlan Pic32mzw1SocketCommands::open(const SocketSettings &settings, const QList<int> &) const
{
    if (settings.dataMode)
        return CommandPlan::refuse(
            tr("The PIC32MZW1 AnyCloud firmware has no transparent (data) mode."));
    const QByteArray port = QByteArray::number(settings.port);
    CommandPlan plan;
    switch (settings.kind) {
    case SocketKind::TcpClient:
    case SocketKind::Tls: {
        const bool tls = settings.kind == SocketKind::Tls;
        resolveStep(plan, settings.host);
        if (tls && !AtText::isIpv4(settings.host.toLatin1())) {
            // TLS configuration 1's SERVER_NAME (§7.11) for SNI and the certificate's name; the
            // CA certificate is compiled into the firmware (§7.17) and configured there.
            plan << CommandStep::of("AT+TLSC=1,5," +
                                    Pic32mzw1Param::string(settings.host.toUtf8()));
        }
        plan << openStep(2);
        // [FW] AT+SOCKTLS before the connect makes the handshake follow it (digest §4.5).
        if (tls)
            plan << CommandStep::of("AT+SOCKTLS={socket},1");
        // OK only means "accepted": +SOCKIND (connected) or +SOCKERR follows (§7.4), and with
        // TLS +SOCKTLS after the handshake (§7.6).
        CommandStep connect =
            CommandStep::of("AT+SOCKBR={socket}," + peerAddress(settings.host) + ',' + port);
        connect.awaitEvent =
            QString::fromLatin1(tls ? AtEvents::SocketTlsReady : AtEvents::SocketConnected);
        connect.acceptEvent = [name = connect.awaitEvent](const AtEvent &e, QVariantMap &values) {
            return e.name == name && sameSocket(e, values);
        };
        connect.failEvents = {QString::fromLatin1(AtEvents::SocketError)};
        connect.awaitMs = 20000;
        plan << connect;
        return plan;
    }
    case SocketKind::TcpServer:
        // values["socket"] is the listener's number; every accepted client arrives as
        // +SOCKIND with a NEW number (§7.3.5 example, [FW]).
        plan << openStep(2);
        plan << CommandStep::of("AT+SOCKBL={socket}," + port);
        return plan;
    case SocketKind::Udp: {
        const bool hasPeer = !settings.host.isEmpty() && settings.port != 0;
        if (!hasPeer && settings.localPort == 0)
            return CommandPlan::refuse(tr("A UDP socket needs a local port or a peer."));
        if (hasPeer)
            resolveStep(plan, settings.host);
        plan << openStep(1);
        // AT+SOCKBL binds the local port (receives there); AT+SOCKBR sets the default peer
        // (§7.4: no AEC for UDP), after which AT+SOCKWR sends to it.
        if (settings.localPort != 0)
            plan << CommandStep::of("AT+SOCKBL={socket}," + QByteArray::number(settings.localPort));
        if (hasPeer)
            plan << CommandStep::of("AT+SOCKBR={socket}," + peerAddress(settings.host) + ',' +
                                    port);
        return plan;
    }
    }
    return plan;
}

CommandPlan Pic32mzw1SocketCommands::send(int socket, const QByteArray &bytes,
                                          const SocketSettings &settings) const
{
    if (bytes.isEmpty())
        return {};
    // String mode (DATA given): one command line of at most 511 characters ([FW]); binary
    // mode needs the "+++" escape and a second of silence per send, and cannot send data that
    // ends in "+++" (digest §3.1). A UDP send with an IPv4 peer names it (+SOCKWRTO); with a
    // named peer it goes to the default destination AT+SOCKBR set at open.
    const bool sendTo = settings.kind == SocketKind::Udp &&
                        AtText::isIpv4(settings.host.toLatin1()) && settings.port != 0;
    const QByteArray id = QByteArray::number(socket);
    const QByteArray head = sendTo ? "AT+SOCKWRTO=" + id + ",\"" + settings.host.toLatin1() +
                                         "\"," + QByteArray::number(settings.port) + ','
                                   : "AT+SOCKWR=" + id + ',';
    // LENGTH counts decoded bytes (at most 1500: 4 digits and a comma).
    const qsizetype room = Pic32mzw1Param::MaxLine - head.size() - 5;
    CommandPlan plan;
    for (qsizetype at = 0; at < bytes.size();) {
        qsizetype taken = 0;
        const QByteArray data = chunkParam(bytes, at, room, &taken);
        if (settings.kind == SocketKind::Udp && taken < bytes.size()) {
            // Several commands would make several datagrams.
            return CommandPlan::refuse(
                tr("%1 bytes do not fit in one datagram of the PIC32MZW1's 511-character "
                   "command line; this data fits %2 bytes a datagram.")
                    .arg(bytes.size())
                    .arg(taken));
        }
        plan << CommandStep::of(head + QByteArray::number(taken) + ',' + data);
        at += taken;
    }
    return plan;
}

CommandPlan Pic32mzw1SocketCommands::close(int socket) const
{
    // A socket the peer closed (+SOCKCL) still exists until AT+SOCKCL (§7.2.4). One the module
    // already freed (a failed connect: [FW] error 10) has nothing left to close.
    CommandStep s = CommandStep::of("AT+SOCKCL=" + QByteArray::number(socket));
    s.mayFail = true;
    return CommandPlan{{s}};
}

CommandPlan Pic32mzw1SocketCommands::closeAll(const QList<int> &openSockets) const
{
    CommandPlan plan;
    for (const int socket : openSockets)
        plan.steps << close(socket).steps;
    return plan;
}

CommandPlan Pic32mzw1SocketCommands::readAvailable(int socket, qint64 length) const
{
    // Binary reads (OUTPUT_MODE 2): "+SOCKRD:<id>,<n>,\r\n#" and the raw bytes, one data frame
    // (the dialect frames it). TCP reads of more than the firmware's 2048 are split; a UDP read
    // takes one whole datagram (+SOCKRXU announced its size), what is not asked for is lost.
    if (length <= 0)
        length = MaxRead;
    const QByteArray id = QByteArray::number(socket);
    CommandPlan plan;
    for (qint64 left = length; left > 0; left -= MaxRead)
        plan << CommandStep::of("AT+SOCKRD=" + id + ",2," +
                                QByteArray::number(qMin<qint64>(left, MaxRead)));
    return plan;
}
