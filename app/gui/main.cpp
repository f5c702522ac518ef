// atstudio: the window. Argument parsing only; the work is in ui/ and core/.
#include "MainWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("atstudio"));
    QApplication::setOrganizationName(QStringLiteral("AT Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ATSTUDIO_VERSION));

    // The language comes first so that even --help is translated: --lang, else the setting, else
    // the system's locale.
    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QStringList args = QApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt > 0 && langAt + 1 < args.size())
        language = args.at(langAt + 1);
    Translations::install(app, language);

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
    const QCommandLineOption scaleOption(
        QStringLiteral("font-scale"),
        QApplication::translate("main", "Text size factor (1.6 reads well on a projector)."),
        QStringLiteral("factor"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to this PNG file and quit."),
        QStringLiteral("file"));
    const QCommandLineOption delayOption(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Milliseconds to wait before the screenshot."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language: en, %1 (default: the system's).")
            .arg(Translations::available().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption panelOption(
        QStringLiteral("panel"),
        QApplication::translate("main", "Open this panel: status, wifi, sockets, mqtt or gpio."),
        QStringLiteral("name"));
    parser.addOptions({portOption, baudOption, moduleOption, simulateOption, scaleOption,
                       screenshotOption, delayOption, langOption, panelOption});
    parser.process(app);

    MainWindow window;
    if (parser.isSet(scaleOption))
        window.setFontScale(parser.value(scaleOption).toDouble());
    if (parser.isSet(panelOption) && !window.showPanel(parser.value(panelOption))) {
        std::fprintf(stderr, "atstudio: %s\n",
                     qPrintable(QApplication::translate("main", "no panel named %1")
                                    .arg(parser.value(panelOption))));
        return 2;
    }
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(
                    stderr, "atstudio: %s\n",
                    qPrintable(QApplication::translate("main", "cannot write %1").arg(file)));
                QApplication::exit(1);
                return;
            }
            QApplication::quit();
        });
    }
    if (parser.isSet(simulateOption))
        window.connectToVirtual(parser.value(simulateOption));
    else if (parser.isSet(portOption))
        window.connectToPort(parser.value(portOption), parser.value(baudOption).toInt(),
                             parser.value(moduleOption));
    else
        window.connectToDefault();
    return app.exec();
}
