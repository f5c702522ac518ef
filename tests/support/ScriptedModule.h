#pragma once

#include "engine/AtSession.h"
#include "MiniDialect.h"
#include "transport/PipeTransport.h"

#include <QTest>
#include <functional>
#include <memory>

// The module end of a pipe, answering each command line with a script.
class ScriptedModule : public QObject
{
public:
    explicit ScriptedModule(PipeTransport *end)
        : m_end(end)
    {
        connect(end, &Transport::received, this, [this](const QByteArray &b) { onBytes(b); });
    }
    std::function<void(const QByteArray &command)> onCommand;
    std::function<void(const QByteArray &payload)> onPayload;
    qint64 payloadExpected = 0;
    QList<QByteArray> commands;

    void say(const QByteArray &bytes) { m_end->write(bytes); }

private:
    void onBytes(const QByteArray &bytes)
    {
        m_buffer += bytes;
        for (;;) {
            if (payloadExpected > 0) {
                if (m_buffer.size() < payloadExpected)
                    return;
                const QByteArray payload = m_buffer.left(payloadExpected);
                m_buffer.remove(0, payloadExpected);
                payloadExpected = 0;
                if (onPayload)
                    onPayload(payload);
                continue;
            }
            const int end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray command = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            commands << command;
            if (onCommand)
                onCommand(command);
        }
    }
    PipeTransport *m_end;
    QByteArray m_buffer;
};

// The engine with a MiniDialect on one end of a pipe and a ScriptedModule on the other.
struct ScriptedRig
{
    ScriptedRig()
    {
        auto [a, b] = PipeTransport::createPair(QStringLiteral("test"));
        hostEnd = std::move(a);
        moduleEnd = std::move(b);
        module = std::make_unique<ScriptedModule>(moduleEnd.get());
        session = std::make_unique<AtSession>(std::make_unique<MiniDialect>());
        session->setBusyBackoffMs(10);
        session->setTransport(hostEnd.get());
        moduleEnd->open();
    }
    // Open the link and let the session's setup (ATE0) run.
    void connectAndSettle()
    {
        module->onCommand = [this](const QByteArray &) { module->say("OK\r\n"); };
        hostEnd->open();
        QTRY_COMPARE(module->commands.size(), 1);
        QTRY_VERIFY(session->isIdle());
        module->commands.clear();
    }
    std::unique_ptr<PipeTransport> hostEnd;
    std::unique_ptr<PipeTransport> moduleEnd;
    std::unique_ptr<ScriptedModule> module;
    std::unique_ptr<AtSession> session;
};
