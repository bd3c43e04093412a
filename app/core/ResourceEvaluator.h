#pragma once

#include "CheckResult.h"
#include "HostSnapshot.h"
#include "Workspace.h"

namespace dozor {

// Evaluates one check whose kind reads the host probe's own sections (cpu, load, memory,
// disk, uptime) against one probe snapshot. Pure: no clock, no I/O. A missing part of the snapshot
// gives UNKNOWN with the probe's own words for why.
CheckResult evaluateResourceCheck(const CheckSpec &check, const HostSnapshot &snapshot);

// "1.5 GiB" from kibibytes.
QString formatKib(quint64 kib);
Message kibMessage(quint64 kib);
// "3 h 12 min" from seconds.
QString formatDuration(double seconds);
Message secondsMessage(double seconds);

} // namespace dozor
