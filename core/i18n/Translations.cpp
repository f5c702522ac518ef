#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    QStringList codes;
    for (const QString &f :
         QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("atstudio_*.qm")}))
        codes << f.mid(int(strlen("atstudio_"))).chopped(3);
    return codes;
}

QString install(QCoreApplication &app, const QString &language)
{
    if (language == QLatin1String("en"))
        return language;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("atstudio"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    app.installTranslator(ours);
    // Qt's own strings (standard buttons, dialogs), when Debian's translations are installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace Translations
