#include "CatalogBook.h"

#include "StoreSql.h"

#include <QCoreApplication>
#include <QSet>

namespace dozor {

namespace {
struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(CatalogBook)
};

// Names of their own: the store's files share one translation unit in unity builds.
QString catalogFailedText()
{
    return CatalogText::tr("the backup catalog in the history file: %1");
}

Expected<void> runCatalogSql(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    return StoreSql::run(q, sql, binds, catalogFailedText());
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// Upserts the source's state row, keeping the free space unless given.
Expected<void> writeState(QSqlDatabase db, const QString &sourceId, const QString &targetId,
    qint64 nowMs, const QString &problems)
{
    QSqlQuery q(db);
    return runCatalogSql(q,
        QStringLiteral("INSERT INTO backup_sources (source, target, refreshed_at, problems) VALUES "
                       "(?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET target = excluded.target, "
                       "refreshed_at = excluded.refreshed_at, problems = excluded.problems"),
        {StoreSql::text(sourceId), StoreSql::text(targetId), nowMs,
            StoreSql::text(problems.left(8000))});
}
// Writes a listed backup; one that changed under its name loses its verification (it is not
// the backup that was verified).
QString catalogUpsertSql()
{
    return QStringLiteral(
        "INSERT INTO backup_catalog (source, name, target, time, size, kind, directory, seen_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, name) DO UPDATE SET target = "
        "excluded.target, time = excluded.time, size = excluded.size, kind = excluded.kind, "
        "directory = excluded.directory, seen_at = excluded.seen_at, verified = NULL, "
        "verified_at = NULL, verify_reason = '', verify_ms = NULL");
}

bool upsertListed(QSqlQuery &upsert, const QString &sourceId, const QString &targetId,
    const QString &kind, const CatalogBook::Listed &b, qint64 nowMs)
{
    const QVariantList values {StoreSql::text(sourceId), StoreSql::text(b.name),
        StoreSql::text(targetId), b.timeMs, StoreSql::orNull(b.size), StoreSql::text(kind),
        int(b.directory), nowMs};
    for (qsizetype i = 0; i < values.size(); ++i)
        upsert.bindValue(int(i), values.at(i));
    return upsert.exec();
}

bool deleteListed(QSqlQuery &gone, const QString &sourceId, const QString &name)
{
    gone.bindValue(0, StoreSql::text(sourceId));
    gone.bindValue(1, name);
    return gone.exec();
}

QString catalogDeleteSql()
{
    return QStringLiteral("DELETE FROM backup_catalog WHERE source = ? AND name = ?");
}
} // namespace

CatalogBook::CatalogBook(QString path)
    : m_book(std::move(path))
{
}

QSqlDatabase CatalogBook::db() const
{
    return m_book.m_db;
}

Expected<void> CatalogBook::open()
{
    return m_book.open();
}

Expected<void> CatalogBook::replace(const QString &sourceId, const QString &targetId,
    const QString &kind, const QList<Listed> &backups, qint64 nowMs, const QString &problems)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return unexpected(catalogFailedText().arg(d.lastError().text()));
    const auto rollback = [&d](const QString &error) {
        d.rollback();
        return unexpected(error);
    };
    // What is on record, so a listing that repeats it writes nothing (a refresh of 10,000
    // archives that did not change is a read, not 10,000 updates).
    // Each row as one string (one value per row to read, not six): what a listed backup is
    // compared with.
    const auto fingerprint = [](qint64 timeMs, const std::optional<qint64> &size, bool directory,
                                 const QString &target, const QString &kind) {
        return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(QString::number(timeMs), size ? QString::number(*size) : QStringLiteral("-"),
                directory ? QStringLiteral("1") : QStringLiteral("0"), target, kind);
    };
    QHash<QString, QString> known;
    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (auto ran = runCatalogSql(q,
                QStringLiteral("SELECT name, time || '|' || ifnull(size, '-') || '|' || "
                               "directory || '|' || target || '|' || kind FROM backup_catalog "
                               "WHERE source = ?"),
                {StoreSql::text(sourceId)});
            !ran)
            return rollback(ran.error());
        known.reserve(backups.size());
        while (q.next())
            known.insert(q.value(0).toString(), q.value(1).toString());
    }
    QSqlQuery upsert(d);
    upsert.prepare(catalogUpsertSql());
    const QString targetText = StoreSql::text(targetId);
    const QString kindText = StoreSql::text(kind);
    for (const Listed &b : backups) {
        const QString name = StoreSql::text(b.name);
        const auto it = known.constFind(name);
        const bool same = it != known.cend()
            && *it == fingerprint(b.timeMs, b.size, b.directory, targetText, kindText);
        known.remove(name);
        if (!same && !upsertListed(upsert, sourceId, targetId, kind, b, nowMs))
            return rollback(catalogFailedText().arg(upsert.lastError().text()));
    }
    // Gone from the server: gone from the catalog.
    QSqlQuery gone(d);
    gone.prepare(catalogDeleteSql());
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!deleteListed(gone, sourceId, it.key()))
            return rollback(catalogFailedText().arg(gone.lastError().text()));
    }
    if (auto state = writeState(d, sourceId, targetId, nowMs, problems); !state)
        return rollback(state.error());
    if (!d.commit())
        return rollback(catalogFailedText().arg(d.lastError().text()));
    return {};
}

Expected<bool> CatalogBook::applyChanges(const QString &sourceId, const QString &targetId,
    const QString &kind, const QStringList &removed, const QList<Listed> &added, qint64 nowMs,
    int expectedCount, qint64 lastWrittenMs)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return unexpected(catalogFailedText().arg(d.lastError().text()));
    const auto failed = [&d](const QString &error) -> Expected<bool> {
        d.rollback();
        return unexpected(error);
    };
    // Checked inside the transaction: another Dozor's write between the caller's look and
    // this one is seen here (or makes the commit fail), never applied on top of.
    const auto state = source(sourceId);
    if (!state)
        return failed(state.error());
    if (!*state || (*state)->refreshedMs != lastWrittenMs) {
        d.rollback();
        return false;
    }
    QSqlQuery gone(d);
    gone.prepare(catalogDeleteSql());
    for (const QString &name : removed) {
        if (!deleteListed(gone, sourceId, StoreSql::text(name)))
            return failed(catalogFailedText().arg(gone.lastError().text()));
    }
    QSqlQuery upsert(d);
    upsert.prepare(catalogUpsertSql());
    for (const Listed &b : added) {
        if (!upsertListed(upsert, sourceId, targetId, kind, b, nowMs))
            return failed(catalogFailedText().arg(upsert.lastError().text()));
    }
    const auto counted = count(sourceId);
    if (!counted)
        return failed(counted.error());
    if (*counted != expectedCount) {
        d.rollback();
        return false;
    }
    if (auto written = writeState(d, sourceId, targetId, nowMs, QString()); !written)
        return failed(written.error());
    if (!d.commit())
        return failed(catalogFailedText().arg(d.lastError().text()));
    return true;
}

Expected<void> CatalogBook::listingRepeated(
    const QString &sourceId, const QString &targetId, qint64 nowMs, const QString &problems)
{
    return writeState(db(), sourceId, targetId, nowMs, problems);
}

Expected<int> CatalogBook::count(const QString &sourceId)
{
    QSqlQuery q(db());
    if (auto ran =
            runCatalogSql(q, QStringLiteral("SELECT count(*) FROM backup_catalog WHERE source = ?"),
                {StoreSql::text(sourceId)});
        !ran)
        return unexpected(ran.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Expected<void> CatalogBook::listingFailed(
    const QString &sourceId, const QString &targetId, qint64 nowMs, const QString &problem)
{
    return writeState(db(), sourceId, targetId, nowMs, problem);
}

Expected<void> CatalogBook::recordSpace(
    const QString &sourceId, qint64 nowMs, qint64 freeBytes, qint64 totalBytes)
{
    QSqlQuery q(db());
    if (auto ran = runCatalogSql(q,
            QStringLiteral("UPDATE backup_sources SET free_bytes = ?, total_bytes = ? WHERE "
                           "source = ?"),
            {freeBytes, totalBytes, StoreSql::text(sourceId)});
        !ran)
        return ran;
    // One sample per hour is plenty for a rate over days; a year of them at most.
    if (auto ran = runCatalogSql(q,
            QStringLiteral("INSERT INTO backup_space (source, at, free_bytes, total_bytes) SELECT "
                           "?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM backup_space WHERE source "
                           "= ? AND at > ?)"),
            {StoreSql::text(sourceId), nowMs, freeBytes, totalBytes, StoreSql::text(sourceId),
                nowMs - 3'600'000});
        !ran)
        return ran;
    return runCatalogSql(q, QStringLiteral("DELETE FROM backup_space WHERE source = ? AND at < ?"),
        {StoreSql::text(sourceId), nowMs - qint64 {366} * 24 * 3'600'000});
}

Expected<void> CatalogBook::recordVerification(const QString &sourceId, const QString &name,
    bool ok, const QString &reason, qint64 durationMs, qint64 nowMs)
{
    QSqlQuery q(db());
    return runCatalogSql(q,
        QStringLiteral("UPDATE backup_catalog SET verified = ?, verified_at = ?, verify_reason = "
                       "?, verify_ms = ? WHERE source = ? AND name = ?"),
        {ok ? QStringLiteral("ok") : QStringLiteral("failed"), nowMs,
            StoreSql::text(reason.left(4000)), durationMs, StoreSql::text(sourceId),
            StoreSql::text(name)});
}

Expected<QList<CatalogRow>> CatalogBook::backups(const QString &sourceId)
{
    QSqlQuery q(db());
    if (auto ran = runCatalogSql(q,
            QStringLiteral("SELECT source, target, name, time, size, kind, directory, seen_at, "
                           "verified, verified_at, verify_reason, verify_ms FROM backup_catalog "
                           "WHERE (? = '' OR source = ?) ORDER BY time DESC, name DESC"),
            {StoreSql::text(sourceId), StoreSql::text(sourceId)});
        !ran)
        return unexpected(ran.error());
    QList<CatalogRow> rows;
    while (q.next()) {
        CatalogRow r;
        r.sourceId = q.value(0).toString();
        r.targetId = q.value(1).toString();
        r.name = q.value(2).toString();
        r.timeMs = q.value(3).toLongLong();
        r.size = optionalInt(q.value(4));
        r.kind = q.value(5).toString();
        r.directory = q.value(6).toBool();
        r.seenMs = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            r.verified = q.value(8).toString() == QLatin1String("ok");
        r.verifiedMs = q.value(9).toLongLong();
        r.verifyReason = q.value(10).toString();
        r.verifyDurationMs = q.value(11).toLongLong();
        rows.append(r);
    }
    return rows;
}

Expected<std::optional<CatalogSourceState>> CatalogBook::source(const QString &sourceId)
{
    QSqlQuery q(db());
    if (auto ran = runCatalogSql(q,
            QStringLiteral("SELECT target, refreshed_at, problems, free_bytes, total_bytes FROM "
                           "backup_sources WHERE source = ?"),
            {StoreSql::text(sourceId)});
        !ran)
        return unexpected(ran.error());
    if (!q.next())
        return std::optional<CatalogSourceState>();
    CatalogSourceState s;
    s.sourceId = sourceId;
    s.targetId = q.value(0).toString();
    s.refreshedMs = q.value(1).toLongLong();
    s.problems = q.value(2).toString();
    s.freeBytes = optionalInt(q.value(3));
    s.totalBytes = optionalInt(q.value(4));
    return std::optional<CatalogSourceState>(s);
}

Expected<QList<SpaceSample>> CatalogBook::space(const QString &sourceId, qint64 sinceMs)
{
    QSqlQuery q(db());
    if (auto ran = runCatalogSql(q,
            QStringLiteral("SELECT at, free_bytes, total_bytes FROM backup_space WHERE source = ? "
                           "AND at >= ? ORDER BY at"),
            {StoreSql::text(sourceId), sinceMs});
        !ran)
        return unexpected(ran.error());
    QList<SpaceSample> samples;
    while (q.next())
        samples.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return samples;
}

std::optional<double> daysUntilFull(const QList<SpaceSample> &samples)
{
    if (samples.size() < 2)
        return std::nullopt;
    const double day = 24.0 * 3600 * 1000;
    const double t0 = double(samples.constFirst().atMs);
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const SpaceSample &s : samples) {
        const double x = (double(s.atMs) - t0) / day;
        const double y = double(s.freeBytes);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(samples.size());
    const double denominator = n * sxx - sx * sx;
    if (denominator <= 1e-9)
        return std::nullopt;
    const double slope = (n * sxy - sx * sy) / denominator; // bytes per day
    if (slope >= 0)
        return std::nullopt;
    return double(samples.constLast().freeBytes) / -slope;
}

} // namespace dozor
