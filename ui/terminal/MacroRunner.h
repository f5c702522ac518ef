#pragma once

#include "Macro.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class AtReply;

// Runs one macro: each command waits for the reply of the one before (the engine queues them
// anyway, but a pause must start after the reply), pauses wait their time. A module error does
// not stop the macro (the terminal shows it); a lost connection does.
class MacroRunner : public QObject
{
    Q_OBJECT
public:
    // Sends one command; null when there is nothing to send to.
    using Send = std::function<AtReply *(const QByteArray &command)>;

    MacroRunner(const Macro &macro, Send send, QObject *parent = nullptr);

    QString name() const { return m_macro.name; }
    void start();
    void stop();

signals:
    // problem is empty when every step ran.
    void finished(const QString &problem);

private:
    void next();
    void finish(const QString &problem);

    Macro m_macro;
    Send m_send;
    int m_step = 0;
    QTimer m_wait;
    QPointer<AtReply> m_reply;
    bool m_done = false;
};
