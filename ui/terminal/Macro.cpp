#include "Macro.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QLatin1String FormatName("atstudio-macros");
constexpr int Version = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("Macro", text);
}

const QRegularExpression &waitLine()
{
    // The keyword is not translated: macro files and texts work in every language.
    static const QRegularExpression re(QStringLiteral("^wait\\s+(\\d+)\\s*(ms)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

QString Macro::toText() const
{
    QStringList lines;
    for (const MacroStep &s : steps)
        lines << (s.isWait() ? QStringLiteral("wait %1").arg(s.waitMs) : s.command);
    return lines.join(QLatin1Char('\n'));
}

std::optional<QList<MacroStep>> Macro::stepsFromText(const QString &text, QString *error)
{
    QList<MacroStep> steps;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch m = waitLine().match(line);
        if (m.hasMatch()) {
            bool ok = false;
            const int ms = m.captured(1).toInt(&ok);
            if (!ok || ms > MaxWaitMs) {
                *error = tr("Line %1: a pause is at most %2 ms.").arg(i + 1).arg(MaxWaitMs);
                return std::nullopt;
            }
            steps.append({QString(), ms});
        } else if (line.startsWith(QLatin1String("wait"), Qt::CaseInsensitive)) {
            *error = tr("Line %1: write a pause as \"wait 500\" (milliseconds).").arg(i + 1);
            return std::nullopt;
        } else {
            steps.append({line, 0});
        }
    }
    if (steps.isEmpty()) {
        *error = tr("A macro needs at least one command.");
        return std::nullopt;
    }
    return steps;
}

namespace MacroJson {

QByteArray write(const QList<Macro> &macros)
{
    QJsonArray list;
    for (const Macro &m : macros) {
        QJsonArray steps;
        for (const MacroStep &s : m.steps) {
            steps.append(s.isWait() ? QJsonObject{{QStringLiteral("waitMs"), s.waitMs}}
                                    : QJsonObject{{QStringLiteral("command"), s.command}});
        }
        list.append(
            QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("steps"), steps}});
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("macros"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<Macro>> read(const QByteArray &json, const QString &source, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON: %2 (at character %3).")
                     .arg(source, parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QStringLiteral("macros")).isArray()) {
        *error = tr("%1 is not an AT Studio macro file: it has no \"macros\" list.").arg(source);
        return std::nullopt;
    }
    const QString format = root.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && format != FormatName) {
        *error = tr("%1 is a \"%2\" file, not an AT Studio macro file.").arg(source, format);
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("version")).toInt(Version);
    if (version > Version) {
        *error = tr("%1 was written by a newer AT Studio (macro file version %2); this one reads "
                    "version %3.")
                     .arg(source)
                     .arg(version)
                     .arg(Version);
        return std::nullopt;
    }
    QList<Macro> macros;
    const QJsonArray list = root.value(QStringLiteral("macros")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Macro m;
        m.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (m.name.isEmpty()) {
            *error = tr("%1: macro %2 has no name.").arg(source).arg(i + 1);
            return std::nullopt;
        }
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        if (steps.isEmpty()) {
            *error = tr("%1: macro \"%2\" has no steps.").arg(source, m.name);
            return std::nullopt;
        }
        for (int k = 0; k < steps.size(); ++k) {
            const QJsonObject s = steps.at(k).toObject();
            const QString command = s.value(QStringLiteral("command")).toString().trimmed();
            const QJsonValue wait = s.value(QStringLiteral("waitMs"));
            if (!command.isEmpty()) {
                m.steps.append({command, 0});
            } else if (wait.isDouble() && wait.toDouble() >= 0 &&
                       wait.toDouble() <= Macro::MaxWaitMs) {
                m.steps.append({QString(), wait.toInt()});
            } else {
                *error = tr("%1: step %2 of macro \"%3\" needs a \"command\" text or a \"waitMs\" "
                            "pause of 0 to %4 ms.")
                             .arg(source)
                             .arg(k + 1)
                             .arg(m.name)
                             .arg(Macro::MaxWaitMs);
                return std::nullopt;
            }
        }
        macros.append(m);
    }
    return macros;
}

} // namespace MacroJson
