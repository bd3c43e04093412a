#pragma once

#include "core/BackupListing.h"
#include "core/Backups.h"
#include "core/DatabasePreview.h"
#include "core/Expected.h"
#include "core/RestorePreview.h"
#include "jobs/JobPlan.h"
#include "jobs/JobScript.h"
#include "store/JobBook.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// What restoring one backup would do to its live place, read on the server without changing
// anything there: the tree's changes (files, folders, snapshots), or a database's tables and
// row counts, or what a dump holds; what blocks the restore; and the space it needs.
struct RestorePreviewReport {
    enum class Kind {
        Tree, // an archive, a timestamped folder, a restic or borg snapshot against the live folder
        Sqlite, // a SQLite copy against the live database: tables and rows
        Dump, // a PostgreSQL or SQL dump: the objects it holds
    };
    QString sourceId;
    QString backupName;
    QString targetId;
    QString restoreTo;
    QStringList paths; // the part restored (relative to restoreTo); empty: all of it
    Kind kind = Kind::Tree;

    RestorePreviewResult tree;
    QString root; // the backup's folder that goes to restoreTo ("" for its top)
    int outside = 0; // entries of the backup elsewhere (not restored)
    bool dotSlashNames = false; // an archive that names its members "./name"
    QList<TableRows> tables;
    DumpContents dump;

    std::optional<qint64> freeBytes; // on restoreTo's filesystem
    qint64 neededBytes = 0; // the restored copy, staged beside the live one
    QStringList warnings; // listings read with problems, comparisons left undone
    QList<SafetyFinding> findings; // any of them blocks the restore
    QString error; // the preview could not be made (the rest is empty)

    bool blocked() const { return !error.isEmpty() || !findings.isEmpty(); }
};

// The commands a restore preview runs on a server, as plain values, and the readers of what
// they print. Values reach the script as positional words, never pasted into it.
namespace RestorePlans {

// What kind of preview the backup gets; refused in words when Dozor has none for it (or the
// source has no restore_to).
Expected<RestorePreviewReport::Kind> previewKind(
    const BackupSource &source, const CatalogEntry &backup);

// One script for one round trip: the backup's listing, the live side's and the free space
// where restoreTo lives, each section ended by "\0MARKER STATUS\0" on stdout (and
// "\nMARKER\n" on stderr). marker: random, so no listing can end a section early.
Expected<QByteArray> previewScript(const BackupSource &source, const CatalogEntry &backup,
    const QByteArray &password, const QByteArray &marker);

// Reads what previewScript() printed into a report. paths: the user's (checked here).
RestorePreviewReport readPreview(const BackupSource &source, const CatalogEntry &backup,
    const QStringList &paths, const QByteArray &marker, const QByteArray &out,
    const QByteArray &err);

// The second round trip, for the files whose size is equal and mtime not: their SHA-256 on
// both sides ("HASH  PATH\0" records, the backup's then, after the marker, the live ones').
// Nothing when no file needs one.
std::optional<QByteArray> checksumScript(const BackupSource &source, const CatalogEntry &backup,
    const RestorePreviewReport &report, const QByteArray &password, const QByteArray &marker);
// Settles the report's items from what checksumScript() printed.
void readChecksums(const BackupSource &source, const CatalogEntry &backup,
    RestorePreviewReport &report, const QByteArray &marker, const QByteArray &out);

// A restore, as the job that does it. The live copy is never deleted: it is moved aside by
// rename (the safety copy, beside it on the same filesystem), the restored copy, extracted and
// checked in a staging folder, moved in the same way; a failure moves everything back.
struct RestoreOptions {
    QString stamp; // names the staging and safety folders ("20261205-131500")
    // The server's checks, run on this computer until they pass (empty: the server has none).
    QList<QByteArray> checkArgv;
    // A failure of those checks rolls the restore back (they passed before it, or the user
    // asked); otherwise the restored state is kept and the job says the checks fail.
    bool rollBackWhenChecksFail = true;
    QString incidentId; // the incident the restore is for (its journal entry links to it)
};
// A new restore's stamp (its folders' names): the time in UTC, to the millisecond, so two
// restores in one second do not meet.
QString newStamp();
// When a restore with this stamp began, in this computer's time ("2026-12-05 21:42:20"); the
// stamp itself when it is not one of newStamp()'s.
QString stampText(const QString &stamp);

// Refused, in words, when the preview blocks the restore or Dozor cannot restore this kind.
Expected<JobPlan> restorePlan(const BackupSource &source, const CatalogEntry &backup,
    const RestorePreviewReport &report, const RestoreOptions &options);

// The file on the server that says a restore of restoreTo is under way (beside it):
// what resume and rollback read after an interruption.
QString stateFile(const BackupSource &source);
// The record of the last restore that finished (beside it), while the copy from before it is
// kept: what a rollback of a finished restore reads.
QString lastRestoreFile(const BackupSource &source);
// Where a restore with this stamp keeps the live copy it replaced.
QString safetyFolder(const BackupSource &source, const QString &stamp);
// A restore's state file, read back.
struct RestoreState {
    QString sourceId;
    QString backupName;
    QString stamp;
    QString base; // the folder the swapped items are in
    QString stage;
    QString safety;
    QString failed;
    QStringList swap; // items (relative to base) the restored copies replace
    QStringList aside; // items only moved aside (a database's -wal and -shm files)
    QStringList absent; // swap items that did not exist before the restore
    bool staged = false; // the staged copy was checked
    bool swapping = false; // the swap began
    bool swapped = false;
    bool rollingBack = false; // a rollback began: it can only be finished
    bool finished = false; // the last restore, which ended (its copy from before still kept)
    QStringList movedIn; // the items whose restored copy the swap moved in
    // Whether the restore changed anything live yet.
    bool changedLive() const { return swapping || swapped || !movedIn.isEmpty(); }
};
// Refused unless every path it names is where a restore of this source puts it; finished: the
// record of the last restore (lastRestoreFile), which must end with its "phase done" line.
Expected<RestoreState> readState(const BackupSource &source, const QByteArray &text, bool finished);
// Puts back what an interrupted (or finished) restore replaced, from its state: services
// stopped, the safety copy moved back, staging removed, services started. A finished one's
// record is first checked (its copy from before all there) and made the rollback's record.
JobPlan rollbackPlan(const BackupSource &source, const RestoreState &state);
// Finishes an interrupted restore whose staged copy was checked: the swap (where it stopped),
// the services, the server's checks (a failure rolls it back) and the end. Nothing, with why,
// when the copy was not ready (roll it back and restore again).
Expected<JobPlan> resumePlan(
    const BackupSource &source, const RestoreState &state, const QList<QByteArray> &checkArgv);

// A plan as the user reads it before it runs: each step, its command with every value quoted as
// the shell gets it (a script's own text shown as <script>), and what undoes it.
QString describe(const JobPlan &plan);

// Whether a restore job's run of the server's checks (steps: its record) ended without
// passing: failed or timed out on its last try. False when the plan has no checks.
bool checksFailed(const JobPlan &plan, const QList<JobStepRecord> &steps);

// Most files a restic or borg preview checksums (each costs the tool a run); above it they
// count as overwrites, and a warning says so.
inline constexpr int maxRepositoryChecksums = 50;

} // namespace RestorePlans

} // namespace dozor
