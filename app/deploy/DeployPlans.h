#pragma once

#include "core/Deploys.h"
#include "core/Expected.h"
#include "core/Workspace.h"
#include "jobs/JobPlan.h"
#include "jobs/JobScript.h"
#include "store/JobBook.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Deploys as plans of steps (pure: no I/O). A static site or an app is deployed into a new
// folder PATH/releases/STAMP and made live by replacing the link PATH/current in one rename;
// the release that was live before is recorded on the server (PATH/.dozor-deploy), so a
// rollback goes back to the release that really served. A lock folder (PATH/.dozor-deploy.lock)
// names who deploys; a second deploy is refused with that name.
namespace dozor::DeployPlans {

// Who holds the deploy lock: the line users read, and what tells whether its Dozor still runs.
struct LockHolder {
    QString text; // "alice on desk1, process 4242, job 7, since 2026-12-06 01:02:03 UTC"
    QString machine; // QSysInfo::machineUniqueId() of the computer running that deploy
    qint64 pid = 0;
    QString stamp; // the release that deploy makes
    QString id; // the lock file's second line: "id MACHINE PID STAMP"
};

// The record of the last deploy or rollback (PATH/.dozor-deploy).
struct DeployRecord {
    QString recipe;
    QString kind; // deploy, rollback
    QString before; // the release live before it ("": none)
    QString release; // the release it made live
    QString phase; // swapping, live, done, rolled_back
};

// One entry of a release's tree: a file (with its sha256), a folder or a link.
struct TreeEntry {
    enum class Type { File, Folder, Link };
    Type type = Type::File;
    QString path; // relative, "css/site.css"
    QByteArray sha256; // hex, files only
    qint64 size = 0; // files in a local build only
};

// What the server says about a recipe's folder before a deploy or a rollback.
struct ServerState {
    bool pathExists = false;
    QString current; // the release PATH/current links to ("": none)
    bool currentIsFolder = false; // PATH/current is not a link: not this layout
    bool currentIsDangling = false; // it links to nothing
    QString currentElsewhere; // it links somewhere else than releases/NAME (not this layout)
    QStringList releases; // names in PATH/releases, oldest first
    std::optional<LockHolder> lock;
    std::optional<DeployRecord> record;
    QList<TreeEntry> live; // static: the live release's tree (withTree)
    QString commit; // app: the live release's git commit
};

// The script that reads it (its values as positional words: run with JobScript::forShell).
QByteArray stateScript();
QList<QByteArray> stateArgs(const DeployRecipe &recipe, bool withTree);
Expected<ServerState> readState(const QByteArray &output);

// What a static deploy changes: the build against the live release.
struct StaticChanges {
    QList<TreeEntry> build; // every entry of the build folder
    QStringList upload; // files new or changed (paths)
    QStringList remove; // what the live release has and the build does not (not under each other)
    QStringList folders; // folders the build has and the live release does not
    qint64 uploadBytes = 0;
    qint64 buildBytes = 0;
    int unchanged = 0;
    // What the new release is checked against: every file's path and size (layoutDigest),
    // and the checksums of the files uploaded (uploadDigest).
    QByteArray layoutDigest;
    QByteArray uploadDigest;
};
StaticChanges compare(const QList<TreeEntry> &build, const QList<TreeEntry> &live);
// sha256 of the files' "SIZE PATH\0" records in byte order: what
// `find . -type f -printf '%s %P\0' | LC_ALL=C sort -z | sha256sum` prints in the release.
QByteArray layoutDigest(const QList<TreeEntry> &entries);
// sha256 of "SHA256  PATH\0" for each of paths in that order: what
// `printf '%s\0' PATHS… | xargs -0r sha256sum -z -- | sha256sum` prints.
QByteArray uploadDigest(const QList<TreeEntry> &entries, const QStringList &paths);

// Who this Dozor is, for the lock: the local user, the computer, this process.
struct Holder {
    QString user;
    QString host;
    QString machine;
    qint64 pid = 0;
};

// A deploy or a rollback to plan.
struct DeployOptions {
    QString stamp; // the new release's name (yyyyMMdd-HHmmss-zzz)
    QString ref; // app: what to check out (default: the recipe's ref, else "main")
    QString buildFolder; // static: the folder deployed (this computer)
    QString stagingFolder; // static: the changed files, laid out as in the build (this computer)
    Holder holder;
    qint64 sinceMs = 0;
    // `dozor check` of the server's checks, run here (empty: the server has none), and the
    // smoke requests (`dozor deploy smoke`), run here (empty: the recipe has none).
    QList<QByteArray> checkArgv;
    QList<QByteArray> smokeArgv;
    bool skipChecksBefore = false; // "deploy anyway": the checks before are not run
    // The backup source's own plan (back up now), run first (app: before the migrations), and
    // the variables its steps need: every other step runs without them.
    std::optional<JobPlan> backup;
    QList<QByteArray> backupVariables;
    // A lock whose Dozor is gone (its machine and pid, see LockHolder): taken over.
    std::optional<LockHolder> takeOver;
};

QString newStamp();
// The lock holder's line for these options.
QString holderText(const DeployOptions &options);
QString holderId(const DeployOptions &options);

// The deploy: a static site from this computer, an app on the server, or generic steps. The
// state the server gave before (its live release, its lock) is what the plan expects; a
// deploy refused here says why in words.
Expected<JobPlan> deployPlan(const DeployRecipe &recipe, const Target &target,
    const ServerState &state, const StaticChanges *changes, const DeployOptions &options);
// Back to a release that is still there: `to`, or the one live before the last deploy.
Expected<JobPlan> rollbackPlan(const DeployRecipe &recipe, const Target &target,
    const ServerState &state, const QString &to, const DeployOptions &options);
// The release a rollback without --to goes to, or why there is none.
Expected<QString> rollbackTarget(const ServerState &state);

// The tags of a deploy's migrations step and of its swap (JobStep::tag). When the migrations
// ran and the deploy was rolled back, the database may need the backup taken before them.
inline constexpr char migrateTag[] = "migrate";
inline constexpr char swapTag[] = "swap";
// What the migrations step says when the release has no manage.py (nothing ran).
inline constexpr char noManageLine[] = "no manage.py in the release: skipped";

// How far a deploy got, from its record (JobRecord details "swap_step"/"migrate_step" and its
// steps, JobBook): whether its release went live and stayed live (not put back by an undo),
// and whether its migrations ran.
struct Progress {
    bool wentLive = false;
    bool putBack = false;
    bool migrationsRan = false;
};
Progress progressOf(const QJsonObject &details, const QList<JobStepRecord> &steps);

} // namespace dozor::DeployPlans
