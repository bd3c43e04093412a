#include "HistoryReader.h"

#include "HistorySchema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dozor {

namespace {
struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(HistoryReader)
};

constexpr qint64 minuteMs = HistorySchema::minuteBucketMs;
constexpr qint64 hourMs = HistorySchema::hourBucketMs;

// Where each tier lives and how a row becomes a point. Raw rows are their own min and max.
struct TierTable {
    const char *table;
    const char *time;
    const char *columns; // time, average, min, max
    qint64 widthMs; // 0: raw samples, no buckets
};

TierTable tierTable(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Minute:
        return {"rollup_minute", "bucket", "bucket, sum / count, min, max", minuteMs};
    case HistoryTier::Hour:
        return {"rollup_hour", "bucket", "bucket, sum / count, min, max", hourMs};
    case HistoryTier::Raw:
        break;
    }
    return {"samples", "ts", "ts, value, value, value", 0};
}

HistoryTier coarser(HistoryTier tier)
{
    return tier == HistoryTier::Raw ? HistoryTier::Minute : HistoryTier::Hour;
}
} // namespace

QString historyTierName(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw:
        return QStringLiteral("raw");
    case HistoryTier::Minute:
        return QStringLiteral("minute");
    case HistoryTier::Hour:
        return QStringLiteral("hour");
    }
    return {};
}

HistoryReader::HistoryReader(QString path)
    : m_path(std::move(path))
    , m_connection(
          QStringLiteral("dozor-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryReader::~HistoryReader()
{
    if (m_db.isValid()) {
        m_db = QSqlDatabase();
        closeHistoryDatabase(m_connection);
    }
}

Expected<void> HistoryReader::open()
{
    Expected<void> opened = openFile();
    m_openError = opened ? QString() : opened.error();
    return opened;
}

Expected<void> HistoryReader::openFile()
{
    if (!QFileInfo::exists(m_path))
        return unexpected(
            ReaderText::tr("no history yet: %1 does not exist (run dozor watch first)")
                .arg(m_path));
    Expected<QSqlDatabase> db = openHistoryDatabase(m_path, m_connection);
    if (!db)
        return unexpected(db.error());
    m_db = *db;
    const Expected<int> version = HistorySchema::version(m_db);
    if (!version)
        return unexpected(version.error());
    if (*version != HistorySchema::currentVersion)
        return unexpected(ReaderText::tr("the history file has schema %1, this Dozor reads %2; "
                                         "start dozor watch once to upgrade it")
                              .arg(*version)
                              .arg(HistorySchema::currentVersion));
    return {};
}

bool HistoryReader::isOpen() const
{
    return m_db.isOpen() && m_openError.isEmpty();
}

Unexpected HistoryReader::notOpen() const
{
    return unexpected(
        m_openError.isEmpty() ? ReaderText::tr("the history file is not open") : m_openError);
}

Expected<QList<SeriesInfo>> HistoryReader::seriesOf(const QString &checkId)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT s.metric, s.unit FROM series s JOIN checks c ON c.id = s.check_id "
                       "WHERE c.name = ? ORDER BY s.metric"));
    q.addBindValue(checkId);
    if (!q.exec())
        return unexpected(q.lastError().text());
    QList<SeriesInfo> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

HistoryTier HistoryReader::tierFor(qint64 spanMs, int maxPoints)
{
    // The coarsest tier that still fills the plot: a tier with fewer buckets in the span than
    // the plot has points would under-resolve the chart while finer data exists. So at most
    // maxPoints × 60 rows are read before decimation.
    const qint64 points = std::max(maxPoints, 1);
    if (spanMs / minuteMs < points)
        return HistoryTier::Raw;
    if (spanMs / hourMs < points)
        return HistoryTier::Minute;
    return HistoryTier::Hour;
}

std::optional<qint64> HistoryReader::oldestIn(HistoryTier tier, qint64 seriesId)
{
    const TierTable t = tierTable(tier);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT min(%1) FROM %2 WHERE series_id = ?")
                  .arg(QLatin1String(t.time), QLatin1String(t.table)));
    q.addBindValue(seriesId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Expected<SeriesData> HistoryReader::readTier(
    HistoryTier tier, qint64 seriesId, const SeriesQuery &query)
{
    const TierTable t = tierTable(tier);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE series_id = ? AND %3 >= ? AND %3 <= ? ORDER BY %3")
            .arg(QLatin1String(t.columns), QLatin1String(t.table), QLatin1String(t.time)));
    const qint64 width = t.widthMs;
    q.addBindValue(seriesId);
    q.addBindValue(width ? query.fromMs - query.fromMs % width : query.fromMs);
    q.addBindValue(query.toMs);
    if (!q.exec())
        return unexpected(q.lastError().text());
    SeriesData data;
    data.tier = tier;
    while (q.next()) {
        data.points.append({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble(),
            q.value(3).toDouble()});
    }
    data.rowsRead = data.points.size();
    data.points = decimate(data.points, query.maxPoints, query.mode);
    return data;
}

Expected<SeriesData> HistoryReader::series(const SeriesQuery &query)
{
    if (!isOpen())
        return notOpen();
    if (query.maxPoints < 1)
        return unexpected(ReaderText::tr("the number of points must be at least 1"));
    if (query.toMs < query.fromMs)
        return unexpected(ReaderText::tr("the range ends before it starts"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id FROM series s JOIN checks c ON c.id = s.check_id "
                             "WHERE c.name = ? AND s.metric = ?"));
    q.addBindValue(query.checkId);
    q.addBindValue(query.metric);
    if (!q.exec())
        return unexpected(q.lastError().text());
    if (!q.next())
        return unexpected(ReaderText::tr("no series \"%1\" recorded for check \"%2\"")
                              .arg(query.metric, query.checkId));
    const qint64 seriesId = q.value(0).toLongLong();

    // Start from the tier the span calls for; if retention already removed that tier's data
    // for the start of the range, fall back to a coarser tier that still has it.
    HistoryTier tier = tierFor(query.toMs - query.fromMs, query.maxPoints);
    while (tier != HistoryTier::Hour) {
        const HistoryTier next = coarser(tier);
        const qint64 nextWidth = tierTable(next).widthMs;
        const auto oldest = oldestIn(tier, seriesId);
        const auto oldestNext = oldestIn(next, seriesId);
        const bool covers = oldest && *oldest <= query.fromMs + nextWidth;
        const bool coarserHasMore = oldestNext && (!oldest || *oldestNext + nextWidth <= *oldest);
        if (covers || !coarserHasMore)
            break;
        tier = next;
    }
    return readTier(tier, seriesId, query);
}

namespace {
// Rows of (name, target, ts, status, previous, reason, reason_message) as status changes.
QList<StatusChange> readChanges(QSqlQuery &q)
{
    QList<StatusChange> out;
    while (q.next()) {
        StatusChange c;
        c.checkId = q.value(0).toString();
        c.targetId = q.value(1).toString();
        c.atMs = q.value(2).toLongLong();
        c.to = statusFromName(q.value(3).toString()).value_or(Status::Unknown);
        if (!q.value(4).isNull())
            c.from = statusFromName(q.value(4).toString());
        c.reasonMessage = Message::fromJsonText(q.value(6).toString(), q.value(5).toString());
        c.reason = c.reasonMessage.text();
        out.append(c);
    }
    return out;
}
} // namespace

Expected<QList<StatusChange>> readStatusEvents(
    const QSqlDatabase &db, const QString &checkId, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db);
    // An empty checkId means every check: the filter is left out rather than matched.
    const QString checkFilter = checkId.isEmpty() ? QString() : QStringLiteral("c.name = ? AND ");
    q.prepare(QStringLiteral(
        "SELECT c.name, c.target, e.ts, e.status, e.previous, e.reason, e.reason_message "
        "FROM status_events e JOIN checks c ON c.id = e.check_id "
        "WHERE %1e.ts >= ? AND e.ts <= ? ORDER BY e.ts, e.id")
                  .arg(checkFilter));
    if (!checkId.isEmpty())
        q.addBindValue(checkId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return unexpected(q.lastError().text());
    return readChanges(q);
}

Expected<QList<StatusChange>> HistoryReader::statusEvents(
    const QString &checkId, qint64 fromMs, qint64 toMs)
{
    if (!isOpen())
        return notOpen();
    return readStatusEvents(m_db, checkId, fromMs, toMs);
}

Expected<QHash<QString, StatusChange>> HistoryReader::lastChanges()
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT c.name, c.target, e.ts, e.status, e.previous, e.reason, e.reason_message "
            "FROM status_events e JOIN checks c ON c.id = e.check_id "
            "WHERE e.id = (SELECT max(id) FROM status_events WHERE check_id = e.check_id)")))
        return unexpected(q.lastError().text());
    QHash<QString, StatusChange> out;
    for (const StatusChange &c : readChanges(q))
        out.insert(c.checkId, c);
    return out;
}

Expected<QHash<QString, QList<RecentResult>>> HistoryReader::recentResults()
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT c.name, r.ts, r.status, r.reason, r.reason_message FROM recent_results r "
            "JOIN checks c ON c.id = r.check_id ORDER BY r.check_id, r.ts")))
        return unexpected(q.lastError().text());
    QHash<QString, QList<RecentResult>> out;
    while (q.next()) {
        out[q.value(0).toString()].append({q.value(1).toLongLong(),
            statusFromName(q.value(2).toString()).value_or(Status::Unknown),
            Message::fromJsonText(q.value(4).toString(), q.value(3).toString()).text()});
    }
    return out;
}

Expected<QHash<QString, Status>> HistoryReader::lastStatuses()
{
    const auto changes = lastChanges();
    if (!changes)
        return unexpected(changes.error());
    return statusesOf(*changes);
}

Expected<QHash<QString, LogCursor>> HistoryReader::logCursors()
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT c.name, l.inode, l.size, l.read_at, l.target, l.file "
                               "FROM log_cursors l JOIN checks c ON c.id = l.check_id")))
        return unexpected(q.lastError().text());
    QHash<QString, LogCursor> out;
    while (q.next()) {
        const qint64 inode = q.value(1).toLongLong();
        const qint64 size = q.value(2).toLongLong();
        if (inode < 0 || size < 0)
            continue; // not written by Dozor: ignored, the check starts afresh
        out.insert(q.value(0).toString(),
            LogCursor {quint64(inode), quint64(size), q.value(3).toLongLong(),
                q.value(4).toString(), q.value(5).toString()});
    }
    return out;
}

Expected<QHash<QString, qint64>> HistoryReader::lastBootTimes()
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT c.name, s.ts, s.value FROM series se JOIN checks c ON c.id = se.check_id "
            "JOIN samples s ON s.series_id = se.id WHERE se.metric = 'uptime_s' "
            "AND s.ts = (SELECT max(ts) FROM samples WHERE series_id = se.id)")))
        return unexpected(q.lastError().text());
    QHash<QString, qint64> out;
    while (q.next()) {
        bool ok = false;
        const double uptimeSec = q.value(2).toDouble(&ok);
        if (ok && uptimeSec >= 0 && uptimeSec < 1e9) // not written by Dozor otherwise
            out.insert(q.value(0).toString(), q.value(1).toLongLong() - qint64(uptimeSec * 1000));
    }
    return out;
}

} // namespace dozor
