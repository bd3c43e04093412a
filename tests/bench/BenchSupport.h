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
