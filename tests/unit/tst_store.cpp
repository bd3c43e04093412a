// History store: migrations from every earlier schema, batched writes with rollups,
// retention without VACUUM, tiered and decimated range queries, writer on its own thread.
#include "store/HistoryReader.h"
#include "store/HistorySchema.h"
#include "store/HistoryStore.h"
#include "store/HistoryWriter.h"
#include "store/JournalBook.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;

namespace {
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 3'600'000;
constexpr qint64 day = 86'400'000;
// A fixed "now" on a whole hour keeps bucket arithmetic readable.
constexpr qint64 now = 1'795'456'800'000; // 2026-11-23T18:00:00Z

CheckResult result(
    const QString &check, qint64 ts, double v, const QString &metric = QStringLiteral("m"))
{
    CheckResult r;
    r.checkId = check;
    r.targetId = QStringLiteral("t");
    r.status = Status::Ok;
    r.startedMs = ts;
    r.values = {{metric, v, QStringLiteral("%")}};
    return r;
}

qint64 count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<dozor::ResultBatch>(); }

    void freshFileGetsCurrentSchemaAndPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            auto db = openHistoryDatabase(path, QStringLiteral("fresh"));
            QVERIFY(db.ok());
            QSqlDatabase conn = *db;
            QVERIFY(HistorySchema::migrate(conn).ok());
            QCOMPARE(*HistorySchema::version(conn), HistorySchema::currentVersion);
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        }
        closeHistoryDatabase(QStringLiteral("fresh"));
    }

    void migratesFromEveryEarlierVersion()
    {
        for (int from = 0; from < HistorySchema::currentVersion; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("h.sqlite"));
            const QString name = QStringLiteral("migrate-%1").arg(from);
            {
                QSqlDatabase db = *openHistoryDatabase(path, name);
                QVERIFY(HistorySchema::migrate(db, from).ok());
                QCOMPARE(*HistorySchema::version(db), from);
                if (from >= 1) {
                    // Data as a version-1 Dozor wrote it: three samples in two minutes of one hour.
                    QSqlQuery q(db);
                    QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO checks (id, name, target) VALUES (1, 'cpu', 'local')")));
                    QVERIFY(q.exec(QStringLiteral("INSERT INTO series (id, check_id, metric, unit) "
                                                  "VALUES (1, 1, 'cpu_pct', '%')")));
                    QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO samples VALUES (1, %1, 10), (1, %2, 30), (1, %3, 50)")
                                       .arg(now)
                                       .arg(now + 10'000)
                                       .arg(now + minute)));
                    QVERIFY(q.exec(QStringLiteral("INSERT INTO status_events (check_id, ts, "
                                                  "status, reason) VALUES (1, %1, 'OK', 'fine')")
                                       .arg(now)));
                }
                QVERIFY2(HistorySchema::migrate(db).ok(),
                    qPrintable(QStringLiteral("from %1").arg(from)));
                QCOMPARE(*HistorySchema::version(db), HistorySchema::currentVersion);
                if (from >= 1) {
                    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM samples")), 3);
                    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM status_events")), 1);
                    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM incidents")), 0);
                }
                if (from == 1) { // version 2 backfilled the rollups of what version 1 wrote
                    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM rollup_minute")), 2);
                    QCOMPARE(count(db, QStringLiteral("SELECT sum(count) FROM rollup_hour")), 3);
                    QCOMPARE(count(db,
                                 QStringLiteral("SELECT max FROM rollup_minute WHERE bucket = %1")
                                     .arg(now)),
                        30);
                }
            }
            closeHistoryDatabase(name);
        }
    }

    void newerFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            QSqlDatabase db = *openHistoryDatabase(path, QStringLiteral("newer"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            const Expected<void> m = HistorySchema::migrate(db);
            QVERIFY(!m.ok());
            QVERIFY(m.error().contains(QStringLiteral("newer Dozor")));
        }
        closeHistoryDatabase(QStringLiteral("newer"));
    }

    void notSqliteIsRefusedInWords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'Z'));
        f.close();
        HistoryWriter writer(path);
        QSignalSpy opened(&writer, &HistoryWriter::opened);
        writer.open();
        QCOMPARE(opened.size(), 1);
        QVERIFY(!opened.first().first().toString().isEmpty());
    }

    void batchesRollupsAndEvents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryWriter writer(path);
        QSignalSpy opened(&writer, &HistoryWriter::opened);
        QSignalSpy committed(&writer, &HistoryWriter::committed);
        writer.open();
        QCOMPARE(opened.first().first().toString(), QString());

        ResultBatch b1 {now,
            {result(QStringLiteral("cpu"), now, 10),
                result(QStringLiteral("cpu"), now + 20'000, 40)},
            {}, {}};
        b1.changes.append({QStringLiteral("cpu"), QStringLiteral("t"), std::nullopt, Status::Ok,
            QStringLiteral("fine"), now, Message()});
        writer.write(b1);
        ResultBatch b2 {now + minute, {result(QStringLiteral("cpu"), now + minute, 70)}, {}, {}};
        b2.changes.append({QStringLiteral("cpu"), QStringLiteral("t"), Status::Ok, Status::Crit,
            QStringLiteral("hot"), now + minute, Message()});
        writer.write(b2);
        writer.write(b2); // the same tick twice: samples are not double-counted
        QCOMPARE(committed.size(), 3);
        writer.close();

        HistoryReader reader(path);
        QVERIFY(reader.open().ok());
        SeriesQuery q {QStringLiteral("cpu"), QStringLiteral("m"), now - hour, now + hour, 1000,
            DecimationMode::Lttb};
        const auto raw = reader.series(q);
        QVERIFY(raw.ok());
        QCOMPARE(raw->tier, HistoryTier::Raw);
        QCOMPARE(raw->points.size(), 3);
        QCOMPARE(raw->points.last().value, 70.0);

        q.maxPoints = 1; // forces the hour tier: one bucket, avg of 10, 40, 70
        const auto hourly = reader.series(q);
        QCOMPARE(hourly->tier, HistoryTier::Hour);
        QCOMPARE(hourly->points.size(), 1);
        QCOMPARE(hourly->points.first().value, 40.0);
        QCOMPARE(hourly->points.first().min, 10.0);
        QCOMPARE(hourly->points.first().max, 70.0);

        const auto events = reader.statusEvents(QStringLiteral("cpu"), 0, now + day);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(1).to, Status::Crit);
        QCOMPARE(*events->at(1).from, Status::Ok);
        QCOMPARE(reader.lastStatuses()->value(QStringLiteral("cpu")), Status::Crit);
        // The incident side reads the same changes at start-up (flapping goes on).
        JournalBook book(path);
        QVERIFY(book.open().ok());
        const auto recent = book.statusChangesSince(now + 1);
        QVERIFY2(recent.ok(), qPrintable(recent.error()));
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->first().checkId, QStringLiteral("cpu"));
        QCOMPARE(recent->first().to, Status::Crit);
        QCOMPARE(reader.seriesOf(QStringLiteral("cpu"))->first().unit, QStringLiteral("%"));
        QVERIFY(!reader
                     .series({QStringLiteral("cpu"), QStringLiteral("nope"), 0, now, 10,
                         DecimationMode::Lttb})
                     .ok());
    }

    void theLastResultsOfEachCheckAreKept()
    {
        // For the heartbeat strip after a restart: each check's newest results, no more.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryWriter writer(path);
        writer.open();
        const int n = HistoryWriter::recentResultsKept + 15;
        for (int i = 0; i < n; i += 5) {
            ResultBatch b {now + i * minute, {}, {}, {}};
            for (int j = i; j < i + 5; ++j) {
                CheckResult r = result(QStringLiteral("cpu"), now + j * minute, j);
                r.status = j % 7 == 0 ? Status::Crit : Status::Ok;
                setReason(r, Message::pattern(QStringLiteral("run %1")).arg(j));
                b.results.append(r);
            }
            b.results.append(result(QStringLiteral("disk"), now + i * minute, 1));
            writer.write(b);
        }
        writer.close();
        HistoryReader reader(path);
        QVERIFY(reader.open().ok());
        const auto recent = reader.recentResults();
        QVERIFY2(recent.ok(), qPrintable(recent.error()));
        const QList<RecentResult> cpu = recent->value(QStringLiteral("cpu"));
        QCOMPARE(cpu.size(), HistoryWriter::recentResultsKept);
        QCOMPARE(cpu.constFirst().atMs, now + (n - HistoryWriter::recentResultsKept) * minute);
        QCOMPARE(cpu.constLast().atMs, now + (n - 1) * minute);
        QCOMPARE(cpu.constLast().reason, QStringLiteral("run %1").arg(n - 1));
        QCOMPARE(cpu.at(cpu.size() - 1 - (n - 1) % 7).status, Status::Crit);
        QCOMPARE(recent->value(QStringLiteral("disk")).size(), n / 5);
    }

    void retentionKeepsTiersForTheirWindows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryWriter writer(path);
        writer.open();
        for (qint64 age : {100 * day, 10 * day, 8 * day, 1 * day})
            writer.write({now - age, {result(QStringLiteral("disk"), now - age, double(age / day))},
                {}, {}});
        QSignalSpy done(&writer, &HistoryWriter::retentionDone);
        writer.applyRetention(now, 7, 9);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toLongLong(), 3 + 2); // raw: 100, 10, 8 d; minute: 100, 10 d
        writer.close();

        HistoryReader reader(path);
        QVERIFY(reader.open().ok());
        // A short range 8 days ago asks for raw data, which retention removed: the reader
        // falls back to the minute tier.
        const auto old = reader.series({QStringLiteral("disk"), QStringLiteral("m"),
            now - 8 * day - hour, now - 8 * day + hour, 1000, DecimationMode::Lttb});
        QVERIFY(old.ok());
        QCOMPARE(old->tier, HistoryTier::Minute);
        QCOMPARE(old->points.size(), 1);
        QCOMPARE(old->points.first().value, 8.0);
        // The hour tier is kept forever.
        const auto all = reader.series({QStringLiteral("disk"), QStringLiteral("m"),
            now - 200 * day, now, 1000, DecimationMode::Lttb});
        QCOMPARE(all->tier, HistoryTier::Hour);
        QCOMPARE(all->points.size(), 4);
    }

    void ninetyDaysStayWithinThePointBudget()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryWriter writer(path);
        writer.open();
        ResultBatch batch;
        for (qint64 t = now - 90 * day; t < now; t += 10 * minute) {
            batch.results.append(result(QStringLiteral("web"), t, double((t / minute) % 97)));
            if (batch.results.size() == 1000) {
                writer.write(batch);
                batch.results.clear();
            }
        }
        writer.write(batch);
        writer.close();

        HistoryReader reader(path);
        QVERIFY(reader.open().ok());
        struct Case {
            qint64 span;
            HistoryTier tier;
        };
        for (const Case &c : {Case {hour, HistoryTier::Raw}, Case {7 * day, HistoryTier::Minute},
                 Case {90 * day, HistoryTier::Hour}}) {
            for (DecimationMode mode : {DecimationMode::Lttb, DecimationMode::MinMax}) {
                const auto data = reader.series(
                    {QStringLiteral("web"), QStringLiteral("m"), now - c.span, now, 400, mode});
                QVERIFY(data.ok());
                QCOMPARE(data->tier, c.tier);
                QVERIFY(data->points.size() <= 400);
                QVERIFY(!data->points.isEmpty());
            }
        }
        QCOMPARE(HistoryReader::tierFor(90 * day, 1000), HistoryTier::Hour);
        QCOMPARE(HistoryReader::tierFor(6 * hour, 1000), HistoryTier::Raw);
    }

    void storeWritesOnItsOwnThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryStore store(path, StoreSettings {});
        QSignalSpy opened(&store, &HistoryStore::opened);
        QSignalSpy committed(&store, &HistoryStore::committed);
        store.start();
        for (int i = 0; i < 20; ++i)
            store.submit({now + i, {result(QStringLiteral("cpu"), now + i * 1000, i)}, {}, {}});
        store.stop(); // drains the queue before returning
        QCoreApplication::processEvents(); // deliver the queued signals to the spies
        QCOMPARE(opened.size(), 1);
        QCOMPARE(committed.size(), 20);
        HistoryReader reader(path);
        QVERIFY(reader.open().ok());
        QCOMPARE(reader
                     .series({QStringLiteral("cpu"), QStringLiteral("m"), now, now + hour, 1000,
                         DecimationMode::Lttb})
                     ->points.size(),
            20);
    }

    void failedWritesAreKeptAndRetried()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryWriter writer(path);
        QSignalSpy failed(&writer, &HistoryWriter::writeFailed);
        QSignalSpy committed(&writer, &HistoryWriter::committed);
        writer.open();
        {
            // Another process breaks the schema under the writer (as a full disk or a bad
            // restore might): writes fail, and the batch must wait in memory.
            QSqlDatabase other = *openHistoryDatabase(path, QStringLiteral("saboteur"));
            QVERIFY(QSqlQuery(other).exec(
                QStringLiteral("ALTER TABLE status_events RENAME TO hidden")));
            ResultBatch b {now, {result(QStringLiteral("cpu"), now, 1)}, {}, {}};
            b.changes.append({QStringLiteral("cpu"), QStringLiteral("t"), std::nullopt, Status::Ok,
                QStringLiteral("x"), now, Message()});
            writer.write(b);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(writer.pendingBatches(), 1);
            QVERIFY(failed.first().first().toString().startsWith(
                QStringLiteral("cannot write history")));
            QVERIFY(QSqlQuery(other).exec(
                QStringLiteral("ALTER TABLE hidden RENAME TO status_events")));
        }
        closeHistoryDatabase(QStringLiteral("saboteur"));
        writer.write({now + 1000, {result(QStringLiteral("cpu"), now + 1000, 2)}, {}, {}});
        QCOMPARE(committed.size(), 2); // the kept batch and the new one, together
        QCOMPARE(writer.pendingBatches(), 0);
        writer.close();
        HistoryReader reader(path);
        QVERIFY(reader.open().ok());
        QCOMPARE(reader
                     .series({QStringLiteral("cpu"), QStringLiteral("m"), now, now + hour, 1000,
                         DecimationMode::Lttb})
                     ->points.size(),
            2);
        QCOMPARE(reader.statusEvents(QString(), 0, now + day)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
