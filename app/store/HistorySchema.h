#pragma once

#include "core/Expected.h"

#include <QSqlDatabase>

namespace dozor {

// The history database's schema and its forward migrations. The version lives in
// PRAGMA user_version; each migration runs in its own transaction, so a crash mid-way leaves
// the file at the previous version, never in between.
namespace HistorySchema {
inline constexpr int currentVersion = 7;
// Bucket widths of the rollup tables (rollup_minute, rollup_hour).
inline constexpr qint64 minuteBucketMs = 60'000;
inline constexpr qint64 hourBucketMs = 3'600'000;

Expected<int> version(QSqlDatabase &db);
// Migrates up to targetVersion (default: current). A file from a newer Dozor is refused.
Expected<void> migrate(QSqlDatabase &db, int targetVersion = currentVersion);
} // namespace HistorySchema

// Opens (creating if needed) a history file with the pragmas every connection needs: WAL,
// synchronous=NORMAL, foreign keys, a busy timeout. connectionName must be unique per thread.
Expected<QSqlDatabase> openHistoryDatabase(const QString &path, const QString &connectionName);
void closeHistoryDatabase(const QString &connectionName);

} // namespace dozor
