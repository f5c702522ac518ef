#pragma once

#include "TerminalEntry.h"

#include <QByteArrayView>
#include <QList>

struct TrafficItem;

// Turns traffic into terminal entries, once per item as it arrives. Control characters are shown
// as C escapes (\r \n \t, others \xNN), and so are bytes that are not UTF-8: the text is
// unambiguous in any monospace font, and the hex view shows the bytes themselves.
namespace TrafficFormatter {

// Bytes of one entry shown as text; longer entries are cut (the hex view and the session log
// have them whole).
inline constexpr int TextLimit = 1024;

// Appends the readable form of `bytes` to *text, recording escaped runs in *escapes.
void appendVisible(QByteArrayView bytes, QString *text, QList<TerminalEntry::Span> *escapes);

// Appends the entries for `items` (blank separator lines give none). A command is shown with the
// terminator the engine sent after it.
void appendTraffic(const QList<TrafficItem> &items, const QByteArray &terminator,
                   QList<TerminalEntry> *out);

TerminalEntry sent(qint64 msecs, const QByteArray &bytes, bool command);
TerminalEntry note(qint64 msecs, const QString &text);

// The sign before an entry's text: → out, ← in, ⚡ event, • note.
QString marker(TerminalEntry::Kind kind);

} // namespace TrafficFormatter
