#pragma once

#include "dialects/commands/SocketCommands.h"

// Socket panel commands of the WizFi360: AT+CIPSTART/CIPSEND/CIPCLOSE with multiple connections
// (AT+CIPMUX=1, link IDs 0-4 chosen by the host), AT+CIPSERVER, and transparent mode
// (AT+CIPMODE=1, single connection only). See docs/dialects/wizfi360.md, "Panel commands".
class Wizfi360SocketCommands : public SocketCommands
{
public:
    // The module has one TCP server and it has no link ID (§3.3.16): its row in the panel uses
    // this number, one past the last link ID (the number AT+CIPCLOSE reads as "all", §3.3.13).
    static constexpr int ServerSocket = 5;
    // The single connection of AT+CIPMUX=0 (data mode) has no link ID either: it is socket 0.
    static constexpr int SingleSocket = 0;
    static constexpr int MaxLinks = 5; // link IDs 0-4 (§3.3.3)

    CommandPlan open(const SocketSettings &settings, const QList<int> &openSockets) const override;
    CommandPlan send(int socket, const QByteArray &bytes,
                     const SocketSettings &settings) const override;
    CommandPlan close(int socket) const override;
    CommandPlan closeAll(const QList<int> &openSockets) const override;
    CommandPlan enterDataMode(int socket) const override;
    // "+++" alone (§3.3.7); the module needs 20 ms of silence around it and asks for 1 s before
    // the next command, so the default 1 s guard suits it.
};
