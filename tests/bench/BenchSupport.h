#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

// Shared by the benchmarks: writing a long series straight through HistoryWriter, and
// timing a piece of work several times.
namespace dozor::bench {

// Writes count samples of one series (every stepMs from fromMs) in transactions of 5000.
void writeSeries(const QString &path, const QString &checkId, const QString &targetId,
    const QString &metric, const QString &unit, qint64 fromMs, qint64 stepMs, qint64 count,
    const std::function<double(qint64)> &value);

// CPU time of every process in a cgroup made for a process (a server's listener) and all it
// forks, finished ones included (cgroup v2 cpu.stat, or v1 cpuacct). Root only.
class CpuCgroup {
public:
    explicit CpuCgroup(qint64 pid);
    bool ok() const { return m_ok; }
    QString dir() const { return m_dir; }
    double seconds() const;
    // After the server has ended: the cgroup is empty and can go.
    void remove() const;

private:
    QString m_dir;
    bool m_v2 = false;
    bool m_ok = false;
};

// The median of one field over several runs' figures (the upper middle of an even count).
template<typename T>
double medianOf(const QList<T> &runs, double T::*field)
{
    QList<double> values;
    for (const T &run : runs)
        values.append(run.*field);
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        f();
        times.append(clock.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace dozor::bench
