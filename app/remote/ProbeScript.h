#pragma once

#include "core/HostCheckEvaluator.h"
#include "core/Workspace.h"

#include <QByteArray>
#include <QHash>

namespace dozor {

// The one script a target's probe run feeds its shell: resources/probe.sh (functions only),
// a call of each part the run's resource checks need (CheckKind::probePart), then one
// "@@check N" section for each check of the run whose kind has a probe section (N is its
// index in the list given), then "@@end". Every configured value reaches the shell through
// ShellQuote. A section ends with a line holding a marker random per run (sectionEnd), so
// nothing the server prints (a log line, an error) can end it or pass for another section.
// Each command of a section runs under its check's time limit (and df under the disk
// check's): one that hangs is stopped and named, and the rest of the run still reports.
struct ProbeScript {
    // A section's time limit is its check's timeout, at most maxSectionSeconds.
    static constexpr int maxSectionSeconds = 30;
    static int sectionSeconds(const CheckSpec &check);

    QByteArray script;
    QByteArray sectionEnd; // for ProbeParser::parse; empty when the run has no sections
    // How long the whole run may take: every time limit of its commands run out one after
    // the other, and a little for the shell itself (at most maxRunMs).
    int deadlineMs = 0;
    static constexpr int maxRunMs = 60'000;
    // Checks whose section could not be built (a value no command line can carry), by
    // index, with why; they get UNKNOWN and the rest of the run goes ahead.
    QHash<int, QString> errors;

    // cursors: the last sample's position in each log check's file, by check id.
    // cpuBaseline: a /proc/stat reading of this host from an earlier sample is at hand, so
    // one reading is enough; without it the probe reads twice, half a second apart.
    static ProbeScript build(const QList<CheckSpec> &checks,
        const QHash<QString, LogCursor> &cursors, bool cpuBaseline = false);
    // Every part of the host probe and no check's section (the connection test, tests).
    static ProbeScript everything();
    // resources/probe.sh as shipped: the functions, and the header line it prints.
    static QByteArray base();
};

} // namespace dozor
