#include "SimulateCommand.h"

#include "sim/FaultPlan.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"
#include "sim/World.h"
#include "transport/PtyTransport.h"
#include "dialects/DialectRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SimulateCommand", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "atstudio-cli simulate: %s\n", qPrintable(message));
}

// SIGINT/SIGTERM reach the event loop through a socket pair (the only safe way out of a handler).
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

int runSimulateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve a virtual module on a pseudo-terminal until interrupted (Ctrl+C)."));
    parser.addHelpOption();
    const QCommandLineOption moduleOption(
        QStringLiteral("module"),
        tr("Module dialect: %1.").arg(DialectRegistry::ids().join(QStringLiteral(", "))), tr("id"));
    const QCommandLineOption worldOption(
        QStringLiteral("world"), tr("World file (JSON); the built-in one by default."), tr("file"));
    const QCommandLineOption linkOption(QStringLiteral("link"),
                                        tr("Keep a symlink to the pseudo-terminal at this path."),
                                        tr("path"));
    const QCommandLineOption paceOption(
        QStringLiteral("baud-pace"),
        tr("Pace output as a UART at this baud would (default: unthrottled)."), tr("baud"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        tr("Inject faults, e.g. "
           "noise=0.01,reset=30s,drop-final=0.02,busy=0.05,split=1,unplug=60s,seed=42."),
        tr("spec"));
    const QCommandLineOption uartBaudOption(
        QStringLiteral("uart-baud"),
        tr("The module's UART rate: a client that opens the port at another baud rate reads and "
           "writes garbage, as with a real module (default: any rate works)."),
        tr("baud"));
    parser.addOptions(
        {moduleOption, worldOption, linkOption, paceOption, faultsOption, uartBaudOption});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString id = parser.value(moduleOption);
    if (!DialectRegistry::ids().contains(id)) {
        printError(tr("unknown or missing --module \"%1\" (known: %2).")
                       .arg(id, DialectRegistry::ids().join(QStringLiteral(", "))));
        return 2;
    }
    World world = World::defaultWorld();
    if (parser.isSet(worldOption)) {
        QString error;
        auto w = World::fromFile(parser.value(worldOption), &error);
        if (!w) {
            printError(error);
            return 2;
        }
        world = *w;
    }
    FaultPlan faults;
    if (parser.isSet(faultsOption)) {
        QString error;
        auto plan = FaultPlan::parse(parser.value(faultsOption), &error);
        if (!plan) {
            printError(error);
            return 2;
        }
        faults = *plan;
    }
    int pace = 0;
    if (parser.isSet(paceOption)) {
        bool ok = false;
        pace = parser.value(paceOption).toInt(&ok);
        if (!ok || pace <= 0) {
            printError(tr("--baud-pace needs a positive baud rate."));
            return 2;
        }
    }
    int uartBaud = 0;
    if (parser.isSet(uartBaudOption)) {
        bool ok = false;
        uartBaud = parser.value(uartBaudOption).toInt(&ok);
        if (!ok || uartBaud <= 0) {
            printError(tr("--uart-baud needs a positive baud rate."));
            return 2;
        }
    }
    std::unique_ptr<VirtualModule> module = VirtualModuleFactory::create(id, world);
    if (!module) {
        printError(tr("no virtual module for \"%1\" in this build.").arg(id));
        return 2;
    }
    module->setBaudPace(pace);
    module->setUartBaud(uartBaud);
    module->setFaults(faults);

    PtyTransport pty(parser.value(linkOption));
    QObject::connect(&pty, &Transport::errorOccurred, [](const QString &m) { printError(m); });
    pty.open();
    if (!pty.isOpen())
        return 1;
    module->attach(&pty);
    module->powerOn();
    std::printf("%s\n", qPrintable(pty.devicePath()));
    if (!pty.linkPath().isEmpty())
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("link: %1 -> %2").arg(pty.linkPath(), pty.devicePath())));
    std::fflush(stdout);

    // The unplug fault: the port vanishes for a moment and comes back at the same link path.
    QTimer unplug;
    QRandomGenerator unplugRandom(faults.seed ^ 0x5eedu);
    if (faults.unplugEveryMs > 0) {
        unplug.setSingleShot(true);
        const auto arm = [&] {
            unplug.start(faults.unplugEveryMs / 2 +
                         int(unplugRandom.bounded(faults.unplugEveryMs + 1)));
        };
        QObject::connect(&unplug, &QTimer::timeout, [&, arm] {
            pty.close();
            QTimer::singleShot(1000 + int(unplugRandom.bounded(2000)), [&, arm] {
                pty.open();
                module->restart();
                std::fprintf(stderr, "%s\n", qPrintable(tr("back at %1").arg(pty.devicePath())));
                arm();
            });
        });
        arm();
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return 1;
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated,
                     [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const int rc = QCoreApplication::exec();
    module.reset();
    pty.close();
    return rc;
}
