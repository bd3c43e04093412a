#include "AlertOutbox.h"

#include "IncidentRecords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dozor {

AlertOutbox::AlertOutbox(QString path)
    : m_book(std::move(path))
{
}

Expected<void> AlertOutbox::open()
{
    return m_book.open();
}

Expected<QList<AlertOutbox::Stranded>> AlertOutbox::settleAfterRestart(
    qint64 nowMs, qint64 staleBeforeMs, const QString &reason)
{
    QSqlDatabase &db = m_book.m_db;
    // All of it or none: the stranded ones are reported only if they are settled too. The
    // write lock first (IMMEDIATE, within the busy timeout): a read that later turns into a
    // write can fail at once when the writer thread committed in between.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return unexpected(begin.lastError().text());
    auto failed = [&db](const QSqlQuery &q) {
        const QString error = q.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Expected<QList<Stranded>>(unexpected(error));
    };
    QSqlQuery unsure(db);
    if (!unsure.exec(QStringLiteral("SELECT d.alert_key, d.channel, a.incident_id FROM "
                                    "alert_deliveries d JOIN alerts a ON a.key = d.alert_key "
                                    "WHERE d.state = 'sending'")))
        return failed(unsure);
    QList<Stranded> stranded;
    while (unsure.next())
        stranded.append(
            {unsure.value(0).toString(), unsure.value(1).toString(), unsure.value(2).toString()});
    QSqlQuery settle(db);
    settle.prepare(QStringLiteral("UPDATE alert_deliveries SET state = 'unknown', updated_at = ?, "
                                  "last_error = ? WHERE state = 'sending'"));
    settle.addBindValue(nowMs);
    settle.addBindValue(IncidentRecords::sqlText(reason));
    if (!settle.exec())
        return failed(settle);
    QSqlQuery stale(db);
    stale.prepare(QStringLiteral(
        "UPDATE alert_deliveries SET state = 'expired', updated_at = ? WHERE state = 'queued' AND "
        "alert_key IN (SELECT key FROM alerts WHERE created_at < ?)"));
    stale.addBindValue(nowMs);
    stale.addBindValue(staleBeforeMs);
    if (!stale.exec())
        return failed(stale);
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return failed(commit);
    return stranded;
}

Expected<QList<AlertOutbox::Delivery>> AlertOutbox::due(qint64 nowMs, int limit)
{
    QSqlQuery due(m_book.m_db);
    due.prepare(QStringLiteral(
        "SELECT d.alert_key, d.channel, d.attempts, a.incident_id, a.kind, a.level, a.target, "
        "a.check_name, a.title, a.text, a.tags, a.created_at FROM alert_deliveries d JOIN alerts "
        "a ON a.key = d.alert_key WHERE d.state = 'queued' AND d.next_attempt_at <= ? ORDER BY "
        "a.created_at LIMIT ?"));
    due.addBindValue(nowMs);
    due.addBindValue(limit);
    if (!due.exec())
        return unexpected(due.lastError().text());
    QList<Delivery> out;
    while (due.next()) {
        Delivery d;
        d.alert.key = due.value(0).toString();
        d.channel = due.value(1).toString();
        d.attempts = due.value(2).toInt();
        d.alert.incidentId = due.value(3).toString();
        d.alert.kind = alertKindFromName(due.value(4).toString()).value_or(AlertKind::Problem);
        d.alert.level = alertLevelFromName(due.value(5).toString()).value_or(AlertLevel::Critical);
        d.alert.targetId = due.value(6).toString();
        d.alert.checkId = due.value(7).toString();
        d.alert.title = due.value(8).toString();
        d.alert.text = due.value(9).toString();
        d.alert.tags = due.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.alert.createdMs = due.value(11).toLongLong();
        out.append(d);
    }
    return out;
}

std::optional<qint64> AlertOutbox::nextAttemptAt()
{
    QSqlQuery next(m_book.m_db);
    if (next.exec(QStringLiteral(
            "SELECT min(next_attempt_at) FROM alert_deliveries WHERE state = 'queued'"))
        && next.next() && !next.value(0).isNull())
        return next.value(0).toLongLong();
    return std::nullopt;
}

Expected<void> AlertOutbox::setState(const QString &alertKey, const QString &channel,
    const QString &state, int attempts, const QString &error, qint64 nextAttemptMs, qint64 nowMs)
{
    QSqlQuery q(m_book.m_db);
    q.prepare(QStringLiteral(
        "UPDATE alert_deliveries SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
        "updated_at = ? WHERE alert_key = ? AND channel = ?"));
    q.addBindValue(state);
    q.addBindValue(attempts);
    q.addBindValue(IncidentRecords::sqlText(error));
    q.addBindValue(nextAttemptMs);
    q.addBindValue(nowMs);
    q.addBindValue(alertKey);
    q.addBindValue(channel);
    if (!q.exec())
        return unexpected(q.lastError().text());
    return {};
}

std::optional<QString> AlertOutbox::stateOf(const QString &alertKey, const QString &channel)
{
    QSqlQuery q(m_book.m_db);
    q.prepare(
        QStringLiteral("SELECT state FROM alert_deliveries WHERE alert_key = ? AND channel = ?"));
    q.addBindValue(alertKey);
    q.addBindValue(channel);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Expected<void> AlertOutbox::queue(const IncidentOutput &output, qint64 nowMs)
{
    QString error;
    if (!IncidentRecords::write(m_book.m_db, output, nowMs, &error))
        return unexpected(error);
    return {};
}

Expected<void> AlertOutbox::appendTimeline(const QList<TimelineEntry> &entries)
{
    return m_book.appendTimeline(entries);
}

Expected<QHash<QString, AlertOutbox::FailingChannel>> AlertOutbox::failingChannels(
    const QString &sourcePrefix)
{
    QSqlQuery failing(m_book.m_db);
    failing.prepare(QStringLiteral("SELECT id, source, started_at FROM journal_entries WHERE "
                                   "substr(source, 1, ?) = ? AND ended_at IS NULL"));
    failing.addBindValue(sourcePrefix.size());
    failing.addBindValue(sourcePrefix);
    if (!failing.exec())
        return unexpected(failing.lastError().text());
    QHash<QString, FailingChannel> out;
    while (failing.next())
        out.insert(failing.value(1).toString().mid(sourcePrefix.size()),
            {failing.value(2).toLongLong(), failing.value(0).toLongLong()});
    return out;
}

} // namespace dozor
