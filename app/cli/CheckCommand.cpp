#include "CliContext.h"
#include "Commands.h"
#include "ResultFormat.h"
#include "backup/BackupService.h"
#include "core/AppPaths.h"
#include "core/ExitCode.h"
#include "jobs/JobTransport.h"
#include "monitor/CheckExecutor.h"
#include "remote/SshHosts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace dozor {

int runCheckCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CheckCommand",
        "Run every check once and print the results.\n"
        "Exit code: 0 all OK, 1 worst is WARN, 2 worst is CRIT or UNKNOWN, 3 usage or workspace "
        "error, 5 an SSH host key was refused for safety."));
    parser.addOption(CliContext::workspaceOption());
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("CheckCommand", "Print a JSON array instead of a table."));
    const QCommandLineOption only(QStringLiteral("check"),
        QCoreApplication::translate("CheckCommand", "Run only the check ID (repeatable)."),
        QStringLiteral("ID"));
    const QCommandLineOption target(QStringLiteral("target"),
        QCoreApplication::translate("CheckCommand", "Run only the checks of server ID."),
        QStringLiteral("ID"));
    const QCommandLineOption warnOk(QStringLiteral("warn-ok"),
        QCoreApplication::translate(
            "CheckCommand", "Exit 0 when the worst is WARN (a restore waits for this)."));
    parser.addOption(json);
    parser.addOption(only);
    parser.addOption(target);
    parser.addOption(warnOk);
    parser.addOption(CliContext::acceptHostKeysOption());
    if (const auto stop = cli.parse(parser, args))
        return *stop;
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Create);
    if (!workspace)
        return ExitUsage;

    QStringList ids;
    if (parser.isSet(only)) {
        for (const QString &id : parser.values(only)) {
            if (!workspace->check(id)) {
                cli.err() << QCoreApplication::translate(
                    "CheckCommand", "no check with id \"%1\" in %2")
                                 .arg(id, path)
                          << Qt::endl;
                return ExitUsage;
            }
            ids.append(id);
        }
    } else {
        for (const CheckSpec &c : workspace->checks)
            ids.append(c.id);
    }
    if (parser.isSet(target)) {
        const QString id = parser.value(target);
        if (!workspace->target(id)) {
            cli.err() << QCoreApplication::translate(
                "CheckCommand", "no server with id \"%1\" in %2")
                             .arg(id, path)
                      << Qt::endl;
            return ExitUsage;
        }
        ids.removeIf([&](const QString &checkId) {
            const CheckSpec *c = workspace->check(checkId);
            return !c || c->targetId != id;
        });
    }
    if (ids.isEmpty()) {
        cli.err() << (parser.isSet(target)
                ? QCoreApplication::translate("CheckCommand", "server %1 has no checks")
                      .arg(parser.value(target))
                : QCoreApplication::translate("CheckCommand", "the workspace has no checks"))
                  << Qt::endl;
        return ExitOk;
    }

    CheckExecutor executor(*workspace, QFileInfo(path).absolutePath());
    executor.sshHosts()->setAcceptNewHostKeys(parser.isSet(CliContext::acceptHostKeysOption()));
    const auto secrets = cli.readSecrets(*workspace, path);
    executor.sshHosts()->setSecrets(secrets, cli.secretProblems());
    // Backup checks list their source and read the catalog in the history file.
    std::unique_ptr<JobManager> jobs;
    std::unique_ptr<BackupService> backups;
    if (std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
            const CheckSpec *c = workspace->check(id);
            return c && c->type == CheckType::Backup;
        })) {
        const QString history = AppPaths::historyFileFor(path);
        const auto transports = transportsFor(*workspace,
            [hosts = executor.sshHosts()](const Target &t) { return hosts->settingsFor(t); });
        jobs = std::make_unique<JobManager>(history, transports);
        backups = std::make_unique<BackupService>(history, jobs.get(), transports);
        backups->setWorkspace(*workspace);
        if (std::any_of(workspace->backups.cbegin(), workspace->backups.cend(),
                [](const BackupSource &s) { return s.takesPassword(); }))
            backups->setPasswords(cli.readBackupSecrets(*workspace, path));
        if (const auto opened = backups->open(); !opened)
            cli.err() << opened.error() << Qt::endl;
        else
            executor.setBackups(backups.get());
    }
    QList<CheckResult> results;
    QObject::connect(&executor, &CheckExecutor::resultReady, &executor,
        [&results](const CheckResult &r) { results.append(r); });
    QObject::connect(&executor, &CheckExecutor::idle, QCoreApplication::instance(),
        &QCoreApplication::quit, Qt::QueuedConnection);
    executor.run(ids);
    QCoreApplication::exec();

    // Workspace order, not completion order.
    std::sort(results.begin(), results.end(), [&ids](const CheckResult &a, const CheckResult &b) {
        return ids.indexOf(a.checkId) < ids.indexOf(b.checkId);
    });
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CheckResult &r : std::as_const(results))
            array.append(ResultFormat::resultToJson(r, *workspace));
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        cli.out() << ResultFormat::table(results, *workspace);
    }
    cli.out().flush();
    const int code = ResultFormat::exitCodeOf(results);
    return code == ExitWarn && parser.isSet(warnOk) ? int(ExitOk) : code;
}

} // namespace dozor
