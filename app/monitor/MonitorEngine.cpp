#include "MonitorEngine.h"

#include "IncidentEngine.h"
#include "Remediation.h"
#include "Scheduler.h"
#include "core/AppPaths.h"
#include "notify/AlertDispatcher.h"
#include "remote/SshHosts.h"
#include "remote/ThreadCrypto.h"
#include "store/JournalBook.h"

#include <QDateTime>
#include <QFileInfo>

namespace dozor {

namespace {
constexpr int retentionEveryMs = 3600 * 1000;
}

MonitorEngine::MonitorEngine(Workspace workspace, QString workspaceFile, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_baseDir(QFileInfo(workspaceFile).absolutePath())
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
    QMetaObject::invokeMethod(m_dispatcher, &AlertDispatcher::start, Qt::QueuedConnection);
    m_ssh = new SshHosts;
    m_ssh->setAcceptNewHostKeys(m_acceptNewHostKeys);
    m_ssh->setSecrets(m_secrets);
    m_ssh->moveToThread(&m_thread);
    connect(m_ssh, &SshHosts::statusChanged, this,
        [this](const QString &targetId, const SshHostStatus &status) {
            m_sshStatus.insert(targetId, status);
            Q_EMIT sshStatusChanged(targetId, status);
        });
    connect(m_ssh, &SshHosts::hostKeyUnknown, this, &MonitorEngine::hostKeyUnknown);
    startScheduler(m_seed);
}

void MonitorEngine::stop()
{
    if (!m_scheduler)
        return;
    m_retention.stop();
    stopScheduler(); // its last batch reaches the store before the store stops
    // Connections close on the monitor thread, where they were made. The pointer is taken
    // first: it is both the context and the capture, and argument order is unspecified.
    // The journal's connection was opened there too.
    SshHosts *ssh = std::exchange(m_ssh, nullptr);
    QMetaObject::invokeMethod(
        ssh,
        [ssh, this] {
            delete ssh;
            m_book.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_incidents.reset();
    m_remediation.reset();
    m_store.stop();
    // Deliveries under way are cut off; they are settled at the next start, never resent.
    AlertDispatcher *dispatcher = std::exchange(m_dispatcher, nullptr);
    QMetaObject::invokeMethod(dispatcher, &AlertDispatcher::stop, Qt::BlockingQueuedConnection);
    m_alertThread.quit();
    m_alertThread.wait();
}

void MonitorEngine::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    if (!m_scheduler)
        return;
    QMetaObject::invokeMethod(
        m_dispatcher, [d = m_dispatcher, alerts = monitored().alerts] { d->setSettings(alerts); },
        Qt::QueuedConnection);
    startScheduler(stopScheduler());
    QMetaObject::invokeMethod(
        m_ssh, [ssh = m_ssh, targets = workspace.targets] { ssh->retain(targets); },
        Qt::QueuedConnection);
}

void MonitorEngine::setSecrets(const QHash<QString, QByteArray> &secrets)
{
    m_secrets = secrets;
    if (m_ssh)
        QMetaObject::invokeMethod(
            m_ssh, [ssh = m_ssh, secrets] { ssh->setSecrets(secrets); }, Qt::QueuedConnection);
}

std::optional<SshHostStatus> MonitorEngine::sshStatus(const QString &targetId) const
{
    const auto it = m_sshStatus.constFind(targetId);
    return it == m_sshStatus.constEnd() ? std::nullopt : std::optional(*it);
}

void MonitorEngine::retrySsh()
{
    if (m_ssh)
        QMetaObject::invokeMethod(m_ssh, &SshHosts::retryAll, Qt::QueuedConnection);
}

void MonitorEngine::setAlertSecrets(const QHash<QString, QByteArray> &secrets)
{
    m_alertSecrets = secrets;
    if (m_dispatcher)
        QMetaObject::invokeMethod(
            m_dispatcher, [d = m_dispatcher, secrets] { d->setSecrets(secrets); },
            Qt::QueuedConnection);
}

Expected<QString> MonitorEngine::openGraceWindow(
    const QString &targetId, qint64 durationMs, const QString &reason)
{
    if (!m_scheduler)
        return unexpected(tr("monitoring is not running"));
    Expected<QString> id = unexpected(QString());
    // Blocking, but the monitor thread only ever runs short steps.
    QMetaObject::invokeMethod(
        m_ssh,
        [&] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (auto opened = m_book->open(); !opened) {
                id = unexpected(opened.error());
                return;
            }
            id = m_book->startMaintenance(targetId, now, now + durationMs, reason);
            if (const auto windows = m_book->maintenanceWindows(now))
                m_incidents->setExtraMaintenance(*windows);
        },
        Qt::BlockingQueuedConnection);
    return id;
}

Expected<void> MonitorEngine::closeGraceWindow(const QString &windowId)
{
    if (!m_scheduler)
        return unexpected(tr("monitoring is not running"));
    Expected<void> done;
    QMetaObject::invokeMethod(
        m_ssh,
        [&] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const auto stopped = m_book->stopMaintenance(windowId, QString(), now);
            if (!stopped)
                done = unexpected(stopped.error());
            else if (*stopped == 0)
                done = unexpected(tr("there is no open maintenance window %1").arg(windowId));
            if (const auto windows = m_book->maintenanceWindows(now))
                m_incidents->setExtraMaintenance(*windows);
        },
        Qt::BlockingQueuedConnection);
    return done;
}

void MonitorEngine::remediateNow(const QString &checkId)
{
    if (!m_scheduler)
        return;
    QMetaObject::invokeMethod(
        m_scheduler, [s = m_scheduler, checkId] { s->remediateNow(checkId); },
        Qt::QueuedConnection);
}

void MonitorEngine::runNow(const QStringList &checkIds)
{
    if (!m_scheduler)
        return;
    QMetaObject::invokeMethod(
        m_scheduler, [s = m_scheduler, checkIds] { s->runNow(checkIds); }, Qt::QueuedConnection);
}

void MonitorEngine::startScheduler(const QHash<QString, Status> &seed)
{
    m_scheduler = new Scheduler(monitored(), m_baseDir);
    m_scheduler->seedStatuses(seed);
    m_scheduler->setSshHosts(m_ssh);
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
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::start, Qt::QueuedConnection);
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

QHash<QString, Status> MonitorEngine::stopScheduler()
{
    QHash<QString, Status> statuses;
    Scheduler *scheduler = std::exchange(m_scheduler, nullptr);
    // Blocking, but only for the monitor thread's current event: it never waits on I/O.
    QMetaObject::invokeMethod(
        scheduler,
        [scheduler, &statuses] {
            scheduler->stop();
            statuses = scheduler->statuses();
            delete scheduler; // on its own thread: running checks are cut off there
        },
        Qt::BlockingQueuedConnection);
    return statuses;
}

} // namespace dozor
