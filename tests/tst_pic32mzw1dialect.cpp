#include "dialects/pic32mzw1/Pic32mzw1Dialect.h"
#include "support/DialectExamples.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QList<AtFrame> frames(const QByteArray &transcript)
{
    return DialectExamples::framesOf(QStringLiteral("pic32mzw1"), transcript);
}

QByteArrayList json(const QByteArray &transcript)
{
    QByteArrayList out;
    for (const AtFrame &f : frames(transcript))
        out << f.toJson();
    return out;
}

InFlight inFlight(const QByteArray &command)
{
    Pic32mzw1Dialect d;
    InFlight f;
    f.command = command;
    f.traits = d.traits(command);
    return f;
}

} // namespace

class TstPic32mzw1Dialect : public QObject
{
    Q_OBJECT
private slots:
    ATSTUDIO_DIALECT_EXAMPLE_TESTS("pic32mzw1")

    void identityAndSetup()
    {
        Pic32mzw1Dialect d;
        QCOMPARE(d.id(), QStringLiteral("pic32mzw1"));
        QCOMPARE(d.terminator(), QByteArray("\r\n")); // the firmware executes on LF
        QCOMPARE(d.sessionSetup(), (QList<QByteArray>{"ATE0", "ATV5"}));
        QCOMPARE(d.identityQueries(), (QList<QByteArray>{"AT+GMI", "AT+GMM", "AT+GMR"}));
        QVERIFY(!d.displayName().isEmpty());
    }

    void errorFinals_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QVariant>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("verbosity 5") << QByteArray("ERROR:10,\"Socket ID Not Found\"")
                                     << QVariant(10) << "Socket ID Not Found";
        QTest::newRow("module text wins")
            << QByteArray("ERROR:10,\"Kein Socket\"") << QVariant(10) << "Kein Socket";
        QTest::newRow("code only: table")
            << QByteArray("ERROR:20") << QVariant(20) << "Length Mismatch";
        QTest::newRow("code only, unknown")
            << QByteArray("ERROR:99") << QVariant(99) << "Unknown error 99";
        QTest::newRow("text only")
            << QByteArray("ERROR:\"Unknown AT Command\"") << QVariant() << "Unknown AT Command";
        QTest::newRow("bare") << QByteArray("ERROR") << QVariant() << "The command failed";
        QTest::newRow("lower case, spaces")
            << QByteArray("error: 4") << QVariant(4) << "Invalid Parameter";
        QTest::newRow("prompt artefacts")
            << QByteArray(">\r>ERROR:3") << QVariant(3) << "Unknown AT Command";
    }
    void errorFinals()
    {
        QFETCH(QByteArray, line);
        QFETCH(QVariant, code);
        QFETCH(QString, message);
        Pic32mzw1Dialect d;
        const AtFrame f = d.classifyLine(line, inFlight("AT+X"));
        QCOMPARE(f.kind, AtFrame::Kind::Final);
        QVERIFY(!f.ok);
        QCOMPARE(f.code, code);
        QCOMPARE(f.message, message);
        QVERIFY(!d.isBusyFinal(f)); // the firmware has no "busy, retry" code
    }

    void errorTableCoversTheFirmwareCodes()
    {
        for (int code = 0; code <= 47; ++code)
            QVERIFY2(
                !Pic32mzw1Dialect::errorMessage(code).startsWith(QLatin1String("Unknown error")),
                qPrintable(QString::number(code)));
        QCOMPARE(Pic32mzw1Dialect::errorMessage(0), QStringLiteral("OK"));
        QCOMPARE(Pic32mzw1Dialect::errorMessage(24), QStringLiteral("STA Connection Failed"));
        QCOMPARE(Pic32mzw1Dialect::errorMessage(42), QStringLiteral("DNS Query Timeout"));
        QCOMPARE(Pic32mzw1Dialect::errorMessage(47), QStringLiteral("MQTT Error"));
        QCOMPARE(Pic32mzw1Dialect::errorMessage(48), QStringLiteral("Unknown error 48"));
        QCOMPARE(Pic32mzw1Dialect::errorMessage(-1), QStringLiteral("Unknown error -1"));
    }

    void decodeString_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("decoded");
        QTest::addColumn<bool>("ok");
        QTest::newRow("quoted") << QByteArray("\"MyAP\"") << QByteArray("MyAP") << true;
        QTest::newRow("escapes") << QByteArray("\"a\\\"b\\\\c\\r\\n\\t\\e\\0\"")
                                 << QByteArray("a\"b\\c\r\n\t\x1b", 9) + QByteArray(1, '\0')
                                 << true;
        QTest::newRow("hex upper")
            << QByteArray("[466F6F20C2A920626172]") << QByteArray("Foo \xC2\xA9 bar") << true;
        QTest::newRow("hex lower, spaces")
            << QByteArray(" [68656c6c6f3275] ") << QByteArray("hello2u") << true;
        QTest::newRow("empty hex") << QByteArray("[]") << QByteArray() << true;
        QTest::newRow("bare") << QByteArray("Socket Bind Failed")
                              << QByteArray("Socket Bind Failed") << true;
        QTest::newRow("odd hex") << QByteArray("[ABC]") << QByteArray("[ABC]") << false;
        QTest::newRow("not hex") << QByteArray("[zz]") << QByteArray("[zz]") << false;
        QTest::newRow("unterminated") << QByteArray("\"abc") << QByteArray("\"abc") << false;
    }
    void decodeString()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, decoded);
        QFETCH(bool, ok);
        bool gotOk = !ok;
        QCOMPARE(Pic32mzw1Dialect::decodeString(field, &gotOk), decoded);
        QCOMPARE(gotOk, ok);
    }

    void traits_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("expectsPrompt");
        QTest::addColumn<qint64>("payloadLength");
        QTest::addColumn<int>("socket");
        QTest::newRow("plain") << QByteArray("AT+GMI") << 5000 << false << qint64(-1) << -1;
        QTest::newRow("join") << QByteArray("AT+WSTA=1") << 20000 << false << qint64(-1) << -1;
        QTest::newRow("status read") << QByteArray("AT+WSTA") << 5000 << false << qint64(-1) << -1;
        QTest::newRow("active scan")
            << QByteArray("AT+WSCNA=255") << 15000 << false << qint64(-1) << -1;
        QTest::newRow("passive scan")
            << QByteArray("AT+WSCNP=255") << 15000 << false << qint64(-1) << -1;
        QTest::newRow("connect") << QByteArray("AT+SOCKBR=17,\"1.2.3.4\",80") << 15000 << false
                                 << qint64(-1) << 17;
        QTest::newRow("mqtt connect")
            << QByteArray("AT+MQTTCONN=1") << 15000 << false << qint64(-1) << -1;
        QTest::newRow("dns") << QByteArray("AT+DNSRESOLV=1,\"a.b\"") << 10000 << false << qint64(-1)
                             << -1;
        QTest::newRow("ping") << QByteArray("AT+PING=\"1.2.3.4\"") << 10000 << false << qint64(-1)
                              << -1;
        QTest::newRow("read") << QByteArray("AT+SOCKRD=4,2,999") << 5000 << false << qint64(-1)
                              << 4;
        QTest::newRow("write string")
            << QByteArray("AT+SOCKWR=1,7,\"hello2u\"") << 5000 << false << qint64(-1) << 1;
        QTest::newRow("write string with comma")
            << QByteArray("AT+SOCKWR=1,3,\"a,b\"") << 5000 << false << qint64(-1) << 1;
        QTest::newRow("write binary stream")
            << QByteArray("AT+SOCKWR=1,0") << 10000 << true << qint64(-1) << 1;
        QTest::newRow("write binary counted (manual text)")
            << QByteArray("AT+SOCKWR=1,12") << 10000 << true << qint64(12) << 1;
        QTest::newRow("writeto string, letter O")
            << QByteArray("AT+SOCKWRTO=1,\"192.168.0.1\",6000,7,\"hello2u\"") << 5000 << false
            << qint64(-1) << 1;
        QTest::newRow("writeto binary, letter O")
            << QByteArray("AT+SOCKWRTO=1,\"192.168.0.1\",6000,0") << 10000 << true << qint64(-1)
            << 1;
        QTest::newRow("writeto binary, digit zero")
            << QByteArray("AT+SOCKWRT0=1,\"192.168.0.1\",6000,0") << 10000 << true << qint64(-1)
            << 1;
        QTest::newRow("close") << QByteArray("AT+SOCKCL=4") << 5000 << false << qint64(-1) << 4;
    }
    void traits()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, timeoutMs);
        QFETCH(bool, expectsPrompt);
        QFETCH(qint64, payloadLength);
        QFETCH(int, socket);
        const CommandTraits t = Pic32mzw1Dialect().traits(command);
        QCOMPARE(t.timeoutMs, timeoutMs);
        QCOMPARE(t.expectsPrompt, expectsPrompt);
        QCOMPARE(t.payloadLength, payloadLength);
        QCOMPARE(t.socket, socket);
        QCOMPARE(t.promptFallbackMs, 0); // the firmware always prints '#'
        QVERIFY(!t.completesOnPayload);
        QVERIFY(!t.endsOnReset);
    }

    void bootOkIsAPlainLine()
    {
        const QByteArrayList got = json("<< \\r\\nOK\\r\\n");
        QCOMPARE(got, QByteArrayList{"{\"kind\":\"line\",\"text\":\"OK\"}"});
    }

    void promptArtefactsMakeNoNoise()
    {
        // The CR before every AEC and the '>' prompts of echo mode vanish without a noise frame.
        const QByteArrayList got = json("<< >\\r+SOCKRXT:1,7\\r\\n>\\r+SOCKCL:1\\r\\n>");
        QCOMPARE(got, (QByteArrayList{"{\"kind\":\"urc\",\"text\":\"+SOCKRXT:1,7\",\"event\":"
                                      "\"socket.data_available\",\"socket\":1,\"length\":7}",
                                      "{\"kind\":\"urc\",\"text\":\"+SOCKCL:1\",\"event\":\"socket."
                                      "closed\",\"socket\":1}"}));
    }

    void echoAfterPromptIsEcho()
    {
        Pic32mzw1Dialect d;
        const AtFrame f = d.classifyLine(">AT+GMI", inFlight("AT+GMI"));
        QCOMPARE(f.kind, AtFrame::Kind::Echo);
        QCOMPARE(f.text, QByteArray("AT+GMI"));
    }

    void hashIsAPromptOnlyWhileAwaitingOne()
    {
        QCOMPARE(json("<< \\r\\n#\\r\\n"), QByteArrayList{"{\"kind\":\"line\",\"text\":\"#\"}"});
        QCOMPARE(json(">> AT+GMI\\r\\n\n<< #\\r\\nOK\\r\\n"),
                 (QByteArrayList{"{\"kind\":\"response\",\"text\":\"#\"}",
                                 "{\"kind\":\"final\",\"text\":\"OK\",\"ok\":true}"}));
        QCOMPARE(json(">> AT+SOCKWR=1,0\\r\\n\n<< \\r\\n#"),
                 QByteArrayList{"{\"kind\":\"prompt\",\"text\":\"#\"}"});
    }

    void binaryStreamSendEndsOnTheOkAfterThePayload()
    {
        const QByteArrayList got = json(">> AT+SOCKWR=1,0\\r\\n\n"
                                        "<< \\r\\n#\n"
                                        ">> \\x00\\r\\nOK\\r\\n+++\n"
                                        "<< \\r\\nOK\\r\\n\n"
                                        ">> AT+SOCKCL=1\\r\\n\n"
                                        "<< OK\\r\\n");
        QCOMPARE(got, (QByteArrayList{"{\"kind\":\"prompt\",\"text\":\"#\"}",
                                      "{\"kind\":\"final\",\"text\":\"OK\",\"ok\":true}",
                                      "{\"kind\":\"final\",\"text\":\"OK\",\"ok\":true}"}));
    }

    void binarySendRejectedByFirmwareEndsOnError()
    {
        // The manual's LENGTH > 0 binary mode: the firmware refuses it with ERROR:4.
        const QByteArrayList got =
            json(">> AT+SOCKWR=1,12\\r\\n\n<< ERROR:4,\"Invalid Parameter\"\\r\\n");
        QCOMPARE(got,
                 QByteArrayList{
                     "{\"kind\":\"final\",\"text\":\"ERROR:4,\\\"Invalid "
                     "Parameter\\\"\",\"ok\":false,\"code\":4,\"message\":\"Invalid Parameter\"}"});
    }

    void aecsStayEventsWhileACommandIsInFlight()
    {
        const QList<AtFrame> f = frames(">> AT+SOCKLST\\r\\n\n"
                                        "<< +SOCKLST:2,2,\"192.168.0.1\",4000,12345\\r\\n"
                                        "\\r+WSTALD\\r\\n+MQTTPUB:1,\"t\",1,\"m\"\\r\\nOK\\r\\n");
        QCOMPARE(f.size(), 4);
        QCOMPARE(f.at(0).kind, AtFrame::Kind::Response);
        QCOMPARE(f.at(1).kind, AtFrame::Kind::Urc);
        QCOMPARE(f.at(1).event, QStringLiteral("wifi.disconnected"));
        QCOMPARE(f.at(2).kind, AtFrame::Kind::Urc);
        QCOMPARE(f.at(2).event, QStringLiteral("mqtt.message"));
        QVERIFY(f.at(3).isFinal());
    }

    void namesUsedBothWays_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("isResponse");
        QTest::newRow("+SOCKTLS, same socket")
            << QByteArray("AT+SOCKTLS=40,1") << QByteArray("+SOCKTLS:40") << true;
        QTest::newRow("+SOCKTLS, other socket")
            << QByteArray("AT+SOCKTLS=40,1") << QByteArray("+SOCKTLS:41") << false;
        QTest::newRow("+SOCKTLS, other command")
            << QByteArray("AT+SOCKLST") << QByteArray("+SOCKTLS:40") << false;
        QTest::newRow("+MQTTCONN, status query")
            << QByteArray("AT+MQTTCONN") << QByteArray("+MQTTCONN:1") << true;
        QTest::newRow("+MQTTCONN, read form")
            << QByteArray("AT+MQTTCONN?") << QByteArray("+MQTTCONN:1") << true;
        QTest::newRow("+MQTTCONN, connecting")
            << QByteArray("AT+MQTTCONN=1") << QByteArray("+MQTTCONN:1") << false;
        QTest::newRow("+MQTTSUB, subscribing")
            << QByteArray("AT+MQTTSUB=\"t\",1") << QByteArray("+MQTTSUB:0") << true;
        QTest::newRow("+SOCKCL, closing that socket")
            << QByteArray("AT+SOCKCL=4") << QByteArray("+SOCKCL:4") << true;
        QTest::newRow("+SOCKCL, closing another socket")
            << QByteArray("AT+SOCKCL=2") << QByteArray("+SOCKCL:4") << false;
        QTest::newRow("+DNSRESOLV, resolving")
            << QByteArray("AT+DNSRESOLV=1,\"1.2.3.4\"")
            << QByteArray("+DNSRESOLV:0,\"1.2.3.4\",\"1.2.3.4\"") << true;
        QTest::newRow("+MQTTPUB message, publishing")
            << QByteArray("AT+MQTTPUB=0,0,0,\"t\",\"m\"") << QByteArray("+MQTTPUB:1,\"t\",1,\"m\"")
            << false;
        QTest::newRow("+WSTA:ERROR, joining")
            << QByteArray("AT+WSTA") << QByteArray("+WSTA:ERROR:24,\"STA Connection Failed\"")
            << false;
    }
    void namesUsedBothWays()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, line);
        QFETCH(bool, isResponse);
        Pic32mzw1Dialect d;
        const AtFrame f = d.classifyLine(line, inFlight(command));
        QCOMPARE(f.kind, isResponse ? AtFrame::Kind::Response : AtFrame::Kind::Urc);
        QVERIFY(!f.event.isEmpty()); // a response keeps its event and fields
    }

    void stationAecsInBothLayouts_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QVariantMap>("fields");
        QTest::newRow("WSTALU manual")
            << QByteArray("+WSTALU: 1,\"00:01:02:03:04:05\",6") << "wifi.connected"
            << QVariantMap{{"assoc_id", 1}, {"bssid", "00:01:02:03:04:05"}, {"channel", 6}};
        QTest::newRow("WSTALU firmware")
            << QByteArray("+WSTALU:\"00:01:02:03:04:05\",6") << "wifi.connected"
            << QVariantMap{{"bssid", "00:01:02:03:04:05"}, {"channel", 6}};
        QTest::newRow("WSTAAIP manual")
            << QByteArray("+WSTAAIP: 1,\"192.168.0.20\"") << "wifi.gotip"
            << QVariantMap{{"assoc_id", 1}, {"ip", "192.168.0.20"}};
        QTest::newRow("WSTAAIP firmware") << QByteArray("+WSTAAIP:\"192.168.0.20\"") << "wifi.gotip"
                                          << QVariantMap{{"ip", "192.168.0.20"}};
        QTest::newRow("WSTALD bare")
            << QByteArray("+WSTALD") << "wifi.disconnected" << QVariantMap{};
        QTest::newRow("WSTAERR") << QByteArray("+WSTAERR:24") << "wifi.error"
                                 << QVariantMap{{"code", 24}, {"message", "STA Connection Failed"}};
        QTest::newRow("WAPSC manual")
            << QByteArray("+WAPSC: 2,\"00:01:02:03:04:05\"") << "ap.station_connected"
            << QVariantMap{{"assoc_id", 2}, {"mac", "00:01:02:03:04:05"}};
        QTest::newRow("WAPSD firmware")
            << QByteArray("+WAPSD:\"00:01:02:03:04:05\"") << "ap.station_disconnected"
            << QVariantMap{{"mac", "00:01:02:03:04:05"}};
        QTest::newRow("WAPAIP firmware") << QByteArray("+WAPAIP:\"192.168.0.100\"")
                                         << "ap.station_ip" << QVariantMap{{"ip", "192.168.0.100"}};
    }
    void stationAecsInBothLayouts()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, event);
        QFETCH(QVariantMap, fields);
        Pic32mzw1Dialect d;
        const AtFrame f = d.classifyLine(line, InFlight{});
        QCOMPARE(f.kind, AtFrame::Kind::Urc);
        QCOMPARE(f.event, event);
        QCOMPARE(f.fields, fields);
    }

    void mqttResultCodes()
    {
        Pic32mzw1Dialect d;
        // +MQTTUNSUB: 1 = success (example, firmware), 0 = failure (firmware); the manual's table
        // (1 failed / 2 succeeded) is not followed.
        QCOMPARE(d.classifyLine("+MQTTUNSUB:1", {}).fields.value("ok").toBool(), true);
        QCOMPARE(d.classifyLine("+MQTTUNSUB:0", {}).fields.value("ok").toBool(), false);
        QCOMPARE(d.classifyLine("+MQTTSUB:0", {}).fields.value("ok").toBool(), true);
        QCOMPARE(d.classifyLine("+MQTTSUB:1", {}).fields.value("ok").toBool(), false);
        const AtFrame ack = d.classifyLine("+MQTTCONNACK:1,1", {});
        QCOMPARE(ack.event, QString::fromLatin1(Pic32mzw1Dialect::MqttConnAck));
        QCOMPARE(ack.fields.value("ok").toBool(), false);
        QCOMPARE(ack.fields.value("code").toInt(), 1);
    }

    void mqttMessageDecodesBothStringForms()
    {
        Pic32mzw1Dialect d;
        const AtFrame hex = d.classifyLine("+MQTTPUB:5,[612C622F63],3,[00FF0A]", {});
        QCOMPARE(hex.event, QStringLiteral("mqtt.message"));
        QCOMPARE(hex.fields.value("topic").toString(), QStringLiteral("a,b/c"));
        QCOMPARE(hex.payload, QByteArray("\x00\xff\n", 3));
        QCOMPARE(hex.fields.value("length").toInt(), 3);
        QCOMPARE(hex.fields.value("payload_hex").toString(), QStringLiteral("00ff0a"));
        const AtFrame empty = d.classifyLine("+MQTTPUB:1,\"t\",0,[]", {});
        QCOMPARE(empty.event, QStringLiteral("mqtt.message"));
        QCOMPARE(empty.payload, QByteArray());
        // A message whose count disagrees keeps what arrived and says what was declared.
        const AtFrame odd = d.classifyLine("+MQTTPUB:1,\"t\",9,\"abc\"", {});
        QCOMPARE(odd.fields.value("length").toInt(), 3);
        QCOMPARE(odd.fields.value("declared_length").toInt(), 9);
    }

    void stringReadsAreDataFrames()
    {
        // The firmware splits a string-mode read into lines of at most 128 bytes.
        const QByteArray first = QByteArray(128, 'x');
        const QList<AtFrame> f = frames(">> AT+SOCKRD=3,1,130\\r\\n\n<< +SOCKRD:3,128,\"" + first +
                                        "\"\\r\\n+SOCKRD:3,2,\"yz\"\\r\\nOK\\r\\n");
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(0).kind, AtFrame::Kind::Data);
        QCOMPARE(f.at(0).payload, first);
        QCOMPARE(f.at(1).payload, QByteArray("yz"));
        QCOMPARE(f.at(1).socket(), 3);
        QVERIFY(f.at(2).isFinal());
        // Decision: socket data is data even when nothing is in flight (a command given up on).
        Pic32mzw1Dialect d;
        QCOMPARE(d.classifyLine("+SOCKRD:3,2,\"yz\"", InFlight{}).kind, AtFrame::Kind::Data);
    }

    void binaryReadHeaderForms_data()
    {
        QTest::addColumn<QByteArray>("module");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("firmware CRLF")
            << QByteArray("+SOCKRD:4,3,\\r\\n#") << QByteArray("+SOCKRD:4,3,#");
        QTest::newRow("manual space")
            << QByteArray("+SOCKRD:4,3, #") << QByteArray("+SOCKRD:4,3, #");
        QTest::newRow("no gap") << QByteArray("+SOCKRD:4,3,#") << QByteArray("+SOCKRD:4,3,#");
        QTest::newRow("LF only") << QByteArray("+SOCKRD:4,3,\\n#") << QByteArray("+SOCKRD:4,3,#");
        QTest::newRow("lower case")
            << QByteArray("+sockrd: 4 , 3 ,\\r\\n#") << QByteArray("+sockrd: 4 , 3 ,#");
    }
    void binaryReadHeaderForms()
    {
        QFETCH(QByteArray, module);
        QFETCH(QByteArray, header);
        const QList<AtFrame> f =
            frames(">> AT+SOCKRD=4,2,3\\r\\n\n<< " + module + "\\r\\nOOK\\r\\n");
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).kind, AtFrame::Kind::Data);
        QCOMPARE(f.at(0).text, header);
        QCOMPARE(f.at(0).payload, QByteArray("\r\nO")); // taken by count, not by line
        QCOMPARE(f.at(0).socket(), 4);
        QVERIFY(f.at(1).isFinal());
    }

    void binaryReadWithoutHashIsNoData()
    {
        const QList<AtFrame> f =
            frames(">> AT+SOCKRD=4,2,3\\r\\n\n<< +SOCKRD:4,3,\\r\\nabcOK\\r\\n");
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).kind, AtFrame::Kind::Response);
        QCOMPARE(f.at(0).text, QByteArray("+SOCKRD:4,3,"));
        QCOMPARE(f.at(1).kind, AtFrame::Kind::Response);
    }

    void binaryReadCutShortReportsWhatArrived()
    {
        const QList<AtFrame> f = frames(">> AT+SOCKRD=4,2,10\\r\\n\n<< +SOCKRD:4,10,\\r\\n#abc");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).kind, AtFrame::Kind::Data);
        QCOMPARE(f.at(0).payload, QByteArray("abc"));
        QCOMPARE(f.at(0).fields.value("declared_length").toInt(), 10);
    }

    void udpSenderIsForgottenWhenTheSocketCloses()
    {
        const QList<AtFrame> f = frames("<< +SOCKRXU:5,\"10.0.0.2\",53,2\\r\\n\n"
                                        ">> AT+SOCKRD=5,1,2\\r\\n\n"
                                        "<< +SOCKRD:5,2,\"ab\"\\r\\nOK\\r\\n\n"
                                        ">> AT+SOCKCL=5\\r\\n\n"
                                        "<< OK\\r\\n\n"
                                        ">> AT+SOCKRD=5,1,2\\r\\n\n"
                                        "<< +SOCKRD:5,2,\"cd\"\\r\\nOK\\r\\n");
        QCOMPARE(f.size(), 6);
        QCOMPARE(f.at(1).fields.value("ip").toString(), QStringLiteral("10.0.0.2"));
        QCOMPARE(f.at(1).fields.value("port").toInt(), 53);
        QVERIFY(!f.at(4).fields.contains("ip"));
    }

    void malformedKnownLinesAreNotEvents_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("socket not a number") << QByteArray("+SOCKRXT:x,7");
        QTest::newRow("missing length") << QByteArray("+SOCKRXT:1");
        QTest::newRow("scan entry cut") << QByteArray("+WSCNIND:-57,0,1,\"98:FC:11");
        QTest::newRow("bad hex ssid") << QByteArray("+WSCNIND:-57,0,1,\"98:FC\",[4]");
        QTest::newRow("sockind short") << QByteArray("+SOCKIND:4,\"1.2.3.4\",6000");
        QTest::newRow("connack short") << QByteArray("+MQTTCONNACK:0");
        QTest::newRow("ping without rtt") << QByteArray("+PING:\"1.2.3.4\"");
    }
    void malformedKnownLinesAreNotEvents()
    {
        QFETCH(QByteArray, line);
        Pic32mzw1Dialect d;
        const AtFrame f = d.classifyLine(line, InFlight{});
        QCOMPARE(f.kind, AtFrame::Kind::Line);
        QVERIFY(f.event.isEmpty());
    }

    void probeNeverTurnsANoMatchIntoAMatch()
    {
        // The contract: once NoMatch, more bytes must not change it.
        const QList<QPair<QByteArray, QByteArray>> cases = {
            {"AT+SOCKRD=4,2,3", "+SOCKRD:4,3,\r\n#abc"},
            {"AT+SOCKRD=4,2,3", "+SOCKRD:4,3, x#abc"},
            {"AT+SOCKRD=4,2,3", "+SOCKRD:4,3,          #abc"},
            {"AT+SOCKRD=4,2,3", "+SOCKRXU:4,\"1.2.3.4\",5,6\r\n"},
            {"AT+SOCKRD=4,2,3", "+SOCKRD:12345678901,3,#abc"},
            {"AT+SOCKRD=4,2,3", "+SOCKRD:4,99999999,#"},
            {"AT+SOCKRD=4,1,3", "+SOCKRD:4,3,#abc"},
            {"AT+SOCKWR=1,0", "\r\n#"},
            {"AT+SOCKWR=1,0", "#"},
            {"", "\r\r\n>\r+X\r\n"},
        };
        Pic32mzw1Dialect d;
        for (const auto &c : cases) {
            const InFlight f = c.first.isEmpty() ? InFlight{} : inFlight(c.first);
            bool settled = false;
            for (qsizetype n = 1; n <= c.second.size(); ++n) {
                const FrameProbe p = d.probe(QByteArrayView(c.second).first(n), f);
                if (settled)
                    QCOMPARE(int(p.result), int(FrameProbe::Result::NoMatch));
                if (p.result == FrameProbe::Result::NoMatch)
                    settled = true;
                else if (p.result != FrameProbe::Result::NeedMore)
                    break; // a match is final too
            }
        }
    }

    void garbledInputNeverHangsOrCrashes()
    {
        QRandomGenerator rng(20240611);
        const QList<QByteArray> commands = {"AT+SOCKRD=4,2,50", "AT+SOCKWR=1,0", "AT+GMI", ""};
        static const char raw[] = "+SOCKRD:4,#\r\n>\"[]0123ERROK \x00\xff";
        const QByteArray alphabet(raw, sizeof(raw) - 1);
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes;
            const int n = int(rng.bounded(120));
            for (int i = 0; i < n; ++i)
                bytes += alphabet.at(int(rng.bounded(alphabet.size())));
            const QByteArray &cmd = commands.at(round % commands.size());
            QByteArray transcript;
            if (!cmd.isEmpty())
                transcript += ">> " + cmd + "\\r\\n\n";
            QByteArray escaped;
            for (const char c : bytes)
                escaped +=
                    QStringLiteral("\\x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0')).toLatin1();
            transcript += "<< " + escaped + "\n";
            const QList<AtFrame> f = frames(transcript);
            QVERIFY(f.size() <= bytes.size() + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TstPic32mzw1Dialect)
#include "tst_pic32mzw1dialect.moc"
