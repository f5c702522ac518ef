#pragma once

#include <QtGlobal>

// What the engine must know about a command before it goes out; the dialect decides.
struct CommandTraits
{
    int timeoutMs = 5000;
    // Send commands: the module prompts, then takes a payload; the command ends on its send result.
    bool expectsPrompt = false;
    qint64 payloadLength = -1;       // declared payload size; -1 = the payload runs until the final
    bool completesOnPayload = false; // no reply follows the payload (Air602 AT+SKSND)
    int promptFallbackMs =
        0; // send the payload anyway after this long without a prompt (0 = never)
    bool endsOnReset = false; // the command restarts the module: its boot banner completes it
    int socket = -1;          // the socket the command sends on or reads from, when known
};
