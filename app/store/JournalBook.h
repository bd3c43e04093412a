#pragma once

#include "core/Alerting.h"
#include "core/CheckResult.h"
#include "core/Expected.h"
#include "core/Incident.h"

#include <QSqlDatabase>

namespace dozor {

// A manual incident journal entry ("what happened, why, what fixed it"), or one Dozor
// writes itself (source "dozor"), e.g. when alerts to a channel keep failing.
struct JournalEntry {
    qint64 id = 0;
    QString title;
    AlertLevel severity = AlertLevel::Warning;
    QString targetId;
    qint64 startedMs = 0;
    qint64 endedMs = 0; // 0: still going on / not given
    QString what;
    QString rootCause;
    QString fix;
    QString followUps;
    QString incidentId; // linked incident, if any
    QString source = QStringLiteral("manual");
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

// What a journal page or `dozor journal list` asks for. Zero times mean "no limit".
struct JournalFilter {
    QString targetId;
    std::optional<AlertLevel> severity;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString search; // words that must all appear (title, reason, timeline, entry text)
    int limit = 1000;
};

struct DeliveryRecord {
    QString alertKey;
    QString channel;
    QString state; // queued, sending, delivered, failed, unknown, expired, skipped
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError;
    qint64 updatedMs = 0;
};

struct AlertRecord {
    AlertIntent alert;
    QList<DeliveryRecord> deliveries;
};

// Uptime of one check or one server (checkId empty) over a period.
struct UptimeRow {
    QString targetId;
    QString checkId;
    qint64 periodMs = 0;
    qint64 observedMs = 0; // Dozor was running and the check ran
    // Observed time inside incidents: for a check its own and its server's host incidents,
    // for a server (checkId empty) host incidents only (the server was unreachable).
    qint64 downMs = 0;
    int incidents = 0; // incidents that overlap the period
    std::optional<qint64> mttrMs; // mean time to recovery of those closed in the period
    qint64 notObservedMs() const { return periodMs - observedMs; }
    // Up share of the observed time; nothing when nothing was observed.
    std::optional<double> uptimePercent() const;
};

// The incident and journal side of the history file, on a connection of its own: use one
// per thread. The CLI uses it directly; the desktop app through a worker thread.
class JournalBook {
public:
    explicit JournalBook(QString path);
    ~JournalBook();
    JournalBook(const JournalBook &) = delete;
    JournalBook &operator=(const JournalBook &) = delete;

    // Opens (and creates or upgrades) the history file.
    Expected<void> open();

    Expected<QList<Incident>> openIncidents();
    // Every check's status changes since fromMs, oldest first (for restoring flapping).
    Expected<QList<StatusChange>> statusChangesSince(qint64 fromMs);
    // Open incidents first, then newest first.
    Expected<QList<Incident>> incidents(const JournalFilter &filter);
    Expected<std::optional<Incident>> incident(const QString &id);
    Expected<QList<TimelineEntry>> timeline(const QString &incidentId);
    Expected<QList<AlertRecord>> alertsOf(const QString &incidentId);
    Expected<void> addNote(const QString &incidentId, const QString &text, qint64 nowMs);
    // Lines for incidents' timelines (remediation outcomes, delivery notes).
    Expected<void> appendTimeline(const QList<TimelineEntry> &entries);

    Expected<QList<JournalEntry>> entries(const JournalFilter &filter);
    Expected<std::optional<JournalEntry>> entry(qint64 id);
    Expected<qint64> addEntry(JournalEntry entry, qint64 nowMs);
    Expected<void> updateEntry(const JournalEntry &entry, qint64 nowMs);
    Expected<void> removeEntry(qint64 id);

    // Maintenance windows opened on demand that have not ended by nowMs.
    Expected<QList<MaintenanceWindow>> maintenanceWindows(qint64 nowMs);
    Expected<QString> startMaintenance(
        const QString &targetId, qint64 startMs, qint64 endMs, const QString &reason);
    // Ends the window with this id, or every open one of targetId ("*" for all); how many.
    Expected<int> stopMaintenance(const QString &id, const QString &targetId, qint64 nowMs);

    // Per check (and per server, checkId empty) for [fromMs, toMs).
    Expected<QList<UptimeRow>> uptime(qint64 fromMs, qint64 toMs, qint64 nowMs);

private:
    friend class AlertOutbox; // the outbox's tables live in the same file and connection
    friend class JobBook; // likewise the jobs
    friend class CatalogBook; // and the backup catalog

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace dozor
