// The window as a newcomer meets it: connected to a virtual module, the dashboard filled, a command
// typed in the terminal answered, everything in the session log; auto-detect from the bar.
#include "ConnectionBar.h"
#include "DashboardView.h"
#include "MainWindow.h"
#include "TerminalView.h"
#include "engine/ModuleConnection.h"
#include "log/SessionExport.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"
#include "terminal/CommandInput.h"
#include "transport/PtyTransport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TstMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AT Studio tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void eachVirtualModuleFillsTheDashboardAndAnswersTheTerminal_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("terminator");
        QTest::addColumn<QByteArray>("hello"); // the family's null command
        QTest::newRow("wizfi310") << "wizfi310" << QByteArray("\r") << QByteArray("AT");
        QTest::newRow("wizfi360") << "wizfi360" << QByteArray("\r\n") << QByteArray("AT");
        QTest::newRow("wizfi250") << "wizfi250" << QByteArray("\r") << QByteArray("AT");
        QTest::newRow("pic32mzw1") << "pic32mzw1" << QByteArray("\r\n") << QByteArray("AT");
        QTest::newRow("air602") << "air602" << QByteArray("\r") << QByteArray("AT+");
    }

    void eachVirtualModuleFillsTheDashboardAndAnswersTheTerminal()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, terminator);
        QFETCH(QByteArray, hello);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.connectToVirtual(id);
        QTRY_COMPARE(w.connection()->state(), ModuleConnection::State::Open);
        auto *dashboard = w.findChild<DashboardView *>();
        QVERIFY(dashboard);
        // The MAC comes from the module's own answer, which comes from the world file.
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->valueLabel(StatusField::Mac)->text(),
                                  QString("00:08:DC:5A:10:01"), 10000);

        // Type AT and wait for its final result to come back through the engine.
        bool sawAt = false;
        bool answered = false;
        connect(w.connection(), &ModuleConnection::traffic, this,
                [&](const QList<TrafficItem> &items) {
                    for (const TrafficItem &i : items) {
                        if (i.kind == TrafficItem::Kind::Command && i.bytes == hello)
                            sawAt = true;
                        else if (sawAt && i.kind == TrafficItem::Kind::Frame && i.frame.isFinal())
                            answered = true;
                    }
                });
        CommandInput *input = w.terminal()->input();
        input->setFocus();
        QTest::keyClicks(input, QString::fromLatin1(hello));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY(answered);
        const QString log = w.connection()->logFile();
        QVERIFY(!log.isEmpty());
        w.connection()->close(); // flushes the log
        QByteArray sent, received;
        for (const TranscriptEntry &e : SessionExport::readSessionFiles({log}))
            (e.direction == TranscriptEntry::Direction::ToModule ? sent : received) += e.bytes;
        QVERIFY2(sent.contains(hello + terminator), sent.constData());
        QVERIFY(!received.isEmpty());
    }

    void detectFindsTheModuleOnTheChosenPortAndSetsTheBar()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("ttyDETECT"));
        PtyTransport pty(link);
        auto module =
            VirtualModuleFactory::create(QStringLiteral("wizfi250"), World::defaultWorld());
        module->setUartBaud(57600);
        pty.open();
        module->attach(&pty);
        MainWindow w;
        w.show();
        auto *port = w.findChild<QComboBox *>(QStringLiteral("port"));
        auto *baud = w.findChild<QComboBox *>(QStringLiteral("baud"));
        auto *dialect = w.findChild<QComboBox *>(QStringLiteral("module"));
        auto *detect = w.findChild<QPushButton *>(QStringLiteral("detect"));
        QVERIFY(port && baud && dialect && detect);
        dialect->setCurrentIndex(dialect->findData(QStringLiteral("wizfi360")));
        port->setEditText(link);
        QTest::mouseClick(detect, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialect->currentData().toString(), QString("wizfi250"), 15000);
        QCOMPARE(baud->currentText(), QString("57600"));
        QTRY_COMPARE(detect->text(), QString("Detect"));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
