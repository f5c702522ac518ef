#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A recorded session in the plain-text transcript format (see docs/transcripts.md): one line per
// chunk, "<< " module to host or ">> " host to module, bytes with C-style escapes, an optional
// "@<seconds.micro> " time stamp in front, "#" comment lines.
struct TranscriptEntry
{
    enum class Direction { FromModule, ToModule };
    Direction direction = Direction::FromModule;
    QByteArray bytes;
    double timestamp = -1; // seconds; -1 when the line has none
    int lineNumber = 0;
};

struct TranscriptProblem
{
    int lineNumber = 0;
    QString message;
};

class Transcript
{
public:
    // Parse transcript text. Lines that are not in the format are reported and skipped.
    static QList<TranscriptEntry> parse(const QByteArray &text,
                                        QList<TranscriptProblem> *problems = nullptr);
    // Decode the escaped byte part of one line.
    static QByteArray unescape(QByteArrayView escaped, QString *problem = nullptr);
    // Escape bytes so that parse() gives them back exactly.
    static QByteArray escape(QByteArrayView bytes);
    // One line (without line end), with a time stamp when timestamp >= 0.
    static QByteArray formatLine(const TranscriptEntry &entry);
};
