#pragma once

#include <QStringList>

namespace dozor {

class CliContext;

// One function per subcommand. args[0] is "dozor <command>"; the rest are its options.
// Each returns the process exit code (see ExitCode.h).
int runValidateCommand(CliContext &cli, const QStringList &args);
int runCheckCommand(CliContext &cli, const QStringList &args);
int runWatchCommand(CliContext &cli, const QStringList &args);
int runHistoryCommand(CliContext &cli, const QStringList &args);
int runSecretCommand(CliContext &cli, const QStringList &args);
int runImportSshConfigCommand(CliContext &cli, const QStringList &args);
int runMaintenanceCommand(CliContext &cli, const QStringList &args);
int runAlertCommand(CliContext &cli, const QStringList &args);
int runJournalCommand(CliContext &cli, const QStringList &args);
int runUptimeCommand(CliContext &cli, const QStringList &args);
int runRemediateCommand(CliContext &cli, const QStringList &args);
int runBackupCommand(CliContext &cli, const QStringList &args);
int runRestoreCommand(CliContext &cli, const QStringList &args);
int runDeployCommand(CliContext &cli, const QStringList &args);

} // namespace dozor
