#pragma once

#include "dialects/commands/SocketCommands.h"

// Socket panel commands of the Air602 (W600): AT+SKCT opens and answers "+OK=<socket>" (§2.2.3.10),
// AT+SKSND sends (§2.2.3.11), AT+SKCLS closes (§2.2.3.14). Received data is pushed: every open
// first turns the active report on (AT+SKRPTM=1, §2.2.3.17), so data arrives as
// "+SKTRPT=<socket>,<len>,<ip>,<port>" + the bytes, i.e. Data frames with the socket. With the
// report off (set by hand) the bytes wait in the module; readAvailable() reads them with
// AT+SKRCV (§2.2.3.12).
class Air602SocketCommands : public SocketCommands
{
public:
    CommandPlan open(const SocketSettings &settings, const QList<int> &openSockets) const override;
    CommandPlan send(int socket, const QByteArray &bytes,
                     const SocketSettings &settings) const override;
    CommandPlan close(int socket) const override;
    CommandPlan closeAll(const QList<int> &openSockets) const override;
    CommandPlan readAvailable(int socket, qint64 length) const override;
    // AT+SKSDF=<socket> then AT+ENTM (§2.2.1.4); "+++" alone leaves ([SDK] Luat firmware,
    // answered "+OK").
    CommandPlan enterDataMode(int socket) const override;

    // Largest read of one AT+SKRCV ([SDK] clamps to 1024).
    static constexpr int MaxReceive = 1024;
};
