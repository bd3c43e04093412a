#pragma once

#include "CheckResult.h"
#include "HostSnapshot.h"
#include "Workspace.h"
#include "core/checks/CheckKind.h"

#include <QHash>

#include <optional>

namespace dozor {

inline std::optional<LogCursor> cursorFor(
    const QHash<QString, LogCursor> &cursors, const QString &checkId)
{
    const auto it = cursors.constFind(checkId);
    return it == cursors.constEnd() ? std::nullopt : std::optional(*it);
}

// Evaluates a check whose kind adds a section to the host probe (service, process, path,
// log …) from the lines the probe printed for it (HostSnapshot::checkSections). Pure: no
// clock (nowMs is given), no I/O. Lines come from a server we do not trust; anything
// unexpected gives UNKNOWN with the server's words. previous is the read position of the
// last sample (log checks) and next receives this one's; the first sample only sets it.
CheckResult evaluateHostCheck(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &previous, qint64 nowMs, std::optional<LogCursor> *next);

// Evaluates a check that runs a command of its own (command) from what the command did.
CheckResult evaluateCommandCheck(const CheckSpec &check, const CommandOutcome &outcome);

// Evaluates a backup check from what the catalog knows of its source.
CheckResult evaluateBackupCheck(const CheckSpec &check, const BackupFacts &facts, qint64 nowMs);

} // namespace dozor
