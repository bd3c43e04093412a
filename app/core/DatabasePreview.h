#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// A table of a SQLite database and its rows in the backup and in the live database (nothing
// on the side that has no such table).
struct TableRows {
    QString table;
    std::optional<qint64> backupRows;
    std::optional<qint64> liveRows;
};

// What a database dump holds: its objects as the dump lists them ("TABLE public users
// postgres") and the tables whose rows it carries ("public.users").
struct DumpContents {
    QStringList objects;
    QStringList tables;
};

namespace DatabasePreview {
// The SQL that, run by sqlite3 on a database, prints the SQL that counts each table's rows:
// "HEX(name)|count" per table (hex: any name reads back whole).
QByteArray sqliteCountQuery();
// "file:PATH?mode=ro" (or immutable=1 for a backup nobody writes): opened by sqlite3 without
// ever writing to the file or creating one beside it.
QByteArray sqliteUri(const QString &path, bool immutable);
struct Counts {
    QList<std::pair<QString, qint64>> tables;
    QStringList problems;
};
Counts readSqliteCounts(const QByteArray &output);
// Both sides by table name, sorted.
QList<TableRows> mergeCounts(const Counts &backup, const Counts &live);

// `pg_restore --list` of a custom-format dump.
DumpContents readPgRestoreList(const QByteArray &output);
// The CREATE and COPY lines of a plain SQL dump (grep '^(CREATE|COPY) ').
DumpContents readSqlStatements(const QByteArray &output);
} // namespace DatabasePreview

} // namespace dozor
