#include "dialects/air602/Air602Dialect.h"
#include "support/DialectExamples.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QList<AtFrame> frames(const QByteArray &transcript)
{
    return DialectExamples::framesOf(QStringLiteral("air602"), transcript);
}

QByteArrayList json(const QList<AtFrame> &list)
{
    QByteArrayList out;
    for (const AtFrame &f : list)
        out << f.toJson();
    return out;
}

// Expected replay JSON written with single quotes for readability.
QByteArray q(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

QString kinds(const QList<AtFrame> &list)
{
    QStringList out;
    for (const AtFrame &f : list)
        out << AtFrame::kindName(f.kind);
    return out.join(QLatin1Char(' '));
}

TranscriptEntry toModule(const QByteArray &bytes)
{
    TranscriptEntry e;
    e.direction = TranscriptEntry::Direction::ToModule;
    e.bytes = bytes;
    return e;
}

TranscriptEntry fromModule(const QByteArray &bytes)
{
    TranscriptEntry e;
    e.direction = TranscriptEntry::Direction::FromModule;
    e.bytes = bytes;
    return e;
}

} // namespace

class TstAir602Dialect : public QObject
{
    Q_OBJECT

private slots:
    ATSTUDIO_DIALECT_EXAMPLE_TESTS("air602")

    void identity()
    {
        Air602Dialect d;
        QCOMPARE(d.id(), QStringLiteral("air602"));
        QVERIFY(!d.displayName().isEmpty());
        QCOMPARE(d.terminator(), QByteArray("\r"));
        QCOMPARE(d.identityQueries(), (QList<QByteArray>{"AT+QVER", "AT+QMAC"}));
    }

    void sessionSetupNeverTogglesEcho()
    {
        // AT+E flips the echo and its state is unknown: only the null command goes out.
        Air602Dialect d;
        QCOMPARE(d.sessionSetup(), QList<QByteArray>{"AT+"});
    }

    void commandName_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("null") << QByteArray("AT+") << QByteArray();
        QTest::newRow("bare") << QByteArray("AT+WJOIN") << QByteArray("WJOIN");
        QTest::newRow("set") << QByteArray("AT+SKSND=1,5") << QByteArray("SKSND");
        QTest::newRow("flash") << QByteArray("AT+WPRT=!2") << QByteArray("WPRT");
        QTest::newRow("query") << QByteArray("AT+ATPT=?") << QByteArray("ATPT");
        QTest::newRow("lower case") << QByteArray("at+skrcv=1,5") << QByteArray("SKRCV");
        QTest::newRow("manual's space") << QByteArray("AT+ SKRPTM=1") << QByteArray("SKRPTM");
        QTest::newRow("not AT+") << QByteArray("hello") << QByteArray();
    }
    void commandName()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, name);
        QCOMPARE(Air602Dialect::commandName(command), name);
    }

    void traits_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("expectsPrompt");
        QTest::addColumn<qint64>("payloadLength");
        QTest::addColumn<bool>("completesOnPayload");
        QTest::addColumn<bool>("endsOnReset");
        QTest::addColumn<int>("socket");
        QTest::newRow("default") << QByteArray("AT+QVER") << 5000 << false << qint64(-1) << false
                                 << false << -1;
        QTest::newRow("join") << QByteArray("AT+WJOIN") << 25000 << false << qint64(-1) << false
                              << false << -1;
        QTest::newRow("scan") << QByteArray("AT+WSCAN") << 15000 << false << qint64(-1) << false
                              << false << -1;
        QTest::newRow("socket create") << QByteArray("AT+SKCT=0,0,192.168.1.100,1000,1000") << 30000
                                       << false << qint64(-1) << false << false << -1;
        QTest::newRow("mqtt connect")
            << QByteArray("AT+MCONNECT") << 15000 << false << qint64(-1) << false << false << -1;
        QTest::newRow("reset") << QByteArray("AT+Z") << 10000 << false << qint64(-1) << false
                               << true << -1;
        QTest::newRow("send") << QByteArray("AT+SKSND=1,5") << 5000 << true << qint64(5) << true
                              << false << 1;
        QTest::newRow("send lower case")
            << QByteArray("at+sksnd=3,1024") << 5000 << true << qint64(1024) << true << false << 3;
        QTest::newRow("send without size")
            << QByteArray("AT+SKSND=1") << 5000 << false << qint64(-1) << false << false << 1;
        QTest::newRow("send query")
            << QByteArray("AT+SKSND=?") << 5000 << false << qint64(-1) << false << false << -1;
        QTest::newRow("receive") << QByteArray("AT+SKRCV=2,20") << 5000 << false << qint64(-1)
                                 << false << false << 2;
        QTest::newRow("close") << QByteArray("AT+SKCLS=7") << 5000 << false << qint64(-1) << false
                               << false << 7;
        QTest::newRow("status") << QByteArray("AT+SKSTT=1") << 5000 << false << qint64(-1) << false
                                << false << 1;
    }
    void traits()
    {
        QFETCH(QByteArray, command);
        const CommandTraits t = Air602Dialect().traits(command);
        QTEST(t.timeoutMs, "timeoutMs");
        QTEST(t.expectsPrompt, "expectsPrompt");
        QTEST(t.payloadLength, "payloadLength");
        QTEST(t.completesOnPayload, "completesOnPayload");
        QTEST(t.endsOnReset, "endsOnReset");
        QTEST(t.socket, "socket");
        QCOMPARE(t.promptFallbackMs, 0); // the manual: send only after "+OK=<n>" (§2.2.3.11)
    }

    void errorTable_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("-1") << -1 << QStringLiteral("Invalid command format");
        QTest::newRow("-2") << -2 << QStringLiteral("Command not supported");
        QTest::newRow("-3") << -3 << QStringLiteral("Invalid operator");
        QTest::newRow("-4") << -4 << QStringLiteral("Invalid parameter");
        QTest::newRow("-5") << -5 << QStringLiteral("Operation not allowed");
        QTest::newRow("-6") << -6 << QStringLiteral("Not enough memory");
        QTest::newRow("-7") << -7 << QStringLiteral("Flash error");
        QTest::newRow("-8") << -8 << QStringLiteral("System busy");
        QTest::newRow("-10") << -10 << QStringLiteral("Joining the network failed");
        QTest::newRow("-11") << -11 << QStringLiteral("No socket available");
        QTest::newRow("-12") << -12 << QStringLiteral("Invalid socket");
        QTest::newRow("-13") << -13 << QStringLiteral("Socket connection failed");
        QTest::newRow("-62") << -62 << QStringLiteral("Socket failed to send");
        QTest::newRow("-63") << -63 << QStringLiteral("Socket reception failed");
        QTest::newRow("-64") << -64 << QStringLiteral("Undefined error");
        QTest::newRow("-9 is not defined") << -9 << QStringLiteral("Unknown error -9");
    }
    void errorTable()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QCOMPARE(Air602Dialect::errorMessage(code), message);
        const auto f =
            frames(">> AT+SKCT=0,0,1.2.3.4,80,81\\r\n<< +ERR=" + QByteArray::number(code) +
                   "\\r\\n\\r\\n\n");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).kind, AtFrame::Kind::Final);
        QVERIFY(!f.at(0).ok);
        QCOMPARE(f.at(0).code.typeId(), int(QMetaType::Int));
        QCOMPARE(f.at(0).code.toInt(), code);
        QCOMPARE(f.at(0).message, message);
    }

    void errorWithoutCodeStillFails()
    {
        const auto f = frames(">> AT+QVER\\r\n<< +ERR\\r\\n\\r\\n\n");
        QCOMPARE(json(f),
                 QByteArrayList{
                     q("{'kind':'final','text':'+ERR','ok':false,'code':null,'message':'Error'}")});
    }

    void mqttResultTable()
    {
        QCOMPARE(Air602Dialect::mqttResultMessage(0), QStringLiteral("OK"));
        QCOMPARE(Air602Dialect::mqttResultMessage(-11), QStringLiteral("Not connected"));
        QCOMPARE(Air602Dialect::mqttResultMessage(-16), QStringLiteral("Illegal argument"));
        QCOMPARE(Air602Dialect::mqttResultMessage(-17), QStringLiteral("Unknown error -17"));
    }

    void systemBusyIsRetried()
    {
        Air602Dialect d;
        QVERIFY(d.isBusyFinal(AtFrame::errorFinal("+ERR=-8", -8, QString())));
        QVERIFY(!d.isBusyFinal(AtFrame::errorFinal("+ERR=-4", -4, QString())));
        QVERIFY(!d.isBusyFinal(AtFrame::okFinal("+OK")));
        QVERIFY(!d.isBusyFinal(AtFrame::line("+ERR=-8")));
    }

    void okVariantsAreFinals()
    {
        // Lenient: lower case, and the SDK's "+OK: <pin>" for AT+WWPS=get_pin.
        QCOMPARE(kinds(frames(">> AT+\\r\n<< +ok\\r\\n\\r\\n\n")), QStringLiteral("final"));
        QCOMPARE(kinds(frames(">> AT+WWPS=get_pin\\r\n<< +OK: 12345670\\r\\n\\r\\n\n")),
                 QStringLiteral("final"));
    }

    void strayFinalIsALine()
    {
        QCOMPARE(json(frames("<< +OK\\r\\n\\r\\n\n")),
                 QByteArrayList{q("{'kind':'line','text':'+OK'}")});
    }

    void blankLinesOutsideAReplyAreIgnored()
    {
        QVERIFY(frames("<< \\r\\n\\r\\n\\r\\n\n").isEmpty());
        QCOMPARE(kinds(frames(">> AT+QVER\\r\n<< \\r\\n+OK=V\\r\\n\\r\\n\n")),
                 QStringLiteral("final"));
    }

    void singleLineReplyEndsOnItsOkLine()
    {
        // The +OK line is the final; the blank line after it is ignored, so the next command's
        // reply is not cut short by it.
        const auto f = frames(">> AT+QVER\\r\n<< +OK=AirM2M_Luat_WiFi_V008_WM\\r\\n\n"
                              ">> AT+QMAC\\r\n<< \\r\\n+OK=286dcd004e7d\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("final final"));
        QCOMPARE(f.at(1).text, QByteArray("+OK=286dcd004e7d"));
    }

    void multiLineReplyEndsAtTheBlankLine()
    {
        const auto f = frames(">> AT+WSCAN\\r\n<< +OK=828917C49D9A,2,1,1,\"AirM2M_WiFi\",70\\r\\n"
                              "C4CAD90B1592,2,1,1,\"qianyue-lan\",86\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("response response final"));
        QCOMPARE(f.at(0).event, QStringLiteral("scan.result"));
        QCOMPARE(f.at(1).fields.value(AtFields::Ssid).toByteArray(), QByteArray("qianyue-lan"));
        QCOMPARE(f.at(1).fields.value(AtFields::Rssi).toInt(), -86);
    }

    void blankLineBeforeTheFirstRecordDoesNotEndAScan()
    {
        const auto f =
            frames(">> AT+WSCAN\\r\n<< \\r\\n+OK=828917C49D9A,2,1,1,\"A\",70\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("response final"));
    }

    void scanSsidWithCommasAndSpaces()
    {
        const auto f = frames(">> AT+WSCAN\\r\n<< +OK=0E5415290C52,2,6,1,\"a, b\",56\\r\\n"
                              "0E5415290C53,2,6,0,c,d,57\\r\\n\\r\\n\n");
        QCOMPARE(f.at(0).fields.value(AtFields::Ssid).toByteArray(), QByteArray("a, b"));
        QCOMPARE(f.at(1).fields.value(AtFields::Ssid).toByteArray(), QByteArray("c,d"));
        QCOMPARE(f.at(1).fields.value(AtFields::Security).toByteArray(), QByteArray("open"));
    }

    void asynchronousMessageInsideAScanKeepsItsBlankLine()
    {
        // +MQTT:CONNECTED ends with its own blank line; that one must not close the scan.
        const auto f = frames(">> AT+WSCAN\\r\n<< +OK=828917C49D9A,2,1,1,\"A\",70\\r\\n"
                              "+MQTT:CONNECTED \\r\\n\\r\\n"
                              "C4CAD90B1592,2,1,1,\"B\",86\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("response urc response final"));
    }

    void scanErrorEndsTheCommand()
    {
        const auto f =
            frames(">> AT+WSCAN\\r\n<< +ERR=-5\\r\\n\\r\\n\n>> AT+QVER\\r\n<< +OK=V\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("final final"));
        QCOMPARE(f.at(0).code.toInt(), -5);
    }

    void sendPromptIsOnlyAPromptWhileSkSndWaits()
    {
        QCOMPARE(kinds(frames(">> AT+SKSND=1,5\\r\n<< +OK=5\\r\\n\\r\\n\n>> abcde\n")),
                 QStringLiteral("prompt"));
        // The same bytes with another command in flight are its final.
        QCOMPARE(kinds(frames(">> AT+SKCT=0,0,1.2.3.4,80,81\\r\n<< +OK=5\\r\\n\\r\\n\n")),
                 QStringLiteral("final"));
    }

    void sendPromptSaysHowMuchTheModuleTakes()
    {
        // The module clamps the size (1024 in the SDK): the prompt carries it, so that the
        // engine sends no more; the rest of the host's bytes are not payload.
        const auto f = frames(">> AT+SKSND=1,2000\\r\n<< +OK=1024\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("prompt"));
        QCOMPARE(f.at(0).text, QByteArray("+OK=1024"));
        QCOMPARE(f.at(0).fields.value(AtFields::Length).toInt(), 1024);
    }

    void sendErrorInsteadOfPromptEndsTheCommand()
    {
        const auto f = frames(">> AT+SKSND=9,5\\r\n<< +ERR=-12\\r\\n\\r\\n\n>> AT+QVER\\r\n"
                              "<< +OK=V\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("final final"));
        QCOMPARE(f.at(0).message, QStringLiteral("Invalid socket"));
    }

    void sendPromptWithoutBlankLineIsNoPrompt()
    {
        // The prompt is "+OK=<n>" plus its blank line; without it the OK is only a response.
        const auto f = frames(">> AT+SKSND=1,5\\r\n<< +OK=5\\r\\nX\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("response line"));
    }

    void sendCompletesOnPayload()
    {
        // No reply follows the data: the next +OK belongs to the next command.
        const auto f = frames(">> AT+SKSND=1,2\\r\n<< +OK=2\\r\\n\\r\\n\n>> hi\n>> AT+SKCLS=1\\r\n"
                              "<< +OK\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("prompt final"));
    }

    void receivePayloadMayHoldLineEndsAndResults()
    {
        const QByteArray bytes = "\\r\\n+OK\\r\\n\\r\\n+ERR=-1\\r\\n";
        const auto f = frames(">> AT+SKRCV=1,18\\r\n<< +OK=18\\r\\n\\r\\n" + bytes +
                              "\n>> AT+QVER\\r\n<< +OK=V\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("final data final"));
        QCOMPARE(f.at(1).payload, QByteArray("\r\n+OK\r\n\r\n+ERR=-1\r\n"));
        QCOMPARE(f.at(1).socket(), 1);
        QCOMPARE(f.at(1).fields.value(AtFields::Length).toInt(), 18);
    }

    void receiveNothingGivesNoDataFrame()
    {
        QCOMPARE(json(frames(">> AT+SKRCV=1,20\\r\n<< +OK=0\\r\\n\\r\\n\n")),
                 QByteArrayList{q("{'kind':'final','text':'+OK=0','ok':true}")});
    }

    void receiveHeaderOnlyWhileSkRcvIsInFlight()
    {
        const auto f = frames(">> AT+SKCT=0,0,1.2.3.4,80,81\\r\n<< +OK=5\\r\\n\\r\\nhello\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("final line"));
    }

    void receiveCutShortByEndOfInput()
    {
        const auto f = frames(">> AT+SKRCV=1,10\\r\n<< +OK=10\\r\\n\\r\\nabc\n");
        QCOMPARE(json(f), (QByteArrayList{q("{'kind':'final','text':'+OK=10','ok':true}"),
                                          q("{'kind':'data','text':'+OK=10','socket':1,'length':3,'"
                                            "expected':10,'hex':'616263'}")}));
    }

    void echoEndedByCrLfIsRemoved()
    {
        const auto f = frames(">> AT+QVER\\r\n<< AT+QVER\\r\\n+OK=V\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("echo final"));
    }

    void echoEndedByCrOnlyIsRemoved()
    {
        // The host ends commands with CR; an echo of exactly that runs into the reply.
        const auto f = frames(">> AT+\\r\n<< AT+\\r+OK\\r\\n\\r\\n\n");
        QCOMPARE(json(f), (QByteArrayList{q("{'kind':'echo','text':'AT+'}"),
                                          q("{'kind':'final','text':'+OK','ok':true}")}));
        const auto g = frames(">> AT+QVER\\r\n<< AT+QVER+OK=V\\r\\n\\r\\n\n");
        QCOMPARE(kinds(g), QStringLiteral("echo final"));
    }

    void echoBeforeSendPromptAndReceivePayload()
    {
        QCOMPARE(kinds(frames(">> AT+SKSND=1,2\\r\n<< AT+SKSND=1,2\\r+OK=2\\r\\n\\r\\n\n>> hi\n")),
                 QStringLiteral("echo prompt"));
        QCOMPARE(kinds(frames(">> AT+SKRCV=1,2\\r\n<< AT+SKRCV=1,2\\r\\n+OK=2\\r\\n\\r\\nhi\n")),
                 QStringLiteral("echo final data"));
    }

    void resetEndsOnReady()
    {
        const auto f = frames(">> AT+Z\\r\n<< +OK\\r\\n\\r\\n\n<< \\xff\\xfeready\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("response noise urc"));
        QCOMPARE(f.at(2).event, QStringLiteral("module.ready"));
    }

    void readyWithoutCommandIsAReboot()
    {
        const auto f = frames("<< ready\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("urc"));
        QCOMPARE(f.at(0).event, QStringLiteral("module.ready"));
    }

    void activeReportIsOneDataFrame()
    {
        const auto f = frames("<< +SKTRPT=3,7,10.0.0.2,7001\\r\\n\\r\\n\\r\\n+OK\\r\\n\n");
        QCOMPARE(json(f), QByteArrayList{
                              q("{'kind':'data','text':'+SKTRPT=3,7,10.0.0.2,7001','socket':3,'ip':"
                                "'10.0.0.2','port':7001,'length':7,'hex':'0d0a2b4f4b0d0a'}")});
    }

    void activeReportWithDecimalAddress()
    {
        // [SDK] some builds print the address as lwIP's u32: 192.168.1.100 = 0x6401A8C0.
        const auto f = frames("<< +SKTRPT=1,2,1677830336,5000\\r\\n\\r\\nhi\n");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).fields.value(AtFields::Ip).toByteArray(), QByteArray("192.168.1.100"));
    }

    void activeReportWithoutBlankLineIsAnEvent()
    {
        const auto f = frames("<< +SKTRPT=1,5,1.2.3.4,80\\r\\nhello\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("urc line"));
        QCOMPARE(f.at(0).event, QStringLiteral("socket.data_available"));
        QCOMPARE(f.at(0).fields.value(AtFields::Length).toInt(), 5);
    }

    void mqttFailIsAnError()
    {
        const auto f = frames(">> AT+MCONNECT\\r\n<< +OK\\r\\n\\r\\n+MQTT:FAIL\\r\\n\\r\\n\n");
        QCOMPARE(f.last().event, QStringLiteral("mqtt.error"));
    }

    void mqttResultsFollowTheirCommands()
    {
        // Two subscriptions go out before either result; a refused one sends no result.
        const auto f = frames(">> AT+MSUB=a,0\\r\n<< +OK\\r\\n\\r\\n\n"
                              ">> AT+MSUB=b,1\\r\n<< +ERR=-4\\r\\n\\r\\n\n"
                              ">> AT+MSUB=c,1\\r\n<< +OK\\r\\n\\r\\n\n"
                              "<< +MSUB:OK\\r\\n+MSUB:-13\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("final final final urc urc"));
        QCOMPARE(f.at(3).fields.value(AtFields::Topic).toByteArray(), QByteArray("a"));
        QCOMPARE(f.at(3).fields.value(AtFields::Code).toInt(), 0);
        QCOMPARE(f.at(4).fields.value(AtFields::Topic).toByteArray(), QByteArray("c"));
        QCOMPARE(f.at(4).fields.value(AtFields::Code).toInt(), -13);
        QCOMPARE(f.at(4).fields.value(AtFields::Reason).toString(),
                 QStringLiteral("Connection aborted"));
        QCOMPARE(f.at(4).event, QStringLiteral("mqtt.subscribed"));
    }

    void mqttTopicSpaceRule()
    {
        // "+MTOPIC:11, HELLO_WORLD": one space after the comma is dropped only when the topic is
        // then still as long as announced.
        auto f = frames("<< +MTOPIC:5, hello\\r\\n\n");
        QCOMPARE(f.at(0).fields.value(AtFields::Topic).toByteArray(), QByteArray("hello"));
        f = frames("<< +MTOPIC:6, hello\\r\\n\n");
        QCOMPARE(f.at(0).fields.value(AtFields::Topic).toByteArray(), QByteArray(" hello"));
        f = frames("<< +MTOPIC:3,a,b\\r\\n\n");
        QCOMPARE(f.at(0).fields.value(AtFields::Topic).toByteArray(), QByteArray("a,b"));
        QCOMPARE(f.at(0).event, QStringLiteral("mqtt.message_topic"));
    }

    void mqttMessageIsCountedAndCarriesItsTopic()
    {
        const auto f = frames("<< +MTOPIC:3,a/b\\r\\n+MQD:8,a,b\\r\\n+OK\\r\\n\\r\\n\n");
        QCOMPARE(json(f),
                 (QByteArrayList{q("{'kind':'urc','text':'+MTOPIC:3,a/"
                                   "b','event':'mqtt.message_topic','topic':'a/b','length':3}"),
                                 q("{'kind':'urc','text':'+MQD:8,','event':'mqtt.message','topic':'"
                                   "a/b','length':8,'payload':'a,b\\r\\n+OK'}")}));
        QCOMPARE(f.at(1).payload, QByteArray("a,b\r\n+OK"));
    }

    void mqttMessageWithoutTopicLine()
    {
        const auto f = frames("<< +MQD:3,abc\\r\\n\n");
        QCOMPARE(json(f), QByteArrayList{q("{'kind':'urc','text':'+MQD:3,','event':'mqtt.message','"
                                           "length':3,'payload':'abc'}")});
    }

    void mqttMessageDuringACommandIsStillAMessage()
    {
        const auto f =
            frames(">> AT+QVER\\r\n<< +MTOPIC:1,t\\r\\n+MQD:2,\\r\\n\\r\\n+OK=V\\r\\n\\r\\n\n");
        QCOMPARE(kinds(f), QStringLiteral("urc urc final"));
        QCOMPARE(f.at(1).payload, QByteArray("\r\n"));
    }

    void garbledInputBecomesNoiseOrLines_data()
    {
        QTest::addColumn<QByteArray>("transcript");
        QTest::addColumn<QString>("expected");
        QTest::newRow("binary before a reply")
            << QByteArray(">> AT+QVER\\r\n<< \\x00\\xff+OK=V\\r\\n\\r\\n\n") << "noise final";
        QTest::newRow("report length not a number")
            << QByteArray("<< +SKTRPT=1,x,1.2.3.4,80\\r\\n\\r\\n\n") << "line";
        QTest::newRow("report length too large")
            << QByteArray("<< +SKTRPT=1,99999999999,1.2.3.4,80\\r\\n\\r\\nab\\r\\n\n")
            << "line line";
        QTest::newRow("report header over 512 bytes")
            << QByteArray("<< +SKTRPT=1,2," + QByteArray(600, '1') + "\\r\\n\\r\\nab\\r\\n\n")
            << "line line";
        QTest::newRow("mqtt data without length")
            << QByteArray("<< +MQD:abc,xyz\\r\\n\n") << "line";
        QTest::newRow("mqtt data cut by a line end") << QByteArray("<< +MQD:12\\r\\n\n") << "line";
        QTest::newRow("receive header cut short")
            << QByteArray(">> AT+SKRCV=1,5\\r\n<< +OK=\n") << "final";
        QTest::newRow("unknown mqtt state") << QByteArray("<< +MQTT:WHATEVER\\r\\n\n") << "line";
        QTest::newRow("mqtt result not a number") << QByteArray("<< +MSUB:maybe\\r\\n\n") << "line";
        QTest::newRow("topic without comma") << QByteArray("<< +MTOPIC:5\\r\\n\n") << "line";
    }
    void garbledInputBecomesNoiseOrLines()
    {
        QFETCH(QByteArray, transcript);
        QTEST(kinds(frames(transcript)), "expected");
    }

    void randomStreamsFrameTheSameAtEveryCut()
    {
        // Pins the probe contract: NoMatch is final and NeedMore only while a match is possible,
        // so a stream frames the same however it is cut.
        // Streams are built from pieces of real messages so that headers, prompts and payloads
        // occur, broken and whole.
        static const QList<QByteArray> pieces{"+OK",
                                              "=",
                                              "3",
                                              "12",
                                              "\r\n",
                                              "\r",
                                              "\n",
                                              "+ERR=-8",
                                              "+SKTRPT=1,3",
                                              ",1.2.3.4,80",
                                              "+HTTPCRPT=1,2",
                                              "+MQD:",
                                              "4,",
                                              "+MTOPIC:1,t",
                                              "+MQTT:CONNECTED ",
                                              "+MSUB:OK",
                                              "ready",
                                              "AT+SKRCV=1,5",
                                              "AT+SKSND=1,3",
                                              "AT+",
                                              "hello",
                                              " ",
                                              "\xff",
                                              "x,y",
                                              "+OK=3\r\n\r\n",
                                              "\r\n\r\n",
                                              "+SKTRPT=1,3,1.2.3.4,80\r\n\r\n",
                                              "+HTTPCRPT=1,2\r\n\r\n"};
        static const QList<QByteArray> commands{"AT+SKRCV=1,5", "AT+SKSND=1,3", "AT+WSCAN",
                                                "AT+QVER",      "AT+Z",         "AT+"};
        QRandomGenerator rng(602);
        int framed = 0; // data, prompt and mqtt.message frames seen: the pieces do meet
        for (int round = 0; round < 300; ++round) {
            QByteArray stream;
            const int n = 3 + int(rng.bounded(14));
            for (int i = 0; i < n; ++i)
                stream += pieces.at(int(rng.bounded(int(pieces.size()))));
            const QByteArray command = commands.at(int(rng.bounded(int(commands.size()))));
            const QList<TranscriptEntry> entries{toModule(command + "\r"), fromModule(stream)};
            const QByteArrayList whole =
                DialectExamples::replayJson(QStringLiteral("air602"), entries);
            for (const QByteArray &j : whole)
                framed += j.contains("\"data\"") || j.contains("\"prompt\"") ||
                          j.contains("mqtt.message\"");
            for (qsizetype k = 0; k <= stream.size(); ++k) {
                const QByteArrayList cut =
                    DialectExamples::replayJsonSplitAt(QStringLiteral("air602"), entries, k);
                if (cut != whole) {
                    qWarning() << "command" << command << "stream" << stream << "cut at" << k;
                    QCOMPARE(cut.join('\n'), whole.join('\n'));
                }
            }
        }
        QVERIFY2(framed > 20, qPrintable(QString::number(framed)));
    }
};

QTEST_GUILESS_MAIN(TstAir602Dialect)
#include "tst_air602dialect.moc"
