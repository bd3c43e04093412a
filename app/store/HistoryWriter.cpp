#include "HistoryWriter.h"

#include "HistorySchema.h"
#include "IncidentRecords.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcStore, "dozor.store", QtWarningMsg)

namespace dozor {

namespace {
// Runs an INSERT … RETURNING id and hands back the id, or the error in words.
std::optional<qint64> execReturningId(QSqlQuery &q, QString *error)
{
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}
} // namespace

HistoryWriter::HistoryWriter(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connection(
          QStringLiteral("dozor-writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryWriter::~HistoryWriter()
{
    close();
}

void HistoryWriter::open()
{
    Expected<QSqlDatabase> db = openHistoryDatabase(m_path, m_connection);
    if (!db) {
        qCWarning(lcStore) << "cannot open the history file:" << db.error();
        Q_EMIT opened(db.error());
        return;
    }
    m_db = *db;
    const Expected<void> migrated = HistorySchema::migrate(m_db);
    if (!migrated) {
        qCWarning(lcStore) << "cannot upgrade the history file:" << migrated.error();
        m_db = QSqlDatabase();
        closeHistoryDatabase(m_connection);
        Q_EMIT opened(migrated.error());
        return;
    }
    Q_EMIT opened(QString());
}

void HistoryWriter::close()
{
    if (!m_db.isValid())
        return;
    if (!m_pending.isEmpty())
        write(ResultBatch {}); // one last try for whatever is still pending
    m_checkRows.clear();
    m_seriesRows.clear();
    m_spans.clear();
    m_db = QSqlDatabase();
    closeHistoryDatabase(m_connection);
}

std::optional<qint64> HistoryWriter::checkRowId(
    const QString &checkId, const QString &targetId, QString *error)
{
    const auto it = m_checkRows.constFind(checkId);
    if (it != m_checkRows.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO checks (name, target) VALUES (?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET target = excluded.target RETURNING id"));
    q.addBindValue(checkId);
    q.addBindValue(targetId);
    const auto id = execReturningId(q, error);
    if (id)
        m_checkRows.insert(checkId, *id);
    return id;
}

std::optional<qint64> HistoryWriter::seriesRowId(
    qint64 checkRow, const MetricValue &metric, QString *error)
{
    const auto key = qMakePair(checkRow, metric.metric);
    const auto it = m_seriesRows.constFind(key);
    if (it != m_seriesRows.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO series (check_id, metric, unit) VALUES (?, ?, ?) "
        "ON CONFLICT (check_id, metric) DO UPDATE SET unit = excluded.unit RETURNING id"));
    q.addBindValue(checkRow);
    q.addBindValue(metric.metric);
    q.addBindValue(metric.unit.isNull() ? QStringLiteral("") : metric.unit);
    const auto id = execReturningId(q, error);
    if (id)
        m_seriesRows.insert(key, *id);
    return id;
}

bool HistoryWriter::writeOne(const ResultBatch &batch, int *samples, QString *error)
{
    QSqlQuery sample(m_db);
    sample.prepare(
        QStringLiteral("INSERT OR IGNORE INTO samples (series_id, ts, value) VALUES (?, ?, ?)"));
    const QString rollup = QStringLiteral(
        "INSERT INTO %1 (series_id, bucket, min, max, sum, count) VALUES (?, ?, ?, ?, ?, 1) "
        "ON CONFLICT (series_id, bucket) DO UPDATE SET min = min(min, excluded.min), "
        "max = max(max, excluded.max), sum = sum + excluded.sum, count = count + 1");
    QSqlQuery minute(m_db);
    minute.prepare(rollup.arg(QStringLiteral("rollup_minute")));
    QSqlQuery hour(m_db);
    hour.prepare(rollup.arg(QStringLiteral("rollup_hour")));

    QSqlQuery cursor(m_db);
    cursor.prepare(QStringLiteral(
        "INSERT INTO log_cursors (check_id, target, file, inode, size, read_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (check_id) DO UPDATE SET target = excluded.target, "
        "file = excluded.file, inode = excluded.inode, size = excluded.size, "
        "read_at = excluded.read_at"));

    QSqlQuery recent(m_db);
    recent.prepare(QStringLiteral("INSERT OR REPLACE INTO recent_results (check_id, ts, status, "
                                  "reason, reason_message) VALUES (?, ?, ?, ?, ?)"));
    QSet<qint64> recentChecks;

    for (const CheckResult &r : batch.results) {
        const auto checkRow = checkRowId(r.checkId, r.targetId, error);
        if (!checkRow || !recordSpan(*checkRow, r, error))
            return false;
        recent.bindValue(0, *checkRow);
        recent.bindValue(1, r.startedMs);
        recent.bindValue(2, statusName(r.status));
        recent.bindValue(3, IncidentRecords::sqlText(r.reason.left(500)));
        recent.bindValue(4, IncidentRecords::sqlText(reasonOf(r).toStoredText()));
        if (!recent.exec()) {
            *error = recent.lastError().text();
            return false;
        }
        recentChecks.insert(*checkRow);
        if (r.logCursor) {
            cursor.bindValue(0, *checkRow);
            cursor.bindValue(1, r.logCursor->targetId);
            cursor.bindValue(2, r.logCursor->file);
            cursor.bindValue(3, static_cast<qint64>(r.logCursor->inode));
            cursor.bindValue(4, static_cast<qint64>(r.logCursor->size));
            cursor.bindValue(5, r.logCursor->atMs);
            if (!cursor.exec()) {
                *error = cursor.lastError().text();
                return false;
            }
        }
        const qint64 ts = r.startedMs;
        for (const MetricValue &m : r.values) {
            if (!std::isfinite(m.value))
                continue;
            const auto seriesRow = seriesRowId(*checkRow, m, error);
            if (!seriesRow)
                return false;
            sample.bindValue(0, *seriesRow);
            sample.bindValue(1, ts);
            sample.bindValue(2, m.value);
            if (!sample.exec()) {
                *error = sample.lastError().text();
                return false;
            }
            if (sample.numRowsAffected() != 1)
                continue; // same series and millisecond already recorded
            for (auto [query, width] : {std::pair {&minute, HistorySchema::minuteBucketMs},
                     std::pair {&hour, HistorySchema::hourBucketMs}}) {
                query->bindValue(0, *seriesRow);
                query->bindValue(1, ts - ts % width);
                query->bindValue(2, m.value);
                query->bindValue(3, m.value);
                query->bindValue(4, m.value);
                if (!query->exec()) {
                    *error = query->lastError().text();
                    return false;
                }
            }
            ++*samples;
        }
    }
    // Only the last few results of a check are kept.
    QSqlQuery prune(m_db);
    prune.prepare(QStringLiteral(
        "DELETE FROM recent_results WHERE check_id = ? AND ts < (SELECT ts FROM recent_results "
        "WHERE check_id = ? ORDER BY ts DESC LIMIT 1 OFFSET %1)")
                      .arg(recentResultsKept - 1));
    for (const qint64 checkRow : std::as_const(recentChecks)) {
        prune.bindValue(0, checkRow);
        prune.bindValue(1, checkRow);
        if (!prune.exec()) {
            *error = prune.lastError().text();
            return false;
        }
    }
    QSqlQuery event(m_db);
    event.prepare(
        QStringLiteral("INSERT INTO status_events (check_id, ts, status, previous, reason, "
                       "reason_message) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const StatusChange &c : batch.changes) {
        const auto checkRow = checkRowId(c.checkId, c.targetId, error);
        if (!checkRow)
            return false;
        event.bindValue(0, *checkRow);
        event.bindValue(1, c.atMs);
        event.bindValue(2, statusName(c.to));
        event.bindValue(3, c.from ? QVariant(statusName(*c.from)) : QVariant());
        event.bindValue(4, c.reason.left(2000));
        event.bindValue(5, IncidentRecords::sqlText(c.reasonMessage.toStoredText()));
        if (!event.exec()) {
            *error = event.lastError().text();
            return false;
        }
    }
    return IncidentRecords::write(m_db, batch.incidents, batch.tickMs, error);
}

bool HistoryWriter::recordSpan(qint64 checkRow, const CheckResult &r, QString *error)
{
    auto cached = m_spans.find(checkRow);
    if (cached == m_spans.end()) {
        QSqlQuery last(m_db);
        last.prepare(QStringLiteral("SELECT start_at, end_at, status FROM check_spans WHERE "
                                    "check_id = ? ORDER BY start_at DESC LIMIT 1"));
        last.addBindValue(checkRow);
        if (!last.exec()) {
            *error = last.lastError().text();
            return false;
        }
        Span span;
        if (last.next())
            span = {
                last.value(0).toLongLong(), last.value(1).toLongLong(), last.value(2).toString()};
        cached = m_spans.insert(checkRow, span);
    }
    Span &span = *cached;
    const qint64 at = r.startedMs;
    const QString status = statusName(r.status);
    // A run within two intervals (and a minute's slack) of the previous one is continuous
    // observation; anything longer is time nobody watched.
    const qint64 maxGap = qint64 {std::max(r.intervalSec, 60)} * 2000 + 60'000;
    if (span.startMs != 0 && at < span.endMs)
        return true; // older than what is recorded
    const bool continuous = span.startMs != 0 && at - span.endMs <= maxGap;
    if (continuous) {
        QSqlQuery extend(m_db);
        extend.prepare(QStringLiteral(
            "UPDATE check_spans SET end_at = ? WHERE check_id = ? AND start_at = ?"));
        extend.addBindValue(at);
        extend.addBindValue(checkRow);
        extend.addBindValue(span.startMs);
        if (!extend.exec()) {
            *error = extend.lastError().text();
            return false;
        }
        span.endMs = at;
        if (span.status == status)
            return true;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO check_spans (check_id, start_at, end_at, "
                                  "status) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(checkRow);
    insert.addBindValue(at);
    insert.addBindValue(at);
    insert.addBindValue(status);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    span = {at, at, status};
    return true;
}

void HistoryWriter::write(const ResultBatch &batch)
{
    if (!batch.results.isEmpty() || !batch.changes.isEmpty() || !batch.incidents.isEmpty())
        m_pending.append(batch);
    if (m_pending.isEmpty())
        return;
    if (m_pending.size() > maxPendingBatches) {
        qCWarning(lcStore) << "history backlog full; dropping the oldest batch";
        m_pending.removeFirst();
    }
    if (!m_db.isOpen()) {
        Q_EMIT writeFailed(tr("the history file is not open"), pendingBatches());
        return;
    }
    // Everything pending goes in one transaction: all of it lands, or none of it.
    QString error;
    int samples = 0;
    if (!m_db.transaction()) {
        Q_EMIT writeFailed(
            tr("cannot write history: %1").arg(m_db.lastError().text()), pendingBatches());
        return;
    }
    bool ok = true;
    for (const ResultBatch &b : std::as_const(m_pending)) {
        if (!writeOne(b, &samples, &error)) {
            ok = false;
            break;
        }
    }
    if (ok && !m_db.commit()) {
        ok = false;
        error = m_db.lastError().text();
    }
    if (!ok) {
        m_db.rollback();
        // Ids cached during the failed transaction may not exist.
        m_checkRows.clear();
        m_seriesRows.clear();
        m_spans.clear();
        qCWarning(lcStore) << "history write failed:" << error;
        Q_EMIT writeFailed(tr("cannot write history (%1); %n batch(es) kept in memory and retried",
                               nullptr, pendingBatches())
                               .arg(error),
            pendingBatches());
        return;
    }
    int alerts = 0;
    for (const ResultBatch &b : std::as_const(m_pending)) {
        qCDebug(lcStore) << "committed tick" << b.tickMs << "results" << b.results.size();
        alerts += static_cast<int>(b.incidents.alerts.size());
        Q_EMIT committed(b.tickMs, static_cast<int>(b.results.size()));
    }
    m_pending.clear();
    if (alerts > 0)
        Q_EMIT alertsCommitted(alerts);
    Q_UNUSED(samples)
}

void HistoryWriter::applyRetention(qint64 nowMs, int rawDays, int minuteDays)
{
    if (!m_db.isOpen())
        return;
    const qint64 day = 86'400'000LL;
    const auto totalChanges = [this] {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT total_changes()")) && q.next()
            ? q.value(0).toLongLong()
            : 0;
    };
    const qint64 changesBefore = totalChanges();
    QList<qint64> seriesIds;
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT id FROM series"));
        while (q.next())
            seriesIds.append(q.value(0).toLongLong());
    }
    // Per series, so each delete is a range on the primary key, not a scan. No VACUUM: freed
    // pages are reused by new samples.
    if (!m_db.transaction())
        return;
    QSqlQuery raw(m_db);
    raw.prepare(QStringLiteral("DELETE FROM samples WHERE series_id = ? AND ts < ?"));
    QSqlQuery minute(m_db);
    minute.prepare(QStringLiteral("DELETE FROM rollup_minute WHERE series_id = ? AND bucket < ?"));
    bool ok = true;
    for (qint64 id : std::as_const(seriesIds)) {
        raw.bindValue(0, id);
        raw.bindValue(1, nowMs - rawDays * day);
        minute.bindValue(0, id);
        minute.bindValue(1, nowMs - minuteDays * day);
        if (!raw.exec() || !minute.exec()) {
            ok = false;
            break;
        }
    }
    const qint64 deleted = totalChanges() - changesBefore;
    if (!ok || !m_db.commit()) {
        qCWarning(lcStore) << "retention failed:" << raw.lastError().text()
                           << minute.lastError().text();
        m_db.rollback();
        return;
    }
    Q_EMIT retentionDone(deleted);
}

} // namespace dozor
