#include "AtFrame.h"

#include <QStringList>

namespace {

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += QString(c).toUtf8();
            }
        }
    }
    out += '"';
}

void appendJsonValue(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toLongLong());
        break;
    case QMetaType::Double:
        out += QByteArray::number(v.toDouble(), 'g', 15);
        break;
    case QMetaType::QByteArray:
        appendJsonString(out, QString::fromUtf8(v.toByteArray()));
        break;
    default:
        appendJsonString(out, v.toString());
    }
}

void appendKey(QByteArray &out, const char *key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

} // namespace

QString AtFrame::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ignore:
        return QStringLiteral("ignore");
    case Kind::Final:
        return QStringLiteral("final");
    case Kind::Response:
        return QStringLiteral("response");
    case Kind::Urc:
        return QStringLiteral("urc");
    case Kind::Data:
        return QStringLiteral("data");
    case Kind::Prompt:
        return QStringLiteral("prompt");
    case Kind::Echo:
        return QStringLiteral("echo");
    case Kind::Line:
        return QStringLiteral("line");
    case Kind::Noise:
        return QStringLiteral("noise");
    }
    return {};
}

QByteArray AtFrame::toJson() const
{
    QByteArray out = "{\"kind\":\"" + kindName(kind).toLatin1() + '"';
    switch (kind) {
    case Kind::Noise:
        appendKey(out, "hex");
        appendJsonString(out, QString::fromLatin1(payload.toHex()));
        break;
    case Kind::Data:
        if (!text.isEmpty()) {
            appendKey(out, "text");
            appendJsonString(out, QString::fromUtf8(text));
        }
        break;
    default:
        appendKey(out, "text");
        appendJsonString(out, QString::fromUtf8(text));
    }
    if (kind == Kind::Final) {
        appendKey(out, "ok");
        out += ok ? "true" : "false";
        if (!ok) {
            appendKey(out, "code");
            if (code.isValid() && !code.isNull())
                appendJsonValue(out, code);
            else
                out += "null";
            appendKey(out, "message");
            appendJsonString(out, message);
        }
    }
    if (!event.isEmpty()) {
        appendKey(out, "event");
        appendJsonString(out, event);
    }
    // Well-known fields first, in a fixed order, then any others alphabetically.
    static const char *const order[] = {AtFields::Socket, AtFields::Ip,      AtFields::Port,
                                        AtFields::Mac,    AtFields::Ssid,    AtFields::Bssid,
                                        AtFields::Rssi,   AtFields::Channel, AtFields::Security,
                                        AtFields::Topic,  AtFields::Length,  AtFields::Payload};
    QStringList done;
    for (const char *key : order) {
        const auto it = fields.constFind(QLatin1String(key));
        if (it == fields.constEnd())
            continue;
        appendKey(out, key);
        appendJsonValue(out, it.value());
        done << QLatin1String(key);
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (done.contains(it.key()))
            continue;
        appendKey(out, it.key().toUtf8().constData());
        appendJsonValue(out, it.value());
    }
    if (kind == Kind::Data) {
        if (!fields.contains(AtFields::Length)) {
            appendKey(out, "length");
            out += QByteArray::number(payload.size());
        }
        appendKey(out, "hex");
        appendJsonString(out, QString::fromLatin1(payload.toHex()));
    }
    out += '}';
    return out;
}
