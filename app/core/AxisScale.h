#pragma once

#include <QList>
#include <QString>

namespace dozor {

// Chart axes an admin can read: round steps (1, 2, 2.5, 5 × 10ⁿ) in a unit that fits the
// range ("1.5 s" rather than "1500 ms", "24 GiB" rather than "24960 MiB"), and time axes
// whose ticks fall on round local times and name the date where a new day starts. Pure:
// the charts draw what this computes, and the tests check it without a screen.
namespace AxisScale {

struct ValueTicks {
    double lo = 0; // the axis range, in the data's unit, widened to whole steps
    double hi = 1;
    QList<double> values; // tick positions, in the data's unit
    QList<QString> labels; // one per value, in the display unit: "250 ms", "1.5 GiB"
};
// lo..hi in the data's unit (ms, s, %, MiB, B, d, or anything else shown as is).
ValueTicks valueTicks(double lo, double hi, const QString &unit, int target = 5);

// One value in the unit the axis chose for range (for tooltips beside the axis).
QString formatLike(const ValueTicks &ticks, double value, const QString &unit);

struct TimeTicks {
    QList<qint64> values; // epoch ms, on round local times
    QList<QString> labels; // "14:00"; "5 Dec" (or "5 Dec 06:00") where a day starts
};
TimeTicks timeTicks(qint64 fromMs, qint64 toMs, int target = 6);

} // namespace AxisScale

} // namespace dozor
