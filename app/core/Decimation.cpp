#include "Decimation.h"

#include <cmath>

namespace dozor {

namespace {
QList<SeriesPoint> endsOnly(const QList<SeriesPoint> &points, int maxPoints)
{
    if (maxPoints <= 0 || points.isEmpty())
        return {};
    if (maxPoints == 1)
        return {points.last()};
    return {points.first(), points.last()};
}
} // namespace

QList<SeriesPoint> decimate(const QList<SeriesPoint> &points, int maxPoints, DecimationMode mode)
{
    return mode == DecimationMode::MinMax ? decimateMinMax(points, maxPoints)
                                          : decimateLttb(points, maxPoints);
}

QList<SeriesPoint> decimateLttb(const QList<SeriesPoint> &points, int maxPoints)
{
    const qsizetype n = points.size();
    if (n <= maxPoints)
        return points;
    if (maxPoints < 3)
        return endsOnly(points, maxPoints);

    QList<SeriesPoint> out;
    out.reserve(maxPoints);
    out.append(points.first());
    // The first and last points are kept; the n-2 points between are split into
    // maxPoints-2 buckets, and from each bucket the point forming the largest triangle with
    // the previously chosen point and the average of the next bucket is kept.
    const double bucketSize = static_cast<double>(n - 2) / (maxPoints - 2);
    qsizetype previous = 0;
    for (int b = 0; b < maxPoints - 2; ++b) {
        const qsizetype start = static_cast<qsizetype>(std::floor(b * bucketSize)) + 1;
        const qsizetype end = std::min<qsizetype>(
            static_cast<qsizetype>(std::floor((b + 1) * bucketSize)) + 1, n - 1);
        const qsizetype nextStart = end;
        const qsizetype nextEnd =
            std::min<qsizetype>(static_cast<qsizetype>(std::floor((b + 2) * bucketSize)) + 1, n);
        double avgT = 0;
        double avgV = 0;
        const qsizetype nextCount = std::max<qsizetype>(nextEnd - nextStart, 1);
        for (qsizetype i = nextStart; i < nextStart + nextCount && i < n; ++i) {
            avgT += static_cast<double>(points.at(i).t);
            avgV += points.at(i).value;
        }
        avgT /= static_cast<double>(nextCount);
        avgV /= static_cast<double>(nextCount);

        const double pt = static_cast<double>(points.at(previous).t);
        const double pv = points.at(previous).value;
        double bestArea = -1;
        qsizetype best = start;
        for (qsizetype i = start; i < end; ++i) {
            const double area = std::fabs((pt - avgT) * (points.at(i).value - pv)
                - (pt - static_cast<double>(points.at(i).t)) * (avgV - pv));
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        out.append(points.at(best));
        previous = best;
    }
    out.append(points.last());
    return out;
}

QList<SeriesPoint> decimateMinMax(const QList<SeriesPoint> &points, int maxPoints)
{
    const qsizetype n = points.size();
    if (n <= maxPoints)
        return points;
    if (maxPoints < 3)
        return endsOnly(points, maxPoints);

    // Each bucket contributes its lowest and its highest point, in time order.
    const int buckets = maxPoints / 2;
    const double bucketSize = static_cast<double>(n) / buckets;
    QList<SeriesPoint> out;
    out.reserve(buckets * 2);
    for (int b = 0; b < buckets; ++b) {
        const qsizetype start = static_cast<qsizetype>(std::floor(b * bucketSize));
        const qsizetype end =
            std::min<qsizetype>(static_cast<qsizetype>(std::floor((b + 1) * bucketSize)), n);
        if (start >= end)
            continue;
        qsizetype lo = start;
        qsizetype hi = start;
        for (qsizetype i = start; i < end; ++i) {
            if (points.at(i).min < points.at(lo).min)
                lo = i;
            if (points.at(i).max > points.at(hi).max)
                hi = i;
        }
        SeriesPoint low = points.at(lo);
        low.value = low.min;
        SeriesPoint high = points.at(hi);
        high.value = high.max;
        if (lo == hi) {
            out.append(points.at(lo));
        } else if (lo < hi) {
            out.append(low);
            out.append(high);
        } else {
            out.append(high);
            out.append(low);
        }
    }
    return out;
}

} // namespace dozor
