#pragma once

#include "engine/AtSession.h"
#include "sim/VirtualModule.h"
#include "sim/World.h"
#include "transport/PipeTransport.h"

#include <memory>

// The engine connected to a dialect's virtual module through an in-process pipe, as the app's
// "Virtual module" connection does. For integration tests.
class SimRig
{
public:
    explicit SimRig(const QString &dialectId, const World &world = World::defaultWorld());
    ~SimRig();

    // Open the link, boot the module and wait until the session's setup has run.
    bool start(int timeoutMs = 10000);
    AtSession &session() { return *m_session; }
    VirtualModule &module() { return *m_module; }
    World &world() { return m_world; }

    // Send and wait for the reply (which the caller then owns; it is deleted with the rig if not).
    AtReply *run(const QByteArray &command, const QByteArray &payload = {}, int waitMs = 30000);
    // Wait until an event of this name arrives (or the time is up); returns it (name empty if not).
    AtEvent waitForEvent(const QString &name, int waitMs = 15000);
    // Every frame the session saw, in order.
    const QList<AtFrame> &frames() const { return m_frames; }
    QList<AtEvent> events() const { return m_events; }
    // Bytes received by the host per socket since start (from Data frames).
    QByteArray socketData(int socket) const { return m_data.value(socket); }
    void clearSocketData(int socket) { m_data.remove(socket); }

private:
    World m_world;
    std::unique_ptr<PipeTransport> m_hostEnd;
    std::unique_ptr<PipeTransport> m_moduleEnd;
    std::unique_ptr<VirtualModule> m_module;
    std::unique_ptr<AtSession> m_session;
    QList<AtFrame> m_frames;
    QList<AtEvent> m_events;
    qsizetype m_eventsSeen = 0;
    QHash<int, QByteArray> m_data;
    QList<QPointer<AtReply>> m_replies;
};
