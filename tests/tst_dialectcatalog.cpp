#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"

#include <QSet>
#include <QTest>

namespace {

const QString FirmwareMark = QStringLiteral("(firmware, not in the manual)");

std::unique_ptr<Dialect> dialect(const QString &id)
{
    std::unique_ptr<Dialect> d = DialectRegistry::create(id);
    if (!d)
        qFatal("no dialect %s", qPrintable(id));
    return d;
}

const AtCommandInfo *find(const QList<AtCommandInfo> &catalog, const QByteArray &name)
{
    for (const AtCommandInfo &info : catalog) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

// The catalog entry of a command as sent: its name is everything before '=' or '?'. A V.250
// basic command with its digit ("ATV5") may be listed without it ("ATV").
const AtCommandInfo *entryFor(const QList<AtCommandInfo> &catalog, const QByteArray &command)
{
    QByteArray name = command.trimmed().toUpper();
    const qsizetype end = name.indexOf('=') >= 0 ? name.indexOf('=') : name.indexOf('?');
    if (end >= 0)
        name.truncate(end);
    if (const AtCommandInfo *info = find(catalog, name))
        return info;
    while (!name.isEmpty() && name.back() >= '0' && name.back() <= '9')
        name.chop(1);
    return find(catalog, name);
}

} // namespace

class TstDialectCatalog : public QObject
{
    Q_OBJECT

private slots:
    void allDialectsRegistered();
    void wellFormed_data();
    void wellFormed();
    void coversOwnCommands_data();
    void coversOwnCommands();
    void sizeMatchesDigest_data();
    void sizeMatchesDigest();
    void manualSyntax_data();
    void manualSyntax();
    void firmwareOnlyCommands();

private:
    void addIds();
};

void TstDialectCatalog::addIds()
{
    QTest::addColumn<QString>("id");
    const QStringList ids = DialectRegistry::ids();
    for (const QString &id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TstDialectCatalog::allDialectsRegistered()
{
    const QStringList ids = DialectRegistry::ids();
    for (const char *id : {"wizfi310", "wizfi360", "wizfi250", "pic32mzw1", "air602"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TstDialectCatalog::wellFormed_data()
{
    addIds();
}

void TstDialectCatalog::wellFormed()
{
    QFETCH(QString, id);
    const QList<AtCommandInfo> catalog = dialect(id)->catalog();
    QVERIFY(!catalog.isEmpty());

    const QSet<QString> groups{QStringLiteral("basic"),   QStringLiteral("wifi"),
                               QStringLiteral("network"), QStringLiteral("mqtt"),
                               QStringLiteral("gpio"),    QStringLiteral("other")};
    QSet<QByteArray> names;
    for (const AtCommandInfo &info : catalog) {
        const QByteArray what = id.toUtf8() + ' ' + info.name;
        QVERIFY2(!names.contains(info.name), "duplicate " + what);
        names.insert(info.name);
        QVERIFY2(info.name.startsWith("AT"), what);
        QVERIFY2(info.name == info.name.toUpper(), what);
        QVERIFY2(!info.name.contains('=') && !info.name.contains('?') && !info.name.contains(' '),
                 what);
        QVERIFY2(groups.contains(info.group), what + " group " + info.group.toUtf8());

        // One sentence.
        QVERIFY2(!info.summary.isEmpty(), what);
        QVERIFY2(info.summary.endsWith(QLatin1Char('.')), what);
        QVERIFY2(!info.summary.contains(QLatin1Char('\n')), what);

        // Every line is a form of this command: the name, then the end or a delimiter, so that
        // AT+CWJAP's forms cannot be AT+CWJAP_CUR's.
        QVERIFY2(!info.syntax.isEmpty(), what);
        const QString name = QString::fromLatin1(info.name);
        const QStringList lines = info.syntax.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QByteArray where = what + ": \"" + line.toUtf8() + '"';
            QVERIFY2(line == line.trimmed() && !line.isEmpty(), where);
            QVERIFY2(line.startsWith(name) ||
                         (name == QLatin1String("AT") && line.startsWith(QLatin1String("AT"))),
                     where);
            if (line.size() > name.size()) {
                const QChar next = line.at(name.size());
                QVERIFY2(QStringLiteral("=?[<").contains(next), where);
            }
            QVERIFY2(!line.contains(QLatin1String(" =")) && !line.contains(QLatin1String("= ")),
                     where);
            QVERIFY2(line.count(QLatin1Char('[')) == line.count(QLatin1Char(']')), where);
            QVERIFY2(line.count(QLatin1Char('<')) == line.count(QLatin1Char('>')), where);
            QVERIFY2(!line.contains(QLatin1String("<CR>")), where);
        }
        QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), lines.size());
    }
}

void TstDialectCatalog::coversOwnCommands_data()
{
    addIds();
}

void TstDialectCatalog::coversOwnCommands()
{
    QFETCH(QString, id);
    const std::unique_ptr<Dialect> d = dialect(id);
    const QList<AtCommandInfo> catalog = d->catalog();
    const QList<QByteArray> sent = d->sessionSetup() + d->identityQueries();
    QVERIFY(!sent.isEmpty());
    for (const QByteArray &command : sent)
        QVERIFY2(entryFor(catalog, command), command);
}

void TstDialectCatalog::sizeMatchesDigest_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("digestCount");
    QTest::addColumn<int>("firmwareOnly");
    // The digests' counts of manual commands (specs/<id>.md §4); echo on/off are two entries here
    // where a manual lists "ATE" once.
    QTest::newRow("wizfi360") << "wizfi360" << 81 << 3;
    QTest::newRow("wizfi310") << "wizfi310" << 53 << 0;
    QTest::newRow("wizfi250") << "wizfi250" << 48 << 6;
    QTest::newRow("pic32mzw1") << "pic32mzw1" << 30 << 2;
    QTest::newRow("air602") << "air602" << 61 << 0;
}

void TstDialectCatalog::sizeMatchesDigest()
{
    QFETCH(QString, id);
    QFETCH(int, digestCount);
    QFETCH(int, firmwareOnly);
    const QList<AtCommandInfo> catalog = dialect(id)->catalog();
    int firmware = 0;
    for (const AtCommandInfo &info : catalog) {
        if (info.summary.contains(FirmwareMark))
            ++firmware;
    }
    QCOMPARE(firmware, firmwareOnly);
    const int manual = int(catalog.size()) - firmware;
    QVERIFY2(
        manual >= digestCount - 2 && manual <= digestCount + 3,
        qPrintable(QStringLiteral("%1 manual commands, digest %2").arg(manual).arg(digestCount)));
}

void TstDialectCatalog::manualSyntax_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("syntax");
    QTest::addColumn<QString>("group");

    QTest::newRow("wizfi360 CIPSEND") << "wizfi360" << QByteArray("AT+CIPSEND")
                                      << "AT+CIPSEND\n"
                                         "AT+CIPSEND=<length>[,<remote IP>,<remote port>]\n"
                                         "AT+CIPSEND=<link ID>,<length>[,<remote IP>,<remote port>]"
                                      << "network";
    QTest::newRow("wizfi360 CWJAP_CUR") << "wizfi360" << QByteArray("AT+CWJAP_CUR")
                                        << "AT+CWJAP_CUR?\nAT+CWJAP_CUR=<ssid>,<pwd>[,<bssid>]"
                                        << "wifi";
    QTest::newRow("wizfi360 RESTORE")
        << "wizfi360" << QByteArray("AT+RESTORE") << "AT+RESTORE[=<type>]"
        << "basic";
    QTest::newRow("wizfi360 CWDHCPS_DEF (printed CWDHPCS_DEF)")
        << "wizfi360" << QByteArray("AT+CWDHCPS_DEF")
        << "AT+CWDHCPS_DEF?\nAT+CWDHCPS_DEF=<enable>[,<lease time>,<start IP>,<end IP>]"
        << "wifi";
    QTest::newRow("wizfi360 ATE0") << "wizfi360" << QByteArray("ATE0") << "ATE0"
                                   << "basic";

    QTest::newRow("wizfi310 WSET") << "wizfi310" << QByteArray("AT+WSET")
                                   << "AT+WSET=<WiFiMode>,<SSID>,<BSSID>,<Channel>\nAT+WSET=?"
                                   << "wifi";
    QTest::newRow("wizfi310 SSEND")
        << "wizfi310" << QByteArray("AT+SSEND")
        << "AT+SSEND=<SocketID>,<RemoteIP>,<RemotePort>,<SendSize>,<Timeout>"
        << "network";
    QTest::newRow("wizfi310 FGPIO") << "wizfi310" << QByteArray("AT+FGPIO")
                                    << "AT+FGPIO=<gpio_number>,<action:0>,<config_value>\n"
                                       "AT+FGPIO=<gpio_number>,<action:1>,<config_value>\n"
                                       "AT+FGPIO=<gpio_number>,<action:2>,<gpio_value>\n"
                                       "AT+FGPIO=<gpio_number>,<action:3>,<gpio_value>\n"
                                       "AT+FGPIO=?"
                                    << "gpio";

    QTest::newRow("wizfi250 FGPIO (action first)")
        << "wizfi250" << QByteArray("AT+FGPIO")
        << "AT+FGPIO=<action:0>,<gpio_number>\n"
           "AT+FGPIO=<action:1>,<gpio_number>,<gpio_value>\n"
           "AT+FGPIO=<action:2>,<gpio_number>,<config_value>\n"
           "AT+FGPIO=?"
        << "gpio";
    QTest::newRow("wizfi250 SCON")
        << "wizfi250" << QByteArray("AT+SCON")
        << "AT+SCON=<OpenType>,<SocketType>,<RemoteIP>,<RemotePort>,<LocalPort>,<DataMode>\n"
           "AT+SCON=?"
        << "network";
    QTest::newRow("wizfi250 MFDEF") << "wizfi250" << QByteArray("AT+MFDEF") << "AT+MFDEF=FR"
                                    << "basic";

    QTest::newRow("pic32mzw1 SOCKWR")
        << "pic32mzw1" << QByteArray("AT+SOCKWR") << "AT+SOCKWR=<SOCK_ID>,<LENGTH>[,<DATA>]"
        << "network";
    QTest::newRow("pic32mzw1 WSTAC") << "pic32mzw1" << QByteArray("AT+WSTAC")
                                     << "AT+WSTAC[=<param_id>]\nAT+WSTAC=<param_id>,<param_val>"
                                     << "wifi";
    QTest::newRow("pic32mzw1 MQTTPUB")
        << "pic32mzw1" << QByteArray("AT+MQTTPUB")
        << "AT+MQTTPUB=<DUP>,<QOS>,<RETAIN>,<TOPIC_NAME>,<TOPIC_PAYLOAD>"
        << "mqtt";
    QTest::newRow("pic32mzw1 SOCKWRTO (printed SOCKWRT0)")
        << "pic32mzw1" << QByteArray("AT+SOCKWRTO")
        << "AT+SOCKWRTO=<SOCK_ID>,<RMT_ADDR>,<RMT_PORT>,<LENGTH>[,<DATA>]"
        << "network";

    QTest::newRow("air602 KEY") << "air602" << QByteArray("AT+KEY")
                                << "AT+KEY=[!?][format],[index],[key]"
                                << "wifi";
    QTest::newRow("air602 SKCT")
        << "air602" << QByteArray("AT+SKCT")
        << "AT+SKCT=[protocol],[cs],[host_timeout],<remote_port>,<local_port>"
        << "network";
    QTest::newRow("air602 null command") << "air602" << QByteArray("AT+") << "AT+"
                                         << "basic";
    QTest::newRow("air602 APENCRY (printed ENCRY)")
        << "air602" << QByteArray("AT+APENCRY") << "AT+APENCRY=[!?][encry mode]"
        << "wifi";
}

void TstDialectCatalog::manualSyntax()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, name);
    QFETCH(QString, syntax);
    QFETCH(QString, group);
    const QList<AtCommandInfo> catalog = dialect(id)->catalog();
    const AtCommandInfo *info = find(catalog, name);
    QVERIFY2(info, name);
    QCOMPARE(info->syntax, syntax);
    QCOMPARE(info->group, group);
    QVERIFY(!info->summary.contains(FirmwareMark));
}

void TstDialectCatalog::firmwareOnlyCommands()
{
    // Listed because the dialect handles them; each is marked as not from the manual.
    const struct
    {
        const char *id;
        const char *name;
    } expected[] = {
        {"wizfi360", "AT+CWJAP"},   {"wizfi360", "AT+CIPSENDBUF"}, {"wizfi360", "AT+CIPRECVDATA"},
        {"wizfi250", "AT+WSET2"},   {"wizfi250", "AT+MTXP"},       {"wizfi250", "AT+MQTTCON"},
        {"wizfi250", "AT+MQTTPUB"}, {"pic32mzw1", "ATV"},          {"pic32mzw1", "AT"},
    };
    for (const auto &e : expected) {
        const QList<AtCommandInfo> catalog = dialect(QLatin1String(e.id))->catalog();
        const AtCommandInfo *info = find(catalog, e.name);
        QVERIFY2(info, e.name);
        QVERIFY2(info->summary.contains(FirmwareMark), e.name);
    }
    // The manual's misprinted names are not listed.
    QVERIFY(!find(dialect(QStringLiteral("wizfi360"))->catalog(), "AT+CWDHPCS_DEF"));
    QVERIFY(!find(dialect(QStringLiteral("pic32mzw1"))->catalog(), "AT+SOCKWRT0"));
}

QTEST_GUILESS_MAIN(TstDialectCatalog)
#include "tst_dialectcatalog.moc"
