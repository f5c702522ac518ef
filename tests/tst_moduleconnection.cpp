// The GUI's link to a module: the engine in a worker thread, batched traffic, GUI-side replies,
// and reconnection when the link comes back. The module here is a scripted WizFi360 on a loopback
// "network serial server", so that nothing else is involved.
#include "engine/ModuleConnection.h"
#include "log/SessionExport.h"

#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
class FakeSerialServer : public QObject
{
public:
    FakeSerialServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                m_client = s;
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_buffer += s->readAll();
                    int end;
                    while ((end = m_buffer.indexOf("\r\n")) >= 0) {
                        const QByteArray c = m_buffer.left(end);
                        m_buffer.remove(0, end + 2);
                        commands << c;
                        if (c == "AT+GMR")
                            say("AT version:1.1.1.7\r\nOK\r\n");
                        else
                            say("\r\nOK\r\n");
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void say(const QByteArray &b)
    {
        if (m_client)
            m_client->write(b);
    }
    void dropClient()
    {
        if (m_client)
            m_client->abort();
    }
    QList<QByteArray> commands;
    int connections = 0;

private:
    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    QByteArray m_buffer;
};
} // namespace

class TstModuleConnection : public QObject
{
    Q_OBJECT
private slots:
    void openingRunsTheSetupInTheWorkerAndRepliesFinishInTheGuiThread()
    {
        FakeSerialServer module;
        ModuleConnection c;
        QSignalSpy states(&c, &ModuleConnection::stateChanged);
        c.openNetwork(QStringLiteral("127.0.0.1"), module.port(), QStringLiteral("wizfi360"));
        QTRY_COMPARE(c.state(), ModuleConnection::State::Open);
        QTRY_COMPARE(module.commands, (QList<QByteArray>{"ATE0"}));
        AtReply *reply = c.send("AT+GMR");
        reply->setAutoDelete(false);
        QThread *finishedIn = nullptr;
        connect(reply, &AtReply::finished, this, [&] { finishedIn = QThread::currentThread(); });
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->ok());
        QCOMPARE(reply->lines(), (QList<QByteArray>{"AT version:1.1.1.7"}));
        QCOMPARE(finishedIn, QThread::currentThread());
        QCOMPARE(reply->thread(), QThread::currentThread());
        delete reply;
    }

    void trafficArrivesInBatchesInStreamOrder()
    {
        FakeSerialServer module;
        ModuleConnection c;
        QList<TrafficItem> items;
        int batches = 0;
        connect(&c, &ModuleConnection::traffic, this, [&](const QList<TrafficItem> &b) {
            items += b;
            ++batches;
        });
        c.openNetwork(QStringLiteral("127.0.0.1"), module.port(), QStringLiteral("wizfi360"));
        QTRY_COMPARE(module.commands.size(), 1);
        AtReply *reply = c.send("AT+GMR");
        QTRY_VERIFY(items.size() >= 5);
        QStringList seen;
        for (const TrafficItem &i : items)
            seen << (i.kind == TrafficItem::Kind::Command ? QString::fromUtf8(i.bytes)
                                                          : AtFrame::kindName(i.frame.kind));
        QCOMPARE(seen.mid(0, 5), (QStringList{"ATE0", "final", "AT+GMR", "response", "final"}));
        QVERIFY(batches <= items.size());
        Q_UNUSED(reply)
    }

    void eventsDataAndCountersReachTheGui()
    {
        FakeSerialServer module;
        ModuleConnection c;
        QSignalSpy events(&c, &ModuleConnection::events);
        QByteArray data;
        connect(&c, &ModuleConnection::socketData, this, [&](int socket, const QByteArray &b) {
            if (socket == 0)
                data += b;
        });
        ConnectionStats last;
        connect(&c, &ModuleConnection::statsUpdated, this,
                [&](const ConnectionStats &s) { last = s; });
        c.openNetwork(QStringLiteral("127.0.0.1"), module.port(), QStringLiteral("wizfi360"));
        QTRY_COMPARE(module.commands.size(), 1);
        module.say("WIFI CONNECTED\r\n+IPD,0,7:a\r\nOK\r\n+IPD,0,3:xyz");
        QTRY_COMPARE(data, QByteArray("a\r\nOK\r\nxyz"));
        QTRY_VERIFY(events.count() >= 1);
        QCOMPARE(events.at(0).at(0).value<QList<AtEvent>>().first().name,
                 QString("wifi.connected"));
        QTRY_VERIFY(last.bytesIn >= 40);
        QVERIFY(last.bytesOut >= 6);
    }

    void aLinkThatComesBackIsReopenedAndResynchronised()
    {
        FakeSerialServer module;
        ModuleConnection c;
        QSignalSpy reconnected(&c, &ModuleConnection::reconnected);
        QSignalSpy errors(&c, &ModuleConnection::errorOccurred);
        c.openNetwork(QStringLiteral("127.0.0.1"), module.port(), QStringLiteral("wizfi360"));
        QTRY_COMPARE(module.commands.size(), 1);
        module.dropClient();
        QTRY_COMPARE(c.state(), ModuleConnection::State::Reconnecting);
        QVERIFY(errors.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() == 1, 5000);
        QCOMPARE(c.state(), ModuleConnection::State::Open);
        QTRY_COMPARE(module.commands, (QList<QByteArray>{"ATE0", "ATE0"}));
        QCOMPARE(module.connections, 2);
    }

    void closingCancelsWhatIsPendingAndSendingWhenClosedFailsClearly()
    {
        FakeSerialServer module;
        ModuleConnection c;
        c.openNetwork(QStringLiteral("127.0.0.1"), module.port(), QStringLiteral("wizfi360"));
        QTRY_COMPARE(module.commands.size(), 1);
        AtReply *stuck = c.send("AT+CWLAP"); // the fake module answers, but close comes first
        stuck->setAutoDelete(false);
        c.close();
        QCOMPARE(c.state(), ModuleConnection::State::Closed);
        AtReply *late = c.send("AT");
        late->setAutoDelete(false);
        QTRY_VERIFY(late->isFinished());
        QCOMPARE(late->error(), AtReply::Error::Transport);
        delete stuck;
        delete late;
    }

    void everyByteBothWaysGoesToTheSessionLogFromTheMomentOfConnection()
    {
        QTemporaryDir dir;
        FakeSerialServer module;
        ModuleConnection c;
        c.setLogDirectory(dir.path());
        QSignalSpy logStarted(&c, &ModuleConnection::logStarted);
        c.openNetwork(QStringLiteral("127.0.0.1"), module.port(), QStringLiteral("wizfi360"));
        QTRY_COMPARE(module.commands.size(), 1);
        module.say(QByteArray("+IPD,0,4:\x00\x01\r\n", 13));
        AtReply *reply = c.send("AT+GMR");
        reply->setAutoDelete(false);
        QTRY_VERIFY(reply->isFinished());
        QTRY_COMPARE(logStarted.count(), 1);
        const QString file = c.logFile();
        QVERIFY(file.startsWith(dir.path()));
        c.close(); // flushes the log
        QList<TranscriptProblem> problems;
        const QList<TranscriptEntry> entries = SessionExport::readSessionFiles({file}, &problems);
        QVERIFY(problems.isEmpty());
        QByteArray sent, received;
        for (const TranscriptEntry &e : entries)
            (e.direction == TranscriptEntry::Direction::ToModule ? sent : received) += e.bytes;
        QCOMPARE(sent, QByteArray("ATE0\r\nAT+GMR\r\n"));
        QVERIFY(received.contains(QByteArray("+IPD,0,4:\x00\x01\r\n", 13)));
        QVERIFY(received.contains("AT version:1.1.1.7\r\nOK\r\n"));
        delete reply;
    }

    void aRecordedSessionReplaysIntoTrafficAndEvents()
    {
        ModuleConnection c;
        QList<TrafficItem> items;
        QList<AtEvent> events;
        connect(&c, &ModuleConnection::traffic, this,
                [&](const QList<TrafficItem> &b) { items += b; });
        connect(&c, &ModuleConnection::events, this, [&](const QList<AtEvent> &e) { events += e; });
        QSignalSpy done(&c, &ModuleConnection::replayFinished);
        const auto entries =
            Transcript::parse(">> AT+GMR\\r\\n\n<< AT version:1.1.1.7\\r\\nOK\\r\\n\n"
                              "@2.5 << WIFI CONNECTED\\r\\n\n");
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1700000000000);
        c.replay(entries, QStringLiteral("wizfi360"), start);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 3);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).kind, TrafficItem::Kind::Command);
        QCOMPARE(items.at(0).bytes, QByteArray("AT+GMR"));
        QCOMPARE(items.at(3).msecsSinceEpoch, start.toMSecsSinceEpoch() + 2500);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).name, QString("wifi.connected"));
        QCOMPARE(c.state(), ModuleConnection::State::Closed); // nothing to send to
    }

    void anUnknownDialectIsRefused()
    {
        ModuleConnection c;
        QSignalSpy errors(&c, &ModuleConnection::errorOccurred);
        c.openNetwork(QStringLiteral("127.0.0.1"), 1, QStringLiteral("esp01"));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(c.state(), ModuleConnection::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TstModuleConnection)
#include "tst_moduleconnection.moc"
