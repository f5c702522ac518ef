// Engine throughput per dialect: module bytes through the framer, classifier and session logic,
// in serial-port-sized reads. Prints MB/s; figures go to docs/PERFORMANCE.md.
//   atstudio-bench-engine [--mb N] [--chunk BYTES] [--payload BYTES]
#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "engine/AtInterpreter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace {
struct Exchange
{
    QByteArray host;   // a command that must be in flight first (empty: none)
    QByteArray module; // what the module sends
};

// One received block of `n` bytes in the dialect's own receive framing, plus a little chatter.
Exchange receiveBlock(const QString &id, const QByteArray &data, int i)
{
    const QByteArray n = QByteArray::number(data.size());
    if (id == QLatin1String("wizfi360"))
        return {{}, "\r\n+IPD,0," + n + ':' + data + (i % 16 == 0 ? "\r\nWIFI GOT IP\r\n" : "")};
    if (id == QLatin1String("wizfi310") || id == QLatin1String("wizfi250"))
        return {{}, "{0,127.0.0.1,5000," + n + '}' + data + "\r\n" + (i % 16 == 0 ? "\r\n[LISTEN 1]\r\n" : "")};
    if (id == QLatin1String("pic32mzw1"))
        return {"AT+SOCKRD=1,2," + n + "\r\n", "+SOCKRD:1," + n + ",\r\n#" + data + "OK\r\n"};
    return {{}, "+SKTRPT=1," + n + ",127.0.0.1,5000\r\n\r\n" + data};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AT Studio engine throughput per dialect."));
    parser.addHelpOption();
    const QCommandLineOption mbOption(QStringLiteral("mb"), QStringLiteral("Megabytes per dialect."),
                                      QStringLiteral("n"), QStringLiteral("64"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk"), QStringLiteral("Bytes per read."),
                                         QStringLiteral("bytes"), QStringLiteral("4096"));
    const QCommandLineOption payloadOption(QStringLiteral("payload"),
                                           QStringLiteral("Bytes per received block."),
                                           QStringLiteral("bytes"), QStringLiteral("1460"));
    parser.addOptions({mbOption, chunkOption, payloadOption});
    parser.process(app);
    const qint64 total = parser.value(mbOption).toLongLong() * 1024 * 1024;
    const int chunk = qMax(1, parser.value(chunkOption).toInt());
    const int payloadSize = qMax(1, parser.value(payloadOption).toInt());

    QByteArray data(payloadSize, '\0');
    for (int i = 0; i < payloadSize; ++i)
        data[i] = char((i * 131) ^ (i >> 3)); // binary, with CR, LF and "OK" inside

    std::printf("%-10s %10s %10s %12s\n", "dialect", "MB", "seconds", "MB/s");
    for (const QString &id : DialectRegistry::ids()) {
        // Build one stream of exchanges first, so that only the engine is timed.
        QList<Exchange> script;
        qint64 bytes = 0;
        for (int i = 0; bytes < total; ++i) {
            script << receiveBlock(id, data, i);
            bytes += script.last().module.size();
        }
        auto dialect = DialectRegistry::create(id);
        qint64 payloadBytes = 0;
        qint64 frames = 0;
        AtInterpreter interpreter(*dialect, [&](const AtFrame &f) {
            ++frames;
            if (f.kind == AtFrame::Kind::Data)
                payloadBytes += f.payload.size();
        });
        QElapsedTimer clock;
        clock.start();
        for (const Exchange &e : script) {
            if (!e.host.isEmpty())
                interpreter.hostBytes(e.host);
            for (qsizetype at = 0; at < e.module.size(); at += chunk)
                interpreter.moduleBytes(QByteArrayView(e.module).sliced(at, qMin<qsizetype>(chunk, e.module.size() - at)));
        }
        interpreter.endOfInput();
        const double seconds = clock.nsecsElapsed() / 1e9;
        const double mb = bytes / 1048576.0;
        const bool allThere = payloadBytes == qint64(script.size()) * payloadSize;
        std::printf("%-10s %10.1f %10.3f %12.1f%s\n", qPrintable(id), mb, seconds, mb / seconds,
                    allThere ? "" : "  PAYLOAD LOST");
        if (!allThere)
            return 1;
        Q_UNUSED(frames)
    }
    return 0;
}
