#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dozor::Translations {

QString install(QCoreApplication *app, const QString &preferred)
{
    QString override = qEnvironmentVariable("DOZOR_LANG");
    if (override.isEmpty())
        override = preferred;
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    auto *own = new QTranslator(app);
    if (!own->load(
            locale, QStringLiteral("dozor"), QStringLiteral("_"), QStringLiteral(":/dozor/i18n"))) {
        // No translation for this language: English, with its plural forms ("1 check",
        // "2 checks") from dozor_en.
        if (own->load(QStringLiteral(":/dozor/i18n/dozor_en")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // A language chosen on purpose brings its number and date formats (a decimal comma in
    // Russian) unless the system already speaks it (then its own region's formats stay).
    if (!override.isEmpty() && QLocale::system().language() != locale.language())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace dozor::Translations
