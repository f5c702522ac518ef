#include "UartLine.h"

#include <cmath>

namespace {
// The level of the line at bit `k` of a burst of `bytes` (10 bit times per byte): 0 or 1.
int level(const QByteArray &bytes, qint64 k)
{
    if (k < 0 || k >= qint64(bytes.size()) * 10)
        return 1; // idle
    const int bit = int(k % 10);
    if (bit == 0)
        return 0; // start bit
    if (bit == 9)
        return 1; // stop bit
    return (uchar(bytes.at(qsizetype(k / 10))) >> (bit - 1)) & 1;
}

int levelAt(const QByteArray &bytes, double t)
{
    return level(bytes, qint64(std::floor(t)));
}
} // namespace

namespace UartLine {

QByteArray resample(const QByteArray &bytes, int sendBaud, int readBaud)
{
    if (sendBaud <= 0 || readBaud <= 0 || sendBaud == readBaud)
        return bytes;
    // One reader bit in sender bit times.
    const double r = double(sendBaud) / double(readBaud);
    const qint64 end = qint64(bytes.size()) * 10;
    QByteArray out;
    double t = 0; // the reader hunts for a start bit from here on
    for (;;) {
        // The next falling edge (high, then low) at or after t.
        qint64 k = qMax<qint64>(0, qint64(std::ceil(t)));
        while (k < end && !(level(bytes, k - 1) == 1 && level(bytes, k) == 0))
            ++k;
        if (k >= end)
            break;
        const double edge = double(k);
        if (levelAt(bytes, edge + 0.5 * r) != 0) { // a glitch, not a start bit
            t = edge + 0.5 * r;
            continue;
        }
        int value = 0;
        for (int i = 0; i < 8; ++i)
            value |= levelAt(bytes, edge + (1.5 + i) * r) << i;
        out += char(value);
        // After the stop bit's sample the reader hunts again (after a framing error the line
        // must go high first, which the edge search requires).
        t = edge + 9.5 * r;
    }
    return out;
}

} // namespace UartLine
