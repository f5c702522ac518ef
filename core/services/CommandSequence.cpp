#include "CommandSequence.h"

#include "engine/AtReply.h"

namespace {
QString eventMessage(const AtEvent &event)
{
    const QString message = event.fields.value(QStringLiteral("message")).toString();
    const QString reason = event.fields.value(AtFields::Reason).toString();
    const QVariant code = event.fields.value(AtFields::Code);
    QString text = !message.isEmpty() ? message : reason;
    if (text.isEmpty())
        text = QString::fromUtf8(event.raw);
    if (code.isValid() && !text.contains(code.toString()))
        text = CommandSequence::tr("%1 (code %2)").arg(text, code.toString());
    return text;
}
} // namespace

CommandSequence::CommandSequence(Sender send, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
{
    m_awaitTimer.setSingleShot(true);
    connect(&m_awaitTimer, &QTimer::timeout, this, [this] {
        const CommandStep &step = m_plan.steps.at(m_index);
        fail(tr("%1: no \"%2\" from the module within %3 s.")
                 .arg(QString::fromUtf8(substitute(step.command)), step.awaitEvent)
                 .arg(step.awaitMs / 1000.0));
    });
}

CommandSequence::~CommandSequence() = default;

void CommandSequence::start(const CommandPlan &plan, const QVariantMap &values)
{
    ++m_run;
    m_awaitTimer.stop();
    m_plan = plan;
    m_index = 0;
    m_values = values;
    m_responses.clear();
    m_events.clear();
    m_error.clear();
    m_failedCommand.clear();
    m_ok = false;
    m_running = true;
    if (plan.refused()) {
        m_error = plan.refusal;
        finish(false);
        return;
    }
    runStep();
}

void CommandSequence::cancel(const QString &why)
{
    if (!m_running)
        return;
    ++m_run;
    m_error = why;
    finish(false);
}

QByteArray CommandSequence::substitute(const QByteArray &text) const
{
    if (!text.contains('{'))
        return text;
    QByteArray out = text;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        out.replace('{' + it.key().toUtf8() + '}', it.value().toString().toUtf8());
    return out;
}

void CommandSequence::runStep()
{
    if (m_index >= m_plan.steps.size()) {
        finish(true);
        return;
    }
    const CommandStep &step = m_plan.steps.at(m_index);
    m_replied = false;
    m_awaitMet = false;
    m_stepEvents.clear();
    const QByteArray command = substitute(step.command);
    emit stepStarted(int(m_index), command);
    AtReply *reply = m_send(command, step.payload, step.timeoutMs);
    if (!reply) {
        fail(tr("%1: the module is not connected.").arg(QString::fromUtf8(command)));
        return;
    }
    m_reply = reply;
    const quint64 run = m_run;
    connect(reply, &AtReply::finished, this, [this, run, reply] { onReply(run, reply); });
}

void CommandSequence::onReply(quint64 run, AtReply *reply)
{
    if (run != m_run || !m_running)
        return;
    const CommandStep &step = m_plan.steps.at(m_index);
    m_replied = true;
    m_responses << reply->responses();
    if (!reply->ok()) {
        m_failedCommand = reply->command();
        const QString error =
            tr("%1: %2").arg(QString::fromUtf8(reply->command()), reply->errorString());
        if (step.mayFail) {
            ++m_index;
            runStep();
            return;
        }
        fail(error);
        return;
    }
    if (step.read) {
        QString error;
        if (!step.read(*reply, m_values, error)) {
            m_failedCommand = reply->command();
            fail(tr("%1: %2").arg(QString::fromUtf8(reply->command()), error));
            return;
        }
    }
    if (step.awaitEvent.isEmpty()) {
        stepDone();
        return;
    }
    m_awaitTimer.start(step.awaitMs);
    checkAwait();
}

void CommandSequence::onEvents(const QList<AtEvent> &events)
{
    for (const AtEvent &e : events) {
        if (!m_running)
            return;
        onEvent(e);
    }
}

void CommandSequence::onEvent(const AtEvent &event)
{
    if (!m_running)
        return;
    m_events << event;
    m_stepEvents << event;
    if (m_replied)
        checkAwait();
}

void CommandSequence::checkAwait()
{
    if (!m_running || m_index >= m_plan.steps.size())
        return;
    const CommandStep &step = m_plan.steps.at(m_index);
    if (step.awaitEvent.isEmpty())
        return;
    while (!m_stepEvents.isEmpty()) {
        const AtEvent e = m_stepEvents.takeFirst();
        if (step.eventError) {
            if (const QString error = step.eventError(e); !error.isEmpty()) {
                m_failedCommand = substitute(step.command);
                fail(tr("%1: %2").arg(QString::fromUtf8(m_failedCommand), error));
                return;
            }
        }
        if (step.failEvents.contains(e.name)) {
            m_failedCommand = substitute(step.command);
            fail(tr("%1: %2").arg(QString::fromUtf8(m_failedCommand), eventMessage(e)));
            return;
        }
        if (step.acceptEvent) {
            if (step.acceptEvent(e, m_values)) {
                stepDone();
                return;
            }
        } else if (e.name == step.awaitEvent) {
            for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it)
                m_values.insert(it.key(), it.value());
            stepDone();
            return;
        }
    }
}

void CommandSequence::stepDone()
{
    m_awaitTimer.stop();
    ++m_index;
    runStep();
}

void CommandSequence::fail(const QString &error)
{
    m_error = error;
    ++m_run;
    finish(false);
}

void CommandSequence::finish(bool ok)
{
    m_awaitTimer.stop();
    m_running = false;
    m_ok = ok;
    emit finished(ok);
}
