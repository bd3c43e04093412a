#pragma once

#include "core/Decimation.h"
#include "core/Status.h"

#include <QWidget>

#include <optional>

namespace dozor {

// A chart of one family of series (one check's response time; every mount of a disk check;
// CPU use with the load averages on a second axis): a line per series with a legend when
// there are several, the
// spread between bucket minimum and maximum when a single line is rolled up, warning and
// critical threshold lines, status changes marked along the top. Axes read as an admin
// expects (round steps with units, dates where a day starts), colours follow the system
// palette (light or dark), and hovering anywhere over the plot shows a crosshair with every
// line's value at that time. The chart library stays behind this class so it can be
// replaced (Qt Charts is deprecated in newer Qt in favour of Qt Graphs). Points arrive
// already decimated and are swapped in whole, never appended one by one.
class TimeSeriesChart : public QWidget {
    Q_OBJECT
public:
    struct Event {
        qint64 atMs = 0;
        Status status = Status::Unknown;
        QString text;
    };
    // Which value axis a line is read against: the left one (its unit set by setUnit, where
    // the thresholds are), or a right one of its own (setRightAxis).
    enum class Axis { Left, Right };

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    QString title() const;
    void setUnit(const QString &unit);
    // A second value axis on the right, for lines of another unit (the load averages beside
    // CPU use; the chart's title says which is which).
    void setRightAxis(const QString &unit);
    void setRange(qint64 fromMs, qint64 toMs);
    // Sets the line key (a metric), creating it the first time; label names it in the legend
    // and the crosshair. rolledUp: the points are bucket averages with a min and max.
    void setLine(const QString &key, const QString &label, const QList<SeriesPoint> &points,
        bool rolledUp, Axis axis = Axis::Left);
    // Reserves a line (its place in the legend) before its points arrive.
    void addLine(const QString &key, const QString &label, Axis axis = Axis::Left);
    void setThresholds(std::optional<double> warn, std::optional<double> crit);
    void setEvents(const QList<Event> &events);
    // The status changes of one of several checks drawn together (named in the crosshair).
    void setEvents(const QString &source, const QList<Event> &events);
    // A line across the chart instead of data ("No data in this range", an error).
    void setMessage(const QString &message);

    // The plot area's width in pixels: the chart never needs more than ~2 points per pixel.
    int plotWidth() const;
    // Points on screen, all lines together.
    qsizetype pointCount() const;
    QStringList lineLabels() const;
    // What the axes show (test hooks).
    QStringList valueAxisLabels() const;
    QStringList rightAxisLabels() const;
    QStringList timeAxisLabels() const;
    // What the crosshair shows at time atMs: the time, then each line's value (test hook).
    QString crosshairText(qint64 atMs) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace dozor
