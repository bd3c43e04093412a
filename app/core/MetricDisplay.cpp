#include "MetricDisplay.h"

#include "ResourceEvaluator.h"

#include <QCoreApplication>

namespace dozor::MetricDisplay {

namespace {
struct MetricText {
    Q_DECLARE_TR_FUNCTIONS(MetricDisplay)
};

const QString diskPrefix = QStringLiteral("disk_used_pct:");
const QString inodesPrefix = QStringLiteral("inodes_used_pct:");
const QString unitPrefix = QStringLiteral("unit_active:");

std::optional<MetricValue> find(const QList<MetricValue> &values, const QString &metric)
{
    for (const MetricValue &v : values) {
        if (v.metric == metric)
            return v;
    }
    return std::nullopt;
}
} // namespace

std::optional<MetricValue> headline(CheckType type, const QList<MetricValue> &values)
{
    switch (type) {
    case CheckType::Http:
        return find(values, QStringLiteral("response_ms"));
    case CheckType::Cpu:
        return find(values, QStringLiteral("cpu_pct"));
    case CheckType::Load:
        return find(values, QStringLiteral("load5_per_core"));
    case CheckType::Memory:
        return find(values, QStringLiteral("mem_used_pct"));
    case CheckType::Uptime:
        return find(values, QStringLiteral("uptime_s"));
    case CheckType::Service:
        return find(values, QStringLiteral("units_active"));
    case CheckType::Process:
        return find(values, QStringLiteral("processes"));
    case CheckType::Path:
        return find(values, QStringLiteral("path_problems"));
    case CheckType::Log:
        return find(values, QStringLiteral("matches_per_min"));
    case CheckType::Command:
        return find(values, QStringLiteral("exit_code"));
    case CheckType::Disk:
        break;
    }
    std::optional<MetricValue> fullest;
    for (const MetricValue &v : values) {
        if (v.metric.startsWith(diskPrefix) && (!fullest || v.value > fullest->value))
            fullest = v;
    }
    return fullest;
}

std::optional<QString> headlineName(CheckType type, const QStringList &metrics)
{
    QList<MetricValue> named;
    for (const QString &m : metrics)
        named.append({m, 0, QString()});
    const auto found = headline(type, named); // equal values: the first disk metric wins
    return found ? std::optional(found->metric) : std::nullopt;
}

QString formatValue(double value, const QString &unit)
{
    if (unit == QLatin1String("s"))
        return formatDuration(value);
    if (unit == QLatin1String("%"))
        return MetricText::tr("%1 %").arg(value, 0, 'f', 1);
    if (unit == QLatin1String("ms"))
        return MetricText::tr("%1 ms").arg(value, 0, 'f', 0);
    if (unit == QLatin1String("B"))
        return value >= 1024 * 1024 ? MetricText::tr("%1 MiB").arg(value / 1048576.0, 0, 'f', 1)
            : value >= 1024         ? MetricText::tr("%1 KiB").arg(value / 1024.0, 0, 'f', 1)
                                    : MetricText::tr("%1 B").arg(value, 0, 'f', 0);
    if (unit == QLatin1String("d"))
        return MetricText::tr("%1 d").arg(value, 0, 'f', 0);
    if (unit.isEmpty())
        return QString::number(value, 'f', 2);
    return QString::number(value, 'g', 6) + QLatin1Char(' ') + unit;
}

QString label(const QString &metric)
{
    if (metric.startsWith(diskPrefix))
        return MetricText::tr("Disk used %1").arg(metric.mid(diskPrefix.size()));
    if (metric.startsWith(inodesPrefix))
        return MetricText::tr("Inodes used %1").arg(metric.mid(inodesPrefix.size()));
    if (metric == QLatin1String("response_ms"))
        return MetricText::tr("Response time");
    if (metric == QLatin1String("status_code"))
        return MetricText::tr("HTTP status code");
    if (metric == QLatin1String("body_bytes"))
        return MetricText::tr("Response size");
    if (metric == QLatin1String("tls_days_left"))
        return MetricText::tr("TLS certificate days left");
    if (metric == QLatin1String("cpu_pct"))
        return MetricText::tr("CPU used");
    if (metric == QLatin1String("load1"))
        return MetricText::tr("Load (1 min)");
    if (metric == QLatin1String("load5"))
        return MetricText::tr("Load (5 min)");
    if (metric == QLatin1String("load15"))
        return MetricText::tr("Load (15 min)");
    if (metric == QLatin1String("load5_per_core"))
        return MetricText::tr("Load per core (5 min)");
    if (metric == QLatin1String("mem_used_pct"))
        return MetricText::tr("Memory used");
    if (metric == QLatin1String("swap_used_pct"))
        return MetricText::tr("Swap used");
    if (metric == QLatin1String("uptime_s"))
        return MetricText::tr("Uptime");
    if (metric == QLatin1String("units_active"))
        return MetricText::tr("Units active");
    if (metric.startsWith(unitPrefix))
        return MetricText::tr("%1 active").arg(metric.mid(unitPrefix.size()));
    if (metric == QLatin1String("processes"))
        return MetricText::tr("Processes");
    if (metric == QLatin1String("path_problems"))
        return MetricText::tr("Path problems");
    if (metric == QLatin1String("matches"))
        return MetricText::tr("Matching log lines");
    if (metric == QLatin1String("matches_per_min"))
        return MetricText::tr("Matching log lines per minute");
    if (metric == QLatin1String("exit_code"))
        return MetricText::tr("Exit status");
    return metric;
}

Thresholds thresholdsFor(const CheckSpec &check, const QString &metric)
{
    const Thresholds own {check.warn ? check.warn : defaults::warnFor(check.type),
        check.crit ? check.crit : defaults::critFor(check.type)};
    switch (check.type) {
    case CheckType::Http:
        if (metric == QLatin1String("response_ms"))
            return own;
        if (metric == QLatin1String("tls_days_left"))
            return {double(check.http.tlsWarnDays), double(check.http.tlsCritDays)};
        return {};
    case CheckType::Cpu:
        return metric == QLatin1String("cpu_pct") ? own : Thresholds {};
    case CheckType::Load:
        return metric == QLatin1String("load5_per_core") ? own : Thresholds {};
    case CheckType::Memory:
        return metric == QLatin1String("mem_used_pct") ? own : Thresholds {};
    case CheckType::Disk:
        if (metric.startsWith(diskPrefix))
            return own;
        if (metric.startsWith(inodesPrefix))
            return {check.inodesWarn ? check.inodesWarn : defaults::warnFor(CheckType::Disk),
                check.inodesCrit ? check.inodesCrit : defaults::critFor(CheckType::Disk)};
        return {};
    case CheckType::Log:
        return metric == QLatin1String("matches_per_min") ? own : Thresholds {};
    case CheckType::Uptime:
    case CheckType::Service:
    case CheckType::Process:
    case CheckType::Path:
    case CheckType::Command:
        return {};
    }
    return {};
}

} // namespace dozor::MetricDisplay
