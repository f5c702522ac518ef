#include "FaultPlan.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// "30s", "500ms", "2m" or a bare number of seconds.
std::optional<int> durationMs(const QString &text)
{
    QString t = text.trimmed().toLower();
    double scale = 1000;
    if (t.endsWith(QLatin1String("ms"))) {
        scale = 1;
        t.chop(2);
    } else if (t.endsWith(QLatin1Char('s'))) {
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('m'))) {
        scale = 60000;
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0 || v * scale > 86400000.0)
        return std::nullopt;
    return int(v * scale);
}

std::optional<double> probability(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return std::nullopt;
    return v;
}
} // namespace

std::optional<FaultPlan> FaultPlan::parse(const QString &spec, QString *error)
{
    FaultPlan plan;
    const auto bad = [error](const QString &item, const QString &why) {
        *error = QCoreApplication::translate("FaultPlan", "fault \"%1\": %2").arg(item, why);
        return std::nullopt;
    };
    const QString probabilityText =
        QCoreApplication::translate("FaultPlan", "expects a probability from 0 to 1");
    const QString durationText =
        QCoreApplication::translate("FaultPlan", "expects a duration such as 30s or 500ms");
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const int eq = item.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (key == QLatin1String("noise") || key == QLatin1String("drop-final") ||
            key == QLatin1String("busy")) {
            const auto p = probability(value);
            if (!p)
                return bad(item, probabilityText);
            (key == QLatin1String("noise")  ? plan.noise
             : key == QLatin1String("busy") ? plan.busy
                                            : plan.dropFinal) = *p;
        } else if (key == QLatin1String("reset") || key == QLatin1String("unplug")) {
            const auto ms = durationMs(value);
            if (!ms)
                return bad(item, durationText);
            (key == QLatin1String("reset") ? plan.resetEveryMs : plan.unplugEveryMs) = *ms;
        } else if (key == QLatin1String("split")) {
            if (value != QLatin1String("0") && value != QLatin1String("1") && !value.isEmpty())
                return bad(item, QCoreApplication::translate("FaultPlan", "expects 0 or 1"));
            plan.split = value != QLatin1String("0");
        } else if (key == QLatin1String("seed")) {
            bool ok = false;
            plan.seed = value.toUInt(&ok);
            if (!ok)
                return bad(item,
                           QCoreApplication::translate("FaultPlan", "expects a whole number"));
        } else {
            return bad(item, QCoreApplication::translate(
                                 "FaultPlan", "unknown; known faults are noise, reset, drop-final, "
                                              "busy, split, unplug and seed"));
        }
    }
    return plan;
}
