#pragma once

#include <QString>

namespace dozor {

// How a run on a host ended when it did not end by itself, in one wording for every way of
// running (a local shell, the persistent remote shell, an exec channel), so a check's reason
// reads the same wherever its server is.
namespace RunOutcomeText {
QString timedOut(int timeoutMs);
QString outputCut(qsizetype capBytes);
QString cancelled();
QString connectionFailed(const QString &detail);
} // namespace RunOutcomeText

} // namespace dozor
