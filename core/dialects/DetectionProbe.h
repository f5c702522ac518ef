#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

// How auto-detection (core/services/AutoDetector) finds a module family on a serial line. Each
// dialect fills one in its <Class>Detect.cpp, so that the family's strings stay in its folder.
//
// The detector sends `hello` at every baud rate; a family whose recognizeHello() scores the reply
// becomes a candidate, and the detector then sends its `identity` queries and lets
// readIdentity() say how sure it is. Every byte sent must leave the module as it was: no echo,
// verbosity or mode toggles, nothing saved.

// What a reply to the hello said about a family.
struct DetectionHello
{
    int score = 0;    // 0: not this family; a higher score is tried first
    QString evidence; // the reply line that matched, as received
};

// What the identity replies said.
struct DetectionIdentity
{
    double confidence = 0; // 0: not this family; 1: the module named itself
    QString model;
    QString firmware;
    QStringList evidence; // "AT+GMR -> AT version:1.1.1.7(...)": the replies that matched
};

struct DetectionProbe
{
    // A cheap line that changes nothing, ending in CR LF: every family ends a line on CR or on LF
    // and ignores or drops the other byte. Families with the same bytes share one exchange.
    QByteArray hello;
    std::function<DetectionHello(const QByteArray &reply)> recognizeHello;
    // Queries sent once the hello matched, each with the family's own line end. A query that
    // another candidate already sent at this baud is not sent again: its reply is reused.
    QList<QByteArray> identity;
    // `replies` has one entry per `identity` query, in order (empty when nothing came back).
    std::function<DetectionIdentity(const QList<QByteArray> &replies)> readIdentity;

    bool isValid() const { return !hello.isEmpty() && recognizeHello && readIdentity; }
};

// Helpers for the dialects' recognizers; none of them knows a family's strings.
namespace DetectionText {
// The non-empty lines of a reply, trimmed; CR and LF both end a line.
inline QList<QByteArray> lines(const QByteArray &reply)
{
    QList<QByteArray> out;
    QByteArray line;
    for (const char c : reply) {
        if (c == '\r' || c == '\n') {
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
            line.clear();
        } else {
            line += c;
        }
    }
    if (!line.trimmed().isEmpty())
        out << line.trimmed();
    return out;
}
// "AT+GMR -> AT version:1.1.1.7": a query (its line end dropped) and the reply line that matched.
inline QString evidence(QByteArrayView query, QByteArrayView line)
{
    return QString::fromLatin1(query.trimmed().toByteArray()) + QStringLiteral(" -> ") +
           QString::fromUtf8(line.trimmed().toByteArray());
}
} // namespace DetectionText
