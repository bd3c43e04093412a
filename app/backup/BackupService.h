#pragma once

#include "RestorePlans.h"
#include "core/BackupListing.h"
#include "core/Expected.h"
#include "core/Retention.h"
#include "core/Workspace.h"
#include "jobs/JobManager.h"
#include "store/CatalogBook.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace dozor {

// The backups of a workspace, for the desktop app and the CLI alike: refreshes each source's
// catalog from its server (one listing command, parsed in app/core, and the free space),
// starts verification, back-up-now and prune jobs through the JobManager, and records what
// they found. After a back up now it lists the source again and verifies the new backup.
// Lives on the thread of the JobManager it is given (it writes the history file there).
class BackupService : public QObject {
    Q_OBJECT
public:
    BackupService(QString historyPath, JobManager *jobs, JobManager::TransportFactory transports,
        QObject *parent = nullptr);
    ~BackupService() override;

    Expected<void> open();
    void setWorkspace(const Workspace &workspace);
    // Repository passwords by source id (from the keychain).
    void setPasswords(const QHash<QString, QByteArray> &passwords) { m_passwords = passwords; }

    // Lists the source's backups on its server now; refreshed() follows (also on failure).
    void refresh(const QString &sourceId);
    bool isRefreshing(const QString &sourceId) const { return m_refreshing.contains(sourceId); }

    // Start jobs (their ids); refused in words when the source or the backup is unknown or
    // Dozor has no way to do it.
    Expected<qint64> verify(const QString &sourceId, const QString &name);
    Expected<qint64> backUpNow(const QString &sourceId);
    Expected<qint64> prune(const QString &sourceId, const QStringList &names);
    // Copies one backup to a folder on this computer (see BackupPlans::download).
    Expected<qint64> download(
        const QString &sourceId, const QString &name, const QString &localFolder);

    // Verifies, for each source with a schedule, the newest backup listed when its last
    // verification is older than the source's verify_every_hours (or it has none), one job per
    // source at a time; quiet in the journal when it passes. Returns the jobs started.
    QList<qint64> verifyDue(qint64 nowMs);

    // The name of the backup the last back up now of a source made (empty: none yet).
    QString lastMade(const QString &sourceId) const;

    // Reads on the backup's server, changing nothing there, what restoring it (only paths, when
    // given) would do; done gets the report later (its error set when it could not be made).
    void previewRestore(const QString &sourceId, const QString &name, const QStringList &paths,
        std::function<void(const RestorePreviewReport &)> done);

    // Restores a backup: previews it again (a restore never trusts an older preview), refuses
    // in words what the preview blocks, and starts the restore job (RestorePlans). done gets
    // the job's id, or why it did not start, with the preview it was planned from.
    using RestoreStarted =
        std::function<void(const Expected<qint64> &job, const RestorePreviewReport &report)>;
    void restore(const QString &sourceId, const QString &name, const QStringList &paths,
        const RestorePlans::RestoreOptions &options, RestoreStarted done);
    // The plan a restore would run (shown before it runs), from a preview.
    Expected<JobPlan> restorePlan(const QString &sourceId, const RestorePreviewReport &report,
        const RestorePlans::RestoreOptions &options);
    // The state file of a restore under way (or cut off) into the source's restore_to; else that
    // of the last one that finished, while its copy from before is kept (finished set).
    void readRestoreState(const QString &sourceId,
        std::function<void(const Expected<std::optional<RestorePlans::RestoreState>> &)> done);
    // Puts back what that restore replaced, or finishes it: a plan of RestorePlans'
    // rollbackPlan() or resumePlan() for the source.
    Expected<qint64> startRecovery(const QString &sourceId, const JobPlan &plan);

    // What the source's retention policy keeps and drops of its catalog.
    Expected<RetentionPlan> policy(const QString &sourceId);
    CatalogBook &catalog() { return m_catalog; }

Q_SIGNALS:
    void refreshed(const QString &sourceId, const QString &problem, int backups);
    void verified(const QString &sourceId, const QString &name, bool ok, const QString &reason);
    // A back up now job and what follows it (listing, verification of the new backup) ended.
    // verifyJobId is 0 when no verification ran; problem says why, in words.
    void backupSettled(qint64 jobId, qint64 verifyJobId, const QString &problem);

private:
    // A refresh (the listing, then df) in flight on a server's lister, or another read-only
    // run there (done is called with its output then).
    using Collected = std::function<void(
        const RemoteRunResult &result, const QByteArray &out, const QByteArray &err)>;
    struct Listing {
        QString sourceId;
        QString targetId;
        QByteArray out;
        QByteArray err;
        Collected done;
    };
    // Runs script on the target's lister, its output collected (at most listingCap); false,
    // with why, when the server has no transport.
    bool runOnLister(const QString &targetId, const QByteArray &script, int timeoutMs,
        Collected done, QString *error);
    JobTransport *lister(const QString &targetId, QString *error);
    void listingFinished(int runId, const RemoteRunResult &result);
    // Closes listing sessions unused for a while (all: every one not busy).
    void dropIdleListers(bool all);
    void onJobFinished(const JobInfo &info);
    void listed(const QString &sourceId, const RemoteRunResult &result, const QByteArray &out,
        const QByteArray &err);
    void finishRefresh(const QString &sourceId, const QString &problem, int count);
    const BackupSource *source(const QString &id, QString *error) const;
    Expected<qint64> verify(const QString &sourceId, const QString &name, bool scheduled);
    // The source and its backup of that name as last listed; refused in words otherwise.
    Expected<std::pair<const BackupSource *, CatalogEntry>> listedBackup(
        const QString &sourceId, const QString &name);

    QString m_historyPath;
    JobManager *m_jobs;
    JobManager::TransportFactory m_transports;
    CatalogBook m_catalog;
    Workspace m_workspace;
    QHash<QString, QByteArray> m_passwords;
    QSet<QString> m_refreshing;
    QHash<QString, QPointer<JobTransport>> m_listers; // by target
    QHash<QString, qint64> m_listerUsedMs;
    QHash<int, Listing> m_listings; // by run id
    int m_nextRunId = 0;
    QTimer m_idleSweep;
    QSet<QString> m_refreshAgain; // asked while a listing was running: list once more after
    QHash<QString, QString> m_refreshProblems; // of the listing just read, by source
    QHash<QString, int> m_refreshCounts;
    // Verification jobs: job id → (source, backup name).
    QHash<qint64, std::pair<QString, QString>> m_verifying;
    // Back up now jobs whose follow-up is pending: source id → backup job id.
    QHash<QString, qint64> m_afterBackup;
    // Back up now job id → the source's backups before it ran.
    QHash<qint64, QSet<QString>> m_namesBefore;
    QHash<QString, QString> m_lastMade; // by source
    // The last listing written to the catalog, by source: a refresh that reads the same
    // bytes again writes only its time, and one that differs by a few backups writes only
    // those.
    struct LastListing {
        QByteArray settings; // digest of the source's settings it was read with
        QByteArray output; // what the server printed
        // Changes can be applied to it (a find listing whose every record read without a
        // problem).
        bool deltas = false;
        int count = 0;
        qint64 writtenMs = 0; // the refresh time written with it (another writer moves it)
        QStringList problems;
    };
    // The catalog still holds what the last listing of the source wrote (no other process
    // or failed listing wrote it since).
    bool catalogIsLast(const QString &sourceId, const LastListing &last);
    // Writes what changed since the last listing (find sources); false when that cannot be
    // done and the listing must be written in full.
    bool applyListingChanges(const BackupSource &s, LastListing &last, const QByteArray &out);
    QHash<QString, LastListing> m_lastListing;
    // Verify job id → the backup job it follows.
    QHash<qint64, qint64> m_verifyOfBackup;
};

} // namespace dozor
