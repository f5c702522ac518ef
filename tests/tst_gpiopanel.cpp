// The GPIO panel against the virtual module of each family, driven only through its widgets: a
// pin set as an output, driven high and low and read back from the module; the ADC readings in the
// table and on the plot, once and periodically; and the families without GPIO show the panel
// disabled with the reason.
#include "models/GpioModels.h"
#include "panels/AdcPlot.h"
#include "panels/GpioPanel.h"
#include "panels/PanelSupport.h"
#include "services/GpioService.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

constexpr int ActionWaitMs = 20000;

struct Bench
{
    ModuleConnection connection;
    GpioService service{&connection};
    GpioPanel panel{&service};

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
            qFatal("no widget %s in the GPIO panel", name);
        return w;
    }
    QPushButton *button(const char *name) { return get<QPushButton>(name); }
    ActionStatus *actionStatus() { return get<ActionStatus>("actionStatus"); }

    // Runs what `trigger` starts and waits until the service is idle again; whether every
    // action it started succeeded.
    template <typename F> bool act(F trigger)
    {
        QSignalSpy finished(&service, &CapabilityService::actionFinished);
        trigger();
        QElapsedTimer t;
        t.start();
        while ((finished.isEmpty() || service.isBusy()) && t.elapsed() < ActionWaitMs)
            QTest::qWait(10);
        if (finished.isEmpty())
            return false;
        for (const auto &args : finished) {
            if (!args.at(1).toBool()) {
                qWarning("%s: %s", qPrintable(args.at(0).toString()),
                         qPrintable(args.at(2).toString()));
                return false;
            }
        }
        return true;
    }
    bool click(const char *name)
    {
        return act([this, name] { QTest::mouseClick(button(name), Qt::LeftButton); });
    }

    QString cell(const char *table, int row, int column)
    {
        QAbstractItemModel *m = get<QTableView>(table)->model();
        return m->index(row, column).data().toString();
    }
};

void addFamilies()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"wizfi310", "wizfi360", "wizfi250", "pic32mzw1", "air602"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

} // namespace

class tst_GpioPanel : public QObject
{
    Q_OBJECT

private slots:
    void withoutGpioThePanelSaysWhy_data() { addFamilies(); }
    void withoutGpioThePanelSaysWhy();
    void outputPinDrivenAndReadBack_data() { addFamilies(); }
    void outputPinDrivenAndReadBack();
    void adcReadingsReachTableAndPlot_data() { addFamilies(); }
    void adcReadingsReachTableAndPlot();
    void notConnected();
};

void tst_GpioPanel::withoutGpioThePanelSaysWhy()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    const auto &gpio = b.service.capabilities().gpio;
    auto *reason = b.get<QLabel>("gpioReason");
    auto *table = b.get<QTableView>("pinTable");
    if (gpio.available) {
        if (!b.service.commands())
            QSKIP("This family's GPIO command set is not in the tree yet.");
        QVERIFY(!reason->isVisibleTo(&b.panel));
        QVERIFY(table->isEnabled());
        return;
    }
    QVERIFY(!gpio.reason.isEmpty());
    QVERIFY(reason->isVisibleTo(&b.panel));
    QCOMPARE(reason->text(), gpio.reason);
    QVERIFY(!table->isEnabled());
    QVERIFY(!b.button("pinRead")->isEnabled());
    QVERIFY(!b.button("adcRead")->isEnabled());
    QVERIFY(!b.get<QComboBox>("pollInterval")->isEnabled());
    QCOMPARE(b.get<QWidget>("gpioContent")->toolTip(), gpio.reason);
}

void tst_GpioPanel::outputPinDrivenAndReadBack()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    if (!b.service.capabilities().gpio.available)
        QSKIP(qPrintable(b.service.capabilities().gpio.reason));
    if (!b.service.commands())
        QSKIP("This family's GPIO command set is not in the tree yet.");

    GpioPinsModel *pins = b.service.pins();
    QVERIFY(pins->count() > 0);
    int row = 0;
    while (row < pins->count() && !pins->at(row).pin.canOutput)
        ++row;
    QVERIFY(row < pins->count());
    const int pin = pins->at(row).pin.number;

    auto *table = b.get<QTableView>("pinTable");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, GpioPinsModel::Name)).center());
    QVERIFY(b.get<QLabel>("selectedPin")->text().contains(pins->at(row).pin.name));

    // Output.
    auto *mode = b.get<QComboBox>("pinMode");
    const int output = mode->findText(QStringLiteral("Output"));
    QVERIFY(output >= 0);
    QVERIFY(b.act([&] { mode->setCurrentIndex(output); }));
    QCOMPARE(b.cell("pinTable", row, GpioPinsModel::DirectionColumn), QStringLiteral("output"));
    auto *level = b.button("pinLevel");
    QVERIFY(level->isEnabled());

    // High, then read back from the module.
    QVERIFY(b.click("pinLevel"));
    QVERIFY(level->isChecked());
    QCOMPARE(level->text(), QStringLiteral("High"));
    QVERIFY(b.click("pinRead"));
    QCOMPARE(pins->at(row).level, 1);
    QCOMPARE(b.cell("pinTable", row, GpioPinsModel::Level), QStringLiteral("high"));
    QCOMPARE(b.actionStatus()->text(), QStringLiteral("GPIO %1 is high.").arg(pin));

    // Low, and read back again.
    QVERIFY(b.click("pinLevel"));
    QVERIFY(!level->isChecked());
    QVERIFY(b.click("pinRead"));
    QCOMPARE(pins->at(row).level, 0);
    QCOMPARE(b.actionStatus()->text(), QStringLiteral("GPIO %1 is low.").arg(pin));

    // Back to an input: the level can no longer be driven.
    // The first input mode the family offers (with or without a pull).
    const int input = mode->findText(QStringLiteral("Input"), Qt::MatchStartsWith);
    QVERIFY(input >= 0);
    QVERIFY(b.act([&] { mode->setCurrentIndex(input); }));
    QVERIFY(!level->isEnabled());
    QVERIFY(b.cell("pinTable", row, GpioPinsModel::DirectionColumn).startsWith(u"input"));
}

void tst_GpioPanel::adcReadingsReachTableAndPlot()
{
    QFETCH(QString, id);
    Bench b;
    QVERIFY(b.open(id));
    const auto &caps = b.service.capabilities();
    if (!caps.gpio.available)
        QSKIP(qPrintable(caps.gpio.reason));
    if (!b.service.commands())
        QSKIP("This family's GPIO command set is not in the tree yet.");
    if (!caps.adc.available) {
        QVERIFY(!b.get<QWidget>("adcGroup")->isEnabled());
        QCOMPARE(b.get<QWidget>("adcGroup")->toolTip(), caps.adc.reason);
        QSKIP(qPrintable(caps.adc.reason));
    }
    AdcModel *adc = b.service.adc();
    QVERIFY(adc->count() > 0);
    const int channel = adc->at(0).channel.number;
    auto *plot = b.get<AdcPlot>("adcPlot");
    QCOMPARE(plot->pointCount(channel), 0);

    // Once: every channel (none selected).
    QVERIFY(b.click("adcRead"));
    QVERIFY(adc->at(0).raw >= 0);
    QVERIFY(b.cell("adcTable", 0, AdcModel::Volts).endsWith(QLatin1String(" V")));
    QCOMPARE(b.cell("adcTable", 0, AdcModel::Raw), QString::number(adc->at(0).raw));
    QCOMPARE(plot->pointCount(channel), 1);

    // Periodically, every half second, until turned off.
    auto *poll = b.get<QComboBox>("pollInterval");
    poll->setCurrentIndex(poll->findData(500));
    QCOMPARE(b.service.pollIntervalMs(), 500);
    QTRY_VERIFY_WITH_TIMEOUT(plot->pointCount(channel) >= 4, ActionWaitMs);
    poll->setCurrentIndex(poll->findData(0));
    QCOMPARE(b.service.pollIntervalMs(), 0);
    QTRY_VERIFY(!b.service.isBusy());
    const int points = plot->pointCount(channel);
    QSignalSpy readings(adc, &AdcModel::readingAdded);
    QVERIFY(!readings.wait(1200)); // two periods of the old interval: nothing more arrives
    QCOMPARE(plot->pointCount(channel), points);
}

void tst_GpioPanel::notConnected()
{
    Bench b;
    auto *reason = b.get<QLabel>("gpioReason");
    QVERIFY(reason->isVisibleTo(&b.panel));
    QCOMPARE(reason->text(), QStringLiteral("Connect to a module first."));
    QVERIFY(!b.get<QTableView>("pinTable")->isEnabled());
}

QTEST_MAIN(tst_GpioPanel)
#include "tst_gpiopanel.moc"
