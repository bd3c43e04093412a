// DeployPlans: the deploy and its rollback as plans of steps. Every server step is a script of
// its own with its values as positional words (never pasted into the script).
#include "DeployPlans.h"

#include "DeployScripts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace dozor::DeployPlans {

namespace {
using namespace Scripts;

struct PlanText {
    Q_DECLARE_TR_FUNCTIONS(DeployPlans)
};

constexpr int serverStepTimeoutSec = 600;
constexpr int checkIntervalSec = 5;

QByteArray bytes(const QString &s)
{
    return s.toUtf8();
}

JobStep step(const QString &name, QList<QByteArray> argv, int timeoutSec = serverStepTimeoutSec)
{
    JobStep s;
    s.name = name;
    s.argv = std::move(argv);
    s.timeoutSec = timeoutSec;
    s.onFailure = JobStep::OnFailure::RollBack;
    return s;
}

// One of Dozor's scripts with its values as positional words (any number of them: they never
// pass through an exec's argument limit).
struct ShellCall {
    QByteArray script;
    QList<QByteArray> args;
};

ShellCall shell(const QByteArray &script, QList<QByteArray> args)
{
    return {script, std::move(args)};
}

JobStep step(const QString &name, ShellCall call, int timeoutSec = serverStepTimeoutSec)
{
    JobStep s = step(name, std::move(call.args), timeoutSec);
    s.script = call.script;
    return s;
}

// The recipe's folder ($HOME for a generic recipe without one).
QByteArray folderArg(const DeployRecipe &recipe)
{
    QString path = recipe.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return bytes(path);
}

QString releasePath(const DeployRecipe &recipe, const QString &stamp)
{
    return QString::fromUtf8(folderArg(recipe)) + QStringLiteral("/releases/") + stamp;
}

QList<QByteArray> restartArgv(const DeployRecipe &recipe)
{
    if (!recipe.unit.isEmpty())
        return {"systemctl", "restart", "--", bytes(recipe.unit)};
    QList<QByteArray> argv;
    for (const QString &w : recipe.restartCommand)
        argv.append(bytes(w));
    return argv;
}

QString restartName(const DeployRecipe &recipe)
{
    return recipe.unit.isEmpty()
        ? PlanText::tr("Restart the service (%1)").arg(recipe.restartCommand.join(QLatin1Char(' ')))
        : PlanText::tr("Restart %1").arg(recipe.unit);
}

JobStep localCheck(const QString &name, const QList<QByteArray> &argv, int waitSec)
{
    JobStep s = step(name, argv, 60);
    s.action = JobStep::Action::Local;
    s.retries = std::max(0, waitSec / checkIntervalSec - 1);
    s.retryDelaySec = checkIntervalSec;
    return s;
}

JobStep userStep(const DeployStep &d, const QString &folder, bool releaseFolder)
{
    QList<QByteArray> argv {bytes(folder)};
    for (const QString &w : d.command)
        argv.append(bytes(w));
    JobStep s = step(d.name, shell(inFolderScript, argv), d.timeoutSec);
    s.safeToCancel = d.safeToCancel;
    switch (d.onFailure) {
    case DeployStep::OnFailure::Stop:
        // Before the swap nothing live changed: stopping is removing the new release.
        s.onFailure = releaseFolder ? JobStep::OnFailure::RollBack : JobStep::OnFailure::Stop;
        break;
    case DeployStep::OnFailure::RollBack:
        s.onFailure = JobStep::OnFailure::RollBack;
        break;
    case DeployStep::OnFailure::Continue:
        s.onFailure = JobStep::OnFailure::Continue;
        break;
    }
    return s;
}

// The steps around the swap shared by a deploy and a rollback: record what was live, swap
// (its undo swaps back and restarts), restart, the checks after and the smoke requests.
QList<JobStep> goLive(const DeployRecipe &recipe, const QString &before, const QString &release,
    const DeployOptions &options, bool rollBackOnFailure)
{
    const QByteArray folder = folderArg(recipe);
    const QByteArray beforeArg = before.isEmpty() ? QByteArray("-") : bytes(before);
    const QList<QByteArray> restart = restartArgv(recipe);
    QList<JobStep> steps;
    JobStep record = step(PlanText::tr("Record on the server that %1 was live")
                              .arg(before.isEmpty() ? PlanText::tr("no release") : before),
        shell(recordScript,
            {folder, bytes(recipe.id), beforeArg, bytes(release),
                rollBackOnFailure ? QByteArray("deploy") : QByteArray("rollback")}));
    // Undone last of all: the checks once the release before is back.
    if (!options.checkArgv.isEmpty() && rollBackOnFailure)
        record.undo = {localCheck(PlanText::tr("Run the server's checks after the rollback"),
            options.checkArgv, recipe.postCheckTimeoutSec)};
    steps.append(record);
    JobStep swap =
        step(PlanText::tr("Make %1 live (current → releases/%1, one rename)").arg(release),
            shell(swapScript, QList<QByteArray> {folder, bytes(release), "live"}));
    swap.safeToCancel = false;
    swap.tag = QLatin1String(swapTag);
    // Nothing to restart when nothing was live before.
    swap.undo = {step(before.isEmpty()
            ? PlanText::tr("Remove the current link (there was no release before)")
            : PlanText::tr("Make %1 live again").arg(before)
                + (restart.isEmpty() ? QString() : PlanText::tr(" and restart")),
        shell(swapScript,
            QList<QByteArray> {folder, beforeArg, "rolled_back"}
                + (before.isEmpty() ? QList<QByteArray>() : restart)))};
    steps.append(swap);
    const auto onFailure =
        rollBackOnFailure ? JobStep::OnFailure::RollBack : JobStep::OnFailure::Stop;
    if (!restart.isEmpty()) {
        JobStep s = step(restartName(recipe), restart, 120);
        s.onFailure = onFailure;
        s.safeToCancel = false;
        steps.append(s);
    }
    if (!options.checkArgv.isEmpty()) {
        JobStep s = localCheck(PlanText::tr("Run the server's checks until they pass (a try every "
                                            "%1 s for %2 s)")
                                   .arg(checkIntervalSec)
                                   .arg(recipe.postCheckTimeoutSec),
            options.checkArgv, recipe.postCheckTimeoutSec);
        s.onFailure = onFailure;
        steps.append(s);
    }
    if (!options.smokeArgv.isEmpty()) {
        JobStep s = localCheck(PlanText::tr("Run the smoke requests (%n request(s))", nullptr,
                                   int(recipe.smoke.size())),
            options.smokeArgv, recipe.postCheckTimeoutSec);
        s.onFailure = onFailure;
        steps.append(s);
    }
    return steps;
}

// release: what it will make live (recorded with the lock), empty for a generic recipe.
JobStep lockStep(const DeployRecipe &recipe, const DeployOptions &options, const QString &expect,
    const QString &release, bool rollback)
{
    JobStep s = step(PlanText::tr("Take the deploy lock on the server"),
        shell(lockScript,
            {folderArg(recipe), bytes(holderText(options)), bytes(holderId(options)), bytes(expect),
                options.takeOver ? bytes(options.takeOver->id) : QByteArray(), bytes(recipe.id),
                rollback ? QByteArray("rollback") : QByteArray("deploy"), bytes(release)}),
        60);
    s.onFailure = JobStep::OnFailure::Stop;
    return s;
}

JobStep unlockStep(const DeployRecipe &recipe, const DeployOptions &options)
{
    JobStep s = step(PlanText::tr("Release the deploy lock"),
        shell(unlockScript, {folderArg(recipe), bytes(holderId(options))}), 60);
    s.safeToCancel = false;
    return s;
}

JobPlan planFor(const DeployRecipe &recipe, const QString &title)
{
    JobPlan plan;
    plan.kind = QStringLiteral("deploy");
    plan.targetId = recipe.targetId;
    plan.subject = recipe.id;
    plan.title = title;
    return plan;
}

// What the backup's variables are kept from (every step but the backup's own).
void withoutVariables(JobStep &s, const QList<QByteArray> &variables)
{
    if (variables.isEmpty() || s.action == JobStep::Action::Upload
        || s.action == JobStep::Action::Download)
        return;
    if (!s.script.isEmpty()) {
        s.script = "unset " + variables.join(' ') + '\n' + s.script;
    } else {
        QList<QByteArray> argv {"env"};
        for (const QByteArray &v : variables)
            argv += {"-u", v};
        argv.append("--");
        s.argv = argv + s.argv;
    }
    for (JobStep &u : s.undo)
        withoutVariables(u, variables);
}

Expected<void> checkRef(const QString &ref)
{
    static const QRegularExpression bad(QStringLiteral("(^-)|[\\s\\x00-\\x1f\\x7f~^:?*\\[\\\\]|"
                                                       "\\.\\.|@\\{"));
    if (ref.isEmpty() || bad.match(ref).hasMatch())
        return unexpected(
            PlanText::tr("\"%1\" is not a branch, tag or commit name").arg(ref.left(80)));
    return {};
}

QString expectedLive(const ServerState &state)
{
    if (state.currentIsFolder)
        return QStringLiteral("+folder");
    return state.current.isEmpty() ? QStringLiteral("-") : state.current;
}

// The releases layout as Dozor makes it (a generic recipe keeps none: anything goes). A deploy
// also needs the live release to be there; a rollback is how to mend a link to nothing.
Expected<void> checkLayout(const DeployRecipe &recipe, const ServerState &state, bool deploy)
{
    if (!recipe.usesReleases())
        return {};
    const QString folder = QString::fromUtf8(folderArg(recipe));
    if (!state.currentElsewhere.isEmpty())
        return unexpected(PlanText::tr("%1/current links to %2, not to a release in "
                                       "%1/releases/: Dozor leaves a layout it did not make alone")
                              .arg(folder, state.currentElsewhere.left(200)));
    if (deploy && state.currentIsDangling)
        return unexpected(
            PlanText::tr("%1/current links to releases/%2, which is not there: make "
                         "a release live first with dozor deploy rollback %3 --to "
                         "RELEASE (there are: %4), or remove the link")
                .arg(folder, state.current, recipe.targetId,
                    state.releases.isEmpty() ? PlanText::tr("none")
                                             : state.releases.join(QStringLiteral(", "))));
    if (state.currentIsFolder)
        return unexpected(PlanText::tr("%1/current is a folder, not a link to a release: move it "
                                       "into %1/releases/ and link it (mkdir -p %1/releases && mv "
                                       "%1/current %1/releases/first && ln -s releases/first "
                                       "%1/current), or deploy to another folder")
                              .arg(QString::fromUtf8(folderArg(recipe))));
    return {};
}
} // namespace

QString newStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QString holderText(const DeployOptions &options)
{
    return PlanText::tr("%1 on %2, process %3, since %4 UTC (release %5)")
        .arg(options.holder.user, options.holder.host)
        .arg(options.holder.pid)
        .arg(QDateTime::fromMSecsSinceEpoch(options.sinceMs, QTimeZone::utc())
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            options.stamp);
}

QString holderId(const DeployOptions &options)
{
    return QStringLiteral("id %1 %2 %3")
        .arg(options.holder.machine.isEmpty() ? QStringLiteral("-") : options.holder.machine)
        .arg(options.holder.pid)
        .arg(options.stamp);
}

Expected<JobPlan> deployPlan(const DeployRecipe &recipe, const Target &target,
    const ServerState &state, const StaticChanges *changes, const DeployOptions &options)
{
    Q_UNUSED(target)
    static const QRegularExpression stampShape(QStringLiteral("^[0-9]{8}-[0-9]{6}-[0-9]{3}$"));
    if (!stampShape.match(options.stamp).hasMatch())
        return unexpected(PlanText::tr("a deploy needs a release stamp"));
    if (auto layout = checkLayout(recipe, state, true); !layout)
        return unexpected(layout.error());
    if (recipe.kind == DeployRecipe::Kind::Static && !changes)
        return unexpected(PlanText::tr("a static deploy needs its build compared first"));
    const QString ref = options.ref.isEmpty()
        ? (recipe.ref.isEmpty() ? QStringLiteral("main") : recipe.ref)
        : options.ref;
    if (recipe.kind == DeployRecipe::Kind::App) {
        if (auto ok = checkRef(ref); !ok)
            return unexpected(ok.error());
    }
    const QString what = recipe.kind == DeployRecipe::Kind::App ? ref
        : recipe.kind == DeployRecipe::Kind::Static             ? options.buildFolder
                                                                : QString();
    JobPlan plan = planFor(recipe,
        what.isEmpty()
            ? PlanText::tr("Deploy %1 to %2").arg(recipe.id, recipe.targetId)
            : PlanText::tr("Deploy %1 (%2) to %3").arg(recipe.id, what, recipe.targetId));
    if (!options.checkArgv.isEmpty() && !options.skipChecksBefore) {
        JobStep before =
            localCheck(PlanText::tr("Run the server's checks before the deploy (they must pass)"),
                options.checkArgv, 0);
        before.onFailure = JobStep::OnFailure::Stop;
        plan.steps.append(before);
    }
    plan.steps.append(recipe.usesReleases()
            ? lockStep(recipe, options, expectedLive(state), options.stamp, false)
            : lockStep(recipe, options, QStringLiteral("*"), QString(), false));
    plan.finally = {unlockStep(recipe, options)};

    QList<JobStep> backupSteps = options.backup ? options.backup->steps : QList<JobStep>();
    for (JobStep &s : backupSteps) {
        s.name = PlanText::tr("Back up %1: %2").arg(options.backup->subject, s.name);
        s.onFailure = JobStep::OnFailure::RollBack;
        s.undo.clear();
    }
    const auto addBackup = [&plan, &backupSteps] { plan.steps += backupSteps; };
    const QString folder = QString::fromUtf8(folderArg(recipe));
    if (recipe.kind == DeployRecipe::Kind::Generic) {
        addBackup();
        for (const DeployStep &d : recipe.steps)
            plan.steps.append(userStep(d, folder, false));
        const QList<QByteArray> restart = restartArgv(recipe);
        if (!restart.isEmpty()) {
            JobStep s = step(restartName(recipe), restart, 120);
            s.onFailure = JobStep::OnFailure::Stop;
            plan.steps.append(s);
        }
        for (const auto &[argv, name] :
            {std::pair {options.checkArgv,
                 PlanText::tr("Run the server's checks until they pass (a try every %1 s for %2 s)")
                     .arg(checkIntervalSec)
                     .arg(recipe.postCheckTimeoutSec)},
                std::pair {options.smokeArgv,
                    PlanText::tr("Run the smoke requests (%n request(s))", nullptr,
                        int(recipe.smoke.size()))}}) {
            if (argv.isEmpty())
                continue;
            JobStep s = localCheck(name, argv, recipe.postCheckTimeoutSec);
            s.onFailure = JobStep::OnFailure::Stop;
            plan.steps.append(s);
        }
    } else {
        const QString release = releasePath(recipe, options.stamp);
        const QByteArray live = state.current.isEmpty() ? QByteArray("-") : bytes(state.current);
        JobStep drop = step(PlanText::tr("Remove the new release %1").arg(options.stamp),
            shell(dropReleaseScript, {folderArg(recipe), bytes(options.stamp)}));
        if (recipe.kind == DeployRecipe::Kind::Static) {
            // Hard links when nothing but Dozor writes to the release (no steps of the recipe's).
            QList<QByteArray> args {folderArg(recipe), bytes(options.stamp), live,
                recipe.steps.isEmpty() ? QByteArray("link") : QByteArray("copy")};
            for (const QString &p : changes->remove)
                args.append(bytes(p));
            JobStep make = step(state.current.isEmpty()
                    ? PlanText::tr("Make the new release %1").arg(options.stamp)
                    : changes->remove.isEmpty()
                    ? PlanText::tr("Make the new release %1 from a copy of %2")
                          .arg(options.stamp, state.current)
                    : PlanText::tr("Make the new release %1 from a copy of %2 (%n path(s) "
                                   "removed)",
                        nullptr, int(changes->remove.size()))
                          .arg(options.stamp, state.current),
                shell(newReleaseScript, args));
            make.undo = {drop};
            plan.steps.append(make);
            if (!changes->upload.isEmpty()) {
                JobStep upload;
                upload.name = PlanText::tr(
                    "Upload %n changed file(s) (%1)", nullptr, int(changes->upload.size()))
                                  .arg(QLocale().formattedDataSize(changes->uploadBytes));
                upload.action = JobStep::Action::Upload;
                upload.source = options.stagingFolder;
                upload.destination = release + QStringLiteral("/.dozor-upload");
                upload.timeoutSec = 6 * 3600;
                upload.onFailure = JobStep::OnFailure::RollBack;
                plan.steps.append(upload);
            }
            plan.steps.append(
                step(PlanText::tr("Put the uploaded files in place and check the release "
                                  "against the build"),
                    shell(placeUploadScript, [&] {
                        QList<QByteArray> args {bytes(release), changes->layoutDigest,
                            changes->uploadDigest, QByteArray::number(changes->folders.size())};
                        for (const QString &f : changes->folders)
                            args.append(bytes(f));
                        for (const QString &f : changes->upload)
                            args.append(bytes(f));
                        return args;
                    }())));
            addBackup();
        } else {
            const QString venv =
                recipe.venv.isEmpty() ? folder + QStringLiteral("/venv") : recipe.venv;
            JobStep fetch =
                step(PlanText::tr("Check out %1 in the new release %2").arg(ref, options.stamp),
                    shell(fetchScript,
                        {folderArg(recipe), bytes(options.stamp), bytes(recipe.repository),
                            bytes(ref)}));
            fetch.undo = {drop};
            plan.steps.append(fetch);
            plan.steps.append(step(PlanText::tr("Install the requirements into %1").arg(venv),
                shell(requirementsScript, {bytes(venv), bytes(release)}), 1800));
            addBackup();
            JobStep migrate = step(PlanText::tr("Run the migrations (manage.py migrate)"),
                shell(manageScript,
                    {bytes(venv), bytes(release), noManageLine, "migrate", "--noinput"}),
                1800);
            migrate.tag = QLatin1String(migrateTag);
            migrate.skipLine = QLatin1String(noManageLine);
            migrate.safeToCancel = false;
            plan.steps.append(migrate);
            plan.steps.append(step(PlanText::tr("Collect the static files (manage.py "
                                                "collectstatic)"),
                shell(manageScript,
                    {bytes(venv), bytes(release), noManageLine, "collectstatic", "--noinput"}),
                1800));
        }
        for (const DeployStep &d : recipe.steps)
            plan.steps.append(userStep(d, release, true));
        // A static site's modes are set (a build's mode-600 files would get 403s); an app's files
        // keep theirs (its scripts are executable), and only change hands when asked.
        const bool modes = recipe.kind == DeployRecipe::Kind::Static;
        const QString who =
            recipe.group.isEmpty() ? recipe.owner : recipe.owner + QLatin1Char(':') + recipe.group;
        if (modes || !who.isEmpty())
            plan.steps.append(step(who.isEmpty()
                    ? PlanText::tr("Set the modes (files %1, folders %2)")
                          .arg(recipe.fileMode, recipe.dirMode)
                    : modes ? PlanText::tr("Give the release to %1 and set the modes (files %2, "
                                           "folders %3)")
                                  .arg(who, recipe.fileMode, recipe.dirMode)
                            : PlanText::tr("Give the release to %1").arg(who),
                shell(ownershipScript,
                    {bytes(release), bytes(recipe.owner), bytes(recipe.group),
                        modes ? bytes(recipe.fileMode) : QByteArray(),
                        modes ? bytes(recipe.dirMode) : QByteArray()})));
        plan.steps += goLive(recipe, state.current, options.stamp, options, true);
        JobStep finish = step(PlanText::tr("Record the deploy as done and keep the newest %n "
                                           "release(s)",
                                  nullptr, recipe.keep),
            shell(finishScript,
                {folderArg(recipe), QByteArray::number(recipe.keep),
                    state.current.isEmpty() ? QByteArray("-") : bytes(state.current),
                    bytes(options.stamp)}));
        finish.onFailure = JobStep::OnFailure::Continue;
        plan.steps.append(finish);
    }
    for (JobStep &s : plan.steps) {
        if (!backupSteps.isEmpty()
            && std::any_of(backupSteps.cbegin(), backupSteps.cend(),
                [&s](const JobStep &b) { return b.name == s.name && b.argv == s.argv; }))
            continue;
        withoutVariables(s, options.backupVariables);
    }
    for (JobStep &s : plan.finally)
        withoutVariables(s, options.backupVariables);
    return plan;
}

Expected<QString> rollbackTarget(const ServerState &state)
{
    if (!state.record)
        return unexpected(PlanText::tr("the server has no record of a deploy by Dozor: name the "
                                       "release with --to"));
    const DeployRecord &r = *state.record;
    if (r.kind == QLatin1String("rollback"))
        return unexpected(
            PlanText::tr("the last change there was a rollback (to %1, from %2): "
                         "name the release to go to with --to")
                .arg(r.release, r.before.isEmpty() ? PlanText::tr("none") : r.before));
    if (r.release != state.current) {
        if (!state.current.isEmpty() && state.current == r.before)
            return unexpected(PlanText::tr("%1 is live: the last deploy (%2) did not go live, or "
                                           "was rolled back already")
                                  .arg(state.current, r.release));
        return unexpected(
            PlanText::tr("the live release (%1) is not the one the last deploy "
                         "made (%2): name the release with --to")
                .arg(state.current.isEmpty() ? PlanText::tr("none") : state.current, r.release));
    }
    if (r.before.isEmpty())
        return unexpected(PlanText::tr("there was no release before the last deploy (%1): name "
                                       "one with --to")
                              .arg(r.release));
    return r.before;
}

Progress progressOf(const QJsonObject &details, const QList<JobStepRecord> &steps)
{
    Progress p;
    const auto ran = [&steps](const QJsonValue &index, bool undo) {
        return index.isDouble()
            && std::any_of(steps.cbegin(), steps.cend(), [&](const JobStepRecord &s) {
                   return s.step == index.toInt() && s.undo == undo
                       && s.state == QLatin1String("done");
               });
    };
    p.wentLive = ran(details.value(QStringLiteral("swap_step")), false);
    p.putBack = ran(details.value(QStringLiteral("swap_step")), true);
    const QJsonValue migrate = details.value(QStringLiteral("migrate_step"));
    // The migrations began (done or not), unless the release had no manage.py ("skipped").
    p.migrationsRan = migrate.isDouble()
        && std::any_of(steps.cbegin(), steps.cend(), [&](const JobStepRecord &s) {
               return s.step == migrate.toInt() && !s.undo && s.state != QLatin1String("skipped");
           });
    return p;
}

Expected<JobPlan> rollbackPlan(const DeployRecipe &recipe, const Target &target,
    const ServerState &state, const QString &to, const DeployOptions &options)
{
    Q_UNUSED(target)
    if (!recipe.usesReleases())
        return unexpected(PlanText::tr("recipe %1 is a generic one: it keeps no releases to go "
                                       "back to")
                              .arg(recipe.id));
    if (auto layout = checkLayout(recipe, state, false); !layout)
        return unexpected(layout.error());
    if (!state.releases.contains(to))
        return unexpected(
            PlanText::tr("there is no release %1 in %2/releases (there are: %3)")
                .arg(to, QString::fromUtf8(folderArg(recipe)),
                    state.releases.isEmpty() ? PlanText::tr("none")
                                             : state.releases.join(QStringLiteral(", "))));
    if (state.current == to && !state.currentIsDangling)
        return unexpected(PlanText::tr("%1 is already live").arg(to));
    JobPlan plan = planFor(
        recipe, PlanText::tr("Roll %1 on %2 back to %3").arg(recipe.id, recipe.targetId, to));
    plan.steps.append(lockStep(recipe, options, expectedLive(state), to, true));
    plan.finally = {unlockStep(recipe, options)};
    plan.steps += goLive(recipe, state.current, to, options, false);
    JobStep finish = step(PlanText::tr("Record the rollback as done"),
        shell("echo 'phase done' >> \"$1/.dozor-deploy\"", {folderArg(recipe)}), 60);
    finish.onFailure = JobStep::OnFailure::Continue;
    plan.steps.append(finish);
    return plan;
}

} // namespace dozor::DeployPlans
