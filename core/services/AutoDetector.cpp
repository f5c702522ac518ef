#include "AutoDetector.h"

#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"

#include <QJsonArray>
#include <algorithm>

namespace {
// After a rate change, what arrives for this long is what the port read at the old rate.
constexpr int SettleMs = 30;
// The bare line end that clears what earlier rates left in the module's line buffer: the module
// reads garbage at a wrong rate, and a real one keeps it until the next line end.
constexpr char LineEnd[] = "\r\n";
constexpr int FlushWaitMs = 60;
// How long a module may take to start its answer ("AT" is answered within a few milliseconds).
constexpr int HelloWaitMs = 200;
constexpr int IdentityWaitMs = 300;
// A reply has ended after this much silence; no reply is taken longer than MaxReplyMs.
constexpr int QuietMs = 40;
constexpr int MaxReplyMs = 1500;
} // namespace

// ---- DetectionResult ----

QString DetectionResult::confidenceLevel() const
{
    if (confidence >= 0.9)
        return QStringLiteral("high");
    if (confidence >= 0.7)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

QJsonObject DetectionResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("found"), found());
    o.insert(QStringLiteral("port"), port);
    if (found()) {
        o.insert(QStringLiteral("dialect"), dialectId);
        o.insert(QStringLiteral("dialect_name"), dialectName);
        o.insert(QStringLiteral("model"), model);
        o.insert(QStringLiteral("firmware"), firmware);
        o.insert(QStringLiteral("baud"), baud);
        o.insert(QStringLiteral("confidence"), qRound(confidence * 100) / 100.0);
        o.insert(QStringLiteral("confidence_level"), confidenceLevel());
        o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(evidence));
    }
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return o;
}

// ---- AutoDetector ----

AutoDetector::AutoDetector(QObject *parent)
    : QObject(parent)
    , m_bauds(defaultBaudRates())
    , m_wait(this)
{
    qRegisterMetaType<DetectionResult>();
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &AutoDetector::endExchange);
    for (const QString &id : DialectRegistry::ids()) {
        Family f;
        f.dialect = DialectRegistry::create(id);
        if (!f.dialect)
            continue;
        f.probe = f.dialect->detectionProbe();
        if (!f.probe.isValid())
            continue;
        if (!m_hellos.contains(f.probe.hello))
            m_hellos << f.probe.hello;
        m_families.push_back(std::move(f));
    }
}

AutoDetector::~AutoDetector()
{
    ++m_run;
    if (m_port)
        m_port->close();
}

QList<int> AutoDetector::defaultBaudRates()
{
    // The rates modules ship with or are usually set to first; then the rest of the rates the
    // five families' UART commands offer (AT+USET, AT+UART, AT+IPR), fastest first.
    return {115200, 9600,    57600, 38400, 19200, 230400, 460800,
            921600, 1843200, 14400, 4800,  2400,  1200};
}

void AutoDetector::setBaudRates(const QList<int> &rates)
{
    m_bauds.clear();
    for (const int r : rates) {
        if (r > 0 && !m_bauds.contains(r))
            m_bauds << r;
    }
}

void AutoDetector::start(const QString &portName)
{
    SerialSettings s;
    s.portName = portName;
    start(s);
}

void AutoDetector::start(const SerialSettings &settings)
{
    if (m_running)
        cancel();
    m_settings = settings;
    m_running = true;
    ++m_run;
    m_clock.start();
    m_best = DetectionResult{};
    m_bestHasIdentity = false;
    m_tried.clear();
    // finished() always comes after start() has returned, also when the port cannot be opened.
    after(0, [this] { begin(); });
}

void AutoDetector::cancel()
{
    if (!m_running)
        return;
    DetectionResult r;
    r.outcome = DetectionResult::Outcome::Cancelled;
    r.message = tr("Detection cancelled.");
    finish(r);
}

void AutoDetector::after(int ms, std::function<void()> f)
{
    const quint64 run = m_run;
    QTimer::singleShot(ms, this, [this, run, f = std::move(f)] {
        if (run == m_run && m_running)
            f();
    });
}

void AutoDetector::begin()
{
    if (m_bauds.isEmpty() || m_families.empty()) {
        giveUp();
        return;
    }
    SerialSettings s = m_settings;
    s.baudRate = m_bauds.first();
    m_port = std::make_unique<SerialTransport>(s);
    connect(m_port.get(), &Transport::received, this, &AutoDetector::onReceived);
    connect(m_port.get(), &Transport::errorOccurred, this,
            [this](const QString &message, bool lost) {
                if (!m_running || (m_port && m_port->isOpen() && !lost))
                    return; // a passing error (a write that failed) only costs that exchange
                DetectionResult r;
                r.outcome = DetectionResult::Outcome::PortError;
                r.message = message;
                finish(r);
            });
    emit progress(tr("Opening %1").arg(m_settings.portName));
    const quint64 run = m_run;
    m_port->open();
    if (run != m_run || !m_running)
        return; // the error handler has finished the run
    tryBaud(0);
}

int AutoDetector::lineMs(int bytes) const
{
    const int baud = m_port ? m_port->settings().baudRate : 115200;
    return int((qint64(bytes) * 10 * 1000 + baud - 1) / qMax(1, baud));
}

// ---- the search ----

void AutoDetector::tryBaud(int index)
{
    if (index >= m_bauds.size()) {
        giveUp();
        return;
    }
    m_baudIndex = index;
    const int baud = m_bauds.at(index);
    m_tried << QString::number(baud);
    if (!m_port->setBaudRate(baud)) {
        emit progress(tr("%1 does not accept %2 baud").arg(m_settings.portName).arg(baud));
        after(0, [this, index] { tryBaud(index + 1); });
        return;
    }
    emit progress(tr("Trying %1 baud").arg(baud));
    m_asked.clear();
    m_done = nullptr; // what arrives while settling is dropped (onReceived keeps nothing)
    after(SettleMs,
          [this] { exchange(LineEnd, FlushWaitMs, [this](const QByteArray &) { sendHello(0); }); });
}

void AutoDetector::sendHello(int index)
{
    if (index >= m_hellos.size()) {
        // This rate is done. A family confirmed by its identity replies ends the search here:
        // the rate is right even if the module did not name itself.
        if (m_bestHasIdentity && m_best.baud == m_bauds.at(m_baudIndex)) {
            finish(m_best);
            return;
        }
        tryBaud(m_baudIndex + 1);
        return;
    }
    m_helloIndex = index;
    const QByteArray hello = m_hellos.at(index);
    exchange(hello, HelloWaitMs, [this, hello, index](const QByteArray &reply) {
        m_candidates.clear();
        for (int i = 0; i < int(m_families.size()); ++i) {
            const DetectionProbe &p = m_families[size_t(i)].probe;
            if (p.hello != hello)
                continue;
            const DetectionHello h = p.recognizeHello(reply);
            if (h.score > 0)
                m_candidates << Candidate{i, h};
        }
        std::stable_sort(
            m_candidates.begin(), m_candidates.end(),
            [](const Candidate &a, const Candidate &b) { return a.hello.score > b.hello.score; });
        if (m_candidates.isEmpty()) {
            sendHello(index + 1);
            return;
        }
        tryCandidate(0);
    });
}

void AutoDetector::tryCandidate(int index)
{
    if (index >= m_candidates.size()) {
        sendHello(m_helloIndex + 1);
        return;
    }
    m_candidateIndex = index;
    const Family &f = m_families[size_t(m_candidates.at(index).family)];
    emit progress(tr("%1 baud: \"%2\" looks like %3; asking for its identity")
                      .arg(m_bauds.at(m_baudIndex))
                      .arg(m_candidates.at(index).hello.evidence, f.dialect->displayName()));
    m_replies.clear();
    askIdentity(0);
}

void AutoDetector::askIdentity(int query)
{
    const Family &f = m_families[size_t(m_candidates.at(m_candidateIndex).family)];
    if (query >= f.probe.identity.size()) {
        judgeCandidate();
        return;
    }
    const QByteArray q = f.probe.identity.at(query);
    // Another candidate asked the same already (AT+MINFO, AT+GMR): its reply serves both.
    const auto known = m_asked.constFind(q);
    if (known != m_asked.constEnd()) {
        m_replies << *known;
        askIdentity(query + 1);
        return;
    }
    exchange(q, IdentityWaitMs, [this, q, query](const QByteArray &reply) {
        m_asked.insert(q, reply);
        m_replies << reply;
        askIdentity(query + 1);
    });
}

void AutoDetector::judgeCandidate()
{
    const Candidate &c = m_candidates.at(m_candidateIndex);
    const Family &f = m_families[size_t(c.family)];
    const DetectionIdentity id = f.probe.readIdentity(m_replies);

    DetectionResult r;
    r.outcome = DetectionResult::Outcome::Found;
    r.port = m_settings.portName;
    r.dialectId = f.dialect->id();
    r.dialectName = f.dialect->displayName();
    r.baud = m_bauds.at(m_baudIndex);
    r.evidence << DetectionText::evidence(f.probe.hello, c.hello.evidence.toUtf8());
    if (id.confidence > 0) {
        r.model = id.model;
        r.firmware = id.firmware;
        r.confidence = id.confidence;
        r.evidence << id.evidence;
    } else {
        r.confidence = HelloOnly;
    }
    if (r.confidence >= SureEnough) {
        finish(r);
        return;
    }
    if (r.confidence > m_best.confidence) {
        m_best = r;
        m_bestHasIdentity = id.confidence > 0;
    }
    tryCandidate(m_candidateIndex + 1);
}

void AutoDetector::giveUp()
{
    if (m_best.found()) {
        finish(m_best);
        return;
    }
    DetectionResult r;
    r.outcome = DetectionResult::Outcome::NothingAnswered;
    r.message = tr("Nothing answered on %1 at %2 baud. Check the power, the wiring (the module's "
                   "TX to the adapter's RX and back) and that no other program uses the port.")
                    .arg(m_settings.portName,
                         m_tried.isEmpty() ? tr("any") : m_tried.join(QStringLiteral(", ")));
    finish(r);
}

void AutoDetector::finish(DetectionResult result)
{
    ++m_run;
    m_running = false;
    m_wait.stop();
    m_done = nullptr;
    if (m_port) {
        disconnect(m_port.get(), nullptr, this, nullptr);
        m_port->close();
        // Not deleted here: this may run inside one of the port's own signals.
        m_port.release()->deleteLater();
    }
    result.port = m_settings.portName;
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (result.found()) {
        QString what = result.model.isEmpty() ? result.dialectName : result.model;
        if (!result.firmware.isEmpty())
            what = tr("%1, firmware %2").arg(what, result.firmware);
        result.message = tr("Found %1 at %2 baud (%3 confidence).")
                             .arg(what)
                             .arg(result.baud)
                             .arg(result.confidenceLevel());
    }
    emit progress(result.message);
    emit finished(result);
}

// ---- one exchange ----

void AutoDetector::exchange(const QByteArray &bytes, int firstByteMs,
                            std::function<void(const QByteArray &)> done)
{
    m_reply.clear();
    m_done = std::move(done);
    m_exchangeClock.start();
    m_port->write(bytes);
    // The time to send our bytes and for the first bytes of an answer to come back.
    m_wait.start(firstByteMs + lineMs(int(bytes.size()) + 16));
}

void AutoDetector::onReceived(const QByteArray &bytes)
{
    if (!m_running || !m_done)
        return; // stale bytes: read at another rate, or after a reply was taken
    m_reply += bytes;
    if (m_exchangeClock.elapsed() >= MaxReplyMs) {
        m_wait.stop();
        endExchange();
        return;
    }
    m_wait.start(QuietMs + lineMs(12));
}

void AutoDetector::endExchange()
{
    if (!m_done)
        return;
    const auto done = std::exchange(m_done, nullptr);
    const QByteArray reply = std::exchange(m_reply, {});
    // Later, from the event loop: the next step may start another exchange.
    after(0, [done, reply] { done(reply); });
}
