// Korean and Simplified Chinese: every string translated, every placeholder kept, and the
// compiled translations really change what the window says.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // numerus forms are nested; take their text together
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}
} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyStringIsTranslatedWithItsPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << "ko";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void everyStringIsTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, language);
        const auto messages =
            readTs(QStringLiteral(ATSTUDIO_TS_DIR "/atstudio_%1.ts").arg(language));
        QVERIFY(messages.size() > 500);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished && !m.translation.isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(m.source) == placeholders(m.translation),
                     qPrintable(where + QStringLiteral(" -> ") + m.translation));
        }
    }

    void theCompiledTranslationChangesTheWindowsWords_data()
    {
        everyStringIsTranslatedWithItsPlaceholders_data();
    }

    void theCompiledTranslationChangesTheWindowsWords()
    {
        QFETCH(QString, language);
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(ATSTUDIO_QM_DIR "/atstudio_%1.qm").arg(language)));
        const QString connect = t.translate("ConnectionBar", "Connect");
        QVERIFY(!connect.isEmpty());
        QVERIFY(connect != QLatin1String("Connect"));
        QVERIFY(!t.translate("MainWindow", "&File").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
