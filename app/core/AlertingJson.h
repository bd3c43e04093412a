#pragma once

#include "Diagnostic.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dozor {

class JsonObjectReader;

// The workspace's "alerts" object and "maintenance" array, and the alerting fields of a
// check (fail_threshold, recover_threshold, tags, remediation): read, written, validated.
namespace AlertingJson {

void readAlerts(JsonObjectReader &root, AlertSettings &alerts, QList<Diagnostic> *diags);
void readMaintenance(
    JsonObjectReader &root, QList<MaintenanceWindow> &windows, QList<Diagnostic> *diags);
void readCheckFields(JsonObjectReader &check, CheckSpec &spec, QList<Diagnostic> *diags);

// Nothing (an empty object or array) when everything is at its default.
QJsonObject alertsToJson(const AlertSettings &alerts);
QJsonArray maintenanceToJson(const QList<MaintenanceWindow> &windows);
QJsonObject maintenanceWindowToJson(const MaintenanceWindow &w);
void writeCheckFields(const CheckSpec &spec, QJsonObject &check);

QList<Diagnostic> validate(const Workspace &workspace);

// "mon" … "sun" ↔ ISO weekday 1 … 7.
std::optional<int> weekdayFromName(const QString &name);
QString weekdayName(int isoDay);

} // namespace AlertingJson

} // namespace dozor
