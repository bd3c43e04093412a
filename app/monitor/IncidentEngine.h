#pragma once

#include "core/CheckResult.h"
#include "core/Incident.h"
#include "core/Maintenance.h"
#include "core/Workspace.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace dozor {

// Turns check results into incidents and alerts, with no clock or I/O of its own: the
// caller passes the time, so scenario tests run hours of failures in microseconds.
//
// - A check opens an incident after failThreshold failed runs in a row (PENDING until
//   then) and closes it after recoverThreshold good runs in a row.
// - A check whose status changes more than flapChanges times within the flapping window is
//   flapping: one "flapping" alert, and its incidents send nothing until it settles.
// - A result that could not be had because the server was unreachable counts towards one
//   host incident; while it is open no other check of that server opens one of its own.
// - In a maintenance window everything is recorded and nothing is alerted; an incident
//   that is still open when the window ends alerts then.
// - While an incident stays open a reminder goes out once per repeat interval.
class IncidentEngine {
public:
    explicit IncidentEngine(Workspace workspace);

    void setWorkspace(const Workspace &workspace);
    // Windows opened on demand (deploys, `dozor maintenance start`), on top of the
    // workspace's own.
    void setExtraMaintenance(const QList<MaintenanceWindow> &windows);
    // Incidents still open when Dozor last stopped: they go on, nothing is alerted again.
    void restore(const QList<Incident> &open);
    bool isRestored() const { return m_restored; }
    // The checks' status changes recorded before the restart (oldest first; those before
    // flapHistoryStartMs(nowMs) are left out): a check that was flapping goes on flapping
    // without a second "flapping" alert, and one that settled meanwhile says so once.
    void restoreFlapping(const QList<StatusChange> &history, qint64 nowMs);
    // How far back restoreFlapping needs the history at nowMs.
    qint64 flapHistoryStartMs(qint64 nowMs) const;
    // Closes the incidents of checks and servers the workspace no longer has (no alert: they
    // are not watched any more), with a line in their timelines saying so.
    IncidentOutput closeOrphans(qint64 nowMs);

    IncidentOutput onResult(const CheckResult &result, qint64 nowMs);
    // Time passing without results: maintenance windows ending, flapping settling.
    IncidentOutput onTick(qint64 nowMs);
    // A note in an open incident's timeline (remediation attempts, deliveries).
    std::optional<Incident> incident(const QString &id) const;

    QList<Incident> openIncidents() const;
    // The open incident of a check (not of its server), if any.
    std::optional<Incident> openIncidentOf(const QString &checkId) const;
    CheckPhase phase(const QString &checkId) const;
    std::optional<ActiveMaintenance> maintenanceFor(const QString &targetId, qint64 nowMs) const;

    // The id generator; tests make ids predictable.
    void setIdGenerator(std::function<QString()> generate) { m_newId = std::move(generate); }

private:
    struct CheckTrack {
        int fails = 0;
        int goods = 0;
        qint64 failingSinceMs = 0; // the first failed run of the current streak
        qint64 unreachableSinceMs = 0;
        std::optional<bool> lastBad;
        Status lastStatus = Status::Ok;
        QList<qint64> changes; // when the check went from good to bad or back
        bool flapping = false;
        QString incidentId;
        int unreachableRun = 0; // results in a row that could not be had
        int reachableRun = 0;
    };
    struct HostTrack {
        QString incidentId;
    };

    void rebuildCalendar();
    void trackFlapping(CheckTrack &t, const CheckSpec &check, bool bad, qint64 nowMs,
        const std::optional<ActiveMaintenance> &window, IncidentOutput &out);
    // Counts a change between good and bad at nowMs (if it is one) and forgets those older
    // than the flapping window.
    static void countChange(CheckTrack &t, const IncidentPolicy &policy, bool bad, qint64 nowMs);
    void onHostResult(const CheckResult &r, const CheckSpec &check, CheckTrack &t, qint64 nowMs,
        const std::optional<ActiveMaintenance> &window, IncidentOutput &out);
    void onCheckResult(const CheckResult &r, const CheckSpec &check, CheckTrack &t, qint64 nowMs,
        const std::optional<ActiveMaintenance> &window, IncidentOutput &out);
    void open(Incident incident, const CheckSpec *check, qint64 nowMs,
        const std::optional<ActiveMaintenance> &window, bool flapping, IncidentOutput &out);
    void close(Incident &incident, qint64 nowMs, const std::optional<ActiveMaintenance> &window,
        bool flapping, IncidentOutput &out);
    // Sends the problem alert (or a reminder, or "worse") when nothing holds it back.
    void maybeAlert(Incident &incident, qint64 nowMs,
        const std::optional<ActiveMaintenance> &window, bool flapping, IncidentOutput &out);
    AlertIntent alertFor(const Incident &incident, AlertKind kind, qint64 nowMs) const;
    // The "flapping" and "settled" alerts of a check (warning level, keyed by their time).
    AlertIntent flapAlert(const CheckSpec &check, AlertKind kind, const QString &incidentId,
        const Message &title, const Message &text, qint64 nowMs) const;
    bool isFlapping(const Incident &incident) const;
    QStringList tagsFor(const Incident &incident) const;
    Message subjectOf(const QString &targetId, const QString &checkId) const;

    Workspace m_workspace;
    QList<MaintenanceWindow> m_extraWindows;
    MaintenanceCalendar m_calendar;
    QHash<QString, CheckTrack> m_checks;
    QHash<QString, HostTrack> m_hosts;
    QHash<QString, Incident> m_open; // by id
    QHash<QString, QString> m_maintenanceNoted; // incident id → the window its timeline names
    QSet<QString> m_flapNoted; // incidents whose timeline says why no alert went out
    std::function<QString()> m_newId;
    bool m_restored = false;
};

} // namespace dozor
