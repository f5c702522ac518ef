// Every dialect on hostile input: random bytes mixed with pieces of the dialects' own framing,
// under every kind of command in flight. Nothing crashes or hangs, every frame is one of the known
// kinds, and cutting the stream anywhere gives the same frames.
#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "engine/AtInterpreter.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
const QList<QByteArray> &fragments()
{
    static const QList<QByteArray> f = {
        "\r\n",
        "\r",
        "\n",
        "OK",
        "ERROR",
        "[OK]",
        "[ERROR]",
        "+OK",
        "+OK=5",
        "+ERR=-8",
        ">",
        "#",
        "+IPD,",
        "+IPD,0,5:",
        "+IPD,3:",
        "+CIPRECVDATA,4:",
        "{0,127.0.0.1,5000,3}",
        "{Q,t/x,,4}",
        "+SOCKRD:1,3,\r\n#",
        "+SKTRPT=1,4,127.0.0.1,80\r\n\r\n",
        "+MQD:3,",
        "+MTOPIC:3,a/b",
        "+MQTTSUBRECV:0,\"t\",3,",
        "[0,,,5]",
        "[5]",
        "busy p...",
        "ready",
        "WIFI CONNECTED",
        "0,CONNECT",
        "[CONNECT 1]",
        "[Link-Up Event]",
        "+WSCNIND:-50,3,6,\"aa:bb:cc:dd:ee:ff\",\"x\"",
        "SEND OK",
        "99999999999",
        ",",
        "\"",
        "\xff\xfe",
        QByteArray("\x00", 1),
        "\xc3\xa9",
    };
    return f;
}

QList<QByteArray> commandsFor(const QString &id)
{
    QList<QByteArray> c = {"AT", "AT+GMR"};
    if (id == QLatin1String("wizfi360"))
        c << "AT+CIPSEND=0,5"
          << "AT+CIPRECVDATA=0,4"
          << "AT+CWLAP"
          << "AT+MQTTCON=0,0,0,\"h\",1883";
    else if (id == QLatin1String("wizfi310") || id == QLatin1String("wizfi250"))
        c << "AT+SSEND=0,,,5"
          << "AT+WSCAN"
          << "AT+MQTTPUB=t,5"
          << "AT+FGPIO=?";
    else if (id == QLatin1String("pic32mzw1"))
        c << "AT+SOCKRD=1,2,100"
          << "AT+SOCKWR=1,0"
          << "AT+WSCNA"
          << "AT+MQTTCONN";
    else if (id == QLatin1String("air602"))
        c << "AT+SKSND=1,5"
          << "AT+SKRCV=1,100"
          << "AT+WSCAN"
          << "AT+SKSTT=1";
    return c;
}

QByteArray randomStream(QRandomGenerator &rng)
{
    QByteArray s;
    const int pieces = 1 + int(rng.bounded(40));
    for (int i = 0; i < pieces; ++i) {
        if (rng.bounded(4) == 0) {
            QByteArray junk(1 + int(rng.bounded(6)), '\0');
            for (char &c : junk)
                c = char(rng.bounded(256));
            s += junk;
        } else {
            s += fragments().at(int(rng.bounded(int(fragments().size()))));
        }
    }
    return s;
}

QByteArrayList frames(const QString &id, const QByteArray &command, const QList<QByteArray> &reads)
{
    auto dialect = DialectRegistry::create(id);
    QByteArrayList out;
    AtInterpreter interpreter(*dialect, [&out](const AtFrame &f) {
        if (f.kind == AtFrame::Kind::Ignore)
            qFatal("an Ignore frame escaped the interpreter");
        out << f.toJson();
    });
    interpreter.commandSent(command);
    for (const QByteArray &r : reads)
        interpreter.moduleBytes(r);
    interpreter.endOfInput();
    return out;
}
} // namespace

class TstDialectRobustness : public QObject
{
    Q_OBJECT
private slots:
    void hostileInputFramesTheSameHoweverItIsCut_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : DialectRegistry::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void hostileInputFramesTheSameHoweverItIsCut()
    {
        QFETCH(QString, id);
        QRandomGenerator rng(20261122);
        for (const QByteArray &command : commandsFor(id)) {
            for (int round = 0; round < 400; ++round) {
                const QByteArray stream = randomStream(rng);
                const QByteArrayList whole = frames(id, command, {stream});
                const qsizetype cut = qsizetype(rng.bounded(int(stream.size()) + 1));
                const QByteArrayList two = frames(id, command, {stream.left(cut), stream.mid(cut)});
                if (two != whole) {
                    qWarning("%s, %s, cut at %lld of %s", qPrintable(id), command.constData(),
                             qlonglong(cut), stream.toHex().constData());
                    QCOMPARE(two.join('\n'), whole.join('\n'));
                }
                QList<QByteArray> bytes;
                for (const char c : stream)
                    bytes << QByteArray(1, c);
                QCOMPARE(frames(id, command, bytes).join('\n'), whole.join('\n'));
            }
        }
    }

    void aHugeDeclaredLengthDoesNotSwallowTheSessionForever()
    {
        // A header announcing far more than follows: the rest of the input is payload until the
        // end of input, and the flush reports it rather than losing it.
        for (const QString &id : DialectRegistry::ids()) {
            const QByteArrayList out = frames(id, "AT", {"+IPD,0,99999:abc{0,1.2.3.4,5,99999}xyz"});
            QVERIFY2(!out.isEmpty(), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TstDialectRobustness)
#include "tst_dialectrobustness.moc"
