// RestorePlans: the restore job and the rollback of an interrupted one. Every step is a script
// of its own with its values as positional words; the swap and its undo are idempotent, so a
// restore cut anywhere can be rolled back from its state file alone.
#include "BackupPlanSteps.h"
#include "RestorePlans.h"
#include "core/ShellQuote.h"

#include <QLocale>

namespace dozor::RestorePlans {

using namespace BackupPlans::PlanSteps;

namespace {
struct RestoreJobText {
    Q_DECLARE_TR_FUNCTIONS(RestorePlans)
};

constexpr int extractTimeoutSec = 6 * 3600;
constexpr int serviceTimeoutSec = 120;
constexpr int checkIntervalSec = 5;

// "the path exists" for files, folders and links (a dangling link too).
constexpr const char *existsFn = "there() { [ -e \"$1\" ] || [ -L \"$1\" ]; }\n";

// The layout's words every script starts with: base, stage, safety, failed, state.
QList<QByteArray> layoutArgs(const RestoreState &s, const QString &stateFile)
{
    return {bytes(s.base), bytes(s.stage), bytes(s.safety), bytes(s.failed), bytes(stateFile)};
}

const QByteArray layoutVars = "base=$1 stage=$2 safe=$3 failed=$4 state=$5\nshift 5\n";

// Moves the restored copies in, the live ones aside (idempotent: run again after a cut, it
// goes on where it stopped). Each item moved in is recorded ("in P"), and every swap item must
// be in place afterwards. Refused once a rollback of the restore began. Args: the layout, the
// number of swap items, the items (swap items, then the ones only moved aside).
QByteArray swapScript()
{
    return QByteArray(existsFn) + layoutVars
        + "grep -qx 'phase rolling-back' \"$state\" && { echo \"a rollback of this restore began: "
          "finish it (dozor restore rollback)\" >&2; exit 1; }\n"
          "grep -qx 'phase swapped' \"$state\" && exit 0\n"
          "n=$1; shift; i=0\n"
          "for p; do\n"
          "  i=$((i + 1))\n"
          "  if [ $i -gt $n ] || there \"$stage/$p\"; then\n"
          "    if there \"$base/$p\" && ! there \"$safe/$p\"; then\n"
          "      mkdir -p -- \"$(dirname -- \"$safe/$p\")\" && mv -T -- \"$base/$p\" \"$safe/$p\" "
          "|| exit 1\n"
          "    fi\n"
          "  fi\n"
          "  if [ $i -le $n ] && there \"$stage/$p\"; then\n"
          "    mkdir -p -- \"$(dirname -- \"$base/$p\")\" && mv -T -- \"$stage/$p\" \"$base/$p\" "
          "|| exit 1\n"
          "    printf 'in %s\\n' \"$p\" >> \"$state\" || exit 1\n"
          "  fi\n"
          "  if [ $i -le $n ] && ! there \"$base/$p\"; then\n"
          "    echo \"$p is not in place after the swap: its restored copy is missing\" >&2; exit "
          "1\n"
          "  fi\n"
          "done\n"
          "echo 'phase swapped' >> \"$state\"\n";
}

// Puts the live copies back from the safety folder. What the restore moved in goes to the
// failed folder, which is kept (the services may have written to it). Marks the restore as
// rolling back first, so it can never be resumed after. Idempotent.
QByteArray swapBackScript()
{
    return QByteArray(existsFn) + layoutVars
        + "grep -qx 'phase rolling-back' \"$state\" || echo 'phase rolling-back' >> \"$state\" "
          "|| exit 1\n"
          "shift\n"
          "for p; do\n"
          "  if there \"$safe/$p\"; then\n"
          "    if there \"$base/$p\"; then\n"
          "      mkdir -p -- \"$(dirname -- \"$failed/$p\")\" && mv -T -- \"$base/$p\" "
          "\"$failed/$p\" || exit 1\n"
          "    fi\n"
          "    mv -T -- \"$safe/$p\" \"$base/$p\" || exit 1\n"
          "  elif grep -qxF \"absent $p\" \"$state\" && grep -qxF \"in $p\" \"$state\" && there "
          "\"$base/$p\" && ! there \"$failed/$p\"; then\n"
          "    mkdir -p -- \"$(dirname -- \"$failed/$p\")\" && mv -T -- \"$base/$p\" "
          "\"$failed/$p\" || exit 1\n"
          "  fi\n"
          "done\n"
          "if [ -d \"$failed\" ] && [ -z \"$(find \"$failed\" ! -type d -print 2>/dev/null | head "
          "-n "
          "1)\" ]; then rm -rf -- \"$failed\"; fi\n"
          "if [ -d \"$failed\" ]; then echo \"what the restore had put in place is kept in "
          "$failed\"; "
          "fi\n";
}

// Removes the staging folder, the (empty) safety folder and the state file; refuses while the
// safety folder still holds anything but folders.
QByteArray cleanupScript()
{
    return QByteArray(layoutVars)
        + "if [ -d \"$safe\" ]; then\n"
          "  left=$(find \"$safe\" ! -type d -print | head -n 1) || { echo \"cannot read $safe\" "
          ">&2; exit 1; }\n"
          "  [ -z \"$left\" ] || { echo \"the safety copy $safe still holds files: it was not put "
          "back\" >&2; exit 1; }\n"
          "fi\n"
          "rm -rf -- \"$stage\" && rm -rf -- \"$safe\" && rm -f -- \"$state\"\n";
}

JobStep scriptStep(const QString &name, const QByteArray &script, const QList<QByteArray> &args,
    int timeoutSec = 600)
{
    JobStep step = stepOf(name, shell(script, args), timeoutSec);
    step.safeToCancel = false;
    return step;
}

// The swap as two steps: a mark that it begins, whose undo puts the live copy back (so a swap
// that fails half way is undone too: a failing step itself never is), then the swap. cleanup:
// the undo also removes the staging folder and the record (a resume, whose plan has no prepare
// step to do that).
QList<JobStep> swapSteps(const RestoreState &s, const QString &state, bool cleanup)
{
    QList<QByteArray> args = layoutArgs(s, state);
    args.append(QByteArray::number(s.swap.size()));
    for (const QString &p : s.swap + s.aside)
        args.append(bytes(p));
    JobStep mark = scriptStep(RestoreJobText::tr("Record on the server that the swap begins"),
        "grep -qx 'phase swapping' \"$1\" || echo 'phase swapping' >> \"$1\"", {bytes(state)});
    mark.undo = {cleanup
            ? scriptStep(RestoreJobText::tr("Put the live copy back (rename) and remove the "
                                            "restore's record"),
                swapBackScript() + cleanupScript().mid(layoutVars.size()), args, extractTimeoutSec)
            : scriptStep(
                RestoreJobText::tr("Put the live copy back (rename)"), swapBackScript(), args)};
    mark.onFailure = JobStep::OnFailure::RollBack;
    JobStep swap = scriptStep(
        RestoreJobText::tr("Swap the restored copy in (rename; the live copy moves to %1)")
            .arg(s.safety),
        swapScript(), args);
    swap.onFailure = JobStep::OnFailure::RollBack;
    return {mark, swap};
}

// The server's checks, run here until they pass: a failure rolls the restore back, or (they
// failed before it too) is noted and the restored state kept.
JobStep checksStep(const BackupSource &source, const QList<QByteArray> &argv, bool rollBack)
{
    JobStep checks = stepOf(RestoreJobText::tr("Run the server's checks until they pass (a try "
                                               "every %1 s for %2 s)")
                                .arg(checkIntervalSec)
                                .arg(QLocale().toString(source.postCheckTimeoutSec)),
        argv, 60);
    checks.action = JobStep::Action::Local;
    checks.retries = std::max(0, source.postCheckTimeoutSec / checkIntervalSec - 1);
    checks.retryDelaySec = checkIntervalSec;
    checks.onFailure = rollBack ? JobStep::OnFailure::RollBack : JobStep::OnFailure::Continue;
    return checks;
}

// The service steps: stop (its undo starts) and start (its undo stops).
std::pair<QList<JobStep>, QList<JobStep>> serviceSteps(const BackupSource &source)
{
    QList<JobStep> stops, starts;
    // The service's own commands never get the repository's password in their environment.
    const QByteArray secret = BackupPlans::passwordVariable(source);
    const auto argvOf = [&secret](const QStringList &words) {
        QList<QByteArray> argv;
        if (!secret.isEmpty())
            argv = {"env", "-u", secret, "--"};
        for (const QString &w : words)
            argv.append(bytes(w));
        return argv;
    };
    // A stop whose undo starts, and a start whose undo stops.
    const auto add = [&](const QString &stopName, const QList<QByteArray> &stopArgv,
                         const QString &startName, const QList<QByteArray> &startArgv) {
        JobStep stop = stepOf(stopName, stopArgv, serviceTimeoutSec);
        JobStep start = stepOf(startName, startArgv, serviceTimeoutSec);
        stop.undo = {start};
        start.undo = {stop};
        stops.append(stop);
        starts.prepend(start);
    };
    for (const QString &unit : source.services)
        add(RestoreJobText::tr("Stop %1").arg(unit), {"systemctl", "stop", "--", bytes(unit)},
            RestoreJobText::tr("Start %1").arg(unit), {"systemctl", "start", "--", bytes(unit)});
    if (!source.stopCommand.isEmpty())
        add(RestoreJobText::tr("Stop the service (%1)")
                .arg(source.stopCommand.join(QLatin1Char(' '))),
            argvOf(source.stopCommand),
            RestoreJobText::tr("Start the service (%1)")
                .arg(source.startCommand.join(QLatin1Char(' '))),
            argvOf(source.startCommand));
    for (JobStep &s : stops)
        s.onFailure = JobStep::OnFailure::RollBack;
    for (JobStep &s : starts)
        s.onFailure = JobStep::OnFailure::RollBack;
    return {stops, starts};
}

// The modes and owners the source asks for, set on the staged copies of the swap items (a
// missing one is skipped: a resume after the swap began). Undone with the staging folder.
QList<JobStep> ownershipSteps(const BackupSource &source, const RestoreState &s)
{
    QList<JobStep> steps;
    QList<QByteArray> items;
    for (const QString &item : s.swap)
        items.append(bytes(s.stage + QLatin1Char('/') + item));
    if (!source.fileMode.isEmpty() || !source.dirMode.isEmpty()) {
        steps.append(scriptStep(
            RestoreJobText::tr("Set the modes of the restored files (%1) and folders (%2)")
                .arg(source.fileMode.isEmpty() ? QStringLiteral("—") : source.fileMode,
                    source.dirMode.isEmpty() ? QStringLiteral("—") : source.dirMode),
            "f=$1 d=$2; shift 2; for p; do [ -e \"$p\" ] || continue; if [ -n \"$f\" ]; then find "
            "\"$p\" -type f -exec chmod -- \"$f\" {} + || exit 1; fi; if [ -n \"$d\" ]; then find "
            "\"$p\" -type d -exec chmod -- \"$d\" {} + || exit 1; fi; done",
            QList<QByteArray> {bytes(source.fileMode), bytes(source.dirMode)} + items,
            extractTimeoutSec));
    }
    if (!source.owner.isEmpty() || !source.group.isEmpty()) {
        const QString who =
            source.owner + (source.group.isEmpty() ? QString() : QLatin1Char(':') + source.group);
        steps.append(scriptStep(RestoreJobText::tr("Give the restored files to %1").arg(who),
            "who=$1; shift; for p; do [ -e \"$p\" ] || continue; chown -R -- \"$who\" \"$p\" || "
            "exit 1; done",
            QList<QByteArray> {bytes(who)} + items, extractTimeoutSec));
    }
    for (JobStep &step : steps)
        step.onFailure = JobStep::OnFailure::RollBack;
    return steps;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString nameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QByteArray stateText(const RestoreState &s)
{
    QByteArray text = "dozor-restore 1\n";
    const auto line = [&text](const char *key, const QString &value) {
        text += QByteArray(key) + ' ' + bytes(value) + '\n';
    };
    line("source", s.sourceId);
    line("backup", s.backupName);
    line("stamp", s.stamp);
    line("base", s.base);
    line("stage", s.stage);
    line("safety", s.safety);
    line("failed", s.failed);
    for (const QString &p : s.swap)
        line("swap", p);
    for (const QString &p : s.aside)
        line("aside", p);
    return text;
}
} // namespace

QString stateFile(const BackupSource &source)
{
    QString live = source.restoreTo;
    while (live.size() > 1 && live.endsWith(QLatin1Char('/')))
        live.chop(1);
    return parentOf(live) + QStringLiteral("/.") + nameOf(live) + QStringLiteral(".dozor-restore");
}

QString safetyFolder(const BackupSource &source, const QString &stamp)
{
    QString live = source.restoreTo;
    while (live.size() > 1 && live.endsWith(QLatin1Char('/')))
        live.chop(1);
    return parentOf(live) + QStringLiteral("/.") + nameOf(live) + QStringLiteral(".dozor-safety-")
        + stamp;
}

Expected<RestoreState> readState(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || lines.constFirst() != "dozor-restore 1")
        return unexpected(RestoreJobText::tr("not a restore state file of this Dozor"));
    RestoreState s;
    // "key value" lines: one value, a list's entry, or a phase reached.
    const QHash<QByteArray, QString *> fields {{"source", &s.sourceId}, {"backup", &s.backupName},
        {"stamp", &s.stamp}, {"base", &s.base}, {"stage", &s.stage}, {"safety", &s.safety},
        {"failed", &s.failed}};
    const QHash<QByteArray, QStringList *> lists {
        {"swap", &s.swap}, {"aside", &s.aside}, {"absent", &s.absent}, {"in", &s.movedIn}};
    const QHash<QString, bool *> phases {{QStringLiteral("staged"), &s.staged},
        {QStringLiteral("swapping"), &s.swapping}, {QStringLiteral("swapped"), &s.swapped},
        {QStringLiteral("rolling-back"), &s.rollingBack}};
    for (const QByteArray &raw : lines.mid(1)) {
        const qsizetype space = raw.indexOf(' ');
        if (space <= 0)
            continue;
        const QByteArray key = raw.left(space);
        const QString value = QString::fromUtf8(raw.mid(space + 1));
        if (QString *field = fields.value(key))
            *field = value;
        else if (QStringList *list = lists.value(key))
            list->append(value);
        else if (bool *phase = key == "phase" ? phases.value(value) : nullptr)
            *phase = true;
    }
    // Everything the scripts touch must be where a restore of Dozor's puts it.
    for (const auto &[folder, kind] : {std::pair {&s.stage, "stage-"},
             std::pair {&s.safety, "safety-"}, std::pair {&s.failed, "failed-"}}) {
        const QString name = nameOf(*folder);
        if ((parentOf(*folder) != parentOf(s.base) && parentOf(*folder) != s.base)
            || !name.startsWith(QLatin1Char('.'))
            || !name.contains(QStringLiteral(".dozor-") + QLatin1String(kind)))
            return unexpected(RestoreJobText::tr("the state file names %1, which is not where "
                                                 "Dozor puts a restore's folders")
                                  .arg(*folder));
    }
    if (s.base.isEmpty() || !s.base.startsWith(QLatin1Char('/')) || s.swap.isEmpty())
        return unexpected(RestoreJobText::tr("the state file is incomplete"));
    for (const QString &p : s.swap + s.aside) {
        QString why;
        if (!RestoreTree::relativePath(p, QStringLiteral("/x"), &why))
            return unexpected(RestoreJobText::tr("the state file names %1: %2").arg(p, why));
    }
    return s;
}

Expected<JobPlan> restorePlan(const BackupSource &source, const CatalogEntry &backup,
    const RestorePreviewReport &report, const RestoreOptions &options)
{
    if (!report.error.isEmpty())
        return unexpected(report.error);
    if (!report.findings.isEmpty())
        return unexpected(
            RestoreJobText::tr("the preview found what blocks this restore: %1")
                .arg(report.findings.constFirst().path.isEmpty() ? report.findings.constFirst().why
                                                                 : report.findings.constFirst().path
                            + QStringLiteral(": ") + report.findings.constFirst().why));
    if (report.kind == RestorePreviewReport::Kind::Dump)
        return unexpected(RestoreJobText::tr("Dozor previews dumps but does not restore them yet: "
                                             "restore %1 with pg_restore or psql")
                              .arg(backup.name));
    if (options.stamp.isEmpty() || options.stamp.contains(QLatin1Char('/')))
        return unexpected(RestoreJobText::tr("a restore needs a stamp"));
    const QString live = report.restoreTo;
    for (const QString &p : report.paths) {
        if (p.contains(QLatin1Char('\n')))
            return unexpected(RestoreJobText::tr("a path with a line break cannot be restored"));
    }
    const QString parent = parentOf(live);
    const QString name = nameOf(live);
    RestoreState s;
    s.sourceId = source.id;
    s.backupName = backup.name;
    s.stamp = options.stamp;
    const bool whole = report.paths.isEmpty();
    s.base = whole ? parent : live;
    s.swap = whole ? QStringList {name} : report.paths;
    const QString hidden = parent + QStringLiteral("/.") + name + QStringLiteral(".dozor-");
    s.stage = hidden + QStringLiteral("stage-") + options.stamp;
    s.safety = hidden + QStringLiteral("safety-") + options.stamp;
    s.failed = hidden + QStringLiteral("failed-") + options.stamp;
    const bool sqlite = report.kind == RestorePreviewReport::Kind::Sqlite;
    if (sqlite) {
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            s.aside.append(name + QLatin1String(suffix));
    }
    const QString state = stateFile(source);
    const QList<QByteArray> layout = layoutArgs(s, state);

    JobPlan plan = planFor(source, "restore",
        RestoreJobText::tr("Restore %1 %2 into %3").arg(source.id, backup.name, live));
    plan.incidentId = options.incidentId;
    // What the staged copy must hold, and the space it takes.
    qint64 stagedBytes = sqlite ? backup.size.value_or(0) : 0;
    QList<QByteArray> expected;
    if (!sqlite) {
        for (const QString &item : s.swap) {
            const QString under = whole ? QString() : item;
            qint64 count = 0, size = 0;
            for (const PreviewItem &i : report.tree.items) {
                if (!i.backup
                    || !(under.isEmpty() || i.path == under
                        || i.path.startsWith(under + QLatin1Char('/'))))
                    continue;
                ++count;
                if (i.backup->type == 'f')
                    size += i.backup->size;
            }
            stagedBytes += size;
            expected << bytes(item) << (whole ? "1" : "0") << QByteArray::number(count)
                     << QByteArray::number(size);
        }
    }

    // 1. The free space, then the staging and safety folders and the state file.
    QList<QByteArray> prepareArgs = layout;
    prepareArgs << QByteArray::number(stagedBytes / 1024 + stagedBytes / 20480 + 1) << stateText(s);
    prepareArgs += [&] {
        QList<QByteArray> items;
        for (const QString &p : s.swap + s.aside)
            items.append(bytes(p));
        return items;
    }();
    JobStep prepare =
        scriptStep(RestoreJobText::tr("Check the free space and record the restore on the server"),
            QByteArray(existsFn) + layoutVars
                + "need=$1 text=$2; shift 2\n"
                  "if there \"$state\"; then echo \"a restore into $base is under way or was "
                  "interrupted ($state): resume or roll it back first (dozor restore "
                  "resume|rollback)\" >&2; exit 1; "
                  "fi\n"
                  "[ -d \"$base\" ] || { echo \"$base is not a folder\" >&2; exit 1; }\n"
                  "free=$(df -Pk -- \"$base\" | awk 'NR == 2 { print $4 }')\n"
                  "[ -n \"$free\" ] || { echo \"cannot read the free space of $base (df -Pk)\" "
                  ">&2; exit 1; }\n"
                  "[ \"$free\" -ge \"$need\" ] 2>/dev/null || { echo \"not enough space in $base: "
                  "the restore needs $need KiB, $free KiB are free\" >&2; exit 1; }\n"
                  "dev=$(stat -c %d -- \"${stage%/*}\") || exit 1\n"
                  "for p; do there \"$base/$p\" || continue; d=$(stat -c %d -- \"$base/$p\") || "
                  "exit 1; [ \"$d\" = \"$dev\" ] || { echo \"$base/$p is on another filesystem "
                  "than ${stage%/*} (a mount point?): a restore swaps by rename, within one "
                  "filesystem\" >&2; exit 1; }; done\n"
                  "mkdir -- \"$stage\" \"$safe\" || exit 1\n"
                  "{ printf '%s' \"$text\"; for p; do there \"$base/$p\" || printf 'absent %s\\n' "
                  "\"$p\"; done; } > \"$state.tmp\" && mv -f -- \"$state.tmp\" \"$state\"\n",
            prepareArgs);
    prepare.undo = {
        scriptStep(RestoreJobText::tr("Remove the staging folder and the restore's record"),
            cleanupScript(), layout, extractTimeoutSec)};
    prepare.onFailure = JobStep::OnFailure::RollBack;
    plan.steps.append(prepare);

    // 2. The backup into the staging folder, then checked.
    const QString extract = s.stage + QStringLiteral("/.extract");
    const QString root = report.root;
    const auto inBackup = [&](const QString &item) -> QString {
        const QString p = whole ? QString() : item;
        if (root.isEmpty())
            return p;
        return p.isEmpty() ? root : root + QLatin1Char('/') + p;
    };
    JobStep get;
    if (sqlite) {
        get = scriptStep(RestoreJobText::tr("Copy the backup into the staging folder"),
            // Its owner and mode those of the live database (the app must still write it).
            "cp -p -- \"$1\" \"$2\" || exit 1; [ -e \"$3\" ] || exit 0; chown --reference=\"$3\" "
            "-- "
            "\"$2\" && chmod --reference=\"$3\" -- \"$2\"",
            {bytes(fileIn(source, backup.name)), bytes(s.stage + QLatin1Char('/') + name),
                bytes(live)},
            extractTimeoutSec);
    } else {
        QList<QByteArray> argv;
        QStringList members;
        for (const QString &item : s.swap) {
            if (!inBackup(item).isEmpty())
                members.append(inBackup(item));
        }
        switch (source.type) {
        case BackupSource::Type::Restic:
            argv = {"restic", "-r", bytes(source.repository), "restore", bytes(backup.name),
                "--target", bytes(extract)};
            for (const QString &m : members)
                argv << "--include" << bytes(QLatin1Char('/') + m);
            break;
        case BackupSource::Type::Borg:
            argv = shell("cd -- \"$1\" && shift && exec borg extract \"$@\"",
                {bytes(extract), "--",
                    bytes(source.repository + QStringLiteral("::") + backup.name)});
            for (const QString &m : members)
                argv.append(bytes(m));
            break;
        case BackupSource::Type::Files:
        case BackupSource::Type::Database:
            if (backup.directory) {
                // A timestamped folder: copied (cp -a keeps modes, owners and times).
                QList<QByteArray> args {bytes(fileIn(source, backup.name)), bytes(extract)};
                for (const QString &item : s.swap) {
                    if (!inBackup(item).isEmpty())
                        args.append(bytes(inBackup(item)));
                }
                argv = shell("src=$1 x=$2; shift 2; if [ $# -eq 0 ]; then rmdir -- \"$x\" && "
                             "cp -a -- \"$src\" \"$x\"; exit; fi; for p; do mkdir -p -- "
                             "\"$(dirname -- \"$x/$p\")\" && cp -a -- \"$src/$p\" \"$x/$p\" || "
                             "exit 1; done",
                    args);
            } else {
                argv = {
                    "tar", "-xpf", bytes(fileIn(source, backup.name)), "-C", bytes(extract), "--"};
                for (const QString &m : members)
                    argv.append(bytes(report.dotSlashNames ? QStringLiteral("./") + m : m));
            }
            break;
        }
        JobStep make = scriptStep(RestoreJobText::tr("Make the extraction folder"),
            "rm -rf -- \"$1\" && mkdir -- \"$1\"", {bytes(extract)});
        make.onFailure = JobStep::OnFailure::RollBack;
        plan.steps.append(make);
        get = stepOf(RestoreJobText::tr("Extract the backup into the staging folder"), argv,
            extractTimeoutSec);
        get.safeToCancel = true;
        get.onFailure = JobStep::OnFailure::RollBack;
        plan.steps.append(get);
        // The extracted part of the backup to each item's place in the staging folder.
        QList<QByteArray> places {bytes(extract), bytes(s.stage)};
        for (const QString &item : s.swap)
            places << bytes(inBackup(item)) << bytes(item);
        get = scriptStep(RestoreJobText::tr("Put the restored copy in place in the staging folder"),
            "x=$1 stage=$2; shift 2; while [ $# -gt 0 ]; do src=$x${1:+/$1} dst=$stage/$2; "
            "shift 2; [ -e \"$src\" ] || { echo \"the backup holds no ${src#$x/}\" >&2; exit "
            "1; }; mkdir -p -- \"$(dirname -- \"$dst\")\" && mv -T -- \"$src\" \"$dst\" || "
            "exit 1; done; rm -rf -- \"$x\"",
            places);
    }
    get.onFailure = JobStep::OnFailure::RollBack;
    plan.steps.append(get);
    QList<QByteArray> verifyArgs {bytes(s.stage), bytes(state)};
    JobStep verify;
    if (sqlite) {
        verifyArgs << bytes(name) << QByteArray::number(backup.size.value_or(-1));
        verify = scriptStep(RestoreJobText::tr("Check the staged database (integrity_check)"),
            "f=$1/$3; r=$(sqlite3 -readonly \"$f\" 'PRAGMA integrity_check' 2>&1); [ \"$r\" = ok ] "
            "|| { echo \"the staged copy fails integrity_check: $r\" >&2; exit 1; }; "
            "[ \"$4\" -lt 0 ] || [ \"$(wc -c < \"$f\")\" -eq \"$4\" ] || { echo \"the staged copy "
            "is not as large as the backup\" >&2; exit 1; }; echo 'phase staged' >> \"$2\"",
            verifyArgs, extractTimeoutSec);
    } else {
        verifyArgs += expected;
        verify = scriptStep(
            RestoreJobText::tr("Check the staged copy against the backup's listing"),
            "stage=$1 state=$2; shift 2; while [ $# -gt 0 ]; do p=$1 depth=$2 want=\"$3 $4\"; "
            "shift 4; got=$(find \"$stage/$p\" -mindepth \"$depth\" -printf '%y %s\\n' | awk "
            "'{ n++; if ($1 == \"f\") s += $2 } END { printf \"%.0f %.0f\", n, s }'); [ \"$got\" "
            "= \"$want\" ] || { echo \"the staged copy of $p holds $got (entries, bytes); the "
            "backup lists $want\" >&2; exit 1; }; done; echo 'phase staged' >> \"$state\"",
            verifyArgs, extractTimeoutSec);
    }
    verify.onFailure = JobStep::OnFailure::RollBack;
    plan.steps.append(verify);

    // 3. Owners and modes, set on the staged copy (the live folder never has the wrong ones:
    // the 403-after-deploy lesson).
    plan.steps += ownershipSteps(source, s);

    // 4. Only now the services stop (started again by a rollback): the swap, by rename.
    const auto [stops, starts] = serviceSteps(source);
    plan.steps += stops;
    plan.steps += swapSteps(s, state, /*cleanup=*/false);

    // 5. The services start (stopped again by a rollback), then the server's checks.
    plan.steps += starts;
    if (!options.checkArgv.isEmpty())
        plan.steps.append(checksStep(source, options.checkArgv, options.rollBackWhenChecksFail));
    // 6. Done: the record and the staging folder go; the safety copy stays.
    plan.steps.append(scriptStep(
        RestoreJobText::tr("Finish: remove the restore's record (the copy from before stays in %1)")
            .arg(s.safety),
        "stage=$1 state=$2; rm -rf -- \"$stage\" && rm -f -- \"$state\"",
        {bytes(s.stage), bytes(state)}));
    return plan;
}

QString describe(const JobPlan &plan)
{
    QStringList lines;
    int n = 0;
    for (const JobStep &step : plan.steps) {
        lines.append(QStringLiteral("%1. %2").arg(++n).arg(step.name));
        QStringList words;
        for (const QByteArray &arg : step.argv) {
            if (arg.contains('\n')) {
                words.append(QStringLiteral("<script>"));
                continue;
            }
            const auto quoted = ShellQuote::quote(arg);
            words.append(quoted ? QString::fromUtf8(*quoted) : QString::fromUtf8(arg));
        }
        lines.append(QStringLiteral("   ")
            + (step.action == JobStep::Action::Local ? RestoreJobText::tr("on this computer: ")
                                                     : QString())
            + words.join(QLatin1Char(' ')));
        if (!step.undo.isEmpty())
            lines.append(QStringLiteral("   ")
                + RestoreJobText::tr("undone by: %1").arg(step.undo.constFirst().name));
    }
    return lines.join(QLatin1Char('\n'));
}

bool checksFailed(const JobPlan &plan, const QList<JobStepRecord> &steps)
{
    const auto checks = std::find_if(plan.steps.cbegin(), plan.steps.cend(),
        [](const JobStep &step) { return step.action == JobStep::Action::Local; });
    if (checks == plan.steps.cend())
        return false;
    const int index = int(checks - plan.steps.cbegin());
    const JobStepRecord *last = nullptr;
    for (const JobStepRecord &r : steps) {
        if (r.step == index && !r.undo && (!last || r.attempt > last->attempt))
            last = &r;
    }
    return last && last->state != QLatin1String("done");
}

JobPlan rollbackPlan(const BackupSource &source, const RestoreState &s)
{
    const QList<QByteArray> layout = layoutArgs(s, stateFile(source));
    JobPlan plan = planFor(source, "restore",
        RestoreJobText::tr("Roll back the restore of %1 %2").arg(s.sourceId, s.backupName));
    const auto [stops, starts] = serviceSteps(source);
    for (JobStep stop : stops) {
        stop.undo.clear();
        stop.onFailure = JobStep::OnFailure::Continue; // it may be stopped already
        plan.steps.append(stop);
    }
    QList<QByteArray> swapArgs = layout;
    swapArgs.append(QByteArray::number(s.swap.size()));
    for (const QString &p : s.swap + s.aside)
        swapArgs.append(bytes(p));
    plan.steps.append(
        scriptStep(RestoreJobText::tr("Put the live copy back (rename); what the restore had put "
                                      "in place goes to %1")
                       .arg(s.failed),
            swapBackScript(), swapArgs));
    plan.steps.append(
        scriptStep(RestoreJobText::tr("Remove the staging folder and the restore's record"),
            cleanupScript(), layout));
    for (JobStep start : starts) {
        start.undo.clear();
        plan.steps.append(start);
    }
    return plan;
}

Expected<JobPlan> resumePlan(
    const BackupSource &source, const RestoreState &s, const QList<QByteArray> &checkArgv)
{
    if (s.rollingBack)
        return unexpected(RestoreJobText::tr("a rollback of it began: finish the rollback "
                                             "(dozor restore rollback)"));
    if (!s.staged && !s.swapped)
        return unexpected(RestoreJobText::tr("the restore was cut before its copy was ready: roll "
                                             "it back, then restore again"));
    const QString state = stateFile(source);
    const QList<QByteArray> layout = layoutArgs(s, state);
    JobPlan plan = planFor(source, "restore",
        RestoreJobText::tr("Finish the restore of %1 %2").arg(s.sourceId, s.backupName));
    const auto [stops, starts] = serviceSteps(source);
    for (JobStep stop : stops) {
        stop.onFailure = JobStep::OnFailure::Continue; // it may be stopped already
        plan.steps.append(stop);
    }
    if (!s.swapped)
        plan.steps += ownershipSteps(source, s);
    plan.steps += swapSteps(s, state, /*cleanup=*/true);
    plan.steps += starts;
    if (!checkArgv.isEmpty())
        plan.steps.append(checksStep(source, checkArgv, /*rollBack=*/true));
    plan.steps.append(scriptStep(
        RestoreJobText::tr("Finish: remove the restore's record (the copy from before stays in %1)")
            .arg(s.safety),
        "stage=$1 state=$2; rm -rf -- \"$stage\" && rm -f -- \"$state\"",
        {bytes(s.stage), bytes(state)}));
    return plan;
}

} // namespace dozor::RestorePlans
