#pragma once

#include "core/CheckResult.h"
#include "core/StatusTracker.h"
#include "core/Workspace.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace dozor {

class BackupService;
class CheckExecutor;
class IncidentEngine;
class JournalBook;
class RemediationPolicy;
class SshHosts;

// Runs every check of a workspace at its interval (at its retry interval while a failure is
// pending). Once per tick (a second) it starts the checks that are due and hands everything
// that finished since the last tick to whoever stores it, as one batch: one transaction per
// tick. Status changes are announced as soon as a result arrives.
class Scheduler : public QObject {
    Q_OBJECT
public:
    Scheduler(Workspace workspace, QString baseDir, QObject *parent = nullptr);
    ~Scheduler() override;

    void setTickInterval(int ms) { m_tick.setInterval(ms); }
    // The wall clock by default; tests pass a fake one and tick by hand (tickNow()).
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // One tick now: due checks start, finished results go out as a batch.
    void tickNow() { tick(); }
    // Servers whose first runs start in the same tick; the next ones wait a tick per batch.
    static constexpr int targetsPerTick = 10;
    // When the first run of a check on the targetIndex-th server starts, after start().
    static qint64 firstRunOffsetMs(int targetIndex, int intervalSec);
    // Connections kept by the owner (shared with one-off runs); call before start().
    void setSshHosts(SshHosts *hosts);
    // The backup catalog backup checks read (owned by the engine, on this thread).
    void setBackups(BackupService *backups);
    // Statuses known from an earlier run, so a restart does not re-announce every check.
    void seedStatuses(const QHash<QString, Status> &statuses);
    // Where log checks stopped reading in an earlier run (from the history).
    void seedLogCursors(const QHash<QString, LogCursor> &cursors);
    // When servers booted according to the history (HistoryReader::lastBootTimes()).
    void seedBootTimes(const QHash<QString, qint64> &bootAtMsByCheck);
    // The incident engine and the journal it restores from and reads maintenance windows
    // opened on demand from; both kept by the owner and used only
    // on this scheduler's thread. Without them results make no incidents (dozor check).
    void setIncidents(IncidentEngine *engine, JournalBook *book, RemediationPolicy *remediation);
    static constexpr int maintenanceRefreshMs = 5000;
    const QHash<QString, Status> &statuses() const { return m_tracker.statuses(); }

    void start();
    // An edited workspace, applied as a difference: new checks and checks whose definition
    // or server changed run at once (a run of the old definition still in flight is
    // outdated: its result is dropped), unchanged ones keep their cadence and status,
    // removed ones stop (their open incidents close quietly). Runs of unchanged checks and
    // remediations in flight go on and record their results; connections of unchanged
    // servers stay up.
    void applyWorkspace(const Workspace &workspace);
    // Stops starting checks and hands over what has finished so far.
    void stop();
    // Runs these checks at once instead of waiting for their interval (a "Run now" button).
    void runNow(const QStringList &checkIds);
    // Runs a check's remediation now, at the user's request (the incident view's button):
    // no attempt limit, but it is journaled like every other attempt.
    void remediateNow(const QString &checkId);

Q_SIGNALS:
    void resultReady(const dozor::CheckResult &result);
    void statusChanged(const dozor::StatusChange &change);
    void batchReady(const dozor::ResultBatch &batch);
    // Incidents opened, changed or closed, and alerts decided on (not yet delivered).
    void incidentsChanged(const dozor::IncidentOutput &output);
    // Maintenance windows opened on demand (the CLI, the tray, a deploy) as first read from
    // the history, and again whenever one starts or ends.
    void maintenanceWindowsRead(const QList<dozor::MaintenanceWindow> &windows);
    // A remediation started by hand has finished; outcome says how it went.
    void remediationFinished(const QString &checkId, const QString &outcome);

private:
    void tick();
    void onResult(const CheckResult &result);
    void flush();
    void takeIncidents(IncidentOutput output);
    void refreshMaintenance(qint64 nowMs);
    // Automatic remediation of a check whose incident is open, within its policy's limits.
    void maybeRemediate(const CheckSpec &check, qint64 nowMs);
    // Runs the remediation, with startNote and then its outcome in the incident's timeline;
    // byHand: remediationFinished reports the outcome too. The check runs again after.
    void startRemediation(
        const CheckSpec &check, const QString &incidentId, const Message &startNote, bool byHand);
    void note(const QString &incidentId, const QString &checkId, const Message &text);
    // A journal entry (source "dozor") for a reboot an uptime check saw, once per boot.
    void journalReboot(const CheckSpec &check, qint64 bootAtMs);

    CheckExecutor *m_executor;
    SshHosts *m_ssh = nullptr;
    QTimer m_tick;
    Clock m_clock;
    QHash<QString, qint64> m_nextDueMs;
    StatusTracker m_tracker;
    ResultBatch m_pending;
    IncidentEngine *m_incidents = nullptr;
    JournalBook *m_book = nullptr;
    RemediationPolicy *m_remediation = nullptr;
    QSet<QString> m_remediating; // checks whose remediation is running
    QSet<QString> m_rebootsJournaled; // "target@boot time"
    qint64 m_maintenanceReadMs = 0;
    std::optional<QStringList> m_maintenanceIds; // the windows read last time
};

} // namespace dozor
