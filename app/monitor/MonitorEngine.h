#pragma once

#include "backup/RestorePlans.h"
#include "core/CheckResult.h"
#include "core/Expected.h"
#include "core/Retention.h"
#include "core/WorkerThread.h"
#include "core/Workspace.h"
#include "deploy/DeployService.h"
#include "jobs/JobManager.h"
#include "remote/SshTypes.h"
#include "store/CatalogBook.h"
#include "store/HistoryStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace dozor {

class AlertDispatcher;
class BackupService;
class IncidentEngine;
class JournalBook;
class RemediationPolicy;
class Scheduler;
class SshHosts;

// Long-running monitoring of one workspace, for the desktop app and `dozor watch`: the
// scheduler and its checks run on a monitor thread, the history writer on its own, so
// the owner's thread (the GUI's) only ever receives results and status changes.
// It must never be driven from two threads: call everything from the owner's thread.
class MonitorEngine : public QObject {
    Q_OBJECT
public:
    MonitorEngine(Workspace workspace, QString workspaceFile, QObject *parent = nullptr);
    ~MonitorEngine() override;

    const Workspace &workspace() const { return m_workspace; }
    QString historyPath() const { return m_store.path(); }

    // Statuses known from an earlier run, so a restart does not re-announce every check.
    // Call before start().
    void seedStatuses(const QHash<QString, Status> &statuses);
    void start();
    // Hands the last results to the store, writes them and stops both threads.
    void stop();
    bool isRunning() const { return m_scheduler != nullptr; }

    // An edited workspace, applied as a difference on the monitor thread (see
    // Scheduler::applyWorkspace): nothing restarts that did not change; runs of unchanged
    // checks and remediations in flight record their results. Returns at once.
    void setWorkspace(const Workspace &workspace);
    void runNow(const QStringList &checkIds);

    // `--accept-new-host-keys`: unknown host keys are trusted and remembered. Call before
    // start().
    void setAcceptNewHostKeys(bool accept) { m_acceptNewHostKeys = accept; }
    // Passwords and key passphrases by target id (read from the keychain by the owner).
    // problems: why a target's secret could not be read (SshHosts::setSecrets).
    void setSecrets(
        const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &problems = {});
    // How the SSH server's connection is doing, as last reported (none: not used yet).
    std::optional<SshHostStatus> sshStatus(const QString &targetId) const;
    // Retries SSH connections at once (after the user accepted or removed a host key).
    void retrySsh();

    // Bot tokens and webhook header values by alert channel id (from the keychain).
    void setAlertSecrets(const QHash<QString, QByteArray> &secrets);
    // The desktop app shows tray alerts; without it they are recorded as skipped.
    // A workspace without alert channels then alerts to the tray alone.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    // Every call below returns at once; done runs later on this object's thread, only if
    // context still exists then. The work happens on the engine's own threads.

    // A maintenance window from now for durationMs, on one target or (empty) all of them:
    // checks go on and are recorded, nothing is alerted. For deploys: open a grace window
    // before, close it after. done gets the window's id, or why it could not be recorded.
    void openGraceWindow(const QString &targetId, qint64 durationMs, const QString &reason,
        QObject *context, std::function<void(const Expected<QString> &)> done);
    void closeGraceWindow(const QString &windowId, QObject *context,
        std::function<void(const Expected<void> &)> done);
    // Runs a check's remediation now (the incident view's button); remediationFinished says
    // how it went, and the incident's timeline has it.
    void remediateNow(const QString &checkId);
    // Runs one check definition once, as the engine would (the check dialog's "Run now"):
    // over the engine's own connection to the server when target is the one being watched,
    // with the same passwords and passphrases; nothing is recorded. Asked before start(),
    // it runs when monitoring starts.
    void runCheckOnce(const CheckSpec &check, const Target &target, QObject *context,
        std::function<void(const CheckResult &)> done);
    // Sends one test message to an alert channel now ("Send test alert"); done gets the
    // error, or an empty text when it was delivered.
    void sendTestAlert(
        const QString &channelId, QObject *context, std::function<void(const QString &error)> done);

    // Backups and the jobs behind them. Jobs run on the monitor thread, each over an SSH
    // session of its own, owned by the engine (a workspace edit never orphans one); what they
    // do arrives as jobChanged/jobLog/jobFinished. Repository passwords by source id:
    void setBackupSecrets(const QHash<QString, QByteArray> &passwords);
    // Lists a source on its server now; backupsRefreshed follows.
    void refreshBackups(const QString &sourceId);
    // Start a job; done gets its id, or why it cannot start.
    void verifyBackup(const QString &sourceId, const QString &name, QObject *context,
        std::function<void(const Expected<qint64> &)> done);
    void backUpNow(const QString &sourceId, QObject *context,
        std::function<void(const Expected<qint64> &)> done);
    void downloadBackup(const QString &sourceId, const QString &name, const QString &localFolder,
        QObject *context, std::function<void(const Expected<qint64> &)> done);
    void pruneBackups(const QString &sourceId, const QStringList &names, QObject *context,
        std::function<void(const Expected<qint64> &)> done);
    void cancelJob(qint64 jobId);
    // What restoring a backup (only paths, when given) would change, read on its server
    // without changing anything there; done gets the report (its error set on failure).
    void previewRestore(const QString &sourceId, const QString &name, const QStringList &paths,
        QObject *context, std::function<void(const RestorePreviewReport &)> done);
    // The restore job a preview plans (shown before it runs), and the start of exactly that
    // plan (or of a resume or rollback plan) as a job of the source's.
    void planRestore(const QString &sourceId, const RestorePreviewReport &report,
        const RestorePlans::RestoreOptions &options, QObject *context,
        std::function<void(const Expected<JobPlan> &)> done);
    void startRestorePlan(const QString &sourceId, const JobPlan &plan, QObject *context,
        std::function<void(const Expected<qint64> &)> done);
    // The record of a restore under way (or cut off) into the source's restore_to.
    void readRestoreState(const QString &sourceId, QObject *context,
        std::function<void(const Expected<std::optional<RestorePlans::RestoreState>> &)> done);
    // The catalog of a source (every source when empty), newest first.
    void readCatalog(const QString &sourceId, QObject *context,
        std::function<void(const Expected<QList<CatalogRow>> &)> done);
    // The retention plan of a source's catalog.
    void readPolicy(const QString &sourceId, QObject *context,
        std::function<void(const Expected<RetentionPlan> &)> done);
    // Jobs on record, newest first, with the log of one (jobId) when asked.
    void readJobs(
        int limit, QObject *context, std::function<void(const Expected<QList<JobRecord>> &)> done);
    void readJob(qint64 jobId, QObject *context,
        std::function<void(const Expected<std::optional<JobRecord>> &)> done);

    // Deploys (DeployService, on the monitor thread; MonitorEngineDeploy.cpp). prepare builds
    // a static site here and reads the server (deployPrepareLine says what it does); the plan
    // is made from what it read; start opens the server's grace window and runs exactly that
    // plan. cancelDeployPrepare stops a build or a read under way.
    void prepareDeploy(const DeployService::Request &request, QObject *context,
        std::function<void(const DeployService::Prepared &)> done);
    void cancelDeployPrepare(int token);
    void planDeploy(const DeployService::Prepared &prepared, bool skipChecksBefore,
        QObject *context, std::function<void(const Expected<JobPlan> &)> done);
    void planDeployRollback(const DeployService::Prepared &prepared, const QString &to,
        QObject *context, std::function<void(const Expected<JobPlan> &)> done);
    void startDeploy(const DeployService::Prepared &prepared, const JobPlan &plan, QObject *context,
        std::function<void(const Expected<qint64> &)> done);
    // The deploys on record for a server (every server when empty), newest first.
    void readDeploys(const QString &targetId, int limit, QObject *context,
        std::function<void(const Expected<QList<JobRecord>> &)> done);

Q_SIGNALS:
    void resultReady(const dozor::CheckResult &result);
    void statusChanged(const dozor::StatusChange &change);
    // error is empty when the history file opened fine.
    void storeOpened(const QString &error);
    void storeWriteFailed(const QString &error, int pendingBatches);
    void storeCommitted(qint64 tickMs, int samples);
    // An SSH server's connection changed state (connected, reconnecting, refused …).
    void sshStatusChanged(const QString &targetId, const dozor::SshHostStatus &status);
    // A server presented a host key nobody has accepted yet; ask the user.
    void hostKeyUnknown(const QString &targetId, const dozor::HostKeyInfo &key);
    // Incidents opened, changed or closed; alerts decided on.
    void incidentsChanged(const dozor::IncidentOutput &output);
    void trayAlert(const dozor::AlertIntent &alert);
    void remediationFinished(const QString &checkId, const QString &outcome);
    // Maintenance windows opened on demand, when first read and whenever they change.
    void maintenanceWindowsRead(const QList<dozor::MaintenanceWindow> &windows);
    void alertChannelFailing(const QString &channelId, qint64 sinceMs, const QString &error);
    void alertChannelRecovered(const QString &channelId);
    void jobChanged(const dozor::JobInfo &info);
    void jobLog(qint64 jobId, const QString &line, bool isErr);
    void jobFinished(const dozor::JobInfo &info);
    // Jobs a Dozor that died left running, found at start (each has a journal entry).
    void jobsInterrupted(const QList<dozor::JobRecord> &jobs);
    void backupsRefreshed(const QString &sourceId, const QString &problem, int backups);
    // What a deploy's preparation does now (a line of its build's output …).
    void deployPrepareLine(const QString &line, bool isErr);

private:
    // The workspace as monitored: with the implicit tray channel where that applies.
    Workspace monitored() const;
    // done, wrapped to be called from any thread and run on this object's thread.
    template<typename T>
    std::function<void(const T &)> replyOnOwnerThread(
        QObject *context, std::function<void(const T &)> done);
    void startCheckOnce(const CheckSpec &check, const Target &target,
        std::function<void(const CheckResult &)> reply);
    // Runs work on the monitor thread, then done(result) on this object's thread if context
    // is still there.
    template<typename Result>
    void onMonitorThread(
        QObject *context, std::function<Result()> work, std::function<void(const Result &)> done);

    Workspace m_workspace;
    QString m_baseDir;
    QString m_workspaceFile;
    HistoryStore m_store;
    WorkerThread m_thread;
    Scheduler *m_scheduler = nullptr;
    SshHosts *m_ssh = nullptr; // lives on the monitor thread
    JobManager *m_jobs = nullptr; // the monitor thread's
    BackupService *m_backups = nullptr; // the monitor thread's
    DeployService *m_deploys = nullptr; // the monitor thread's
    // A grace window opened / ended now, on the monitor thread (the deploys' and the dialog's).
    Expected<QString> openGraceNow(
        const QString &targetId, qint64 durationMs, const QString &reason);
    Expected<int> endGraceAt(const QString &windowId, qint64 endMs);
    void startDeploys(const std::function<Expected<JobTransport *>(const QString &)> &transports);
    QHash<QString, QByteArray> m_backupSecrets;
    std::shared_ptr<Workspace> m_jobsWorkspace; // read and written on the monitor thread
    // Starts a job on the monitor thread with the backup service.
    void startBackupJob(QObject *context, std::function<void(const Expected<qint64> &)> done,
        std::function<Expected<qint64>(BackupService &)> start);
    bool m_acceptNewHostKeys = false;
    QHash<QString, QByteArray> m_secrets;
    QHash<QString, QString> m_secretProblems;
    QHash<QString, SshHostStatus> m_sshStatus;
    QHash<QString, Status> m_seed;
    QTimer m_retention;
    // Used on the monitor thread only.
    std::unique_ptr<IncidentEngine> m_incidents;
    std::unique_ptr<JournalBook> m_book;
    std::unique_ptr<RemediationPolicy> m_remediation;
    WorkerThread m_alertThread;
    AlertDispatcher *m_dispatcher = nullptr;
    QHash<QString, QByteArray> m_alertSecrets;
    bool m_trayAvailable = false;
    QList<std::function<void()>> m_runOnceQueue; // runCheckOnce calls made before start()
    bool m_stopped = false;
};

} // namespace dozor
