#include "ReplayCommand.h"

#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "log/Transcript.h"
#include "log/TranscriptReplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReplayCommand", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "atstudio-cli replay: %s\n", qPrintable(message));
}
} // namespace

int runReplayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a recorded session through the engine and print one JSON object per frame."));
    parser.addHelpOption();
    const QCommandLineOption moduleOption(
        QStringLiteral("module"),
        tr("Module dialect: %1.").arg(DialectRegistry::ids().join(QStringLiteral(", "))), tr("id"));
    const QCommandLineOption rawOption(
        QStringLiteral("raw"),
        tr("FILE holds exactly the bytes the module sent, not a transcript."));
    parser.addOption(moduleOption);
    parser.addOption(rawOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("Transcript (or raw capture) to replay."));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString moduleId = parser.value(moduleOption);
    if (moduleId.isEmpty()) {
        printError(tr("--module is required (one of %1).")
                       .arg(DialectRegistry::ids().join(QStringLiteral(", "))));
        return 2;
    }
    auto dialect = DialectRegistry::create(moduleId);
    if (!dialect) {
        printError(tr("unknown module id \"%1\" (known: %2).")
                       .arg(moduleId, DialectRegistry::ids().join(QStringLiteral(", "))));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("give exactly one file to replay."));
        return 2;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(files.first(), file.errorString()));
        return 2;
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        printError(tr("cannot read %1: %2").arg(files.first(), file.errorString()));
        return 2;
    }

    QList<AtFrame> frames;
    if (parser.isSet(rawOption)) {
        frames = TranscriptReplay::runRaw(*dialect, content);
    } else {
        QList<TranscriptProblem> problems;
        const QList<TranscriptEntry> entries = Transcript::parse(content, &problems);
        for (const TranscriptProblem &p : problems)
            std::fprintf(stderr, "%s:%d: %s\n", qPrintable(files.first()), p.lineNumber,
                         qPrintable(p.message));
        frames = TranscriptReplay::run(*dialect, entries);
    }
    QByteArray out;
    for (const AtFrame &f : frames) {
        out += f.toJson();
        out += '\n';
        if (out.size() > 1 << 16) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return 0;
}
