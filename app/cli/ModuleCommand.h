#pragma once

#include <QStringList>

// atstudio-cli wifi | socket | mqtt | gpio: the panels' actions without a window, through the same
// capability services, on a serial port or a virtual module. Exit status: 0 done, 1 the module or
// the connection failed (the reason on standard error), 2 bad options.
int runWifiCommand(const QStringList &arguments);
int runSocketCommand(const QStringList &arguments);
int runMqttCommand(const QStringList &arguments);
int runGpioCommand(const QStringList &arguments);
