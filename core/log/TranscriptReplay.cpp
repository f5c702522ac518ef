#include "TranscriptReplay.h"

#include "engine/AtInterpreter.h"

QList<AtFrame> TranscriptReplay::run(Dialect &dialect, const QList<TranscriptEntry> &entries)
{
    QList<AtFrame> frames;
    AtInterpreter interpreter(dialect, [&frames](const AtFrame &f) { frames << f; });
    for (const TranscriptEntry &e : entries) {
        if (e.direction == TranscriptEntry::Direction::ToModule)
            interpreter.hostBytes(e.bytes);
        else
            interpreter.moduleBytes(e.bytes);
    }
    interpreter.endOfInput();
    return frames;
}

QList<AtFrame> TranscriptReplay::runRaw(Dialect &dialect, const QByteArray &moduleBytes)
{
    QList<AtFrame> frames;
    AtInterpreter interpreter(dialect, [&frames](const AtFrame &f) { frames << f; });
    interpreter.moduleBytes(moduleBytes);
    interpreter.endOfInput();
    return frames;
}
