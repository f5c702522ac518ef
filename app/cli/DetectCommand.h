#pragma once

#include <QStringList>

// `atstudio-cli detect --port PATH [--bauds LIST] [--verbose]`: finds the baud rate, module
// family, model and firmware on a serial port and prints them as one JSON object (exit 0), or
// says that nothing answered (exit 1).
int runDetectCommand(const QStringList &arguments);
