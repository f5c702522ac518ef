#include "Wizfi250Dialect.h"

#include "dialects/AtText.h"

// Auto-detection of a WizFi250. It answers "AT" with [OK], as the WizFi310 does; the hardware
// text of AT+MINFO ("1.0.3.6/WizFi250 Rev 1.0") or the boot banner tells the two apart.

namespace {
constexpr char Minfo[] = "AT+MINFO";
constexpr char Banner[] = "WizFi250 Version ";
constexpr char Name[] = "WizFi250";
constexpr char OtherNames[] = "WizFi3"; // WizFi310/360: another model

bool containsNoCase(const QByteArray &text, const char *what)
{
    return text.toUpper().contains(QByteArray(what).toUpper());
}
} // namespace

DetectionProbe Wizfi250Dialect::detectionProbe() const
{
    DetectionProbe p;
    p.hello = "AT\r\n";
    p.recognizeHello = [](const QByteArray &reply) {
        DetectionHello h;
        for (const QByteArray &line : DetectionText::lines(reply)) {
            if (line.simplified().toUpper() == "[OK]" && h.score == 0) {
                h.score = 1;
                h.evidence = QString::fromLatin1(line);
            } else if (AtText::startsWithNoCase(line, Banner)) {
                h.score = 2; // a boot banner during the probe: the module says its name
                h.evidence = QString::fromLatin1(line);
                break;
            }
        }
        return h;
    };
    p.identity = {QByteArray(Minfo) + terminator()};
    p.readIdentity = [](const QList<QByteArray> &replies) {
        DetectionIdentity id;
        bool header = false;
        for (const QByteArray &line : DetectionText::lines(replies.value(0))) {
            if (AtText::startsWithNoCase(line, Banner)) {
                // "WizFi250 Version 1.0.3.6 (WIZnet Co.Ltd)": a reset while we asked.
                id.confidence = qMax(id.confidence, 0.95);
                id.model = QString::fromLatin1(Name);
                id.firmware = QString::fromLatin1(line.mid(qstrlen(Banner)).split(' ').value(0));
                id.evidence << DetectionText::evidence(Minfo, line);
                continue;
            }
            if (AtText::startsWithNoCase(line, "FW version")) { // "FW version/HW version"
                header = true;
                continue;
            }
            const qsizetype slash = line.indexOf('/');
            if (!header || slash < 0)
                continue;
            const QByteArray fw = line.left(slash).trimmed();
            const QByteArray hw = line.mid(slash + 1).trimmed();
            if (containsNoCase(hw, OtherNames))
                return DetectionIdentity{}; // a sibling model: its own dialect claims it
            // The hardware text names the model; without it the layout alone is weaker (the
            // WizFi310 prints the same lines).
            id.confidence = containsNoCase(hw, Name) ? 0.97 : 0.6;
            id.model = hw.isEmpty() ? QString::fromLatin1(Name) : QString::fromLatin1(hw);
            id.firmware = QString::fromLatin1(fw);
            id.evidence << DetectionText::evidence(Minfo, line);
            break;
        }
        return id;
    };
    return p;
}
