// RestorePlans: the restore job as a plan of steps (RestoreSteps.h), its description, and how its
// checks ended.
#include "RestoreSteps.h"
#include "core/ShellQuote.h"

#include <QDateTime>
#include <QTimeZone>

namespace dozor::RestorePlans {

using namespace RestoreSteps;

namespace {
// A path as restic's --include reads it: a pattern, so its *, ?, [ and \ taken literally.
QString resticLiteral(const QString &path)
{
    QString out;
    out.reserve(path.size() + 8);
    for (const QChar c : path) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    return out;
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

QString newStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QString stampText(const QString &stamp)
{
    QDateTime t = QDateTime::fromString(stamp.left(15), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!t.isValid())
        return stamp;
    t.setTimeZone(QTimeZone::utc());
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
    s.stage = besideLive(live, QStringLiteral("stage-") + options.stamp);
    s.safety = besideLive(live, QStringLiteral("safety-") + options.stamp);
    s.failed = besideLive(live, QStringLiteral("failed-") + options.stamp);
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
                argv << "--include" << bytes(QLatin1Char('/') + resticLiteral(m));
            break;
        case BackupSource::Type::Borg:
            argv = shell("cd -- \"$1\" && shift && exec borg extract \"$@\"",
                {bytes(extract), "--",
                    bytes(source.repository + QStringLiteral("::") + backup.name)});
            for (const QString &m : members) // (a path, never a pattern: "pp:", path prefix)
                argv.append(bytes(QStringLiteral("pp:") + m));
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
    plan.steps.append(finishStep(s, state, lastRestoreFile(source)));
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

} // namespace dozor::RestorePlans
