#pragma once

#include <QString>

namespace dozor {

// Where Dozor keeps its files. DOZOR_HOME, when set, replaces both the config and the data
// folder (tests and portable installs use it).
namespace AppPaths {
QString configDir();
QString dataDir();
QString defaultWorkspaceFile();
// The history database that belongs to one workspace file: one file per workspace.
QString historyFileFor(const QString &workspaceFile);
// The local account's name (for "started by" in job records); "?" when it cannot be told.
QString localUser();
} // namespace AppPaths

} // namespace dozor
