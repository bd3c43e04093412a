#pragma once

#include <QList>

namespace dozor {

// One point of a chart series. Raw samples have min == max == value; rolled-up points carry
// the bucket's min, max and average (value).
struct SeriesPoint {
    qint64 t = 0; // UTC epoch milliseconds
    double value = 0;
    double min = 0;
    double max = 0;
};

enum class DecimationMode {
    Lttb, // Largest-Triangle-Three-Buckets: keeps the visual shape of a line
    MinMax, // each bucket's lowest and highest point: keeps every spike
};

// Reduce points (sorted by t) to at most maxPoints. Input with maxPoints or fewer points is
// returned unchanged; maxPoints < 3 keeps the first and last point.
QList<SeriesPoint> decimate(const QList<SeriesPoint> &points, int maxPoints, DecimationMode mode);

QList<SeriesPoint> decimateLttb(const QList<SeriesPoint> &points, int maxPoints);
QList<SeriesPoint> decimateMinMax(const QList<SeriesPoint> &points, int maxPoints);

} // namespace dozor
