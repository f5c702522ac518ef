// The sockets panel, driven only through its widgets, against each family's virtual module with
// real loopback peers: what the send box sends arrives at the peer (text, hex, repeated), what the
// peer sends shows in the received view, the table counts both ways, a TCP server accepts a real
// connection, UDP works both ways, sockets close one by one or all at once; a bad form cannot be
// sent and says why; kinds the family lacks are disabled with the reason.
#include "support/LoopbackPeers.h"
#include "support/VirtualBench.h"
#include "panels/ByteView.h"
#include "panels/PanelSupport.h"
#include "panels/SendBox.h"
#include "panels/SocketsPanel.h"
#include "services/SocketService.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QDebug>
#include <QTest>
#include <memory>

namespace {

constexpr int WaitMs = 15000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A module connection with the socket service and the panel, as the main window has them.
struct Bench
{
    ModuleConnection connection;
    SocketService service{&connection};
    SocketsPanel panel{&service};

    Bench() { VirtualBench::printTrafficWhenAsked(connection); }

    template <typename T> T *w(const char *name)
    {
        T *widget = panel.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    bool open(const QString &id)
    {
        panel.resize(1100, 700);
        panel.show();
        // Sockets need a link; joining is the Wi-Fi panel's business, done through its service.
        return VirtualBench::open(connection, id, WaitMs) && service.isConnected() &&
               VirtualBench::joinLab(connection);
    }

    void setKind(SocketKind kind)
    {
        auto *box = w<QComboBox>("kind");
        box->setCurrentIndex(box->findData(int(kind), Qt::UserRole));
    }
    void type(const char *field, const QString &text)
    {
        auto *edit = w<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void clickOpen()
    {
        auto *button = w<QPushButton>("open");
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // Type into the send box and press Send.
    void sendText(const QString &text, int repeat = 1)
    {
        auto *mode = w<QComboBox>("sendMode");
        mode->setCurrentIndex(mode->findData(int(SendBox::Mode::Text)));
        auto *edit = w<QPlainTextEdit>("sendText");
        edit->clear();
        QTest::keyClicks(edit, text);
        w<QSpinBox>("sendRepeat")->setValue(repeat);
        auto *send = w<QPushButton>("send");
        QTRY_VERIFY2_WITH_TIMEOUT(send->isEnabled(), qPrintable(send->toolTip()), WaitMs);
        QTest::mouseClick(send, Qt::LeftButton);
    }
    int rows() { return service.sockets()->rowCount(); }
    QString cell(int row, int column)
    {
        return service.sockets()->index(row, column).data().toString();
    }
    QString status() { return w<QLabel>("status")->text(); }
    QString shownReceived() { return w<ByteView>("received")->shownText(); }
    void selectRow(int row) { w<QTableView>("socketTable")->selectRow(row); }
    // Wait until the service ran everything the panel asked for.
    bool idle()
    {
        return QTest::qWaitFor([this] { return !service.isBusy(); }, WaitMs);
    }
};

} // namespace

class TstSocketsPanel : public QObject
{
    Q_OBJECT

private slots:
    void families_data();
    void tcpClient_data() { families_data(); }
    void tcpClient();
    void tcpServer_data() { families_data(); }
    void tcpServer();
    void udp_data() { families_data(); }
    void udp();
    void dataMode_data() { families_data(); }
    void dataMode();
    void aModuleRestartClosesEverySocket();
    void validation_data() { families_data(); }
    void validation();
    void missingFeatures();
    void disconnected();
    void byteViewHex();
    void sendBoxHex();
};

void TstSocketsPanel::families_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"wizfi310", "wizfi360", "wizfi250", "pic32mzw1", "air602"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TstSocketsPanel::tcpClient()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("this family's socket commands are not in the build");
    if (!b.service.capabilities().tcpClient.available)
        QSKIP(qPrintable(b.service.capabilities().tcpClient.reason));

    TcpPeerServer peer(false);
    b.setKind(SocketKind::TcpClient);
    b.type("host", QStringLiteral("127.0.0.1"));
    b.type("port", QString::number(peer.port()));
    b.clickOpen();
    QTRY_COMPARE_WITH_TIMEOUT(b.rows(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.service.sockets()->at(0).state, SocketsModel::State::Open, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(peer.connections(), 1, WaitMs);
    QVERIFY2(b.status().contains(QString::number(peer.port())), qPrintable(b.status()));
    // The new socket is selected: the send box and the received view are its.
    QCOMPARE(b.panel.selectedSocket(), b.service.sockets()->at(0).number);

    // Text with a line ending, repeated.
    auto *ending = b.w<QComboBox>("sendLineEnding");
    ending->setCurrentIndex(ending->findData(QByteArray("\r\n")));
    b.sendText(QStringLiteral("hello"), 3);
    QTRY_COMPARE_WITH_TIMEOUT(peer.received(), QByteArray("hello\r\nhello\r\nhello\r\n"), WaitMs);
    QVERIFY(b.idle());

    // Hex bytes, including ones no keyboard types.
    auto *mode = b.w<QComboBox>("sendMode");
    mode->setCurrentIndex(mode->findData(int(SendBox::Mode::Hex)));
    b.w<QSpinBox>("sendRepeat")->setValue(2);
    QTest::keyClicks(b.w<QPlainTextEdit>("sendHex"), QStringLiteral("00 ff 41 0d 0a"));
    auto *send = b.w<QPushButton>("send");
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    const QByteArray hexBytes = QByteArray::fromHex("00ff410d0a");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received().size(), 21 + 2 * hexBytes.size(), WaitMs);
    QCOMPARE(peer.received().right(10), hexBytes + hexBytes);
    QVERIFY(b.idle());
    QTRY_COMPARE_WITH_TIMEOUT(b.cell(0, SocketsModel::BytesOut).toInt(), 31, WaitMs);

    // The peer answers: the received view of the selected socket shows it, the table counts it.
    peer.send("pong from the peer\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(b.shownReceived().contains(QLatin1String("pong from the peer")),
                             WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.cell(0, SocketsModel::BytesIn).toInt(), 20, WaitMs);
    // The same bytes as hex.
    b.w<QCheckBox>("receivedHex")->setChecked(true);
    QVERIFY2(b.shownReceived().contains(QLatin1String("70 6F 6E 67")),
             qPrintable(b.shownReceived()));

    // Close it from the panel: the peer sees the connection end; the row stays, closed.
    QTest::mouseClick(b.w<QPushButton>("close"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(b.service.sockets()->at(0).state, SocketsModel::State::Closed,
                              WaitMs);
    QVERIFY(!b.w<QPushButton>("send")->isEnabled());
    QVERIFY(!b.w<QPushButton>("close")->isEnabled());
}

void TstSocketsPanel::tcpServer()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("this family's socket commands are not in the build");
    if (!b.service.capabilities().tcpServer.available)
        QSKIP(qPrintable(b.service.capabilities().tcpServer.reason));

    const quint16 port = freePort();
    b.setKind(SocketKind::TcpServer);
    QVERIFY(!b.w<QLineEdit>("host")->isEnabled());
    b.type("port", QString::number(port));
    b.clickOpen();
    QTRY_COMPARE_WITH_TIMEOUT(b.rows(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.service.sockets()->at(0).state, SocketsModel::State::Listening,
                              WaitMs);
    // A listening socket has nobody to send to.
    QVERIFY(!b.w<QPushButton>("send")->isEnabled());

    // A client on this machine connects to the module's port and talks first: the accepted
    // connection gets its row, selected, and shows what the client sent.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(WaitMs));
    client.write("from the client\n");
    QTRY_VERIFY_WITH_TIMEOUT(b.shownReceived().contains(QLatin1String("from the client")), WaitMs);
    // Most families give the accepted connection a number of its own; the WizFi250 and WizFi310
    // carry it on the listening socket's number, whose row turns Open.
    const bool ownNumber = id != QLatin1String("wizfi250") && id != QLatin1String("wizfi310");
    const int row = ownNumber ? 1 : 0;
    if (ownNumber) {
        QCOMPARE(b.rows(), 2);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(b.service.sockets()->at(0).state, SocketsModel::State::Open,
                                  WaitMs);
        QCOMPARE(b.rows(), 1);
    }
    const int accepted = b.service.sockets()->at(row).number;
    QCOMPARE(b.panel.selectedSocket(), accepted);
    b.sendText(QStringLiteral("from the module"));
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll()).contains("from the module"), WaitMs);
    QVERIFY(b.idle());
    QCOMPARE(b.cell(row, SocketsModel::BytesIn).toInt(), 16);
    QTRY_COMPARE_WITH_TIMEOUT(b.cell(row, SocketsModel::BytesOut).toInt(), 15, WaitMs);

    // Close all: the server and its connection.
    QTest::mouseClick(b.w<QPushButton>("closeAll"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(b.service.sockets()->openNumbers().isEmpty(), WaitMs);
    QVERIFY2(b.status().contains(QLatin1String("closed")), qPrintable(b.status()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, WaitMs);
    QVERIFY(!b.w<QPushButton>("closeAll")->isEnabled());
}

void TstSocketsPanel::dataMode()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.capabilities().transparentMode.available) {
        // Shown, but disabled with the reason.
        QVERIFY(!b.w<QCheckBox>("dataMode")->isEnabled());
        QSKIP(qPrintable(b.service.capabilities().transparentMode.reason));
    }

    // Opened straight into data mode: what the send box sends reaches the peer as it is, and
    // the peer's bytes (even ones that look like a module's final) are shown, not interpreted.
    TcpPeerServer peer(false);
    b.setKind(SocketKind::TcpClient);
    b.type("host", QStringLiteral("127.0.0.1"));
    b.type("port", QString::number(peer.port()));
    b.w<QCheckBox>("dataMode")->setChecked(true);
    b.clickOpen();
    QTRY_VERIFY2_WITH_TIMEOUT(b.service.dataModeSocket() >= 0, qPrintable(b.status()), WaitMs);
    QCOMPARE(b.panel.selectedSocket(), b.service.dataModeSocket());
    QTRY_COMPARE_WITH_TIMEOUT(peer.connections(), 1, WaitMs);
    b.sendText(QStringLiteral("raw bytes, no AT"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.received(), QByteArray("raw bytes, no AT"), WaitMs);
    peer.send("OK\r\nERROR\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(b.shownReceived().contains(QLatin1String("ERROR")), WaitMs);

    // Leave: the escape goes out alone between silences and the module takes commands again.
    auto *leave = b.w<QPushButton>("leaveDataMode");
    QTRY_VERIFY2_WITH_TIMEOUT(leave->isEnabled(), qPrintable(leave->toolTip()), WaitMs);
    QTest::mouseClick(leave, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(b.service.dataModeSocket(), -1, 3 * WaitMs);
    QCOMPARE(b.service.sockets()->at(0).state, SocketsModel::State::Open);
    QCOMPARE(peer.received(), QByteArray("raw bytes, no AT")); // the escape is not the peer's

    // And back in with the button, on the same socket.
    auto *enter = b.w<QPushButton>("enterDataMode");
    QTRY_VERIFY2_WITH_TIMEOUT(enter->isEnabled(), qPrintable(enter->toolTip()), WaitMs);
    QTest::mouseClick(enter, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(b.service.dataModeSocket() >= 0, qPrintable(b.status()), WaitMs);
    b.sendText(QStringLiteral(" again"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.received(), QByteArray("raw bytes, no AT again"), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(leave->isEnabled(), WaitMs);
    QTest::mouseClick(leave, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(b.service.dataModeSocket(), -1, 3 * WaitMs);
    QTest::mouseClick(b.w<QPushButton>("closeAll"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(b.service.sockets()->openNumbers().isEmpty(), WaitMs);
    QVERIFY(b.idle());
}

void TstSocketsPanel::aModuleRestartClosesEverySocket()
{
    // Typed in the terminal, as a user would: the module reboots and forgets its sockets.
    Bench b;
    QVERIFY(b.open(QStringLiteral("wizfi360")));
    TcpPeerServer peer(false);
    b.setKind(SocketKind::TcpClient);
    b.type("host", QStringLiteral("127.0.0.1"));
    b.type("port", QString::number(peer.port()));
    b.clickOpen();
    QTRY_COMPARE_WITH_TIMEOUT(b.service.sockets()->openNumbers().size(), 1, WaitMs);
    QVERIFY(b.idle());
    b.connection.send("AT+RST");
    QTRY_VERIFY_WITH_TIMEOUT(b.service.sockets()->openNumbers().isEmpty(), WaitMs);
    QCOMPARE(b.service.sockets()->at(0).state, SocketsModel::State::Closed);
    QVERIFY(!b.w<QPushButton>("send")->isEnabled());
}

void TstSocketsPanel::udp()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("this family's socket commands are not in the build");
    if (!b.service.capabilities().udp.available)
        QSKIP(qPrintable(b.service.capabilities().udp.reason));

    UdpPeer peer(false);
    const quint16 local = freePort();
    b.setKind(SocketKind::Udp);
    QVERIFY(b.w<QLineEdit>("localPort")->isEnabled());
    b.type("host", QStringLiteral("127.0.0.1"));
    b.type("port", QString::number(peer.port()));
    b.type("localPort", QString::number(local));
    b.clickOpen();
    QTRY_COMPARE_WITH_TIMEOUT(b.rows(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.service.sockets()->at(0).state, SocketsModel::State::Open, WaitMs);

    b.sendText(QStringLiteral("datagram"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.received(), QByteArray("datagram"), WaitMs);
    QVERIFY(b.idle());
    // The module sent from the local port the form asked for; the peer answers there.
    QCOMPARE(peer.lastSenderPort(), local);
    peer.sendTo(local, "answer");
    QTRY_VERIFY_WITH_TIMEOUT(b.shownReceived().contains(QLatin1String("answer")), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.cell(0, SocketsModel::BytesIn).toInt(), 6, WaitMs);
    QCOMPARE(b.cell(0, SocketsModel::BytesOut).toInt(), 8);

    // A second socket, then close all.
    TcpPeerServer tcp;
    if (b.service.capabilities().tcpClient.available) {
        b.setKind(SocketKind::TcpClient);
        b.type("port", QString::number(tcp.port()));
        b.clickOpen();
        QTRY_COMPARE_WITH_TIMEOUT(b.service.sockets()->openNumbers().size(), 2, WaitMs);
    }
    QTest::mouseClick(b.w<QPushButton>("closeAll"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(b.service.sockets()->openNumbers().isEmpty(), WaitMs);
    // Closed rows go on request.
    QTest::mouseClick(b.w<QPushButton>("removeClosed"), Qt::LeftButton);
    QCOMPARE(b.rows(), 0);
    QCOMPARE(b.panel.selectedSocket(), -1);
}

void TstSocketsPanel::validation()
{
    QFETCH(QString, id);
    if (!VirtualBench::haveModule(id))
        QSKIP("this family's virtual module is not in the build");
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("this family's socket commands are not in the build");

    auto *open = b.w<QPushButton>("open");
    auto *portProblem = b.w<QLabel>("portProblem");
    auto *hostProblem = b.w<QLabel>("hostProblem");
    b.setKind(SocketKind::TcpClient);
    QVERIFY(!open->isEnabled()); // empty form
    b.type("host", QStringLiteral("127.0.0.1"));
    b.type("port", QStringLiteral("70000"));
    QVERIFY(!open->isEnabled());
    QVERIFY(portProblem->isVisible());
    QVERIFY2(portProblem->text().contains(QLatin1String("65535")), qPrintable(portProblem->text()));
    b.type("port", QStringLiteral("80x"));
    QVERIFY(!open->isEnabled());
    QVERIFY(!portProblem->text().isEmpty());
    b.type("port", QStringLiteral("8080"));
    QVERIFY2(open->isEnabled(), qPrintable(open->toolTip()));
    QVERIFY(!portProblem->isVisible());
    b.type("host", QStringLiteral("bad host!"));
    QVERIFY(!open->isEnabled());
    QVERIFY(hostProblem->isVisible());
    QCOMPARE(open->toolTip(), hostProblem->text());

    // A refused connection (nothing listens there) comes back as the module's error.
    const quint16 closedPort = freePort();
    b.type("host", QStringLiteral("127.0.0.1"));
    b.type("port", QString::number(closedPort));
    b.clickOpen();
    QVERIFY(b.idle());
    auto *status = b.w<ActionStatus>("status");
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().endsWith(u'…'), WaitMs);
    QVERIFY2(!status->lastOk(), qPrintable(status->text()));
    QVERIFY(b.service.sockets()->openNumbers().isEmpty());
}

void TstSocketsPanel::missingFeatures()
{
    // Every family that lacks a kind or data mode shows it disabled with the reason.
    int checked = 0;
    for (const char *family : {"wizfi310", "wizfi360", "wizfi250", "pic32mzw1", "air602"}) {
        const QString id = QString::fromLatin1(family);
        if (!VirtualBench::haveModule(id))
            continue;
        Bench b;
        b.connection.openVirtual(id);
        QTRY_VERIFY_WITH_TIMEOUT(b.service.isConnected(), WaitMs);
        auto *kinds = b.w<QComboBox>("kind");
        for (int row = 0; row < kinds->count(); ++row) {
            const auto kind = SocketKind(kinds->itemData(row, Qt::UserRole).toInt());
            const auto f = b.service.feature(kind);
            const auto *item = static_cast<QStandardItemModel *>(kinds->model())->item(row);
            QCOMPARE(item->isEnabled(), f.available);
            if (!f.available) {
                QCOMPARE(item->toolTip(), f.reason);
                QVERIFY(!f.reason.isEmpty());
                ++checked;
            }
        }
        const auto &transparent = b.service.capabilities().transparentMode;
        for (const char *name : {"dataMode", "enterDataMode", "leaveDataMode"}) {
            auto *widget = b.panel.findChild<QWidget *>(QLatin1String(name));
            if (!transparent.available) {
                QVERIFY(!widget->isEnabled());
                QCOMPARE(widget->toolTip(), transparent.reason);
                ++checked;
            }
        }
    }
    if (checked == 0)
        QSKIP("every family in the build has every socket feature");
}

void TstSocketsPanel::disconnected()
{
    ModuleConnection connection;
    SocketService service(&connection);
    SocketsPanel panel(&service);
    auto *notice = panel.findChild<QLabel *>(QStringLiteral("notice"));
    QVERIFY(!notice->isHidden());
    QCOMPARE(notice->text(), QStringLiteral("Connect to a module first."));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("open"))->isEnabled());
}

void TstSocketsPanel::byteViewHex()
{
    ByteView view;
    view.append("0123456789abcdef0123");
    view.setHex(true);
    QCOMPARE(view.shownText().split(u'\n').size(), 2);
    // Appending completes the partial row, then starts a new one.
    view.append("456789abcdefXYZ");
    const QStringList rows = view.shownText().split(u'\n');
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(1).startsWith(QLatin1String("00000010  30 31 32 33 34 35 36 37  38 39")),
             qPrintable(rows.at(1)));
    QVERIFY(rows.at(1).endsWith(QLatin1String("0123456789abcdef")));
    QVERIFY(rows.at(2).endsWith(QLatin1String("XYZ")));
    // Text again: control characters are visible, line ends are lines.
    view.setHex(false);
    view.append("\r\nnext\x01");
    QVERIFY(view.shownText().endsWith(QStringLiteral("XYZ\nnext\u2401")));
}

void TstSocketsPanel::sendBoxHex()
{
    QByteArray bytes;
    QString problem;
    QVERIFY(SendBox::parseHex(QStringLiteral("0x41, 0x42 43:44 0d0a"), &bytes, &problem));
    QCOMPARE(bytes, QByteArray("ABCD\r\n"));
    QVERIFY(!SendBox::parseHex(QStringLiteral("414"), &bytes, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!SendBox::parseHex(QStringLiteral("zz"), &bytes, &problem));

    SendBox box;
    box.setTargetAvailable(true);
    auto *mode = box.findChild<QComboBox *>(QStringLiteral("sendMode"));
    mode->setCurrentIndex(mode->findData(int(SendBox::Mode::Hex)));
    QTest::keyClicks(box.findChild<QPlainTextEdit *>(QStringLiteral("sendHex")),
                     QStringLiteral("4g"));
    QVERIFY(!box.findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    QVERIFY(!box.findChild<QLabel *>(QStringLiteral("sendProblem"))->text().isEmpty());
}

QTEST_MAIN(TstSocketsPanel)
#include "tst_socketspanel.moc"
