#pragma once

#include "terminal/RoundTripTracker.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class AtReply;
class CommandInput;
class FindBar;
class LineEndingBox;
class MacroBar;
class MacroRunner;
class MacroStore;
class ModuleConnection;
class QAction;
class QLabel;
class QListView;
class QPushButton;
class TrafficDelegate;
class TrafficModel;
struct TerminalEntry;
struct TrafficItem;

// The raw terminal: every command, payload and frame of the session, time-stamped and coloured by
// kind, with round trips, a hex view, find, pause and copy; a line to type commands into, with
// history, completion from the module's catalog and a choice of line end; macro buttons. The
// screen keeps the newest rows (TrafficModel::DefaultCapacity); the session log keeps everything.
// Traffic arrives in the connection's batches and is appended one batch at a time.
class TerminalView : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    void attach(ModuleConnection *connection);
    void appendNote(const QString &text);
    // 1.0: the system's fixed font; the projector preset is 1.6.
    void setFontScale(double scale);

    // What the user typed and sent with Enter: through the engine when the line end is the
    // module's, as raw bytes otherwise.
    void sendLine(const QString &text);
    // Copies the selected rows as text.
    void copySelection() const;

    TrafficModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    CommandInput *input() const { return m_input; }
    LineEndingBox *lineEnding() const { return m_ending; }
    MacroStore *macros() const { return m_macros; }
    MacroBar *macroBar() const { return m_macroBar; }
    FindBar *findBar() const { return m_findBar; }
    QAction *pauseAction() const { return m_pause; }
    QAction *followAction() const { return m_follow; }
    QAction *hexAction() const { return m_hex; }
    QAction *findAction() const { return m_find; }
    QString statusText() const;

private:
    void buildActions();
    void showTraffic(const QList<TrafficItem> &items);
    void addEntries(QList<TerminalEntry> entries);
    AtReply *sendCommand(const QByteArray &command);
    void moduleChanged();
    void runMacro(const QString &name);
    void stopMacro(const QString &name);
    void find(bool forward, bool includeCurrent = false);
    void updateFindCount();
    void setHexMode(bool on);
    void followIfWanted();
    void updateStatus();

    QPointer<ModuleConnection> m_connection;
    TrafficModel *m_model;
    TrafficDelegate *m_delegate;
    QListView *m_view;
    FindBar *m_findBar;
    MacroStore *m_macros;
    MacroBar *m_macroBar;
    CommandInput *m_input;
    LineEndingBox *m_ending;
    QPushButton *m_send;
    QLabel *m_hint;
    QLabel *m_logLabel;
    QLabel *m_countLabel;
    QAction *m_pause = nullptr;
    QAction *m_follow = nullptr;
    QAction *m_hex = nullptr;
    QAction *m_find = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_clear = nullptr;
    RoundTripTracker m_tracker;
    QHash<QString, MacroRunner *> m_runners;
    QByteArray m_terminator = QByteArrayLiteral("\r\n");
    QString m_dialectId;
    QString m_logFile;
    double m_fontScale = 1.0;
};
