#include "HistorySchema.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace dozor {

namespace {

struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(HistorySchema)
};

// Version 1: raw history and status events.
const char *const v1[] = {
    "CREATE TABLE checks ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " target TEXT NOT NULL)",
    "CREATE TABLE series ("
    " id INTEGER PRIMARY KEY,"
    " check_id INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,"
    " metric TEXT NOT NULL,"
    " unit TEXT NOT NULL DEFAULT '',"
    " UNIQUE (check_id, metric))",
    "CREATE TABLE samples ("
    " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " ts INTEGER NOT NULL,"
    " value REAL NOT NULL,"
    " PRIMARY KEY (series_id, ts)) WITHOUT ROWID",
    "CREATE TABLE status_events ("
    " id INTEGER PRIMARY KEY,"
    " check_id INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,"
    " ts INTEGER NOT NULL,"
    " status TEXT NOT NULL,"
    " previous TEXT,"
    " reason TEXT NOT NULL)",
    "CREATE INDEX status_events_by_check ON status_events (check_id, ts)",
};

// Version 2: per-minute and per-hour rollups, backfilled from the raw samples kept so far.
const char *const v2[] = {
    "CREATE TABLE rollup_minute ("
    " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " bucket INTEGER NOT NULL,"
    " min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL,"
    " PRIMARY KEY (series_id, bucket)) WITHOUT ROWID",
    "CREATE TABLE rollup_hour ("
    " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " bucket INTEGER NOT NULL,"
    " min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL,"
    " PRIMARY KEY (series_id, bucket)) WITHOUT ROWID",
    "INSERT INTO rollup_minute (series_id, bucket, min, max, sum, count)"
    " SELECT series_id, ts - ts % 60000, min(value), max(value), sum(value), count(*)"
    " FROM samples GROUP BY series_id, ts - ts % 60000",
    "INSERT INTO rollup_hour (series_id, bucket, min, max, sum, count)"
    " SELECT series_id, ts - ts % 3600000, min(value), max(value), sum(value), count(*)"
    " FROM samples GROUP BY series_id, ts - ts % 3600000",
};

// Version 3: incidents and their timelines, the alert outbox with one delivery row per
// channel, journal entries, maintenance windows opened on demand, and observed spans (runs
// of one status with no gap), from which uptime and "not observed" time are computed.
const char *const v3[] = {
    "CREATE TABLE incidents ("
    " id TEXT PRIMARY KEY,"
    " scope TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " check_name TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL,"
    " worst TEXT NOT NULL,"
    " opened_at INTEGER NOT NULL,"
    " closed_at INTEGER,"
    " maintenance INTEGER NOT NULL DEFAULT 0,"
    " alerted INTEGER NOT NULL DEFAULT 0,"
    " alerted_level TEXT NOT NULL DEFAULT 'warning',"
    " last_alert_at INTEGER NOT NULL DEFAULT 0,"
    " checks TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX incidents_by_open ON incidents (closed_at, opened_at)",
    "CREATE INDEX incidents_by_target ON incidents (target, opened_at)",
    "CREATE TABLE incident_events ("
    " id INTEGER PRIMARY KEY,"
    " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
    " ts INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " check_name TEXT NOT NULL DEFAULT '',"
    " status TEXT,"
    " text TEXT NOT NULL)",
    "CREATE INDEX incident_events_by_incident ON incident_events (incident_id, ts)",
    "CREATE TABLE alerts ("
    " key TEXT PRIMARY KEY,"
    " incident_id TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL,"
    " level TEXT NOT NULL,"
    " target TEXT NOT NULL DEFAULT '',"
    " check_name TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " tags TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX alerts_by_time ON alerts (created_at)",
    "CREATE TABLE alert_deliveries ("
    " alert_key TEXT NOT NULL REFERENCES alerts(key) ON DELETE CASCADE,"
    " channel TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " updated_at INTEGER NOT NULL,"
    " PRIMARY KEY (alert_key, channel))",
    "CREATE INDEX alert_deliveries_by_state ON alert_deliveries (state, next_attempt_at)",
    "CREATE TABLE journal_entries ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL,"
    " severity TEXT NOT NULL,"
    " target TEXT NOT NULL DEFAULT '',"
    " started_at INTEGER NOT NULL,"
    " ended_at INTEGER,"
    " what TEXT NOT NULL DEFAULT '',"
    " root_cause TEXT NOT NULL DEFAULT '',"
    " fix TEXT NOT NULL DEFAULT '',"
    " follow_ups TEXT NOT NULL DEFAULT '',"
    " incident_id TEXT NOT NULL DEFAULT '',"
    " source TEXT NOT NULL DEFAULT 'manual',"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE INDEX journal_by_time ON journal_entries (started_at)",
    "CREATE TABLE maintenance_windows ("
    " id TEXT PRIMARY KEY,"
    " target TEXT NOT NULL DEFAULT '',"
    " start_at INTEGER NOT NULL,"
    " end_at INTEGER NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE check_spans ("
    " check_id INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,"
    " start_at INTEGER NOT NULL,"
    " end_at INTEGER NOT NULL,"
    " status TEXT NOT NULL,"
    " PRIMARY KEY (check_id, start_at)) WITHOUT ROWID",
};

// Version 4: where each log check stopped reading, written with the result that read it.
const char *const v4[] = {
    "CREATE TABLE log_cursors ("
    " check_id INTEGER PRIMARY KEY REFERENCES checks(id) ON DELETE CASCADE,"
    " target TEXT NOT NULL,"
    " file TEXT NOT NULL,"
    " inode INTEGER NOT NULL,"
    " size INTEGER NOT NULL,"
    " read_at INTEGER NOT NULL)",
};

// Version 5: the last results of each check; status changes' reasons, incident titles and
// reasons, timeline lines and alert texts kept as messages
// (Message::toJsonText), so they read in the language in use when they are read. Rows
// written before have '' and keep their words.
const char *const v5[] = {
    "ALTER TABLE status_events ADD COLUMN reason_message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN title_message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN reason_message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incident_events ADD COLUMN message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE alerts ADD COLUMN title_message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE alerts ADD COLUMN text_message TEXT NOT NULL DEFAULT ''",
    // The last results of each check (HistoryWriter keeps recentResultsKept), for the
    // heartbeat strip after a restart.
    "CREATE TABLE recent_results ("
    " check_id INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,"
    " ts INTEGER NOT NULL,"
    " status TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " reason_message TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (check_id, ts)) WITHOUT ROWID",
};

// Version 6: the operations layer's jobs (backups, verification, restores, deploys) with
// each step's runs, and the backup catalog.
const char *const v6[] = {
    "CREATE TABLE jobs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL,"
    " steps TEXT NOT NULL DEFAULT '[]'," // the plan's step names, JSON
    " state TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " started_at INTEGER NOT NULL,"
    " ended_at INTEGER,"
    " user TEXT NOT NULL DEFAULT '',"
    " owner_pid INTEGER NOT NULL DEFAULT 0,"
    " log_tail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX jobs_by_start ON jobs (started_at)",
    "CREATE TABLE job_steps ("
    " job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
    " step INTEGER NOT NULL,"
    " undo INTEGER NOT NULL,"
    " attempt INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " started_at INTEGER NOT NULL,"
    " ended_at INTEGER,"
    " PRIMARY KEY (job_id, step, undo, attempt)) WITHOUT ROWID",
    "CREATE TABLE backup_catalog ("
    " source TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " time INTEGER NOT NULL,"
    " size INTEGER,"
    " kind TEXT NOT NULL,"
    " directory INTEGER NOT NULL DEFAULT 0,"
    " seen_at INTEGER NOT NULL,"
    " verified TEXT," // ok, failed; NULL: never verified
    " verified_at INTEGER,"
    " verify_reason TEXT NOT NULL DEFAULT '',"
    " verify_ms INTEGER,"
    " PRIMARY KEY (source, name)) WITHOUT ROWID",
    "CREATE TABLE backup_sources ("
    " source TEXT PRIMARY KEY,"
    " target TEXT NOT NULL,"
    " refreshed_at INTEGER NOT NULL,"
    " problems TEXT NOT NULL DEFAULT ''," // why the last listing failed or was partial
    " free_bytes INTEGER,"
    " total_bytes INTEGER) WITHOUT ROWID",
    // Free space on each source's volume as seen at each refresh: the growth rate.
    "CREATE TABLE backup_space ("
    " source TEXT NOT NULL,"
    " at INTEGER NOT NULL,"
    " free_bytes INTEGER NOT NULL,"
    " total_bytes INTEGER NOT NULL,"
    " PRIMARY KEY (source, at)) WITHOUT ROWID",
};

// Version 7: what a kind of job keeps besides its steps (a deploy's releases before and after,
// its ref or build folder), JSON.
const char *const v7[] = {
    "ALTER TABLE jobs ADD COLUMN details TEXT NOT NULL DEFAULT '{}'",
};

struct Migration {
    const char *const *statements;
    size_t count;
};

const Migration migrations[] = {
    {v1, std::size(v1)},
    {v2, std::size(v2)},
    {v3, std::size(v3)},
    {v4, std::size(v4)},
    {v5, std::size(v5)},
    {v6, std::size(v6)},
    {v7, std::size(v7)},
};
static_assert(std::size(migrations) == HistorySchema::currentVersion);

// The statement failed because another connection held a lock (SQLITE_BUSY or
// SQLITE_LOCKED, or one of their extended codes).
bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == 5 || (code & 0xff) == 6;
}

Expected<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return unexpected(q.lastError().text());
    return {};
}

} // namespace

namespace HistorySchema {

Expected<int> version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unexpected(
            SchemaText::tr("cannot read the schema version: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

Expected<void> migrate(QSqlDatabase &db, int targetVersion)
{
    const Expected<int> current = version(db);
    if (!current)
        return unexpected(current.error());
    if (*current > currentVersion)
        return unexpected(
            SchemaText::tr("the history file was written by a newer Dozor (schema %1; "
                           "this version knows up to %2) — upgrade Dozor")
                .arg(*current)
                .arg(currentVersion));
    for (int v = *current; v < targetVersion; ++v) {
        // IMMEDIATE: the write lock first, then the version once more, so two connections
        // opening a new file at once (the writer and a reader) never both migrate it.
        if (const Expected<void> begun = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return unexpected(SchemaText::tr("cannot start a transaction: %1").arg(begun.error()));
        const Expected<int> now = version(db);
        if (now && *now > v) {
            exec(db, QStringLiteral("COMMIT"));
            v = *now - 1;
            continue;
        }
        const Migration &m = migrations[v];
        for (size_t i = 0; i < m.count; ++i) {
            const Expected<void> done = exec(db, QString::fromLatin1(m.statements[i]));
            if (!done) {
                exec(db, QStringLiteral("ROLLBACK"));
                return unexpected(
                    SchemaText::tr("upgrading the history file to schema %1 failed: %2")
                        .arg(v + 1)
                        .arg(done.error()));
            }
        }
        const Expected<void> bumped =
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        const Expected<void> committed = bumped ? exec(db, QStringLiteral("COMMIT"))
                                                : Expected<void>(unexpected(bumped.error()));
        if (!committed) {
            exec(db, QStringLiteral("ROLLBACK"));
            return unexpected(SchemaText::tr("upgrading the history file to schema %1 failed: %2")
                                  .arg(v + 1)
                                  .arg(committed.error()));
        }
    }
    return {};
}

} // namespace HistorySchema

Expected<QSqlDatabase> openHistoryDatabase(const QString &path, const QString &connectionName)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return unexpected(SchemaText::tr("cannot create the folder %1").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid())
        return unexpected(
            SchemaText::tr("the Qt SQLite driver is not installed (package libqt6sql6-sqlite)"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return unexpected(
            SchemaText::tr("cannot open the history file %1: %2").arg(path, db.lastError().text()));
    // 32 MiB of page cache per connection keeps the inner pages of the sample and rollup
    // trees in memory as the file grows (see tests/bench/bench_store).
    // Switching a new file to WAL takes an exclusive lock and SQLite answers "database is
    // locked" at once, without its busy timeout, while another connection (the writer, the
    // alert outbox, a reader: they all open a new workspace's file together) holds any lock.
    // So each step is retried for a while instead of failing the whole open.
    const QDeadlineTimer patience(10'000);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
             "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32768"}) {
        QSqlQuery q(db);
        bool done = q.exec(QString::fromLatin1(pragma));
        while (!done && isBusy(q.lastError()) && !patience.hasExpired()) {
            QThread::msleep(20);
            done = q.exec(QString::fromLatin1(pragma));
        }
        if (!done)
            return unexpected(SchemaText::tr("cannot set up the history file %1: %2")
                                  .arg(path, q.lastError().text()));
    }
    // A file that is not SQLite fails on the first real read.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return unexpected(SchemaText::tr("%1 is not a Dozor history file: %2")
                              .arg(path, probe.lastError().text()));
    return db;
}

void closeHistoryDatabase(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace dozor
