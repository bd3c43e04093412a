#pragma once

#include "core/BackupListing.h"
#include "core/Backups.h"
#include "core/Expected.h"
#include "jobs/JobPlan.h"
#include "jobs/JobScript.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace dozor {

// What Dozor runs on a server for a backup source, as plain values: the listing command, the
// free-space command, and the jobs (verify, back up now, prune) expanded in pure code and shown
// before they run. Every value reaches the server as an argv word (ShellQuote); scripts that
// need a pipe get their values as "$1"… positional words, never pasted into the script.
namespace BackupPlans {

// The one command that lists a source's backups in machine-readable lines.
QList<QByteArray> listing(const BackupSource &source);
// Reads what listing() printed (untrusted: problems in words, never a crash).
CatalogListing readListing(const BackupSource &source, const QByteArray &output);

// `df -Pk` of the folder that holds the backups (a local repository's folder too); nothing
// for a repository elsewhere (sftp:, rest:, ssh://).
std::optional<QList<QByteArray>> space(const BackupSource &source);
struct Space {
    qint64 freeBytes = 0;
    qint64 totalBytes = 0;
};
Expected<Space> readSpace(const QByteArray &output);

// A refresh as one script on the server: the listing, then (when space() has a command) a
// marker and the free space, so one round trip does both. Its exit status is the listing's.
Expected<QByteArray> refreshScript(const BackupSource &source, const QByteArray &password);
// What refreshScript() printed, cut at the marker: the listing, and df's output when it ran.
struct RefreshOutput {
    QByteArray listing;
    std::optional<QByteArray> space;
};
RefreshOutput splitRefresh(const BackupSource &source, const QByteArray &output);

// The tools' environment: the repository password (masked in logs) and the settings that
// make them fail instead of asking a question nobody can answer.
QList<JobSecret> environment(const BackupSource &source, const QByteArray &password);
// The environment variable a repository password goes in (RESTIC_PASSWORD, BORG_PASSPHRASE);
// empty for sources without one.
QByteArray passwordVariable(const BackupSource &source);

// Checks one backup: its checksum sidecar, then the test that fits what it is (gzip -t and
// tar -t, zstd -t, unzip -t, PRAGMA integrity_check on a copy, pg_restore --list, restic check
// --read-data-subset, borg check). Refused, with why, when Dozor has no test for it.
Expected<JobPlan> verify(const BackupSource &source, const CatalogEntry &backup);

// Makes a new backup now: the source's own command, or the built-in one (tar of paths,
// sqlite3 .backup of the live database, restic/borg backup of paths), written under a
// temporary name and renamed when complete. neededBytes (the newest backup's size), when
// known, is checked against the free space first.
Expected<JobPlan> backUpNow(
    const BackupSource &source, const QDateTime &now, std::optional<qint64> neededBytes);
// The name a built-in backup made at time gets: pattern with its '*' replaced by the time
// (in time_format when there is one, else YYYYmmdd-HHMMSS), in the source's zone.
Expected<QString> newBackupName(const BackupSource &source, const QDateTime &time);

// Copies one backup (a file, with its checksum file when the source keeps them, or a
// timestamped folder) from its server into localFolder on this computer over SFTP. Refused
// for restic and borg, whose snapshots are not files (their own restore does that).
Expected<JobPlan> download(
    const BackupSource &source, const CatalogEntry &backup, const QString &localFolder);

// Deletes exactly these backups (names as the catalog lists them).
Expected<JobPlan> prune(const BackupSource &source, const QStringList &names);

} // namespace BackupPlans

} // namespace dozor
