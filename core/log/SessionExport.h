#pragma once

#include "Transcript.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Exporting a recorded session and reading back the files of a session log (SessionLog). Exports
// are written through QSaveFile: the target is either the complete new file or left as it was.
namespace SessionExport {

// The transcript format (docs/transcripts.md). A valid start is noted in a "# started:" comment.
bool exportTranscript(const QList<TranscriptEntry> &entries, const QString &path,
                      QString *error = nullptr, const QDateTime &start = {});

// One line per chunk: "HH:mm:ss.zzz  -> " (host to module) or "<- " (module to host), then the
// text with control characters made visible: CR as U+240D, LF as U+240A, others (and bytes that
// are not UTF-8) as \xNN. Times are start + time stamp with a valid start, else time since the
// start of the session; entries without a time stamp leave the time blank.
bool exportPlainText(const QList<TranscriptEntry> &entries, const QString &path,
                     QString *error = nullptr, const QDateTime &start = {});
// The text of one chunk as exportPlainText() shows it.
QString visibleText(const QByteArray &bytes);

// The entries of the parts of a (rotated) session, in the order given. Time stamps continue: a
// part whose stamps start before the end of the previous part is shifted to follow it. Problems
// name their file; a file that cannot be read is one problem with line number 0.
QList<TranscriptEntry> readSessionFiles(const QStringList &files,
                                        QList<TranscriptProblem> *problems = nullptr);

// Every part of the session log that the given file belongs to, first part first.
QStringList sessionParts(const QString &anyPart);

// The "# started:" time of a session log file; invalid if it has none.
QDateTime sessionStartTime(const QString &file);

} // namespace SessionExport
