#include "MacroRunner.h"

#include "engine/AtReply.h"

MacroRunner::MacroRunner(const Macro &macro, Send send, QObject *parent)
    : QObject(parent)
    , m_macro(macro)
    , m_send(std::move(send))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &MacroRunner::next);
}

void MacroRunner::start()
{
    m_step = 0;
    next();
}

void MacroRunner::stop()
{
    m_wait.stop();
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
    finish(tr("Stopped."));
}

void MacroRunner::next()
{
    if (m_done)
        return;
    if (m_step >= m_macro.steps.size()) {
        finish({});
        return;
    }
    const MacroStep step = m_macro.steps.at(m_step++);
    if (step.isWait()) {
        m_wait.start(step.waitMs);
        return;
    }
    m_reply = m_send(step.command.toUtf8());
    if (!m_reply) {
        finish(tr("Not connected to a module."));
        return;
    }
    connect(m_reply, &AtReply::finished, this, [this, reply = m_reply] {
        if (!reply)
            return;
        const AtReply::Error error = reply->error();
        if (error == AtReply::Error::Transport || error == AtReply::Error::Cancelled)
            finish(tr("Step %1 (%2): %3")
                       .arg(m_step)
                       .arg(QString::fromUtf8(reply->command()), reply->errorString()));
        else
            next();
    });
}

void MacroRunner::finish(const QString &problem)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(problem);
}
