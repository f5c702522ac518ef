#pragma once

#include "dialects/DetectionProbe.h"
#include "transport/SerialTransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

class Dialect;

// What auto-detection found on a port.
struct DetectionResult
{
    enum class Outcome { Found, NothingAnswered, Cancelled, PortError };
    Outcome outcome = Outcome::NothingAnswered;
    QString port;
    QString dialectId;   // "wizfi360"
    QString dialectName; // "WIZnet WizFi360"
    QString model;       // as the module names itself: "PIC32MZW1", "WizFi310 Rev 1.0"
    QString firmware;
    int baud = 0;
    double confidence = 0; // 0..1; see confidenceLevel()
    QStringList evidence;  // the replies that matched: "AT -> [OK]", "AT+MINFO -> 1.0.0.6 / ..."
    QString message;       // one readable sentence: the finding, or why there is none
    qint64 elapsedMs = 0;

    bool found() const { return outcome == Outcome::Found; }
    // "high" (the module named itself), "medium" (its replies have the family's form), "low"
    // (only the first answer matched).
    QString confidenceLevel() const;
    QJsonObject toJson() const;
};
Q_DECLARE_METATYPE(DetectionResult)

// Finds the baud rate and the module family on a serial port: at each rate it sends the
// families' hello lines (DetectionProbe), and asks the families whose answer matched for their
// identity. Only reading commands are sent, so the module's settings stay as they were. Never
// blocks: every wait is a timer; progress() tells what it is doing, finished() ends every run.
class AutoDetector : public QObject
{
    Q_OBJECT
public:
    explicit AutoDetector(QObject *parent = nullptr);
    ~AutoDetector() override;

    // The common rates first (115200, 9600, 57600, 38400, 19200, 230400, 460800, 921600), then
    // the rest of the usual list.
    static QList<int> defaultBaudRates();
    // Rates to try, in this order (the defaults unless set).
    void setBaudRates(const QList<int> &rates);
    QList<int> baudRates() const { return m_bauds; }

    // Probe a port (a name from the port list or a device path). The detector opens the port
    // itself and closes it before finished(). With SerialSettings, the frame, flow control and
    // DTR/RTS come from `settings` (its baud rate is ignored).
    void start(const QString &portName);
    void start(const SerialSettings &settings);
    // Stop at once: the port is closed and finished() reports Cancelled before this returns.
    void cancel();
    bool isRunning() const { return m_running; }

    // An identity at least this sure ends the search at once.
    static constexpr double SureEnough = 0.8;
    // Only the hello matched (the identity queries did not confirm it).
    static constexpr double HelloOnly = 0.3;

signals:
    void progress(const QString &message);
    void finished(const DetectionResult &result);

private:
    struct Family
    {
        std::unique_ptr<Dialect> dialect;
        DetectionProbe probe;
    };
    struct Candidate
    {
        int family = 0;
        DetectionHello hello;
    };

    void begin();
    void tryBaud(int index);
    void sendHello(int index);
    void tryCandidate(int index);
    void askIdentity(int query);
    void judgeCandidate();
    void giveUp();
    void finish(DetectionResult result);

    // Send `bytes`, then collect the reply: it ends after a short silence, or when nothing at
    // all came within `firstByteMs`.
    void exchange(const QByteArray &bytes, int firstByteMs,
                  std::function<void(const QByteArray &reply)> done);
    void onReceived(const QByteArray &bytes);
    void endExchange();
    // Milliseconds the line needs for `bytes` at the current rate.
    int lineMs(int bytes) const;
    // Run `f` later unless the run was cancelled or has ended meanwhile.
    void after(int ms, std::function<void()> f);

    QList<int> m_bauds;
    std::vector<Family> m_families;
    QList<QByteArray> m_hellos; // distinct hello lines, in family order

    SerialSettings m_settings;
    std::unique_ptr<SerialTransport> m_port;
    bool m_running = false;
    quint64 m_run = 0; // bumped by every start, cancel and finish: stale callbacks do nothing
    QElapsedTimer m_clock;

    // The current step.
    int m_baudIndex = 0;
    int m_helloIndex = 0;
    QList<Candidate> m_candidates;
    int m_candidateIndex = 0;
    QList<QByteArray> m_replies;           // identity replies of the current candidate
    QHash<QByteArray, QByteArray> m_asked; // query -> reply at this baud
    QStringList m_tried;                   // rates tried, for the message
    DetectionResult m_best;                // the surest partial finding so far
    bool m_bestHasIdentity = false;

    // The exchange in progress.
    QTimer m_wait;
    QElapsedTimer m_exchangeClock;
    QByteArray m_reply;
    std::function<void(const QByteArray &)> m_done;
};
