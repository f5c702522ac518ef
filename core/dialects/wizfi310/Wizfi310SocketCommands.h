#pragma once

#include "dialects/commands/SocketCommands.h"

// Socket panel commands of the WizFi310: AT+SCON (TCN/TCS/TSN/UCN/USN, data mode flag),
// AT+SSEND, AT+SMGMT, AT+SDATA, and AT+FDNS for host names. See docs/dialects/wizfi310.md,
// "Panel commands".
class Wizfi310SocketCommands : public SocketCommands
{
public:
    CommandPlan open(const SocketSettings &settings, const QList<int> &openSockets) const override;
    CommandPlan send(int socket, const QByteArray &bytes,
                     const SocketSettings &settings) const override;
    CommandPlan close(int socket) const override;
    CommandPlan closeAll(const QList<int> &openSockets) const override;
    CommandPlan enterDataMode(int socket) const override;
    // [M §Command mode & Data mode]: "+++", then the escape timer (AT+SOPT1=10, default 1000 ms).
    QByteArray dataModeEscape() const override { return QByteArrayLiteral("+++"); }
    int dataModeGuardMs() const override { return 1000; }
};
