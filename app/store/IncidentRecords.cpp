#include "IncidentRecords.h"

#include <QSqlError>
#include <QVariant>

namespace dozor::IncidentRecords {

namespace {

QString scopeName(IncidentScope scope)
{
    return scope == IncidentScope::Host ? QStringLiteral("host") : QStringLiteral("check");
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

QString incidentColumns()
{
    return QStringLiteral("id, scope, target, check_name, title, reason, status, worst, opened_at, "
                          "closed_at, maintenance, alerted, alerted_level, last_alert_at, checks, "
                          "title_message, reason_message");
}

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.scope =
        q.value(1).toString() == QLatin1String("host") ? IncidentScope::Host : IncidentScope::Check;
    i.targetId = q.value(2).toString();
    i.checkId = q.value(3).toString();
    i.setTitle(Message::fromJsonText(q.value(15).toString(), q.value(4).toString()));
    i.setReason(Message::fromJsonText(q.value(16).toString(), q.value(5).toString()));
    i.status = statusFromName(q.value(6).toString()).value_or(Status::Unknown);
    i.worst = statusFromName(q.value(7).toString()).value_or(Status::Unknown);
    i.openedMs = q.value(8).toLongLong();
    i.closedMs = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    i.maintenance = q.value(10).toBool();
    i.alerted = q.value(11).toBool();
    i.alertedLevel = alertLevelFromName(q.value(12).toString()).value_or(AlertLevel::Warning);
    i.lastAlertMs = q.value(13).toLongLong();
    const QString checks = q.value(14).toString();
    i.checks = checks.isEmpty() ? QStringList() : checks.split(QLatin1Char('\n'));
    return i;
}

bool appendTimeline(QSqlDatabase &db, const QList<TimelineEntry> &entries, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO incident_events (incident_id, ts, kind, check_name, "
                             "status, text, message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const TimelineEntry &e : entries) {
        if (e.incidentId.isEmpty())
            continue;
        q.bindValue(0, e.incidentId);
        q.bindValue(1, e.atMs);
        q.bindValue(2, timelineKindName(e.kind));
        q.bindValue(3, sqlText(e.checkId));
        q.bindValue(4, e.status ? QVariant(statusName(*e.status)) : QVariant());
        q.bindValue(5, sqlText(e.text.left(8000)));
        q.bindValue(6, sqlText(e.message.toStoredText()));
        if (!run(q, error))
            return false;
    }
    return true;
}

bool write(QSqlDatabase &db, const IncidentOutput &output, qint64 nowMs, QString *error)
{
    QSqlQuery incident(db);
    incident.prepare(QStringLiteral(
        "INSERT INTO incidents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, reason = excluded.reason, "
        "title_message = excluded.title_message, reason_message = excluded.reason_message, "
        "status = excluded.status, worst = excluded.worst, closed_at = excluded.closed_at, "
        "maintenance = excluded.maintenance, alerted = excluded.alerted, "
        "alerted_level = excluded.alerted_level, last_alert_at = excluded.last_alert_at, "
        "checks = excluded.checks")
                         .arg(incidentColumns()));
    for (const Incident &i : output.incidents) {
        const QVariantList values {i.id, scopeName(i.scope), sqlText(i.targetId),
            sqlText(i.checkId), sqlText(i.title), sqlText(i.reason.left(2000)),
            statusName(i.status), statusName(i.worst), i.openedMs,
            i.isOpen() ? QVariant() : QVariant(i.closedMs), int(i.maintenance), int(i.alerted),
            alertLevelName(i.alertedLevel), i.lastAlertMs,
            sqlText(i.checks.join(QLatin1Char('\n'))), sqlText(i.titleMessage.toStoredText()),
            sqlText(i.reasonMessage.toStoredText())};
        for (qsizetype v = 0; v < values.size(); ++v)
            incident.bindValue(int(v), values.at(v));
        if (!run(incident, error))
            return false;
    }
    if (!appendTimeline(db, output.timeline, error))
        return false;

    QSqlQuery alert(db);
    alert.prepare(QStringLiteral(
        "INSERT INTO alerts (key, incident_id, kind, level, target, check_name, title, text, "
        "tags, created_at, title_message, text_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) ON CONFLICT (key) DO NOTHING "
        "RETURNING key"));
    QSqlQuery delivery(db);
    delivery.prepare(
        QStringLiteral("INSERT INTO alert_deliveries (alert_key, channel, state, updated_at) "
                       "VALUES (?, ?, 'queued', ?) ON CONFLICT DO NOTHING"));
    for (const AlertIntent &a : output.alerts) {
        const QVariantList values {a.key, sqlText(a.incidentId), alertKindName(a.kind),
            alertLevelName(a.level), sqlText(a.targetId), sqlText(a.checkId), sqlText(a.title),
            sqlText(a.text), sqlText(a.tags.join(QLatin1Char(','))), a.createdMs,
            sqlText(a.titleMessage.toStoredText()), sqlText(a.textMessage.toStoredText())};
        for (qsizetype v = 0; v < values.size(); ++v)
            alert.bindValue(int(v), values.at(v));
        if (!run(alert, error))
            return false;
        const bool isNew = alert.next();
        alert.finish();
        if (!isNew)
            continue; // already on record: never queued twice
        for (const QString &channel : a.channels) {
            delivery.bindValue(0, a.key);
            delivery.bindValue(1, channel);
            delivery.bindValue(2, nowMs);
            if (!run(delivery, error))
                return false;
        }
    }
    return true;
}

} // namespace dozor::IncidentRecords
