// RestorePlans: what a restore left on the server (its record, read back), and the plans that
// finish an interrupted restore or roll back an interrupted or finished one.
#include "RestoreSteps.h"

namespace dozor::RestorePlans {

using namespace RestoreSteps;

QString stateFile(const BackupSource &source)
{
    return besideLive(liveFolder(source), QStringLiteral("restore"));
}

QString safetyFolder(const BackupSource &source, const QString &stamp)
{
    return besideLive(liveFolder(source), QStringLiteral("safety-") + stamp);
}

QString lastRestoreFile(const BackupSource &source)
{
    return besideLive(liveFolder(source), QStringLiteral("restored"));
}

Expected<RestoreState> readState(const BackupSource &source, const QByteArray &text, bool finished)
{
    QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || lines.constFirst() != "dozor-restore 1")
        return unexpected(RestoreJobText::tr("not a restore state file of this Dozor"));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    // The last restore's record ends with the line that says it finished: else it was cut.
    if (finished && lines.constLast() != "phase done")
        return unexpected(RestoreJobText::tr("the record of the last restore is incomplete"));
    RestoreState s;
    s.finished = finished;
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
    if (s.sourceId != source.id)
        return unexpected(RestoreJobText::tr("it is the record of a restore of %1, not of %2")
                              .arg(s.sourceId.left(100), source.id));
    if (s.stamp.isEmpty() || !std::all_of(s.stamp.cbegin(), s.stamp.cend(), [](QChar c) {
            return c.isDigit() || c == u'-';
        }))
        return unexpected(RestoreJobText::tr("the state file is incomplete"));
    // Everything the scripts touch must be exactly where a restore of this source puts it:
    // restore_to or its parent, and the folders beside restore_to named for this stamp.
    const QString live = liveFolder(source);
    const QString parent = parentOf(live), name = nameOf(live);
    for (const auto &[folder, kind] : {std::pair {&s.stage, "stage-"},
             std::pair {&s.safety, "safety-"}, std::pair {&s.failed, "failed-"}}) {
        if (*folder != besideLive(live, QLatin1String(kind) + s.stamp))
            return unexpected(RestoreJobText::tr("the state file names %1, which is not where "
                                                 "Dozor puts a restore's folders")
                                  .arg(folder->left(300)));
    }
    const bool whole = s.base == parent && s.base != live;
    if ((s.base != live && !whole) || s.swap.isEmpty())
        return unexpected(RestoreJobText::tr("the state file names %1, which is not %2 or the "
                                             "folder it is in")
                              .arg(s.base.left(300), live));
    // A whole restore swaps the folder (or database) itself, with only a database's own
    // companions moved aside; a partial one swaps paths inside it and moves nothing aside.
    const QStringList companions {name + QStringLiteral("-wal"), name + QStringLiteral("-shm"),
        name + QStringLiteral("-journal")};
    if (whole ? (s.swap != QStringList {name}
            || !std::all_of(s.aside.cbegin(), s.aside.cend(),
                [&](const QString &a) { return companions.contains(a); }))
              : !s.aside.isEmpty())
        return unexpected(RestoreJobText::tr("the state file names items that a restore into %1 "
                                             "does not move: %2")
                              .arg(live, (s.swap + s.aside).join(QStringLiteral(", ")).left(300)));
    for (const QString &p : s.swap + s.aside) {
        QString why;
        if (!RestoreTree::relativePath(p, QStringLiteral("/x"), &why))
            return unexpected(RestoreJobText::tr("the state file names %1: %2").arg(p, why));
    }
    return s;
}

JobPlan rollbackPlan(const BackupSource &source, const RestoreState &s)
{
    const QList<QByteArray> layout = layoutArgs(s, stateFile(source));
    JobPlan plan = planFor(source, "restore",
        RestoreJobText::tr("Roll back the restore of %1 %2").arg(s.sourceId, s.backupName));
    if (s.finished) {
        // The record of the last restore becomes the record of this rollback again, once the
        // copy from before is known to be there still.
        QList<QByteArray> args {
            bytes(lastRestoreFile(source)), bytes(stateFile(source)), bytes(s.safety)};
        for (const QString &p : s.swap) {
            if (!s.absent.contains(p))
                args.append(bytes(p));
        }
        plan.steps.append(scriptStep(
            RestoreJobText::tr("Check that the copy from before is still in %1, and reopen the "
                               "restore's record for the rollback")
                .arg(s.safety),
            QByteArray(existsFn)
                + "last=$1 state=$2 safe=$3; shift 3\n"
                  "if there \"$state\"; then echo \"another restore is under way or was "
                  "interrupted ($state): resume or roll it back first\" >&2; exit 1; fi\n"
                  "for p; do there \"$safe/$p\" || { echo \"the copy from before is gone "
                  "($safe/$p): there is nothing to roll back to\" >&2; exit 1; }; done\n"
                  "{ grep -vx 'phase done' -- \"$last\" && echo 'phase rolling-back'; } > "
                  "\"$state.tmp\" && mv -f -- \"$state.tmp\" \"$state\" && rm -f -- \"$last\"\n",
            args));
    }
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
    if (s.finished)
        return unexpected(RestoreJobText::tr("it finished: there is nothing to finish (dozor "
                                             "restore rollback puts back what it replaced)"));
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
    plan.steps.append(finishStep(s, state, lastRestoreFile(source)));
    return plan;
}

} // namespace dozor::RestorePlans
