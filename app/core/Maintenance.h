#pragma once

#include "Alerting.h"

#include <QList>

#include <optional>

namespace dozor {

// One occurrence of a maintenance window that covers an instant.
struct ActiveMaintenance {
    QString id;
    QString targetId; // empty: the whole workspace
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString reason;
};

// The occurrence of window w that covers atMs (UTC epoch ms), if any. Recurring windows are
// laid out in their own time zone, so "03:00 Europe/Moscow" stays 03:00 there whatever the
// zone of this computer, and a window that starts before midnight runs on into the next day.
std::optional<ActiveMaintenance> maintenanceAt(const MaintenanceWindow &w, qint64 atMs);

// The start of the next occurrence after atMs within the next eight days (for "next window").
std::optional<qint64> nextMaintenanceStart(const MaintenanceWindow &w, qint64 atMs);

// "03:00" → minutes after midnight; nothing for anything that is not HH:mm.
std::optional<int> parseTimeOfDay(const QString &text);

// Workspace windows plus those opened on demand (a deploy's grace window, `dozor
// maintenance start`): which one covers a target at a given instant.
class MaintenanceCalendar {
public:
    void setWindows(QList<MaintenanceWindow> windows) { m_windows = std::move(windows); }
    // A workspace-wide window or one of this target's; the one that ends last.
    std::optional<ActiveMaintenance> activeFor(const QString &targetId, qint64 atMs) const;

private:
    QList<MaintenanceWindow> m_windows;
};

} // namespace dozor
