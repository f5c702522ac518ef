#include "VirtualModuleFactory.h"

#include "VirtualModule.h"

#if __has_include("air602/Air602Module.h") // TEMP while the modules are written
#include "air602/Air602Module.h"
#define HAVE_AIR602_MODULE
#endif
#if __has_include("pic32mzw1/Pic32mzw1Module.h") // TEMP
#include "pic32mzw1/Pic32mzw1Module.h"
#define HAVE_PIC32MZW1_MODULE
#endif
#if __has_include("wizfi250/Wizfi250Module.h") // TEMP
#include "wizfi250/Wizfi250Module.h"
#define HAVE_WIZFI250_MODULE
#endif
#if __has_include("wizfi310/Wizfi310Module.h") // TEMP
#include "wizfi310/Wizfi310Module.h"
#define HAVE_WIZFI310_MODULE
#endif
#if __has_include("wizfi360/Wizfi360Module.h") // TEMP
#include "wizfi360/Wizfi360Module.h"
#define HAVE_WIZFI360_MODULE
#endif

namespace VirtualModuleFactory {

std::unique_ptr<VirtualModule> create(const QString &id, const World &world)
{
    Q_UNUSED(world) // TEMP
#ifdef HAVE_WIZFI310_MODULE
    if (id == QLatin1String("wizfi310"))
        return std::make_unique<Wizfi310Module>(world);
#endif
#ifdef HAVE_WIZFI360_MODULE
    if (id == QLatin1String("wizfi360"))
        return std::make_unique<Wizfi360Module>(world);
#endif
#ifdef HAVE_WIZFI250_MODULE
    if (id == QLatin1String("wizfi250"))
        return std::make_unique<Wizfi250Module>(world);
#endif
#ifdef HAVE_PIC32MZW1_MODULE
    if (id == QLatin1String("pic32mzw1"))
        return std::make_unique<Pic32mzw1Module>(world);
#endif
#ifdef HAVE_AIR602_MODULE
    if (id == QLatin1String("air602"))
        return std::make_unique<Air602Module>(world);
#endif
    Q_UNUSED(id)
    return nullptr;
}

} // namespace VirtualModuleFactory
