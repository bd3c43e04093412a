#pragma once

namespace dozor {

// The CLI's exit codes are part of its interface: scripts and cron rely on them.
enum ExitCode : int {
    ExitOk = 0, // everything OK
    ExitWarn = 1, // the worst status is WARN
    ExitCrit = 2, // the worst status is CRIT or UNKNOWN
    ExitUsage = 3, // bad command line or invalid workspace
    ExitFailure = 4, // the command could not do its work (history unreadable, disk full …)
    // An SSH server's host key was refused (changed, or new and not accepted): a possible
    // interception, nothing was sent to it. Wins over the statuses.
    ExitRefused = 5,
};

} // namespace dozor
