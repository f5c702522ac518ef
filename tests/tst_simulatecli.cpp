// `atstudio-cli simulate` as a user runs it: a pseudo-terminal any serial client can open, with a
// stable link, and a clean exit on Ctrl+C.
#include "dialects/DialectRegistry.h"
#include "engine/AtSession.h"
#include "dialects/Dialect.h"
#include "engine/ModuleConnection.h"
#include "transport/SerialTransport.h"

#include <QSignalSpy>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TstSimulateCli : public QObject
{
    Q_OBJECT
private slots:
    void eachModuleAnswersItsIdentityQueriesOnAPseudoTerminal_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : DialectRegistry::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void eachModuleAnswersItsIdentityQueriesOnAPseudoTerminal()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("tty-") + id);
        QProcess sim;
        sim.start(QStringLiteral(ATSTUDIO_CLI), {"simulate", "--module", id, "--link", link});
        QVERIFY(sim.waitForStarted());
        QVERIFY(sim.waitForReadyRead(10000));
        const QString device = QString::fromLocal8Bit(sim.readLine()).trimmed();
        QVERIFY2(device.startsWith("/dev/pts/"), qPrintable(device));
        QTRY_VERIFY(QFileInfo::exists(link));
        QCOMPARE(QFileInfo(link).symLinkTarget(), device);

        SerialSettings s;
        s.portName = link;
        SerialTransport port(s);
        AtSession session(DialectRegistry::create(id));
        session.setTransport(&port);
        port.open();
        QVERIFY(port.isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(session.isIdle(), 10000); // the dialect's setup ran
        for (const QByteArray &query : session.dialect().identityQueries()) {
            AtReply *reply = session.send(query);
            reply->setAutoDelete(false);
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QVERIFY2(reply->ok(), qPrintable(query + ": " + reply->errorString()));
            // The answer carries something: reply lines, or a value in the final (Air602 "+OK=<v>").
            QVERIFY2(!reply->responses().isEmpty() || reply->finalFrame().text.size() > 4,
                     query.constData());
            delete reply;
        }
        port.close();
        ::kill(pid_t(sim.processId()), SIGINT);
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(link) && !QFileInfo(link).isSymLink());
    }

    void aVanishingPortIsFollowedBackToTheSamePath()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("tty-unplug"));
        QProcess sim;
        sim.start(QStringLiteral(ATSTUDIO_CLI),
                  {"simulate", "--module", "wizfi360", "--link", link, "--faults", "unplug=2s,seed=3"});
        QVERIFY(sim.waitForStarted());
        QVERIFY(sim.waitForReadyRead(10000));
        QTRY_VERIFY(QFileInfo::exists(link));
        ModuleConnection c;
        QSignalSpy reconnected(&c, &ModuleConnection::reconnected);
        QSignalSpy restarted(&c, &ModuleConnection::moduleRestarted);
        SerialSettings s;
        s.portName = link;
        c.openSerial(s, QStringLiteral("wizfi360"));
        QTRY_COMPARE(c.state(), ModuleConnection::State::Open);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), ModuleConnection::State::Reconnecting, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1, 10000);
        // Back at the same path, the module answers again.
        AtReply *reply = c.send("AT");
        reply->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY2(reply->ok(), qPrintable(reply->errorString()));
        delete reply;
        c.close();
        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 0);
    }

    void badOptionsAreRefusedClearly()
    {
        QProcess p;
        p.start(QStringLiteral(ATSTUDIO_CLI), {"simulate", "--module", "esp01"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("esp01"));
        p.start(QStringLiteral(ATSTUDIO_CLI), {"simulate", "--module", "wizfi360", "--faults", "gremlins=1"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("gremlins"));
        p.start(QStringLiteral(ATSTUDIO_CLI), {"simulate", "--module", "wizfi360", "--world", "/nonexistent.json"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("/nonexistent.json"));
    }
};

QTEST_GUILESS_MAIN(TstSimulateCli)
#include "tst_simulatecli.moc"
