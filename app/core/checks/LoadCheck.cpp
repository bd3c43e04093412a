#include "CheckKind.h"
#include "CheckSupport.h"

#include <QLocale>

// load: the 5-minute load average per CPU core (host probe, /proc/loadavg).
namespace dozor {

namespace {
CheckResult evaluate(const CheckSpec &c, const HostSnapshot &s)
{
    CheckResult r = resultOf(c);
    if (!s.load1 || !s.load5 || !s.load15)
        return unknownResult(r, notReported(s, CheckText::msg("the load average"), {"loadavg"}));
    r.values.append({QStringLiteral("load1"), *s.load1, QString()});
    r.values.append({QStringLiteral("load5"), *s.load5, QString()});
    r.values.append({QStringLiteral("load15"), *s.load15, QString()});
    if (!s.cpuCount)
        return unknownResult(
            r, notReported(s, CheckText::msg("the number of CPUs"), {"cpus", "nproc"}));
    // The 5-minute average: a compile or a cron job spiking the 1-minute figure is not an
    // incident.
    const double perCore = *s.load5 / *s.cpuCount;
    r.values.append({QStringLiteral("load5_per_core"), perCore, QString()});
    r.status = levelFor(perCore, checkKind(CheckType::Load).limits(c));
    setReason(r,
        CheckText::msg("load %1 per core (5-min %2 on %n CPU(s))", nullptr, *s.cpuCount)
            .real(perCore, 2)
            .real(*s.load5, 2));
    return r;
}
} // namespace

const CheckKind &loadCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Load,
        .name = "load",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Load per core"),
        .runner = CheckRunner::HostProbe,
        .defaultWarn = defaults::loadWarn,
        .defaultCrit = defaults::loadCrit,
        .limitTip = QT_TRANSLATE_NOOP("CheckKind", "5-minute load average per CPU core"),
        .probePart = "dozor_load",
        .evaluateSnapshot = evaluate,
        .headlineMetric = "load5_per_core",
        .metricLabels =
            {
                {"load1", QT_TRANSLATE_NOOP("CheckKind", "Load (1 min)")},
                {"load5", QT_TRANSLATE_NOOP("CheckKind", "Load (5 min)")},
                {"load15", QT_TRANSLATE_NOOP("CheckKind", "Load (15 min)")},
                {"load5_per_core", QT_TRANSLATE_NOOP("CheckKind", "Load per core (5 min)")},
            },
    };
    return kind;
}

} // namespace dozor
