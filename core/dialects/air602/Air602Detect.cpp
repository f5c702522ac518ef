#include "Air602Dialect.h"

#include "dialects/AtText.h"

#include <QCoreApplication>

// Auto-detection of an Air602 (WinnerMicro W600). It ignores lines without "AT+", so it is silent
// to "AT"; the null command "AT+" answers "+OK" and AT+QVER names the Luat firmware. AT+E is never
// sent: it toggles the echo.

namespace {
constexpr char Qver[] = "AT+QVER";
} // namespace

DetectionProbe Air602Dialect::detectionProbe() const
{
    DetectionProbe p;
    p.hello = "AT+\r\n";
    p.recognizeHello = [](const QByteArray &reply) {
        DetectionHello h;
        for (const QByteArray &line : DetectionText::lines(reply)) {
            if (AtText::equalsNoCase(line, "+OK")) {
                h.score = 1;
                h.evidence = QString::fromLatin1(line);
                break;
            }
        }
        return h;
    };
    p.identity = {QByteArray(Qver) + terminator()};
    p.readIdentity = [](const QList<QByteArray> &replies) {
        DetectionIdentity id;
        for (const QByteArray &line : DetectionText::lines(replies.value(0))) {
            const auto v = AtText::after(line, "+OK=");
            if (!v || v->isEmpty())
                continue;
            // "+OK=AirM2M_Luat_WiFi_V008_WM": Luat's (AirM2M's) firmware for the Air602.
            const QByteArray upper = v->toUpper();
            const bool luat =
                upper.contains("LUAT") || upper.contains("AIRM2M") || upper.contains("AIR602");
            id.confidence = luat ? 0.95 : 0.75;
            id.model = luat ? QStringLiteral("Air602")
                            : QCoreApplication::translate("Air602Dialect", "W600 module");
            id.firmware = QString::fromLatin1(AtText::unquote(*v));
            id.evidence << DetectionText::evidence(Qver, line);
            break;
        }
        return id;
    };
    return p;
}
