#include "Pic32mzw1Dialect.h"

#include "dialects/AtText.h"

#include <optional>

// Auto-detection of a PIC32MZW1 / WFI32 with the AnyCloud firmware. It answers "AT" with OK, as
// the WizFi360 does; AT+GMI's "Microchip" and AT+GMM's model name are its own.

namespace {
constexpr char Gmi[] = "AT+GMI";
constexpr char Gmm[] = "AT+GMM";
constexpr char Gmr[] = "AT+GMR";

// The firmware's terminal puts a '>' prompt (echo on) and a CR before lines.
QByteArray clean(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == '>' || line.at(i) == ' '))
        ++i;
    return line.mid(i);
}

// "+GMI=\"Microchip\"" ([FW]) or "+GMI:\"Microchip\"" (manual) -> Microchip; "+VER" is the
// manual's name of the +GMR reply.
std::optional<QByteArray> value(const QByteArray &reply, const char *name,
                                const char *alias = nullptr)
{
    for (const QByteArray &raw : DetectionText::lines(reply)) {
        const QByteArray line = clean(raw);
        for (const char *n : {name, alias}) {
            if (!n)
                continue;
            if (AtText::startsWithNoCase(line, n) && line.size() > qsizetype(qstrlen(n)) &&
                (line.at(qstrlen(n)) == ':' || line.at(qstrlen(n)) == '='))
                return Pic32mzw1Dialect::decodeString(line.mid(qstrlen(n) + 1).trimmed());
        }
    }
    return std::nullopt;
}

QByteArray firstLine(const QByteArray &reply, const char *prefix)
{
    for (const QByteArray &raw : DetectionText::lines(reply)) {
        const QByteArray line = clean(raw);
        if (AtText::startsWithNoCase(line, prefix))
            return line;
    }
    return {};
}
} // namespace

DetectionProbe Pic32mzw1Dialect::detectionProbe() const
{
    DetectionProbe p;
    p.hello = "AT\r\n";
    p.recognizeHello = [](const QByteArray &reply) {
        DetectionHello h;
        for (const QByteArray &line : DetectionText::lines(reply)) {
            if (clean(line) == "OK") {
                h.score = 1;
                h.evidence = QString::fromLatin1(line);
                break;
            }
        }
        // Echo is on after boot and brings the terminal's '>' prompt after each result.
        if (h.score > 0 && reply.trimmed().endsWith('>'))
            ++h.score;
        return h;
    };
    p.identity = {QByteArray(Gmi) + terminator(), QByteArray(Gmm) + terminator(),
                  QByteArray(Gmr) + terminator()};
    p.readIdentity = [](const QList<QByteArray> &replies) {
        DetectionIdentity id;
        const auto maker = value(replies.value(0), "+GMI");
        const auto model = value(replies.value(1), "+GMM");
        const auto revision = value(replies.value(2), "+GMR", "+VER");
        const bool microchip = maker && maker->toUpper().contains("MICROCHIP");
        const bool knownModel =
            model && (model->toUpper().contains("PIC32MZ") || model->toUpper().contains("WFI32"));
        if (!microchip && !knownModel)
            return id;
        id.confidence = microchip && model ? 0.97 : (microchip || knownModel ? 0.85 : 0);
        id.model = model ? QString::fromUtf8(*model) : QStringLiteral("PIC32MZW1");
        if (revision)
            id.firmware = QString::fromUtf8(*revision);
        if (microchip)
            id.evidence << DetectionText::evidence(Gmi, firstLine(replies.value(0), "+GMI"));
        if (model)
            id.evidence << DetectionText::evidence(Gmm, firstLine(replies.value(1), "+GMM"));
        if (revision) {
            QByteArray line = firstLine(replies.value(2), "+GMR");
            if (line.isEmpty())
                line = firstLine(replies.value(2), "+VER");
            id.evidence << DetectionText::evidence(Gmr, line);
        }
        return id;
    };
    return p;
}
