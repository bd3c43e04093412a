// dozor deploy: a recipe deployed to a server (built, compared, uploaded, swapped in, checked,
// rolled back on failure), a rollback to a release, the history, and the smoke requests.
#include "BackupCli.h"
#include "Commands.h"
#include "deploy/DeployService.h"
#include "deploy/SmokeRequests.h"
#include "store/JournalBook.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace dozor {

namespace {
struct DeployCliText {
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)
};

using backupcli::BackupCli;

// What a deploy command needs besides BackupCli's jobs: the deploy service with grace windows
// in the workspace's history file (a running dozor watch or desktop app sees them).
struct DeployCli {
    DeployCli(CliContext &cli, const Workspace &workspace, const QString &path, bool acceptKeys,
        const QString &backupId)
        : b(cli, workspace, path, acceptKeys,
            backupId.isEmpty() ? QStringList() : QStringList {backupId})
        , book(AppPaths::historyFileFor(path))
    {
        // The log, always: its "== step" lines name each step as it starts.
        b.m_progress = true;
        b.m_stepLines = false;
        service = std::make_unique<DeployService>(b.m_jobs.get(),
            transportsFor(workspace, [this](const Target &t) { return b.m_hosts.settingsFor(t); }));
        service->setWorkspace(workspace, path);
        if (!backupId.isEmpty()) {
            Workspace repositories = workspace;
            repositories.backups.removeIf(
                [&](const BackupSource &s) { return s.id != backupId || !s.takesPassword(); });
            if (!repositories.backups.isEmpty())
                service->setBackupPasswords(cli.readBackupSecrets(repositories, path));
        }
        service->setGraceWindows(
            [this](const QString &targetId, qint64 ms, const QString &reason,
                std::function<void(const Expected<QString> &)> done) {
                if (auto opened = book.open(); !opened) {
                    done(unexpected(opened.error()));
                    return;
                }
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                done(book.startMaintenance(targetId, now, now + ms, reason));
            },
            [this](const QString &windowId, qint64 endMs) {
                book.stopMaintenance(windowId, QString(), endMs);
            });
        QObject::connect(service.get(), &DeployService::prepareLine, service.get(),
            [&cli](const QString &line, bool) { cli.err() << "  " << line << Qt::endl; });
    }

    DeployService::Prepared prepare(const DeployService::Request &request)
    {
        DeployService::Prepared prepared;
        bool finished = false;
        const auto stop = QObject::connect(&b.m_stopSignals, &StopSignals::stopRequested,
            service.get(), [this](int) { service->cancelPrepare(); });
        service->prepare(request, [&](const DeployService::Prepared &p) {
            prepared = p;
            finished = true;
            QCoreApplication::quit();
        });
        if (!finished)
            QCoreApplication::exec();
        QObject::disconnect(stop);
        return prepared;
    }

    Expected<qint64> start(const DeployService::Prepared &prepared, const JobPlan &plan)
    {
        Expected<qint64> job = unexpected(QString());
        bool started = false;
        service->start(prepared, plan, [&](const Expected<qint64> &id) {
            job = id;
            started = true;
            QCoreApplication::quit();
        });
        if (!started)
            QCoreApplication::exec();
        return job;
    }

    BackupCli b;
    JournalBook book;
    std::unique_ptr<DeployService> service;
};

void printDeployPlan(CliContext &cli, const JobPlan &plan)
{
    cli.out() << DeployCliText::tr("Plan: %1").arg(plan.title) << Qt::endl;
    for (int i = 0; i < plan.steps.size(); ++i)
        cli.out() << QStringLiteral("  %1. ").arg(i + 1) << plan.steps.at(i).name << Qt::endl;
    for (const JobStep &s : plan.finally)
        cli.out() << DeployCliText::tr("  At the end, whatever happens: %1").arg(s.name)
                  << Qt::endl;
}

void printChanges(CliContext &cli, const DeployService::Prepared &p)
{
    cli.out() << DeployCliText::tr("Deploy %1 to %2 (%3)")
                     .arg(p.recipe.id, p.recipe.targetId,
                         p.recipe.path.isEmpty() ? DeployCliText::tr("the login's home")
                                                 : p.recipe.path)
              << Qt::endl;
    if (p.recipe.usesReleases())
        cli.out() << "  "
                  << (p.state.current.isEmpty()
                             ? DeployCliText::tr("Live release: none (this is the first deploy)")
                             : DeployCliText::tr("Live release: %1").arg(p.state.current))
                  << Qt::endl;
    if (p.staleLock && p.state.lock)
        cli.out() << "  "
                  << DeployCliText::tr("The lock of a deploy whose Dozor is gone (%1) will be "
                                       "taken over.")
                         .arg(p.state.lock->text)
                  << Qt::endl;
    if (!p.changes)
        return;
    const auto &c = *p.changes;
    const int files =
        int(std::count_if(c.build.cbegin(), c.build.cend(), [](const DeployPlans::TreeEntry &e) {
            return e.type == DeployPlans::TreeEntry::Type::File;
        }));
    cli.out() << "  "
              << DeployCliText::tr("Build: %1, %n file(s), %2", nullptr, files)
                     .arg(QDir::toNativeSeparators(p.buildFolder),
                         QLocale().formattedDataSize(c.buildBytes))
              << Qt::endl;
    cli.out() << "  "
              << DeployCliText::tr("Changes: %1 to upload (%2), %3 removed, %4 unchanged")
                     .arg(c.upload.size())
                     .arg(QLocale().formattedDataSize(c.uploadBytes))
                     .arg(c.remove.size())
                     .arg(c.unchanged)
              << Qt::endl;
    for (const QString &f : c.upload.mid(0, 10))
        cli.out() << "    + " << f << Qt::endl;
    if (c.upload.size() > 10)
        cli.out() << "    " << DeployCliText::tr("… and %1 more").arg(c.upload.size() - 10)
                  << Qt::endl;
    for (const QString &f : c.remove.mid(0, 10))
        cli.out() << "    - " << f << Qt::endl;
}

QJsonObject jobJson(const JobRecord &job)
{
    QJsonObject o {{QStringLiteral("job"), job.id}, {QStringLiteral("target"), job.targetId},
        {QStringLiteral("recipe"), job.subject}, {QStringLiteral("title"), job.title},
        {QStringLiteral("state"), job.state}, {QStringLiteral("reason"), job.reason},
        {QStringLiteral("user"), job.user},
        {QStringLiteral("started"),
            QDateTime::fromMSecsSinceEpoch(job.startedMs, QTimeZone::utc()).toString(Qt::ISODate)}};
    if (job.endedMs > 0)
        o.insert(QStringLiteral("duration_ms"), job.endedMs - job.startedMs);
    for (auto it = job.details.begin(); it != job.details.end(); ++it)
        o.insert(it.key(), it.value());
    QJsonArray steps;
    for (const JobStepRecord &s : job.steps) {
        QJsonObject step {{QStringLiteral("name"), s.name}, {QStringLiteral("state"), s.state},
            {QStringLiteral("undo"), s.undo}, {QStringLiteral("attempt"), s.attempt}};
        if (s.endedMs > 0)
            step.insert(QStringLiteral("duration_ms"), s.endedMs - s.startedMs);
        if (!s.reason.isEmpty())
            step.insert(QStringLiteral("reason"), s.reason);
        steps.append(step);
    }
    if (!job.steps.isEmpty())
        o.insert(QStringLiteral("steps"), steps);
    if (!job.logTail.isEmpty())
        o.insert(QStringLiteral("log"), job.logTail);
    return o;
}

// Waits for the deploy or rollback, says how it ended; the exit code.
int finishJob(CliContext &cli, DeployCli &d, qint64 jobId, bool json, const QString &folder)
{
    const JobInfo info = d.b.waitForJob(jobId);
    std::optional<JobRecord> record;
    if (const auto r = d.b.m_jobs->book().job(jobId); r && *r)
        record = **r;
    if (json && record)
        cli.out() << QJsonDocument(jobJson(*record)).toJson(QJsonDocument::Indented) << Qt::flush;
    const QString took = formatDuration(std::max<qint64>(0, info.endedMs - info.startedMs));
    const QString before = info.plan.details.value(QStringLiteral("before")).toString();
    const QString release = info.plan.details.value(QStringLiteral("release")).toString();
    const QString target = info.plan.targetId;
    if (info.state == JobRunner::State::Succeeded) {
        if (!info.reason.isEmpty())
            cli.err() << DeployCliText::tr("warning: %1").arg(info.reason) << Qt::endl;
        if (release.isEmpty())
            cli.err() << DeployCliText::tr("%1 done (%2).").arg(info.plan.title, took) << Qt::endl;
        else
            cli.err() << DeployCliText::tr("%1 done (%2): %3 is live%4.")
                             .arg(info.plan.title, took, release,
                                 before.isEmpty() ? QString()
                                     : info.plan.details.value(QStringLiteral("rollback")).toBool()
                                     // After a rollback, going back again names the release.
                                     ? DeployCliText::tr("; %1 was live before (dozor deploy "
                                                         "rollback %2 --to %1 goes back to it)")
                                           .arg(before, target)
                                     : DeployCliText::tr("; %1 was live before (dozor deploy "
                                                         "rollback %2 goes back to it)")
                                           .arg(before, target))
                      << Qt::endl;
        return ExitOk;
    }
    const QString state = jobStateText(jobStateName(info.state));
    cli.err() << DeployCliText::tr("%1 %2: %3.").arg(info.plan.title, state, info.reason)
              << Qt::endl;
    // What is live now: the new release only when it went live and was not put back.
    const DeployPlans::Progress progress =
        record ? DeployPlans::progressOf(record->details, record->steps) : DeployPlans::Progress();
    if (!release.isEmpty() && (!progress.wentLive || progress.putBack))
        cli.err() << "  "
                  << (before.isEmpty()
                             ? DeployCliText::tr("Nothing was live before; nothing is now.")
                             : DeployCliText::tr("%1 is live, as before.").arg(before))
                  << Qt::endl;
    else if (!release.isEmpty() && !before.isEmpty())
        cli.err() << "  "
                  << DeployCliText::tr("%1 may be live. Look at the server: dozor deploy rollback "
                                       "%2 makes %3 live again (the release that was live "
                                       "before).")
                         .arg(release, target, before)
                  << Qt::endl;
    else
        cli.err() << "  " << DeployCliText::tr("Look at the server (%1).").arg(folder) << Qt::endl;
    if (progress.migrationsRan) {
        const QString backup = record->details.value(QStringLiteral("backup")).toString();
        cli.err() << "  "
                  << (backup.isEmpty()
                             ? DeployCliText::tr("The migrations ran: the code is back but the "
                                                 "database keeps their changes. Restore the "
                                                 "database if the old code needs it.")
                             : DeployCliText::tr("The migrations ran: the code is back but the "
                                                 "database keeps their changes. The backup "
                                                 "taken before them is the newest of %1: dozor "
                                                 "restore preview %1, then dozor restore run %1 "
                                                 "--yes (nothing is restored without you).")
                                   .arg(backup))
                  << Qt::endl;
    }
    return ExitFailure;
}

int deployCommand(CliContext &cli, DeployCli &d, const QString &targetId, const QString &recipeId,
    const QString &ref, const QString &from, bool yes, bool anyway, bool json)
{
    if (!d.b.open())
        return ExitFailure;
    const DeployService::Prepared p = d.prepare({targetId, recipeId, ref, from, false, 0});
    if (!p.error.isEmpty()) {
        cli.err() << DeployCliText::tr("Deploy of %1 to %2: %3").arg(recipeId, targetId, p.error)
                  << Qt::endl;
        return p.recipe.id.isEmpty() ? ExitUsage : ExitFailure;
    }
    if (!json)
        printChanges(cli, p);
    const auto plan = d.service->plan(p, anyway);
    if (!plan) {
        cli.err()
            << DeployCliText::tr("Deploy of %1 to %2: %3").arg(recipeId, targetId, plan.error())
            << Qt::endl;
        return ExitFailure;
    }
    if (!yes) {
        printDeployPlan(cli, *plan);
        cli.err() << DeployCliText::tr("Nothing was changed on the server: add --yes to deploy.")
                  << Qt::endl;
        return ExitUsage;
    }
    cli.err() << DeployCliText::tr("Deploying %1 to %2…").arg(recipeId, targetId) << Qt::endl;
    const auto job = d.start(p, *plan);
    if (!job) {
        cli.err() << DeployCliText::tr("Deploy of %1 to %2 did not start: %3")
                         .arg(recipeId, targetId, job.error())
                  << Qt::endl;
        return ExitFailure;
    }
    return finishJob(cli, d, *job, json, p.recipe.path);
}

// The recipe a rollback of the server is for: named, the server's only one with releases, or
// the one its last deploy here was of.
QString rollbackRecipe(CliContext &cli, DeployCli &d, const Workspace &workspace,
    const QString &targetId, const QString &named)
{
    if (!named.isEmpty())
        return named;
    QStringList ids;
    for (const DeployRecipe &r : workspace.deploys) {
        if (r.targetId == targetId && r.usesReleases())
            ids.append(r.id);
    }
    if (ids.size() == 1)
        return ids.constFirst();
    if (const auto recent = d.b.m_jobs->book().recent(20, QStringLiteral("deploy"), targetId)) {
        for (const JobRecord &job : *recent) {
            if (ids.contains(job.subject))
                return job.subject;
        }
    }
    cli.err() << (ids.isEmpty()
            ? DeployCliText::tr("server %1 has no recipe that keeps releases").arg(targetId)
            : DeployCliText::tr("server %1 has several recipes (%2): name one with "
                                "--recipe")
                  .arg(targetId, ids.join(QStringLiteral(", "))))
              << Qt::endl;
    return QString();
}

int rollbackCommand(CliContext &cli, DeployCli &d, const Workspace &workspace,
    const QString &targetId, const QString &recipeId, const QString &to, bool yes, bool json)
{
    if (!d.b.open())
        return ExitFailure;
    const QString recipe = rollbackRecipe(cli, d, workspace, targetId, recipeId);
    if (recipe.isEmpty())
        return ExitUsage;
    const DeployService::Prepared p = d.prepare({targetId, recipe, QString(), QString(), true, 0});
    const auto plan = d.service->rollbackPlan(p, to);
    if (!plan) {
        cli.err()
            << DeployCliText::tr("Rollback of %1 on %2: %3").arg(recipe, targetId, plan.error())
            << Qt::endl;
        return p.recipe.id.isEmpty() ? ExitUsage : ExitFailure;
    }
    if (!json) {
        if (!p.state.releases.isEmpty())
            cli.out() << DeployCliText::tr("Releases on the server: %1")
                             .arg(p.state.releases.join(QStringLiteral(", ")))
                      << Qt::endl;
        printDeployPlan(cli, *plan);
    }
    if (!yes) {
        cli.err() << DeployCliText::tr("Nothing was changed on the server: add --yes to roll "
                                       "back.")
                  << Qt::endl;
        return ExitUsage;
    }
    const auto job = d.start(p, *plan);
    if (!job) {
        cli.err() << DeployCliText::tr("Rollback of %1 on %2 did not start: %3")
                         .arg(recipe, targetId, job.error())
                  << Qt::endl;
        return ExitFailure;
    }
    return finishJob(cli, d, *job, json, p.recipe.path);
}

int listCommand(CliContext &cli, BackupCli &b, const QString &targetId, bool json, int limit)
{
    if (!b.open())
        return ExitFailure;
    const auto jobs = b.m_jobs->book().recent(limit, QStringLiteral("deploy"), targetId);
    if (!jobs) {
        cli.err() << jobs.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray out;
        for (const JobRecord &j : *jobs) {
            const auto full = b.m_jobs->book().job(j.id);
            out.append(jobJson(full && *full ? **full : j));
        }
        cli.out() << QJsonDocument(out).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitOk;
    }
    if (jobs->isEmpty()) {
        cli.out() << DeployCliText::tr("No deploys of %1 recorded here.").arg(targetId) << Qt::endl;
        return ExitOk;
    }
    for (const JobRecord &j : *jobs) {
        const QString when = QDateTime::fromMSecsSinceEpoch(j.startedMs)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString took = j.endedMs > 0 ? formatDuration(j.endedMs - j.startedMs) : QString();
        const QString before = j.details.value(QStringLiteral("before")).toString();
        const QString release = j.details.value(QStringLiteral("release")).toString();
        cli.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(j.id, 4)
                         .arg(when, j.user, jobStateText(j.state), j.title)
                  << Qt::endl;
        if (!release.isEmpty())
            cli.out() << "      "
                      << DeployCliText::tr("%1 → %2").arg(
                             before.isEmpty() ? DeployCliText::tr("(none)") : before, release)
                      << (took.isEmpty() ? QString() : QStringLiteral(", ") + took) << Qt::endl;
        if (!j.reason.isEmpty())
            cli.out() << "      " << j.reason << Qt::endl;
    }
    return ExitOk;
}

int smokeCommand(
    CliContext &cli, const Workspace &workspace, const QString &targetId, const QString &recipeId)
{
    const DeployRecipe *recipe = workspace.deploy(targetId, recipeId);
    if (!recipe) {
        cli.err() << DeployCliText::tr("server %1 has no recipe \"%2\"").arg(targetId, recipeId)
                  << Qt::endl;
        return ExitUsage;
    }
    if (recipe->smoke.isEmpty()) {
        cli.err() << DeployCliText::tr("recipe %1 has no smoke requests").arg(recipeId) << Qt::endl;
        return ExitUsage;
    }
    SmokeRun run(recipe->smoke, 15'000);
    bool passed = false;
    QObject::connect(&run, &SmokeRun::line, &run,
        [&cli](const QString &line) { cli.out() << line << Qt::endl; });
    QObject::connect(&run, &SmokeRun::finished, &run, [&](bool ok, const QString &why) {
        passed = ok;
        if (!ok)
            cli.err() << why << Qt::endl;
        QCoreApplication::quit();
    });
    run.start();
    QCoreApplication::exec();
    return passed ? ExitOk : ExitCrit;
}
} // namespace

int runDeployCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DeployCliText::tr(
        "Deploys of the workspace's recipes (its \"deploy\" array).\n"
        "  SERVER RECIPE [--ref REF] [--from DIR] --yes [--json]\n"
        "      deploy: the plan and what changes are shown without --yes. A static site is\n"
        "      built here (the recipe's \"build\"; --from DIR deploys DIR as it is), compared\n"
        "      with the live release, and only the files that differ are uploaded into a new\n"
        "      release; an app's ref is checked out on the server. The new release is made\n"
        "      live by replacing the link current in one rename, inside a grace window (no\n"
        "      alerts); when anything after that fails, the release live before comes back.\n"
        "  rollback SERVER [--recipe ID] [--to RELEASE] --yes\n"
        "      make the release that was live before the last deploy live again (or RELEASE)\n"
        "  list SERVER [--json] [--limit N]   the deploys recorded here, newest first\n"
        "  smoke SERVER RECIPE   run the recipe's smoke requests now\n"
        "Exit codes: 0 done, 2 smoke requests failed, 3 usage (or --yes missing), 4 the deploy\n"
        "failed (it was rolled back when it had changed what is live)."));
    parser.addOption(CliContext::workspaceOption());
    parser.addOption(CliContext::acceptHostKeysOption());
    const QCommandLineOption refOption(QStringLiteral("ref"),
        DeployCliText::tr("app: the branch, tag or commit."), QStringLiteral("REF"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        DeployCliText::tr("static: deploy this folder as it is (no build)."),
        QStringLiteral("DIR"));
    const QCommandLineOption yesOption(
        QStringList {QStringLiteral("y"), QStringLiteral("yes")}, DeployCliText::tr("Do it."));
    const QCommandLineOption anywayOption(QStringLiteral("deploy-anyway"),
        DeployCliText::tr("Deploy even when the server's checks fail before it."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), DeployCliText::tr("Print the job (or the list) as JSON."));
    const QCommandLineOption recipeOption(QStringLiteral("recipe"),
        DeployCliText::tr("rollback: the recipe (when the server has several)."),
        QStringLiteral("ID"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        DeployCliText::tr("rollback: this release (a name in releases/)."),
        QStringLiteral("RELEASE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        DeployCliText::tr("list: at most N deploys (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    for (const auto &option : {refOption, fromOption, yesOption, anywayOption, jsonOption,
             recipeOption, toOption, limitOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("server"),
        DeployCliText::tr("SERVER RECIPE, or rollback|list SERVER, or smoke SERVER RECIPE"));
    if (const auto stop = cli.parse(parser, args, 3))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString first = positional.value(0);
    const bool rollback = first == QLatin1String("rollback");
    const bool list = first == QLatin1String("list");
    const bool smoke = first == QLatin1String("smoke");
    const qsizetype wanted = rollback || list ? 2 : smoke ? 3 : 2;
    if (positional.size() != wanted) {
        cli.err() << DeployCliText::tr("usage: dozor deploy SERVER RECIPE --yes, dozor deploy "
                                       "rollback|list SERVER, dozor deploy smoke SERVER RECIPE "
                                       "(see dozor deploy --help)")
                  << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const QString targetId = rollback || list || smoke ? positional.at(1) : positional.at(0);
    if (!workspace->target(targetId)) {
        cli.err() << DeployCliText::tr("there is no server \"%1\" in %2").arg(targetId, path)
                  << Qt::endl;
        return ExitUsage;
    }
    if (smoke)
        return smokeCommand(cli, *workspace, targetId, positional.at(2));
    const bool acceptKeys = parser.isSet(CliContext::acceptHostKeysOption());
    if (list) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1) {
            cli.err() << DeployCliText::tr("--limit must be a positive number") << Qt::endl;
            return ExitUsage;
        }
        BackupCli b(cli, *workspace, path, acceptKeys, {});
        return listCommand(cli, b, targetId, parser.isSet(jsonOption), limit);
    }
    const QString recipeId = rollback ? parser.value(recipeOption) : positional.at(1);
    const DeployRecipe *recipe =
        recipeId.isEmpty() ? nullptr : workspace->deploy(targetId, recipeId);
    DeployCli d(cli, *workspace, path, acceptKeys, recipe ? recipe->backup : QString());
    if (rollback)
        return rollbackCommand(cli, d, *workspace, targetId, recipeId, parser.value(toOption),
            parser.isSet(yesOption), parser.isSet(jsonOption));
    return deployCommand(cli, d, targetId, recipeId, parser.value(refOption),
        parser.value(fromOption), parser.isSet(yesOption), parser.isSet(anywayOption),
        parser.isSet(jsonOption));
}

} // namespace dozor
