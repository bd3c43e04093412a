#pragma once

#include <QString>

class QCoreApplication;

namespace dozor {

// Installs Dozor's and Qt's own translations for the user's language: DOZOR_LANG when set
// (e.g. "ru", "en"), else preferred (the desktop app's setting) when not empty, else the
// system locale. A language without a translation gets English.
namespace Translations {
// Returns the language installed ("ru", or "en" for the built-in texts).
QString install(QCoreApplication *app, const QString &preferred = {});
} // namespace Translations

} // namespace dozor
