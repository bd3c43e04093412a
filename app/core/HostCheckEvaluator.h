#pragma once

#include "CheckResult.h"
#include "HostSnapshot.h"
#include "Workspace.h"

#include <QByteArrayView>
#include <QHash>

#include <optional>

namespace dozor {

inline std::optional<LogCursor> cursorFor(
    const QHash<QString, LogCursor> &cursors, const QString &checkId)
{
    const auto it = cursors.constFind(checkId);
    return it == cursors.constEnd() ? std::nullopt : std::optional(*it);
}

// Evaluates a service, process, path or log check from the lines the probe printed for
// it (HostSnapshot::checkSections). Pure: no clock (nowMs is given), no I/O. Lines come
// from a server we do not trust; anything unexpected gives UNKNOWN with the server's words.
// For log checks, previous is the cursor of the last sample and next receives this one's;
// the first sample only sets the cursor.
CheckResult evaluateHostCheck(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &previous, qint64 nowMs, std::optional<LogCursor> *next);

// What a command check's command did.
struct CommandOutcome {
    std::optional<int> exitStatus;
    QByteArrayView out;
    QByteArrayView err;
    bool truncated = false;
    QString error; // the run did not complete (timeout, lost connection …)
};
CheckResult evaluateCommandCheck(const CheckSpec &check, const CommandOutcome &outcome);

} // namespace dozor
