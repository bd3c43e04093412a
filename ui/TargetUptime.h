#pragma once

#include "core/Expected.h"
#include "store/JournalBook.h"

#include <QHash>

#include <optional>

namespace dozor {

// What a server's page shows of uptime: the server's own over the chosen range, and each of
// its checks' over the last 24 hours and 30 days (observed time only).
struct TargetUptime {
    std::optional<UptimeRow> server;
    QHash<QString, std::optional<double>> day, month; // by check id

    // Reads it from the journal (on the reader thread).
    static Expected<TargetUptime> read(
        JournalBook &book, const QString &targetId, qint64 fromMs, qint64 toMs);
    // The line above the checks. reachabilityWatched: a check logs in to the server (or runs
    // here); otherwise the server's reachability is not observed and the line says where
    // uptime is instead.
    QString serverText(bool reachabilityWatched) const;
};

} // namespace dozor
