#pragma once

namespace dozor {

// True when these arguments ask for the desktop app: no command, "gui", or only the
// desktop app's own options (--workspace, --page, --hidden).
bool wantsGui(int argc, char **argv);
// Runs the desktop app; returns the process exit code.
int runGui(int argc, char **argv);

} // namespace dozor
