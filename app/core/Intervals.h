#pragma once

#include <QList>

namespace dozor {

// Half-open time intervals [startMs, endMs) and the little arithmetic uptime needs.
struct Interval {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 length() const { return endMs > startMs ? endMs - startMs : 0; }
};

namespace Intervals {
// Sorted, overlapping and touching intervals merged, empty ones dropped.
QList<Interval> normalized(QList<Interval> intervals);
QList<Interval> clipped(const QList<Interval> &intervals, qint64 fromMs, qint64 toMs);
// Both inputs normalized; so is the result.
QList<Interval> intersection(const QList<Interval> &a, const QList<Interval> &b);
qint64 total(const QList<Interval> &intervals);
} // namespace Intervals

} // namespace dozor
