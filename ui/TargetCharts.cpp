#include "TargetCharts.h"

#include "charts/TimeSeriesChart.h"
#include "core/MetricDisplay.h"

#include <QCoreApplication>

namespace dozor {

namespace {
// The server page's words (and their translation).
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(dozor::TargetPage)
};

const QString busyChart = QStringLiteral("\nbusy");

QString chartKey(const QString &checkId, const QString &metric)
{
    return checkId + QLatin1Char('\n') + metric;
}

// How busy a server is: CPU use and the load averages, read together on one chart.
bool isBusyMetric(const QString &metric)
{
    return metric == QLatin1String("cpu_pct")
        || MetricDisplay::family(metric) == QLatin1String("load");
}
} // namespace

namespace TargetCharts {

QString familyKey(const Workspace &workspace, const QString &targetId, const QString &checkId,
    const QString &metric)
{
    if (isBusyMetric(metric)) {
        bool cpu = false, load = false;
        for (const CheckSpec &c : workspace.checks) {
            if (c.targetId != targetId)
                continue;
            cpu = cpu || c.type == CheckType::Cpu;
            load = load || c.type == CheckType::Load;
        }
        if (cpu && load)
            return busyChart;
    }
    return chartKey(checkId, MetricDisplay::family(metric));
}

QString lineLabel(const QString &key, const QString &metric)
{
    // Short on the busy chart, whose axes are titled ("CPU", "Load 5" beside "CPU used" and
    // "Load average"), so four fit side by side.
    if (key != busyChart)
        return MetricDisplay::lineLabel(metric);
    if (metric == QLatin1String("cpu_pct"))
        return ChartText::tr("CPU");
    return ChartText::tr("Load %1").arg(metric.mid(4));
}

bool onRightAxis(const QString &key, const QString &metric)
{
    return key == busyChart && MetricDisplay::family(metric) == QLatin1String("load");
}

TimeSeriesChart *make(
    const QString &key, const CheckSpec *check, const SeriesInfo &info, QWidget *parent)
{
    const QString family = MetricDisplay::family(info.metric);
    auto *chart = new TimeSeriesChart(parent);
    if (key == busyChart) {
        chart->setObjectName(QStringLiteral("chart:cpu-load"));
        // The title says which axis is which: axis titles are cut short on a narrow chart.
        chart->setTitle(ChartText::tr("CPU % (left) and load average (right)"));
        chart->setUnit(QStringLiteral("%"));
        chart->setRightAxis(QString());
    } else {
        chart->setObjectName(QStringLiteral("chart:") + family);
        chart->setTitle(check
                ? check->displayName() + QStringLiteral(" — ") + MetricDisplay::familyTitle(family)
                : MetricDisplay::familyTitle(family));
        chart->setUnit(info.unit);
    }
    // A family's limits are those of its judged metric (memory, not swap).
    const auto limits = check ? MetricDisplay::thresholdsFor(*check, info.metric) : Thresholds {};
    chart->setThresholds(limits.warn, limits.crit);
    // Lines in the order people read them, whichever answer arrives first.
    QStringList order;
    if (key == busyChart)
        order.append(QStringLiteral("cpu_pct"));
    if (key == busyChart || family == QLatin1String("load"))
        order << QStringLiteral("load1") << QStringLiteral("load5") << QStringLiteral("load15");
    for (const QString &metric : std::as_const(order))
        chart->addLine(metric, lineLabel(key, metric),
            onRightAxis(key, metric) ? TimeSeriesChart::Axis::Right : TimeSeriesChart::Axis::Left);
    return chart;
}

} // namespace TargetCharts

} // namespace dozor
