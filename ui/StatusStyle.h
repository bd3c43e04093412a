#pragma once

#include "core/Status.h"

#include <QColor>
#include <QIcon>

namespace dozor {

// The colours and icons every view uses for a status, so OK/WARN/CRIT look the same in
// the overview, the charts and the tray. Icons carry a shape as well as a colour
// (circle, triangle, square, question mark) for colour-blind users.
namespace StatusStyle {
QColor color(Status status);
// Grey: no result yet, or a check that is paused.
QColor noDataColor();
QIcon icon(std::optional<Status> status);
// The tray and window icon: the app's eye tinted with the worst status.
QIcon appIcon(std::optional<Status> worst);
// "OK", "Warning", "Unknown", "Critical" in the user's language.
QString label(std::optional<Status> status);
} // namespace StatusStyle

} // namespace dozor
