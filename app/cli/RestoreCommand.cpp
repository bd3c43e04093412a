#include "BackupCli.h"
#include "CliContext.h"
#include "Commands.h"
#include "RestoreReportText.h"
#include "backup/RestorePlans.h"
#include "core/DurationText.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace dozor {

namespace {
using namespace restorecli;

struct RestoreText {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
};

// The server's checks, run once now by this same program: whether they pass (WARN passes).
struct ChecksNow {
    QList<QByteArray> argv; // empty: the server has no checks
    bool pass = false;
    QString output;
};
// `dozor check` of the server's checks by this same program (empty: the server has none).
QList<QByteArray> checkArgv(
    const Workspace &workspace, const QString &workspaceFile, const QString &targetId)
{
    if (std::none_of(workspace.checks.cbegin(), workspace.checks.cend(),
            [&](const CheckSpec &c) { return c.targetId == targetId; }))
        return {};
    QList<QByteArray> argv {QCoreApplication::applicationFilePath().toUtf8(), "check",
        "--workspace", QFileInfo(workspaceFile).absoluteFilePath().toUtf8(), "--target",
        targetId.toUtf8(), "--warn-ok"};
    return argv;
}

ChecksNow checksNow(
    const Workspace &workspace, const QString &workspaceFile, const QString &targetId)
{
    ChecksNow now;
    now.argv = checkArgv(workspace, workspaceFile, targetId);
    if (now.argv.isEmpty())
        return now;
    QStringList args;
    for (const QByteArray &a : now.argv.mid(1))
        args.append(QString::fromUtf8(a));
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), args);
    now.pass =
        p.waitForFinished(180'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    now.output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    return now;
}

int runCommand(CliContext &cli, backupcli::BackupCli &b, const Workspace &workspace,
    const QString &path, const QString &sourceId, const QString &name, const QStringList &paths,
    bool yes, bool rollBackAlways, const QString &incidentId)
{
    if (!incidentId.isEmpty()) {
        const auto incident = b.m_jobs->book().journal().incident(incidentId);
        if (!incident || !*incident) {
            cli.err() << RestoreText::tr("there is no incident %1 (dozor journal list shows them)")
                             .arg(incidentId)
                      << Qt::endl;
            return ExitUsage;
        }
    }
    const BackupSource *source = workspace.backup(sourceId);
    const ChecksNow before = checksNow(workspace, path, source->targetId);
    RestorePlans::RestoreOptions options;
    options.stamp = RestorePlans::newStamp();
    options.checkArgv = before.argv;
    options.rollBackWhenChecksFail = before.pass || rollBackAlways;
    options.incidentId = incidentId;
    if (before.argv.isEmpty())
        cli.err() << RestoreText::tr("warning: %1 has no checks: nothing will confirm that the "
                                     "restored service works")
                         .arg(source->targetId)
                  << Qt::endl;
    else if (before.pass)
        cli.err() << RestoreText::tr("The server's checks pass now: if they fail after the "
                                     "restore, it is rolled back.")
                  << Qt::endl;
    else
        cli.err() << RestoreText::tr("The server's checks fail now: if they still fail after the "
                                     "restore, %1")
                         .arg(rollBackAlways ? RestoreText::tr("it is rolled back "
                                                               "(--rollback-on-failure).")
                                             : RestoreText::tr("the restored state is kept "
                                                               "(--rollback-on-failure rolls it "
                                                               "back)."))
                  << Qt::endl;
    if (!yes) {
        RestorePreviewReport report;
        bool finished = false;
        b.m_service->previewRestore(sourceId, name, paths, [&](const RestorePreviewReport &r) {
            report = r;
            finished = true;
            QCoreApplication::quit();
        });
        if (!finished)
            QCoreApplication::exec();
        if (!report.error.isEmpty()) {
            cli.err() << RestoreText::tr("Restore of %1 %2: %3").arg(sourceId, name, report.error)
                      << Qt::endl;
            return ExitFailure;
        }
        printReport(cli, report, 20);
        const auto plan = b.m_service->restorePlan(sourceId, report, options);
        if (!plan) {
            cli.err() << RestoreText::tr("Restore of %1 %2: %3").arg(sourceId, name, plan.error())
                      << Qt::endl;
            return report.blocked() ? ExitCrit : ExitFailure;
        }
        cli.out() << Qt::endl;
        printPlan(cli, *plan);
        cli.err() << RestoreText::tr("Nothing was changed: add --yes to run this plan.")
                  << Qt::endl;
        return ExitUsage;
    }
    Expected<qint64> job = unexpected(QString());
    RestorePreviewReport report;
    bool started = false;
    b.m_service->restore(sourceId, name, paths, options,
        [&](const Expected<qint64> &id, const RestorePreviewReport &r) {
            job = id;
            report = r;
            started = true;
            QCoreApplication::quit();
        });
    if (!started)
        QCoreApplication::exec();
    if (!job) {
        cli.err() << RestoreText::tr("Restore of %1 %2 did not start: %3")
                         .arg(sourceId, name, job.error())
                  << Qt::endl;
        return report.blocked() && report.error.isEmpty() ? ExitCrit : ExitFailure;
    }
    cli.err() << RestoreText::tr("Restoring %1 %2 into %3 (job %4)…")
                     .arg(sourceId, name, report.restoreTo)
                     .arg(*job)
              << Qt::endl;
    const JobInfo info = b.waitForJob(*job);
    const QString took = formatDuration(std::max<qint64>(0, info.endedMs - info.startedMs));
    if (info.state == JobRunner::State::Succeeded) {
        bool checksFailed = false;
        if (const auto record = b.m_jobs->book().job(*job); record && *record)
            checksFailed = RestorePlans::checksFailed(info.plan, (*record)->steps);
        const QString safety = RestorePlans::safetyFolder(*source, options.stamp);
        if (checksFailed) {
            cli.out() << RestoreText::tr("Restored %1 into %2 (%3), but the server's checks still "
                                         "fail; the restored state is kept. The copy from before "
                                         "is in %4.")
                             .arg(name, report.restoreTo, took, safety)
                      << Qt::endl;
            return ExitCrit;
        }
        cli.out() << RestoreText::tr("Restored %1 into %2 (%3). The copy from before is in %4: "
                                     "dozor restore rollback %5 puts it back; delete it when you "
                                     "are satisfied.")
                         .arg(name, report.restoreTo, took, safety, sourceId)
                  << Qt::endl;
        return ExitOk;
    }
    const QString state = jobStateText(jobStateName(info.state));
    if (info.state == JobRunner::State::RolledBack || info.state == JobRunner::State::Cancelled)
        cli.err() << RestoreText::tr("Restore of %1 %2 %3: %4. Everything it changed was put "
                                     "back.")
                         .arg(sourceId, name, state, info.reason)
                  << Qt::endl;
    else
        cli.err() << RestoreText::tr("Restore of %1 %2 %3: %4. Look at the server: dozor restore "
                                     "rollback %1 puts back what it replaced.")
                         .arg(sourceId, name, state, info.reason)
                  << Qt::endl;
    return ExitFailure;
}

// named: the restore job named on the command line (its step names), when one was.
int recoverCommand(CliContext &cli, backupcli::BackupCli &b, const QString &workspaceFile,
    const QString &sourceId, bool resume, bool yes, const std::optional<JobRecord> &named)
{
    Expected<std::optional<RestorePlans::RestoreState>> state = unexpected(QString());
    bool read = false;
    b.m_service->readRestoreState(
        sourceId, [&](const Expected<std::optional<RestorePlans::RestoreState>> &s) {
            state = s;
            read = true;
            QCoreApplication::quit();
        });
    if (!read)
        QCoreApplication::exec();
    const BackupSource *source = b.m_workspace.backup(sourceId);
    if (!state || !*state) {
        cli.err() << (resume ? RestoreText::tr("Finishing the restore of %1: %2")
                             : RestoreText::tr("Rollback of the restore of %1: %2"))
                         .arg(sourceId,
                             !state ? state.error()
                                    : RestoreText::tr("no restore is under way there (%1 does not "
                                                      "exist), and the last one cannot be rolled "
                                                      "back (it was, or its copy from before is "
                                                      "gone). Only the last restore can be: the "
                                                      "copies from before earlier ones stay in "
                                                      "their .dozor-safety- folders beside it")
                                          .arg(RestorePlans::stateFile(*source)))
                  << Qt::endl;
        return ExitFailure;
    }
    const RestorePlans::RestoreState &found = **state;
    // A job named: the server's record must be of that job's restore (a step of the job names
    // one of the restore's folders, with its whole stamp).
    const auto namesFolder = [](const QString &step, const QString &folder) {
        for (qsizetype at = step.indexOf(folder); at >= 0; at = step.indexOf(folder, at + 1)) {
            const qsizetype after = at + folder.size();
            if (after == step.size()
                || !(step.at(after).isDigit() || step.at(after) == QLatin1Char('-')))
                return true;
        }
        return false;
    };
    if (named
        && std::none_of(
            named->stepNames.cbegin(), named->stepNames.cend(), [&](const QString &step) {
                return namesFolder(step, found.safety) || namesFolder(step, found.failed)
                    || namesFolder(step, found.stage);
            })) {
        cli.err() << RestoreText::tr("Job %1 is not the restore the server's record is of (%2, "
                                     "started %3): dozor restore %4 %5 acts on that one.")
                         .arg(named->id)
                         .arg(found.backupName, RestorePlans::stampText(found.stamp),
                             resume ? QStringLiteral("resume") : QStringLiteral("rollback"),
                             sourceId)
                  << Qt::endl;
        return ExitFailure;
    }
    if (found.finished)
        cli.out() << RestoreText::tr("The last restore of %1 (%2, started %3) finished; the copy "
                                     "from before it is kept in %4.")
                         .arg(found.sourceId, found.backupName,
                             RestorePlans::stampText(found.stamp), found.safety)
                  << Qt::endl;
    else
        cli.out() << RestoreText::tr("A restore of %1 (%2, started %3) %4.")
                         .arg(found.sourceId, found.backupName,
                             RestorePlans::stampText(found.stamp),
                             found.rollingBack         ? RestoreText::tr("was being rolled back")
                                 : found.changedLive() ? RestoreText::tr("had begun to swap the "
                                                                         "restored copy in")
                                                       : RestoreText::tr("had not changed anything "
                                                                         "live yet"))
                  << Qt::endl;
    const auto plan = resume ? RestorePlans::resumePlan(
                          *source, found, checkArgv(b.m_workspace, workspaceFile, source->targetId))
                             : Expected<JobPlan>(RestorePlans::rollbackPlan(*source, found));
    if (!plan) {
        cli.err() << RestoreText::tr("The restore of %1 cannot be resumed: %2")
                         .arg(sourceId, plan.error())
                  << Qt::endl;
        return ExitFailure;
    }
    if (!yes) {
        printPlan(cli, *plan);
        cli.err() << (resume ? RestoreText::tr("Nothing was changed: add --yes to finish it.")
                             : RestoreText::tr("Nothing was changed: add --yes to roll it back."))
                  << Qt::endl;
        return ExitUsage;
    }
    const auto job = b.m_service->startRecovery(sourceId, *plan);
    if (!job) {
        cli.err() << job.error() << Qt::endl;
        return ExitFailure;
    }
    const JobInfo info = b.waitForJob(*job);
    if (info.state != JobRunner::State::Succeeded) {
        cli.err() << (resume ? RestoreText::tr("Finishing the restore of %1: %2: %3")
                             : RestoreText::tr("Rollback of %1: %2: %3"))
                         .arg(sourceId, jobStateText(jobStateName(info.state)), info.reason)
                  << Qt::endl;
        return ExitFailure;
    }
    if (resume)
        cli.out() << RestoreText::tr("Restored %1 into %2. The copy from before is in %3; delete "
                                     "it when you are satisfied.")
                         .arg(found.backupName, source->restoreTo, found.safety)
                  << Qt::endl;
    else if (found.finished)
        cli.out() << RestoreText::tr("Rolled back: %1 is as it was before the restore. What the "
                                     "restore had put in place is kept in %2.")
                         .arg(source->restoreTo, found.failed)
                  << Qt::endl;
    else
        cli.out() << RestoreText::tr("Rolled back: %1 is as it was before the restore.")
                         .arg(source->restoreTo)
                  << Qt::endl;
    return ExitOk;
}
} // namespace

int runRestoreCommand(CliContext &cli, const QStringList &args)
{
    using namespace backupcli;
    QCommandLineParser parser;
    parser.setApplicationDescription(RestoreText::tr(
        "Restores of the workspace's backups.\n"
        "  preview SOURCE [BACKUP] [--path P]… [--json] [--all]\n"
        "      what restoring the backup (default: the newest) into the source's restore_to\n"
        "      would create, overwrite, change (metadata only), delete and leave unchanged;\n"
        "      a database's tables and rows; a dump's objects. Read on the server; nothing\n"
        "      there is changed.\n"
        "  run SOURCE [BACKUP] [--path P]… --yes [--rollback-on-failure] [--incident ID]\n"
        "      restore it: the plan is shown without --yes. The live copy is moved aside (kept),\n"
        "      the backup extracted and checked beside it, swapped in by rename, the services\n"
        "      restarted and the server's checks run; anything failing puts everything back.\n"
        "  resume SOURCE|JOB [--yes]    finish an interrupted restore whose copy was ready\n"
        "  rollback SOURCE|JOB [--yes]  put back what an interrupted restore replaced, or\n"
        "      what the last finished one replaced while its copy from before is kept\n"
        "      (a restore's record is kept on the server beside restore_to).\n"
        "Exit codes: 0 done (preview: nothing blocks the restore), 2 the preview blocks it or\n"
        "the server's checks still fail after it, 3 usage (or --yes missing), 4 it could not\n"
        "be done (a restore that failed was rolled back)."));
    parser.addOption(CliContext::workspaceOption());
    parser.addOption(CliContext::acceptHostKeysOption());
    const QCommandLineOption pathOption(QStringLiteral("path"),
        RestoreText::tr("Restore only this path (relative to restore_to, or absolute under it); "
                        "repeat for more."),
        QStringLiteral("P"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        RestoreText::tr("JSON output: the counts under create, overwrite, metadata, delete and "
                        "unchanged, and the lists under the same names."));
    const QCommandLineOption allOption(QStringLiteral("all"),
        RestoreText::tr("List every change (default: the first 20 of each kind)."));
    const QCommandLineOption yesOption(QStringList {QStringLiteral("y"), QStringLiteral("yes")},
        RestoreText::tr("Do it (run, resume, rollback)."));
    const QCommandLineOption rollbackOption(QStringLiteral("rollback-on-failure"),
        RestoreText::tr("Roll the restore back when the server's checks fail after it, even if "
                        "they failed before it too."));
    const QCommandLineOption incidentOption(QStringLiteral("incident"),
        RestoreText::tr("The incident the restore is for: its journal entry links to it."),
        QStringLiteral("ID"));
    for (const auto &option :
        {pathOption, jsonOption, allOption, yesOption, rollbackOption, incidentOption})
        parser.addOption(option);
    parser.addPositionalArgument(
        QStringLiteral("action"), RestoreText::tr("preview, run, resume or rollback"));
    if (const auto stop = cli.parse(parser, args, 3))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool recover = action == QLatin1String("rollback") || action == QLatin1String("resume");
    const bool known =
        action == QLatin1String("preview") || action == QLatin1String("run") || recover;
    if (!known || positional.size() < 2 || positional.size() > (recover ? 2 : 3)) {
        cli.err() << RestoreText::tr("usage: dozor restore preview|run SOURCE [BACKUP] [--path P]… "
                                     "or dozor restore resume|rollback SOURCE|JOB (see dozor "
                                     "restore --help)")
                  << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    QString sourceId = positional.at(1);
    bool isJob = false;
    const qint64 jobId = sourceId.toLongLong(&isJob);
    std::optional<JobRecord> job;
    if (recover && isJob && !workspace->backup(sourceId)) {
        // A job's number: the source it restored.
        BackupCli lookup(cli, *workspace, path, false, {});
        if (!lookup.open())
            return ExitFailure;
        const auto record = lookup.m_jobs->book().job(jobId);
        if (!record || !*record || (*record)->kind != QLatin1String("restore")) {
            cli.err() << RestoreText::tr("job %1 is not a restore").arg(jobId) << Qt::endl;
            return ExitUsage;
        }
        sourceId = (*record)->subject;
        job = **record;
    }
    BackupCli b(
        cli, *workspace, path, parser.isSet(CliContext::acceptHostKeysOption()), {sourceId});
    if (!b.known(sourceId))
        return ExitUsage;
    if (!b.open())
        return ExitFailure;
    if (action == QLatin1String("rollback") || action == QLatin1String("resume"))
        return recoverCommand(cli, b, path, sourceId, action == QLatin1String("resume"),
            parser.isSet(yesOption), job);
    const QString name = listedBackupName(b, sourceId, positional.value(2),
        RestoreText::tr("%1 lists no backups to restore").arg(sourceId));
    if (name.isEmpty())
        return ExitFailure;
    if (action == QLatin1String("run"))
        return runCommand(cli, b, *workspace, path, sourceId, name, parser.values(pathOption),
            parser.isSet(yesOption), parser.isSet(rollbackOption), parser.value(incidentOption));
    if (stderrIsTerminal())
        cli.err() << RestoreText::tr("Reading %1 and the live side on the server…").arg(name)
                  << Qt::endl;
    RestorePreviewReport report;
    bool finished = false;
    // Ctrl+C: nothing was changed, so nothing is left to undo.
    QObject::connect(&b.m_stopSignals, &StopSignals::stopRequested, b.m_service.get(), [&](int) {
        report.error = RestoreText::tr("cancelled");
        finished = true;
        QCoreApplication::quit();
    });
    b.m_service->previewRestore(
        sourceId, name, parser.values(pathOption), [&](const RestorePreviewReport &made) {
            report = made;
            finished = true;
            QCoreApplication::quit();
        });
    if (!finished)
        QCoreApplication::exec();
    if (parser.isSet(jsonOption))
        cli.out() << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented) << Qt::flush;
    if (!report.error.isEmpty()) {
        cli.err()
            << RestoreText::tr("Restore preview of %1 %2: %3").arg(sourceId, name, report.error)
            << Qt::endl;
        return ExitFailure;
    }
    if (!parser.isSet(jsonOption))
        printReport(cli, report, parser.isSet(allOption) ? -1 : 20);
    return report.blocked() ? ExitCrit : ExitOk;
}

} // namespace dozor
