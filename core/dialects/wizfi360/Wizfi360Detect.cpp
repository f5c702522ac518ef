#include "Wizfi360Dialect.h"

#include "dialects/AtText.h"

#include <QCoreApplication>

// Auto-detection of a WizFi360 (and the ESP-AT modules this dialect also drives). It answers "AT"
// with OK, as the PIC32MZW1 does; AT+GMR's "AT version:" lines are this family's own.

namespace {
constexpr char Gmr[] = "AT+GMR";
} // namespace

DetectionProbe Wizfi360Dialect::detectionProbe() const
{
    DetectionProbe p;
    p.hello = "AT\r\n";
    p.recognizeHello = [](const QByteArray &reply) {
        DetectionHello h;
        for (const QByteArray &line : DetectionText::lines(reply)) {
            if (line == "OK") {
                h.score = 1;
                h.evidence = QString::fromLatin1(line);
                break;
            }
        }
        // ESP-style firmware puts a blank line before its result code (§2.4: "\r\nOK\r\n").
        if (h.score > 0 && (reply.startsWith("\r\nOK\r\n") || reply.contains("\n\r\nOK\r\n")))
            ++h.score;
        return h;
    };
    p.identity = {QByteArray(Gmr) + terminator()};
    p.readIdentity = [](const QList<QByteArray> &replies) {
        DetectionIdentity id;
        bool wizfi = false;
        bool esp = false;
        bool sdk = false;
        for (const QByteArray &line : DetectionText::lines(replies.value(0))) {
            if (const auto v = AtText::after(line, "AT version:")) {
                // "AT version:1.1.1.7(May  9 2022 10:21:36)"
                const qsizetype paren = v->indexOf('(');
                id.firmware = QString::fromLatin1((paren < 0 ? *v : v->left(paren)).trimmed());
                id.evidence << DetectionText::evidence(Gmr, line);
            } else if (AtText::startsWithNoCase(line, "SDK version:")) {
                sdk = true;
                id.evidence << DetectionText::evidence(Gmr, line);
            }
            if (line.toUpper().contains("WIZFI360"))
                wizfi = true;
            // Espressif's own firmware: "Bin version(Wroom 02):1.7.4", "ESP32-WROOM-32"...
            if (AtText::startsWithNoCase(line, "Bin version") || line.toUpper().contains("ESP"))
                esp = true;
        }
        if (id.firmware.isEmpty())
            return DetectionIdentity{};
        if (wizfi || !esp) {
            id.model = QStringLiteral("WizFi360");
            // The module's name in the reply, or the manual's exact layout (AT and SDK lines).
            id.confidence = wizfi ? 0.98 : (sdk ? 0.9 : 0.8);
        } else {
            id.model = QCoreApplication::translate("Wizfi360Dialect", "ESP-AT module");
            id.confidence = 0.85;
        }
        return id;
    };
    return p;
}
