#include "DialectRegistry.h"

#include "Dialect.h"

#if __has_include("air602/Air602Dialect.h") // TEMP while dialects are written
#include "air602/Air602Dialect.h"
#define HAVE_AIR602
#endif
#if __has_include("pic32mzw1/Pic32mzw1Dialect.h") // TEMP while dialects are written
#include "pic32mzw1/Pic32mzw1Dialect.h"
#define HAVE_PIC32MZW1
#endif
#if __has_include("wizfi250/Wizfi250Dialect.h") // TEMP while dialects are written
#include "wizfi250/Wizfi250Dialect.h"
#define HAVE_WIZFI250
#endif
#if __has_include("wizfi310/Wizfi310Dialect.h") // TEMP while dialects are written
#include "wizfi310/Wizfi310Dialect.h"
#define HAVE_WIZFI310
#endif
#if __has_include("wizfi360/Wizfi360Dialect.h") // TEMP while dialects are written
#include "wizfi360/Wizfi360Dialect.h"
#define HAVE_WIZFI360
#endif

namespace DialectRegistry {

QStringList ids()
{
    return {QStringLiteral("wizfi310"), QStringLiteral("wizfi360"), QStringLiteral("wizfi250"),
            QStringLiteral("pic32mzw1"), QStringLiteral("air602")};
}

std::unique_ptr<Dialect> create(const QString &id)
{
    Q_UNUSED(id) // TEMP
#ifdef HAVE_WIZFI310
    if (id == QLatin1String("wizfi310"))
        return std::make_unique<Wizfi310Dialect>();
#endif
#ifdef HAVE_WIZFI360
    if (id == QLatin1String("wizfi360"))
        return std::make_unique<Wizfi360Dialect>();
#endif
#ifdef HAVE_WIZFI250
    if (id == QLatin1String("wizfi250"))
        return std::make_unique<Wizfi250Dialect>();
#endif
#ifdef HAVE_PIC32MZW1
    if (id == QLatin1String("pic32mzw1"))
        return std::make_unique<Pic32mzw1Dialect>();
#endif
#ifdef HAVE_AIR602
    if (id == QLatin1String("air602"))
        return std::make_unique<Air602Dialect>();
#endif
    return nullptr;
}

} // namespace DialectRegistry
