#pragma once

#include <QByteArrayView>
#include <QString>

// The hex view of an entry's bytes: 16 bytes a row, offset, hex and the ASCII column
//   0010  41 54 2B 47 4D 52 0D 0A                           AT+GMR..
// (non-printable bytes are '.' in the ASCII column, as in every hex dump; the hex is the truth).
namespace HexDump {

inline constexpr int BytesPerRow = 16;
// An entry shows at most this much in hex (4096 rows); a larger payload is in the session log.
inline constexpr int MaxBytes = 64 * 1024;

// Rows for `size` bytes: at least one, so that an empty entry keeps its place.
int rowCount(qsizetype size);
QString row(QByteArrayView bytes, int row);
// Characters of the offset column at the start of a row, for painting it apart.
int offsetWidth(qsizetype size);

} // namespace HexDump
