#include "Maintenance.h"

#include <QTimeZone>

namespace dozor {

namespace {

QTimeZone zoneOf(const MaintenanceWindow &w)
{
    if (!w.timeZone.isEmpty()) {
        const QTimeZone zone(w.timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

// The occurrence that starts on local date d, if the window runs that day.
std::optional<ActiveMaintenance> occurrenceOn(
    const MaintenanceWindow &w, const QDate &d, const QTimeZone &zone, int minuteOfDay)
{
    if (w.repeat == MaintenanceWindow::Repeat::Weekly && !w.weekdays.contains(d.dayOfWeek()))
        return std::nullopt;
    const QDateTime start(d, QTime(minuteOfDay / 60, minuteOfDay % 60), zone);
    ActiveMaintenance a;
    a.id = w.id;
    a.targetId = w.targetId;
    a.startMs = start.toMSecsSinceEpoch();
    a.endMs = a.startMs + qint64 {w.durationMin} * 60'000;
    a.reason = w.reason;
    return a;
}

} // namespace

std::optional<int> parseTimeOfDay(const QString &text)
{
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid() || text.size() != 5)
        return std::nullopt;
    return t.hour() * 60 + t.minute();
}

std::optional<ActiveMaintenance> maintenanceAt(const MaintenanceWindow &w, qint64 atMs)
{
    if (w.repeat == MaintenanceWindow::Repeat::Once) {
        if (!w.start.isValid() || !w.end.isValid())
            return std::nullopt;
        const qint64 start = w.start.toMSecsSinceEpoch();
        const qint64 end = w.end.toMSecsSinceEpoch();
        if (atMs < start || atMs >= end)
            return std::nullopt;
        return ActiveMaintenance {w.id, w.targetId, start, end, w.reason};
    }
    const auto minute = parseTimeOfDay(w.at);
    if (!minute || w.durationMin <= 0)
        return std::nullopt;
    const QTimeZone zone = zoneOf(w);
    const QDate today = QDateTime::fromMSecsSinceEpoch(atMs, zone).date();
    // A window may run for days; look back as far as its duration reaches.
    const int daysBack = 1 + w.durationMin / (24 * 60);
    for (int back = 0; back <= daysBack; ++back) {
        const auto o = occurrenceOn(w, today.addDays(-back), zone, *minute);
        if (o && o->startMs <= atMs && atMs < o->endMs)
            return o;
    }
    return std::nullopt;
}

std::optional<qint64> nextMaintenanceStart(const MaintenanceWindow &w, qint64 atMs)
{
    if (w.repeat == MaintenanceWindow::Repeat::Once) {
        if (w.start.isValid() && w.start.toMSecsSinceEpoch() > atMs)
            return w.start.toMSecsSinceEpoch();
        return std::nullopt;
    }
    const auto minute = parseTimeOfDay(w.at);
    if (!minute || w.durationMin <= 0)
        return std::nullopt;
    const QTimeZone zone = zoneOf(w);
    const QDate today = QDateTime::fromMSecsSinceEpoch(atMs, zone).date();
    for (int ahead = 0; ahead <= 8; ++ahead) {
        const auto o = occurrenceOn(w, today.addDays(ahead), zone, *minute);
        if (o && o->startMs > atMs)
            return o->startMs;
    }
    return std::nullopt;
}

std::optional<ActiveMaintenance> MaintenanceCalendar::activeFor(
    const QString &targetId, qint64 atMs) const
{
    std::optional<ActiveMaintenance> best;
    for (const MaintenanceWindow &w : m_windows) {
        if (!w.targetId.isEmpty() && w.targetId != targetId)
            continue;
        const auto a = maintenanceAt(w, atMs);
        if (a && (!best || a->endMs > best->endMs))
            best = a;
    }
    return best;
}

} // namespace dozor
