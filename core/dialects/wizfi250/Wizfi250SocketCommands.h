#pragma once

#include "dialects/commands/SocketCommands.h"

// Socket panel commands of the WizFi250 (AT+SCON / AT+SSEND / AT+SMGMT / AT+SDATA). The module
// names a socket only in the [CONNECT x] / [LISTEN x] message after AT+SCON's [OK]; a TCP
// server's accepted peer keeps the server's number. See docs/dialects/wizfi250.md.
class Wizfi250SocketCommands : public SocketCommands
{
public:
    CommandPlan open(const SocketSettings &settings, const QList<int> &openSockets) const override;
    CommandPlan send(int socket, const QByteArray &bytes,
                     const SocketSettings &settings) const override;
    CommandPlan close(int socket) const override;
    CommandPlan closeAll(const QList<int> &openSockets) const override;
    CommandPlan enterDataMode(int socket) const override;
    // [M §AT+SOPT1] option 10: the escape timer, default 1000 ms; a little more so that the
    // module's [OK] has come before the next command.
    int dataModeGuardMs() const override { return 1200; }
};
