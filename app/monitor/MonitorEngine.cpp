#include "MonitorEngine.h"

#include "CheckExecutor.h"
#include "IncidentEngine.h"
#include "MonitorEngineCalls.h"
#include "Remediation.h"
#include "Scheduler.h"
#include "backup/BackupService.h"
#include "core/AppPaths.h"
#include "core/CrossThread.h"
#include "jobs/JobTransport.h"
#include "notify/AlertDispatcher.h"
#include "remote/SshHosts.h"
#include "remote/ThreadCrypto.h"
#include "store/HistoryReader.h"
#include "store/JournalBook.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace dozor {

namespace {
constexpr int retentionEveryMs = 3600 * 1000;
}

MonitorEngine::MonitorEngine(Workspace workspace, QString workspaceFile, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_baseDir(QFileInfo(workspaceFile).absolutePath())
    , m_workspaceFile(QFileInfo(workspaceFile).absoluteFilePath())
    , m_store(AppPaths::historyFileFor(workspaceFile), m_workspace.store)
{
    m_thread.setObjectName(QStringLiteral("dozor-monitor"));
    m_alertThread.setObjectName(QStringLiteral("dozor-alerts"));
    releaseCryptoWhenFinished(&m_thread);
    releaseCryptoWhenFinished(&m_alertThread);
    connect(&m_store, &HistoryStore::opened, this, &MonitorEngine::storeOpened);
    connect(&m_store, &HistoryStore::writeFailed, this, &MonitorEngine::storeWriteFailed);
    connect(&m_store, &HistoryStore::committed, this, &MonitorEngine::storeCommitted);
    m_retention.setInterval(retentionEveryMs);
    connect(&m_retention, &QTimer::timeout, this,
        [this] { m_store.applyRetention(QDateTime::currentMSecsSinceEpoch()); });
}

MonitorEngine::~MonitorEngine()
{
    stop();
}

void MonitorEngine::seedStatuses(const QHash<QString, Status> &statuses)
{
    m_seed = statuses;
}

void MonitorEngine::start()
{
    if (m_scheduler)
        return;
    m_stopped = false;
    m_store.start();
    m_store.applyRetention(QDateTime::currentMSecsSinceEpoch());
    m_retention.start();
    m_thread.start();
    m_incidents = std::make_unique<IncidentEngine>(monitored());
    m_book = std::make_unique<JournalBook>(m_store.path());
    m_remediation = std::make_unique<RemediationPolicy>();
    m_dispatcher = new AlertDispatcher(m_store.path());
    m_dispatcher->setSettings(monitored().alerts);
    m_dispatcher->setSecrets(m_alertSecrets);
    m_dispatcher->setTrayAvailable(m_trayAvailable);
    m_dispatcher->moveToThread(&m_alertThread);
    connect(&m_alertThread, &QThread::finished, m_dispatcher, &QObject::deleteLater);
    connect(m_dispatcher, &AlertDispatcher::trayAlert, this, &MonitorEngine::trayAlert);
    connect(
        m_dispatcher, &AlertDispatcher::channelFailing, this, &MonitorEngine::alertChannelFailing);
    connect(m_dispatcher, &AlertDispatcher::channelRecovered, this,
        &MonitorEngine::alertChannelRecovered);
    connect(&m_store, &HistoryStore::alertsCommitted, m_dispatcher, &AlertDispatcher::pump);
    m_alertThread.start();
    postTo(m_dispatcher, [d = m_dispatcher] { d->start(); });
    m_ssh = new SshHosts;
    m_ssh->setAcceptNewHostKeys(m_acceptNewHostKeys);
    m_ssh->setSecrets(m_secrets, m_secretProblems);
    m_ssh->moveToThread(&m_thread);
    connect(m_ssh, &SshHosts::statusChanged, this,
        [this](const QString &targetId, const SshHostStatus &status) {
            m_sshStatus.insert(targetId, status);
            Q_EMIT sshStatusChanged(targetId, status);
        });
    connect(m_ssh, &SshHosts::hostKeyUnknown, this, &MonitorEngine::hostKeyUnknown);

    // Jobs and the backup catalog: on the monitor thread, owned here (not by the scheduler).
    // Transports are made from the workspace as it is when a job starts.
    auto jobsWorkspace = std::make_shared<Workspace>(m_workspace);
    m_jobsWorkspace = jobsWorkspace;
    const auto transports = [jobsWorkspace, ssh = m_ssh](const QString &targetId) {
        return transportsFor(
            *jobsWorkspace, [ssh](const Target &t) { return ssh->settingsFor(t); })(targetId);
    };
    m_jobs = new JobManager(m_store.path(), transports);
    m_jobs->setUser(AppPaths::localUser());
    m_backups = new BackupService(m_store.path(), m_jobs, transports);
    m_backups->setWorkspace(m_workspace);
    m_backups->setPasswords(m_backupSecrets);
    // The scheduled verifications (each source's verify_every_hours): looked at every 15 min.
    auto *verifyTimer = new QTimer(m_backups);
    verifyTimer->setInterval(15 * 60 * 1000);
    verifyTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(verifyTimer, &QTimer::timeout, m_backups,
        [b = m_backups] { b->verifyDue(QDateTime::currentMSecsSinceEpoch()); });
    m_jobs->moveToThread(&m_thread);
    m_backups->moveToThread(&m_thread);
    connect(m_jobs, &JobManager::jobChanged, this, &MonitorEngine::jobChanged);
    connect(m_jobs, &JobManager::jobLog, this, &MonitorEngine::jobLog);
    connect(m_jobs, &JobManager::jobFinished, this, &MonitorEngine::jobFinished);
    connect(m_backups, &BackupService::refreshed, this, &MonitorEngine::backupsRefreshed);
    startDeploys(transports);
    postTo(m_jobs, [this, jobs = m_jobs, backups = m_backups, verifyTimer] {
        const auto settled = jobs->open();
        if (!settled)
            qCWarning(lcStore) << "cannot open the jobs of the history file:" << settled.error();
        else if (!settled->isEmpty())
            Q_EMIT jobsInterrupted(*settled);
        if (const auto opened = backups->open(); !opened)
            qCWarning(lcStore) << "cannot open the backup catalog:" << opened.error();
        else
            verifyTimer->start();
    });

    m_scheduler = new Scheduler(monitored(), m_baseDir);
    m_scheduler->seedStatuses(m_seed);
    m_scheduler->setSshHosts(m_ssh);
    m_scheduler->setBackups(m_backups);
    m_scheduler->setIncidents(m_incidents.get(), m_book.get(), m_remediation.get());
    m_scheduler->moveToThread(&m_thread);
    // Direct: the batch is queued to the writer thread from the monitor thread, so the last
    // batch of stop() is in the writer's queue before the store is told to close.
    connect(
        m_scheduler, &Scheduler::batchReady, &m_store, &HistoryStore::submit, Qt::DirectConnection);
    connect(m_scheduler, &Scheduler::resultReady, this, &MonitorEngine::resultReady);
    connect(m_scheduler, &Scheduler::statusChanged, this, &MonitorEngine::statusChanged);
    connect(m_scheduler, &Scheduler::incidentsChanged, this, &MonitorEngine::incidentsChanged);
    connect(
        m_scheduler, &Scheduler::remediationFinished, this, &MonitorEngine::remediationFinished);
    connect(m_scheduler, &Scheduler::maintenanceWindowsRead, this,
        &MonitorEngine::maintenanceWindowsRead);
    // Log checks go on reading where they stopped, read on the monitor thread.
    postTo(m_scheduler, [scheduler = m_scheduler, path = m_store.path()] {
        if (!QFileInfo::exists(path))
            return; // a new history: nothing was read before
        HistoryReader reader(path);
        if (const auto opened = reader.open(); !opened) {
            // Usually a history file the writer is creating right now (nothing was read
            // before); a file that is really unusable is reported by the writer. Log
            // checks then count from now on.
            qCInfo(lcStore) << "no log read positions to go on from:" << opened.error();
            return;
        }
        if (const auto cursors = reader.logCursors())
            scheduler->seedLogCursors(*cursors);
        else
            qCWarning(lcStore) << "cannot read where log checks stopped:" << cursors.error();
        if (const auto boots = reader.lastBootTimes())
            scheduler->seedBootTimes(*boots);
        else
            qCWarning(lcStore) << "cannot read when servers last booted:" << boots.error();
    });
    postTo(m_scheduler, [s = m_scheduler] { s->start(); });
    for (const auto &run : std::exchange(m_runOnceQueue, {}))
        run();
}

void MonitorEngine::stop()
{
    m_stopped = true;
    for (const auto &run : std::exchange(m_runOnceQueue, {}))
        run(); // asked for before a start that never came: answered "stopped"
    if (!m_scheduler)
        return;
    m_retention.stop();
    // Everything of the monitor thread ends there: the scheduler hands its last batch to the
    // store (queued to the writer before the store is told to close), connections close on
    // the thread that made them (without waiting: SshHost retires its thread), the journal's
    // connection too. Waiting for the thread here is the only wait, and only at the end.
    Scheduler *scheduler = std::exchange(m_scheduler, nullptr);
    SshHosts *ssh = std::exchange(m_ssh, nullptr);
    JobManager *jobs = std::exchange(m_jobs, nullptr);
    BackupService *backups = std::exchange(m_backups, nullptr);
    DeployService *deploys = std::exchange(m_deploys, nullptr);
    postTo(scheduler, [this, scheduler, ssh, jobs, backups, deploys] {
        scheduler->stop();
        delete scheduler;
        delete deploys;
        // Jobs still running are recorded as interrupted (their steps may go on on the
        // server: the journal entry says to check).
        delete backups;
        delete jobs;
        delete ssh;
        m_book.reset();
        QThread::currentThread()->quit();
    });
    m_thread.join();
    m_incidents.reset();
    m_remediation.reset();
    m_store.stop();
    // Deliveries under way are cut off; they are settled at the next start, never resent.
    AlertDispatcher *dispatcher = std::exchange(m_dispatcher, nullptr);
    postTo(dispatcher, [dispatcher] {
        dispatcher->stop();
        QThread::currentThread()->quit();
    });
    m_alertThread.join();
}

void MonitorEngine::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    if (!m_scheduler)
        return;
    postTo(
        m_dispatcher, [d = m_dispatcher, alerts = monitored().alerts] { d->setSettings(alerts); });
    postTo(m_scheduler, [s = m_scheduler, w = monitored()] { s->applyWorkspace(w); });
    postTo(m_backups,
        [b = m_backups, d = m_deploys, shared = m_jobsWorkspace, workspace,
            file = m_workspaceFile] {
            *shared = workspace; // jobs started from now on; those running keep theirs
            b->setWorkspace(workspace);
            d->setWorkspace(workspace, file);
        });
}

void MonitorEngine::setBackupSecrets(const QHash<QString, QByteArray> &passwords)
{
    m_backupSecrets = passwords;
    if (m_backups)
        postTo(m_backups, [b = m_backups, d = m_deploys, passwords] {
            b->setPasswords(passwords);
            d->setBackupPasswords(passwords);
        });
}

void MonitorEngine::refreshBackups(const QString &sourceId)
{
    if (m_backups)
        postTo(m_backups, [b = m_backups, sourceId] { b->refresh(sourceId); });
}

void MonitorEngine::startBackupJob(QObject *context,
    std::function<void(const Expected<qint64> &)> done,
    std::function<Expected<qint64>(BackupService &)> start)
{
    onMonitorThread<Expected<qint64>>(
        context, [this, start = std::move(start)] { return start(*m_backups); }, std::move(done));
}

void MonitorEngine::verifyBackup(const QString &sourceId, const QString &name, QObject *context,
    std::function<void(const Expected<qint64> &)> done)
{
    startBackupJob(context, std::move(done),
        [sourceId, name](BackupService &b) { return b.verify(sourceId, name); });
}

void MonitorEngine::backUpNow(
    const QString &sourceId, QObject *context, std::function<void(const Expected<qint64> &)> done)
{
    startBackupJob(
        context, std::move(done), [sourceId](BackupService &b) { return b.backUpNow(sourceId); });
}

void MonitorEngine::downloadBackup(const QString &sourceId, const QString &name,
    const QString &localFolder, QObject *context,
    std::function<void(const Expected<qint64> &)> done)
{
    startBackupJob(context, std::move(done), [sourceId, name, localFolder](BackupService &b) {
        return b.download(sourceId, name, localFolder);
    });
}

void MonitorEngine::pruneBackups(const QString &sourceId, const QStringList &names,
    QObject *context, std::function<void(const Expected<qint64> &)> done)
{
    startBackupJob(context, std::move(done),
        [sourceId, names](BackupService &b) { return b.prune(sourceId, names); });
}

void MonitorEngine::previewRestore(const QString &sourceId, const QString &name,
    const QStringList &paths, QObject *context,
    std::function<void(const RestorePreviewReport &)> done)
{
    auto reply = replyOnOwnerThread<RestorePreviewReport>(context, std::move(done));
    if (!m_backups) {
        RestorePreviewReport report;
        report.sourceId = sourceId;
        report.backupName = name;
        report.error = tr("monitoring is not running");
        reply(report);
        return;
    }
    postTo(m_backups, [b = m_backups, sourceId, name, paths, reply] {
        b->previewRestore(sourceId, name, paths, reply);
    });
}

void MonitorEngine::planRestore(const QString &sourceId, const RestorePreviewReport &report,
    const RestorePlans::RestoreOptions &options, QObject *context,
    std::function<void(const Expected<JobPlan> &)> done)
{
    onMonitorThread<Expected<JobPlan>>(
        context,
        [this, sourceId, report, options] {
            return m_backups->restorePlan(sourceId, report, options);
        },
        std::move(done));
}

void MonitorEngine::startRestorePlan(const QString &sourceId, const JobPlan &plan, QObject *context,
    std::function<void(const Expected<qint64> &)> done)
{
    startBackupJob(context, std::move(done),
        [sourceId, plan](BackupService &b) { return b.startRecovery(sourceId, plan); });
}

void MonitorEngine::readRestoreState(const QString &sourceId, QObject *context,
    std::function<void(const Expected<std::optional<RestorePlans::RestoreState>> &)> done)
{
    auto reply = replyOnOwnerThread<Expected<std::optional<RestorePlans::RestoreState>>>(
        context, std::move(done));
    if (!m_backups) {
        reply(unexpected(tr("monitoring is not running")));
        return;
    }
    postTo(m_backups, [b = m_backups, sourceId, reply] { b->readRestoreState(sourceId, reply); });
}

void MonitorEngine::cancelJob(qint64 jobId)
{
    if (m_jobs)
        postTo(m_jobs, [j = m_jobs, jobId] { j->cancel(jobId); });
}

void MonitorEngine::readCatalog(const QString &sourceId, QObject *context,
    std::function<void(const Expected<QList<CatalogRow>> &)> done)
{
    onMonitorThread<Expected<QList<CatalogRow>>>(
        context, [this, sourceId] { return m_backups->catalog().backups(sourceId); },
        std::move(done));
}

void MonitorEngine::readPolicy(const QString &sourceId, QObject *context,
    std::function<void(const Expected<RetentionPlan> &)> done)
{
    onMonitorThread<Expected<RetentionPlan>>(
        context, [this, sourceId] { return m_backups->policy(sourceId); }, std::move(done));
}

void MonitorEngine::readJobs(
    int limit, QObject *context, std::function<void(const Expected<QList<JobRecord>> &)> done)
{
    onMonitorThread<Expected<QList<JobRecord>>>(
        context, [this, limit] { return m_jobs->book().recent(limit); }, std::move(done));
}

void MonitorEngine::readJob(qint64 jobId, QObject *context,
    std::function<void(const Expected<std::optional<JobRecord>> &)> done)
{
    onMonitorThread<Expected<std::optional<JobRecord>>>(
        context, [this, jobId] { return m_jobs->book().job(jobId); }, std::move(done));
}

void MonitorEngine::setSecrets(
    const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &problems)
{
    m_secrets = secrets;
    m_secretProblems = problems;
    if (m_ssh)
        postTo(m_ssh, [ssh = m_ssh, secrets, problems] { ssh->setSecrets(secrets, problems); });
}

std::optional<SshHostStatus> MonitorEngine::sshStatus(const QString &targetId) const
{
    const auto it = m_sshStatus.constFind(targetId);
    return it == m_sshStatus.constEnd() ? std::nullopt : std::optional(*it);
}

void MonitorEngine::retrySsh()
{
    if (m_ssh)
        postTo(m_ssh, [ssh = m_ssh] { ssh->retryAll(); });
}

void MonitorEngine::setAlertSecrets(const QHash<QString, QByteArray> &secrets)
{
    m_alertSecrets = secrets;
    if (m_dispatcher)
        postTo(m_dispatcher, [d = m_dispatcher, secrets] { d->setSecrets(secrets); });
}

void MonitorEngine::openGraceWindow(const QString &targetId, qint64 durationMs,
    const QString &reason, QObject *context, std::function<void(const Expected<QString> &)> done)
{
    onMonitorThread<Expected<QString>>(
        context,
        [this, targetId, durationMs, reason] { return openGraceNow(targetId, durationMs, reason); },
        std::move(done));
}

void MonitorEngine::closeGraceWindow(
    const QString &windowId, QObject *context, std::function<void(const Expected<void> &)> done)
{
    onMonitorThread<Expected<void>>(
        context,
        [this, windowId]() -> Expected<void> {
            const auto stopped = endGraceAt(windowId, QDateTime::currentMSecsSinceEpoch());
            if (!stopped)
                return unexpected(stopped.error());
            if (*stopped == 0)
                return unexpected(tr("there is no open maintenance window %1").arg(windowId));
            return {};
        },
        std::move(done));
}

void MonitorEngine::runCheckOnce(const CheckSpec &check, const Target &target, QObject *context,
    std::function<void(const CheckResult &)> done)
{
    auto reply = replyOnOwnerThread<CheckResult>(context, std::move(done));
    auto runOrRefuse = [this, check, target, reply] {
        if (m_scheduler) {
            startCheckOnce(check, target, reply);
            return;
        }
        CheckResult r;
        r.checkId = check.id;
        r.targetId = target.id;
        r.reason = tr("monitoring has stopped");
        reply(r);
    };
    if (!m_scheduler && !m_stopped) {
        // Asked for before monitoring started (the keychain is still being read): it runs
        // as soon as monitoring starts.
        m_runOnceQueue.append(runOrRefuse);
        return;
    }
    runOrRefuse();
}

void MonitorEngine::startCheckOnce(
    const CheckSpec &check, const Target &target, std::function<void(const CheckResult &)> reply)
{
    Workspace single = monitored();
    single.targets = {target};
    single.checks = {check};
    const bool watched = m_workspace.target(target.id) && *m_workspace.target(target.id) == target;
    postTo(m_scheduler,
        [scheduler = m_scheduler, ssh = watched ? m_ssh : nullptr, secrets = m_secrets,
            problems = m_secretProblems, baseDir = m_baseDir, single, reply, id = check.id,
            backups = m_backups] {
            // On the monitor thread, a child of the scheduler (so gone before the connections
            // are); deletes itself with its result.
            auto *executor = new CheckExecutor(single, baseDir, scheduler);
            executor->setBackups(backups);
            if (ssh)
                executor->setSshHosts(ssh); // the connection the engine keeps, logged in
            else
                executor->sshHosts()->setSecrets(secrets, problems); // an edited login
            connect(executor, &CheckExecutor::resultReady, executor,
                [executor, reply](const CheckResult &result) {
                    reply(result);
                    executor->deleteLater();
                });
            executor->run({id});
        });
}

void MonitorEngine::sendTestAlert(
    const QString &channelId, QObject *context, std::function<void(const QString &)> done)
{
    auto reply = replyOnOwnerThread<QString>(context, std::move(done));
    if (!m_dispatcher) {
        reply(tr("monitoring is not running"));
        return;
    }
    postTo(m_dispatcher, [d = m_dispatcher, channelId, reply] { d->sendTest(channelId, reply); });
}

void MonitorEngine::remediateNow(const QString &checkId)
{
    if (!m_scheduler)
        return;
    postTo(m_scheduler, [s = m_scheduler, checkId] { s->remediateNow(checkId); });
}

void MonitorEngine::runNow(const QStringList &checkIds)
{
    if (!m_scheduler)
        return;
    postTo(m_scheduler, [s = m_scheduler, checkIds] { s->runNow(checkIds); });
}

Workspace MonitorEngine::monitored() const
{
    Workspace w = m_workspace;
    if (m_trayAvailable && w.alerts.channels.isEmpty()) {
        AlertChannel tray;
        tray.id = QStringLiteral("tray");
        tray.type = ChannelType::Tray;
        w.alerts.channels.append(tray);
    }
    return w;
}

} // namespace dozor
