#pragma once

#include "core/Workspace.h"
#include "store/HistoryReader.h"

#include <QString>

class QWidget;

namespace dozor {

class TimeSeriesChart;

// Which chart of a server's page a metric is drawn on, and how that chart looks: one chart
// per family of a check's metrics (every mount of a disk check), and CPU use with the load
// averages on one chart (load on the right axis) when the server has both checks.
namespace TargetCharts {

// The chart's key for a metric of a check of targetId.
QString familyKey(const Workspace &workspace, const QString &targetId, const QString &checkId,
    const QString &metric);
// A new, empty chart for key (its title, unit, limits and lines in reading order).
TimeSeriesChart *make(
    const QString &key, const CheckSpec *check, const SeriesInfo &info, QWidget *parent);
// A line's name in the legend and the crosshair.
QString lineLabel(const QString &key, const QString &metric);
// Whether the line goes on the chart's right axis.
bool onRightAxis(const QString &key, const QString &metric);

} // namespace TargetCharts

} // namespace dozor
