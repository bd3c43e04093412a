#pragma once

#include "core/CheckResult.h"
#include "core/Workspace.h"

#include <QJsonObject>

namespace dozor {

// How check results and status changes look on the command line, as text and as JSON.
namespace ResultFormat {
QJsonObject resultToJson(const CheckResult &result, const Workspace &workspace);
QJsonObject changeToJson(const StatusChange &change, const Workspace &workspace);
QString table(const QList<CheckResult> &results, const Workspace &workspace);
QString changeLine(const StatusChange &change, const Workspace &workspace);
QString isoTime(qint64 ms);
// The exit code for these results (dozor check, and dozor watch --for at its end): 5 when
// a host key was refused, else by the worst status.
int exitCodeOf(const QList<CheckResult> &results);
} // namespace ResultFormat

} // namespace dozor
