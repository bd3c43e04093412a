#include "CliContext.h"
#include "Commands.h"
#include "core/ExitCode.h"

#include <QCoreApplication>

namespace dozor {

int runValidateCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ValidateCommand", "Check a workspace file and list every problem in it."));
    parser.addOption(CliContext::workspaceOption());
    if (const auto stop = cli.parse(parser, args))
        return *stop;
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const int targets = static_cast<int>(workspace->targets.size());
    const int checks = static_cast<int>(workspace->checks.size());
    cli.out()
        << QCoreApplication::translate("ValidateCommand", "%1: valid (%2, %3)")
               .arg(path,
                   QCoreApplication::translate("ValidateCommand", "%n target(s)", nullptr, targets),
                   QCoreApplication::translate("ValidateCommand", "%n check(s)", nullptr, checks))
        << Qt::endl;
    return ExitOk;
}

} // namespace dozor
