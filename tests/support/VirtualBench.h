#pragma once

#include "engine/ModuleConnection.h"

#include <QString>

// What service and panel tests share: a ModuleConnection on a family's virtual module, as the
// main window opens it, and the default world's WPA2 network joined the way the Wi-Fi panel does.
namespace VirtualBench {
// Whether this build has the family's virtual module.
bool haveModule(const QString &id);
// Open the virtual module and wait until the connection is open on its dialect.
bool open(ModuleConnection &connection, const QString &id, int waitMs = 20000);
// Join WIZnet_Lab through the WifiService; true once the join (which ends with an address) is done.
bool joinLab(ModuleConnection &connection, int waitMs = 30000);
// With ATSTUDIO_TEST_TRAFFIC=1 in the environment, print what goes to and comes from the module.
void printTrafficWhenAsked(ModuleConnection &connection);
} // namespace VirtualBench
