#pragma once

#include "core/Decimation.h"
#include "core/Status.h"

#include <QWidget>

#include <optional>

namespace dozor {

// One time series on screen: the line (the bucket averages), the spread between bucket
// minimum and maximum when the data is rolled up, warning/critical threshold lines, status
// changes marked along the top, and a tooltip with the time and value under the mouse.
// The chart library stays behind this class so it can be replaced (Qt Charts is
// deprecated in newer Qt in favour of Qt Graphs). Points arrive already decimated and are
// swapped in with replace(), never appended one by one.
class TimeSeriesChart : public QWidget {
    Q_OBJECT
public:
    struct Event {
        qint64 atMs = 0;
        Status status = Status::Unknown;
        QString text;
    };

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    void setUnit(const QString &unit);
    void setRange(qint64 fromMs, qint64 toMs);
    void setPoints(const QList<SeriesPoint> &points, bool showSpread);
    void setThresholds(std::optional<double> warn, std::optional<double> crit);
    void setEvents(const QList<Event> &events);
    // A line across the chart instead of data ("No data in this range", an error).
    void setMessage(const QString &message);

    // The plot area's width in pixels: the chart never needs more than ~2 points per pixel.
    int plotWidth() const;
    qsizetype pointCount() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace dozor
