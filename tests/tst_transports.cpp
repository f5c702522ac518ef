// Transports: a serial port on a pseudo-terminal, raw TCP to a serial server, the in-process pipe.
#include "transport/PipeTransport.h"
#include "transport/SerialTransport.h"
#include "transport/TcpTransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

class TstTransports : public QObject
{
    Q_OBJECT
private slots:
    void serialPortOnAPseudoTerminalCarriesBytesBothWays()
    {
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QCOMPARE(grantpt(master), 0);
        QCOMPARE(unlockpt(master), 0);
        termios tio{};
        tcgetattr(master, &tio);
        cfmakeraw(&tio);
        tcsetattr(master, TCSANOW, &tio);
        fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);

        SerialSettings s;
        s.portName = QString::fromLocal8Bit(ptsname(master));
        s.baudRate = 921600;
        SerialTransport port(s);
        QSignalSpy opened(&port, &Transport::opened);
        port.open();
        QCOMPARE(opened.count(), 1);
        QVERIFY(port.description().contains("921600 8N1"));

        QByteArray got;
        connect(&port, &Transport::received, this, [&](const QByteArray &b) { got += b; });
        QCOMPARE(::write(master, "\r\nOK\r\n", 6), 6);
        QTRY_COMPARE(got, QByteArray("\r\nOK\r\n"));

        QCOMPARE(port.write("AT\r\n"), 4);
        QByteArray atMaster;
        QTRY_VERIFY([&] {
            char buf[64];
            const auto n = ::read(master, buf, sizeof buf);
            if (n > 0)
                atMaster.append(buf, n);
            return atMaster == "AT\r\n";
        }());
        port.close();
        ::close(master);
    }

    void aMissingPortIsExplained()
    {
        SerialSettings s;
        s.portName = QStringLiteral("/dev/does-not-exist-atstudio");
        SerialTransport port(s);
        QSignalSpy errors(&port, &Transport::errorOccurred);
        port.open();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains("does not exist"));
        QVERIFY(!port.isOpen());
    }

    void permissionProblemsNameTheDialoutFix()
    {
        const QString text = SerialTransport::explain(QSerialPort::PermissionError,
                                                      QStringLiteral("/dev/ttyUSB0"), QString());
        QVERIFY(text.contains("dialout"));
    }

    void tcpToANetworkSerialServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        TcpTransport link(QStringLiteral("127.0.0.1"), server.serverPort());
        QSignalSpy opened(&link, &Transport::opened);
        link.open();
        QTRY_VERIFY(server.hasPendingConnections() || opened.count() > 0);
        QTRY_COMPARE(opened.count(), 1);
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *peer = server.nextPendingConnection();
        QByteArray got;
        connect(&link, &Transport::received, this, [&](const QByteArray &b) { got += b; });
        peer->write("ready\r\n");
        QTRY_COMPARE(got, QByteArray("ready\r\n"));
        link.write("AT\r\n");
        QByteArray atPeer;
        QTRY_COMPARE((atPeer += peer->readAll()), QByteArray("AT\r\n"));

        QSignalSpy errors(&link, &Transport::errorOccurred);
        peer->close();
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(1).toBool()); // the link is lost
    }

    void networkAddressesAreParsed()
    {
        QString host;
        quint16 port = 0;
        QVERIFY(TcpTransport::parseAddress("10.0.0.5:3000", &host, &port));
        QCOMPARE(host, QString("10.0.0.5"));
        QCOMPARE(port, quint16(3000));
        QVERIFY(TcpTransport::parseAddress("[::1]:23", &host, &port));
        QCOMPARE(host, QString("::1"));
        QVERIFY(!TcpTransport::parseAddress("::1:23", &host, &port));
        QVERIFY(!TcpTransport::parseAddress("host:0", &host, &port));
        QVERIFY(!TcpTransport::parseAddress("host:70000", &host, &port));
        QVERIFY(!TcpTransport::parseAddress("host", &host, &port));
    }

    void thePipeDeliversLaterNeverInsideWrite()
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("virtual"));
        a->open();
        b->open();
        QByteArray got;
        connect(b.get(), &Transport::received, this, [&](const QByteArray &x) { got += x; });
        QCOMPARE(a->write("AT\r\n"), 4);
        QVERIFY(got.isEmpty());
        QTRY_COMPARE(got, QByteArray("AT\r\n"));
        b.reset();
        QSignalSpy errors(a.get(), &Transport::errorOccurred);
        QCOMPARE(a->write("x"), -1);
        QCOMPARE(errors.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstTransports)
#include "tst_transports.moc"
