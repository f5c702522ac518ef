#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The app's languages: English (the source) and the translations built into the binaries.
namespace Translations {
// Language codes with a built-in translation ("ko", "zh_CN").
QStringList available();
// Install the translation for `language` ("" = the system's locale, "en" = none). Returns the
// language installed, or "en".
QString install(QCoreApplication &app, const QString &language);
} // namespace Translations
