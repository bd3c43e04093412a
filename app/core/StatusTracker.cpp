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
        result.startedMs + result.durationMs};
}

std::optional<Status> StatusTracker::current(const QString &checkId) const
{
    const auto it = m_last.constFind(checkId);
    return it == m_last.constEnd() ? std::nullopt : std::optional<Status>(*it);
}

} // namespace dozor
