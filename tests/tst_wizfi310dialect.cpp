#include "support/DialectExamples.h"
#include "dialects/wizfi310/Wizfi310Dialect.h"

#include "engine/AtInterpreter.h"
#include "log/Transcript.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// A compact script of real bytes: ">> " (host) and "<< " (module) start a chunk at the start or
// after a line feed; the chunk runs to the next marker. Escaped here into transcript text.
QList<AtFrame> framesOf(const QByteArray &script)
{
    const auto isMarker = [&script](qsizetype at) {
        const QByteArray m = script.mid(at, 3);
        return m == ">> " || m == "<< ";
    };
    QByteArray transcript;
    qsizetype i = 0;
    while (i < script.size()) {
        qsizetype next = i + 3;
        for (;;) {
            next = script.indexOf('\n', next);
            if (next < 0) {
                next = script.size();
                break;
            }
            ++next;
            if (isMarker(next))
                break;
        }
        transcript += script.mid(i, 3) + Transcript::escape(script.mid(i + 3, next - i - 3)) + '\n';
        i = next;
    }
    return DialectExamples::framesOf(QStringLiteral("wizfi310"), transcript);
}

// "kind" or "kind:event" per frame, comma-separated: the shape of a replay at a glance.
QString shape(const QList<AtFrame> &frames)
{
    QStringList out;
    for (const AtFrame &f : frames) {
        QString s = AtFrame::kindName(f.kind);
        if (!f.event.isEmpty())
            s += QLatin1Char(':') + f.event;
        out << s;
    }
    return out.join(QLatin1Char(','));
}

InFlight inFlight(const Wizfi310Dialect &d, const QByteArray &command)
{
    InFlight f;
    f.command = command;
    f.traits = d.traits(command);
    return f;
}

QString probeName(const FrameProbe &p)
{
    switch (p.result) {
    case FrameProbe::Result::NoMatch:
        return QStringLiteral("no");
    case FrameProbe::Result::NeedMore:
        return QStringLiteral("more");
    case FrameProbe::Result::Prompt:
        return QStringLiteral("prompt %1").arg(p.headerLength);
    case FrameProbe::Result::Payload:
        return QStringLiteral("payload %1+%2").arg(p.headerLength).arg(p.payloadLength);
    }
    return {};
}

} // namespace

class TstWizfi310Dialect : public QObject
{
    Q_OBJECT

private slots:
    ATSTUDIO_DIALECT_EXAMPLE_TESTS("wizfi310")

    void identity()
    {
        Wizfi310Dialect d;
        QCOMPARE(d.id(), QStringLiteral("wizfi310"));
        QCOMPARE(d.displayName(), QStringLiteral("WIZnet WizFi310"));
        QCOMPARE(d.terminator(), QByteArray("\r")); // CR only, never CRLF or LF
    }

    void sessionSetupForcesTheParsedOutputForm()
    {
        Wizfi310Dialect d;
        QCOMPARE(d.sessionSetup(),
                 (QList<QByteArray>{"AT+MECHO=0", "AT+MMSG=2", "AT+MEVTFORM=111111111111",
                                    "AT+SFORM=111111111,7B,2C,7D,0D,0A"}));
        QCOMPARE(d.identityQueries(), (QList<QByteArray>{"AT+MINFO", "AT+MMAC=?"}));
    }

    void errorTable_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QVariant>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bare") << QByteArray("[ERROR]") << QVariant()
                              << QStringLiteral("Command request failed.");
        QTest::newRow("input") << QByteArray("[ERROR: INVALID INPUT]")
                               << QVariant(QStringLiteral("INVALID INPUT"))
                               << QStringLiteral("Wrong command or parameter.");
        QTest::newRow("scid") << QByteArray("[ERROR: INVALID SCID]")
                              << QVariant(QStringLiteral("INVALID SCID"))
                              << QStringLiteral("Wrong socket ID.");
        QTest::newRow("wifi") << QByteArray("[ERROR: WiFi Status]")
                              << QVariant(QStringLiteral("WiFi Status"))
                              << QStringLiteral("Wrong Wi-Fi status: the command works only "
                                                "while Wi-Fi is joined.");
        QTest::newRow("mode") << QByteArray("[ERROR: Mode Status]")
                              << QVariant(QStringLiteral("Mode Status"))
                              << QStringLiteral("Wrong mode status: the command does not work in "
                                                "data mode.");
        QTest::newRow("lenient case and spacing")
            << QByteArray("[error:invalid   input]") << QVariant(QStringLiteral("invalid   input"))
            << QStringLiteral("Wrong command or parameter.");
        QTest::newRow("unknown") << QByteArray("[ERROR: Socket Busy]")
                                 << QVariant(QStringLiteral("Socket Busy"))
                                 << QStringLiteral("The module reported an error: Socket Busy");
    }

    void errorTable()
    {
        QFETCH(QByteArray, line);
        QFETCH(QVariant, code);
        QFETCH(QString, message);
        Wizfi310Dialect d;
        const AtFrame f = d.classifyLine(line, inFlight(d, "AT+SCON=O,TCN,1.2.3.4,80,0,0"));
        QCOMPARE(f.kind, AtFrame::Kind::Final);
        QVERIFY(!f.ok);
        QCOMPARE(f.text, line);
        QCOMPARE(f.code, code);
        QCOMPARE(f.message, message);
        QVERIFY(!d.isBusyFinal(f)); // the WizFi310 has no "busy, retry" result
    }

    void finalStuckToAValueEndsTheCommandAndKeepsTheWholeLine()
    {
        const auto frames = framesOf(">> AT+SFORM=?\r\n<< 111111111,7b,2c,7d,0d,0a[OK]\r\n"
                                     ">> AT+MECHO=?\r\n<< 1[ERROR: INVALID INPUT]\r\n");
        QCOMPARE(shape(frames), QStringLiteral("final,final"));
        QVERIFY(frames[0].ok);
        QCOMPARE(frames[0].text, QByteArray("111111111,7b,2c,7d,0d,0a[OK]"));
        QVERIFY(!frames[1].ok);
        QCOMPARE(frames[1].code, QVariant(QStringLiteral("INVALID INPUT")));
    }

    void finalStuckToHelpTextIsPartOfTheHelp()
    {
        // AT+MHELP prints free text that may well mention "[OK]" at a line end.
        const auto frames = framesOf(">> AT+MHELP\r\n<< AT : Terminal Check -> [OK]\r\n[OK]\r\n");
        QCOMPARE(shape(frames), QStringLiteral("response,final"));
    }

    void strayFinalIsALine()
    {
        QCOMPARE(shape(framesOf("<< [OK]\r\n<< [ERROR]\r\n")), QStringLiteral("line,line"));
    }

    void traits_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("expectsPrompt");
        QTest::addColumn<qint64>("payloadLength");
        QTest::addColumn<int>("fallbackMs");
        QTest::addColumn<bool>("endsOnReset");
        QTest::addColumn<int>("socket");
        QTest::newRow("AT") << QByteArray("AT") << 5000 << false << qint64(-1) << 0 << false << -1;
        QTest::newRow("join") << QByteArray("AT+WJOIN") << 30000 << false << qint64(-1) << 0
                              << false << -1;
        QTest::newRow("scan") << QByteArray("AT+WSCAN=,,6") << 15000 << false << qint64(-1) << 0
                              << false << -1;
        QTest::newRow("scon") << QByteArray("AT+SCON=O,TCN,192.168.0.100,5000,0,0") << 15000
                              << false << qint64(-1) << 0 << false << -1;
        QTest::newRow("reset") << QByteArray("AT+MRESET") << 10000 << false << qint64(-1) << 0
                               << true << -1;
        QTest::newRow("factory") << QByteArray("AT+MFDEF=FR") << 10000 << false << qint64(-1) << 0
                                 << true << -1;
        // 10 s + 1 ms per 10 bytes (manual: "10s + (100s / 1 MB)"), plus 2 s slack.
        QTest::newRow("send tcp") << QByteArray("AT+SSEND=0,,,3") << 12000 << true << qint64(3)
                                  << 300 << false << 0;
        QTest::newRow("send 1 MB") << QByteArray("AT+SSEND=0,,,1000000") << 112000 << true
                                   << qint64(1000000) << 300 << false << 0;
        QTest::newRow("send with timeout")
            << QByteArray("AT+SSEND=1,192.168.0.100,5000,1000000,50000") << 52000 << true
            << qint64(1000000) << 300 << false << 1;
        QTest::newRow("send without size")
            << QByteArray("AT+SSEND=0,,,") << 12000 << false << qint64(-1) << 0 << false << 0;
        QTest::newRow("publish") << QByteArray("AT+MQTTPUB=wiznet/temp,3") << 10000 << true
                                 << qint64(3) << 300 << false << -1;
        QTest::newRow("publish topic with comma")
            << QByteArray("AT+MQTTPUB=a,b,5") << 10000 << true << qint64(5) << 300 << false << -1;
        QTest::newRow("dns") << QByteArray("AT+FDNS=www.google.com,1000") << 3000 << false
                             << qint64(-1) << 0 << false << -1;
        QTest::newRow("ping") << QByteArray("AT+FPING=3,192.168.0.10") << 9000 << false
                              << qint64(-1) << 0 << false << -1;
        QTest::newRow("close") << QByteArray("AT+SMGMT=5") << 5000 << false << qint64(-1) << 0
                               << false << 5;
        QTest::newRow("close all")
            << QByteArray("AT+SMGMT=ALL") << 5000 << false << qint64(-1) << 0 << false << -1;
        QTest::newRow("lower case")
            << QByteArray("at+wjoin") << 30000 << false << qint64(-1) << 0 << false << -1;
    }

    void traits()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, timeoutMs);
        QFETCH(bool, expectsPrompt);
        QFETCH(qint64, payloadLength);
        QFETCH(int, fallbackMs);
        QFETCH(bool, endsOnReset);
        QFETCH(int, socket);
        const CommandTraits t = Wizfi310Dialect().traits(command);
        QCOMPARE(t.timeoutMs, timeoutMs);
        QCOMPARE(t.expectsPrompt, expectsPrompt);
        QCOMPARE(t.payloadLength, payloadLength);
        QCOMPARE(t.promptFallbackMs, fallbackMs);
        QCOMPARE(t.endsOnReset, endsOnReset);
        QCOMPARE(t.socket, socket);
        QVERIFY(!t.completesOnPayload); // every send ends on the [OK]/[ERROR] after its payload
    }

    void sendPromptIsAPromptOnlyWhileTheSendWaitsForIt()
    {
        QCOMPARE(shape(framesOf("<< [0,,,5]\r\n")), QStringLiteral("line"));
        QCOMPARE(shape(framesOf(">> AT+WSTAT\r\n<< [0,,,5]\r\n[OK]\r\n")),
                 QStringLiteral("response,final"));
        QCOMPARE(shape(framesOf(">> AT+SSEND=0,,,5\r\n<< [0,,,5]\r\n>> hello\n<< [OK]\r\n")),
                 QStringLiteral("prompt,final"));
    }

    void eventsWhileASendWaitsAreStillEvents()
    {
        const auto frames = framesOf(">> AT+SSEND=0,,,5\r\n<< \r\n[DISCONNECT 1]\r\n"
                                     "<< \r\n[Link-Down Event]\r\n<< [0,,,5]\r\n>> hello\n"
                                     "<< [OK]\r\n");
        QCOMPARE(shape(frames),
                 QStringLiteral("urc:socket.closed,urc:wifi.disconnected,prompt,final"));
    }

    void sendWorksWithoutAPromptAndEndsOnTheResultAfterThePayload()
    {
        // The manual shows no prompt: the payload goes out on the fallback timer.
        const auto frames =
            framesOf(">> AT+SSEND=0,,,3\r\n>> abc\n<< [OK]\r\n>> AT\r\n<< [OK]\r\n");
        QCOMPARE(shape(frames), QStringLiteral("final,final"));
    }

    void sendFailingBeforeItsPromptEndsTheSend()
    {
        const auto frames = framesOf(">> AT+SSEND=9,,,3\r\n<< [ERROR: INVALID SCID]\r\n"
                                     "<< [0,,,3]\r\n");
        QCOMPARE(shape(frames), QStringLiteral("final,line"));
    }

    void publishPromptComesBeforeTheShortEventWithTheSameText()
    {
        // "[5]" is the short form of [Reset Event], and the prompt of a 5-byte publish.
        QCOMPARE(shape(framesOf(">> AT+MQTTPUB=t,5\r\n<< [5]\r\n>> 12345\n<< [OK]\r\n")),
                 QStringLiteral("prompt,final"));
        // Another length is no prompt: [1] is the short form of [CONNECT x].
        QCOMPARE(shape(framesOf(">> AT+MQTTPUB=t,5\r\n<< [1]\r\n")),
                 QStringLiteral("urc:socket.connected"));
        // Once the prompt was seen the same text is the event again.
        QCOMPARE(shape(framesOf(">> AT+MQTTPUB=t,5\r\n<< [5]\r\n<< [5]\r\n")),
                 QStringLiteral("prompt,urc:module.reset"));
    }

    void publishBareLengthLineIsThePrompt()
    {
        QCOMPARE(shape(framesOf(">> AT+MQTTPUB=wiznet/temp,3\r\n<< 3\r\n>> 25C\n<< [OK]\r\n")),
                 QStringLiteral("prompt,final"));
        QCOMPARE(shape(framesOf(">> AT+MQTTPUB=wiznet/temp,3\r\n<< 4\r\n")),
                 QStringLiteral("response"));
    }

    void linkUpMeansStationUntilTheModeSaysAccessPoint()
    {
        Wizfi310Dialect d;
        QCOMPARE(d.wifiMode(), Wizfi310Dialect::WifiMode::Station); // unknown: station
        QCOMPARE(shape(framesOf("<< \r\n[Link-Up Event]\r\n<< \r\n[Link-Down Event]\r\n")),
                 QStringLiteral("urc:wifi.connected,urc:wifi.disconnected"));
        QCOMPARE(shape(framesOf(">> AT+WSET=1,WizFi310_AP\r\n<< [OK]\r\n"
                                "<< \r\n[Link-Up Event]\r\n<< \r\n[Link-Down Event]\r\n")),
                 QStringLiteral("final,urc:ap.started,urc:ap.stopped"));
        QCOMPARE(shape(framesOf(">> AT+WSEC=1,WPA2,12345678\r\n<< [OK]\r\n"
                                "<< \r\n[Link-Up Event]\r\n")),
                 QStringLiteral("final,urc:ap.started"));
        QCOMPARE(shape(framesOf(">> AT+WSET2=1,가나다\r\n<< [OK]\r\n<< \r\n[Link-Up Event]\r\n")),
                 QStringLiteral("final,urc:ap.started"));
    }

    void modeChangeCountsOnlyWhenTheModuleAcceptsIt()
    {
        QCOMPARE(shape(framesOf(">> AT+WSET=1,WizFi310_AP\r\n<< [ERROR: INVALID INPUT]\r\n"
                                "<< \r\n[Link-Up Event]\r\n")),
                 QStringLiteral("final,urc:wifi.connected"));
        QCOMPARE(shape(framesOf(">> AT+WSET=1,WizFi310_AP\r\n>> AT\r\n<< [OK]\r\n"
                                "<< \r\n[Link-Up Event]\r\n")),
                 QStringLiteral("final,urc:wifi.connected"));
    }

    void modeIsReadFromTheQueryAnswers()
    {
        QCOMPARE(shape(framesOf(">> AT+WSET=?\r\n<< 1,WizFi310_AP,,6\r\n[OK]\r\n"
                                "<< \r\n[Link-Up Event]\r\n")),
                 QStringLiteral("response,final,urc:ap.started"));
        QCOMPARE(shape(framesOf(">> AT+WSET=1,X\r\n<< [OK]\r\n>> AT+WSEC=?\r\n"
                                "<< 0,WPA2,12345678\r\n[OK]\r\n<< \r\n[Link-Up Event]\r\n")),
                 QStringLiteral("final,response,final,urc:wifi.connected"));
    }

    void modeSurvivesAReboot()
    {
        // WSET/WSEC are saved to flash at once (manual), so the mode holds after a reset.
        QCOMPARE(shape(framesOf(">> AT+WSET=1,WizFi310_AP\r\n<< [OK]\r\n"
                                "<< WizFi310 Version 1.0.0.6 (WIZnet Co.Ltd)\r\n"
                                "<< \r\n[Link-Up Event]\r\n")),
                 QStringLiteral("final,urc:module.ready,urc:ap.started"));
    }

    void addressLinesAfterLinkUp()
    {
        const auto frames = framesOf("<< \r\n[Link-Up Event]\r\n  IP Addr    : 192.168.0.23\r\n"
                                     "  Gateway    : 192.168.0.1\r\n");
        QCOMPARE(shape(frames),
                 QStringLiteral("urc:wifi.connected,urc:wifi.gotip,urc:wifi.gateway"));
        QCOMPARE(frames[1].fields.value(QStringLiteral("ip")),
                 QVariant(QStringLiteral("192.168.0.23")));
        QCOMPARE(frames[2].fields.value(QStringLiteral("gateway")),
                 QVariant(QStringLiteral("192.168.0.1")));
        QCOMPARE(frames[2].fields.value(QStringLiteral("ip")),
                 QVariant(QStringLiteral("192.168.0.23")));
        // A gateway line without an address before it has no ip field.
        const auto alone = framesOf("<< Gateway : 10.0.0.1\r\n");
        QCOMPARE(shape(alone), QStringLiteral("urc:wifi.gateway"));
        QVERIFY(!alone[0].fields.contains(QStringLiteral("ip")));
        // A fresh Link-Up forgets the previous address.
        const auto again = framesOf("<< IP Addr : 10.0.0.5\r\n<< \r\n[Link-Up Event]\r\n"
                                    "<< Gateway : 10.0.0.1\r\n");
        QVERIFY(!again[2].fields.contains(QStringLiteral("ip")));
    }

    void socketEventsCarryTheHexSocketId()
    {
        const auto frames = framesOf("<< \r\n[CONNECT 7]\r\n<< \r\n[disconnect 3]\r\n"
                                     "<< \r\n[LISTEN a]\r\n<< \r\n[CONNECT]\r\n"
                                     "<< \r\n[CONNECT xyz]\r\n");
        QCOMPARE(shape(frames), QStringLiteral("urc:socket.connected,urc:socket.closed,"
                                               "urc:socket.listening,line,line"));
        QCOMPARE(frames[0].socket(), 7);
        QCOMPARE(frames[1].socket(), 3);
        QCOMPARE(frames[2].socket(), 10);
    }

    void eventsInsideAReplyAreEventsAndTheReplyGoesOn()
    {
        const auto frames = framesOf(">> AT+MQTTCON=1,192.168.1.229,1883,0\r\n"
                                     "<< \r\n[CONNECT 0]\r\n\r\n[MQTT CONNECT]\r\n[OK]\r\n");
        QCOMPARE(shape(frames), QStringLiteral("urc:socket.connected,urc:mqtt.connected,final"));
    }

    void bootBannerAfterGarbageBytes()
    {
        const auto frames =
            framesOf(QByteArrayLiteral(">> AT+WJOIN\r\n<< \x00\xf8\xff"
                                       "WizFi310 Version 1.0.0.7 (WIZnet Co.Ltd)\r\n"));
        QCOMPARE(shape(frames), QStringLiteral("noise,urc:module.ready"));
        QCOMPARE(frames[1].fields.value(QStringLiteral("version")),
                 QVariant(QStringLiteral("1.0.0.7")));
    }

    void bannerNeedsItsVendorSuffixWhenTextPrecedesIt()
    {
        QCOMPARE(shape(framesOf("<< ~~WizFi310 Version 1.0.0.6 (WIZnet Co.Ltd)\r\n")),
                 QStringLiteral("urc:module.ready"));
        QCOMPARE(shape(framesOf(">> AT+MHELP\r\n<< see WizFi310 Version notes\r\n")),
                 QStringLiteral("response"));
    }

    void scanRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("ssid");
        QTest::addColumn<QString>("bssid");
        QTest::addColumn<int>("rssi");
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("security");
        QTest::newRow("manual columns")
            << QByteArray("001/TestAP/00:08:DC:11:22:33/45/144.4/WPA2/2.4/6")
            << QStringLiteral("TestAP") << QStringLiteral("00:08:DC:11:22:33") << -45 << 6
            << QStringLiteral("WPA2");
        QTest::newRow("hidden ssid")
            << QByteArray("004//00:08:DC:00:00:01/80/54.0/Open/2.4/3") << QString()
            << QStringLiteral("00:08:DC:00:00:01") << -80 << 3 << QStringLiteral("Open");
        QTest::newRow("signed rssi")
            << QByteArray("5/x/00:08:DC:00:00:02/-67/54/WEP/2.4/13") << QStringLiteral("x")
            << QStringLiteral("00:08:DC:00:00:02") << -67 << 13 << QStringLiteral("WEP");
        QTest::newRow("no rate column (mbed driver)")
            << QByteArray("6/y/00:08:DC:00:00:03/50/WPA/2.4/9") << QStringLiteral("y")
            << QStringLiteral("00:08:DC:00:00:03") << -50 << 9 << QStringLiteral("WPA");
    }

    void scanRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, ssid);
        QFETCH(QString, bssid);
        QFETCH(int, rssi);
        QFETCH(int, channel);
        QFETCH(QString, security);
        Wizfi310Dialect d;
        const AtFrame f = d.classifyLine(row, inFlight(d, "AT+WSCAN"));
        QCOMPARE(f.kind, AtFrame::Kind::Response);
        QCOMPARE(f.event, QStringLiteral("scan.result"));
        QCOMPARE(f.fields.value(QStringLiteral("ssid")).toString(), ssid);
        QCOMPARE(f.fields.value(QStringLiteral("bssid")).toString(), bssid);
        QCOMPARE(f.fields.value(QStringLiteral("rssi")), QVariant(rssi));
        QCOMPARE(f.fields.value(QStringLiteral("channel")), QVariant(channel));
        QCOMPARE(f.fields.value(QStringLiteral("security")).toString(), security);
        // The same row with nothing in flight is no reply to anything.
        QCOMPARE(shape(framesOf("<< " + row + "\r\n")), QStringLiteral("line"));
    }

    void receiveHeadersThatAreNotOneStayLines_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("bad address") << QByteArray("{0,300.1.1.1,80,3}abc");
        QTest::newRow("host name") << QByteArray("{0,example.com,80,3}abc");
        QTest::newRow("bad port") << QByteArray("{0,1.2.3.4,70000,3}abc");
        QTest::newRow("socket not hex") << QByteArray("{g,1.2.3.4,80,3}abc");
        QTest::newRow("no length") << QByteArray("{0,1.2.3.4,80,}abc");
        QTest::newRow("spaces") << QByteArray("{ 0,1.2.3.4,80,3 }abc");
        QTest::newRow("line end in header") << QByteArray("{0,1.2.3.4,80");
        QTest::newRow("json") << QByteArray("{\"a\":1}");
        QTest::newRow("mqtt without length") << QByteArray("{Q,topic,,}abc");
    }

    void receiveHeadersThatAreNotOneStayLines()
    {
        QFETCH(QByteArray, bytes);
        const auto frames = framesOf("<< " + bytes + "\r\n");
        QCOMPARE(shape(frames), QStringLiteral("line"));
        QCOMPARE(frames[0].text, bytes);
    }

    void receiveHeaderFields()
    {
        const auto frames = framesOf("<< {a,10.0.0.2,65535,2}hi\r\n");
        QCOMPARE(shape(frames), QStringLiteral("data"));
        QCOMPARE(frames[0].socket(), 10);
        QCOMPARE(frames[0].fields.value(QStringLiteral("ip")),
                 QVariant(QStringLiteral("10.0.0.2")));
        QCOMPARE(frames[0].fields.value(QStringLiteral("port")), QVariant(65535));
        QCOMPARE(frames[0].payload, QByteArray("hi"));
    }

    void payloadCutShortByTheEndOfInput()
    {
        const auto frames = framesOf("<< {0,1.2.3.4,80,10}abc");
        QCOMPARE(shape(frames), QStringLiteral("data"));
        QCOMPARE(frames[0].payload, QByteArray("abc"));
        QCOMPARE(frames[0].fields.value(QStringLiteral("length")), QVariant(3));
    }

    void mqttMessageTopicMayContainCommas()
    {
        const auto frames = framesOf("<< {Q,home,kitchen/temp,,4}21.5\r\n");
        QCOMPARE(shape(frames), QStringLiteral("urc:mqtt.message"));
        QCOMPARE(frames[0].fields.value(QStringLiteral("topic")),
                 QVariant(QStringLiteral("home,kitchen/temp")));
        QCOMPARE(frames[0].fields.value(QStringLiteral("payload")),
                 QVariant(QStringLiteral("21.5")));
        QCOMPARE(frames[0].payload, QByteArray("21.5"));
    }

    void probeHonoursItsContract_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("result");
        QTest::newRow("data") << QByteArray() << QByteArray("{0,192.168.0.216,59834,5}hello\r\n")
                              << QStringLiteral("payload 25+5");
        QTest::newRow("mqtt") << QByteArray() << QByteArray("{Q,a}b,,c,,12}x")
                              << QStringLiteral("payload 14+12");
        QTest::newRow("not data") << QByteArray() << QByteArray("{0,1.2.3\r\n")
                                  << QStringLiteral("no");
        QTest::newRow("send prompt") << QByteArray("AT+SSEND=0,,,5") << QByteArray("[0,,,5]\r\n")
                                     << QStringLiteral("prompt 7");
        QTest::newRow("udp prompt")
            << QByteArray("AT+SSEND=1,192.168.0.100,5000,10,50000")
            << QByteArray("[1,192.168.0.100,5000,10,50000]\r\n") << QStringLiteral("prompt 31");
        QTest::newRow("event while sending")
            << QByteArray("AT+SSEND=0,,,5") << QByteArray("[ERROR: INVALID SCID]\r\n")
            << QStringLiteral("no");
        QTest::newRow("short event while sending")
            << QByteArray("AT+SSEND=0,,,5") << QByteArray("[a]\r\n") << QStringLiteral("no");
        QTest::newRow("publish prompt") << QByteArray("AT+MQTTPUB=t,12") << QByteArray("[12]\r\n")
                                        << QStringLiteral("prompt 4");
        QTest::newRow("publish other length")
            << QByteArray("AT+MQTTPUB=t,12") << QByteArray("[13]\r\n") << QStringLiteral("no");
        QTest::newRow("prompt text, no send")
            << QByteArray("AT+WSTAT") << QByteArray("[0,,,5]\r\n") << QStringLiteral("no");
    }

    void probeHonoursItsContract()
    {
        // Every prefix answers NeedMore until the answer is settled; after that, every longer
        // prefix gives the same answer (so a stream cut anywhere frames the same).
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, result);
        Wizfi310Dialect d;
        const InFlight f = command.isEmpty() ? InFlight{} : inFlight(d, command);
        QString settled;
        for (qsizetype k = 1; k <= bytes.size(); ++k) {
            const QString r = probeName(d.probe(QByteArrayView(bytes).first(k), f));
            if (!settled.isEmpty())
                QCOMPARE(r, settled);
            else if (r != QLatin1String("more"))
                settled = r;
        }
        QCOMPARE(settled, result);
    }

    void implausiblyLongHeadersAreNoHeaders()
    {
        Wizfi310Dialect d;
        const QByteArray topic(600, 'x');
        QCOMPARE(probeName(d.probe("{Q," + topic, InFlight{})), QStringLiteral("no"));
        const QByteArray prompt = "[0" + QByteArray(80, '1');
        QCOMPARE(probeName(d.probe(prompt, inFlight(d, "AT+SSEND=0,,,5"))), QStringLiteral("no"));
        // And the replay turns them into lines, not into a hang.
        const auto frames = framesOf("<< {Q," + topic + ",,3}abc\r\n");
        QCOMPARE(shape(frames), QStringLiteral("line"));
    }

    void garbledInputNeverCrashesOrHangs()
    {
        // Random bytes, with the characters the dialect cares about over-represented, under
        // several commands in flight: the replay ends, and reads cut at random points give the
        // same frames as one read.
        static const char alphabet[] = "[]{},.0123456789QOKERabc:\r\n \x00\xff";
        const QList<QByteArray> commands = {"",         "AT+SSEND=0,,,5", "AT+MQTTPUB=t,3",
                                            "AT+WSCAN", "AT+WJOIN",       "AT+MHELP"};
        QRandomGenerator rng(310);
        const auto replay = [](const QByteArray &command, const QList<QByteArrayView> &reads) {
            Wizfi310Dialect d;
            QByteArrayList out;
            AtInterpreter interpreter(d, [&out](const AtFrame &f) { out << f.toJson(); });
            if (!command.isEmpty())
                interpreter.hostBytes(command + "\r");
            for (const QByteArrayView read : reads)
                interpreter.moduleBytes(read);
            interpreter.endOfInput();
            return out;
        };
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            const int n = int(rng.bounded(1, 400));
            for (int i = 0; i < n; ++i)
                bytes += alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
            QList<QByteArrayView> reads;
            for (qsizetype pos = 0; pos < bytes.size();) {
                const qsizetype take = qMin<qsizetype>(rng.bounded(1, 40), bytes.size() - pos);
                reads << QByteArrayView(bytes).sliced(pos, take);
                pos += take;
            }
            const QByteArray command = commands.at(round % commands.size());
            const QByteArrayList whole = replay(command, {QByteArrayView(bytes)});
            QVERIFY(!whole.isEmpty());
            QCOMPARE(replay(command, reads), whole);
        }
    }

    void truncatedLinesComeOutAsLines()
    {
        QCOMPARE(shape(framesOf("<< [Link-Up Ev")), QStringLiteral("line"));
        QCOMPARE(shape(framesOf(">> AT+WJOIN\r\n<< [Link-Up Event]\r\nIP Ad")),
                 QStringLiteral("urc:wifi.connected,response"));
        QCOMPARE(shape(framesOf(">> AT+SSEND=0,,,5\r\n<< [0,,,")), QStringLiteral("response"));
    }
};

QTEST_GUILESS_MAIN(TstWizfi310Dialect)
#include "tst_wizfi310dialect.moc"
