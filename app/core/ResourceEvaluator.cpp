#include "ResourceEvaluator.h"

#include <QCoreApplication>

namespace dozor {

namespace {

struct ResourceText {
    Q_DECLARE_TR_FUNCTIONS(ResourceEvaluator)
};

Status levelFor(double value, double warn, std::optional<double> crit)
{
    if (crit && value >= *crit)
        return Status::Crit;
    if (value >= warn)
        return Status::Warn;
    return Status::Ok;
}

QString pct(double v)
{
    return QString::number(v, 'f', 1) + QLatin1Char('%');
}

QString missing(const HostSnapshot &s, const QString &what)
{
    if (s.problems.isEmpty())
        return ResourceText::tr("the probe did not report %1").arg(what);
    return ResourceText::tr("the probe did not report %1: %2")
        .arg(what, s.problems.join(QStringLiteral("; ")));
}

void setUnknown(CheckResult &r, const QString &reason)
{
    r.status = Status::Unknown;
    r.reason = reason;
}

void evaluateCpu(const CheckSpec &c, const HostSnapshot &s, CheckResult &r)
{
    const auto cpu = s.cpuPercent();
    if (!cpu)
        return setUnknown(r, missing(s, ResourceText::tr("CPU usage")));
    r.values.append({QStringLiteral("cpu_pct"), *cpu, QStringLiteral("%")});
    r.status = levelFor(*cpu, c.warn.value_or(defaults::cpuWarn),
        c.crit ? c.crit : defaults::critFor(CheckType::Cpu));
    r.reason = ResourceText::tr("CPU %1 busy").arg(pct(*cpu));
}

void evaluateLoad(const CheckSpec &c, const HostSnapshot &s, CheckResult &r)
{
    if (!s.load1 || !s.load5 || !s.load15)
        return setUnknown(r, missing(s, ResourceText::tr("the load average")));
    r.values.append({QStringLiteral("load1"), *s.load1, QString()});
    r.values.append({QStringLiteral("load5"), *s.load5, QString()});
    r.values.append({QStringLiteral("load15"), *s.load15, QString()});
    if (!s.cpuCount)
        return setUnknown(r, missing(s, ResourceText::tr("the number of CPUs")));
    // The 5-minute average: a compile or a cron job spiking the 1-minute figure is not an
    // incident.
    const double perCore = *s.load5 / *s.cpuCount;
    r.values.append({QStringLiteral("load5_per_core"), perCore, QString()});
    r.status = levelFor(perCore, c.warn.value_or(defaults::loadWarn),
        c.crit ? c.crit : defaults::critFor(CheckType::Load));
    r.reason = ResourceText::tr("load %1 per core (5-min %2 on %n CPU(s))", nullptr, *s.cpuCount)
                   .arg(QString::number(perCore, 'f', 2), QString::number(*s.load5, 'f', 2));
}

void evaluateMemory(const CheckSpec &c, const HostSnapshot &s, CheckResult &r)
{
    if (!s.memory)
        return setUnknown(r, missing(s, ResourceText::tr("memory")));
    const MemoryInfo &m = *s.memory;
    const double used =
        100.0 * static_cast<double>(m.totalKb - m.availableKb) / static_cast<double>(m.totalKb);
    r.values.append({QStringLiteral("mem_used_pct"), used, QStringLiteral("%")});
    r.values.append({QStringLiteral("mem_available_mib"),
        static_cast<double>(m.availableKb) / 1024.0, QStringLiteral("MiB")});
    QString swapText;
    if (m.swapTotalKb > 0) {
        const double swap = 100.0 * static_cast<double>(m.swapTotalKb - m.swapFreeKb)
            / static_cast<double>(m.swapTotalKb);
        r.values.append({QStringLiteral("swap_used_pct"), swap, QStringLiteral("%")});
        swapText = ResourceText::tr(", swap %1").arg(pct(swap));
    }
    r.status = levelFor(used, c.warn.value_or(defaults::memoryWarn),
        c.crit ? c.crit : defaults::critFor(CheckType::Memory));
    r.reason = ResourceText::tr("memory %1 used, %2 available%3")
                   .arg(pct(used), formatKib(m.availableKb), swapText);
}

void evaluateDisk(const CheckSpec &c, const HostSnapshot &s, CheckResult &r)
{
    if (!s.mounts)
        return setUnknown(r, missing(s, ResourceText::tr("disk usage")));
    const double warn = c.warn.value_or(defaults::diskWarn);
    const auto crit = c.crit ? c.crit : defaults::critFor(CheckType::Disk);
    const double inodesWarn = c.inodesWarn.value_or(defaults::diskWarn);
    const auto inodesCrit = c.inodesCrit ? c.inodesCrit : defaults::critFor(CheckType::Disk);

    Status worst = Status::Ok;
    QString worstReason;
    double fullest = -1;
    QString fullestReason;
    QStringList absent;
    for (const QString &wanted : c.mounts) {
        const bool found = std::any_of(s.mounts->cbegin(), s.mounts->cend(),
            [&](const MountUsage &m) { return m.mountPoint == wanted; });
        if (!found)
            absent.append(wanted);
    }
    for (const MountUsage &m : *s.mounts) {
        if (!c.mounts.isEmpty() && !c.mounts.contains(m.mountPoint))
            continue;
        const double used = m.usedPercent();
        r.values.append(
            {QStringLiteral("disk_used_pct:") + m.mountPoint, used, QStringLiteral("%")});
        const QString text = ResourceText::tr("%1 %2 used, %3 free")
                                 .arg(m.mountPoint, pct(used), formatKib(m.availableKb));
        Status st = levelFor(used, warn, crit);
        QString stReason = text;
        if (const auto inodes = m.inodesUsedPercent()) {
            r.values.append(
                {QStringLiteral("inodes_used_pct:") + m.mountPoint, *inodes, QStringLiteral("%")});
            const Status inodeStatus = levelFor(*inodes, inodesWarn, inodesCrit);
            if (isWorse(inodeStatus, st)) {
                st = inodeStatus;
                stReason = ResourceText::tr("%1 inodes %2 used").arg(m.mountPoint, pct(*inodes));
            }
        }
        if (isWorse(st, worst)) {
            worst = st;
            worstReason = stReason;
        }
        if (used > fullest) {
            fullest = used;
            fullestReason = text;
        }
    }
    if (!absent.isEmpty()) {
        r.status = Status::Unknown;
        r.reason = ResourceText::tr("not mounted: %1").arg(absent.join(QStringLiteral(", ")));
        return;
    }
    if (fullest < 0) {
        r.status = Status::Unknown;
        r.reason = ResourceText::tr("no filesystem to watch");
        return;
    }
    r.status = worst;
    r.reason =
        worst == Status::Ok ? ResourceText::tr("fullest: %1").arg(fullestReason) : worstReason;
}

void evaluateUptime(const CheckSpec &c, const HostSnapshot &s, CheckResult &r)
{
    if (!s.uptimeSec)
        return setUnknown(r, missing(s, ResourceText::tr("the uptime")));
    r.values.append({QStringLiteral("uptime_s"), *s.uptimeSec, QStringLiteral("s")});
    const double warnBelow = c.warn.value_or(defaults::uptimeWarnSec);
    if (*s.uptimeSec < warnBelow) {
        r.status = Status::Warn;
        r.reason = ResourceText::tr("rebooted %1 ago").arg(formatDuration(*s.uptimeSec));
    } else {
        r.status = Status::Ok;
        r.reason = ResourceText::tr("up %1").arg(formatDuration(*s.uptimeSec));
    }
}

} // namespace

QString formatKib(quint64 kib)
{
    const double b = static_cast<double>(kib) * 1024.0;
    if (b >= 1024.0 * 1024 * 1024 * 1024)
        return ResourceText::tr("%1 TiB").arg(b / (1024.0 * 1024 * 1024 * 1024), 0, 'f', 1);
    if (b >= 1024.0 * 1024 * 1024)
        return ResourceText::tr("%1 GiB").arg(b / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (b >= 1024.0 * 1024)
        return ResourceText::tr("%1 MiB").arg(b / (1024.0 * 1024), 0, 'f', 0);
    return ResourceText::tr("%1 KiB").arg(kib);
}

QString formatDuration(double seconds)
{
    const qint64 s = static_cast<qint64>(seconds);
    if (s < 60)
        return ResourceText::tr("%1 s").arg(s);
    if (s < 3600)
        return ResourceText::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return ResourceText::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return ResourceText::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

CheckResult evaluateResourceCheck(const CheckSpec &check, const HostSnapshot &snapshot)
{
    CheckResult r;
    r.checkId = check.id;
    r.targetId = check.targetId;
    switch (check.type) {
    case CheckType::Cpu:
        evaluateCpu(check, snapshot, r);
        break;
    case CheckType::Load:
        evaluateLoad(check, snapshot, r);
        break;
    case CheckType::Memory:
        evaluateMemory(check, snapshot, r);
        break;
    case CheckType::Disk:
        evaluateDisk(check, snapshot, r);
        break;
    case CheckType::Uptime:
        evaluateUptime(check, snapshot, r);
        break;
    case CheckType::Http:
    case CheckType::Service:
    case CheckType::Process:
    case CheckType::Path:
    case CheckType::Log:
    case CheckType::Command:
        setUnknown(r,
            ResourceText::tr("a %1 check is not a resource check").arg(checkTypeName(check.type)));
        break;
    }
    return r;
}

} // namespace dozor
