#include "DialectRegistry.h"

#include "Dialect.h"
#include "air602/Air602Dialect.h"
#include "pic32mzw1/Pic32mzw1Dialect.h"
#include "wizfi250/Wizfi250Dialect.h"
#include "wizfi310/Wizfi310Dialect.h"
#include "wizfi360/Wizfi360Dialect.h"

namespace DialectRegistry {

QStringList ids()
{
    return {QStringLiteral("wizfi310"), QStringLiteral("wizfi360"), QStringLiteral("wizfi250"),
            QStringLiteral("pic32mzw1"), QStringLiteral("air602")};
}

std::unique_ptr<Dialect> create(const QString &id)
{
    if (id == QLatin1String("wizfi310"))
        return std::make_unique<Wizfi310Dialect>();
    if (id == QLatin1String("wizfi360"))
        return std::make_unique<Wizfi360Dialect>();
    if (id == QLatin1String("wizfi250"))
        return std::make_unique<Wizfi250Dialect>();
    if (id == QLatin1String("pic32mzw1"))
        return std::make_unique<Pic32mzw1Dialect>();
    if (id == QLatin1String("air602"))
        return std::make_unique<Air602Dialect>();
    return nullptr;
}

} // namespace DialectRegistry
