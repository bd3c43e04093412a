#include "CheckKind.h"
#include "CheckSupport.h"

// cpu: the share of CPU time not idle between two readings of /proc/stat (host probe).
namespace dozor {

namespace {
CheckResult evaluate(const CheckSpec &c, const HostSnapshot &s)
{
    CheckResult r = resultOf(c);
    const auto cpu = s.cpuPercent();
    if (!cpu && s.cpuCountersReset)
        return unknownResult(r,
            CheckText::msg("the CPU counters started again since the last sample (a restart?); "
                           "CPU use is measured from the next sample"));
    if (!cpu)
        return unknownResult(r, notReported(s, CheckText::msg("CPU usage"), {"stat"}));
    r.values.append({QStringLiteral("cpu_pct"), *cpu, QStringLiteral("%")});
    r.status = levelFor(*cpu, checkKind(CheckType::Cpu).limits(c));
    setReason(r, CheckText::msg("CPU %1 busy").arg(percentText(*cpu)));
    return r;
}
} // namespace

const CheckKind &cpuCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Cpu,
        .name = "cpu",
        .title = QT_TRANSLATE_NOOP("CheckKind", "CPU use"),
        .runner = CheckRunner::HostProbe,
        .defaultWarn = defaults::cpuWarn,
        .defaultCrit = defaults::cpuCrit,
        .percentLimits = true,
        .limitSuffix = QT_TRANSLATE_NOOP("CheckKind", " %"),
        .limitTip =
            QT_TRANSLATE_NOOP("CheckKind", "Percentage used that makes the check a warning"),
        .probePart = "dozor_cpu",
        .evaluateSnapshot = evaluate,
        .headlineMetric = "cpu_pct",
        .metricLabels = {{"cpu_pct", QT_TRANSLATE_NOOP("CheckKind", "CPU used")}},
    };
    return kind;
}

} // namespace dozor
