#pragma once

#include "Transcript.h"
#include "engine/AtFrame.h"

#include <QList>

class Dialect;

// Runs recorded traffic through the same interpreter as the live engine: host chunks are the
// commands in flight (or their payloads), module chunks are framed and classified.
class TranscriptReplay
{
public:
    static QList<AtFrame> run(Dialect &dialect, const QList<TranscriptEntry> &entries);
    // Module bytes only (a raw capture): nothing is in flight.
    static QList<AtFrame> runRaw(Dialect &dialect, const QByteArray &moduleBytes);
};
