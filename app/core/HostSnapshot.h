#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

struct CpuTimes {
    quint64 busy = 0;
    quint64 total = 0;
};

struct MemoryInfo {
    quint64 totalKb = 0;
    quint64 availableKb = 0;
    quint64 swapTotalKb = 0;
    quint64 swapFreeKb = 0;
};

struct MountUsage {
    QString filesystem;
    QString mountPoint;
    quint64 totalKb = 0;
    quint64 usedKb = 0;
    quint64 availableKb = 0;
    std::optional<quint64> inodesTotal;
    std::optional<quint64> inodesUsed;
    // A bind mount (or a second mount) of a filesystem listed before it: the mount point of
    // that first listing. Watched only when named.
    QString sameAs;

    double usedPercent() const;
    std::optional<double> inodesUsedPercent() const;
};

// A df line whose figures cannot be true (a negative or unreadable size, more than 100 %
// used, more used than the file system holds), with the mount point it names.
struct ImplausibleMount {
    QString mountPoint;
    QString line; // as df printed it, made safe to show
};

// What one run of the host probe told us. Every part is optional: a section may be missing
// (no /proc on this system, df hung and was killed) and the rest is still worth having.
// problems says, in words, what could not be read.
struct HostSnapshot {
    std::optional<int> cpuCount;
    std::optional<double> uptimeSec;
    std::optional<double> load1, load5, load15;
    std::optional<CpuTimes> cpuFirst, cpuSecond;
    QByteArray bootId; // /proc/sys/kernel/random/boot_id, read with the CPU times
    // The reading went back since the previous sample's (the host restarted): no CPU use
    // this time.
    bool cpuCountersReset = false;
    // When the host booted, and whether that boot was seen happening while it was watched
    // (BootWatch); set by whoever ran the probe, from the uptime.
    std::optional<qint64> bootAtMs;
    bool rebootSeen = false;
    bool newReboot = false; // the first sample that shows the reboot
    std::optional<MemoryInfo> memory;
    std::optional<QList<MountUsage>> mounts;
    // Lines left out of mounts because their figures cannot be true: a disk check watching
    // one of these mount points cannot judge it.
    QList<ImplausibleMount> implausibleMounts;
    // What the probe printed for the service, process, path and log checks of this run,
    // by the check's index in the run ("@@check N"); each line as the server printed it.
    QHash<int, QList<QByteArray>> checkSections;
    // Sections that ran into a command's time limit (with the command's name), and those
    // the output stopped in.
    QHash<int, QString> overranSections;
    QSet<int> unfinishedSections;
    // What could not be read, in words: of the run as a whole (output cut off), and of one
    // section of the probe ("df", "stat", "meminfo" …), which only the checks reading that
    // section are told about.
    QStringList problems;
    QHash<QByteArray, QStringList> sectionProblems;

    // Every problem, the run's first.
    QStringList allProblems() const;

    // CPU busy percent between the two /proc/stat readings of the run.
    std::optional<double> cpuPercent() const;
};

} // namespace dozor
