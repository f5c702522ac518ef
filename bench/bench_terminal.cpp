// The terminal under a flood: traffic items in the connection's batches (<= 30 a second, at most
// 2000 items each) into an offscreen TerminalView that is shown, laid out and painted after every
// batch. Prints the time per batch; figures go to docs/PERFORMANCE.md.
//   atstudio-bench-terminal [--items N] [--batch N]
#include "TerminalView.h"
#include "engine/ModuleConnection.h"
#include "terminal/TrafficModel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <algorithm>
#include <cstdio>

namespace {
// A busy module: commands, replies, events and received data, as the engine reports them.
QList<TrafficItem> makeTraffic(int count)
{
    QList<TrafficItem> out;
    out.reserve(count);
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    QByteArray payload(64, '\0');
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 37);
    for (int i = 0; out.size() < count; ++i) {
        const qint64 t = t0 + i;
        TrafficItem command;
        command.kind = TrafficItem::Kind::Command;
        command.msecsSinceEpoch = t;
        command.bytes = "AT+SOCKRD=1,2,64";
        out << command;
        TrafficItem data;
        data.msecsSinceEpoch = t;
        data.frame = AtFrame::line("+SOCKRD:1,64,", AtFrame::Kind::Data);
        data.frame.payload = payload;
        out << data;
        TrafficItem line;
        line.msecsSinceEpoch = t;
        line.frame = AtFrame::line("+WSTALU:1,\"lab-network\",6,-52", AtFrame::Kind::Response);
        out << line;
        TrafficItem urc;
        urc.msecsSinceEpoch = t;
        urc.frame =
            AtFrame::urc("+SOCKIND:1,\"192.168.1.20\",5000", QStringLiteral("socket.connected"));
        out << urc;
        TrafficItem ok;
        ok.msecsSinceEpoch = t + 3;
        ok.frame = AtFrame::okFinal("OK");
        out << ok;
    }
    out.resize(count);
    return out;
}

struct Figures
{
    double mean = 0;
    double p95 = 0;
    double max = 0;
};

Figures run(TerminalView &view, ModuleConnection &connection, const QList<TrafficItem> &traffic,
            int batchSize)
{
    QList<double> times;
    for (qsizetype at = 0; at < traffic.size(); at += batchSize) {
        const QList<TrafficItem> batch = traffic.mid(at, batchSize);
        QElapsedTimer timer;
        timer.start();
        emit connection.traffic(batch);
        // Layout and paint, as the event loop does before the next batch.
        QCoreApplication::processEvents();
        view.repaint();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    Figures f;
    for (double t : times)
        f.mean += t;
    f.mean /= double(times.size());
    f.p95 = times.at(qMin(times.size() - 1, qsizetype(double(times.size()) * 0.95)));
    f.max = times.last();
    return f;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AT Studio bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_terminal"));
    QSettings::setDefaultFormat(QSettings::IniFormat); // the user's settings stay untouched
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QDir::tempPath());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AT Studio terminal under a flood."));
    parser.addHelpOption();
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Traffic items."),
                                         QStringLiteral("n"), QStringLiteral("200000"));
    parser.addOption(itemsOption);
    parser.process(app);
    const int items = qMax(1, parser.value(itemsOption).toInt());
    const QList<TrafficItem> traffic = makeTraffic(items);

    std::printf("%-34s %8s %9s %9s %9s %10s\n", "case", "batch", "mean ms", "p95 ms", "max ms",
                "items/s");
    struct Case
    {
        const char *name;
        int batch;
        bool hex;
        bool paused;
        bool following = true;
    };
    const Case cases[] = {{"text view, following", 2000, false, false},
                          {"text view, following", 500, false, false},
                          {"text view, following", 100, false, false},
                          {"hex view, following", 2000, true, false},
                          {"text view, reading (not following)", 2000, false, false, false},
                          {"paused (rows held back)", 2000, false, true}};
    for (const Case &c : cases) {
        QSettings().clear();
        ModuleConnection connection;
        TerminalView view;
        view.attach(&connection);
        view.resize(1280, 400);
        view.show();
        view.hexAction()->setChecked(c.hex);
        view.pauseAction()->setChecked(c.paused);
        view.followAction()->setChecked(c.following);
        QCoreApplication::processEvents();
        QElapsedTimer total;
        total.start();
        const Figures f = run(view, connection, traffic, c.batch);
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        std::printf("%-34s %8d %9.2f %9.2f %9.2f %10.0f\n", c.name, c.batch, f.mean, f.p95, f.max,
                    double(items) / seconds);
        std::fflush(stdout);
    }
    return 0;
}
