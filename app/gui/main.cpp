// atstudio: the window. Argument parsing only; the work is in ui/ and core/.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("atstudio"));
    QApplication::setOrganizationName(QStringLiteral("AT Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ATSTUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Configure and monitor AT-command WiFi modules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QApplication::translate("main", "Serial port, device path or host:port."),
        QStringLiteral("port"));
    const QCommandLineOption baudOption(QStringLiteral("baud"),
                                        QApplication::translate("main", "Baud rate."),
                                        QStringLiteral("baud"), QStringLiteral("115200"));
    const QCommandLineOption moduleOption(QStringLiteral("module"),
                                          QApplication::translate("main", "Module dialect id."),
                                          QStringLiteral("id"), QStringLiteral("wizfi360"));
    const QCommandLineOption simulateOption(
        QStringLiteral("simulate"),
        QApplication::translate("main", "Connect to the virtual module of this dialect."),
        QStringLiteral("id"));
    parser.addOptions({portOption, baudOption, moduleOption, simulateOption});
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(simulateOption))
        window.connectToVirtual(parser.value(simulateOption));
    else if (parser.isSet(portOption))
        window.connectTo(parser.value(portOption), parser.value(baudOption).toInt(),
                         parser.value(moduleOption));
    else
        window.connectToDefault();
    return app.exec();
}
