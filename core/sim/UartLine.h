#pragma once

#include <QByteArray>

// What a UART reads when the sender runs at another baud rate: the bytes are turned into the
// line's levels (8N1: start bit, 8 data bits LSB first, stop bit, idle high) at `sendBaud` and
// sampled back as a UART at `readBaud` does (wait for a falling edge, sample the middle of each
// bit). A byte whose stop bit reads low (a framing error or a break) is kept with the bits it
// sampled, as Linux passes it without INPCK. Equal rates (or rates within the few per cent a UART
// tolerates) give the bytes back unchanged.
namespace UartLine {
QByteArray resample(const QByteArray &bytes, int sendBaud, int readBaud);
} // namespace UartLine
