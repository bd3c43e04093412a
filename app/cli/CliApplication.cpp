#include "CliApplication.h"

#include "CliContext.h"
#include "Commands.h"
#include "core/ExitCode.h"
#include "core/Translations.h"

#include <QCoreApplication>

namespace dozor {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usage()
{
    return CliText::tr(
        "Usage: dozor <command> [options]\n"
        "\n"
        "Commands:\n"
        "  validate   check a workspace file and list every problem in it\n"
        "  check      run every check once; exit 0 OK, 1 WARN, 2 CRIT/UNKNOWN, 3 usage error\n"
        "  watch      run the checks on their intervals and record history\n"
        "  history    export a recorded series (CSV or JSON)\n"
        "  secret     store or remove a server's SSH password or key passphrase, or an alert\n"
        "             channel's token, in the system keychain (dozor secret set|clear TARGET,\n"
        "             dozor secret set|clear --channel ID, --backup ID for a repository\n"
        "             or a PostgreSQL database)\n"
        "  import-ssh-config  add the hosts of ~/.ssh/config as servers\n"
        "  maintenance  start, stop or list maintenance windows (no alerts while one is open)\n"
        "  alert      test an alert channel (dozor alert test CHANNEL) or list the channels\n"
        "  journal    list, add or export (Markdown) incidents and journal entries\n"
        "  uptime     uptime and MTTR per check and server over a period\n"
        "  remediate  run a check's remediation now (shows the command and asks first)\n"
        "  backup     list, verify, download, make and prune the servers' backups\n"
        "             (dozor backup --help)\n"
        "  restore    preview a restore of a backup, run it, resume or roll back one\n"
        "             (dozor restore --help)\n"
        "  deploy     deploy a recipe to a server, roll back, list the deploys\n"
        "             (dozor deploy --help)\n"
        "\n"
        "Options:\n"
        "  -h, --help     show this help, or a command's help with dozor <command> --help\n"
        "  -v, --version  show the version\n"
        "\n"
        "Every command takes --workspace FILE; the default workspace lives in the user's\n"
        "configuration folder (DOZOR_HOME overrides it and the data folder).\n"
        "\n"
        "Without a command dozor opens the desktop app (also: dozor gui), which takes\n"
        "--workspace FILE, --page overview|journal|backups|jobs|target:ID and --hidden (start in\n"
        "the tray).\n");
}

} // namespace

int runCli(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dozor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOZOR_VERSION));
    Translations::install(&app);

    CliContext cli;
    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QStringLiteral("watch");
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        cli.out() << QStringLiteral("dozor ") << QStringLiteral(DOZOR_VERSION) << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        cli.out() << usage();
        return ExitOk;
    }
    // The command's own parser sees "dozor <command>" as its program name.
    QStringList commandArgs = args.mid(2);
    commandArgs.prepend(args.value(0) + QLatin1Char(' ') + command);
    if (command == QLatin1String("validate"))
        return runValidateCommand(cli, commandArgs);
    if (command == QLatin1String("check"))
        return runCheckCommand(cli, commandArgs);
    if (command == QLatin1String("watch"))
        return runWatchCommand(cli, commandArgs);
    if (command == QLatin1String("history"))
        return runHistoryCommand(cli, commandArgs);
    if (command == QLatin1String("secret"))
        return runSecretCommand(cli, commandArgs);
    if (command == QLatin1String("import-ssh-config"))
        return runImportSshConfigCommand(cli, commandArgs);
    if (command == QLatin1String("maintenance"))
        return runMaintenanceCommand(cli, commandArgs);
    if (command == QLatin1String("alert"))
        return runAlertCommand(cli, commandArgs);
    if (command == QLatin1String("journal"))
        return runJournalCommand(cli, commandArgs);
    if (command == QLatin1String("uptime"))
        return runUptimeCommand(cli, commandArgs);
    if (command == QLatin1String("remediate"))
        return runRemediateCommand(cli, commandArgs);
    if (command == QLatin1String("backup"))
        return runBackupCommand(cli, commandArgs);
    if (command == QLatin1String("restore"))
        return runRestoreCommand(cli, commandArgs);
    if (command == QLatin1String("deploy"))
        return runDeployCommand(cli, commandArgs);
    if (command == QLatin1String("gui")) {
        cli.err() << CliText::tr("this dozor was built without the desktop app (DOZOR_GUI=OFF); "
                                 "dozor watch runs the same monitoring headless")
                  << Qt::endl;
        return ExitUsage;
    }
    cli.err() << CliText::tr("unknown command \"%1\"").arg(command) << Qt::endl
              << Qt::endl
              << usage();
    return ExitUsage;
}

} // namespace dozor
