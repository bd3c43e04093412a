#include "StatusTracker.h"

namespace dozor {

std::optional<StatusChange> StatusTracker::update(const CheckResult &result)
{
    const auto it = m_last.constFind(result.checkId);
    std::optional<Status> previous;
    if (it != m_last.constEnd()) {
        if (*it == result.status)
            return std::nullopt;
        previous = *it;
    }
    m_last.insert(result.checkId, result.status);
    return StatusChange {result.checkId, result.targetId, previous, result.status, result.reason,
        result.startedMs + result.durationMs, reasonOf(result)};
}

} // namespace dozor
