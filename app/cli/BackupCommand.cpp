#include "CliContext.h"
#include "Commands.h"
#include "backup/BackupService.h"
#include "core/AppPaths.h"
#include "core/DurationText.h"
#include "core/ExitCode.h"
#include "core/StopSignals.h"
#include "jobs/JobTransport.h"
#include "remote/KnownHosts.h"
#include "remote/SshHosts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dozor {

namespace {
struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO);
#else
    return false;
#endif
}

QString sizeText(const std::optional<qint64> &size)
{
    return size ? QLocale().formattedDataSize(*size) : QStringLiteral("—");
}

QString verifiedText(const CatalogRow &row)
{
    if (!row.verified)
        return QStringLiteral("—");
    return *row.verified ? BackupText::tr("✓ ok") : BackupText::tr("✗ failed");
}

// Everything one `dozor backup` command needs: the workspace, the keychain's secrets, the
// job manager and the backup service over the workspace's history file.
class BackupCli {
public:
    // needed: the sources this command works on (their repository passwords are read).
    BackupCli(CliContext &cli, const Workspace &workspace, const QString &workspaceFile,
        bool acceptNewHostKeys, const QStringList &needed)
        : m_cli(cli)
        , m_workspace(workspace)
    {
        m_hosts.setAcceptNewHostKeys(acceptNewHostKeys);
        m_hosts.setSecrets(cli.readSecrets(workspace, workspaceFile), cli.secretProblems());
        const QString history = AppPaths::historyFileFor(workspaceFile);
        const auto transports =
            transportsFor(workspace, [this](const Target &t) { return m_hosts.settingsFor(t); });
        m_jobs = std::make_unique<JobManager>(history, transports);
        m_jobs->setUser(AppPaths::localUser());
        m_service = std::make_unique<BackupService>(history, m_jobs.get(), transports);
        m_service->setWorkspace(workspace);
        Workspace repositories = workspace;
        repositories.backups.removeIf([&needed](const BackupSource &source) {
            return !source.isRepository() || !needed.contains(source.id);
        });
        if (!repositories.backups.isEmpty())
            m_service->setPasswords(cli.readBackupSecrets(repositories, workspaceFile));
        m_progress = stderrIsTerminal();
        QObject::connect(m_jobs.get(), &JobManager::jobLog, m_jobs.get(),
            [this](qint64, const QString &line, bool) {
                if (m_progress)
                    m_cli.err() << "  " << line << Qt::endl;
            });
    }

    // Opens the history file; says which jobs of a Dozor that died were found interrupted.
    bool open()
    {
        const auto settled = m_jobs->open();
        if (!settled) {
            m_cli.err() << BackupText::tr("cannot open the history file: %1").arg(settled.error())
                        << Qt::endl;
            return false;
        }
        for (const JobRecord &job : *settled)
            m_cli.err() << BackupText::tr("job %1 (%2) was interrupted: Dozor stopped while it "
                                          "ran. Check the server before running it again.")
                               .arg(job.id)
                               .arg(job.title)
                        << Qt::endl;
        if (const auto opened = m_service->open(); !opened) {
            m_cli.err() << BackupText::tr("cannot open the history file: %1").arg(opened.error())
                        << Qt::endl;
            return false;
        }
        return true;
    }

    // Lists the sources on their servers and waits; the problems by source.
    QHash<QString, QString> refresh(const QStringList &sourceIds)
    {
        QHash<QString, QString> problems;
        if (sourceIds.isEmpty())
            return problems;
        int left = int(sourceIds.size());
        if (m_progress)
            m_cli.err() << BackupText::tr("Listing %n source(s)…", nullptr, left) << Qt::endl;
        const auto connection = QObject::connect(m_service.get(), &BackupService::refreshed,
            m_service.get(), [&](const QString &sourceId, const QString &problem, int listed) {
                if (!sourceIds.contains(sourceId))
                    return;
                // Listed, with lines it could not read: a warning, not a failed listing.
                if (!problem.isEmpty() && listed > 0)
                    m_cli.err() << BackupText::tr("%1: warning: %2").arg(sourceId, problem)
                                << Qt::endl;
                else if (!problem.isEmpty())
                    problems.insert(sourceId, problem);
                if (--left == 0)
                    QCoreApplication::quit();
            });
        for (const QString &id : sourceIds)
            m_service->refresh(id);
        if (left > 0)
            QCoreApplication::exec();
        QObject::disconnect(connection);
        return problems;
    }

    // Runs until the job (and what follows it, for back up now) ended.
    JobInfo waitForJob(qint64 jobId)
    {
        JobInfo info;
        const auto connection = QObject::connect(
            m_jobs.get(), &JobManager::jobFinished, m_jobs.get(), [&](const JobInfo &finished) {
                if (finished.id != jobId)
                    return;
                info = finished;
                QCoreApplication::quit();
            });
        if (m_progress)
            QObject::connect(m_jobs.get(), &JobManager::jobChanged, m_jobs.get(),
                [this, jobId](const JobInfo &changed) {
                    if (changed.id != jobId || changed.isFinished() || changed.step < 0)
                        return;
                    const int step = changed.step;
                    if (step == m_lastStepShown)
                        return;
                    m_lastStepShown = step;
                    m_cli.err()
                        << QStringLiteral("[%1/%2] ").arg(step + 1).arg(changed.plan.steps.size())
                        << changed.plan.steps.at(step).name << Qt::endl;
                });
        // Ctrl+C cancels the job the way the app's Cancel does: the running step is stopped
        // (with everything it started on the server) when it is safe to stop, and what was
        // done is undone.
        const auto stop = QObject::connect(
            &m_stopSignals, &StopSignals::stopRequested, m_jobs.get(), [this, jobId](int) {
                m_cli.err() << BackupText::tr("Cancelling…") << Qt::endl;
                m_jobs->cancel(jobId);
            });
        if (const auto now = m_jobs->info(jobId); now && now->isFinished())
            info = *now;
        else
            QCoreApplication::exec();
        QObject::disconnect(connection);
        QObject::disconnect(stop);
        return info;
    }

    // Makes sure every backup source id exists; says which does not.
    bool known(const QString &sourceId)
    {
        if (m_workspace.backup(sourceId))
            return true;
        m_cli.err()
            << BackupText::tr("there is no backup source \"%1\" in the workspace").arg(sourceId)
            << Qt::endl;
        return false;
    }

    CliContext &m_cli;
    const Workspace &m_workspace;
    SshHosts m_hosts;
    StopSignals m_stopSignals;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<BackupService> m_service;
    bool m_progress = false;
    int m_lastStepShown = -1;
};

QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

int listCommand(BackupCli &b, const QCommandLineParser &parser, const QStringList &sources,
    bool json, bool cached)
{
    QHash<QString, QString> problems;
    if (!cached)
        problems = b.refresh(sources);
    for (auto it = problems.constBegin(); it != problems.constEnd(); ++it)
        b.m_cli.err() << BackupText::tr("%1: listing failed: %2 (the catalog shows the last "
                                        "listing that worked)")
                             .arg(it.key(), it.value())
                      << Qt::endl;
    Q_UNUSED(parser)
    const auto rows = b.m_service->catalog().backups();
    if (!rows) {
        b.m_cli.err() << rows.error() << Qt::endl;
        return ExitFailure;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray array;
    QStringList lines;
    for (const CatalogRow &row : *rows) {
        if (!sources.contains(row.sourceId))
            continue;
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(row.timeMs, QTimeZone::utc());
        if (json) {
            QJsonValue verified;
            if (row.verified)
                verified = *row.verified ? QStringLiteral("ok") : QStringLiteral("failed");
            array.append(QJsonObject {{QStringLiteral("source"), row.sourceId},
                {QStringLiteral("target"), row.targetId}, {QStringLiteral("name"), row.name},
                {QStringLiteral("time"), time.toString(Qt::ISODate)},
                {QStringLiteral("size"), orNull(row.size)}, {QStringLiteral("kind"), row.kind},
                {QStringLiteral("verified"), verified}});
            continue;
        }
        lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                         .arg(row.sourceId, -12)
                         .arg(row.name, -40)
                         .arg(QDateTime::fromMSecsSinceEpoch(row.timeMs)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(formatDuration(std::max<qint64>(0, now - row.timeMs)), 8)
                         .arg(sizeText(row.size), 10)
                         .arg(row.kind, -8)
                         .arg(verifiedText(row)));
    }
    if (json) {
        b.m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
    } else if (lines.isEmpty()) {
        b.m_cli.out() << BackupText::tr("No backups listed.") << Qt::endl;
    } else {
        b.m_cli.out() << BackupText::tr("SOURCE        NAME                                      "
                                        "TIME              AGE        SIZE  KIND      VERIFIED")
                      << Qt::endl;
        for (const QString &line : std::as_const(lines))
            b.m_cli.out() << line << Qt::endl;
    }
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

int policyCommand(
    BackupCli &b, const QString &sourceId, bool json, bool cached, bool prune, bool yes)
{
    if (!cached) {
        const auto problems = b.refresh({sourceId});
        if (problems.contains(sourceId)) {
            b.m_cli.err()
                << BackupText::tr("%1: listing failed: %2").arg(sourceId, problems.value(sourceId))
                << Qt::endl;
            if (prune)
                return ExitFailure; // never delete from a list that may be stale
        }
    }
    const auto plan = b.m_service->policy(sourceId);
    if (!plan) {
        b.m_cli.err() << plan.error() << Qt::endl;
        return ExitFailure;
    }
    const BackupSource *source = b.m_workspace.backup(sourceId);
    QStringList drop;
    for (const RetentionVerdict &v : plan->verdicts) {
        if (!v.keep)
            drop.append(v.name);
    }
    if (!prune) {
        if (json) {
            QJsonArray keep, dropped, gaps;
            for (const RetentionVerdict &v : plan->verdicts) {
                QJsonObject o {{QStringLiteral("name"), v.name},
                    {QStringLiteral("time"), v.time.toString(Qt::ISODate)}};
                if (v.keep) {
                    QJsonArray rules;
                    for (const RetentionRule r : v.rules)
                        rules.append(retentionRuleName(r));
                    o.insert(QStringLiteral("rules"), rules);
                    o.insert(QStringLiteral("periods"), QJsonArray::fromStringList(v.periods));
                    keep.append(o);
                } else {
                    dropped.append(o);
                }
            }
            for (const RetentionGap &g : plan->gaps)
                gaps.append(QJsonObject {{QStringLiteral("rule"), retentionRuleName(g.rule)},
                    {QStringLiteral("period"), g.period}});
            b.m_cli.out() << QJsonDocument(
                QJsonObject {{QStringLiteral("source"), sourceId},
                    {QStringLiteral("policy"), source->retention.text()},
                    {QStringLiteral("keep"), keep}, {QStringLiteral("drop"), dropped},
                    {QStringLiteral("gaps"),
                        gaps}}).toJson(QJsonDocument::Indented)
                          << Qt::flush;
            return ExitOk;
        }
        b.m_cli.out() << BackupText::tr("%1: %2").arg(sourceId, source->retention.text())
                      << Qt::endl;
        for (const RetentionVerdict &v : plan->verdicts) {
            QStringList why;
            for (qsizetype i = 0; i < v.rules.size(); ++i)
                why.append(QStringLiteral("%1 %2")
                               .arg(retentionRuleName(v.rules.at(i)), v.periods.value(i))
                               .trimmed());
            b.m_cli.out()
                << (v.keep ? BackupText::tr("keep  ") : BackupText::tr("drop  "))
                << QStringLiteral("%1  %2").arg(v.name, -40).arg(why.join(QStringLiteral(", ")))
                << Qt::endl;
        }
        for (const RetentionGap &g : plan->gaps)
            b.m_cli.out() << BackupText::tr("gap   no %1 backup for %2")
                                 .arg(retentionRuleName(g.rule), g.period)
                          << Qt::endl;
        return ExitOk;
    }
    if (source->retention.isEmpty()) {
        b.m_cli.err() << BackupText::tr("%1 has no retention policy: nothing to prune (set "
                                        "\"retention\" on the source)")
                             .arg(sourceId)
                      << Qt::endl;
        return ExitUsage;
    }
    if (drop.isEmpty()) {
        b.m_cli.out()
            << BackupText::tr("%1: the policy keeps every backup; nothing to delete.").arg(sourceId)
            << Qt::endl;
        return ExitOk;
    }
    b.m_cli.err() << BackupText::tr(
        "The policy (%1) drops %n backup(s) of %2:", nullptr, int(drop.size()))
                         .arg(source->retention.text(), sourceId)
                  << Qt::endl;
    for (const QString &name : std::as_const(drop))
        b.m_cli.err() << "  " << name << Qt::endl;
    if (!yes) {
        b.m_cli.err() << BackupText::tr("Nothing was deleted: add --yes to delete them.")
                      << Qt::endl;
        return ExitUsage;
    }
    const auto job = b.m_service->prune(sourceId, drop);
    if (!job) {
        b.m_cli.err() << job.error() << Qt::endl;
        return ExitFailure;
    }
    const JobInfo info = b.waitForJob(*job);
    if (info.state != JobRunner::State::Succeeded) {
        b.m_cli.err() << BackupText::tr("Prune %1: %2")
                             .arg(jobStateText(jobStateName(info.state)), info.reason)
                      << Qt::endl;
        return ExitFailure;
    }
    b.refresh({sourceId});
    b.m_cli.out() << BackupText::tr("Deleted %n backup(s).", nullptr, int(drop.size())) << Qt::endl;
    return ExitOk;
}

int verifyCommand(BackupCli &b, const QString &sourceId, const QString &backupName)
{
    const auto problems = b.refresh({sourceId});
    if (problems.contains(sourceId))
        b.m_cli.err()
            << BackupText::tr("%1: listing failed: %2").arg(sourceId, problems.value(sourceId))
            << Qt::endl;
    QString name = backupName;
    if (name.isEmpty()) {
        const auto rows = b.m_service->catalog().backups(sourceId);
        if (!rows || rows->isEmpty()) {
            b.m_cli.err() << BackupText::tr("%1 lists no backups to verify").arg(sourceId)
                          << Qt::endl;
            return ExitFailure;
        }
        name = rows->constFirst().name;
    }
    const auto job = b.m_service->verify(sourceId, name);
    if (!job) {
        b.m_cli.err() << job.error() << Qt::endl;
        return ExitFailure;
    }
    const JobInfo info = b.waitForJob(*job);
    const QString took = formatDuration(std::max<qint64>(0, info.endedMs - info.startedMs));
    if (info.state == JobRunner::State::Succeeded) {
        b.m_cli.out() << BackupText::tr("%1 %2: intact (%3)").arg(sourceId, name, took) << Qt::endl;
        return ExitOk;
    }
    if (info.state == JobRunner::State::Failed) {
        b.m_cli.out() << BackupText::tr("%1 %2: FAILED: %3").arg(sourceId, name, info.reason)
                      << Qt::endl;
        return ExitCrit;
    }
    b.m_cli.err() << BackupText::tr("%1 %2: could not verify: %3").arg(sourceId, name, info.reason)
                  << Qt::endl;
    return ExitFailure;
}

int runCommand(BackupCli &b, const QString &sourceId)
{
    // The free-space check needs the last backup's size: list first.
    const auto problems = b.refresh({sourceId});
    if (problems.contains(sourceId))
        b.m_cli.err()
            << BackupText::tr("%1: listing failed: %2").arg(sourceId, problems.value(sourceId))
            << Qt::endl;
    const auto job = b.m_service->backUpNow(sourceId);
    if (!job) {
        b.m_cli.err() << job.error() << Qt::endl;
        return ExitFailure;
    }
    qint64 verifyJob = 0;
    QString problem;
    bool settled = false;
    QObject::connect(b.m_service.get(), &BackupService::backupSettled, b.m_service.get(),
        [&](qint64 jobId, qint64 verifyJobId, const QString &why) {
            if (jobId != *job)
                return;
            verifyJob = verifyJobId;
            problem = why;
            settled = true;
            QCoreApplication::quit();
        });
    const JobInfo info = b.waitForJob(*job);
    if (!settled)
        QCoreApplication::exec();
    if (info.state != JobRunner::State::Succeeded) {
        const QString state = jobStateText(jobStateName(info.state));
        b.m_cli.err() << (info.reason.isEmpty() || info.reason == state
                ? BackupText::tr("Backup of %1: %2").arg(sourceId, state)
                : BackupText::tr("Backup of %1 %2: %3").arg(sourceId, state, info.reason))
                      << Qt::endl;
        return ExitFailure;
    }
    const QString made = b.m_service->lastMade(sourceId);
    if (!problem.isEmpty()) {
        if (verifyJob)
            b.m_cli.err()
                << BackupText::tr("Backup of %1 made %2, but: %3").arg(sourceId, made, problem)
                << Qt::endl;
        else
            b.m_cli.err() << BackupText::tr("Backup of %1: %2").arg(sourceId, problem) << Qt::endl;
        return verifyJob ? ExitCrit : ExitFailure;
    }
    std::optional<qint64> size;
    if (const auto rows = b.m_service->catalog().backups(sourceId)) {
        for (const CatalogRow &r : *rows) {
            if (r.name == made)
                size = r.size;
        }
    }
    b.m_cli.out()
        << BackupText::tr("Backed up %1: %2 (%3), verified").arg(sourceId, made, sizeText(size))
        << Qt::endl;
    return ExitOk;
}

int jobsCommand(BackupCli &b, bool json, int limit)
{
    const auto jobs = b.m_jobs->book().recent(limit);
    if (!jobs) {
        b.m_cli.err() << jobs.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const JobRecord &j : *jobs)
            array.append(QJsonObject {{QStringLiteral("id"), double(j.id)},
                {QStringLiteral("kind"), j.kind}, {QStringLiteral("target"), j.targetId},
                {QStringLiteral("subject"), j.subject}, {QStringLiteral("title"), j.title},
                {QStringLiteral("state"), j.state}, {QStringLiteral("reason"), j.reason},
                {QStringLiteral("started"),
                    QDateTime::fromMSecsSinceEpoch(j.startedMs, QTimeZone::utc())
                        .toString(Qt::ISODate)},
                {QStringLiteral("ended"),
                    j.endedMs
                        ? QJsonValue(QDateTime::fromMSecsSinceEpoch(j.endedMs, QTimeZone::utc())
                                         .toString(Qt::ISODate))
                        : QJsonValue()},
                {QStringLiteral("user"), j.user}});
        b.m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitOk;
    }
    if (jobs->isEmpty())
        b.m_cli.out() << BackupText::tr("No jobs have run yet.") << Qt::endl;
    for (const JobRecord &j : *jobs) {
        const QString when = QDateTime::fromMSecsSinceEpoch(j.startedMs)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString took = j.endedMs
            ? formatDuration(std::max<qint64>(0, j.endedMs - j.startedMs))
            : BackupText::tr("running");
        b.m_cli.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(j.id, 5)
                             .arg(when)
                             .arg(jobStateText(j.state), -12)
                             .arg(took, 8)
                             .arg(j.title)
                      << (j.reason.isEmpty() ? QString() : QStringLiteral(" — ") + j.reason)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runBackupCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupText::tr(
        "The backups of the workspace's servers (its \"backups\" sources).\n"
        "  list [--target ID] [--source ID] [--json]  list every backup on the servers\n"
        "  verify SOURCE [--newest | BACKUP]   test one backup (archive, checksum, database)\n"
        "  run SOURCE                          back up now, then list and verify the new backup\n"
        "  policy SOURCE [--json]              what the retention policy keeps and drops\n"
        "  prune SOURCE --yes                  delete what the policy drops\n"
        "  jobs [--json] [--limit N]           the jobs that ran, newest first\n"
        "BACKUP is the name `list` shows. Exit codes: 0 done (verify: intact), 2 verification "
        "failed, 3 usage, 4 could not run (listing or job failed)."));
    parser.addOption(CliContext::workspaceOption());
    parser.addOption(CliContext::acceptHostKeysOption());
    const QCommandLineOption targetOption(QStringLiteral("target"),
        BackupText::tr("Only this server's sources."), QStringLiteral("ID"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"), BackupText::tr("Only this source."), QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), BackupText::tr("JSON output."));
    const QCommandLineOption cachedOption(QStringLiteral("cached"),
        BackupText::tr("Show the catalog as last listed, without asking the servers."));
    const QCommandLineOption newestOption(
        QStringLiteral("newest"), BackupText::tr("Verify the newest backup (the default)."));
    const QCommandLineOption yesOption(
        QStringList {QStringLiteral("y"), QStringLiteral("yes")}, BackupText::tr("Do it (prune)."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        BackupText::tr("How many jobs to show (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    for (const auto &option : {targetOption, sourceOption, jsonOption, cachedOption, newestOption,
             yesOption, limitOption})
        parser.addOption(option);
    parser.addPositionalArgument(
        QStringLiteral("action"), BackupText::tr("list, verify, run, policy, prune or jobs"));
    if (const auto stop = cli.parse(parser, args, 3))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions {QStringLiteral("list"), QStringLiteral("verify"),
        QStringLiteral("run"), QStringLiteral("policy"), QStringLiteral("prune"),
        QStringLiteral("jobs")};
    if (!actions.contains(action)) {
        cli.err() << BackupText::tr("usage: dozor backup list|verify|run|policy|prune|jobs … (see "
                                    "dozor backup --help)")
                  << Qt::endl;
        return ExitUsage;
    }
    const bool needsSource = action != QLatin1String("list") && action != QLatin1String("jobs");
    const qsizetype most = action == QLatin1String("verify") ? 3 : needsSource ? 2 : 1;
    if ((needsSource && positional.size() < 2) || positional.size() > most) {
        cli.err() << BackupText::tr("usage: dozor backup %1%2")
                         .arg(action,
                             needsSource ? (action == QLatin1String("verify")
                                     ? QStringLiteral(" SOURCE [--newest | BACKUP]")
                                     : QStringLiteral(" SOURCE"))
                                         : QString())
                  << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    QStringList needed;
    if (action == QLatin1String("list")) {
        for (const BackupSource &s : workspace->backups) {
            if ((!parser.isSet(sourceOption) || s.id == parser.value(sourceOption))
                && (!parser.isSet(targetOption) || s.targetId == parser.value(targetOption)))
                needed.append(s.id);
        }
    } else if (needsSource) {
        needed.append(positional.at(1));
    }
    BackupCli b(cli, *workspace, path, parser.isSet(CliContext::acceptHostKeysOption()), needed);
    if (!b.open())
        return ExitFailure;
    if (action == QLatin1String("jobs")) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0) {
            cli.err() << BackupText::tr("--limit needs a positive number") << Qt::endl;
            return ExitUsage;
        }
        return jobsCommand(b, parser.isSet(jsonOption), limit);
    }
    if (action == QLatin1String("list")) {
        QStringList sources;
        const QString target = parser.value(targetOption);
        const QString only = parser.value(sourceOption);
        if (!only.isEmpty() && !b.known(only))
            return ExitUsage;
        if (!target.isEmpty() && !workspace->target(target)) {
            cli.err() << BackupText::tr("there is no server \"%1\" in the workspace").arg(target)
                      << Qt::endl;
            return ExitUsage;
        }
        for (const BackupSource &s : workspace->backups) {
            if ((only.isEmpty() || s.id == only) && (target.isEmpty() || s.targetId == target))
                sources.append(s.id);
        }
        if (workspace->backups.isEmpty()) {
            cli.err() << BackupText::tr("the workspace has no backup sources: add a \"backups\" "
                                        "array (see the README's Backups section)")
                      << Qt::endl;
            return ExitUsage;
        }
        return listCommand(
            b, parser, sources, parser.isSet(jsonOption), parser.isSet(cachedOption));
    }
    const QString sourceId = positional.at(1);
    if (!b.known(sourceId))
        return ExitUsage;
    if (action == QLatin1String("verify"))
        return verifyCommand(b, sourceId, positional.value(2));
    if (action == QLatin1String("run"))
        return runCommand(b, sourceId);
    return policyCommand(b, sourceId, parser.isSet(jsonOption), parser.isSet(cachedOption),
        action == QLatin1String("prune"), parser.isSet(yesOption));
}

} // namespace dozor
