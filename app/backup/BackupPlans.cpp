#include "BackupPlans.h"

#include "BackupPlanSteps.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>

namespace dozor::BackupPlans {

using namespace PlanSteps;

namespace {
// The test for one archive or database file, chosen by its name; nothing when Dozor has none.
std::optional<JobStep> fileTest(const QString &name, const QByteArray &file)
{
    const QString lower = name.toLower();
    const auto endsWith = [&lower](std::initializer_list<const char *> suffixes) {
        for (const char *suffix : suffixes) {
            if (lower.endsWith(QLatin1String(suffix)))
                return true;
        }
        return false;
    };
    if (endsWith({".tar.gz", ".tgz"}))
        return stepOf(PlanText::tr("Test the archive (gzip -t, tar -t)"),
            shell("gzip -t -- \"$1\" && tar -tzf \"$1\" >/dev/null", {file}), verifyTimeoutSec);
    if (endsWith({".tar.zst", ".tzst"}))
        return stepOf(PlanText::tr("Test the archive (zstd -t, tar -t)"),
            shell("zstd -tq -- \"$1\" && zstd -dcq -- \"$1\" | tar -tf - >/dev/null", {file}),
            verifyTimeoutSec);
    if (endsWith({".tar"}))
        return stepOf(PlanText::tr("Test the archive (tar -t)"),
            shell("tar -tf \"$1\" >/dev/null", {file}), verifyTimeoutSec);
    if (endsWith({".zip"}))
        return stepOf(
            PlanText::tr("Test the archive (unzip -t)"), {"unzip", "-tqq", file}, verifyTimeoutSec);
    if (endsWith({".gz"}))
        return stepOf(PlanText::tr("Test the compression (gzip -t)"), {"gzip", "-t", "--", file},
            verifyTimeoutSec);
    if (endsWith({".zst"}))
        return stepOf(PlanText::tr("Test the compression (zstd -t)"), {"zstd", "-tq", "--", file},
            verifyTimeoutSec);
    if (endsWith({".sqlite3", ".sqlite", ".db"}))
        // On a copy: the check must not take a lock on, or change, the backup itself.
        return stepOf(PlanText::tr("Check the database (PRAGMA integrity_check on a copy)"),
            shell("t=$(mktemp -d) || exit 1; trap 'rm -rf -- \"$t\"' EXIT; "
                  "cp -- \"$1\" \"$t/copy\" || exit 1; "
                  "r=$(sqlite3 \"$t/copy\" 'PRAGMA integrity_check;' 2>&1); "
                  "[ \"$r\" = ok ] && exit 0; "
                  "printf 'integrity_check: %s\\n' \"$(printf '%s' \"$r\" | head -n 3 | tr '\\n' ' "
                  "')\" >&2; "
                  "exit 1",
                {file}),
            verifyTimeoutSec);
    if (isCustomDump(lower))
        return stepOf(PlanText::tr("Read the dump's table of contents (pg_restore --list)"),
            shell("pg_restore --list -- \"$1\" >/dev/null", {file}), verifyTimeoutSec);
    if (endsWith({".sql"}))
        return stepOf(PlanText::tr("Check that the dump is readable and not empty"),
            shell("[ -r \"$1\" ] || { echo \"cannot read $1\" >&2; exit 1; }; "
                  "[ -s \"$1\" ] || { echo \"$1 is empty\" >&2; exit 1; }",
                {file}),
            verifyTimeoutSec);
    return std::nullopt;
}
} // namespace

QList<QByteArray> listing(const BackupSource &source)
{
    switch (source.type) {
    case BackupSource::Type::Files:
    case BackupSource::Type::Database:
        return {"find", bytes(folderOf(source.path)), "-mindepth", "1", "-maxdepth", "1", "-name",
            bytes(source.pattern), "-printf", "%y %s %T@ %P\\0"};
    case BackupSource::Type::Restic:
        return {"restic", "-r", bytes(source.repository), "snapshots", "--json", "--no-lock"};
    case BackupSource::Type::Borg:
        return {"borg", "list", "--json", "--bypass-lock", bytes(source.repository)};
    }
    return {};
}

CatalogListing readListing(const BackupSource &source, const QByteArray &output)
{
    switch (source.type) {
    case BackupSource::Type::Files:
    case BackupSource::Type::Database:
        return BackupListing::readFind(output, source);
    case BackupSource::Type::Restic:
        return BackupListing::readRestic(output);
    case BackupSource::Type::Borg:
        return BackupListing::readBorg(output, source);
    }
    return {};
}

std::optional<QList<QByteArray>> space(const BackupSource &source)
{
    const QString where = source.isRepository() ? source.repository : source.path;
    if (!isLocalPath(where))
        return std::nullopt;
    return QList<QByteArray> {"df", "-Pk", "--", bytes(folderOf(where))};
}

Expected<Space> readSpace(const QByteArray &output)
{
    // "Filesystem 1024-blocks Used Available Capacity Mounted on", then one line (a long
    // device name may push the numbers onto a line of their own: read the last fields).
    const QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.size() < 2)
        return unexpected(PlanText::tr("df printed no usage line"));
    const QList<QByteArray> fields = lines.mid(1).join(' ').simplified().split(' ');
    if (fields.size() < 5)
        return unexpected(PlanText::tr("df printed an unexpected line"));
    const qsizetype n = fields.size();
    // … blocks used available capacity mount: the mount point may hold spaces, so find
    // the capacity ("NN%") and read the three numbers before it.
    for (qsizetype i = n - 1; i >= 3; --i) {
        if (!fields.at(i).endsWith('%'))
            continue;
        bool okTotal = false, okFree = false;
        const qint64 total = fields.at(i - 3).toLongLong(&okTotal);
        const qint64 free = fields.at(i - 1).toLongLong(&okFree);
        if (!okTotal || !okFree || total < 0 || free < 0)
            break;
        return Space {free * 1024, total * 1024};
    }
    return unexpected(PlanText::tr("df printed an unexpected line"));
}

QByteArray passwordVariable(const BackupSource &source)
{
    switch (source.type) {
    case BackupSource::Type::Restic:
        return "RESTIC_PASSWORD";
    case BackupSource::Type::Borg:
        return "BORG_PASSPHRASE";
    case BackupSource::Type::Database:
        return source.postgres.isEmpty() ? QByteArray() : QByteArray("PGPASSWORD");
    case BackupSource::Type::Files:
        return {};
    }
    return {};
}

namespace {
// Between the listing and df's output: NUL bytes, which neither find's records, restic's
// and borg's JSON nor df print.
const QByteArray spaceMarker = QByteArrayLiteral("\0dozor-space\0");
} // namespace

Expected<QByteArray> refreshScript(const BackupSource &source, const QByteArray &password)
{
    JobStep step;
    step.argv = listing(source);
    const auto env = environment(source, password);
    if (const auto df = space(source))
        return JobScript::forStepThen(step, env, spaceMarker, *df);
    return JobScript::forStep(step, env);
}

RefreshOutput splitRefresh(const BackupSource &source, const QByteArray &output)
{
    if (!space(source))
        return {output, std::nullopt};
    const qsizetype at = output.lastIndexOf(spaceMarker);
    if (at < 0)
        return {output, std::nullopt}; // the listing did not end (cut off, timed out)
    return {output.left(at), output.mid(at + spaceMarker.size())};
}

QList<JobSecret> environment(const BackupSource &source, const QByteArray &password)
{
    QList<JobSecret> env;
    if (const QByteArray variable = passwordVariable(source);
        !variable.isEmpty() && !password.isEmpty())
        env.append({variable, password, true});
    if (source.type == BackupSource::Type::Borg) {
        // A question on stdin (/dev/null) would be read as "no"; say it once, plainly.
        env.append({"BORG_RELOCATED_REPO_ACCESS_IS_OK", "no", false});
        env.append({"BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK", "no", false});
    }
    return env;
}

Expected<JobPlan> verify(const BackupSource &source, const CatalogEntry &backup)
{
    JobPlan plan = planFor(source, "verify",
        PlanText::tr("Verify %1 of %2 on %3").arg(backup.name, source.id, source.targetId));
    switch (source.type) {
    case BackupSource::Type::Restic:
        plan.steps.append(stepOf(PlanText::tr("Check the repository and read a tenth of its data "
                                              "(restic check --read-data-subset=10%)"),
            {"restic", "-r", bytes(source.repository), "check", "--read-data-subset=10%"},
            verifyTimeoutSec));
        return plan;
    case BackupSource::Type::Borg:
        plan.steps.append(stepOf(PlanText::tr("Check the archive (borg check)"),
            {"borg", "check", bytes(source.repository + QStringLiteral("::") + backup.name)},
            verifyTimeoutSec));
        return plan;
    case BackupSource::Type::Files:
    case BackupSource::Type::Database:
        break;
    }
    if (auto named = checkBackupName(backup.name); !named)
        return unexpected(named.error());
    const QByteArray file = bytes(fileIn(source, backup.name));
    if (source.sha256Sidecars && !backup.directory)
        plan.steps.append(stepOf(PlanText::tr("Compare with the checksum file (sha256sum -c)"),
            checksumCheck(folderOf(source.path), backup.name), verifyTimeoutSec));
    if (backup.directory) {
        // A timestamped folder: every file readable, every SQLite file in it intact.
        plan.steps.append(stepOf(PlanText::tr("Check that every file in the folder is readable"),
            shell("bad=$(find \"$1\" ! -readable -print 2>&1 | head -n 3); [ -z \"$bad\" ] && "
                  "exit 0; echo \"cannot read: $bad\" | tr '\\n' ' ' >&2; echo >&2; exit 1",
                {file}),
            verifyTimeoutSec));
        plan.steps.append(stepOf(PlanText::tr("Check the databases in it (PRAGMA integrity_check "
                                              "on a copy)"),
            shell("t=$(mktemp -d) || exit 1; trap 'rm -rf -- \"$t\"' EXIT; "
                  "find \"$1\" -type f \\( -name '*.sqlite3' -o -name '*.sqlite' -o -name '*.db' "
                  "\\) > \"$t/list\" || exit 1; "
                  "while IFS= read -r f; do cp -- \"$f\" \"$t/copy\" || exit 1; "
                  "r=$(sqlite3 \"$t/copy\" 'PRAGMA integrity_check;' 2>&1); "
                  "[ \"$r\" = ok ] || { printf '%s: integrity_check: %s\\n' \"${f#$1/}\" "
                  "\"$(printf '%s' \"$r\" | head -n 3 | tr '\\n' ' ')\" >&2; exit 1; }; "
                  "rm -f -- \"$t/copy\"; done < \"$t/list\"",
                {file}),
            verifyTimeoutSec));
        return plan;
    }
    if (const auto test = fileTest(backup.name, file))
        plan.steps.append(*test);
    if (plan.steps.isEmpty())
        return unexpected(PlanText::tr("Dozor has no test for %1: it tests .tar, .tar.gz, .tgz, "
                                       ".tar.zst, .zip, .gz, .zst, SQLite files, .sql and "
                                       "PostgreSQL custom dumps; add \"sha256_sidecars\" to "
                                       "compare a checksum instead")
                              .arg(backup.name));
    return plan;
}

Expected<JobPlan> download(
    const BackupSource &source, const CatalogEntry &backup, const QString &localFolder)
{
    if (source.isRepository())
        return unexpected(PlanText::tr("%1 is a %2 repository: its snapshots are not files to "
                                       "download; use the restore (or the tool's own restore)")
                              .arg(source.id, backupTypeName(source.type)));
    if (auto named = checkBackupName(backup.name); !named)
        return unexpected(named.error());
    // A day's backup over a slow link: the step's limit is generous, cancel is always safe.
    constexpr int downloadTimeoutSec = 12 * 3600;
    JobPlan plan = planFor(source, "download",
        PlanText::tr("Download %1 of %2 from %3").arg(backup.name, source.id, source.targetId));
    const QString to = QDir(localFolder).filePath(backup.name);
    JobStep copy;
    copy.name = PlanText::tr("Download %1").arg(backup.name);
    copy.action = JobStep::Action::Download;
    copy.source = fileIn(source, backup.name);
    copy.destination = to;
    copy.timeoutSec = downloadTimeoutSec;
    if (source.sha256Sidecars && !backup.directory) {
        // The small checksum file first; removed again when the backup cannot follow it.
        JobStep sum = copy;
        sum.name = PlanText::tr("Download its checksum file %1.sha256").arg(backup.name);
        sum.source += QStringLiteral(".sha256");
        sum.destination += QStringLiteral(".sha256");
        sum.timeoutSec = verifyTimeoutSec;
        JobStep removeSum = stepOf(PlanText::tr("Remove the downloaded checksum file"),
            {"rm", "-f", "--", bytes(sum.destination)}, 60);
        removeSum.action = JobStep::Action::Local;
        sum.undo = {removeSum};
        plan.steps.append(sum);
        copy.onFailure = JobStep::OnFailure::RollBack;
        plan.steps.append(copy);
        // The copy here is the backup on the server, byte for byte, or the job says it is not
        // (both files stay, to look at).
        JobStep check = stepOf(PlanText::tr("Check the copy against its checksum file "
                                            "(sha256sum -c)"),
            checksumCheck(localFolder, backup.name), verifyTimeoutSec);
        check.action = JobStep::Action::Local;
        plan.steps.append(check);
        return plan;
    }
    plan.steps.append(copy);
    return plan;
}

Expected<JobPlan> prune(const BackupSource &source, const QStringList &names)
{
    if (names.isEmpty())
        return unexpected(PlanText::tr("nothing to delete"));
    JobPlan plan = planFor(source, "prune",
        PlanText::tr("Delete %n backup(s) of %1 on %2", nullptr, int(names.size()))
            .arg(source.id, source.targetId));
    for (const QString &name : names) {
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".")
            || name == QLatin1String("..") || name.startsWith(QLatin1Char('-')))
            return unexpected(PlanText::tr("\"%1\" is not a backup name").arg(name.left(80)));
    }
    QList<QByteArray> words;
    for (const QString &name : names)
        words.append(bytes(name));
    switch (source.type) {
    case BackupSource::Type::Restic:
        plan.steps.append(stepOf(
            PlanText::tr("Forget the snapshots and prune (restic forget --prune)"),
            QList<QByteArray> {"restic", "-r", bytes(source.repository), "forget", "--prune", "--"}
                + words,
            backupTimeoutSec));
        break;
    case BackupSource::Type::Borg:
        plan.steps.append(stepOf(PlanText::tr("Delete the archives (borg delete)"),
            QList<QByteArray> {"borg", "delete", "--", bytes(source.repository)} + words,
            backupTimeoutSec));
        plan.steps.append(stepOf(PlanText::tr("Free the space (borg compact)"),
            {"borg", "compact", "--", bytes(source.repository)}, backupTimeoutSec));
        break;
    case BackupSource::Type::Files:
    case BackupSource::Type::Database: {
        QList<QByteArray> args {bytes(folderOf(source.path))};
        for (const QString &name : names) {
            args.append(bytes(name));
            if (source.sha256Sidecars)
                args.append(bytes(name + QStringLiteral(".sha256")));
        }
        plan.steps.append(stepOf(PlanText::tr("Delete the files"),
            shell("cd -- \"$1\" || exit 1; shift; rm -rf -- \"$@\"", args), 3600));
        break;
    }
    }
    // Deleting cannot be undone, and must not stop half way through a name.
    for (JobStep &step : plan.steps)
        step.safeToCancel = false;
    return plan;
}

} // namespace dozor::BackupPlans
