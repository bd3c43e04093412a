#pragma once

#include "CheckResult.h"
#include "Workspace.h"
#include "core/checks/CheckKind.h"

#include <optional>

namespace dozor {

// How recorded metrics are named, shown and judged: shared by the overview, the charts
// and the command line so a value reads the same everywhere.
namespace MetricDisplay {

// The one value that sums a result up, e.g. response time, or the fullest disk.
std::optional<MetricValue> headline(CheckType type, const QList<MetricValue> &values);
// The headline among recorded metric names (for disk: the first mount's).
std::optional<QString> headlineName(CheckType type, const QStringList &metrics);
// "123 ms", "42.1 %", "0.35", "3 h 12 min", "21 d".
QString formatValue(double value, const QString &unit);
// A label for a series: "Response time", "Disk used /var", "Load per core (5 min)".
QString label(const QString &metric);

// Metrics drawn on one chart: every mount of a disk check ("disk_used_pct:"), the three
// load averages ("load"), memory and swap use ("used_pct"). Any other metric is a family
// of its own (its name).
QString family(const QString &metric);
// The chart's title for a family: "Disk used", "Load average", "Response time".
QString familyTitle(const QString &family);
// A line's name within its family's chart: "/var", "Load (5 min)", "Swap used".
QString lineLabel(const QString &metric);

// Metrics charted only on request: an HTTP check's status code and response size (its
// response time and certificate come first).
bool isDetail(const QString &metric);

// The limits the check applies to this metric (its own or the defaults); none for
// metrics that are only recorded.
Thresholds thresholdsFor(const CheckSpec &check, const QString &metric);

} // namespace MetricDisplay

} // namespace dozor
