#pragma once

#include "AtEvent.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantMap>

// One classified piece of the module's output, in stream order. The same record drives the live
// engine, the terminal and `atstudio-cli replay`.
struct AtFrame
{
    enum class Kind {
        Ignore,   // nothing to report (a blank separator line)
        Final,    // ends the command in flight
        Response, // a line of the reply to the command in flight
        Urc,      // an asynchronous message (typed event)
        Data,     // a length-framed payload with its header
        Prompt,   // the module waits for a send payload
        Echo,     // the module repeating the command
        Line,     // a line that is neither part of a reply nor a known event
        Noise,    // bytes that form no frame
    };

    Kind kind = Kind::Line;
    QByteArray text;    // the line (or header) as received, without line end
    bool ok = false;    // Final only
    QVariant code;      // Final errors: the module's code (int where numeric)
    QString message;    // Final errors: readable text
    QString event;      // Urc, and Responses that carry a known item
    QVariantMap fields; // socket, ip, port, ... (see AtFields)
    QByteArray payload; // Data and mqtt.message: the counted bytes; Noise: the bytes

    static AtFrame line(const QByteArray &text, Kind kind = Kind::Line)
    {
        AtFrame f;
        f.kind = kind;
        f.text = text;
        return f;
    }
    static AtFrame okFinal(const QByteArray &text)
    {
        AtFrame f = line(text, Kind::Final);
        f.ok = true;
        return f;
    }
    static AtFrame errorFinal(const QByteArray &text, const QVariant &code, const QString &message)
    {
        AtFrame f = line(text, Kind::Final);
        f.code = code;
        f.message = message;
        return f;
    }
    static AtFrame urc(const QByteArray &text, const QString &event, const QVariantMap &fields = {})
    {
        AtFrame f = line(text, Kind::Urc);
        f.event = event;
        f.fields = fields;
        return f;
    }
    static AtFrame noise(const QByteArray &bytes)
    {
        AtFrame f = line({}, Kind::Noise);
        f.payload = bytes;
        return f;
    }

    bool isFinal() const { return kind == Kind::Final; }
    bool isEvent(const char *name) const { return event == QLatin1String(name); }
    int socket() const { return fields.value(AtFields::Socket, -1).toInt(); }

    static QString kindName(Kind kind);
    // One JSON object on one line, keys in a stable order (kind first), as `replay` prints it.
    QByteArray toJson() const;
    AtEvent toEvent() const { return AtEvent{event, fields, text}; }
};

Q_DECLARE_METATYPE(AtFrame)
