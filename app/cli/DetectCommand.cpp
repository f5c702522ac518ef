#include "DetectCommand.h"

#include "services/AutoDetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DetectCommand", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "atstudio-cli detect: %s\n", qPrintable(message));
}

// "115200,9600 57600" -> rates; an empty list for a bad one.
QList<int> parseBauds(const QString &text, QString *bad)
{
    QList<int> rates;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const int r = p.toInt(&ok);
        if (!ok || r <= 0) {
            *bad = p;
            return {};
        }
        rates << r;
    }
    return rates;
}
} // namespace

int runDetectCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find the baud rate, module family, model and firmware of the module on a serial port "
           "and print them as one JSON object (dialect, model, firmware, baud, confidence, "
           "evidence). Only reading commands are sent: the module's settings stay as they are. "
           "Exit status: 0 found, 1 nothing answered or the port failed, 2 bad options."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), tr("Serial port name or device path (a pseudo-terminal too)."),
        tr("path"));
    QStringList defaults;
    for (const int r : AutoDetector::defaultBaudRates())
        defaults << QString::number(r);
    const QCommandLineOption baudsOption(
        QStringLiteral("bauds"),
        tr("Baud rates to try, in order, separated by commas (default: %1).")
            .arg(defaults.join(QLatin1Char(','))),
        tr("list"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Tell each step on standard error."));
    parser.addOptions({portOption, baudsOption, verboseOption});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString port = parser.value(portOption);
    if (port.isEmpty()) {
        printError(tr("--port is required (for example --port /dev/ttyUSB0)."));
        return 2;
    }
    AutoDetector detector;
    if (parser.isSet(baudsOption)) {
        QString bad;
        const QList<int> rates = parseBauds(parser.value(baudsOption), &bad);
        if (rates.isEmpty()) {
            printError(tr("--bauds needs positive baud rates separated by commas, not \"%1\".")
                           .arg(bad.isEmpty() ? parser.value(baudsOption) : bad));
            return 2;
        }
        detector.setBaudRates(rates);
    }
    if (parser.isSet(verboseOption)) {
        QObject::connect(&detector, &AutoDetector::progress,
                         [](const QString &m) { std::fprintf(stderr, "%s\n", qPrintable(m)); });
    }
    int rc = 1;
    QObject::connect(&detector, &AutoDetector::finished, [&rc](const DetectionResult &r) {
        if (r.found()) {
            std::printf("%s\n",
                        QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
            rc = 0;
        } else {
            printError(r.message);
            rc = 1;
        }
        QCoreApplication::exit(rc);
    });
    detector.start(port);
    QCoreApplication::exec();
    std::fflush(stdout);
    return rc;
}
