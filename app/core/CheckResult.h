#pragma once

#include "Incident.h"
#include "Message.h"
#include "Status.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dozor {

// One numeric value a check run measured, recorded as a sample of the series
// (check id, metric). Metric names are stable identifiers such as "response_ms" or
// "disk_used_pct:/var".
struct MetricValue {
    QString metric;
    double value = 0;
    QString unit;
};

// Where a log check stopped reading last time: the file (inode) and how far it had got.
// Kept in the history, so an edit or a restart goes on from there.
struct LogCursor {
    quint64 inode = 0;
    quint64 size = 0;
    qint64 atMs = 0;
    // Kept with the position: it applies only to the same file on the same server.
    QString targetId;
    QString file;
};

// The result of running one check once: a status, one line saying why, and the values.
struct CheckResult {
    QString checkId;
    QString targetId;
    Status status = Status::Unknown;
    QString reason;
    // The reason as a message, so a line recorded from it reads in the language in use when
    // it is read (see reasonOf and setReason).
    Message reasonMessage;
    QList<MetricValue> values;
    qint64 startedMs = 0; // UTC epoch milliseconds
    qint64 durationMs = 0;
    // The check could not run because its server was unreachable: one host incident covers
    // it instead of one incident per check.
    bool unreachable = false;
    // ... and that because its host key was refused for safety (RemoteRunResult).
    bool refusedForSafety = false;
    int intervalSec = 0; // how often it runs: a longer silence is a gap in observation
    std::optional<LogCursor> logCursor; // log checks: where this run stopped reading
    // Uptime checks: this run is the first to see that the server rebooted (when it booted),
    // for the journal.
    std::optional<qint64> rebootedAtMs;
};

// The reason as a message: reasonMessage when it still says what reason says (code that
// changed reason alone gets its words, untranslated).
inline Message reasonOf(const CheckResult &r)
{
    return r.reasonMessage.text() == r.reason ? r.reasonMessage : Message(r.reason);
}

inline void setReason(CheckResult &r, const Message &reason)
{
    r.reasonMessage = reason;
    r.reason = reason.text();
}

// A check whose status differs from the one it had before (or had none).
struct StatusChange {
    QString checkId;
    QString targetId;
    std::optional<Status> from;
    Status to = Status::Unknown;
    QString reason;
    qint64 atMs = 0;
    Message reasonMessage; // reason as a message (rendered again when read)
};

// The status each change moved its check to, by check id (for seeding a StatusTracker).
inline QHash<QString, Status> statusesOf(const QHash<QString, StatusChange> &changes)
{
    QHash<QString, Status> out;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        out.insert(it.key(), it->to);
    return out;
}

// Everything one scheduler tick hands to the history store: written in one transaction.
struct ResultBatch {
    qint64 tickMs = 0;
    QList<CheckResult> results;
    QList<StatusChange> changes;
    // Incidents that changed, their timeline and the alerts decided on: written in the same
    // transaction as the results, so an alert is on record before anything sends it.
    IncidentOutput incidents;
};

} // namespace dozor

Q_DECLARE_METATYPE(dozor::CheckResult)
Q_DECLARE_METATYPE(dozor::ResultBatch)
