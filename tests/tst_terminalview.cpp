// The raw terminal against a virtual module: typing, replies and round trips, history,
// completion, hex view, macros, find, pause, the bounded view and its colours.
#include "TerminalView.h"
#include "engine/ModuleConnection.h"
#include "terminal/CommandCompleter.h"
#include "terminal/CommandInput.h"
#include "terminal/FindBar.h"
#include "terminal/LineEndingBox.h"
#include "terminal/MacroBar.h"
#include "terminal/MacroStore.h"
#include "terminal/TerminalColors.h"
#include "terminal/TrafficFormatter.h"
#include "terminal/TrafficModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScrollBar>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

namespace {
using Kind = TerminalEntry::Kind;
const QString Family = QStringLiteral("pic32mzw1");

// The engine's setup commands have all had their final result: the terminal is quiet.
bool settled(const TrafficModel *model)
{
    bool open = false;
    int sent = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TerminalEntry *e = model->rowRef(row).entry;
        if (e->kind == Kind::Sent && e->command) {
            open = true;
            ++sent;
        } else if (e->kind == Kind::FinalOk || e->kind == Kind::FinalError) {
            open = false;
        }
    }
    return sent > 0 && !open;
}

// The first row at or after `from` of this kind whose text is `text`; -1 if none.
int rowOf(const TrafficModel *model, Kind kind, const QString &text, int from = 0)
{
    for (int row = qMax(0, from); row < model->rowCount(); ++row) {
        const TerminalEntry *e = model->rowRef(row).entry;
        if (e->kind == kind && e->text == text)
            return row;
    }
    return -1;
}

int rowOfKind(const TrafficModel *model, Kind kind, int from)
{
    for (int row = qMax(0, from); row < model->rowCount(); ++row) {
        if (model->rowRef(row).entry->kind == kind)
            return row;
    }
    return -1;
}

Kind kindAt(const TrafficModel *model, int row)
{
    return model->rowRef(row).entry->kind;
}

// A terminal attached to a virtual module, shown offscreen.
struct Rig
{
    explicit Rig(const QString &logDirectory = {})
    {
        connection.setLogDirectory(logDirectory);
        terminal.attach(&connection);
        terminal.resize(1000, 600);
        terminal.show();
        terminal.activateWindow();
    }
    bool open()
    {
        if (!QTest::qWaitForWindowActive(&terminal)) // focus follows keys only in an active window
            return false;
        connection.openVirtual(Family);
        if (!QTest::qWaitFor([&] { return connection.state() == ModuleConnection::State::Open; }))
            return false;
        return QTest::qWaitFor([&] { return settled(terminal.model()); });
    }
    void type(const QString &text)
    {
        terminal.input()->setFocus();
        QTest::keyClicks(terminal.input(), text);
        QTest::keyClick(terminal.input(), Qt::Key_Return);
        // The offscreen platform leaves the closed completion list as the active window.
        terminal.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&terminal));
    }

    ModuleConnection connection;
    TerminalView terminal;
};

TrafficItem frame(const AtFrame &f, qint64 msecs = 0)
{
    TrafficItem item;
    item.kind = TrafficItem::Kind::Frame;
    item.msecsSinceEpoch = msecs;
    item.frame = f;
    return item;
}
} // namespace

class TestTerminalView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void typedCommandShowsItsReplyAndRoundTrip();
    void commandsOfOthersGetTheirRoundTripFromTheTraffic();
    void controlCharactersAreShownAsEscapes();
    void anotherLineEndWritesRawBytes();
    void upAndDownWalkThePersistedHistory();
    void completionOffersCatalogCommandsWithSyntax();
    void hexViewShowsTheReplyBytes();
    void macroButtonSendsItsCommands();
    void findHighlightsAndSelectsARow();
    void pauseHoldsRowsBackUntilResumed();
    void viewKeepsTheNewestRowsOnly();
    void copyPutsSelectedRowsOnTheClipboard();
    void statusNamesTheSessionLog();
    void macrosRoundTripThroughAFile();
    void badMacroFilesGiveClearMessages();
    void coloursAreReadableOnLightAndDarkPalettes();

private:
    QTemporaryDir m_settings;
};

void TestTerminalView::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("AT Studio tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_terminalview"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestTerminalView::init()
{
    QSettings().clear(); // each test starts with no history, no macros, the text view
}

void TestTerminalView::typedCommandShowsItsReplyAndRoundTrip()
{
    Rig rig;
    QVERIFY(rig.open());
    TrafficModel *model = rig.terminal.model();
    rig.type(QStringLiteral("AT+GMR"));

    QCOMPARE(rig.terminal.input()->text(), QString());
    int sent = -1;
    QTRY_VERIFY((sent = rowOf(model, Kind::Sent, QStringLiteral("AT+GMR\\r\\n"))) >= 0);
    int final = -1;
    QTRY_VERIFY((final = rowOfKind(model, Kind::FinalOk, sent)) > sent);
    QCOMPARE(kindAt(model, sent + 1), Kind::Response);
    QCOMPARE(model->rowRef(sent + 1).entry->text, QStringLiteral("+GMR=\"0.3.1\""));
    QCOMPARE(model->rowRef(final).entry->text, QStringLiteral("OK"));
    // The round trip is the reply's, set when the reply finished (possibly after the row).
    QTRY_VERIFY(model->index(final).data(TrafficModel::RoundTripRole).isValid());
    QVERIFY(model->index(final).data(TrafficModel::RoundTripRole).toInt() >= 0);
    QVERIFY(model->rowText(final).contains(QStringLiteral(" ms)")));
    QVERIFY(!model->index(sent + 1).data(TrafficModel::RoundTripRole).isValid());
}

void TestTerminalView::commandsOfOthersGetTheirRoundTripFromTheTraffic()
{
    Rig rig;
    TrafficModel *model = rig.terminal.model();
    TrafficItem command;
    command.kind = TrafficItem::Kind::Command;
    command.msecsSinceEpoch = 1000;
    command.bytes = "AT+CWMODE?";
    emit rig.connection.traffic({command,
                                 frame(AtFrame::line("+CWMODE:1", AtFrame::Kind::Response), 1010),
                                 frame(AtFrame::okFinal("OK"), 1042)});
    const int final = rowOfKind(model, Kind::FinalOk, 0);
    QVERIFY(final > 0);
    QCOMPARE(model->index(final).data(TrafficModel::RoundTripRole).toInt(), 42);
    // A typed command refused before it went out lends its time to nobody.
    RoundTripTracker tracker;
    const int ticket = tracker.typedSent("AT+CWMODE?");
    QVERIFY(!tracker.typedFinished(ticket, 5000, false));
    QList<TerminalEntry> entries{TrafficFormatter::sent(1000, "AT+CWMODE?\r\n", true),
                                 TrafficFormatter::note(1001, QStringLiteral("x"))};
    entries[1].kind = Kind::FinalOk;
    tracker.process(&entries);
    QCOMPARE(entries[1].rttMs, 1);
    // A final result with no command before it (a late one) has no round trip.
    emit rig.connection.traffic(
        {frame(AtFrame::errorFinal("ERROR", 1, QStringLiteral("x")), 2000)});
    QVERIFY(!model->index(model->rowCount() - 1).data(TrafficModel::RoundTripRole).isValid());
}

void TestTerminalView::controlCharactersAreShownAsEscapes()
{
    Rig rig;
    TrafficModel *model = rig.terminal.model();
    emit rig.connection.traffic({frame(AtFrame::line(QByteArray("A\tB\x1a\r\x01\xff", 7)))});
    const TerminalEntry *e = model->rowRef(0).entry;
    QCOMPARE(e->text, QStringLiteral("A\\tB\\x1A\\r\\x01\\xFF"));
    // Escapes are painted dimmed: adjacent ones form one span.
    QCOMPARE(e->escapes.size(), 2);
    QCOMPARE(e->escapes.at(1).start, 4);
    QCOMPARE(e->escapes.at(1).length, 14);
    // UTF-8 text stays text.
    emit rig.connection.traffic({frame(AtFrame::line("+SSID:\"Café\""))});
    QCOMPARE(model->rowRef(1).entry->text, QStringLiteral("+SSID:\"Café\""));
}

void TestTerminalView::anotherLineEndWritesRawBytes()
{
    Rig rig;
    QVERIFY(rig.open());
    TrafficModel *model = rig.terminal.model();
    LineEndingBox *ending = rig.terminal.lineEnding();
    // The module's terminator is the default, and marked.
    QCOMPARE(ending->ending(), QByteArray("\r\n"));
    QVERIFY(ending->currentText().contains(QStringLiteral("module")));

    ending->setEnding("\n");
    rig.type(QStringLiteral("AT+GMM"));
    int sent = -1;
    QTRY_VERIFY((sent = rowOf(model, Kind::Sent, QStringLiteral("AT+GMM\\n"))) >= 0);
    QCOMPARE(model->rowRef(sent).entry->bytes, QByteArray("AT+GMM\n"));
    // The module executes a line on LF: its reply comes back, timed from the line going out.
    int final = -1;
    QTRY_VERIFY((final = rowOfKind(model, Kind::FinalOk, sent)) > sent);
    QVERIFY(rowOf(model, Kind::Response, QStringLiteral("+GMM=\"PIC32MZW1\""), sent) > sent);
    QVERIFY(model->index(final).data(TrafficModel::RoundTripRole).isValid());
}

void TestTerminalView::upAndDownWalkThePersistedHistory()
{
    {
        Rig rig;
        QVERIFY(rig.open());
        rig.type(QStringLiteral("AT+GMI"));
        rig.type(QStringLiteral("AT+GMR"));
        rig.type(QStringLiteral("AT+GMI")); // again: moves to the end, not twice in the list
        CommandInput *input = rig.terminal.input();
        QCOMPARE(input->history().entries(),
                 QStringList({QStringLiteral("AT+GMR"), QStringLiteral("AT+GMI")}));

        QTest::keyClicks(input, QStringLiteral("AT+"));
        QTest::keyClick(input->completer()->popup(), Qt::Key_Escape); // close the completion list
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("AT+GMI"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("AT+GMR"));
        QTest::keyClick(input, Qt::Key_Up); // the oldest stays
        QCOMPARE(input->text(), QStringLiteral("AT+GMR"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("AT+GMI"));
        QTest::keyClick(input, Qt::Key_Down); // past the newest: what was being typed
        QCOMPARE(input->text(), QStringLiteral("AT+"));
    }
    // A new terminal (the next start of the app) remembers.
    TerminalView again;
    QTest::keyClick(again.input(), Qt::Key_Up);
    QCOMPARE(again.input()->text(), QStringLiteral("AT+GMI"));

    // Bounded.
    CommandHistory small(QStringLiteral("terminal/smallHistory"), 3);
    for (int i = 0; i < 5; ++i)
        small.add(QStringLiteral("AT+N%1").arg(i));
    QCOMPARE(small.entries(), QStringList({"AT+N2", "AT+N3", "AT+N4"}));
}

void TestTerminalView::completionOffersCatalogCommandsWithSyntax()
{
    Rig rig;
    QVERIFY(rig.open());
    CommandInput *input = rig.terminal.input();
    QSignalSpy hints(input, &CommandInput::hintChanged);
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("at+gm")); // any case
    QCompleter *completer = input->completer();
    QStringList offered;
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        offered << completer->currentCompletion();
    }
    QVERIFY2(offered.contains(QStringLiteral("AT+GMM")), qPrintable(offered.join(' ')));
    QVERIFY(offered.contains(QStringLiteral("AT+GMR")));
    QVERIFY(!offered.contains(QStringLiteral("AT+WSTA")));
    QTRY_VERIFY(completer->popup()->isVisible());

    // A known command shows its syntax and summary.
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTest::keyClicks(input, QStringLiteral("m"));
    QVERIFY(!hints.isEmpty());
    QVERIFY2(hints.last().first().toString().contains(QStringLiteral("model identification")),
             qPrintable(hints.last().first().toString()));
    QVERIFY(input->toolTip().startsWith(QStringLiteral("AT+GMM")));
    auto *hint = rig.terminal.findChild<QWidget *>(QStringLiteral("syntaxHint"));
    QVERIFY(hint && hint->isVisible());
    // Parameters typed after '=' keep the help of their command.
    input->clear();
    QTest::keyClicks(input, QStringLiteral("AT+WSTAC=1,"));
    QVERIFY(input->toolTip().contains(QStringLiteral("AT+WSTAC")));
    // When typing pauses, the syntax shows as a tool tip (to a focused input: the offscreen
    // platform leaves the completion list as the active window).
    rig.terminal.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&rig.terminal));
    input->setFocus();
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("AT+WSTAC")), qPrintable(QToolTip::text()));
    input->clear();
    QTRY_VERIFY(!hint->isVisible());
}

void TestTerminalView::hexViewShowsTheReplyBytes()
{
    Rig rig;
    QVERIFY(rig.open());
    TrafficModel *model = rig.terminal.model();
    rig.type(QStringLiteral("AT+GMM"));
    QTRY_VERIFY(rowOf(model, Kind::Response, QStringLiteral("+GMM=\"PIC32MZW1\"")) >= 0);
    const int textRows = model->rowCount();

    rig.terminal.hexAction()->trigger();
    QVERIFY(model->hexMode());
    QCOMPARE(model->rowCount(), textRows); // every entry so far fits in 16 bytes
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->rowText(row);
    const QString all = rows.join('\n');
    // "+GMM="PIC32MZW1"" is 16 bytes: one full row, with its ASCII column.
    QVERIFY2(all.contains(QStringLiteral("0000  2B 47 4D 4D 3D 22 50 49  43 33 32 4D 5A 57 31 22  "
                                         "+GMM=\"PIC32MZW1\"")),
             qPrintable(all));
    // The command with its line end, two rows are not needed for 8 bytes.
    QVERIFY(all.contains(QStringLiteral("41 54 2B 47 4D 4D 0D 0A")));
    // A longer entry has a row per 16 bytes.
    emit rig.connection.traffic({frame(AtFrame::line("+WSTALU:1,\"lab-network\",6"))});
    QCOMPARE(model->rowCount(), textRows + 2);
    QVERIFY(model->rowText(textRows + 1).contains(QStringLiteral("0010  65 74 77 6F")));
    // The choice is remembered.
    TerminalView again;
    QVERIFY(again.model()->hexMode());
    rig.terminal.hexAction()->trigger();
    QCOMPARE(model->rowCount(), textRows + 1);
}

void TestTerminalView::macroButtonSendsItsCommands()
{
    Rig rig;
    QVERIFY(rig.open());
    TrafficModel *model = rig.terminal.model();
    rig.terminal.macros()->put(
        {QStringLiteral("Identify"),
         {{QStringLiteral("AT+GMI"), 0}, {QString(), 50}, {QStringLiteral("AT+GMM"), 0}}});
    auto *button = rig.terminal.findChild<QToolButton *>(QStringLiteral("macro:Identify"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(button->isChecked()); // running

    int gmi = -1;
    QTRY_VERIFY((gmi = rowOf(model, Kind::Sent, QStringLiteral("AT+GMI\\r\\n"))) >= 0);
    int gmm = -1;
    QTRY_VERIFY((gmm = rowOf(model, Kind::Sent, QStringLiteral("AT+GMM\\r\\n"), gmi)) > gmi);
    // Each command went after the reply to the one before.
    QVERIFY(rowOf(model, Kind::Response, QStringLiteral("+GMI=\"Microchip\""), gmi) < gmm);
    QVERIFY(rowOfKind(model, Kind::FinalOk, gmi) < gmm);
    QTRY_VERIFY(rowOf(model, Kind::Response, QStringLiteral("+GMM=\"PIC32MZW1\""), gmm) > gmm);
    QTRY_VERIFY(!button->isChecked()); // done
}

void TestTerminalView::findHighlightsAndSelectsARow()
{
    Rig rig;
    QVERIFY(rig.open());
    TrafficModel *model = rig.terminal.model();
    rig.type(QStringLiteral("AT+GMI"));
    rig.type(QStringLiteral("AT+GMR"));
    QTRY_VERIFY(rowOf(model, Kind::Response, QStringLiteral("+GMR=\"0.3.1\"")) >= 0);

    rig.terminal.view()->setFocus();
    QTest::keyClick(rig.terminal.view(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = rig.terminal.findBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("microchip"));

    const int row = rowOf(model, Kind::Response, QStringLiteral("+GMI=\"Microchip\""));
    QCOMPARE(rig.terminal.view()->currentIndex().row(), row);
    QVERIFY(rig.terminal.view()->selectionModel()->isRowSelected(row, {}));
    QVERIFY(model->index(row).data(TrafficModel::MatchRole).toBool());
    QVERIFY(!model->index(row + 1).data(TrafficModel::MatchRole).toBool());
    QVERIFY(!rig.terminal.followAction()->isChecked()); // the match does not scroll away

    // Next wraps round to the only match; a term found nowhere selects nothing new.
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(rig.terminal.view()->currentIndex().row(), row);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(!model->index(row).data(TrafficModel::MatchRole).toBool());
}

void TestTerminalView::pauseHoldsRowsBackUntilResumed()
{
    Rig rig;
    QVERIFY(rig.open());
    TrafficModel *model = rig.terminal.model();
    rig.terminal.pauseAction()->trigger();
    const int before = model->rowCount();
    rig.type(QStringLiteral("AT+GMR"));
    QTRY_VERIFY(model->heldBackCount() >= 3); // the command, its response and OK
    QCOMPARE(model->rowCount(), before);
    QVERIFY2(rig.terminal.statusText().contains(QStringLiteral("held back")),
             qPrintable(rig.terminal.statusText()));

    rig.terminal.pauseAction()->trigger();
    QCOMPARE(model->heldBackCount(), 0);
    QVERIFY(rowOf(model, Kind::Response, QStringLiteral("+GMR=\"0.3.1\""), before) >= before);
    QVERIFY(!rig.terminal.statusText().contains(QStringLiteral("held back")));
}

void TestTerminalView::viewKeepsTheNewestRowsOnly()
{
    Rig rig;
    TrafficModel *model = rig.terminal.model();
    QCOMPARE(model->capacity(), 20000);
    QList<TrafficItem> batch;
    for (int i = 0; i < 20100; ++i) {
        batch << frame(AtFrame::line("+LINE:" + QByteArray::number(i)), i);
        if (batch.size() == 2000) {
            emit rig.connection.traffic(batch);
            batch.clear();
        }
    }
    emit rig.connection.traffic(batch);
    QCOMPARE(model->rowCount(), 20000);
    QCOMPARE(model->rowRef(0).entry->text, QStringLiteral("+LINE:100"));
    QCOMPARE(model->rowRef(19999).entry->text, QStringLiteral("+LINE:20099"));
    // Following: the newest row is in view.
    QTRY_VERIFY(rig.terminal.view()->verticalScrollBar()->value() ==
                rig.terminal.view()->verticalScrollBar()->maximum());

    // Not following, the rows being read stay in place while older ones drop off.
    QListView *view = rig.terminal.view();
    rig.terminal.followAction()->setChecked(false);
    view->scrollTo(model->index(10000), QAbstractItemView::PositionAtTop);
    const QString reading = view->indexAt(QPoint(1, 1)).data(TrafficModel::TextRole).toString();
    QCOMPARE(reading, QStringLiteral("+LINE:10100"));
    emit rig.connection.traffic(QList<TrafficItem>(2000, frame(AtFrame::line("+NEW"))));
    QCOMPARE(model->rowRef(0).entry->text, QStringLiteral("+LINE:2100"));
    QCOMPARE(view->indexAt(QPoint(1, 1)).data(TrafficModel::TextRole).toString(), reading);
    rig.terminal.followAction()->setChecked(true);

    // Paused, even the held-back rows are bounded, and the status says where the rest is.
    rig.terminal.pauseAction()->trigger();
    for (int i = 0; i < 11; ++i)
        emit rig.connection.traffic(QList<TrafficItem>(2000, frame(AtFrame::line("+MORE"))));
    QCOMPARE(model->heldBackCount(), 20000);
    QVERIFY(rig.terminal.statusText().contains(QStringLiteral("session log")));
    rig.terminal.pauseAction()->trigger();
    QCOMPARE(model->rowCount(), 20000);
    QCOMPARE(model->rowRef(0).entry->text, QStringLiteral("+MORE"));
}

void TestTerminalView::copyPutsSelectedRowsOnTheClipboard()
{
    Rig rig;
    emit rig.connection.traffic({frame(AtFrame::line("+A:1"), 0), frame(AtFrame::line("+B:2"), 0),
                                 frame(AtFrame::okFinal("OK"), 0)});
    QListView *view = rig.terminal.view();
    view->selectionModel()->select(rig.terminal.model()->index(0), QItemSelectionModel::Select);
    view->selectionModel()->select(rig.terminal.model()->index(2), QItemSelectionModel::Select);
    rig.terminal.copySelection();
    const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("← +A:1")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("← OK")));
    QVERIFY(lines.at(0).contains(
        QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} "))));
}

void TestTerminalView::statusNamesTheSessionLog()
{
    QTemporaryDir logs;
    Rig rig(logs.path());
    QVERIFY(rig.terminal.statusText().contains(QStringLiteral("No session log")));
    QVERIFY(rig.open());
    QTRY_VERIFY(!rig.connection.logFile().isEmpty());
    QVERIFY2(rig.terminal.statusText().contains(QFileInfo(rig.connection.logFile()).fileName()),
             qPrintable(rig.terminal.statusText()));
}

void TestTerminalView::macrosRoundTripThroughAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("macros.json"));
    MacroStore store(QStringLiteral("terminal/testMacros"));
    const QList<Macro> macros{
        {QStringLiteral("Identify"),
         {{QStringLiteral("AT+GMI"), 0}, {QStringLiteral("AT+GMR"), 0}}},
        {QStringLiteral("Join \"lab\""),
         {{QStringLiteral("AT+WSTAC=1,\"lab\""), 0},
          {QString(), 2000},
          {QStringLiteral("AT+WSTA=1"), 0}}},
    };
    store.setMacros(macros);
    QString error;
    QVERIFY2(store.exportTo(path, &error), qPrintable(error));

    MacroStore other(QStringLiteral("terminal/otherMacros"));
    other.setMacros({{QStringLiteral("Identify"), {{QStringLiteral("AT"), 0}}},
                     {QStringLiteral("Mine"), {{QStringLiteral("AT+RST"), 0}}}});
    int count = 0;
    QVERIFY2(other.importFrom(path, &error, &count), qPrintable(error));
    QCOMPARE(count, 2);
    // Same name: replaced; others kept.
    QCOMPARE(other.macros().size(), 3);
    QCOMPARE(*other.find(QStringLiteral("Identify")), macros.at(0));
    QCOMPARE(*other.find(QStringLiteral("Join \"lab\"")), macros.at(1));
    QVERIFY(other.find(QStringLiteral("Mine")));
    // Kept in the settings too.
    MacroStore reloaded(QStringLiteral("terminal/otherMacros"));
    QCOMPARE(reloaded.macros(), other.macros());

    // The terminal's bar does the same and says so.
    Rig rig;
    QString message;
    QVERIFY(rig.terminal.macroBar()->importFile(path, &message));
    QVERIFY2(message.contains(QStringLiteral("Macros imported from")), qPrintable(message));
    QVERIFY(rig.terminal.findChild<QToolButton *>(QStringLiteral("macro:Join \"lab\"")));
}

void TestTerminalView::badMacroFilesGiveClearMessages()
{
    QTemporaryDir dir;
    MacroStore store(QStringLiteral("terminal/testMacros"));
    store.setMacros({{QStringLiteral("Keep"), {{QStringLiteral("AT"), 0}}}});
    auto importing = [&](const QByteArray &content) {
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        f.close();
        QString error;
        const bool ok = store.importFrom(path, &error);
        return ok ? QString() : error;
    };
    QString error = importing("{\"macros\": [ {\"name\": \"x\", ");
    QVERIFY2(error.contains(QStringLiteral("bad.json is not valid JSON")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("at character")));
    error = importing("{\"panels\": []}");
    QVERIFY2(error.contains(QStringLiteral("has no \"macros\" list")), qPrintable(error));
    error = importing("{\"macros\": [{\"steps\": [{\"command\": \"AT\"}]}]}");
    QVERIFY2(error.contains(QStringLiteral("macro 1 has no name")), qPrintable(error));
    error = importing("{\"macros\": [{\"name\": \"Reset\", \"steps\": [{\"command\": \"AT+RST\"}, "
                      "{\"waitMs\": -5}]}]}");
    QVERIFY2(error.contains(QStringLiteral("step 2 of macro \"Reset\"")), qPrintable(error));
    error = importing("{\"format\": \"atstudio-macros\", \"version\": 9, \"macros\": []}");
    QVERIFY2(error.contains(QStringLiteral("newer AT Studio")), qPrintable(error));
    QString missing;
    QVERIFY(!store.importFrom(dir.filePath(QStringLiteral("nowhere.json")), &missing));
    QVERIFY2(missing.contains(QStringLiteral("Cannot read")), qPrintable(missing));
    // Nothing changed.
    QCOMPARE(store.macros().size(), 1);

    // The editor's text form.
    QString problem;
    QVERIFY(!Macro::stepsFromText(QStringLiteral("AT\nwait soon"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("Line 2")), qPrintable(problem));
    const auto steps = Macro::stepsFromText(QStringLiteral("AT+RST\n\nwait 1500 ms\nAT"), &problem);
    QVERIFY(steps);
    QCOMPARE(steps->size(), 3);
    QCOMPARE(steps->at(1).waitMs, 1500);
}

void TestTerminalView::coloursAreReadableOnLightAndDarkPalettes()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e1e1e));
    dark.setColor(QPalette::Text, QColor(0xe0e0e0));
    for (const QPalette &palette : {light, dark}) {
        const TerminalColors colors(palette);
        const QColor base = palette.color(QPalette::Base);
        for (int k = 0; k <= int(Kind::Note); ++k) {
            const double min = Kind(k) == Kind::Quiet ? 3.5 : 4.5;
            QVERIFY2(TerminalColors::contrast(colors.forKind(Kind(k)), base) >= min,
                     qPrintable(QStringLiteral("kind %1 on %2").arg(k).arg(base.name())));
        }
        QVERIFY(TerminalColors::contrast(colors.dim(), base) >= 3.5);
        // Kinds stay apart: sent, OK and error are different colours.
        QVERIFY(colors.forKind(Kind::Sent) != colors.forKind(Kind::FinalOk));
        QVERIFY(colors.forKind(Kind::FinalOk) != colors.forKind(Kind::FinalError));
    }
}

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
