// MonitorEngine: deploys, on the monitor thread (the DeployService beside the jobs), and the
// grace windows they open.
#include "IncidentEngine.h"
#include "MonitorEngineCalls.h"
#include "store/JournalBook.h"

#include <QDateTime>

namespace dozor {

Expected<QString> MonitorEngine::openGraceNow(
    const QString &targetId, qint64 durationMs, const QString &reason)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto opened = m_book->open(); !opened)
        return unexpected(opened.error());
    auto id = m_book->startMaintenance(targetId, now, now + durationMs, reason);
    if (const auto windows = m_book->maintenanceWindows(now))
        m_incidents->setExtraMaintenance(*windows);
    return id;
}

Expected<int> MonitorEngine::endGraceAt(const QString &windowId, qint64 endMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto opened = m_book->open(); !opened)
        return unexpected(opened.error());
    const auto stopped = m_book->stopMaintenance(windowId, QString(), std::max(now, endMs));
    if (const auto windows = m_book->maintenanceWindows(now))
        m_incidents->setExtraMaintenance(*windows);
    return stopped;
}

void MonitorEngine::startDeploys(
    const std::function<Expected<JobTransport *>(const QString &)> &transports)
{
    m_deploys = new DeployService(m_jobs, transports);
    m_deploys->setWorkspace(m_workspace, m_workspaceFile);
    m_deploys->setBackupPasswords(m_backupSecrets);
    // On the monitor thread, where the journal and the incident engine are used.
    m_deploys->setGraceWindows(
        [this](const QString &targetId, qint64 ms, const QString &reason,
            std::function<void(const Expected<QString> &)> done) {
            done(openGraceNow(targetId, ms, reason));
        },
        [this](const QString &windowId, qint64 endMs) { endGraceAt(windowId, endMs); });
    m_deploys->moveToThread(&m_thread);
    connect(m_deploys, &DeployService::prepareLine, this, &MonitorEngine::deployPrepareLine);
}

void MonitorEngine::prepareDeploy(const DeployService::Request &request, QObject *context,
    std::function<void(const DeployService::Prepared &)> done)
{
    auto reply = replyOnOwnerThread<DeployService::Prepared>(context, std::move(done));
    if (!m_deploys) {
        DeployService::Prepared p;
        p.request = request;
        p.error = tr("monitoring is not running");
        reply(p);
        return;
    }
    postTo(m_deploys, [d = m_deploys, request, reply] { d->prepare(request, reply); });
}

void MonitorEngine::cancelDeployPrepare(int token)
{
    if (m_deploys)
        postTo(m_deploys, [d = m_deploys, token] { d->cancelPrepare(token); });
}

void MonitorEngine::planDeploy(const DeployService::Prepared &prepared, bool skipChecksBefore,
    QObject *context, std::function<void(const Expected<JobPlan> &)> done)
{
    onMonitorThread<Expected<JobPlan>>(
        context,
        [this, prepared, skipChecksBefore] { return m_deploys->plan(prepared, skipChecksBefore); },
        std::move(done));
}

void MonitorEngine::planDeployRollback(const DeployService::Prepared &prepared, const QString &to,
    QObject *context, std::function<void(const Expected<JobPlan> &)> done)
{
    onMonitorThread<Expected<JobPlan>>(
        context, [this, prepared, to] { return m_deploys->rollbackPlan(prepared, to); },
        std::move(done));
}

void MonitorEngine::startDeploy(const DeployService::Prepared &prepared, const JobPlan &plan,
    QObject *context, std::function<void(const Expected<qint64> &)> done)
{
    auto reply = replyOnOwnerThread<Expected<qint64>>(context, std::move(done));
    if (!m_deploys) {
        reply(unexpected(tr("monitoring is not running")));
        return;
    }
    postTo(m_deploys, [d = m_deploys, prepared, plan, reply] { d->start(prepared, plan, reply); });
}

void MonitorEngine::readDeploys(const QString &targetId, int limit, QObject *context,
    std::function<void(const Expected<QList<JobRecord>> &)> done)
{
    onMonitorThread<Expected<QList<JobRecord>>>(
        context,
        [this, targetId, limit] {
            return m_jobs->book().recent(limit, QStringLiteral("deploy"), targetId);
        },
        std::move(done));
}

} // namespace dozor
