#include "dialects/wizfi360/Wizfi360Dialect.h"
#include "engine/AtInterpreter.h"
#include "log/Transcript.h"
#include "support/DialectExamples.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

const QString Id = QStringLiteral("wizfi360");

QList<AtFrame> framesOf(const QByteArray &transcript)
{
    return DialectExamples::framesOf(Id, transcript);
}

// The same frames whatever the read boundaries: every two-way cut and byte by byte.
bool sameAtEveryCut(const QList<TranscriptEntry> &entries, QByteArray *why)
{
    const QByteArrayList whole = DialectExamples::replayJson(Id, entries);
    const qsizetype n = DialectExamples::moduleByteCount(entries);
    for (qsizetype k = 0; k <= n; ++k) {
        const QByteArrayList cut = DialectExamples::replayJsonSplitAt(Id, entries, k);
        if (cut != whole) {
            *why = "cut at " + QByteArray::number(k) + ":\n" + cut.join('\n') + "\nwhole:\n" +
                   whole.join('\n');
            return false;
        }
    }
    if (DialectExamples::replayJsonBytewise(Id, entries) != whole) {
        *why = "byte by byte";
        return false;
    }
    return true;
}

#define VERIFY_SPLITS(transcriptText)                                                              \
    do {                                                                                           \
        QByteArray why;                                                                            \
        QVERIFY2(sameAtEveryCut(Transcript::parse(transcriptText), &why), why.constData());        \
    } while (false)

const AtFrame *firstOfKind(const QList<AtFrame> &frames, AtFrame::Kind kind)
{
    for (const AtFrame &f : frames) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

} // namespace

class TstWizfi360Dialect : public QObject
{
    Q_OBJECT

private slots:
    ATSTUDIO_DIALECT_EXAMPLE_TESTS("wizfi360")

    // --- identity and session -------------------------------------------------------------

    void identityAndSessionSetup()
    {
        Wizfi360Dialect d;
        QCOMPARE(d.id(), Id);
        QCOMPARE(d.terminator(), QByteArray("\r\n"));
        QCOMPARE(d.sessionSetup(), QList<QByteArray>{"ATE0"});
        QCOMPARE(d.identityQueries(), (QList<QByteArray>{"AT+GMR", "AT+CIPSTAMAC_CUR?"}));
        QVERIFY(!d.displayName().isEmpty());
    }

    // --- traits ---------------------------------------------------------------------------

    void traitsTimeouts_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("join cur") << QByteArray("AT+CWJAP_CUR=\"a\",\"b\"") << 20000;
        QTest::newRow("join def") << QByteArray("AT+CWJAP_DEF=\"a\",\"b\"") << 20000;
        QTest::newRow("join esp") << QByteArray("AT+CWJAP=\"a\",\"b\"") << 20000;
        QTest::newRow("join query") << QByteArray("AT+CWJAP_CUR?") << 5000;
        QTest::newRow("scan") << QByteArray("AT+CWLAP") << 15000;
        QTest::newRow("scan filtered") << QByteArray("AT+CWLAP=\"WIZNETSZ\"") << 15000;
        QTest::newRow("connect") << QByteArray("AT+CIPSTART=\"TCP\",\"192.168.1.99\",5000")
                                 << 15000;
        QTest::newRow("mqtt") << QByteArray("AT+MQTTCON=0,\"192.168.1.20\",1883") << 15000;
        QTest::newRow("azure") << QByteArray("AT+AZCON") << 15000;
        QTest::newRow("aws") << QByteArray("AT+AWSCON") << 15000;
        QTest::newRow("update") << QByteArray("AT+CIUPDATE") << 180000;
        QTest::newRow("ping") << QByteArray("AT+PING=\"www.google.com\"") << 10000;
        QTest::newRow("plain") << QByteArray("AT+CWMODE_CUR=1") << 5000;
        QTest::newRow("lower case") << QByteArray("at+cwlap") << 15000;
    }
    void traitsTimeouts()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, timeoutMs);
        QCOMPARE(Wizfi360Dialect().traits(command).timeoutMs, timeoutMs);
    }

    void traitsResetCommandsEndOnTheBootBanner()
    {
        Wizfi360Dialect d;
        QVERIFY(d.traits("AT+RST").endsOnReset);
        QVERIFY(d.traits("AT+RESTORE").endsOnReset);
        QVERIFY(d.traits("AT+RESTORE=1").endsOnReset);
        QVERIFY(!d.traits("AT+GSLP=3000").endsOnReset); // wake-up output is not documented
    }

    void traitsSendCommands_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<int>("socket");
        QTest::addColumn<bool>("completesOnPayload");
        QTest::newRow("single") << QByteArray("AT+CIPSEND=1220") << qint64(1220) << -1 << false;
        QTest::newRow("single udp")
            << QByteArray("AT+CIPSEND=10,\"192.168.0.10\",50000") << qint64(10) << -1 << false;
        QTest::newRow("multi") << QByteArray("AT+CIPSEND=0,10") << qint64(10) << 0 << false;
        QTest::newRow("multi udp")
            << QByteArray("AT+CIPSEND=3,1220,\"192.168.0.10\",50000") << qint64(1220) << 3 << false;
        QTest::newRow("ex single") << QByteArray("AT+CIPSENDEX=7") << qint64(7) << -1 << false;
        QTest::newRow("ex multi") << QByteArray("AT+CIPSENDEX=4,7") << qint64(7) << 4 << false;
        QTest::newRow("buffer single")
            << QByteArray("AT+CIPSENDERBUF=1024") << qint64(1024) << -1 << true;
        QTest::newRow("buffer multi")
            << QByteArray("AT+CIPSENDERBUF=2,1024") << qint64(1024) << 2 << true;
        QTest::newRow("buffer esp name")
            << QByteArray("AT+CIPSENDBUF=2,16") << qint64(16) << 2 << true;
        QTest::newRow("passthrough") << QByteArray("AT+CIPSEND") << qint64(-1) << -1 << true;
        QTest::newRow("ca upload") << QByteArray("AT+CASEND=1") << qint64(-1) << -1 << false;
        QTest::newRow("key upload") << QByteArray("AT+AWSPKSEND=1") << qint64(-1) << -1 << false;
        QTest::newRow("cert upload") << QByteArray("AT+CLICASEND=1") << qint64(-1) << -1 << false;
    }
    void traitsSendCommands()
    {
        QFETCH(QByteArray, command);
        QFETCH(qint64, length);
        QFETCH(int, socket);
        QFETCH(bool, completesOnPayload);
        const CommandTraits t = Wizfi360Dialect().traits(command);
        QVERIFY(t.expectsPrompt);
        QCOMPARE(t.payloadLength, length);
        QCOMPARE(t.socket, socket);
        QCOMPARE(t.completesOnPayload, completesOnPayload);
        QCOMPARE(t.promptFallbackMs,
                 0); // payload bytes sent without a prompt would run as commands
    }

    void traitsSocketOfOtherCommands_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("socket");
        QTest::newRow("start multi")
            << QByteArray("AT+CIPSTART=1,\"TCP\",\"www.iwiznet.cn\",5000") << 1;
        QTest::newRow("start single")
            << QByteArray("AT+CIPSTART=\"TCP\",\"192.168.1.99\",5000") << -1;
        QTest::newRow("close one") << QByteArray("AT+CIPCLOSE=3") << 3;
        QTest::newRow("close all") << QByteArray("AT+CIPCLOSE=5") << -1;
        QTest::newRow("close single") << QByteArray("AT+CIPCLOSE") << -1;
        QTest::newRow("receive multi") << QByteArray("AT+CIPRECVDATA=2,100") << 2;
        QTest::newRow("receive single") << QByteArray("AT+CIPRECVDATA=100") << -1;
        QTest::newRow("buffer status") << QByteArray("AT+CIPBUFSTATUS=1") << 1;
        QTest::newRow("check seq multi") << QByteArray("AT+CIPCHECKSEQ=1,20") << 1;
        QTest::newRow("check seq single") << QByteArray("AT+CIPCHECKSEQ=20") << -1;
    }
    void traitsSocketOfOtherCommands()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, socket);
        const CommandTraits t = Wizfi360Dialect().traits(command);
        QCOMPARE(t.socket, socket);
        QVERIFY(!t.expectsPrompt);
    }

    void certificateDeleteIsNoUpload()
    {
        QVERIFY(!Wizfi360Dialect().traits("AT+CASEND=0").expectsPrompt);
        QVERIFY(!Wizfi360Dialect().traits("AT+CASEND?").expectsPrompt);
    }

    // --- finals and the error table ---------------------------------------------------------

    void joinErrorTable()
    {
        QCOMPARE(Wizfi360Dialect::joinErrorMessage(1), QStringLiteral("Connection timeout."));
        QCOMPARE(Wizfi360Dialect::joinErrorMessage(2), QStringLiteral("Wrong password."));
        QCOMPARE(Wizfi360Dialect::joinErrorMessage(3),
                 QStringLiteral("Cannot find the target AP."));
        QCOMPARE(Wizfi360Dialect::joinErrorMessage(4), QStringLiteral("Connection failed."));
        QCOMPARE(Wizfi360Dialect::joinErrorMessage(9),
                 QStringLiteral("Could not connect to the AP."));
    }

    void joinFailWithoutCodeStillFails()
    {
        const auto frames = framesOf(">> AT+CWJAP_CUR=\"a\",\"b\"\\r\\n\n<< \\r\\nFAIL\\r\\n\n");
        QCOMPARE(frames.size(), 1);
        QVERIFY(frames[0].isFinal() && !frames[0].ok);
        QVERIFY(frames[0].code.isNull());
        QCOMPARE(frames[0].message, QStringLiteral("Could not connect to the AP."));
    }

    void espJoinErrorCodeForm()
    {
        // ESP firmware: "+CWJAP:<code>" then FAIL.
        const auto frames = framesOf(">> AT+CWJAP=\"a\",\"b\"\\r\\n\n"
                                     "<< WIFI DISCONNECT\\r\\n+CWJAP:2\\r\\n\\r\\nFAIL\\r\\n\n");
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].event, QStringLiteral("wifi.disconnected"));
        QCOMPARE(frames[2].code, QVariant(2));
        QCOMPARE(frames[2].message, QStringLiteral("Wrong password."));
    }

    void errorCodeLineGivesTheErrorItsCode()
    {
        // ESP-AT: "ERR CODE:0x..." is a line of the failing command's reply; ERROR carries it.
        const auto frames = framesOf(">> AT+CIPSTART=\"TCP\",\"x\",1\\r\\n\n<< ERR "
                                     "CODE:0x01090000\\r\\n\\r\\nERROR\\r\\n\n");
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Response);
        QCOMPARE(frames[0].fields.value("code").toString(), QStringLiteral("0x01090000"));
        QVERIFY(frames[1].isFinal() && !frames[1].ok);
        QCOMPARE(frames[1].code.toString(), QStringLiteral("0x01090000"));
    }

    void errorHintsDoNotLeakIntoTheNextCommand()
    {
        const auto frames =
            framesOf(">> AT+CIPDOMAIN=\"x\"\\r\\n\n<< DNS Fail\\r\\n\\r\\nERROR\\r\\n\n"
                     ">> AT+CIPMUX=3\\r\\n\n<< \\r\\nERROR\\r\\n\n");
        QCOMPARE(frames.last().message,
                 QStringLiteral("AT command input error or execution error."));
    }

    // --- AT+RST / AT+RESTORE ----------------------------------------------------------------

    void resetEndsOnReadyNotOnOk()
    {
        // Decision: the OK before the reboot is a reply line; "ready" completes the command, so
        // that nothing is sent to a module that is still booting.
        const auto frames =
            framesOf(">> AT+RST\\r\\n\n<< \\r\\nOK\\r\\n\\x00\\xff\\r\\nready\\r\\n\n"
                     "<< \\r\\nready\\r\\n\n");
        QCOMPARE(frames[0].kind, AtFrame::Kind::Response);
        const AtFrame *noise = firstOfKind(frames, AtFrame::Kind::Noise);
        QVERIFY(noise); // boot garbage
        QCOMPARE(frames.last().event, QStringLiteral("module.ready"));
        int readies = 0;
        for (const AtFrame &f : frames)
            readies += f.isEvent("module.ready") ? 1 : 0;
        QCOMPARE(readies, 2); // the second one is just module.ready with nothing in flight
    }

    void resetErrorStillEndsTheCommand()
    {
        const auto frames = framesOf(">> AT+RESTORE=7\\r\\n\n<< \\r\\nERROR\\r\\n\n");
        QCOMPARE(frames.size(), 1);
        QVERIFY(frames[0].isFinal() && !frames[0].ok);
    }

    // --- ALREADY CONNECTED / CONNECT FAIL and the ERROR after them -----------------------------

    void trailingErrorAfterAlreadyConnectedEndsNothing()
    {
        // ESP firmware prints "ALREADY CONNECTED", blank line, "ERROR". The final already ended
        // CIPSTART; the ERROR must not fail the next command even if that went out meanwhile.
        const QByteArray t = ">> AT+CIPSTART=0,\"TCP\",\"192.168.1.99\",5000\\r\\n\n"
                             "<< ALREADY CONNECTED\\r\\n\n"
                             ">> AT+CIPMUX?\\r\\n\n"
                             "<< \\r\\nERROR\\r\\n+CIPMUX:1\\r\\n\\r\\nOK\\r\\n\n";
        const auto frames = framesOf(t);
        QCOMPARE(frames.size(), 4);
        QCOMPARE(frames[0].text, QByteArray("ALREADY CONNECTED"));
        QVERIFY(frames[0].isFinal() && !frames[0].ok);
        QCOMPARE(frames[1].kind, AtFrame::Kind::Line);
        QCOMPARE(frames[1].text, QByteArray("ERROR"));
        QCOMPARE(frames[2].kind, AtFrame::Kind::Response);
        QVERIFY(frames[3].isFinal() && frames[3].ok);
        VERIFY_SPLITS(t);
    }

    void trailingErrorCostIsATimeoutForAnImmediateError()
    {
        // The price of the rule above on a module that sends no ERROR after ALREADY CONNECTED
        // (as the manual shows): when the very next reply line is that command's own ERROR, it
        // is taken for the trailer and the command ends by timeout instead.
        const auto frames =
            framesOf(">> AT+CIPSTART=0,\"TCP\",\"a\",1\\r\\n\n<< ALREADY CONNECTED\\r\\n\n"
                     ">> AT+CIPMUX=7\\r\\n\n<< \\r\\nERROR\\r\\n\n");
        QCOMPARE(frames.last().kind, AtFrame::Kind::Line);
        // Any other line in between clears the expectation.
        const auto later =
            framesOf(">> AT+CIPSTART=0,\"TCP\",\"a\",1\\r\\n\n<< ALREADY CONNECTED\\r\\n\n"
                     ">> AT+CIPMUX?\\r\\n\n<< +CIPMUX:1\\r\\n\\r\\nOK\\r\\n\n"
                     ">> AT+CIPMUX=7\\r\\n\n<< \\r\\nERROR\\r\\n\n");
        QVERIFY(later.last().isFinal() && !later.last().ok);
    }

    void connectFailThenErrorAsTheManualShows()
    {
        const auto frames = framesOf(">> AT+MQTTCON=0,\"192.168.1.20\",1883\\r\\n\n"
                                     "<< CONNECT FAIL\\r\\n\\r\\n0,CLOSED\\r\\nERROR\\r\\n\n");
        QCOMPARE(frames.size(), 3);
        QVERIFY(frames[0].isFinal() && !frames[0].ok);
        QCOMPARE(frames[0].message, QStringLiteral("Could not connect to the broker."));
        QCOMPARE(frames[1].event, QStringLiteral("socket.closed")); // an event in between
        QCOMPARE(frames[2].kind, AtFrame::Kind::Line);
    }

    // --- CONNECT / CLOSE / CLOSED -----------------------------------------------------------

    void bareConnectIsTheBrokerReplyOnlyWhileABrokerConnectRuns()
    {
        for (const QByteArray cmd :
             {"AT+MQTTCON=1,\"192.168.1.20\",1883", "AT+AZCON", "AT+AWSCON"}) {
            const auto frames = framesOf(">> " + cmd + "\\r\\n\n<< CONNECT\\r\\n\\r\\nOK\\r\\n\n");
            QCOMPARE(frames.size(), 2);
            QCOMPARE(frames[0].kind, AtFrame::Kind::Response);
            QCOMPARE(frames[0].event, QStringLiteral("mqtt.connected"));
            QVERIFY(frames[1].ok);
        }
        // CIPMUX=0 TCP connect in ESP style: "CONNECT" is the link event.
        const auto tcp = framesOf(">> AT+CIPSTART=\"TCP\",\"192.168.1.99\",5000\\r\\n\n"
                                  "<< CONNECT\\r\\n\\r\\nOK\\r\\n\n<< CLOSED\\r\\n\n");
        QCOMPARE(tcp.size(), 3);
        QCOMPARE(tcp[0].kind, AtFrame::Kind::Urc);
        QCOMPARE(tcp[0].event, QStringLiteral("socket.connected"));
        QVERIFY(!tcp[0].fields.contains("socket"));
        QCOMPARE(tcp[2].event, QStringLiteral("socket.closed"));
    }

    void linkEventsWithAndWithoutSpace()
    {
        const auto frames =
            framesOf(">> AT+CIPSTART=2,\"TCP\",\"a\",1\\r\\n\n"
                     "<< 2,CONNECT\\r\\n\\r\\nOK\\r\\n0, CONNECT\\r\\n2,CLOSED\\r\\n"
                     "1, CLOSED\\r\\n3,CONNECT FAIL\\r\\n\n");
        QCOMPARE(frames.size(), 6);
        QCOMPARE(frames[0].event, QStringLiteral("socket.connected"));
        QCOMPARE(frames[0].socket(), 2);
        QVERIFY(frames[1].ok);
        QCOMPARE(frames[2].socket(), 0);
        QCOMPARE(frames[3].event, QStringLiteral("socket.closed"));
        QCOMPARE(frames[4].socket(), 1);
        QCOMPARE(frames[5].event, QStringLiteral("socket.error"));
        QCOMPARE(frames[5].socket(), 3);
    }

    void closeEndsOnlyMqttDis()
    {
        const auto frames = framesOf(">> AT+MQTTDIS\\r\\n\n<< CLOSE\\r\\n\n>> AT+CIPSTATUS\\r\\n\n"
                                     "<< CLOSE\\r\\nSTATUS:4\\r\\n\\r\\nOK\\r\\n\n");
        QVERIFY(frames[0].isFinal() && frames[0].ok);
        QCOMPARE(frames[1].kind, AtFrame::Kind::Response); // a reply line, not a final
        QVERIFY(frames.last().ok);
        QCOMPARE(frames.size(), 4);
    }

    // --- sends ----------------------------------------------------------------------------

    void promptNeedsNoLineEnd()
    {
        Wizfi360Dialect dialect;
        QList<AtFrame> frames;
        AtInterpreter in(dialect, [&frames](const AtFrame &f) { frames << f; });
        in.commandSent("AT+CIPSEND=0,5");
        in.moduleBytes("\r\nOK\r\n>");
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Response);
        QCOMPARE(frames[1].kind, AtFrame::Kind::Prompt);
        QCOMPARE(frames[1].text, QByteArray(">"));
        in.moduleBytes(" "); // the optional space after '>' is no frame
        QCOMPARE(frames.size(), 2);
    }

    void promptOnlyWhileASendWaitsForIt()
    {
        const auto frames = framesOf(
            "<< > \\r\\n\n>> AT+CIPSTATUS\\r\\n\n<< >\\r\\nSTATUS:2\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames[0].kind, AtFrame::Kind::Line);
        QCOMPARE(frames[1].kind, AtFrame::Kind::Response);
        QCOMPARE(frames[1].text, QByteArray(">"));
        QVERIFY(!firstOfKind(frames, AtFrame::Kind::Prompt));
    }

    void dataArrivingBetweenPromptAndPayload()
    {
        const QByteArray t = ">> AT+CIPSEND=0,5\\r\\n\n"
                             "<< \\r\\nOK\\r\\n> +IPD,1,8:a\\r\\nOK\\r\\nb\n"
                             ">> hello\n"
                             "<< \\r\\nSEND OK\\r\\n\n";
        const auto frames = framesOf(t);
        QCOMPARE(frames.size(), 4);
        QCOMPARE(frames[1].kind, AtFrame::Kind::Prompt);
        QCOMPARE(frames[2].kind, AtFrame::Kind::Data);
        QCOMPARE(frames[2].socket(), 1);
        QCOMPARE(frames[2].payload, QByteArray("a\r\nOK\r\nb"));
        QVERIFY(frames[3].isFinal() && frames[3].ok);
        VERIFY_SPLITS(t);
    }

    void sendResultsEndOnlyASend()
    {
        // SEND OK / SEND FAIL with another command in flight must not end it.
        const auto frames = framesOf(
            ">> AT+CIPSTATUS\\r\\n\n<< SEND OK\\r\\nSEND FAIL\\r\\nSTATUS:3\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames.size(), 4);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Line);
        QCOMPARE(frames[1].kind, AtFrame::Kind::Line);
        QCOMPARE(frames[2].kind, AtFrame::Kind::Response);
        QVERIFY(frames[3].ok);
    }

    void sendFailAfterSendOkIsALine()
    {
        const auto frames = framesOf(">> AT+CIPSEND=2\\r\\n\n<< \\r\\nOK\\r\\n> \n>> hi\n"
                                     "<< \\r\\nSEND OK\\r\\n\\r\\nSEND FAIL\\r\\n\n");
        QVERIFY(frames[2].isFinal() && frames[2].ok);
        QCOMPARE(frames[3].kind, AtFrame::Kind::Line);
        QCOMPARE(frames[3].text, QByteArray("SEND FAIL"));
    }

    void espRecvBytesLineBelongsToTheSend()
    {
        const auto frames = framesOf(">> AT+CIPSEND=4\\r\\n\n<< \\r\\nOK\\r\\n> \n>> TEST\n"
                                     "<< \\r\\nRecv 4 bytes\\r\\n\\r\\nSEND OK\\r\\n\n");
        QCOMPARE(frames.size(), 4);
        QCOMPARE(frames[2].kind, AtFrame::Kind::Response);
        QVERIFY(frames[3].ok);
    }

    void bufferedSendCompletionsAreEventsWhileOtherCommandsRun()
    {
        const QByteArray t =
            ">> AT+CIPSENDERBUF=0,4\\r\\n\n<< 0,0\\r\\n\\r\\nOK\\r\\n> \n>> data\n"
            ">> AT+CIPCHECKSEQ=0,1\\r\\n\n<< \\r\\n0,1,SEND OK\\r\\n0,1,TRUE\\r\\n\\r\\nOK\\r\\n\n";
        const auto frames = framesOf(t);
        QCOMPARE(frames.size(), 6);
        QCOMPARE(frames[3].event, QStringLiteral("socket.sent"));
        QCOMPARE(frames[3].socket(), 0);
        QCOMPARE(frames[3].fields.value("segment").toInt(), 1);
        QCOMPARE(frames[4].kind, AtFrame::Kind::Response);
        QVERIFY(frames[5].ok);
        VERIFY_SPLITS(t);
    }

    void certificateUploadEndsOnItsOk()
    {
        // §3.3.6: AT+CASEND=1, '>' (no OK before it), the PEM, then OK. The PEM's length is not
        // declared (payloadLength -1): the OK after it ends the upload.
        const QByteArray t =
            ">> AT+CASEND=1\\r\\n\n<< >\n"
            ">> -----BEGIN CERTIFICATE-----\\r\\nMIIB\\r\\n-----END CERTIFICATE-----\\r\\n\n"
            "<< \\r\\nOK\\r\\n\n";
        const auto frames = framesOf(t);
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Prompt);
        QVERIFY(frames[1].isFinal() && frames[1].ok);
    }

    // --- length-framed data -----------------------------------------------------------------

    void ipdPayloadIsTakenByCount()
    {
        const QByteArray t =
            ">> AT+CIPSTATUS\\r\\n\n"
            "<< STATUS:3\\r\\n\\r\\n+IPD,0,12:OK\\r\\nERROR\\r\\n\\x00\\r\\nOK\\r\\n\n";
        const auto frames = framesOf(t);
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[1].kind, AtFrame::Kind::Data);
        QCOMPARE(frames[1].payload, QByteArray("OK\r\nERROR\r\n\0", 12));
        QCOMPARE(frames[1].fields.value("length").toInt(), 12);
        QVERIFY(frames[2].isFinal() && frames[2].ok); // the command's own OK
        VERIFY_SPLITS(t);
    }

    void ipdHeaderForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("socket");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<int>("port");
        QTest::newRow("single") << QByteArray("+IPD,3:") << -1 << QString() << -1;
        QTest::newRow("multi") << QByteArray("+IPD,4,3:") << 4 << QString() << -1;
        QTest::newRow("single dinfo")
            << QByteArray("+IPD,3,\"10.0.0.1\",80:") << -1 << QStringLiteral("10.0.0.1") << 80;
        QTest::newRow("multi dinfo")
            << QByteArray("+IPD,0,3,\"10.0.0.1\",80:") << 0 << QStringLiteral("10.0.0.1") << 80;
        QTest::newRow("unquoted ip")
            << QByteArray("+IPD,0,3,10.0.0.1,80:") << 0 << QStringLiteral("10.0.0.1") << 80;
    }
    void ipdHeaderForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, socket);
        QFETCH(QString, ip);
        QFETCH(int, port);
        const QByteArray escaped = Transcript::escape(header + "a\nb");
        const auto frames = framesOf("<< " + escaped + "\n");
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Data);
        QCOMPARE(frames[0].payload, QByteArray("a\nb"));
        QCOMPARE(frames[0].socket(), socket);
        QCOMPARE(frames[0].fields.value("ip").toString(), ip);
        QCOMPARE(frames[0].fields.value("port", -1).toInt(), port);
        VERIFY_SPLITS("<< " + escaped + "\n");
    }

    void passiveModeNoticeIsAnEvent()
    {
        const auto frames = framesOf("<< +IPD,0,295\\r\\n+IPD,12\\r\\n\n");
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Urc);
        QCOMPARE(frames[0].event, QStringLiteral("socket.data_available"));
        QCOMPARE(frames[0].socket(), 0);
        QCOMPARE(frames[0].fields.value("length").toInt(), 295);
        QVERIFY(!frames[1].fields.contains("socket"));
        QCOMPARE(frames[1].fields.value("length").toInt(), 12);
    }

    void recvDataIsADataFrameOfTheAskedSocket()
    {
        const QByteArray t =
            ">> AT+CIPRECVDATA=2,5\\r\\n\n<< +CIPRECVDATA,5:a\\r\\nOK\\r\\nOK\\r\\n\n"
            ">> AT+CIPRECVDATA=4,3\\r\\n\n<< +CIPRECVDATA:3,x,y\\r\\nOK\\r\\n\n"
            ">> AT+CIPRECVDATA=3\\r\\n\n<< +CIPRECVDATA,3:abc\\r\\nOK\\r\\n\n";
        const auto frames = framesOf(t);
        QCOMPARE(frames.size(), 6);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Data);
        QCOMPARE(frames[0].socket(), 2);
        QCOMPARE(frames[0].payload, QByteArray("a\r\nOK"));
        QVERIFY(frames[1].isFinal() && frames[1].ok);   // the OK after the counted bytes
        QCOMPARE(frames[2].payload, QByteArray("x,y")); // ESP-AT 2.x form
        QCOMPARE(frames[2].socket(), 4);
        QCOMPARE(frames[4].socket(), -1); // CIPMUX=0
        QVERIFY(frames[5].ok);
        VERIFY_SPLITS(t);
    }

    void mqttSubRecvIsLengthFramed()
    {
        const QByteArray t = "<< +MQTTSUBRECV:0,\"dev/in\",9,a,b\\r\\nOK\\r\\n\\r\\n\n";
        const auto frames = framesOf(t);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Urc);
        QCOMPARE(frames[0].event, QStringLiteral("mqtt.message"));
        QCOMPARE(frames[0].fields.value("topic").toString(), QStringLiteral("dev/in"));
        QCOMPARE(frames[0].fields.value("length").toInt(), 9);
        QCOMPARE(frames[0].fields.value("payload").toString(), QStringLiteral("a,b\r\nOK\r\n"));
        QCOMPARE(frames[0].payload, QByteArray("a,b\r\nOK\r\n"));
        VERIFY_SPLITS(t);
    }

    // --- WizFi360 MQTT messages (line-framed) ------------------------------------------------

    void mqttArrowMessage()
    {
        const auto frames = framesOf("<< dev/in ->  two spaces kept \\r\\n\n");
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].event, QStringLiteral("mqtt.message"));
        QCOMPARE(frames[0].fields.value("topic").toString(), QStringLiteral("dev/in"));
        QCOMPARE(frames[0].fields.value("payload").toString(), QStringLiteral(" two spaces kept "));
        QCOMPARE(frames[0].fields.value("length").toInt(), 17);
        // While a command runs it is still an event, not a line of that reply.
        const auto during =
            framesOf(">> AT+MQTTPUB=\"x\"\\r\\n\n<< dev/in -> hi\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(during[0].kind, AtFrame::Kind::Urc);
        QVERIFY(during[1].ok);
    }

    void arrowInAReplyLineWithWildcardsIsNoMessage()
    {
        const auto frames =
            framesOf(">> AT+MQTTTOPIC?\\r\\n\n<< \"a/+\",\"b/#\" -> x\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames[0].kind, AtFrame::Kind::Response);
    }

    // --- ESP-AT forms the manual does not show -----------------------------------------------

    void espWifiEventsAnyCase()
    {
        const auto frames = framesOf("<< WIFI CONNECTED\\r\\nwifi got ip\\r\\nWIFI DISCONNECT\\r\\n"
                                     "WiFi DISCONNECTED\\r\\nReady\\r\\n\n");
        const QStringList want{"wifi.connected", "wifi.gotip", "wifi.disconnected",
                               "wifi.disconnected", "module.ready"};
        QCOMPARE(frames.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            QCOMPARE(frames[i].kind, AtFrame::Kind::Urc);
            QCOMPARE(frames[i].event, want[i]);
        }
    }

    void espStationEventsQuotedWithoutSpaces()
    {
        const auto frames = framesOf("<< +STA_CONNECTED:\"18:fe:34:a1:b2:c3\"\\r\\n"
                                     "+DIST_STA_IP:\"18:fe:34:a1:b2:c3\",\"192.168.4.2\"\\r\\n"
                                     "+STA_DISCONNECTED:18:fe:34:a1:b2:c3\\r\\n\n");
        QCOMPARE(frames.size(), 3);
        for (const AtFrame &f : frames)
            QCOMPARE(f.fields.value("mac").toString(), QStringLiteral("18:fe:34:a1:b2:c3"));
        QCOMPARE(frames[1].event, QStringLiteral("ap.station_ip"));
        QCOMPARE(frames[1].fields.value("ip").toString(), QStringLiteral("192.168.4.2"));
    }

    void espLinkConnAndMqttEvents()
    {
        const auto frames = framesOf("<< +LINK_CONN:0,1,\"TCP\",1,\"192.168.4.2\",51000,333\\r\\n"
                                     "+MQTTCONNECTED:0,1,\"broker.example\",\"1883\",\"\",1\\r\\n"
                                     "+MQTTDISCONNECTED:0\\r\\n\n");
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].event, QStringLiteral("socket.connected"));
        QCOMPARE(frames[0].socket(), 1);
        QCOMPARE(frames[0].fields.value("ip").toString(), QStringLiteral("192.168.4.2"));
        QCOMPARE(frames[0].fields.value("port").toInt(), 51000);
        QCOMPARE(frames[0].fields.value("role").toString(), QStringLiteral("server"));
        QCOMPARE(frames[1].event, QStringLiteral("mqtt.connected"));
        QCOMPARE(frames[1].fields.value("host").toString(), QStringLiteral("broker.example"));
        QCOMPARE(frames[1].fields.value("port").toInt(), 1883);
        QCOMPARE(frames[2].event, QStringLiteral("mqtt.disconnected"));
    }

    void noChangeIsAReplyLine()
    {
        const auto frames = framesOf(">> AT+CWMODE=1\\r\\n\n<< no change\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames[0].kind, AtFrame::Kind::Response);
        QVERIFY(frames[1].ok);
    }

    void busyIsAnEventThatEndsNothing()
    {
        const auto frames =
            framesOf(">> AT+CWLAP\\r\\n\n<< busy p...\\r\\n\\r\\nbusy s...\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].event, QStringLiteral("module.busy"));
        QCOMPARE(frames[1].event, QStringLiteral("module.busy"));
        QVERIFY(frames[2].isFinal() && frames[2].ok);
    }

    // --- scan entries, provisioning --------------------------------------------------------

    void scanEntryFollowsTheCwlapoptMask()
    {
        // Mask 6 = SSID and RSSI only; it applies once the module accepted it.
        const auto frames =
            framesOf(">> AT+CWLAPOPT=0,6\\r\\n\n<< \\r\\nOK\\r\\n\n>> AT+CWLAP\\r\\n\n"
                     "<< +CWLAP:(\"WIZnet\",-57)\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames[1].event, QStringLiteral("scan.result"));
        QCOMPARE(frames[1].fields.value("ssid").toString(), QStringLiteral("WIZnet"));
        QCOMPARE(frames[1].fields.value("rssi").toInt(), -57);
        QVERIFY(!frames[1].fields.contains("security"));

        const auto rejected =
            framesOf(">> AT+CWLAPOPT=0,6\\r\\n\n<< \\r\\nERROR\\r\\n\n>> AT+CWLAP\\r\\n\n"
                     "<< +CWLAP:(3,\"a,b)\",-75,\"00:08:dc:9c:ef:b6\",12)\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(rejected[1].fields.value("ssid").toString(), QStringLiteral("a,b)"));
        QCOMPARE(rejected[1].fields.value("security").toString(), QStringLiteral("WPA2_PSK"));
        QCOMPARE(rejected[1].fields.value("channel").toInt(), 12);
    }

    void scanMaskIsForgottenOnReboot()
    {
        const auto frames =
            framesOf(">> AT+CWLAPOPT=0,6\\r\\n\n<< \\r\\nOK\\r\\n\\r\\nready\\r\\n\n"
                     ">> AT+CWLAP\\r\\n\n<< "
                     "+CWLAP:(0,\"open\",-40,\"00:00:00:00:00:01\",6)\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames[2].fields.value("security").toString(), QStringLiteral("OPEN"));
        QCOMPARE(frames[2].fields.value("ssid").toString(), QStringLiteral("open"));
    }

    void provisioningLinesOnlyWhileProvisioning()
    {
        const auto frames = framesOf(">> AT+CIPSTATUS\\r\\n\n<< ssid:x\\r\\n\\r\\nOK\\r\\n\n");
        QCOMPARE(frames[0].kind, AtFrame::Kind::Response);
        QVERIFY(frames[0].event.isEmpty());
        const auto stopped =
            framesOf(">> AT+CWSTARTSMART\\r\\n\n<< \\r\\nOK\\r\\n\n>> AT+CWSTOPSMART\\r\\n\n"
                     "<< \\r\\nOK\\r\\n\n<< ssid:x\\r\\n\n");
        QCOMPARE(stopped.last().kind, AtFrame::Kind::Line);
    }

    // --- garbled and truncated input --------------------------------------------------------

    void truncatedPayloadAtEndOfInput()
    {
        const auto frames = framesOf("<< +IPD,0,10:abc\n");
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Data);
        QCOMPARE(frames[0].payload, QByteArray("abc"));
    }

    void implausibleHeadersAreLines_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("huge length") << QByteArray("+IPD,0,99999999:abc\r\n");
        QTest::newRow("letters") << QByteArray("+IPD,a,5:abc\r\n");
        QTest::newRow("five fields") << QByteArray("+IPD,0,1,2,3,4:abc\r\n");
        QTest::newRow("empty length") << QByteArray("+IPD,:abc\r\n");
        QTest::newRow("long header") << "+IPD,\"" + QByteArray(600, '1') + "\",1:x\r\n";
        QTest::newRow("recvdata letters") << QByteArray("+CIPRECVDATA,x:abc\r\n");
        QTest::newRow("subrecv no quote") << QByteArray("+MQTTSUBRECV:0,topic,3,abc\r\n");
    }
    void implausibleHeadersAreLines()
    {
        QFETCH(QByteArray, bytes);
        const QByteArray t = "<< " + Transcript::escape(bytes) + "\n";
        const auto frames = framesOf(t);
        QVERIFY(!frames.isEmpty());
        for (const AtFrame &f : frames) {
            QVERIFY2(f.kind == AtFrame::Kind::Line || f.kind == AtFrame::Kind::Noise,
                     f.toJson().constData());
        }
        VERIFY_SPLITS(t);
    }

    void garbageAroundResultsBecomesNoise()
    {
        const auto frames = framesOf(">> AT\\r\\n\n<< \\xfe\\x01\\x80OK\\r\\n\n");
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].kind, AtFrame::Kind::Noise);
        QVERIFY(frames[1].isFinal() && frames[1].ok);
    }

    void randomStreamsFrameTheSameAtAnyCut()
    {
        // Token soup biased towards this dialect's headers: must never crash or hang, and must
        // frame identically whatever the read boundaries.
        static const QList<QByteArray> tokens{"+IPD,",
                                              "0",
                                              "5",
                                              ",",
                                              ":",
                                              "\r\n",
                                              "\r",
                                              "\n",
                                              "OK",
                                              "ERROR",
                                              ">",
                                              " ",
                                              "\"",
                                              "1.2.3.4",
                                              "+CIPRECVDATA",
                                              "+MQTTSUBRECV:",
                                              "SEND OK",
                                              "ALREADY CONNECTED",
                                              "CONNECT",
                                              " -> ",
                                              "+CWLAP:(",
                                              ")",
                                              "busy p...",
                                              "ready",
                                              "\x00",
                                              "\xff",
                                              "+CWJAP_CUR:",
                                              "FAIL"};
        static const QList<QByteArray> commands{"AT+CIPSEND=0,5",       "AT+CIPSTATUS",
                                                "AT+MQTTCON=0,\"a\",1", "AT+RST",
                                                "AT+CIPRECVDATA=1,5",   "AT+CWLAP"};
        QRandomGenerator rng(360);
        for (int round = 0; round < 150; ++round) {
            QList<TranscriptEntry> entries;
            TranscriptEntry cmd;
            cmd.direction = TranscriptEntry::Direction::ToModule;
            cmd.bytes = commands.at(rng.bounded(int(commands.size()))) + "\r\n";
            entries << cmd;
            TranscriptEntry module;
            const int n = rng.bounded(40);
            for (int i = 0; i < n; ++i)
                module.bytes += tokens.at(rng.bounded(int(tokens.size())));
            entries << module;
            QByteArray why;
            QVERIFY2(sameAtEveryCut(entries, &why),
                     (Transcript::escape(module.bytes) + "\n" + why).constData());
        }
    }
};

QTEST_GUILESS_MAIN(TstWizfi360Dialect)
#include "tst_wizfi360dialect.moc"
