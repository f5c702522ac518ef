#include "VirtualModuleFactory.h"

#include "VirtualModule.h"
#include "air602/Air602Module.h"
#include "pic32mzw1/Pic32mzw1Module.h"
#include "wizfi250/Wizfi250Module.h"
#include "wizfi310/Wizfi310Module.h"
#include "wizfi360/Wizfi360Module.h"

namespace VirtualModuleFactory {

std::unique_ptr<VirtualModule> create(const QString &id, const World &world)
{
    if (id == QLatin1String("wizfi310"))
        return std::make_unique<Wizfi310Module>(world);
    if (id == QLatin1String("wizfi360"))
        return std::make_unique<Wizfi360Module>(world);
    if (id == QLatin1String("wizfi250"))
        return std::make_unique<Wizfi250Module>(world);
    if (id == QLatin1String("pic32mzw1"))
        return std::make_unique<Pic32mzw1Module>(world);
    if (id == QLatin1String("air602"))
        return std::make_unique<Air602Module>(world);
    return nullptr;
}

} // namespace VirtualModuleFactory
