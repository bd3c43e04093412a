#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/ResourceEvaluator.h"

// memory: the share of memory not available (host probe, /proc/meminfo), swap recorded too.
namespace dozor {

namespace {
CheckResult evaluate(const CheckSpec &c, const HostSnapshot &s)
{
    CheckResult r = resultOf(c);
    if (!s.memory)
        return unknownResult(r, notReported(s, CheckText::msg("memory"), {"meminfo"}));
    const MemoryInfo &m = *s.memory;
    const double used =
        100.0 * static_cast<double>(m.totalKb - m.availableKb) / static_cast<double>(m.totalKb);
    r.values.append({QStringLiteral("mem_used_pct"), used, QStringLiteral("%")});
    r.values.append({QStringLiteral("mem_available_mib"),
        static_cast<double>(m.availableKb) / 1024.0, QStringLiteral("MiB")});
    Message swapText;
    if (m.swapTotalKb > 0) {
        const double swap = 100.0 * static_cast<double>(m.swapTotalKb - m.swapFreeKb)
            / static_cast<double>(m.swapTotalKb);
        r.values.append({QStringLiteral("swap_used_pct"), swap, QStringLiteral("%")});
        swapText = CheckText::msg(", swap %1").arg(percentText(swap));
    }
    r.status = levelFor(used, checkKind(CheckType::Memory).limits(c));
    setReason(r,
        CheckText::msg("memory %1 used, %2 available%3")
            .arg(percentText(used))
            .arg(kibMessage(m.availableKb))
            .arg(swapText));
    return r;
}
} // namespace

const CheckKind &memoryCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Memory,
        .name = "memory",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Memory use"),
        .runner = CheckRunner::HostProbe,
        .defaultWarn = defaults::memoryWarn,
        .defaultCrit = defaults::memoryCrit,
        .percentLimits = true,
        .limitSuffix = QT_TRANSLATE_NOOP("CheckKind", " %"),
        .limitTip =
            QT_TRANSLATE_NOOP("CheckKind", "Percentage used that makes the check a warning"),
        .probePart = "dozor_mem",
        .evaluateSnapshot = evaluate,
        .headlineMetric = "mem_used_pct",
        .metricLabels =
            {
                {"mem_used_pct", QT_TRANSLATE_NOOP("CheckKind", "Memory used")},
                {"mem_available_mib", QT_TRANSLATE_NOOP("CheckKind", "Memory available")},
                {"swap_used_pct", QT_TRANSLATE_NOOP("CheckKind", "Swap used")},
            },
    };
    return kind;
}

} // namespace dozor
