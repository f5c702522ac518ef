// The status dashboard (offscreen): it shows what the status holds, says "unknown" or "not
// available" instead of inventing values, names the AT command in every tooltip, keeps the
// periodic refresh choice, and presentation mode enlarges the text.
#include "DashboardView.h"
#include "models/ModuleStatus.h"
#include "services/StatusService.h"
#include "sim/VirtualModule.h"
#include "sim/VirtualModuleFactory.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Field = StatusField;

namespace {

QString text(const DashboardView &v, Field f)
{
    QLabel *l = v.valueLabel(f);
    return l ? l->text() : QStringLiteral("<no label>");
}

// The status a WizFi360 would have: a command for every field but the model.
void wizfi360Queries(ModuleStatus &s)
{
    const QList<QPair<Field, QByteArray>> queries{
        {Field::Firmware, "AT+GMR"},         {Field::Mac, "AT+CIPSTAMAC_CUR?"},
        {Field::WifiMode, "AT+CWMODE_CUR?"}, {Field::Link, "AT+CWJAP_CUR?"},
        {Field::Ssid, "AT+CWJAP_CUR?"},      {Field::Bssid, "AT+CWJAP_CUR?"},
        {Field::Channel, "AT+CWJAP_CUR?"},   {Field::Rssi, "AT+CWJAP_CUR?"},
        {Field::Ip, "AT+CIPSTA_CUR?"},       {Field::Gateway, "AT+CIPSTA_CUR?"},
        {Field::Dns, "AT+CIPDNS_CUR?"},      {Field::Sockets, "AT+CIPSTATUS"}};
    for (const auto &q : queries)
        s.setQuery(q.first, q.second);
}

} // namespace

class TstDashboardView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("atstudio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardview"));
    }
    void init() { QSettings().clear(); }

    void unknownFieldsSaySo()
    {
        ModuleConnection connection;
        StatusService service(&connection);
        DashboardView view(&service);
        // Nothing connected: every field is unknown, none shows a made-up value.
        for (const Field f : ModuleStatus::fields())
            QCOMPARE(text(view, f), QStringLiteral("unknown"));
        QVERIFY(!view.refreshButton()->isEnabled());

        ModuleStatus &s = *service.status();
        wizfi360Queries(s);
        QTRY_COMPARE(text(view, Field::Model), QStringLiteral("not available"));
        QCOMPARE(text(view, Field::Mac), QStringLiteral("unknown"));
        QVERIFY(view.valueLabel(Field::Mac)->font().italic());
        QVERIFY(view.valueLabel(Field::Model)
                    ->toolTip()
                    .contains(QLatin1String("Not available on this module")));

        s.setValue(Field::Mac, QStringLiteral("00:08:DC:5A:10:01"),
                   QStringLiteral("AT+CIPSTAMAC_CUR?"));
        s.setValue(Field::Ip, QVariant(), QStringLiteral("AT+CIPSTA_CUR?")); // known: none
        QTRY_COMPARE(text(view, Field::Mac), QStringLiteral("00:08:DC:5A:10:01"));
        QVERIFY(!view.valueLabel(Field::Mac)->font().italic());
        QCOMPARE(text(view, Field::Ip), QStringLiteral("no address"));

        // A value that can no longer be read does not stay on screen.
        s.setUnknown(Field::Mac, QStringLiteral("AT+CIPSTAMAC_CUR? failed: timeout"));
        QTRY_COMPARE(text(view, Field::Mac), QStringLiteral("unknown"));
        QVERIFY(view.valueLabel(Field::Mac)->toolTip().contains(QLatin1String("timeout")));
    }

    void tooltipsNameTheCommand()
    {
        ModuleConnection connection;
        StatusService service(&connection);
        DashboardView view(&service);
        ModuleStatus &s = *service.status();
        wizfi360Queries(s);
        s.setValue(Field::Ip, QStringLiteral("192.168.10.100"), QStringLiteral("\"WIFI GOT IP\""));
        QCoreApplication::processEvents();
        for (const Field f : ModuleStatus::fields()) {
            const QString tip = view.valueLabel(f)->toolTip();
            QVERIFY2(tip.contains(ModuleStatus::fieldName(f)), qPrintable(tip));
            if (s.isAvailable(f))
                QVERIFY2(tip.contains(QString::fromLatin1(s.query(f))), qPrintable(tip));
        }
        // Where the value came from, escaped for the tooltip's markup.
        QVERIFY(view.valueLabel(Field::Ip)->toolTip().contains(
            QLatin1String("&quot;WIFI GOT IP&quot;")));
    }

    void signalAsBarsAndDbm()
    {
        ModuleConnection connection;
        StatusService service(&connection);
        DashboardView view(&service);
        ModuleStatus &s = *service.status();
        QWidget *bars = view.findChild<QWidget *>(QStringLiteral("signalBars"));
        QVERIFY(bars);
        QCOMPARE(bars->property("bars").toInt(), -1); // unknown: outlines only
        s.setValue(Field::Rssi, -48, QStringLiteral("AT+CWJAP_CUR?"));
        QTRY_VERIFY(text(view, Field::Rssi).startsWith(QLatin1String("-48 dBm")));
        QCOMPARE(bars->property("bars").toInt(), 4);
        s.setValue(Field::Rssi, -80, QStringLiteral("AT+CWJAP_CUR?"));
        QTRY_VERIFY(text(view, Field::Rssi).startsWith(QLatin1String("-80 dBm")));
        QCOMPARE(bars->property("bars").toInt(), 1);
        s.setValue(Field::Rssi, QVariant(), QStringLiteral("AT+CWJAP_CUR?"));
        QTRY_COMPARE(text(view, Field::Rssi), QStringLiteral("no signal"));
        QCOMPARE(bars->property("bars").toInt(), 0);
    }

    void presentationModeEnlargesTheText()
    {
        ModuleConnection connection;
        StatusService service(&connection);
        DashboardView view(&service);
        view.resize(1024, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ModuleStatus &s = *service.status();
        s.setValue(Field::Ip, QStringLiteral("192.168.10.100"), QStringLiteral("AT+CIPSTA_CUR?"));
        s.setValue(Field::Link, int(StatusLink::Connected), QStringLiteral("AT+CWJAP_CUR?"));
        QCoreApplication::processEvents();

        QLabel *normal = view.valueLabel(Field::Ip);
        QVERIFY(normal && normal->isVisible());
        const qreal normalSize = QFontInfo(normal->font()).pointSizeF();
        QSignalSpy toggled(&view, &DashboardView::presentationModeChanged);
        view.presentationToggle()->click();
        QVERIFY(view.isPresentationMode());
        QCOMPARE(toggled.size(), 1);
        QLabel *big = view.valueLabel(Field::Ip);
        QVERIFY(big && big != normal);
        QVERIFY(big->isVisible());
        QVERIFY(!normal->isVisible());
        QCOMPARE(big->text(), QStringLiteral("192.168.10.100"));
        QVERIFY2(QFontInfo(big->font()).pointSizeF() >= 2.5 * normalSize,
                 qPrintable(QString::number(QFontInfo(big->font()).pointSizeF())));
        QCOMPARE(view.valueLabel(Field::Link)->text(), QStringLiteral("Connected"));
        // Few fields: the MAC address and firmware are not on the projector page.
        QVERIFY(!view.valueLabel(Field::Mac));
        QVERIFY(!view.valueLabel(Field::Firmware));
        // High contrast: light text on black.
        QWidget *page = view.findChild<QWidget *>(QStringLiteral("presentationPage"));
        QVERIFY(page);
        QCOMPARE(page->palette().color(QPalette::Window), QColor(Qt::black));
        QVERIFY(big->palette().color(QPalette::WindowText).lightness() > 200);

        QTest::keyClick(big, Qt::Key_Escape);
        QVERIFY(!view.isPresentationMode());
        QVERIFY(!view.presentationToggle()->isChecked());
    }

    void periodicRefreshChoiceIsKept()
    {
        ModuleConnection connection;
        StatusService service(&connection);
        {
            DashboardView view(&service);
            QCOMPARE(view.intervalBox()->count(), DashboardView::refreshChoices().size());
            QCOMPARE(service.intervalMs(), 0);
            view.intervalBox()->setCurrentIndex(view.intervalBox()->findData(5));
            QCOMPARE(service.intervalMs(), 5000);
            QCOMPARE(QSettings().value(DashboardView::refreshSettingsKey()).toInt(), 5);
        }
        StatusService other(&connection);
        DashboardView again(&other);
        QCOMPARE(again.intervalBox()->currentData().toInt(), 5);
        QCOMPARE(other.intervalMs(), 5000);
    }

    void showsTheModulesAnswers()
    {
        const QString id = QStringLiteral("pic32mzw1");
        if (!VirtualModuleFactory::create(id, World::defaultWorld()))
            QSKIP("no virtual PIC32MZW1 in this build");
        ModuleConnection connection;
        StatusService service(&connection);
        DashboardView view(&service);
        QSignalSpy refreshed(&service, &StatusService::refreshed);
        connection.openVirtual(id);
        QVERIFY(refreshed.wait(20000));
        QTRY_COMPARE(text(view, Field::Mac),
                     QString::fromLatin1(World::defaultWorld().stationMac).toUpper());
        QCOMPARE(text(view, Field::Model), QStringLiteral("PIC32MZW1"));
        QCOMPARE(text(view, Field::Link), QStringLiteral("Disconnected"));
        QCOMPARE(text(view, Field::Ip), QStringLiteral("no address"));
        QVERIFY(view.valueLabel(Field::Mac)->toolTip().contains(QLatin1String("AT+CFG=1")));
        QVERIFY(view.refreshButton()->isEnabled());

        view.refreshButton()->click();
        QVERIFY(service.isRefreshing());
        QVERIFY(refreshed.wait(20000));
    }
};

QTEST_MAIN(TstDashboardView)
#include "tst_dashboardview.moc"
