// The Wi-Fi panel against the virtual module of each family, driven only through its widgets:
// a scan lists the world's access points (the Korean one too) and fills the join form; joining
// with the right key brings the link up with an address from the world's DHCP range (as the
// status service reads it back from the module); a wrong key ends in a readable error; leave;
// soft AP start and stop; and a bad form never leaves the panel.
#include "models/ModuleStatus.h"
#include "models/ScanResultsModel.h"
#include "panels/PanelSupport.h"
#include "panels/WifiPanel.h"
#include "services/StatusService.h"
#include "services/WifiService.h"
#include "sim/World.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

constexpr int ActionWaitMs = 20000;

// Types text as key presses; QTest::keyClicks takes ASCII only, Hangul goes as key text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// A module connection with the services and the panel the main window would give it.
struct Bench
{
    ModuleConnection connection;
    StatusService status{&connection};
    WifiService service{&connection};
    WifiPanel panel{&service, status.status()};

    Bench()
    {
        // As the main window wires them: the link status is read again after every Wi-Fi
        // action (not every family announces a join or a leave with a message).
        QObject::connect(&service, &CapabilityService::actionFinished, &status,
                         &StatusService::refresh);
    }

    bool open(const QString &id)
    {
        connection.openVirtual(id);
        QElapsedTimer t;
        t.start();
        while (!service.isConnected() && t.elapsed() < ActionWaitMs)
            QTest::qWait(20);
        return service.isConnected();
    }

    template <typename T> T *get(const char *name)
    {
        T *w = panel.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s in the Wi-Fi panel", name);
        return w;
    }
    QLineEdit *edit(const char *name) { return get<QLineEdit>(name); }
    QPushButton *button(const char *name) { return get<QPushButton>(name); }
    ActionStatus *actionStatus() { return get<ActionStatus>("actionStatus"); }
    QTableView *table() { return get<QTableView>("scanTable"); }

    void type(const char *name, const QString &text)
    {
        QLineEdit *e = edit(name);
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        typeText(e, text);
    }

    // Clicks the button and waits for the action it started to end; returns whether it succeeded.
    bool act(const char *buttonName)
    {
        QSignalSpy finished(&service, &CapabilityService::actionFinished);
        QTest::mouseClick(button(buttonName), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(ActionWaitMs))
            return false;
        return finished.first().at(1).toBool();
    }

    int rowOfSsid(const QString &ssid)
    {
        QAbstractItemModel *m = table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, ScanResultsModel::Ssid).data().toString() == ssid)
                return row;
        }
        return -1;
    }
};

const QString ids[] = {QStringLiteral("wizfi310"), QStringLiteral("wizfi360"),
                       QStringLiteral("wizfi250"), QStringLiteral("pic32mzw1"),
                       QStringLiteral("air602")};

const World &world()
{
    static const World w = World::defaultWorld();
    return w;
}

const WorldAccessPoint &lab()
{
    return *world().findAccessPoint("WIZnet_Lab");
}

void addFamilies()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

} // namespace

class tst_WifiPanel : public QObject
{
    Q_OBJECT

private slots:
    void notConnectedDisablesEverything();
    void scanListsTheWorldAndFillsTheJoinForm_data() { addFamilies(); }
    void scanListsTheWorldAndFillsTheJoinForm();
    void joinWithTheRightKeyThenLeave_data() { addFamilies(); }
    void joinWithTheRightKeyThenLeave();
    void wrongKeyShowsTheModuleError_data() { addFamilies(); }
    void wrongKeyShowsTheModuleError();
    void softApStartsAndStops_data() { addFamilies(); }
    void softApStartsAndStops();
    void badFormsBlockTheButtons_data() { addFamilies(); }
    void badFormsBlockTheButtons();
    void featuresFollowTheFamily_data() { addFamilies(); }
    void featuresFollowTheFamily();
};

void tst_WifiPanel::notConnectedDisablesEverything()
{
    Bench b;
    auto *notice = b.get<QLabel>("notConnected");
    QVERIFY(notice->isVisibleTo(&b.panel));
    QCOMPARE(notice->text(), QStringLiteral("Connect to a module first."));
    QVERIFY(!b.button("scan")->isEnabled());
    QVERIFY(!b.button("join")->isEnabled());
    QVERIFY(!b.button("apStart")->isEnabled());

    QVERIFY(b.open(QStringLiteral("pic32mzw1")));
    QVERIFY(!notice->isVisibleTo(&b.panel));
    QVERIFY(b.button("scan")->isEnabled());

    b.connection.close();
    QTRY_VERIFY(notice->isVisibleTo(&b.panel));
    QVERIFY(!b.button("scan")->isEnabled());
}

void tst_WifiPanel::scanListsTheWorldAndFillsTheJoinForm()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("This family's Wi-Fi command set is not in the tree yet.");
    if (!b.service.capabilities().scan.available)
        QSKIP(qPrintable(b.service.capabilities().scan.reason));

    QVERIFY2(b.act("scan"), qPrintable(b.actionStatus()->text()));
    QVERIFY(b.actionStatus()->lastOk());
    for (const WorldAccessPoint &ap : world().accessPoints) {
        if (!ap.hidden)
            QVERIFY2(b.rowOfSsid(QString::fromUtf8(ap.ssid)) >= 0, ap.ssid.constData());
    }
    QVERIFY(b.rowOfSsid(QStringLiteral("연구소_5층")) >= 0);

    // Strongest first, and the bar's value beside it.
    QAbstractItemModel *shown = b.table()->model();
    QCOMPARE(shown->index(0, ScanResultsModel::Ssid).data().toString(),
             QStringLiteral("WIZnet_Lab"));
    QVERIFY(shown->index(0, ScanResultsModel::Rssi).data().toString().endsWith(u"dBm"));

    // Sorting by name puts the Korean network last (Hangul sorts after Latin letters).
    b.table()->sortByColumn(ScanResultsModel::Ssid, Qt::AscendingOrder);
    QCOMPARE(shown->index(shown->rowCount() - 1, ScanResultsModel::Ssid).data().toString(),
             QStringLiteral("연구소_5층"));

    // The filter keeps what matches, in any column.
    typeText(b.edit("scanFilter"), QStringLiteral("연구"));
    QCOMPARE(shown->rowCount(), 1);
    b.edit("scanFilter")->clear();
    QTest::keyClicks(b.edit("scanFilter"), QString::fromUtf8(lab().bssid).left(8));
    QVERIFY(b.rowOfSsid(QStringLiteral("WIZnet_Lab")) >= 0);
    b.edit("scanFilter")->clear();
    QVERIFY(shown->rowCount() >= 4);

    // A click on a network fills the join form.
    const int row = b.rowOfSsid(QStringLiteral("연구소_5층"));
    QTest::mouseClick(b.table()->viewport(), Qt::LeftButton, {},
                      b.table()->visualRect(shown->index(row, ScanResultsModel::Ssid)).center());
    QCOMPARE(b.edit("ssid")->text(), QStringLiteral("연구소_5층"));
    QVERIFY(b.get<QComboBox>("security")->currentText().contains(QLatin1String("WPA")));
    QVERIFY(b.edit("key")->isEnabled());
}

void tst_WifiPanel::joinWithTheRightKeyThenLeave()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("This family's Wi-Fi command set is not in the tree yet.");
    if (!b.service.capabilities().station.available)
        QSKIP(qPrintable(b.service.capabilities().station.reason));

    b.type("ssid", QStringLiteral("WIZnet_Lab"));
    b.type("key", QString::fromUtf8(lab().passphrase));
    // The key is hidden until asked for.
    QCOMPARE(b.edit("key")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(b.get<QCheckBox>("showKey"), Qt::LeftButton);
    QCOMPARE(b.edit("key")->echoMode(), QLineEdit::Normal);
    QVERIFY2(b.button("join")->isEnabled(), qPrintable(b.button("join")->toolTip()));

    QVERIFY2(b.act("join"), qPrintable(b.actionStatus()->text()));
    QVERIFY(b.actionStatus()->lastOk());
    ModuleStatus *s = b.status.status();
    QTRY_COMPARE_WITH_TIMEOUT(s->link(), ModuleStatus::Link::Connected, ActionWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(s->ip().startsWith(QLatin1String("192.168.10.")), ActionWaitMs);
    QTRY_COMPARE(b.get<QLabel>("statusLink")->text(), QStringLiteral("Connected"));
    QTRY_COMPARE(b.get<QLabel>("statusIp")->text(), s->ip());

    QVERIFY2(b.act("leave"), qPrintable(b.actionStatus()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(s->link(), ModuleStatus::Link::Disconnected, ActionWaitMs);
    QTRY_COMPARE(b.get<QLabel>("statusLink")->text(), QStringLiteral("Not connected"));
}

void tst_WifiPanel::wrongKeyShowsTheModuleError()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("This family's Wi-Fi command set is not in the tree yet.");
    if (!b.service.capabilities().station.available)
        QSKIP(qPrintable(b.service.capabilities().station.reason));

    b.type("ssid", QStringLiteral("WIZnet_Lab"));
    b.type("key", QStringLiteral("not-the-key"));
    QVERIFY(!b.act("join"));
    QVERIFY(!b.actionStatus()->lastOk());
    const QString message = b.actionStatus()->text();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.endsWith(u'…'), qPrintable(message)); // an outcome, not the progress line
    qInfo("%s: %s", qPrintable(id), qPrintable(message));
    // The failed command is quoted, but never the key (a demo on a projector).
    QVERIFY2(!message.contains(QLatin1String("not-the-key")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("6e6f742d7468652d6b6579"), Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY(b.status.status()->link() != ModuleStatus::Link::Connected);
}

void tst_WifiPanel::softApStartsAndStops()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("This family's Wi-Fi command set is not in the tree yet.");
    if (!b.service.capabilities().softAp.available)
        QSKIP(qPrintable(b.service.capabilities().softAp.reason));

    b.type("apSsid", QStringLiteral("ATStudio_AP"));
    b.type("apKey", QStringLiteral("studio-1234"));
    QVERIFY2(b.button("apStart")->isEnabled(), qPrintable(b.button("apStart")->toolTip()));
    QVERIFY2(b.act("apStart"), qPrintable(b.actionStatus()->text()));
    QVERIFY(b.actionStatus()->text().contains(QLatin1String("ATStudio_AP")));

    // Where the module reports its mode, it now runs an access point.
    ModuleStatus *s = b.status.status();
    if (s->isAvailable(ModuleStatus::Field::WifiMode)) {
        b.status.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(s->wifiMode() == ModuleStatus::WifiMode::SoftAp ||
                                     s->wifiMode() == ModuleStatus::WifiMode::StationAndSoftAp,
                                 ActionWaitMs);
    }

    QVERIFY2(b.act("apStop"), qPrintable(b.actionStatus()->text()));
    QVERIFY(b.actionStatus()->lastOk());
}

void tst_WifiPanel::badFormsBlockTheButtons()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("This family's Wi-Fi command set is not in the tree yet.");
    if (!b.service.capabilities().station.available)
        QSKIP(qPrintable(b.service.capabilities().station.reason));
    QSignalSpy started(&b.service, &CapabilityService::actionStarted);

    // An untouched form shows no problem, but the button says what is missing.
    QVERIFY(!b.button("join")->isEnabled());
    QVERIFY(!b.get<FieldProblem>("ssidProblem")->isVisibleTo(&b.panel));
    QVERIFY(!b.button("join")->toolTip().isEmpty());

    // 11 Hangul syllables are 33 bytes of UTF-8: one byte too many for an SSID.
    b.type("ssid", QString(11, QChar(0xAC00)));
    b.type("key", QStringLiteral("wiznet1234"));
    QVERIFY(!b.button("join")->isEnabled());
    auto *ssidProblem = b.get<FieldProblem>("ssidProblem");
    QVERIFY(ssidProblem->isVisibleTo(&b.panel));
    QVERIFY2(ssidProblem->text().contains(QLatin1String("33")), qPrintable(ssidProblem->text()));

    // A 7-character WPA key.
    b.type("ssid", QStringLiteral("WIZnet_Lab"));
    QVERIFY(!ssidProblem->isVisibleTo(&b.panel));
    b.type("key", QStringLiteral("1234567"));
    QVERIFY(!b.button("join")->isEnabled());
    auto *keyProblem = b.get<FieldProblem>("keyProblem");
    QVERIFY(keyProblem->isVisibleTo(&b.panel));
    QVERIFY(!keyProblem->text().isEmpty());
    QTest::keyClicks(b.edit("key"), QStringLiteral("8"));
    QVERIFY(!keyProblem->isVisibleTo(&b.panel));
    QVERIFY(b.button("join")->isEnabled());

    // Static addressing asks for a valid address.
    auto *staticIp = b.get<QWidget>("staticIp");
    if (staticIp->isEnabled()) {
        QTest::mouseClick(staticIp, Qt::LeftButton);
        b.type("ip", QStringLiteral("192.168.10.300"));
        QVERIFY(!b.button("join")->isEnabled());
        QVERIFY(b.get<FieldProblem>("ipProblem")->isVisibleTo(&b.panel));
        b.type("ip", QStringLiteral("192.168.10.30"));
        QVERIFY(b.button("join")->isEnabled());
    }

    // The access point form too: a 33-byte SSID, then a short key.
    if (b.service.capabilities().softAp.available) {
        b.type("apSsid", QString(33, u'A'));
        b.type("apKey", QStringLiteral("studio-1234"));
        QVERIFY(!b.button("apStart")->isEnabled());
        QVERIFY(b.get<FieldProblem>("apSsidProblem")->isVisibleTo(&b.panel));
        b.type("apSsid", QStringLiteral("ATStudio_AP"));
        b.type("apKey", QStringLiteral("short"));
        QVERIFY(!b.button("apStart")->isEnabled());
        QVERIFY(b.get<FieldProblem>("apKeyProblem")->isVisibleTo(&b.panel));
    }
    QCOMPARE(started.size(), 0); // nothing was sent
}

void tst_WifiPanel::featuresFollowTheFamily()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.commands())
        QSKIP("This family's Wi-Fi command set is not in the tree yet.");
    const DialectCapabilities &caps = b.service.capabilities();
    const QList<std::pair<const char *, DialectCapabilities::Feature>> groups{
        {"scanGroup", caps.scan}, {"stationGroup", caps.station}, {"softApGroup", caps.softAp}};
    for (const auto &[name, feature] : groups) {
        auto *group = b.get<QGroupBox>(name);
        QCOMPARE(group->isEnabled(), feature.available);
        if (!feature.available)
            QCOMPARE(group->toolTip(), feature.reason);
    }
    // The flash choice only where the family has one, explained in its tooltip.
    auto *persistence = b.get<QComboBox>("persistence");
    const bool canSave = caps.saveToFlash != DialectCapabilities::SaveToFlash::NotDocumented;
    QCOMPARE(persistence->isVisibleTo(&b.panel), canSave);
    if (canSave)
        QCOMPARE(persistence->toolTip(), caps.saveToFlashDescription);
    // The join form offers the family's security types.
    auto *security = b.get<QComboBox>("security");
    QCOMPARE(security->count(), int(b.service.commands()->stationSecurities().size()));
}

QTEST_MAIN(tst_WifiPanel)
#include "tst_wifipanel.moc"
