#include "BenchSupport.h"

#include "store/HistoryWriter.h"

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

} // namespace dozor::bench
