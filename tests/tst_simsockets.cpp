// The virtual module's real loopback sockets.
#include "sim/SimSockets.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

class TstSimSockets : public QObject
{
    Q_OBJECT
private slots:
    void aTcpClientReachesALoopbackServerAndBack()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        SimSockets s;
        QSignalSpy up(&s, &SimSockets::connected);
        QSignalSpy data(&s, &SimSockets::dataReceived);
        QSignalSpy closed(&s, &SimSockets::closed);
        QVERIFY(s.connectTcp(0, QHostAddress::LocalHost, server.serverPort()));
        QVERIFY(!s.connectTcp(0, QHostAddress::LocalHost, server.serverPort())); // id taken
        QTRY_COMPARE(up.count(), 1);
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *peer = server.nextPendingConnection();
        QCOMPARE(s.send(0, "hello"), 5);
        QByteArray got;
        QTRY_COMPARE((got += peer->readAll()), QByteArray("hello"));
        peer->write("world");
        QTRY_COMPARE(data.count(), 1);
        QCOMPARE(data.at(0).at(1).toByteArray(), QByteArray("world"));
        QCOMPARE(s.info(0)->bytesIn, quint64(5));
        QCOMPARE(s.info(0)->bytesOut, quint64(5));
        peer->close();
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY(!s.exists(0));
    }

    void aRefusedConnectionFails()
    {
        quint16 port;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        SimSockets s;
        QSignalSpy failed(&s, &SimSockets::failed);
        QVERIFY(s.connectTcp(3, QHostAddress::LocalHost, port));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), 3);
        QVERIFY(!s.exists(3));
    }

    void nothingLeavesThisMachine()
    {
        SimSockets s;
        QSignalSpy failed(&s, &SimSockets::failed);
        QVERIFY(s.connectTcp(1, QHostAddress(QStringLiteral("192.168.1.10")), 80));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains("this computer only"));
        QVERIFY(s.openUdp(2, QHostAddress(QStringLiteral("10.0.0.1")), 9, 0));
        QCOMPARE(s.send(2, "x"), 1); // swallowed: nobody is there
    }

    void aServerAcceptsWithTheDialectsNumbering()
    {
        SimSockets s;
        s.setAcceptIdAllocator([&](int) { return s.freeId(4, 7); });
        QVERIFY(s.listenTcp(1, 0));
        const quint16 port = s.info(1)->localPort;
        QSignalSpy accepted(&s, &SimSockets::accepted);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(accepted.at(0).at(1).toInt(), 4);
        QCOMPARE(s.info(4)->kind, SimSockets::Kind::TcpAccepted);
        QCOMPARE(s.info(4)->serverId, 1);
        QCOMPARE(s.send(4, "x"), 1);
        QTRY_COMPARE(client.bytesAvailable(), 1);
        s.close(4);
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    }

    void udpGoesBothWays()
    {
        QUdpSocket peer;
        QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
        SimSockets s;
        QVERIFY(s.openUdp(2, QHostAddress::LocalHost, peer.localPort(), 0));
        QSignalSpy data(&s, &SimSockets::dataReceived);
        QCOMPARE(s.send(2, "ping"), 4);
        QTRY_VERIFY(peer.hasPendingDatagrams());
        const QNetworkDatagram d = peer.receiveDatagram();
        QCOMPARE(d.data(), QByteArray("ping"));
        peer.writeDatagram("pong", QHostAddress::LocalHost, s.info(2)->localPort);
        QTRY_COMPARE(data.count(), 1);
        QCOMPARE(data.at(0).at(1).toByteArray(), QByteArray("pong"));
        QCOMPARE(data.at(0).at(3).toUInt(), uint(peer.localPort()));
    }
};

QTEST_GUILESS_MAIN(TstSimSockets)
#include "tst_simsockets.moc"
