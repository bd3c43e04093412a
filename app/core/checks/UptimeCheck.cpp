#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/ResourceEvaluator.h"

#include <QDateTime>

// uptime: how long the machine has been up and when it booted (host probe, /proc/uptime);
// a reboot seen while watching warns.
namespace dozor {

namespace {
// A reboot seen while watching (the uptime went back between two samples) warns while the
// uptime is below the warning level; a recent boot found at the first look does not.
CheckResult evaluate(const CheckSpec &c, const HostSnapshot &s)
{
    CheckResult r = resultOf(c);
    if (!s.uptimeSec)
        return unknownResult(r, notReported(s, CheckText::msg("the uptime"), {"uptime"}));
    r.values.append({QStringLiteral("uptime_s"), *s.uptimeSec, QStringLiteral("s")});

    const double warnBelow = c.warn.value_or(defaults::uptimeWarnSec);
    if (s.rebootSeen && *s.uptimeSec < warnBelow) {
        r.status = Status::Warn;
        setReason(r,
            s.bootAtMs ? CheckText::msg("rebooted %1 ago (booted %2)")
                             .arg(secondsMessage(*s.uptimeSec))
                             .time(*s.bootAtMs, Message::TimeForm::Stamp)
                       : CheckText::msg("rebooted %1 ago").arg(secondsMessage(*s.uptimeSec)));
    } else {
        r.status = Status::Ok;
        setReason(r,
            s.bootAtMs ? CheckText::msg("up %1 (booted %2)")
                             .arg(secondsMessage(*s.uptimeSec))
                             .time(*s.bootAtMs, Message::TimeForm::Stamp)
                       : CheckText::msg("up %1").arg(secondsMessage(*s.uptimeSec)));
    }
    if (s.newReboot && s.bootAtMs)
        r.rebootedAtMs = s.bootAtMs;
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
        .limitTip = QT_TRANSLATE_NOOP("CheckKind",
            "After a reboot seen while watching, warn until the machine has been up this long"),
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
