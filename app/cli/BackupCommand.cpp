#include "BackupCli.h"
#include "CliContext.h"
#include "Commands.h"
#include "backup/BackupPlans.h"
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
#include <QDir>
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

namespace backupcli {

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

QString listedBackupName(
    BackupCli &b, const QString &sourceId, const QString &backupName, const QString &noneText)
{
    const auto problems = b.refresh({sourceId});
    if (problems.contains(sourceId))
        b.m_cli.err()
            << BackupText::tr("%1: listing failed: %2").arg(sourceId, problems.value(sourceId))
            << Qt::endl;
    if (!backupName.isEmpty())
        return backupName;
    const auto rows = b.m_service->catalog().backups(sourceId);
    if (!rows || rows->isEmpty()) {
        b.m_cli.err() << noneText << Qt::endl;
        return {};
    }
    return rows->constFirst().name;
}

int verifyCommand(BackupCli &b, const QString &sourceId, const QString &backupName)
{
    const QString name = listedBackupName(
        b, sourceId, backupName, BackupText::tr("%1 lists no backups to verify").arg(sourceId));
    if (name.isEmpty())
        return ExitFailure;
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

int downloadCommand(
    BackupCli &b, const QString &sourceId, const QString &backupName, const QString &folder)
{
    const QFileInfo into(folder);
    if (!into.isDir() || !into.isWritable()) {
        b.m_cli.err() << BackupText::tr("%1 is not a folder Dozor can write to (--to)")
                             .arg(QDir::toNativeSeparators(into.absoluteFilePath()))
                      << Qt::endl;
        return ExitUsage;
    }
    if (const BackupSource *s = b.m_workspace.backup(sourceId); s && s->isRepository()) {
        // Said before anything is listed: nothing to list would change it.
        b.m_cli.err() << BackupPlans::download(*s, CatalogEntry {}, folder).error() << Qt::endl;
        return ExitFailure;
    }
    const QString name = listedBackupName(
        b, sourceId, backupName, BackupText::tr("%1 lists no backups to download").arg(sourceId));
    if (name.isEmpty())
        return ExitFailure;
    const auto job = b.m_service->download(sourceId, name, into.absoluteFilePath());
    if (!job) {
        b.m_cli.err() << job.error() << Qt::endl;
        return ExitFailure;
    }
    const JobInfo info = b.waitForJob(*job);
    if (info.state != JobRunner::State::Succeeded) {
        b.m_cli.err() << BackupText::tr("Download of %1 %2: %3")
                             .arg(sourceId, name,
                                 info.reason.isEmpty() ? jobStateText(jobStateName(info.state))
                                                       : info.reason)
                      << Qt::endl;
        return ExitFailure;
    }
    b.m_cli.out() << BackupText::tr("Downloaded %1 to %2")
                         .arg(name,
                             QDir::toNativeSeparators(QDir(into.absoluteFilePath()).filePath(name)))
                  << Qt::endl;
    return ExitOk;
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

} // namespace backupcli

int runBackupCommand(CliContext &cli, const QStringList &args)
{
    using namespace backupcli;
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupText::tr(
        "The backups of the workspace's servers (its \"backups\" sources).\n"
        "  list [--target ID] [--source ID] [--json]  list every backup on the servers\n"
        "  verify SOURCE [--newest | BACKUP]   test one backup (archive, checksum, database)\n"
        "  download SOURCE [--newest | BACKUP] [--to DIR]  copy a backup to this computer\n"
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
    const QCommandLineOption newestOption(QStringLiteral("newest"),
        BackupText::tr("Verify or download the newest backup (the default)."));
    const QCommandLineOption yesOption(
        QStringList {QStringLiteral("y"), QStringLiteral("yes")}, BackupText::tr("Do it (prune)."));
    const QCommandLineOption toOption(QStringLiteral("to"),
        BackupText::tr("Where download puts the backup (default: the current folder)."),
        QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        BackupText::tr("How many jobs to show (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    for (const auto &option : {targetOption, sourceOption, jsonOption, cachedOption, newestOption,
             yesOption, toOption, limitOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"),
        BackupText::tr("list, verify, download, run, policy, prune or jobs"));
    if (const auto stop = cli.parse(parser, args, 3))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions {QStringLiteral("list"), QStringLiteral("verify"),
        QStringLiteral("download"), QStringLiteral("run"), QStringLiteral("policy"),
        QStringLiteral("prune"), QStringLiteral("jobs")};
    if (!actions.contains(action)) {
        cli.err() << BackupText::tr(
            "usage: dozor backup list|verify|download|run|policy|prune|jobs … (see "
            "dozor backup --help)")
                  << Qt::endl;
        return ExitUsage;
    }
    const bool needsSource = action != QLatin1String("list") && action != QLatin1String("jobs");
    const bool namesBackup =
        action == QLatin1String("verify") || action == QLatin1String("download");
    const qsizetype most = namesBackup ? 3 : needsSource ? 2 : 1;
    if ((needsSource && positional.size() < 2) || positional.size() > most) {
        cli.err() << BackupText::tr("usage: dozor backup %1%2")
                         .arg(action,
                             needsSource
                                 ? (namesBackup ? QStringLiteral(" SOURCE [--newest | BACKUP]")
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
    if (action == QLatin1String("download"))
        return downloadCommand(b, sourceId, positional.value(2), parser.value(toOption));
    if (action == QLatin1String("run"))
        return runCommand(b, sourceId);
    return policyCommand(b, sourceId, parser.isSet(jsonOption), parser.isSet(cachedOption),
        action == QLatin1String("prune"), parser.isSet(yesOption));
}

} // namespace dozor
