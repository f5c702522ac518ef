#include "SimRig.h"

#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "sim/VirtualModuleFactory.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

SimRig::SimRig(const QString &dialectId, const World &world)
    : m_world(world)
{
    auto [a, b] = PipeTransport::createPair(QStringLiteral("virtual %1").arg(dialectId));
    m_hostEnd = std::move(a);
    m_moduleEnd = std::move(b);
    m_module = VirtualModuleFactory::create(dialectId, m_world);
    auto dialect = DialectRegistry::create(dialectId);
    if (!m_module || !dialect)
        qFatal("no virtual module or dialect for %s", qPrintable(dialectId));
    m_session = std::make_unique<AtSession>(std::move(dialect));
    m_session->setTransport(m_hostEnd.get());
    m_module->attach(m_moduleEnd.get());
    QObject::connect(m_session.get(), &AtSession::frameReceived, m_session.get(),
                     [this](const AtFrame &f) { m_frames << f; });
    QObject::connect(m_session.get(), &AtSession::eventReceived, m_session.get(),
                     [this](const AtEvent &e) { m_events << e; });
    QObject::connect(m_session.get(), &AtSession::dataReceived, m_session.get(),
                     [this](int socket, const QByteArray &bytes) { m_data[socket] += bytes; });
}

SimRig::~SimRig()
{
    for (const QPointer<AtReply> &r : m_replies)
        delete r.data();
    m_session.reset();
    m_module.reset();
}

bool SimRig::start(int timeoutMs)
{
    m_moduleEnd->open();
    m_module->powerOn();
    m_hostEnd->open(); // the session runs the dialect's setup
    return QTest::qWaitFor([this] { return m_session->isIdle(); }, timeoutMs);
}

AtReply *SimRig::run(const QByteArray &command, const QByteArray &payload, int waitMs)
{
    AtReply *reply = m_session->send(command, payload);
    reply->setAutoDelete(false);
    m_replies << reply;
    // An event loop that ends on finished() answers at once (qWaitFor polls every few ms).
    QEventLoop loop;
    QObject::connect(reply, &AtReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        qWarning("%s: no reply within %d ms", command.constData(), waitMs);
    return reply;
}

AtEvent SimRig::waitForEvent(const QString &name, int waitMs)
{
    AtEvent found;
    (void)QTest::qWaitFor(
        [&] {
            for (; m_eventsSeen < m_events.size(); ++m_eventsSeen) {
                if (m_events.at(m_eventsSeen).name == name) {
                    found = m_events.at(m_eventsSeen++);
                    return true;
                }
            }
            return false;
        },
        waitMs);
    return found;
}
