#pragma once

#include "CheckResult.h"

#include <QHash>
#include <QSet>

namespace dozor {

// Remembers the last status of every check and turns results into status changes.
// Seeded from the history store at start so a restart does not re-announce every check.
class StatusTracker {
public:
    void seed(const QString &checkId, Status status) { m_last.insert(checkId, status); }
    std::optional<StatusChange> update(const CheckResult &result);
    const QHash<QString, Status> &statuses() const { return m_last; }
    // Forgets checks that are not in keep (removed from the workspace).
    void retain(const QSet<QString> &keep)
    {
        m_last.removeIf([&](const auto &it) { return !keep.contains(it.key()); });
    }

private:
    QHash<QString, Status> m_last;
};

} // namespace dozor
