#include "CliContext.h"
#include "Commands.h"
#include "core/DefaultWorkspace.h"
#include "core/ExitCode.h"
#include "core/SshConfigImport.h"
#include "core/WorkspaceDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace dozor {

namespace {
struct ImportCommandText {
    Q_DECLARE_TR_FUNCTIONS(ImportSshConfigCommand)
};
} // namespace

int runImportSshConfigCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommandText::tr(
        "Add the hosts of an OpenSSH client config (~/.ssh/config) to the workspace as servers: "
        "Host, HostName, Port, User, IdentityFile and ProxyJump (jump hosts). Hosts the "
        "workspace already has (same address, port, user and jump hosts) are skipped; each new "
        "server comes with the standard host checks (CPU, load, memory, disks, uptime) unless "
        "--no-default-checks is given; hosts "
        "reached through a ProxyCommand are not imported. Dozor reads the file itself; nothing "
        "else in it (host-key options) has any effect."));
    parser.addOption(CliContext::workspaceOption());
    const QCommandLineOption file(QStringLiteral("file"),
        ImportCommandText::tr("The config file (default: ~/.ssh/config)."), QStringLiteral("FILE"));
    const QCommandLineOption only(QStringLiteral("host"),
        ImportCommandText::tr("Import only the Host ALIAS (repeatable)."), QStringLiteral("ALIAS"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        ImportCommandText::tr("Print what would be added; change nothing."));
    const QCommandLineOption noChecks(QStringLiteral("no-default-checks"),
        ImportCommandText::tr("Add the servers without the standard host checks."));
    parser.addOption(file);
    parser.addOption(only);
    parser.addOption(noChecks);
    parser.addOption(dryRun);
    if (const auto stop = cli.parse(parser, args))
        return *stop;

    const QString configPath = parser.isSet(file)
        ? parser.value(file)
        : QDir::home().filePath(QStringLiteral(".ssh/config"));
    QFile config(configPath);
    if (!config.open(QIODevice::ReadOnly)) {
        cli.err()
            << ImportCommandText::tr("cannot read %1: %2").arg(configPath, config.errorString())
            << Qt::endl;
        return ExitFailure;
    }
    const SshConfigParse parsed = parseSshConfig(config.read(qint64 {4} * 1024 * 1024));
    for (const QString &note : parsed.notes)
        cli.err() << configPath << ": " << note << Qt::endl;
    QList<SshConfigHost> hosts = parsed.hosts;
    if (parser.isSet(only)) {
        const QStringList wanted = parser.values(only);
        for (const QString &alias : wanted) {
            if (std::none_of(hosts.begin(), hosts.end(),
                    [&](const SshConfigHost &h) { return h.alias == alias; })) {
                cli.err() << ImportCommandText::tr("no Host %1 in %2").arg(alias, configPath)
                          << Qt::endl;
                return ExitUsage;
            }
        }
        hosts.erase(std::remove_if(hosts.begin(), hosts.end(),
                        [&](const SshConfigHost &h) { return !wanted.contains(h.alias); }),
            hosts.end());
    }

    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Create);
    if (!workspace)
        return ExitUsage;
    const SshImportPlan plan = planSshImport(hosts, *workspace);
    QStringList taken;
    for (const CheckSpec &c : workspace->checks)
        taken.append(c.id);
    const QList<CheckSpec> checks =
        parser.isSet(noChecks) ? QList<CheckSpec>() : standardHostChecksFor(plan.add, taken);
    for (const Target &t : plan.add) {
        QStringList ids;
        for (const CheckSpec &c : checks) {
            if (c.targetId == t.id)
                ids.append(c.id);
        }
        QString line = (parser.isSet(dryRun) ? ImportCommandText::tr("would add %1: %2 (%3)")
                                             : ImportCommandText::tr("added %1: %2 (%3)"))
                           .arg(t.id, t.ssh->route(), t.ssh->loginSummary());
        if (!ids.isEmpty())
            line += ImportCommandText::tr(" with checks %1").arg(ids.join(QStringLiteral(", ")));
        cli.out() << line << Qt::endl;
    }
    for (const QString &alias : plan.skipped)
        cli.out() << ImportCommandText::tr("skipped %1: already in the workspace").arg(alias)
                  << Qt::endl;
    if (plan.add.isEmpty()) {
        cli.err() << ImportCommandText::tr("nothing to add") << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(dryRun))
        return ExitOk;
    WorkspaceDocument document(*workspace, path);
    if (const auto saved = document.addTargets(plan.add, checks); !saved) {
        cli.err() << saved.error() << Qt::endl;
        return ExitFailure;
    }
    cli.err() << ImportCommandText::tr(
        "Saved %1. New servers' host keys are asked about on first connection "
        "(dozor check --accept-new-host-keys to trust them here).")
                     .arg(path)
              << Qt::endl;
    return ExitOk;
}

} // namespace dozor
