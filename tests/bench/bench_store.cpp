// History store benchmark. Prints figures, asserts nothing about time.
//  1. Ingest: N samples written through HistoryWriter in batches (one transaction per
//     batch, as the scheduler does per tick) vs one transaction per sample (baseline).
//  2. A 90-day chart of one series of 10-s samples: the tiered, decimated query the UI uses
//     vs reading every raw row (baseline).
// Usage: bench_store [--samples N] [--per-row-samples M] [--batch B] [--dir DIR]
#include "BenchSupport.h"
#include "core/CheckResult.h"
#include "store/HistoryReader.h"
#include "store/HistorySchema.h"
#include "store/HistoryWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace dozor;

namespace {
constexpr qint64 day = 86'400'000;
constexpr qint64 start = 1'780'000'000'000; // a fixed point in 2026

QTextStream out(stdout);

CheckResult sample(int series, qint64 ts, double v)
{
    CheckResult r;
    r.checkId = QStringLiteral("check%1").arg(series % 100);
    r.targetId = QStringLiteral("bench");
    r.status = Status::Ok;
    r.startedMs = ts;
    r.values = {{QStringLiteral("m%1").arg(series / 100), v, QString()}};
    return r;
}

// Writes `total` samples spread over 100 series, `batch` samples per transaction.
double ingest(const QString &path, qint64 total, qint64 batch)
{
    HistoryWriter writer(path);
    writer.open();
    QElapsedTimer clock;
    clock.start();
    ResultBatch b;
    b.results.reserve(batch);
    for (qint64 i = 0; i < total; ++i) {
        b.results.append(
            sample(static_cast<int>(i % 100), start + (i / 100) * 10'000, double(i % 1000)));
        if (b.results.size() == batch) {
            writer.write(b);
            b.results.clear();
        }
    }
    if (!b.results.isEmpty())
        writer.write(b);
    const double seconds = clock.nsecsElapsed() / 1e9;
    writer.close();
    return seconds;
}

QString rate(double samples, double seconds)
{
    return QString::number(samples / seconds, 'f', 0);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption samplesOpt(QStringLiteral("samples"),
        QStringLiteral("Samples for the batched ingest."), QStringLiteral("N"),
        QStringLiteral("10000000"));
    const QCommandLineOption perRowOpt(QStringLiteral("per-row-samples"),
        QStringLiteral("Samples for the one-transaction-per-row baseline."), QStringLiteral("M"),
        QStringLiteral("200000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"),
        QStringLiteral("Samples per transaction when batched."), QStringLiteral("B"),
        QStringLiteral("1000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
        QStringLiteral("Folder for the database files (default: a temporary folder)."),
        QStringLiteral("DIR"));
    parser.addOptions({samplesOpt, perRowOpt, batchOpt, dirOpt});
    parser.process(app);
    const qint64 samples = parser.value(samplesOpt).toLongLong();
    const qint64 perRow = parser.value(perRowOpt).toLongLong();
    const qint64 batch = std::max<qint64>(1, parser.value(batchOpt).toLongLong());
    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : tmp.path();

    out << "History store benchmark (SQLite WAL, synchronous=NORMAL, rollups written with every "
           "sample)\n\n";
    out << "1. Ingest\n";
    out.flush();
    const double batchedS = ingest(dir + QStringLiteral("/batched.sqlite"), samples, batch);
    out << QStringLiteral("   batched (%1 per transaction): %2 samples in %3 s = %4 samples/s\n")
               .arg(batch)
               .arg(samples)
               .arg(batchedS, 0, 'f', 2)
               .arg(rate(samples, batchedS));
    out.flush();
    const double perRowS = ingest(dir + QStringLiteral("/perrow.sqlite"), perRow, 1);
    const double perRowRate = perRow / perRowS;
    out << QStringLiteral("   one transaction per sample:  %1 samples in %2 s = %3 samples/s")
               .arg(perRow)
               .arg(perRowS, 0, 'f', 2)
               .arg(rate(perRow, perRowS));
    if (perRow < samples)
        out << QStringLiteral(" (%1 samples would take ~%2 s at this rate)")
                   .arg(samples)
                   .arg(samples / perRowRate, 0, 'f', 0);
    out << QStringLiteral("\n   ratio: batched is %1x faster\n\n")
               .arg((samples / batchedS) / perRowRate, 0, 'f', 1);
    out.flush();

    out << "2. 90-day chart, one series of 10-s samples\n";
    const QString chartPath = dir + QStringLiteral("/chart.sqlite");
    const qint64 points90d = 90 * day / 10'000;
    bench::writeSeries(chartPath, QStringLiteral("web"), QStringLiteral("bench"),
        QStringLiteral("response_ms"), QStringLiteral("ms"), start, 10'000, points90d,
        [](qint64 i) { return 100.0 + (i % 360) + ((i % 8640) == 0 ? 2000 : 0); });
    out << QStringLiteral("   %1 raw samples stored; file %2 MiB\n")
               .arg(points90d)
               .arg(QFileInfo(chartPath).size() / 1048576.0, 0, 'f', 1);

    HistoryReader reader(chartPath);
    if (!reader.open().ok()) {
        out << "cannot open the chart database\n";
        return 1;
    }
    const SeriesQuery query {QStringLiteral("web"), QStringLiteral("response_ms"), start,
        start + 90 * day, 1000, DecimationMode::Lttb};
    qint64 tieredRows = 0;
    qsizetype tieredPoints = 0;
    const double tieredMs = bench::medianMs(7, [&] {
        const auto data = reader.series(query);
        tieredRows = data->rowsRead;
        tieredPoints = data->points.size();
    });
    qint64 rawRows = 0;
    QSqlDatabase db = *openHistoryDatabase(chartPath, QStringLiteral("bench-raw"));
    const double rawMs = bench::medianMs(7, [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ts, value FROM samples WHERE series_id = (SELECT id FROM "
                                 "series WHERE metric = 'response_ms') "
                                 "AND ts >= ? AND ts <= ? ORDER BY ts"));
        q.addBindValue(query.fromMs);
        q.addBindValue(query.toMs);
        q.exec();
        QList<SeriesPoint> pts;
        while (q.next()) {
            const double v = q.value(1).toDouble();
            pts.append({q.value(0).toLongLong(), v, v, v});
        }
        rawRows = pts.size();
    });
    out << QStringLiteral(
        "   tiered + LTTB to 1000 points: %1 ms median of 7 (%2 rows read, %3 points)\n")
               .arg(tieredMs, 0, 'f', 2)
               .arg(tieredRows)
               .arg(tieredPoints);
    out << QStringLiteral("   reading every raw row:        %1 ms median of 7 (%2 rows read)\n")
               .arg(rawMs, 0, 'f', 2)
               .arg(rawRows);
    out << QStringLiteral("   ratio: the chart query is %1x faster and reads %2x fewer rows\n")
               .arg(rawMs / tieredMs, 0, 'f', 1)
               .arg(double(rawRows) / std::max<qint64>(tieredRows, 1), 0, 'f', 0);
    return 0;
}
