#pragma once

#include <QStringList>

// `atstudio-cli simulate --module ID [--world FILE] [--link PATH] [--baud-pace BAUD] [--faults SPEC]
// [--uart-baud BAUD]`:
// serves a virtual module on a pseudo-terminal until interrupted.
int runSimulateCommand(const QStringList &arguments);
