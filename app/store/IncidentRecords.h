#pragma once

#include "core/Incident.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace dozor {

// Rows of the incident tables, written inside the caller's transaction.
namespace IncidentRecords {

// Incidents (insert or update), their new timeline lines, and new alerts with one queued
// delivery per channel. An alert whose key is already on record is left alone: that is what
// keeps a restart from sending it twice.
bool write(QSqlDatabase &db, const IncidentOutput &output, qint64 nowMs, QString *error);
bool appendTimeline(QSqlDatabase &db, const QList<TimelineEntry> &entries, QString *error);

// Text columns are NOT NULL, and a null QString binds as NULL: bind through this.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Reading a row of "SELECT <incidentColumns> FROM incidents".
QString incidentColumns();
Incident incidentFrom(const QSqlQuery &q);

} // namespace IncidentRecords

} // namespace dozor
