#include "JournalBook.h"

#include "HistoryReader.h"
#include "HistorySchema.h"
#include "IncidentRecords.h"
#include "core/Intervals.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <limits>
#include <map>

namespace dozor {

namespace {

struct JournalText {
    Q_DECLARE_TR_FUNCTIONS(JournalBook)
};

Unexpected failed(const QSqlQuery &q)
{
    return unexpected(
        JournalText::tr("reading the history file failed: %1").arg(q.lastError().text()));
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QStringList wordsOf(const QString &search)
{
    return search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList worstNamesFor(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Critical:
        return {statusName(Status::Crit), statusName(Status::Unknown)};
    case AlertLevel::Warning:
        return {statusName(Status::Warn)};
    case AlertLevel::Info:
        break;
    }
    return {statusName(Status::Ok)};
}

JournalEntry entryFrom(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.severity = alertLevelFromName(q.value(2).toString()).value_or(AlertLevel::Warning);
    e.targetId = q.value(3).toString();
    e.startedMs = q.value(4).toLongLong();
    e.endedMs = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    e.what = q.value(6).toString();
    e.rootCause = q.value(7).toString();
    e.fix = q.value(8).toString();
    e.followUps = q.value(9).toString();
    e.incidentId = q.value(10).toString();
    e.source = q.value(11).toString();
    e.createdMs = q.value(12).toLongLong();
    e.updatedMs = q.value(13).toLongLong();
    return e;
}

// A WHERE clause built from a filter, with its bound values in order.
struct Where {
    QStringList clauses;
    QVariantList binds;

    void add(const QString &clause, const QVariantList &values)
    {
        clauses.append(clause);
        binds += values;
    }
    // Server, period (the row overlaps [from, to)) and search words; in textClause, ?1
    // stands for the word's LIKE pattern, as often as the clause needs it.
    void addCommon(const JournalFilter &f, const QString &startColumn, const QString &endColumn,
        const QString &textClause)
    {
        if (!f.targetId.isEmpty())
            add(QStringLiteral("target = ?"), {f.targetId});
        if (f.toMs)
            add(startColumn + QStringLiteral(" < ?"), {f.toMs});
        if (f.fromMs)
            add(QStringLiteral("(%1 IS NULL OR %1 >= ?)").arg(endColumn), {f.fromMs});
        for (const QString &word : wordsOf(f.search)) {
            QString clause = textClause;
            const QVariant pattern = likePattern(word);
            const int uses = int(clause.count(QStringLiteral("?1")));
            clause.replace(QStringLiteral("?1"), QStringLiteral("?"));
            add(clause, QVariantList(uses, pattern));
        }
    }
    Expected<QSqlQuery> run(QSqlDatabase &db, const QString &select, const QString &tail) const
    {
        QSqlQuery q(db);
        q.prepare(select
            + (clauses.isEmpty()
                    ? QString()
                    : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")))
            + QLatin1Char(' ') + tail);
        for (qsizetype i = 0; i < binds.size(); ++i)
            q.bindValue(int(i), binds.at(i));
        if (!q.exec())
            return failed(q);
        return q;
    }
};

const char entryColumns[] = "id, title, severity, target, started_at, ended_at, what, root_cause, "
                            "fix, follow_ups, incident_id, source, created_at, updated_at";

QVariant orNull(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

QString text(const QString &s)
{
    return IncidentRecords::sqlText(s);
}

} // namespace

std::optional<double> UptimeRow::uptimePercent() const
{
    if (observedMs <= 0)
        return std::nullopt;
    return 100.0 * double(observedMs - std::min(downMs, observedMs)) / double(observedMs);
}

JournalBook::JournalBook(QString path)
    : m_path(std::move(path))
    , m_connection(
          QStringLiteral("dozor-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

JournalBook::~JournalBook()
{
    m_db = QSqlDatabase();
    closeHistoryDatabase(m_connection);
}

Expected<void> JournalBook::open()
{
    if (m_db.isOpen())
        return {};
    Expected<QSqlDatabase> db = openHistoryDatabase(m_path, m_connection);
    if (!db)
        return unexpected(db.error());
    m_db = *db;
    if (auto migrated = HistorySchema::migrate(m_db); !migrated) {
        m_db = QSqlDatabase();
        closeHistoryDatabase(m_connection);
        return migrated;
    }
    return {};
}

Expected<QList<StatusChange>> JournalBook::statusChangesSince(qint64 fromMs)
{
    return readStatusEvents(m_db, QString(), fromMs, std::numeric_limits<qint64>::max());
}

Expected<QList<Incident>> JournalBook::openIncidents()
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM incidents WHERE closed_at IS NULL ORDER BY opened_at")
                .arg(IncidentRecords::incidentColumns())))
        return failed(q);
    QList<Incident> out;
    while (q.next())
        out.append(IncidentRecords::incidentFrom(q));
    return out;
}

Expected<QList<Incident>> JournalBook::incidents(const JournalFilter &f)
{
    Where w;
    if (f.severity) {
        const QStringList names = worstNamesFor(*f.severity);
        w.add(QStringLiteral("worst IN (%1)")
                  .arg(QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            QVariantList(names.cbegin(), names.cend()));
    }
    w.addCommon(f, QStringLiteral("opened_at"), QStringLiteral("closed_at"),
        QStringLiteral("(title LIKE ?1 ESCAPE '\\' OR reason LIKE ?1 ESCAPE '\\' OR target LIKE "
                       "?1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM incident_events e WHERE "
                       "e.incident_id = i.id AND e.text LIKE ?1 ESCAPE '\\'))"));
    auto q = w.run(m_db,
        QStringLiteral("SELECT %1 FROM incidents i").arg(IncidentRecords::incidentColumns()),
        QStringLiteral("ORDER BY closed_at IS NOT NULL, opened_at DESC LIMIT %1").arg(f.limit));
    if (!q)
        return unexpected(q.error());
    QSqlQuery rows = std::move(q).value();
    QList<Incident> out;
    while (rows.next())
        out.append(IncidentRecords::incidentFrom(rows));
    return out;
}

Expected<std::optional<Incident>> JournalBook::incident(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?")
                  .arg(IncidentRecords::incidentColumns()));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<Incident>();
    return std::optional(IncidentRecords::incidentFrom(q));
}

Expected<QList<TimelineEntry>> JournalBook::timeline(const QString &incidentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ts, kind, check_name, status, text, message FROM "
                             "incident_events WHERE incident_id = ? ORDER BY ts, id"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return failed(q);
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.incidentId = incidentId;
        e.atMs = q.value(0).toLongLong();
        e.kind = timelineKindFromName(q.value(1).toString()).value_or(TimelineKind::Note);
        e.checkId = q.value(2).toString();
        if (!q.value(3).isNull())
            e.status = statusFromName(q.value(3).toString());
        e.message = Message::fromJsonText(q.value(5).toString(), q.value(4).toString());
        e.text = e.message.text();
        out.append(e);
    }
    return out;
}

Expected<QList<AlertRecord>> JournalBook::alertsOf(const QString &incidentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.key, a.kind, a.level, a.title, a.text, a.created_at, d.channel, d.state, "
        "d.attempts, d.next_attempt_at, d.last_error, d.updated_at, a.title_message, "
        "a.text_message FROM alerts a LEFT JOIN "
        "alert_deliveries d ON d.alert_key = a.key WHERE a.incident_id = ? ORDER BY a.created_at, "
        "a.key, d.channel"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return failed(q);
    QList<AlertRecord> out;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (out.isEmpty() || out.last().alert.key != key) {
            AlertRecord r;
            r.alert.key = key;
            r.alert.incidentId = incidentId;
            r.alert.kind = alertKindFromName(q.value(1).toString()).value_or(AlertKind::Problem);
            r.alert.level =
                alertLevelFromName(q.value(2).toString()).value_or(AlertLevel::Critical);
            r.alert.setTitle(Message::fromJsonText(q.value(12).toString(), q.value(3).toString()));
            r.alert.setText(Message::fromJsonText(q.value(13).toString(), q.value(4).toString()));
            r.alert.createdMs = q.value(5).toLongLong();
            out.append(r);
        }
        if (!q.value(6).isNull())
            out.last().deliveries.append(
                {key, q.value(6).toString(), q.value(7).toString(), q.value(8).toInt(),
                    q.value(9).toLongLong(), q.value(10).toString(), q.value(11).toLongLong()});
    }
    return out;
}

Expected<void> JournalBook::appendTimeline(const QList<TimelineEntry> &entries)
{
    QString error;
    if (!IncidentRecords::appendTimeline(m_db, entries, &error))
        return unexpected(error);
    return {};
}

Expected<void> JournalBook::addNote(const QString &incidentId, const QString &text, qint64 nowMs)
{
    QString error;
    if (!IncidentRecords::appendTimeline(m_db,
            {TimelineEntry::of(
                incidentId, nowMs, TimelineKind::Note, QString(), std::nullopt, text)},
            &error))
        return unexpected(JournalText::tr("cannot add the note: %1").arg(error));
    return {};
}

Expected<QList<JournalEntry>> JournalBook::entries(const JournalFilter &f)
{
    Where w;
    if (f.severity)
        w.add(QStringLiteral("severity = ?"), {alertLevelName(*f.severity)});
    w.addCommon(f, QStringLiteral("started_at"), QStringLiteral("ended_at"),
        QStringLiteral("(title || ' ' || what || ' ' || root_cause || ' ' || fix || ' ' || "
                       "follow_ups || ' ' || target) LIKE ?1 ESCAPE '\\'"));
    auto q = w.run(m_db,
        QStringLiteral("SELECT %1 FROM journal_entries").arg(QLatin1String(entryColumns)),
        QStringLiteral("ORDER BY started_at DESC, id DESC LIMIT %1").arg(f.limit));
    if (!q)
        return unexpected(q.error());
    QSqlQuery rows = std::move(q).value();
    QList<JournalEntry> out;
    while (rows.next())
        out.append(entryFrom(rows));
    return out;
}

Expected<std::optional<JournalEntry>> JournalBook::entry(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM journal_entries WHERE id = ?")
                  .arg(QLatin1String(entryColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<JournalEntry>();
    return std::optional(entryFrom(q));
}

Expected<qint64> JournalBook::addEntry(JournalEntry e, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO journal_entries (title, severity, target, started_at, ended_at, what, "
        "root_cause, fix, follow_ups, incident_id, source, created_at, updated_at) VALUES (?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QVariantList values {text(e.title), alertLevelName(e.severity), text(e.targetId),
        e.startedMs ? e.startedMs : nowMs, orNull(e.endedMs), text(e.what), text(e.rootCause),
        text(e.fix), text(e.followUps), text(e.incidentId), text(e.source), nowMs, nowMs};
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec() || !q.next())
        return unexpected(
            JournalText::tr("cannot save the journal entry: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

Expected<void> JournalBook::updateEntry(const JournalEntry &e, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE journal_entries SET title = ?, severity = ?, target = ?, started_at = ?, "
        "ended_at = ?, what = ?, root_cause = ?, fix = ?, follow_ups = ?, incident_id = ?, "
        "updated_at = ? WHERE id = ?"));
    const QVariantList values {text(e.title), alertLevelName(e.severity), text(e.targetId),
        e.startedMs, orNull(e.endedMs), text(e.what), text(e.rootCause), text(e.fix),
        text(e.followUps), text(e.incidentId), nowMs, e.id};
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return unexpected(
            JournalText::tr("cannot save the journal entry: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return unexpected(JournalText::tr("there is no journal entry %1").arg(e.id));
    return {};
}

Expected<void> JournalBook::removeEntry(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM journal_entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return unexpected(
            JournalText::tr("cannot remove the journal entry: %1").arg(q.lastError().text()));
    return {};
}

Expected<QList<MaintenanceWindow>> JournalBook::maintenanceWindows(qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, target, start_at, end_at, reason FROM maintenance_windows "
                             "WHERE end_at > ? ORDER BY start_at"));
    q.addBindValue(nowMs);
    if (!q.exec())
        return failed(q);
    QList<MaintenanceWindow> out;
    while (q.next()) {
        MaintenanceWindow w;
        w.id = q.value(0).toString();
        w.targetId = q.value(1).toString();
        w.start = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong());
        w.end = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong());
        w.reason = q.value(4).toString();
        out.append(w);
    }
    return out;
}

Expected<QString> JournalBook::startMaintenance(
    const QString &targetId, qint64 startMs, qint64 endMs, const QString &reason)
{
    const QString id =
        QStringLiteral("m-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO maintenance_windows (id, target, start_at, end_at, "
                             "reason, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(text(targetId));
    q.addBindValue(startMs);
    q.addBindValue(endMs);
    q.addBindValue(text(reason));
    q.addBindValue(startMs);
    if (!q.exec())
        return unexpected(
            JournalText::tr("cannot record the maintenance window: %1").arg(q.lastError().text()));
    return id;
}

Expected<int> JournalBook::stopMaintenance(const QString &id, const QString &targetId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!id.isEmpty()) {
        q.prepare(QStringLiteral(
            "UPDATE maintenance_windows SET end_at = ? WHERE id = ? AND end_at > ?"));
        q.addBindValue(nowMs);
        q.addBindValue(id);
    } else if (targetId == QLatin1String("*")) {
        q.prepare(QStringLiteral("UPDATE maintenance_windows SET end_at = ? WHERE end_at > ?"));
        q.addBindValue(nowMs);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE maintenance_windows SET end_at = ? WHERE target = ? AND end_at > ?"));
        q.addBindValue(nowMs);
        q.addBindValue(targetId);
    }
    q.addBindValue(nowMs);
    if (!q.exec())
        return unexpected(
            JournalText::tr("cannot end the maintenance window: %1").arg(q.lastError().text()));
    return q.numRowsAffected();
}

Expected<QList<UptimeRow>> JournalBook::uptime(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    struct Subject {
        QString targetId;
        QList<Interval> observed;
    };
    std::map<QString, Subject> checks; // by check id, sorted
    QSqlQuery spans(m_db);
    spans.prepare(QStringLiteral(
        "SELECT c.name, c.target, s.start_at, s.end_at FROM check_spans s JOIN checks c ON c.id "
        "= s.check_id WHERE s.end_at >= ? AND s.start_at < ?"));
    spans.addBindValue(fromMs);
    spans.addBindValue(toMs);
    if (!spans.exec())
        return failed(spans);
    while (spans.next()) {
        Subject &s = checks[spans.value(0).toString()];
        s.targetId = spans.value(1).toString();
        s.observed.append({spans.value(2).toLongLong(), spans.value(3).toLongLong()});
    }

    struct Down {
        IncidentScope scope;
        QString targetId;
        QString checkId;
        QStringList covers;
        Interval span;
        bool closedInPeriod;
    };
    QList<Down> downs;
    QSqlQuery inc(m_db);
    inc.prepare(
        QStringLiteral("SELECT scope, target, check_name, opened_at, closed_at, checks FROM "
                       "incidents WHERE opened_at < ? AND (closed_at IS NULL OR closed_at "
                       ">= ?)"));
    inc.addBindValue(toMs);
    inc.addBindValue(fromMs);
    if (!inc.exec())
        return failed(inc);
    while (inc.next()) {
        const qint64 closed = inc.value(4).isNull() ? nowMs : inc.value(4).toLongLong();
        downs.append({inc.value(0).toString() == QLatin1String("host") ? IncidentScope::Host
                                                                       : IncidentScope::Check,
            inc.value(1).toString(), inc.value(2).toString(),
            inc.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            {inc.value(3).toLongLong(), closed},
            !inc.value(4).isNull() && closed >= fromMs && closed < toMs});
    }

    auto rowFor = [&](const QString &targetId, const QString &checkId, QList<Interval> observed) {
        UptimeRow row;
        row.targetId = targetId;
        row.checkId = checkId;
        row.periodMs = toMs - fromMs;
        observed = Intervals::normalized(Intervals::clipped(observed, fromMs, toMs));
        row.observedMs = Intervals::total(observed);
        QList<Interval> down;
        qint64 repairSum = 0;
        int repaired = 0;
        for (const Down &d : std::as_const(downs)) {
            // A check is down in its own incidents and in its server's host incidents that
            // it was part of (an HTTP check answered while SSH was down is not); a server
            // only while it is unreachable (host incidents), not whenever a check fails.
            const bool hostCoversIt = d.scope == IncidentScope::Host
                && (checkId.isEmpty() || d.covers.isEmpty() || d.covers.contains(checkId));
            const bool mine = d.targetId == targetId
                && (hostCoversIt || (!checkId.isEmpty() && d.checkId == checkId));
            if (!mine)
                continue;
            ++row.incidents;
            down.append(d.span);
            if (d.closedInPeriod) {
                repairSum += d.span.length();
                ++repaired;
            }
        }
        down = Intervals::normalized(Intervals::clipped(down, fromMs, toMs));
        row.downMs = Intervals::total(Intervals::intersection(observed, down));
        if (repaired > 0)
            row.mttrMs = repairSum / repaired;
        return row;
    };

    QList<UptimeRow> out;
    std::map<QString, QList<Interval>> byTarget;
    for (const auto &[checkId, s] : checks) {
        out.append(rowFor(s.targetId, checkId, s.observed));
        byTarget[s.targetId].append(s.observed);
    }
    for (const auto &[targetId, observed] : byTarget)
        out.append(rowFor(targetId, QString(), observed));
    return out;
}

} // namespace dozor
