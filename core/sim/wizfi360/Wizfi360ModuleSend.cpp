// The WizFi360 virtual module: sends (AT+CIPSEND, AT+CIPSENDEX, AT+CIPSENDERBUF and its
// segment bookkeeping) and passthrough, also at boot with AT+SAVETRANSLINK (manual §3.3.7 -
// §3.3.12, §3.3.18, §3.3.19).
#include "Wizfi360Module.h"

#include "Wizfi360ModuleUtil.h"

#include <climits>

using namespace Wizfi360Util;

namespace {

constexpr int MaxLinks = 5;
constexpr int TcpSendBuffer = 21900;   // §3.3.11
constexpr int PassthroughGuardMs = 20; // "+++" must be a packet of its own (§3.3.7)
constexpr int NeverMs = INT_MAX / 2;   // a data mode whose escape can never match

} // namespace

// [<link ID>,]<length>[,<remote IP>,<remote port>] of CIPSEND / CIPSENDEX. *ok = false: the
// parameters are wrong (ERROR); true with a false return: the link is not there.
bool Wizfi360Module::parseSendTarget(const Cmd &cmd, int *id, int *length, QHostAddress *to,
                                     quint16 *toPort, bool *ok)
{
    *ok = false;
    *id = 0;
    const int at = m_cipmux ? 1 : 0;
    const qsizetype n = cmd.params.size() - at;
    if (cmd.form != Form::Set || (n != 1 && n != 3))
        return false;
    if (m_cipmux && !num(cmd, 0, 0, MaxLinks - 1, id))
        return false;
    if (!num(cmd, at, 1, 2048, length))
        return false;
    if (n == 3) {
        QByteArray host;
        int port = 0;
        if (!str(cmd, at + 1, &host) || !num(cmd, at + 2, 1, 65535, &port))
            return false;
        const auto address = world().resolve(QString::fromUtf8(host));
        if (!address)
            return false;
        *to = *address;
        *toPort = quint16(port);
    }
    *ok = true;
    const auto it = m_links.constFind(*id);
    if (it == m_links.constEnd() || !it->up)
        return false;
    if (n == 3 && it->type != Link::Type::Udp)
        return (*ok = false);
    return true;
}

void Wizfi360Module::cmdCipsend(const Cmd &cmd)
{
    if (cmd.form == Form::Exec) {
        // Passthrough (§3.3.7): CIPMODE=1, one TCP link or a UDP link with a fixed peer.
        const auto it = m_links.constFind(0);
        if (m_cipmode != 1 || m_cipmux != 0 || it == m_links.constEnd() || !it->up ||
            it->type == Link::Type::Ssl || (it->type == Link::Type::Udp && it->udpMode != 0))
            return error();
        enterPassthrough(true);
        return;
    }
    if (m_cipmode == 1)
        return error();
    int id = 0;
    int length = 0;
    QHostAddress to;
    quint16 toPort = 0;
    bool valid = false;
    if (!parseSendTarget(cmd, &id, &length, &to, &toPort, &valid)) {
        if (valid)
            line("link is not valid");
        return error();
    }
    say("\r\nOK\r\n> ");
    expectPayload(length, 0, [this, id, to, toPort](const QByteArray &payload, bool) {
        // "If the connection ... gets disrupted during data transmission, the system returns:
        // ERROR" (§3.3.7); SEND FAIL is a send that fails on a link that is still there.
        if (!m_links.contains(id))
            return sayFinal("\r\nERROR\r\n");
        // ESP-AT firmware reports the bytes taken before the result.
        say("\r\nRecv " + number(payload.size()) + " bytes\r\n");
        sayFinal(sendOnLink(id, payload, to, toPort) ? "\r\nSEND OK\r\n" : "\r\nSEND FAIL\r\n");
    });
}

void Wizfi360Module::cmdCipsendex(const Cmd &cmd)
{
    if (m_cipmode == 1)
        return error();
    int id = 0;
    int length = 0;
    bool valid = false;
    m_sendTo = QHostAddress();
    m_sendToPort = 0;
    if (!parseSendTarget(cmd, &id, &length, &m_sendTo, &m_sendToPort, &valid)) {
        if (valid)
            line("link is not valid");
        return error();
    }
    say("\r\nOK\r\n> ");
    m_sendLink = id;
    m_sendWanted = length;
    m_sendCount = 0;
    m_sendBuffer.clear();
    m_sendEscape = false;
    m_sendActive = true;
    enterDataMode(
        "+++", NeverMs, true, [this](const QByteArray &d) { onSendExData(d); }, nullptr);
}

void Wizfi360Module::onSendExData(const QByteArray &bytes)
{
    if (!m_sendActive)
        return;
    // "\0" (backslash, zero) sends early; a backslash escapes the byte after it (ESP-AT).
    for (const char c : bytes) {
        ++m_sendCount;
        --m_sendWanted;
        if (m_sendEscape) {
            m_sendEscape = false;
            if (c == '0')
                return finishSendEx(true);
            m_sendBuffer += c;
        } else if (c == '\\') {
            m_sendEscape = true;
        } else {
            m_sendBuffer += c;
        }
        if (m_sendWanted <= 0)
            return finishSendEx(true);
    }
}

void Wizfi360Module::finishSendEx(bool)
{
    m_sendActive = false;
    leaveDataMode(); // bytes after the end of the data in the same read are dropped
    if (!m_links.contains(m_sendLink)) {
        // The link went away while the data came in (§3.3.8: ERROR).
        m_sendBuffer.clear();
        return sayFinal("\r\nERROR\r\n");
    }
    say("\r\nRecv " + number(m_sendCount) + " bytes\r\n");
    sayFinal(sendOnLink(m_sendLink, m_sendBuffer, m_sendTo, m_sendToPort) ? "\r\nSEND OK\r\n"
                                                                          : "\r\nSEND FAIL\r\n");
    m_sendBuffer.clear();
}

void Wizfi360Module::cmdCipsenderbuf(const Cmd &cmd)
{
    int id = 0;
    int length = 0;
    const int at = m_cipmux ? 1 : 0;
    if (cmd.form != Form::Set || cmd.params.size() != at + 1 ||
        (m_cipmux && !num(cmd, 0, 0, MaxLinks - 1, &id)) || !num(cmd, at, 1, 2048, &length) ||
        m_cipmode == 1)
        return error();
    const auto it = m_links.find(id);
    // TCP only: not UDP, not SSL (§3.3.9).
    if (it == m_links.end() || !it->up || it->type != Link::Type::Tcp)
        return error();
    line(number(it->nextSegment - 1) + ',' + number(it->ackedSegment));
    say("\r\nOK\r\n> ");
    m_sendLink = id;
    m_sendWanted = length;
    m_sendBuffer.clear();
    m_sendActive = true;
    // "+++" before <length> bytes goes back to command mode and drops what came.
    enterDataMode(
        "+++", PassthroughGuardMs, false, [this](const QByteArray &d) { onSendBufData(d); },
        [this] {
            m_sendActive = false;
            m_sendBuffer.clear();
        });
}

void Wizfi360Module::onSendBufData(const QByteArray &bytes)
{
    if (!m_sendActive)
        return;
    const qint64 room = m_sendWanted - m_sendBuffer.size();
    m_sendBuffer += bytes.left(room);
    if (bytes.size() > room) {
        // More than <length>: "the data will be discarded, the system returns: busy".
        m_sendActive = false;
        m_sendBuffer.clear();
        leaveDataMode();
        say("\r\nbusy\r\n");
        return;
    }
    if (m_sendBuffer.size() < m_sendWanted)
        return;
    m_sendActive = false;
    leaveDataMode();
    const int id = m_sendLink;
    auto it = m_links.find(id);
    if (it == m_links.end()) {
        say("\r\nSEND FAIL\r\n");
        return;
    }
    const quint32 segment = it->nextSegment++;
    it->sentSegment = segment;
    const bool sent = sendOnLink(id, std::exchange(m_sendBuffer, {}));
    later(5, [this, id, segment, sent] {
        const auto l = m_links.find(id);
        if (!sent || l == m_links.end()) {
            say("\r\nSEND FAIL\r\n");
            return;
        }
        l->ackedSegment = segment;
        say("\r\n" + linkTag(id) + number(segment) + ",SEND OK\r\n");
    });
}

namespace {
// The link a CIPBUF* command names: no parameter with CIPMUX=0, <link ID> with CIPMUX=1.
bool bufLink(const Wizfi360Module::Cmd &cmd, bool mux, int *id)
{
    if (!mux) {
        *id = 0;
        return cmd.form == Wizfi360Module::Form::Exec;
    }
    return cmd.form == Wizfi360Module::Form::Set && cmd.params.size() == 1 && num(cmd, 0, 0, 4, id);
}
} // namespace

void Wizfi360Module::cmdCipbufreset(const Cmd &cmd)
{
    int id = 0;
    if (!bufLink(cmd, m_cipmux, &id))
        return error();
    const auto it = m_links.find(id);
    if (it == m_links.end() || !it->up || it->type != Link::Type::Tcp ||
        it->nextSegment - it->sentSegment != 1 || it->ackedSegment != it->sentSegment)
        return error();
    it->nextSegment = 1;
    it->sentSegment = 0;
    it->ackedSegment = 0;
    ok();
}

void Wizfi360Module::cmdCipbufstatus(const Cmd &cmd)
{
    int id = 0;
    if (!bufLink(cmd, m_cipmux, &id))
        return error();
    const auto it = m_links.constFind(id);
    if (it == m_links.constEnd() || !it->up || it->type != Link::Type::Tcp)
        return error();
    line(number(it->nextSegment) + ',' + number(it->sentSegment) + ',' + number(it->ackedSegment) +
         ',' + number(TcpSendBuffer) + ",7");
    ok();
}

void Wizfi360Module::cmdCipcheckseq(const Cmd &cmd)
{
    int id = 0;
    qint64 segment = 0;
    const int at = m_cipmux ? 1 : 0;
    if (cmd.form != Form::Set || cmd.params.size() != at + 1 ||
        (m_cipmux && !num(cmd, 0, 0, MaxLinks - 1, &id)) ||
        !num(cmd, at, 1, 0xFFFFFFFFLL, &segment))
        return error();
    const auto it = m_links.constFind(id);
    if (it == m_links.constEnd() || it->type != Link::Type::Tcp || segment >= it->nextSegment)
        return error();
    line(linkTag(id) + number(segment) + ',' + (segment <= it->ackedSegment ? "TRUE" : "FALSE"));
    ok();
}

void Wizfi360Module::enterPassthrough(bool prompt)
{
    if (prompt)
        say("\r\nOK\r\n\r\n>");
    m_passthrough = true;
    enterDataMode(
        "+++", PassthroughGuardMs, true, [this](const QByteArray &d) { onPassthroughData(d); },
        [this] { m_passthrough = false; }); // back to commands; the link stays
}

void Wizfi360Module::onPassthroughData(const QByteArray &bytes)
{
    // Packets of at most 2048 bytes (§3.3.7); a broken link drops them while it reconnects.
    for (qsizetype at = 0; at < bytes.size(); at += 2048)
        sendOnLink(0, bytes.mid(at, 2048));
}

void Wizfi360Module::cmdSavetranslink(const Cmd &cmd)
{
    int mode = 0;
    if (cmd.form != Form::Set || !num(cmd, 0, 0, 1, &mode))
        return error();
    if (mode == 0) {
        m_flash.transLink.enabled = false;
        return ok();
    }
    TransLink t;
    t.enabled = true;
    QByteArray type = "TCP";
    if (cmd.params.size() < 3 || cmd.params.size() > 5 || !str(cmd, 1, &t.host, 128) ||
        t.host.isEmpty() || !num(cmd, 2, 1, 65535, &t.port) ||
        (has(cmd, 3) && !str(cmd, 3, &type)) || (type != "TCP" && type != "UDP"))
        return error();
    t.udp = type == "UDP";
    if (has(cmd, 4) &&
        !(t.udp ? num(cmd, 4, 1, 65535, &t.localPort) : num(cmd, 4, 0, 7200, &t.keepAlive)))
        return error();
    m_flash.transLink = t;
    ok();
}

void Wizfi360Module::startTransLink()
{
    if (!m_transLinkPending)
        return;
    m_transLinkPending = false;
    const TransLink &t = m_flash.transLink;
    if (!t.enabled || m_links.contains(0))
        return;
    // Power-up with a saved link: single connection, passthrough, no prompt (§3.3.19).
    m_cipmux = 0;
    m_cipmode = 1;
    if (!openLink(0, t.udp ? Link::Type::Udp : Link::Type::Tcp, t.host, t.port, t.localPort, 0,
                  false))
        return;
    if (t.udp)
        enterPassthrough(false);
    else
        m_links[0].autoPassthrough = true;
}
