#pragma once

#include "Workspace.h"

namespace dozor {

// The standard host checks a server comes with: CPU, load, memory, disks and uptime, with
// the default limits. Ids are "<target>-cpu" … (plain "cpu" … when idPrefix is empty),
// made free against taken; only the types in which (all five when empty).
QList<CheckSpec> standardHostChecks(const QString &targetId, const QString &idPrefix,
    const QStringList &taken, const QList<CheckType> &which = {});
// The standard checks of each of targets (ids prefixed with the target's id).
QList<CheckSpec> standardHostChecksFor(const QList<Target> &targets, const QStringList &taken);
// The five types, in the order they are offered.
QList<CheckType> standardHostCheckTypes();
// "CPU", "Load" …: the name a standard check gets.
QString standardHostCheckName(CheckType type);

// The workspace a newcomer gets: this computer, probed locally, so real data shows up at
// once and offline.
Workspace defaultWorkspace();

} // namespace dozor
