#include "TerminalView.h"

#include "dialects/Dialect.h"
#include "engine/ModuleConnection.h"
#include "terminal/CommandInput.h"
#include "terminal/FindBar.h"
#include "terminal/LineEndingBox.h"
#include "terminal/MacroBar.h"
#include "terminal/MacroRunner.h"
#include "terminal/MacroStore.h"
#include "terminal/TrafficDelegate.h"
#include "terminal/TrafficFormatter.h"
#include "terminal/TrafficModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const QString HexKey = QStringLiteral("terminal/hexView");
const QString FollowKey = QStringLiteral("terminal/follow");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrafficModel(this))
    , m_delegate(new TrafficDelegate(this))
    , m_view(new QListView(this))
    , m_findBar(new FindBar(this))
    , m_macros(new MacroStore(QStringLiteral("terminal/macros"), this))
    , m_macroBar(new MacroBar(m_macros, this))
    , m_input(new CommandInput(this))
    , m_ending(new LineEndingBox(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_hint(new QLabel(this))
    , m_logLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("terminal"));
    m_view->setObjectName(QStringLiteral("terminalRows"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    // Every row one line high: the view never measures rows, whatever the flood.
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAutoScroll(false); // no drag-scrolling while selecting at the edges into a flood
    m_input->setObjectName(QStringLiteral("terminalInput"));
    m_ending->setObjectName(QStringLiteral("lineEnding"));
    m_findBar->hide();
    m_hint->setObjectName(QStringLiteral("syntaxHint"));
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();
    m_logLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_logLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->setObjectName(QStringLiteral("terminalCounts"));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addActions({m_pause, m_follow, m_hex, m_find, m_copy, m_clear});
    toolbar->addSeparator();
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(toolbar);
    top->addWidget(m_macroBar, 1);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_ending);
    inputRow->addWidget(m_send);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_logLabel, 1);
    statusRow->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    layout->addLayout(inputRow);
    layout->addLayout(statusRow);

    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (!m_connection || m_connection->state() == ModuleConnection::State::Closed) {
            appendNote(tr("Not connected: choose a port (or the virtual module) above and "
                          "connect, then send."));
            return;
        }
        sendLine(m_input->take());
    });
    connect(m_send, &QPushButton::clicked, m_input, &QLineEdit::returnPressed);
    connect(m_input, &CommandInput::hintChanged, this, [this](const QString &hint) {
        m_hint->setText(hint);
        m_hint->setVisible(!hint.isEmpty());
    });
    connect(m_model, &TrafficModel::heldBackChanged, this, &TerminalView::updateStatus);
    connect(m_model, &TrafficModel::entryCountChanged, this, &TerminalView::updateStatus);
    connect(m_findBar, &FindBar::termChanged, this, [this](const QString &term) {
        m_model->setFindTerm(term);
        find(true, true);
    });
    connect(m_findBar, &FindBar::next, this, [this] { find(true); });
    connect(m_findBar, &FindBar::previous, this, [this] { find(false); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_model->setFindTerm({});
        m_input->setFocus();
    });
    connect(m_macroBar, &MacroBar::runRequested, this, &TerminalView::runMacro);
    connect(m_macroBar, &MacroBar::stopRequested, this, &TerminalView::stopMacro);
    connect(m_macroBar, &MacroBar::note, this, &TerminalView::appendNote);
    // Scrolling up stops following the newest rows; scrolling back to the end follows again.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::actionTriggered, this, [this, bar] {
        QTimer::singleShot(0, this,
                           [this, bar] { m_follow->setChecked(bar->value() >= bar->maximum()); });
    });

    setFontScale(1.0);
    if (m_hex->isChecked())
        m_model->setHexMode(true);
    updateStatus();
}

TerminalView::~TerminalView() = default;

void TerminalView::buildActions()
{
    const QSettings settings;
    auto make = [this](const QString &text, const QString &tip, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setToolTip(
            key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_pause = make(tr("Pause"),
                   tr("Stop adding rows to the view; they are held back (and logged) until you "
                      "resume"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        followIfWanted();
        updateStatus();
    });
    m_follow = make(tr("Follow"), tr("Keep the newest row in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(settings.value(FollowKey, true).toBool());
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(FollowKey, on);
        followIfWanted();
    });
    m_hex = make(tr("Hex"), tr("Show the bytes of every row as a hex dump"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_hex->setCheckable(true);
    m_hex->setChecked(settings.value(HexKey, false).toBool());
    connect(m_hex, &QAction::toggled, this, &TerminalView::setHexMode);
    m_find = make(tr("Find"), tr("Find in the terminal"), QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_findBar, &FindBar::open);
    m_copy = make(tr("Copy"), tr("Copy the selected rows as text"), QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &TerminalView::copySelection);
    m_clear = make(tr("Clear"), tr("Clear the view (the session log keeps everything)"),
                   QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_clear, &QAction::triggered, this, [this] {
        m_model->clear();
        updateFindCount();
    });
    auto *selectAll = new QAction(tr("Select all"), this);
    connect(selectAll, &QAction::triggered, m_view, &QListView::selectAll);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_copy, selectAll, separator, m_find, m_hex, m_pause, m_clear});
}

void TerminalView::setFontScale(double scale)
{
    m_fontScale = scale;
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else
        f.setPixelSize(qRound(f.pixelSize() * scale));
    m_view->setFont(f);
    m_input->setFont(f);
    m_hint->setFont(f);
    m_view->doItemsLayout(); // the rows' height follows the font
    followIfWanted();
}

void TerminalView::attach(ModuleConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &ModuleConnection::traffic, this, &TerminalView::showTraffic);
    connect(connection, &ModuleConnection::stateChanged, this, [this](ModuleConnection::State s) {
        if (s == ModuleConnection::State::Opening)
            moduleChanged();
        if (s == ModuleConnection::State::Closed) {
            m_logFile.clear();
            updateStatus();
        }
    });
    connect(connection, &ModuleConnection::logStarted, this, [this](const QString &file) {
        m_logFile = file;
        updateStatus();
    });
    m_logFile = connection->logFile();
    moduleChanged();
    updateStatus();
}

void TerminalView::moduleChanged()
{
    m_tracker.reset();
    const Dialect *dialect = m_connection ? m_connection->dialect() : nullptr;
    if (!dialect)
        return;
    m_terminator = dialect->terminator();
    if (dialect->id() != m_dialectId) {
        // A new family: its line end and its commands. The same family keeps the user's choice.
        m_dialectId = dialect->id();
        m_ending->setModuleTerminator(m_terminator);
        m_input->setCatalog(dialect->catalog());
    }
}

void TerminalView::appendNote(const QString &text)
{
    addEntries({TrafficFormatter::note(now(), text)});
}

void TerminalView::showTraffic(const QList<TrafficItem> &items)
{
    QList<TerminalEntry> entries;
    TrafficFormatter::appendTraffic(items, m_terminator, &entries);
    addEntries(std::move(entries));
}

void TerminalView::addEntries(QList<TerminalEntry> entries)
{
    if (entries.isEmpty())
        return;
    m_model->number(&entries);
    m_tracker.process(&entries);
    // Not following, the rows being read stay put while older ones drop off above them.
    const bool dropping =
        !m_model->isPaused() && m_model->entryCount() + entries.size() > m_model->capacity();
    const bool keepPlace = dropping && !m_follow->isChecked();
    quint64 anchor = 0;
    int anchorHexRow = 0;
    int anchorTop = 0;
    if (keepPlace) {
        const QModelIndex top = m_view->indexAt(QPoint(1, 1));
        if (top.isValid()) {
            anchor = top.data(TrafficModel::SeqRole).toULongLong();
            anchorHexRow = qMax(0, m_model->rowRef(top.row()).hexRow);
            anchorTop = m_view->visualRect(top).top();
        }
    }
    m_model->append(std::move(entries));
    const int row = anchor ? m_model->firstRowOf(anchor) : -1;
    if (row >= 0) {
        m_view->scrollTo(m_model->index(row + anchorHexRow), QAbstractItemView::PositionAtTop);
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->value() - anchorTop);
    }
    followIfWanted();
}

void TerminalView::followIfWanted()
{
    if (m_follow && m_follow->isChecked() && !m_model->isPaused())
        m_view->scrollToBottom();
}

void TerminalView::sendLine(const QString &text)
{
    if (!m_connection)
        return;
    const QByteArray ending = m_ending->ending();
    if (!text.isEmpty() && m_ending->isModuleTerminator()) {
        sendCommand(text.toUtf8());
        return;
    }
    // Another line end (or an empty line): the bytes as they are; the engine reports them back
    // as traffic like everything else that goes out.
    const QByteArray bytes = text.toUtf8() + ending;
    if (bytes.isEmpty())
        return;
    m_connection->writeRaw(bytes);
}

AtReply *TerminalView::sendCommand(const QByteArray &command)
{
    if (!m_connection)
        return nullptr;
    AtReply *reply = m_connection->send(command);
    const int ticket = m_tracker.typedSent(command);
    connect(reply, &AtReply::finished, this, [this, reply, ticket] {
        // Refused before sending (not connected, cancelled while queued): no line will come.
        const bool wentOut = reply->error() != AtReply::Error::Transport &&
                             reply->error() != AtReply::Error::Cancelled;
        if (const auto seq = m_tracker.typedFinished(ticket, reply->elapsedMs(), wentOut))
            m_model->setRoundTrip(*seq, int(reply->elapsedMs()));
        // A module error is on screen already; what the engine saw is not.
        if (!reply->ok() && reply->error() != AtReply::Error::Module)
            appendNote(tr("%1: %2").arg(QString::fromUtf8(reply->command()), reply->errorString()));
    });
    return reply;
}

void TerminalView::runMacro(const QString &name)
{
    const Macro *macro = m_macros->find(name);
    if (!macro || m_runners.contains(name))
        return;
    auto *runner = new MacroRunner(
        *macro, [this](const QByteArray &command) { return sendCommand(command); }, this);
    m_runners.insert(name, runner);
    m_macroBar->setRunning(name, true);
    connect(runner, &MacroRunner::finished, this, [this, runner, name](const QString &problem) {
        m_runners.remove(name);
        m_macroBar->setRunning(name, false);
        if (!problem.isEmpty())
            appendNote(tr("Macro \"%1\" stopped: %2").arg(name, problem));
        runner->deleteLater();
    });
    runner->start();
}

void TerminalView::stopMacro(const QString &name)
{
    if (MacroRunner *runner = m_runners.value(name))
        runner->stop();
}

void TerminalView::setHexMode(bool on)
{
    QSettings().setValue(HexKey, on);
    // Keep the user's place: the current entry's first row in the other view.
    const QModelIndex current = m_view->currentIndex();
    const quint64 seq = current.isValid() ? current.data(TrafficModel::SeqRole).toULongLong() : 0;
    m_model->setHexMode(on);
    const int row = seq ? m_model->firstRowOf(seq) : -1;
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row));
        m_view->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
    }
    followIfWanted();
    updateFindCount();
}

void TerminalView::find(bool forward, bool includeCurrent)
{
    int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    if (includeCurrent && from >= 0)
        from += forward ? -1 : 1;
    const int row = m_model->findRow(from, forward);
    if (row >= 0) {
        // Looking back in the rows: stop following the newest, or the match scrolls away.
        m_follow->setChecked(false);
        const QModelIndex index = m_model->index(row);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_view->viewport()->update();
    updateFindCount();
}

void TerminalView::updateFindCount()
{
    if (m_findBar->isHidden())
        return;
    const int total = m_model->matchCount();
    int current = 0;
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid() && m_model->rowMatches(index.row())) {
        for (int row = 0; row <= index.row(); ++row)
            current += m_model->rowMatches(row) ? 1 : 0;
    }
    m_findBar->setMatches(current, total);
}

void TerminalView::copySelection() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &index : rows)
        lines << m_model->rowText(index.row());
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QString TerminalView::statusText() const
{
    return m_logLabel->text() + QStringLiteral(" · ") + m_countLabel->text();
}

void TerminalView::updateStatus()
{
    const QString log = m_logFile.isEmpty()
                            ? tr("No session log yet: it starts when you connect.")
                            : tr("Session log: %1").arg(QDir::toNativeSeparators(m_logFile));
    if (m_logLabel->text() != log) {
        m_logLabel->setText(log);
        m_logLabel->setToolTip(tr("Everything sent and received is written to the session log; "
                                  "the terminal shows the newest %L1 rows.")
                                   .arg(m_model->capacity()));
    }
    const QLocale locale;
    QString counts = tr("%1 rows").arg(locale.toString(m_model->entryCount()));
    if (m_model->isPaused()) {
        counts = tr("Paused, held back: %1").arg(locale.toString(m_model->heldBackCount())) +
                 QStringLiteral(" · ") + counts;
        if (m_model->droppedWhilePaused() > 0)
            counts += tr(" · %1 older ones only in the session log")
                          .arg(locale.toString(m_model->droppedWhilePaused()));
    }
    if (m_countLabel->text() != counts)
        m_countLabel->setText(counts);
}
