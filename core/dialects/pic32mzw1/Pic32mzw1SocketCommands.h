#pragma once

#include "dialects/commands/SocketCommands.h"

// Socket panel commands of the PIC32MZW1 AnyCloud firmware (§7): AT+SOCKO (the module names the
// socket), AT+SOCKBR connect / AT+SOCKBL listen or bind, AT+SOCKTLS, AT+SOCKWR / AT+SOCKWRTO in
// string mode, AT+SOCKRD binary reads after +SOCKRXT/+SOCKRXU, AT+SOCKCL. No data mode.
class Pic32mzw1SocketCommands : public SocketCommands
{
public:
    CommandPlan open(const SocketSettings &settings, const QList<int> &openSockets) const override;
    CommandPlan send(int socket, const QByteArray &bytes,
                     const SocketSettings &settings) const override;
    CommandPlan close(int socket) const override;
    CommandPlan closeAll(const QList<int> &openSockets) const override;
    CommandPlan readAvailable(int socket, qint64 length) const override;

    // The largest read the firmware serves (AT_CMD_SOCK_RX_BUFFER_SZ, digest §5 [FW]).
    static constexpr int MaxRead = 2048;
};
