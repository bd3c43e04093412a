#include "CliContext.h"
#include "Commands.h"
#include "core/AppPaths.h"
#include "core/ExitCode.h"
#include "monitor/CheckExecutor.h"
#include "monitor/Remediation.h"
#include "remote/SshHosts.h"
#include "store/JournalBook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dozor {

namespace {
struct RemediateText {
    Q_DECLARE_TR_FUNCTIONS(RemediateCommand)
    DOZOR_MESSAGE_FUNCTIONS(RemediateCommand)
};
} // namespace

int runRemediateCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RemediateText::tr(
        "Run a check's remediation now, on its server, and record it in the check's open "
        "incident. Shows the exact command first and asks; --yes runs it without asking (for "
        "scripts). Exit code: 0 when it exited 0, 4 when it failed or could not run."));
    parser.addOption(CliContext::workspaceOption());
    const QCommandLineOption yes(
        QStringList {QStringLiteral("y"), QStringLiteral("yes")}, RemediateText::tr("Do not ask."));
    parser.addOption(yes);
    parser.addOption(CliContext::acceptHostKeysOption());
    parser.addPositionalArgument(QStringLiteral("check"), RemediateText::tr("the check's id"));
    if (const auto stop = cli.parse(parser, args, 1))
        return *stop;
    const QString checkId = parser.positionalArguments().value(0);
    if (checkId.isEmpty()) {
        cli.err() << RemediateText::tr("usage: dozor remediate CHECK [--yes]") << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const CheckSpec *check = workspace->check(checkId);
    if (!check) {
        cli.err() << RemediateText::tr("no check with id \"%1\" in %2").arg(checkId, path)
                  << Qt::endl;
        return ExitUsage;
    }
    const auto command = remediationCommand(check->remediation);
    if (!command) {
        cli.err() << RemediateText::tr("%1: %2 (set \"remediation\" on the check in the workspace)")
                         .arg(checkId, command.error())
                  << Qt::endl;
        return ExitUsage;
    }
    const Target *target = workspace->target(check->targetId);
    const QString where = target ? target->displayName() : check->targetId;
    cli.err() << RemediateText::tr("On %1 this runs:").arg(where) << Qt::endl
              << "  " << QString::fromUtf8(*command) << Qt::endl;
    if (!parser.isSet(yes)) {
#ifdef Q_OS_UNIX
        if (!::isatty(STDIN_FILENO)) {
            cli.err() << RemediateText::tr("not a terminal, so nobody can say yes: add --yes")
                      << Qt::endl;
            return ExitUsage;
        }
#endif
        cli.err() << RemediateText::tr("Run it? [y/N] ") << Qt::flush;
        QFile in;
        const QByteArray answer = in.open(stdin, QIODevice::ReadOnly)
            ? in.readLine(64).trimmed().toLower()
            : QByteArray();
        if (answer != "y" && answer != "yes") {
            cli.err() << RemediateText::tr("Nothing was run.") << Qt::endl;
            return ExitOk;
        }
    }

    CheckExecutor executor(*workspace, QFileInfo(path).absolutePath());
    executor.sshHosts()->setAcceptNewHostKeys(parser.isSet(CliContext::acceptHostKeysOption()));
    const auto secrets = cli.readSecrets(*workspace, path);
    executor.sshHosts()->setSecrets(secrets, cli.secretProblems());
    RemoteRunResult run;
    bool finished = false;
    executor.runRemediation(*check, [&](const RemoteRunResult &r) {
        run = r;
        finished = true;
        QCoreApplication::quit();
    });
    if (!finished)
        QCoreApplication::exec();
    const Message outcome = remediationOutcome(remediationSummary(check->remediation), run);
    cli.out() << outcome.text() << Qt::endl;

    // On record in the check's open incident, like the app's button.
    JournalBook book(AppPaths::historyFileFor(path));
    if (const auto opened = book.open(); opened) {
        if (const auto open = book.openIncidents()) {
            for (const Incident &i : *open) {
                if (i.checkId != checkId && !i.checks.contains(checkId))
                    continue;
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                if (const auto noted = book.appendTimeline({TimelineEntry::of(i.id, now,
                        TimelineKind::Remediation, checkId, std::nullopt,
                        RemediateText::msg("remediation run from the command line: %1")
                            .arg(outcome))});
                    !noted)
                    cli.err() << noted.error() << Qt::endl;
            }
        }
    }
    return run.completed() && run.exitStatus.value_or(-1) == 0 ? ExitOk : ExitFailure;
}

} // namespace dozor
