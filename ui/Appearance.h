#pragma once

#include <QString>

namespace dozor {

// Light or dark, whatever the desktop tells Qt: many Linux desktops give Qt no dark palette,
// so the app offers its own. "" follows the system (the style and palette Qt started with),
// "light" and "dark" use the Fusion style with a palette of that kind. Applies at once;
// every window, the charts included, follows.
namespace Appearance {
void apply(const QString &mode);
// True when the application's palette is a dark one (dark window background).
bool isDark();
} // namespace Appearance

} // namespace dozor
