// The steps restores and their rollbacks are made of. The swap and its undo are idempotent, so
// a restore cut anywhere can be rolled back from its state file alone.
#include "RestoreSteps.h"

#include <QLocale>

namespace dozor::RestorePlans::RestoreSteps {

namespace {
// Refuses (in words) when a folder above an item, inside $base, is a link: moving the item would
// act somewhere else. The items are the script's positional words.
QByteArray noLinksAbove()
{
    return "for p; do q=$p; while q=$(dirname -- \"$q\") && [ \"$q\" != . ] && [ \"$q\" != / ]; "
           "do if [ -L \"$base/$q\" ] || { [ -e \"$base/$q\" ] && [ ! -d \"$base/$q\" ]; }; "
           "then echo \"$base/$q is not a folder (a link, say): $p is not moved through it\" >&2; "
           "exit 1; fi; done; done\n";
}

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
        + noLinksAbove()
        + "for p; do\n"
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
} // namespace

QList<QByteArray> layoutArgs(const RestoreState &s, const QString &stateFile)
{
    return {bytes(s.base), bytes(s.stage), bytes(s.safety), bytes(s.failed), bytes(stateFile)};
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
        + noLinksAbove()
        + "for p; do\n"
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
          "if [ -d \"$failed\" ] && left=$(find \"$failed\" ! -type d -print -quit) && [ -z "
          "\"$left\" ]; then rm -rf -- \"$failed\"; fi\n"
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
          "  left=$(find \"$safe\" ! -type d -print -quit) || { echo \"cannot read $safe\" >&2; "
          "exit 1; }\n"
          "  [ -z \"$left\" ] || { echo \"the safety copy $safe still holds files: it was not put "
          "back\" >&2; exit 1; }\n"
          "fi\n"
          "rm -rf -- \"$stage\" && rm -rf -- \"$safe\" && rm -f -- \"$state\"\n";
}

JobStep scriptStep(
    const QString &name, const QByteArray &script, const QList<QByteArray> &args, int timeoutSec)
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
    mark.undo = {
        cleanup ? scriptStep(RestoreJobText::tr("Put the live copy back (rename) and remove the "
                                                "restore's record"),
            swapBackScript() + cleanupScript().mid(qstrlen(layoutVars)), args, extractTimeoutSec)
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

JobStep finishStep(const RestoreState &s, const QString &state, const QString &last)
{
    // (The record copied whole, then the old one removed: a cut leaves one of the two.)
    return scriptStep(RestoreJobText::tr("Finish: remove the staging folder and keep the "
                                         "restore's record as the last restore's (the copy from "
                                         "before stays in %1)")
                          .arg(s.safety),
        "stage=$1 state=$2 last=$3; rm -rf -- \"$stage\" && { cat -- \"$state\" && echo 'phase "
        "done'; } > \"$last.tmp\" && mv -f -- \"$last.tmp\" \"$last\" && rm -f -- \"$state\"",
        {bytes(s.stage), bytes(state), bytes(last)});
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString liveFolder(const BackupSource &source)
{
    QString path = source.restoreTo;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString besideLive(const QString &live, const QString &what)
{
    return parentOf(live) + QStringLiteral("/.") + nameOf(live) + QStringLiteral(".dozor-") + what;
}

QString nameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace dozor::RestorePlans::RestoreSteps
