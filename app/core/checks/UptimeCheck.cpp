#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/ResourceEvaluator.h"

// uptime: how long the machine has been up (host probe, /proc/uptime); a recent boot warns.
namespace dozor {

namespace {
CheckResult evaluate(const CheckSpec &c, const HostSnapshot &s)
{
    CheckResult r = resultOf(c);
    if (!s.uptimeSec)
        return unknownResult(r, notReported(s, CheckText::tr("the uptime"), {"uptime"}));
    r.values.append({QStringLiteral("uptime_s"), *s.uptimeSec, QStringLiteral("s")});
    const double warnBelow = c.warn.value_or(defaults::uptimeWarnSec);
    if (*s.uptimeSec < warnBelow) {
        r.status = Status::Warn;
        r.reason = CheckText::tr("rebooted %1 ago").arg(formatDuration(*s.uptimeSec));
    } else {
        r.status = Status::Ok;
        r.reason = CheckText::tr("up %1").arg(formatDuration(*s.uptimeSec));
    }
    return r;
}
} // namespace

const CheckKind &uptimeCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Uptime,
        .name = "uptime",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Uptime (reboot detection)"),
        .runner = CheckRunner::HostProbe,
        .defaultWarn = defaults::uptimeWarnSec, // warn below it; no critical level
        .limitSuffix = QT_TRANSLATE_NOOP("CheckKind", " s"),
        .limitTip = QT_TRANSLATE_NOOP(
            "CheckKind", "Warn when the machine has been up for less than this (a reboot)"),
        .probePart = "dozor_uptime",
        .evaluateSnapshot = evaluate,
        .headlineMetric = "uptime_s",
        .metricLabels = {{"uptime_s", QT_TRANSLATE_NOOP("CheckKind", "Uptime")}},
        // A limit to stay above, not a level to stay below: no line on the chart.
        .chartLimits = [](const CheckSpec &, const QString &) { return Thresholds {}; },
    };
    return kind;
}

} // namespace dozor
