// The module's end of a pseudo-terminal: a serial client on the other end, a stable link path,
// and the port vanishing and coming back at the same path.
#include "transport/PtyTransport.h"
#include "transport/SerialTransport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TstPtyTransport : public QObject
{
    Q_OBJECT
private slots:
    void aSerialClientTalksToTheModuleEnd()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath("ttyVIRT");
        PtyTransport module(link);
        module.open();
        QVERIFY(module.isOpen());
        QVERIFY(module.devicePath().startsWith("/dev/pts/"));
        QCOMPARE(QFileInfo(link).symLinkTarget(), module.devicePath());

        SerialSettings s;
        s.portName = link;
        SerialTransport client(s);
        client.open();
        QVERIFY(client.isOpen());
        QByteArray atModule, atClient;
        connect(&module, &Transport::received, this, [&](const QByteArray &b) { atModule += b; });
        connect(&client, &Transport::received, this, [&](const QByteArray &b) { atClient += b; });
        client.write("AT\r\n");
        QTRY_COMPARE(atModule, QByteArray("AT\r\n"));
        module.write("\r\nOK\r\n");
        QTRY_COMPARE(atClient, QByteArray("\r\nOK\r\n"));
    }

    void largeWritesArriveWhole()
    {
        PtyTransport module;
        module.open();
        SerialSettings s;
        s.portName = module.devicePath();
        SerialTransport client(s);
        client.open();
        QByteArray atClient;
        connect(&client, &Transport::received, this, [&](const QByteArray &b) { atClient += b; });
        QByteArray big(256 * 1024, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * 7 + (i >> 8));
        module.write(big);
        QTRY_VERIFY_WITH_TIMEOUT(atClient.size() == big.size(), 10000);
        QCOMPARE(atClient, big);
    }

    void theLinkFollowsThePortWhenItComesBack()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath("ttyVIRT");
        PtyTransport module(link);
        module.open();
        const QString first = module.devicePath();
        module.close();
        QVERIFY(!QFileInfo::exists(link));
        module.open();
        QVERIFY(QFileInfo::exists(link));
        QCOMPARE(QFileInfo(link).symLinkTarget(), module.devicePath());
        Q_UNUSED(first)
    }
};

QTEST_GUILESS_MAIN(TstPtyTransport)
#include "tst_ptytransport.moc"
