#include "MetricDisplay.h"

#include "ResourceEvaluator.h"

#include <QCoreApplication>
#include <QLocale>

namespace dozor::MetricDisplay {

namespace {
struct MetricText {
    Q_DECLARE_TR_FUNCTIONS(MetricDisplay)
};

std::optional<MetricValue> find(const QList<MetricValue> &values, QLatin1StringView metric)
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
    const QLatin1StringView name(checkKind(type).headlineMetric);
    if (name.isEmpty())
        return std::nullopt;
    if (!name.endsWith(QLatin1Char(':')))
        return find(values, name);
    // A prefix ("disk_used_pct:" + mount): the largest value of it sums the result up.
    std::optional<MetricValue> largest;
    for (const MetricValue &v : values) {
        if (v.metric.startsWith(name) && (!largest || v.value > largest->value))
            largest = v;
    }
    return largest;
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
    // In the user's locale ("18,5 %" in Russian), compact: no thousands separators.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const auto number = [&locale](
                            double v, int decimals) { return locale.toString(v, 'f', decimals); };
    if (unit == QLatin1String("s"))
        return formatDuration(value);
    if (unit == QLatin1String("%"))
        return MetricText::tr("%1 %").arg(number(value, 1));
    if (unit == QLatin1String("ms"))
        return MetricText::tr("%1 ms").arg(number(value, 0));
    if (unit == QLatin1String("B"))
        return value >= 1024 * 1024 ? MetricText::tr("%1 MiB").arg(number(value / 1048576.0, 1))
            : value >= 1024         ? MetricText::tr("%1 KiB").arg(number(value / 1024.0, 1))
                                    : MetricText::tr("%1 B").arg(number(value, 0));
    if (unit == QLatin1String("d"))
        return MetricText::tr("%1 d").arg(number(value, 0));
    if (unit.isEmpty())
        return number(value, 2);
    return locale.toString(value, 'g', 6) + QLatin1Char(' ') + unit;
}

QString label(const QString &metric)
{
    for (const CheckKind *kind : checkKinds()) {
        for (const MetricLabel &m : kind->metricLabels) {
            const QLatin1StringView name(m.metric);
            const QString text = QCoreApplication::translate("CheckKind", m.label);
            if (name.endsWith(QLatin1Char(':')) && metric.startsWith(name))
                return text.arg(metric.mid(name.size()));
            if (metric == name)
                return text;
        }
    }
    return metric;
}

QString family(const QString &metric)
{
    if (const qsizetype colon = metric.indexOf(QLatin1Char(':')); colon > 0)
        return metric.left(colon + 1);
    if (metric == QLatin1String("load1") || metric == QLatin1String("load5")
        || metric == QLatin1String("load15"))
        return QStringLiteral("load");
    if (metric == QLatin1String("mem_used_pct") || metric == QLatin1String("swap_used_pct"))
        return QStringLiteral("used_pct");
    return metric;
}

QString familyTitle(const QString &family)
{
    if (family == QLatin1String("load"))
        return MetricText::tr("Load average");
    if (family == QLatin1String("used_pct"))
        return MetricText::tr("Memory and swap used");
    if (family == QLatin1String("unit_active:"))
        return MetricText::tr("systemd units active");
    if (family.endsWith(QLatin1Char(':')))
        return label(family).trimmed(); // "Disk used %1" without a mount
    return label(family);
}

QString lineLabel(const QString &metric)
{
    const QString f = family(metric);
    if (f.endsWith(QLatin1Char(':')))
        return metric.mid(f.size());
    return label(metric);
}

bool isDetail(const QString &metric)
{
    return metric == QLatin1String("status_code") || metric == QLatin1String("body_bytes");
}

Thresholds thresholdsFor(const CheckSpec &check, const QString &metric)
{
    const CheckKind &kind = checkKind(check.type);
    if (kind.chartLimits)
        return kind.chartLimits(check, metric);
    const QLatin1StringView name(kind.headlineMetric);
    const bool headline =
        name.endsWith(QLatin1Char(':')) ? metric.startsWith(name) : metric == name;
    return headline ? kind.limits(check) : Thresholds {};
}

} // namespace dozor::MetricDisplay
