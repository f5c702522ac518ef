// `atstudio-cli replay` as a user runs it: exit codes, messages, JSON Lines on stdout.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATSTUDIO_CLI), args);
    if (!p.waitForFinished(30000))
        qFatal("atstudio-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString writeFile(QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

QList<QJsonObject> objects(const QByteArray &out)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object: %s", line.constData());
        list << doc.object();
    }
    return list;
}
} // namespace

class TstReplayCli : public QObject
{
    Q_OBJECT
private slots:
    void aTranscriptReplaysToOneJsonObjectPerFrame()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, "s.transcript",
                                       "# join and read\n"
                                       ">> AT+CIPSEND=0,4\\r\\n\n"
                                       "<< \\r\\nOK\\r\\n> \n"
                                       ">> ab\\r\\n\n"
                                       "<< \\r\\nSEND OK\\r\\n\n"
                                       "<< \\r\\n+IPD,0,6:OK\\r\\nxy\\r\\n\n");
        const Result r = runCli({"replay", "--module", "wizfi360", file});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> frames = objects(r.out);
        QCOMPARE(frames.size(), 4);
        QCOMPARE(frames[0]["kind"].toString(), QString("response"));
        QCOMPARE(frames[1]["kind"].toString(), QString("prompt"));
        QCOMPARE(frames[2]["kind"].toString(), QString("final"));
        QCOMPARE(frames[2]["ok"].toBool(), true);
        QCOMPARE(frames[3]["kind"].toString(), QString("data"));
        QCOMPARE(frames[3]["socket"].toInt(), 0);
        QCOMPARE(frames[3]["length"].toInt(), 6);
        QCOMPARE(frames[3]["hex"].toString(), QString("4f4b0d0a7879"));
    }

    void aRawCaptureIsFramedWithNothingInFlight()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, "cap.bin", QByteArray("\x00\xffready\r\nOK\r\n", 13));
        const Result r = runCli({"replay", "--module", "wizfi360", "--raw", file});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> frames = objects(r.out);
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0]["kind"].toString(), QString("noise"));
        QCOMPARE(frames[0]["hex"].toString(), QString("00ff"));
        QCOMPARE(frames[1]["event"].toString(), QString("module.ready"));
        QCOMPARE(frames[2]["kind"].toString(), QString("line")); // an OK with nothing in flight
    }

    void anUnknownModuleIdExitsWithTwoAndSaysWhichAreKnown()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, "s.transcript", "<< OK\\r\\n\n");
        const Result r = runCli({"replay", "--module", "esp8266", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("esp8266"));
        QVERIFY(r.err.contains("wizfi360"));
        QVERIFY(r.out.isEmpty());
    }

    void anUnreadableFileExitsWithTwo()
    {
        const Result r = runCli({"replay", "--module", "air602", "/nonexistent/x.transcript"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("/nonexistent/x.transcript"));
    }

    void aMissingModuleOptionExitsWithTwo()
    {
        const Result r = runCli({"replay", "x"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--module"));
    }

    void badTranscriptLinesAreReportedButTheRestReplays()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, "s.transcript", "garbage line\n<< ready\\r\\n\n");
        const Result r = runCli({"replay", "--module", "wizfi360", file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(":1:"));
        QCOMPARE(objects(r.out).size(), 1);
    }

    void anUnknownCommandExitsWithTwo()
    {
        const Result r = runCli({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("frobnicate"));
    }
};

QTEST_GUILESS_MAIN(TstReplayCli)
#include "tst_replaycli.moc"
