#include "support/DialectExamples.h"
#include "dialects/wizfi250/Wizfi250Dialect.h"

#include "engine/AtInterpreter.h"
#include "log/Transcript.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// One direction of a scripted exchange: H(...) host to module, M(...) module to host.
struct Io
{
    bool fromModule;
    QByteArray bytes;
};
Io H(const QByteArray &bytes)
{
    return {false, bytes};
}
Io M(const QByteArray &bytes)
{
    return {true, bytes};
}

QByteArray script(std::initializer_list<Io> ios)
{
    QByteArray text;
    for (const Io &io : ios)
        text += (io.fromModule ? "<< " : ">> ") + Transcript::escape(io.bytes) + '\n';
    return text;
}

QList<AtFrame> frames(std::initializer_list<Io> ios)
{
    return DialectExamples::framesOf(QStringLiteral("wizfi250"), script(ios));
}

// The frames of a scripted exchange as "kind [event] text" strings.
QStringList summary(std::initializer_list<Io> ios)
{
    QStringList out;
    for (const AtFrame &f : frames(ios)) {
        QString s = AtFrame::kindName(f.kind);
        if (!f.event.isEmpty())
            s += QLatin1Char(' ') + f.event;
        s += QLatin1Char(' ') + QString::fromUtf8(f.text);
        out << s;
    }
    return out;
}

InFlight inFlight(Wizfi250Dialect &d, const QByteArray &command)
{
    InFlight f;
    f.command = command;
    f.traits = d.traits(command);
    d.commandSent(command);
    return f;
}

} // namespace

class TstWizfi250Dialect : public QObject
{
    Q_OBJECT

private slots:
    ATSTUDIO_DIALECT_EXAMPLE_TESTS("wizfi250")

    void identity()
    {
        Wizfi250Dialect d;
        QCOMPARE(d.id(), QStringLiteral("wizfi250"));
        QCOMPARE(d.terminator(), QByteArray("\r")); // CR only, not CRLF, not LF
        QVERIFY(!d.displayName().isEmpty());
    }

    void sessionSetupForcesTheParsedForms()
    {
        Wizfi250Dialect d;
        const QList<QByteArray> want = {"AT+MECHO=0", "AT+MMSG=2", "AT+MEVTFORM=1111111111",
                                        "AT+SFORM=111111111,7B,2C,7D,0D,0A"};
        QCOMPARE(d.sessionSetup(), want);
        QCOMPARE(d.identityQueries(), (QList<QByteArray>{"AT+MINFO", "AT+MMAC=?"}));
    }

    void traitsOfSlowCommands_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("join") << QByteArray("AT+WJOIN") << 30000;
        QTest::newRow("scan") << QByteArray("AT+WSCAN") << 15000;
        QTest::newRow("scan filtered") << QByteArray("AT+WSCAN=,,6") << 15000;
        QTest::newRow("socket open") << QByteArray("AT+SCON=O,TCN,192.168.12.23,5000,,0") << 15000;
        QTest::newRow("lower case") << QByteArray("at+scon=o,tsn,,,4000,0") << 15000;
        QTest::newRow("wps") << QByteArray("AT+WWPS=0") << 130000;
        QTest::newRow("ping 3") << QByteArray("AT+FPING=3,192.168.0.10") << 11000;
        QTest::newRow("dns") << QByteArray("AT+FDNS=www.google.com,1000") << 6000;
        QTest::newRow("plain") << QByteArray("AT+MINFO") << 5000;
        QTest::newRow("query") << QByteArray("AT+WSET=?") << 5000;
    }
    void traitsOfSlowCommands()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, timeoutMs);
        Wizfi250Dialect d;
        const CommandTraits t = d.traits(command);
        QCOMPARE(t.timeoutMs, timeoutMs);
        QVERIFY(!t.expectsPrompt);
        QVERIFY(!t.endsOnReset);
    }

    void resetEndsOnTheBanner()
    {
        Wizfi250Dialect d;
        const CommandTraits t = d.traits("AT+MRESET");
        QVERIFY(t.endsOnReset);
        QCOMPARE(t.timeoutMs, 10000);
        // Its [OK] is a response; the banner ends the command.
        QList<AtFrame> got;
        AtInterpreter in(d, [&got](const AtFrame &f) { got << f; });
        in.commandSent("AT+MRESET");
        in.moduleBytes("[OK]\r\n");
        QVERIFY(in.inFlight().active());
        in.moduleBytes("WizFi250 Version 1.0.5.2 (WIZnet Co.Ltd)\r\n");
        QVERIFY(!in.inFlight().active());
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).kind, AtFrame::Kind::Response);
        QVERIFY(got.at(1).isEvent(AtEvents::ModuleReady));
        QCOMPARE(got.at(1).fields.value("version").toString(), QStringLiteral("1.0.5.2"));
    }

    void sendTraits()
    {
        Wizfi250Dialect d;
        CommandTraits t = d.traits("AT+SSEND=0,,,5");
        QVERIFY(t.expectsPrompt);
        QCOMPARE(t.payloadLength, qint64(5));
        QCOMPARE(t.socket, 0);
        QCOMPARE(t.promptFallbackMs, 300); // the guide shows no prompt
        QVERIFY(!t.completesOnPayload);
        // 10 s + 100 s/MB (module default) + 1 ms per byte + 2 s.
        QCOMPARE(t.timeoutMs, 10000 + 0 + 5 + 2000);

        t = d.traits("AT+SSEND=1,192.168.0.100,5000,1000000,50000");
        QCOMPARE(t.socket, 1);
        QCOMPARE(t.payloadLength, qint64(1000000));
        QCOMPARE(t.timeoutMs, 50000 + 1000000 + 2000); // the given module timeout
        t = d.traits("AT+SSEND=2,,,1000000");
        QCOMPARE(t.timeoutMs, 10000 + 100000 + 1000000 + 2000);
        t = d.traits("AT+SSEND=7,,,100000000"); // the largest size: still a finite int
        QVERIFY(t.timeoutMs > 100000000);

        // Sizes the module refuses: no prompt to wait for, the error closes the command.
        QVERIFY(!d.traits("AT+SSEND=0,,,0").expectsPrompt);
        QVERIFY(!d.traits("AT+SSEND=0,,,x").expectsPrompt);
        QVERIFY(!d.traits("AT+SSEND=0").expectsPrompt);

        t = d.traits("AT+MQTTPUB=sensors/temp,5");
        QVERIFY(t.expectsPrompt);
        QCOMPARE(t.payloadLength, qint64(5));
        QCOMPARE(t.promptFallbackMs, 0);
        QCOMPARE(d.traits("AT+SMGMT=3").socket, 3);
        QCOMPARE(d.traits("AT+SMGMT=ALL").socket, -1);
    }

    void errorTable_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QVariant>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << QByteArray("[ERROR]") << QVariant() << "Command request failed";
        QTest::newRow("input") << QByteArray("[ERROR: INVALID INPUT]")
                               << QVariant(QStringLiteral("INVALID INPUT"))
                               << "Wrong command or parameter";
        QTest::newRow("scid") << QByteArray("[ERROR: INVALID SCID]")
                              << QVariant(QStringLiteral("INVALID SCID")) << "Wrong socket ID";
        QTest::newRow("wifi")
            << QByteArray("[ERROR: WiFi Status]") << QVariant(QStringLiteral("WiFi Status"))
            << "Wrong Wi-Fi status (some commands work only while Wi-Fi is joined)";
        QTest::newRow("mode") << QByteArray("[ERROR: Mode Status]")
                              << QVariant(QStringLiteral("Mode Status"))
                              << "Wrong mode status (some commands do not work in data mode)";
        QTest::newRow("lower case")
            << QByteArray("[error: invalid input]") << QVariant(QStringLiteral("invalid input"))
            << "Wrong command or parameter";
        QTest::newRow("spaces") << QByteArray("[ ERROR :  INVALID SCID ]")
                                << QVariant(QStringLiteral("INVALID SCID")) << "Wrong socket ID";
        QTest::newRow("unknown") << QByteArray("[ERROR: Busy]") << QVariant(QStringLiteral("Busy"))
                                 << "Module error: Busy";
    }
    void errorTable()
    {
        QFETCH(QByteArray, line);
        QFETCH(QVariant, code);
        QFETCH(QString, message);
        Wizfi250Dialect d;
        const AtFrame f = d.classifyLine(line, inFlight(d, "AT+SMGMT=9"));
        QVERIFY(f.isFinal());
        QVERIFY(!f.ok);
        QCOMPARE(f.code, code);
        QCOMPARE(f.message, message);
        QCOMPARE(f.text, line);
        QVERIFY(!d.isBusyFinal(f)); // the WizFi250 has no "busy, retry" error
    }

    void finalsAreLenient()
    {
        Wizfi250Dialect d;
        const InFlight f = inFlight(d, "AT");
        QVERIFY(d.classifyLine("[OK ]", f).ok); // the guide's UDP server example
        QVERIFY(d.classifyLine("  [ok]", f).ok);
        QCOMPARE(d.classifyLine("[OKAY]", f).kind, AtFrame::Kind::Response);
        QCOMPARE(d.classifyLine("[ERRORS]", f).kind, AtFrame::Kind::Response);
        QCOMPARE(d.classifyLine("", f).kind, AtFrame::Kind::Ignore);
    }

    void finalGluedToAValueOnlyForTheBuggyQueries()
    {
        Wizfi250Dialect d;
        AtFrame f = d.classifyLine("111111111,7b,2c,7d,0d,0a[OK]", inFlight(d, "AT+SFORM=?"));
        QVERIFY(f.isFinal() && f.ok);
        QCOMPARE(f.fields.value("value").toString(), QStringLiteral("111111111,7b,2c,7d,0d,0a"));
        f = d.classifyLine("15 dBm[ERROR]", inFlight(d, "AT+MTXP=?"));
        QVERIFY(f.isFinal() && !f.ok);
        // A key that happens to end in "[OK]" is a value, not a final.
        f = d.classifyLine("1,WPA2,secret[OK]", inFlight(d, "AT+WSEC=?"));
        QCOMPARE(f.kind, AtFrame::Kind::Response);
    }

    void sendPromptOnlyWhileAwaited()
    {
        QCOMPARE(summary({H("AT+SSEND=0,,,5\r"), M("[0,,,5]\r\n"), H("Hello"), M("[OK]\r\n")}),
                 (QStringList{"prompt [0,,,5]", "final [OK]"}));
        // Nothing waits for it: a line.
        QCOMPARE(summary({M("[0,,,5]\r\n")}), QStringList{"line [0,,,5]"});
        // Without a prompt the payload goes out anyway (fallback), [OK] ends the send.
        QCOMPARE(summary({H("AT+SSEND=0,,,5\r"), H("Hello"), M("[OK]\r\n")}),
                 QStringList{"final [OK]"});
        // An [OK] before the payload went out does not end a send command.
        Wizfi250Dialect d;
        QList<AtFrame> got;
        AtInterpreter in(d, [&got](const AtFrame &f) { got << f; });
        in.commandSent("AT+SSEND=0,,,5");
        in.moduleBytes("[OK]\r\n");
        QCOMPARE(got.last().kind, AtFrame::Kind::Response);
        QVERIFY(in.inFlight().active());
    }

    void publishPromptIsNotAShortEvent()
    {
        // [5] is the publish prompt while AT+MQTTPUB=..,5 waits, the short [Reset Event] otherwise.
        QCOMPARE(summary({H("AT+MQTTPUB=t,5\r"), M("[5]\r\n"), H("12345"), M("[OK]\r\n")}),
                 (QStringList{"prompt [5]", "final [OK]"}));
        QCOMPARE(summary({H("AT+MQTTPUB=t,6\r"), M("[5]\r\n")}),
                 QStringList{"urc module.reset [5]"});
        QCOMPARE(summary({M("[5]\r\n")}), QStringList{"urc module.reset [5]"});
    }

    void linkEventsFollowTheWifiMode()
    {
        // Unknown mode: station (the factory profile).
        QCOMPARE(summary({M("[Link-Up Event]\r\n  IP Addr    : 10.0.0.2\r\n")}),
                 (QStringList{"urc wifi.connected [Link-Up Event]",
                              "urc wifi.gotip   IP Addr    : 10.0.0.2"}));
        // AT+WSET=1 / AT+WSEC=1 select soft AP once they answer [OK].
        QCOMPARE(summary({H("AT+WSET=1,MyAP\r"), M("[OK]\r\n[Link-Up Event]\r\n"),
                          M("  Gateway   : 10.0.0.1\r\n[Link-Down Event]\r\n")}),
                 (QStringList{"final [OK]", "urc ap.started [Link-Up Event]",
                              "urc ap.gateway   Gateway   : 10.0.0.1",
                              "urc ap.stopped [Link-Down Event]"}));
        QCOMPARE(summary({H("AT+WSEC=1,WPA2,12345678\r"), M("[OK]\r\n[Link-Up Event]\r\n")}),
                 (QStringList{"final [OK]", "urc ap.started [Link-Up Event]"}));
        // A refused AT+WSET changes nothing.
        QCOMPARE(summary({H("AT+WSET=1,MyAP\r"), M("[ERROR: INVALID INPUT]\r\n"),
                          M("[Link-Up Event]\r\n")})
                     .last(),
                 QStringLiteral("urc wifi.connected [Link-Up Event]"));
        // Query replies and AT+WSTAT teach the mode too.
        QCOMPARE(summary({H("AT+WSET=?\r"), M("1,MyAP,00:00:00:00:00:00,6\r\n[OK]\r\n"),
                          M("[Link-Up Event]\r\n")})
                     .last(),
                 QStringLiteral("urc ap.started [Link-Up Event]"));
        QCOMPARE(summary({H("AT+WSTAT\r"),
                          M("AP/MyAP/192.168.1.1/192.168.1.1/00:08:DC:00:55:76/15/0\r\n"),
                          M("[OK]\r\n[Link-Down Event]\r\n")})
                     .last(),
                 QStringLiteral("urc ap.stopped [Link-Down Event]"));
    }

    void wifiModeSurvivesAReset()
    {
        Wizfi250Dialect d;
        const InFlight f = inFlight(d, "AT+WSET=1,MyAP");
        d.classifyLine("[OK]", f);
        QCOMPARE(d.wifiMode(), Wizfi250Dialect::WifiMode::SoftAp);
        d.moduleReset(); // AT+WSET saves to flash
        QCOMPARE(d.wifiMode(), Wizfi250Dialect::WifiMode::SoftAp);
        // Wi-Fi Direct: WizFi250 is the client, the link-up is a station link.
        d.classifyLine("[OK]", inFlight(d, "AT+WP2P_START"));
        QVERIFY(d.classifyLine("[Link-Up Event]", InFlight{}).isEvent(AtEvents::WifiConnected));
        QVERIFY(
            d.classifyLine("[Link-Down Event]", InFlight{}).isEvent(AtEvents::WifiDisconnected));
        QVERIFY(d.classifyLine("[Link-Up Event]", InFlight{}).isEvent(AtEvents::ApStarted));
    }

    void joinDetailLinesAreEventsEvenInsideTheJoin()
    {
        const QList<AtFrame> got =
            frames({H("AT+WJOIN\r"), M("Joining : Lab AP\r\nSuccessfully joined : Lab AP\r\n"),
                    M("\r\n[Link-Up Event]\r\n  IP Addr   : 192.168.12.13\r\n"),
                    M("  Gateway   : 192.168.12.1\r\n[OK]\r\n")});
        QCOMPARE(got.size(), 6);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(got.at(i).kind, AtFrame::Kind::Urc);
        QCOMPARE(got.at(0).event, QStringLiteral("wifi.joining"));
        QCOMPARE(got.at(0).fields.value(AtFields::Ssid).toString(), QStringLiteral("Lab AP"));
        QCOMPARE(got.at(1).event, QStringLiteral("wifi.joined"));
        QCOMPARE(got.at(2).fields.value(AtFields::Ssid).toString(), QStringLiteral("Lab AP"));
        QCOMPARE(got.at(3).fields.value(AtFields::Ip).toString(), QStringLiteral("192.168.12.13"));
        QCOMPARE(got.at(4).fields.value(AtFields::Gateway).toString(),
                 QStringLiteral("192.168.12.1"));
        QVERIFY(got.at(5).isFinal());
        // Not an address: an ordinary line.
        QCOMPARE(summary({H("AT+MHELP\r"), M("Gateway : see AT+WNET\r\n")}),
                 QStringList{"response Gateway : see AT+WNET"});
    }

    void socketEvents()
    {
        Wizfi250Dialect d;
        const InFlight none;
        AtFrame f = d.classifyLine("[CONNECT 3]", none);
        QVERIFY(f.isEvent(AtEvents::SocketConnected));
        QCOMPARE(f.socket(), 3);
        QCOMPARE(d.classifyLine("[DISCONNECT 7]", none).socket(), 7);
        QCOMPARE(d.classifyLine("[Listen 2]", none).socket(), 2);
        QVERIFY(d.classifyLine("[TCP Send Error]", none).isEvent(AtEvents::SocketError));
        QVERIFY(d.classifyLine("[MQTT CONNECT]", none).isEvent(AtEvents::MqttConnected));
        QVERIFY(d.classifyLine("[MQTT DISCONNECT]", none).isEvent(AtEvents::MqttDisconnected));
        QVERIFY(d.classifyLine("[P2P Fail Event]", none).isEvent("p2p.failed"));
        QVERIFY(d.classifyLine("[Reset Event]", none).isEvent(AtEvents::ModuleReset));
        // Events stay events while a command runs.
        QVERIFY(d.classifyLine("[DISCONNECT 0]", inFlight(d, "AT+SMGMT=0"))
                    .isEvent(AtEvents::SocketClosed));
        // Not events.
        QCOMPARE(d.classifyLine("[CONNECTED]", none).kind, AtFrame::Kind::Line);
        QCOMPARE(d.classifyLine("[CONNECT xyz]", none).kind, AtFrame::Kind::Line);
        QCOMPARE(d.classifyLine("[9]", none).kind, AtFrame::Kind::Line);
    }

    void replyItems()
    {
        Wizfi250Dialect d;
        AtFrame f = d.classifyLine("004/Cafe/00:11:22:33:44:55/52/54.0/Infra/WPA2/2.4/13",
                                   inFlight(d, "AT+WSCAN"));
        QVERIFY(f.isEvent(AtEvents::ScanResult));
        QCOMPARE(f.fields.value(AtFields::Rssi).toInt(), -52); // column "RSSI(-dBm)"
        QCOMPARE(f.fields.value(AtFields::Channel).toInt(), 13);
        f = d.classifyLine("Index/SSID/BSSID/RSSI(-dBm)/MaxDataRate(Mbps)/Security/RadioBand "
                           "(GHz)/Channel",
                           inFlight(d, "AT+WSCAN"));
        QCOMPARE(f.kind, AtFrame::Kind::Response);
        QVERIFY(f.event.isEmpty());
        // A scan row with nothing in flight is a line.
        QCOMPARE(summary({M("001/WizFiDemoAP/00:08:DC:11:22:33/-45/54.0/Infra/WPA2/2.4/6\r\n")}),
                 QStringList{"line 001/WizFiDemoAP/00:08:DC:11:22:33/-45/54.0/Infra/WPA2/2.4/6"});
    }

    void receiveHeaderProbe()
    {
        Wizfi250Dialect d;
        const InFlight none;
        const QByteArray header = "{0,192.168.12.23,5000,11}";
        for (int n = 1; n < header.size(); ++n)
            QCOMPARE(d.probe(header.left(n), none).result, FrameProbe::Result::NeedMore);
        FrameProbe p = d.probe(header + "Hi WizFi250\r\n", none);
        QCOMPARE(p.result, FrameProbe::Result::Payload);
        QCOMPARE(p.headerLength, header.size());
        QCOMPARE(p.payloadLength, qint64(11));
        p = d.probe("{ 1 , 10.0.0.1 , 80 , 3 }abc", none); // spaces: lenient
        QCOMPARE(p.result, FrameProbe::Result::Payload);
        QCOMPARE(p.payloadLength, qint64(3));
        p = d.probe("{Q,a/b,,c,,3}x}y", none); // the topic runs to the first ",,<len>}"
        QCOMPARE(p.result, FrameProbe::Result::Payload);
        QCOMPARE(p.headerLength, 13);
        QCOMPARE(p.payloadLength, qint64(3));
        p = d.probe("{a,192.168.0.1,1,1}", none); // socket ids print as %x
        QCOMPARE(p.result, FrameProbe::Result::Payload);
    }

    void notAHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("gpio") << QByteArray("{1,1,3,0},{1,5,3,0}");
        QTest::newRow("line end") << QByteArray("{0,192.168.12.23,50\r\n");
        QTest::newRow("bad ip") << QByteArray("{0,192.168.12.300,5000,5}");
        QTest::newRow("port") << QByteArray("{0,1.2.3.4,65536,5}");
        QTest::newRow("too long") << QByteArray("{0,1.2.3.4,80,65536}");
        QTest::newRow("spaces") << QByteArray("{") + QByteArray(600, ' ');
        QTest::newRow("mqtt line end") << QByteArray("{Q,topic,,\r\n");
        QTest::newRow("mqtt too long") << QByteArray("{Q,t,,99999}");
        QTest::newRow("text") << QByteArray("hello {0,1.2.3.4,80,1}");
        QTest::newRow("bracket") << QByteArray("[0,,,5]\r\n");
    }
    void notAHeader()
    {
        QFETCH(QByteArray, bytes);
        Wizfi250Dialect d;
        // NoMatch once, NoMatch for good: no longer prefix may turn it into a match.
        bool settled = false;
        for (int n = 1; n <= bytes.size(); ++n) {
            const auto r = d.probe(bytes.left(n), InFlight{}).result;
            QVERIFY(r == FrameProbe::Result::NoMatch || r == FrameProbe::Result::NeedMore);
            if (settled)
                QCOMPARE(r, FrameProbe::Result::NoMatch);
            settled = settled || r == FrameProbe::Result::NoMatch;
        }
        QVERIFY(settled);
    }

    void probeContractHoldsOnRandomInput()
    {
        // For every prefix: NoMatch stays NoMatch, a match stays the same match.
        QRandomGenerator rng(2500);
        const QByteArray alphabet = "{}Q,.0123456789a \r\n";
        Wizfi250Dialect d;
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = "{";
            const int n = rng.bounded(1, 40);
            for (int i = 0; i < n; ++i)
                bytes += alphabet.at(rng.bounded(alphabet.size()));
            FrameProbe settled;
            bool done = false;
            for (int k = 1; k <= bytes.size(); ++k) {
                const FrameProbe p = d.probe(bytes.left(k), InFlight{});
                if (done) {
                    QCOMPARE(p.result, settled.result);
                    QCOMPARE(p.headerLength, settled.headerLength);
                    QCOMPARE(p.payloadLength, settled.payloadLength);
                } else if (p.result != FrameProbe::Result::NeedMore) {
                    settled = p;
                    done = true;
                }
            }
        }
    }

    void truncatedInput()
    {
        // The input ends inside a payload: what arrived, marked truncated.
        QList<AtFrame> got = frames({M("{0,192.168.12.23,5000,11}Hi Wiz")});
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).kind, AtFrame::Kind::Data);
        QCOMPARE(got.at(0).payload, QByteArray("Hi Wiz"));
        QVERIFY(got.at(0).fields.value("truncated").toBool());
        // Inside a header: a line.
        QCOMPARE(summary({M("{0,192.168.12")}), QStringList{"line {0,192.168.12"});
        QCOMPARE(summary({M("[Link-Up Ev")}), QStringList{"line [Link-Up Ev"});
    }

    void garbledInputNeverHangs()
    {
        // Random bytes, with the dialect's own characters over-represented, cut at random: every
        // byte comes out in some frame (noise, line, data ...) and nothing crashes or waits.
        QRandomGenerator rng(250);
        const QByteArray alphabet = "{}[],.:0123456789QOKERCN \r\n\x01\xff";
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes;
            const int n = rng.bounded(1, 300);
            for (int i = 0; i < n; ++i)
                bytes += alphabet.at(rng.bounded(alphabet.size()));
            Wizfi250Dialect d;
            QList<AtFrame> got;
            AtInterpreter in(d, [&got](const AtFrame &f) { got << f; });
            in.commandSent(round % 2 ? "AT+SSEND=0,,,5" : "AT+FGPIO=?");
            qsizetype pos = 0;
            while (pos < bytes.size()) {
                const qsizetype k = rng.bounded(1, 20);
                in.moduleBytes(QByteArrayView(bytes).sliced(pos, qMin(k, bytes.size() - pos)));
                pos += k;
            }
            in.endOfInput();
            for (const AtFrame &f : got)
                QVERIFY(f.kind != AtFrame::Kind::Ignore);
        }
        // Garbage before the banner is noise; the banner still counts.
        const QByteArray garbage("\0\xfe\x01", 3);
        QCOMPARE(summary({M(garbage + "WizFi250 Version 1.0.5.2 (WIZnet Co.Ltd)\r\n")}).last(),
                 QStringLiteral("urc module.ready WizFi250 Version 1.0.5.2 (WIZnet Co.Ltd)"));
    }
};

QTEST_GUILESS_MAIN(TstWizfi250Dialect)
#include "tst_wizfi250dialect.moc"
