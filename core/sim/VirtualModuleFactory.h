#pragma once

#include "World.h"

#include <QString>
#include <memory>

class VirtualModule;

// The virtual module of each dialect id (wizfi310, wizfi360, wizfi250, pic32mzw1, air602).
namespace VirtualModuleFactory {
std::unique_ptr<VirtualModule> create(const QString &dialectId, const World &world);
} // namespace VirtualModuleFactory
