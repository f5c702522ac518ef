#pragma once

#include <QStringList>

// `atstudio-cli replay --module ID [--raw] FILE`: frames a recorded session as JSON Lines.
int runReplayCommand(const QStringList &arguments);
