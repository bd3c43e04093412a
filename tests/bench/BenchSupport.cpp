#include "BenchSupport.h"

#include "store/HistoryWriter.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <unistd.h>

namespace dozor::bench {

void writeSeries(const QString &path, const QString &checkId, const QString &targetId,
    const QString &metric, const QString &unit, qint64 fromMs, qint64 stepMs, qint64 count,
    const std::function<double(qint64)> &value)
{
    HistoryWriter writer(path);
    writer.open();
    ResultBatch batch;
    for (qint64 i = 0; i < count; ++i) {
        CheckResult r;
        r.checkId = checkId;
        r.targetId = targetId;
        r.status = Status::Ok;
        r.startedMs = fromMs + i * stepMs;
        r.values = {{metric, value(i), unit}};
        batch.results.append(r);
        if (batch.results.size() == 5000) {
            writer.write(batch);
            batch.results.clear();
        }
    }
    if (!batch.results.isEmpty())
        writer.write(batch);
    writer.close();
}

CpuCgroup::CpuCgroup(qint64 pid)
{
    const QString name = QStringLiteral("dozor-bench-%1-%2").arg(::getpid()).arg(pid);
    if (QFile::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"))) {
        m_dir = QStringLiteral("/sys/fs/cgroup/") + name;
        m_v2 = true;
    } else {
        for (const char *v1 : {"/sys/fs/cgroup/cpuacct", "/sys/fs/cgroup/cpu,cpuacct"}) {
            if (QFile::exists(QString::fromLatin1(v1) + QStringLiteral("/cpuacct.usage"))) {
                m_dir = QString::fromLatin1(v1) + QLatin1Char('/') + name;
                break;
            }
        }
    }
    if (m_dir.isEmpty() || !QDir().mkpath(m_dir)) {
        m_dir.clear();
        return;
    }
    QFile procs(m_dir + QStringLiteral("/cgroup.procs"));
    m_ok = procs.open(QIODevice::WriteOnly) && procs.write(QByteArray::number(pid)) > 0;
}

double CpuCgroup::seconds() const
{
    QFile f(m_dir + (m_v2 ? QStringLiteral("/cpu.stat") : QStringLiteral("/cpuacct.usage")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    if (!m_v2)
        return text.trimmed().toDouble() / 1e9;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("usage_usec "))
            return line.mid(11).toDouble() / 1e6;
    }
    return 0;
}

void CpuCgroup::remove() const
{
    QElapsedTimer wait; // the server's processes take a moment to leave
    wait.start();
    while (!m_dir.isEmpty() && !QDir().rmdir(m_dir) && wait.elapsed() < 5'000)
        QThread::msleep(50);
}

} // namespace dozor::bench
