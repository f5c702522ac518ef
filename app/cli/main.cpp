// atstudio-cli: every AT Studio feature without a window. Argument parsing only; the work is in
// core.
#include "DetectCommand.h"
#include "ModuleCommand.h"
#include "ReplayCommand.h"
#include "i18n/Translations.h"
#include "SimulateCommand.h"

#include <QCoreApplication>
#include <cstdio>

namespace {
void printUsage(FILE *to)
{
    std::fputs(
        qPrintable(QCoreApplication::translate(
            "atstudio-cli",
            "Usage: atstudio-cli <command> [options]\n"
            "\n"
            "Commands:\n"
            "  replay --module ID [--raw] FILE   frame a recorded session as JSON Lines\n"
            "  simulate --module ID [--world FILE] [--link PATH] [--baud-pace BAUD]\n"
            "           [--faults SPEC] [--uart-baud BAUD]\n"
            "                                    serve a virtual module on a pseudo-terminal\n"
            "  detect --port PATH [--bauds LIST] find baud rate, module, model and firmware\n"
            "  wifi scan|join|leave|ap-start|ap-stop   Wi-Fi actions\n"
            "  socket send                       send to a peer and print the answer\n"
            "  mqtt publish|subscribe            MQTT through the module\n"
            "  gpio write|read|adc               pins and ADC\n"
            "  (each on --port PATH --module ID, or --simulate ID)\n"
            "\n"
            "Run 'atstudio-cli <command> --help' for a command's options.\n")),
        to);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atstudio-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AT Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATSTUDIO_VERSION));
    Translations::install(app, QString()); // messages in the user's language

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return 2;
    }
    const QString command = args.at(1);
    QStringList commandArgs = args.mid(1);
    commandArgs[0] = args.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("replay"))
        return runReplayCommand(commandArgs);
    if (command == QLatin1String("simulate"))
        return runSimulateCommand(commandArgs);
    if (command == QLatin1String("detect"))
        return runDetectCommand(commandArgs);
    if (command == QLatin1String("wifi"))
        return runWifiCommand(commandArgs);
    if (command == QLatin1String("socket"))
        return runSocketCommand(commandArgs);
    if (command == QLatin1String("mqtt"))
        return runMqttCommand(commandArgs);
    if (command == QLatin1String("gpio"))
        return runGpioCommand(commandArgs);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(stdout);
        return 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("atstudio-cli %s\n", ATSTUDIO_VERSION);
        return 0;
    }
    std::fprintf(
        stderr, "atstudio-cli: %s\n",
        qPrintable(
            QCoreApplication::translate("atstudio-cli", "unknown command \"%1\".").arg(command)));
    printUsage(stderr);
    return 2;
}
