#pragma once

#include <QString>
#include <optional>

// What goes wrong on purpose, from a spec such as
// "noise=0.01,reset=30s,drop-final=0.02,busy=0.05,split=1,unplug=60s,seed=42".
struct FaultPlan
{
    double noise = 0;      // chance per write of a burst of random bytes before it
    int resetEveryMs = 0;  // spontaneous resets, on average this often (0 = never)
    double dropFinal = 0;  // chance that a final result is not sent
    double busy = 0;       // chance that a command is refused with the dialect's busy reply
    bool split = false;    // writes cut at random points and sent in pieces
    int unplugEveryMs = 0; // the pseudo-terminal vanishes and comes back (0 = never)
    quint32 seed = 1;

    bool any() const
    {
        return noise > 0 || resetEveryMs > 0 || dropFinal > 0 || busy > 0 || split ||
               unplugEveryMs > 0;
    }
    // nullopt with *error naming the bad item.
    static std::optional<FaultPlan> parse(const QString &spec, QString *error);
};
