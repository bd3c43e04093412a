#include "Intervals.h"

#include <algorithm>

namespace dozor::Intervals {

QList<Interval> normalized(QList<Interval> intervals)
{
    intervals.erase(std::remove_if(intervals.begin(), intervals.end(),
                        [](const Interval &i) { return i.length() == 0; }),
        intervals.end());
    std::sort(intervals.begin(), intervals.end(),
        [](const Interval &a, const Interval &b) { return a.startMs < b.startMs; });
    QList<Interval> out;
    for (const Interval &i : std::as_const(intervals)) {
        if (!out.isEmpty() && i.startMs <= out.last().endMs)
            out.last().endMs = std::max(out.last().endMs, i.endMs);
        else
            out.append(i);
    }
    return out;
}

QList<Interval> clipped(const QList<Interval> &intervals, qint64 fromMs, qint64 toMs)
{
    QList<Interval> out;
    for (const Interval &i : intervals) {
        const Interval c {std::max(i.startMs, fromMs), std::min(i.endMs, toMs)};
        if (c.length() > 0)
            out.append(c);
    }
    return out;
}

QList<Interval> intersection(const QList<Interval> &a, const QList<Interval> &b)
{
    QList<Interval> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const Interval c {
            std::max(a.at(i).startMs, b.at(j).startMs), std::min(a.at(i).endMs, b.at(j).endMs)};
        if (c.length() > 0)
            out.append(c);
        if (a.at(i).endMs < b.at(j).endMs)
            ++i;
        else
            ++j;
    }
    return out;
}

qint64 total(const QList<Interval> &intervals)
{
    qint64 sum = 0;
    for (const Interval &i : intervals)
        sum += i.length();
    return sum;
}

} // namespace dozor::Intervals
