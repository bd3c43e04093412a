#pragma once

#include <QString>

#include <optional>

namespace dozor {

// The outcome of one check run. Ordered by how much attention it needs:
// UNKNOWN (we could not tell) ranks above WARN but below CRIT.
enum class Status { Ok, Warn, Unknown, Crit };

QString statusName(Status status);
std::optional<Status> statusFromName(const QString &name);
// True when a needs more attention than b.
bool isWorse(Status a, Status b);
Status worse(Status a, Status b);

} // namespace dozor
