#include "TrafficFormatter.h"

#include "engine/ModuleConnection.h"

#include <QCoreApplication>

namespace TrafficFormatter {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrafficFormatter", text);
}

// Length of the valid UTF-8 sequence at bytes[i], 0 when it is not one.
int utf8Length(QByteArrayView bytes, qsizetype i)
{
    const auto lead = uchar(bytes[i]);
    int length = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    if (length == 0 || i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((uchar(bytes[i + k]) & 0xC0) != 0x80)
            return 0;
    }
    // Overlong forms and surrogates decode to U+FFFD; those bytes are shown escaped.
    const QString decoded = QString::fromUtf8(bytes.data() + i, length);
    return decoded.contains(QChar::ReplacementCharacter) ? 0 : length;
}

void appendEscape(uchar c, QString *text, QList<TerminalEntry::Span> *escapes)
{
    const int start = int(text->size());
    switch (c) {
    case '\r':
        text->append(QLatin1String("\\r"));
        break;
    case '\n':
        text->append(QLatin1String("\\n"));
        break;
    case '\t':
        text->append(QLatin1String("\\t"));
        break;
    default:
        text->append(QLatin1String("\\x"));
        text->append(QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0')));
    }
    // Adjacent escapes form one run, so "\r\n" is one span.
    if (!escapes->isEmpty() && escapes->last().start + escapes->last().length == start)
        escapes->last().length = int(text->size()) - escapes->last().start;
    else
        escapes->append({start, int(text->size()) - start});
}

void setText(TerminalEntry *e, QByteArrayView bytes)
{
    appendVisible(bytes.first(qMin<qsizetype>(bytes.size(), TextLimit)), &e->text, &e->escapes);
    if (bytes.size() > TextLimit) {
        e->text += QStringLiteral("…");
        e->detail = tr("cut, length %1: the hex view shows all").arg(bytes.size());
    }
}

void addDetail(TerminalEntry *e, const QString &detail)
{
    if (detail.isEmpty())
        return;
    e->detail = e->detail.isEmpty() ? detail : detail + QStringLiteral(" · ") + e->detail;
}

TerminalEntry fromFrame(qint64 msecs, const AtFrame &frame)
{
    using Kind = TerminalEntry::Kind;
    TerminalEntry e;
    e.msecs = msecs;
    e.bytes = frame.text;
    switch (frame.kind) {
    case AtFrame::Kind::Final:
        e.kind = frame.ok ? Kind::FinalOk : Kind::FinalError;
        break;
    case AtFrame::Kind::Urc:
        e.kind = Kind::Event;
        break;
    case AtFrame::Kind::Data:
        e.kind = Kind::Data;
        break;
    case AtFrame::Kind::Echo:
    case AtFrame::Kind::Noise:
        e.kind = Kind::Quiet;
        break;
    default:
        e.kind = Kind::Response;
    }
    if (frame.kind == AtFrame::Kind::Noise)
        e.bytes = frame.payload;
    else if (!frame.payload.isEmpty())
        e.bytes += frame.payload; // data and messages: the header, then the counted bytes
    setText(&e, e.bytes);

    QString detail;
    switch (frame.kind) {
    case AtFrame::Kind::Final:
        // The readable message, unless the module's own text already says it.
        if (!frame.ok && !frame.message.isEmpty() &&
            !QString::fromUtf8(frame.text).contains(frame.message, Qt::CaseInsensitive))
            detail = frame.message;
        break;
    case AtFrame::Kind::Echo:
        detail = tr("echo");
        break;
    case AtFrame::Kind::Noise:
        detail = tr("noise");
        break;
    case AtFrame::Kind::Prompt:
        detail = tr("prompt");
        break;
    default:
        detail = frame.event;
    }
    if (frame.kind == AtFrame::Kind::Data ||
        (!frame.payload.isEmpty() && frame.kind != AtFrame::Kind::Noise)) {
        const QString size = tr("data, length %1").arg(frame.payload.size());
        detail = detail.isEmpty() ? size : detail + QStringLiteral(" · ") + size;
    }
    addDetail(&e, detail);
    return e;
}

} // namespace

void appendVisible(QByteArrayView bytes, QString *text, QList<TerminalEntry::Span> *escapes)
{
    text->reserve(text->size() + bytes.size());
    qsizetype plainStart = -1;
    auto flushPlain = [&](qsizetype end) {
        if (plainStart >= 0)
            text->append(QString::fromUtf8(bytes.data() + plainStart, end - plainStart));
        plainStart = -1;
    };
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = uchar(bytes[i]);
        int length = 0;
        if (c >= 0x20 && c < 0x7F)
            length = 1;
        else if (c >= 0x80)
            length = utf8Length(bytes, i);
        if (length > 0) {
            if (plainStart < 0)
                plainStart = i;
            i += length;
            continue;
        }
        flushPlain(i);
        appendEscape(c, text, escapes);
        ++i;
    }
    flushPlain(bytes.size());
}

void appendTraffic(const QList<TrafficItem> &items, const QByteArray &terminator,
                   QList<TerminalEntry> *out)
{
    out->reserve(out->size() + items.size());
    for (const TrafficItem &item : items) {
        switch (item.kind) {
        case TrafficItem::Kind::Command: {
            QByteArray bytes = item.bytes;
            if (!bytes.endsWith('\r') && !bytes.endsWith('\n'))
                bytes += terminator;
            out->append(sent(item.msecsSinceEpoch, bytes, true));
            break;
        }
        case TrafficItem::Kind::Payload: {
            TerminalEntry e = sent(item.msecsSinceEpoch, item.bytes, false);
            addDetail(&e, tr("payload, length %1").arg(item.bytes.size()));
            out->append(std::move(e));
            break;
        }
        case TrafficItem::Kind::Raw: {
            // A command line typed with another line end still gets its round trip measured.
            const QByteArray &b = item.bytes;
            const bool commandLine = b.size() > 2 && b.left(2).toUpper() == "AT" &&
                                     (b.endsWith('\r') || b.endsWith('\n'));
            out->append(sent(item.msecsSinceEpoch, b, commandLine));
            break;
        }
        case TrafficItem::Kind::Frame:
            if (item.frame.kind != AtFrame::Kind::Ignore)
                out->append(fromFrame(item.msecsSinceEpoch, item.frame));
            break;
        }
    }
}

TerminalEntry sent(qint64 msecs, const QByteArray &bytes, bool command)
{
    TerminalEntry e;
    e.kind = TerminalEntry::Kind::Sent;
    e.command = command;
    e.msecs = msecs;
    e.bytes = bytes;
    setText(&e, bytes);
    return e;
}

TerminalEntry note(qint64 msecs, const QString &text)
{
    TerminalEntry e;
    e.kind = TerminalEntry::Kind::Note;
    e.msecs = msecs;
    e.text = text;
    return e;
}

QString marker(TerminalEntry::Kind kind)
{
    switch (kind) {
    case TerminalEntry::Kind::Sent:
        return QStringLiteral("→");
    case TerminalEntry::Kind::Event:
        return QStringLiteral("⚡");
    case TerminalEntry::Kind::Note:
        return QStringLiteral("•");
    default:
        return QStringLiteral("←");
    }
}

} // namespace TrafficFormatter
