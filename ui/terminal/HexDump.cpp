#include "HexDump.h"

namespace HexDump {

int rowCount(qsizetype size)
{
    const qsizetype shown = qMin<qsizetype>(size, MaxBytes);
    return qMax(1, int((shown + BytesPerRow - 1) / BytesPerRow));
}

int offsetWidth(qsizetype size)
{
    return qMin<qsizetype>(size, MaxBytes) > 0x10000 ? 6 : 4;
}

QString row(QByteArrayView bytes, int row)
{
    static const char digits[] = "0123456789ABCDEF";
    const qsizetype start = qsizetype(row) * BytesPerRow;
    const qsizetype end =
        qMin<qsizetype>(qMin<qsizetype>(bytes.size(), MaxBytes), start + BytesPerRow);
    const int width = offsetWidth(bytes.size());
    QString out;
    out.reserve(width + 2 + BytesPerRow * 3 + 3 + BytesPerRow);
    out += QString::number(start, 16).toUpper().rightJustified(width, QLatin1Char('0'));
    out += QLatin1String("  ");
    for (qsizetype i = start; i < start + BytesPerRow; ++i) {
        if (i == start + BytesPerRow / 2)
            out += QLatin1Char(' ');
        if (i < end) {
            const auto b = uchar(bytes[i]);
            out += QLatin1Char(digits[b >> 4]);
            out += QLatin1Char(digits[b & 0xF]);
            out += QLatin1Char(' ');
        } else {
            out += QLatin1String("   ");
        }
    }
    out += QLatin1Char(' ');
    for (qsizetype i = start; i < end; ++i) {
        const auto b = uchar(bytes[i]);
        out += (b >= 0x20 && b < 0x7F) ? QLatin1Char(char(b)) : QLatin1Char('.');
    }
    return out;
}

} // namespace HexDump
