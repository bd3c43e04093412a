#include "CheckExecutor.h"

#include "core/HttpEvaluator.h"
#include "core/ProbeParser.h"
#include "core/ResourceEvaluator.h"
#include "remote/HttpProbe.h"
#include "remote/LocalProbeRun.h"
#include "remote/SshHost.h"
#include "remote/SshHosts.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>

namespace dozor {

namespace {
constexpr int probeTimeoutCapMs = 30'000;
}

CheckExecutor::CheckExecutor(Workspace workspace, QString baseDir, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_baseDir(std::move(baseDir))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

CheckExecutor::~CheckExecutor() = default;

QStringList CheckExecutor::run(const QStringList &checkIds)
{
    QStringList skipped;
    QHash<QString, QList<CheckSpec>> probeGroups;
    QStringList groupOrder;
    for (const QString &id : checkIds) {
        const CheckSpec *check = m_workspace.check(id);
        if (!check)
            continue;
        if (m_running.contains(id)) {
            skipped.append(id);
            continue;
        }
        m_running.insert(id);
        if (check->type == CheckType::Http) {
            runHttp(*check);
        } else {
            if (!probeGroups.contains(check->targetId))
                groupOrder.append(check->targetId);
            probeGroups[check->targetId].append(*check);
        }
    }
    for (const QString &targetId : std::as_const(groupOrder))
        runProbe(probeGroups.value(targetId));
    return skipped;
}

void CheckExecutor::runHttp(const CheckSpec &check)
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    auto *probe = new HttpProbe(m_network, check, m_baseDir, this);
    connect(probe, &HttpProbe::finished, this,
        [this, probe, check, startedMs](const HttpObservation &o) {
            probe->deleteLater();
            deliver(
                evaluateHttp(check, o, QDateTime::currentDateTimeUtc()), startedMs, o.elapsedMs);
        });
    probe->start();
}

void CheckExecutor::runProbe(const QList<CheckSpec> &checks)
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    int timeoutSec = 1;
    for (const CheckSpec &c : checks)
        timeoutSec = std::max(timeoutSec, c.timeoutSec);
    const int timeoutMs = std::min(timeoutSec * 1000, probeTimeoutCapMs);
    const Target *target = m_workspace.target(checks.constFirst().targetId);
    if (target && target->ssh) {
        SshHost *host = sshHosts()->hostFor(*target);
        host->runScript(LocalProbeRun::probeScript(), timeoutMs, this,
            [this, checks, startedMs](const RemoteRunResult &r) {
                ProbeOutput out;
                out.output = r.out;
                out.elapsedMs = r.elapsedMs;
                out.error = r.error;
                if (out.error.isEmpty() && r.exitStatus.value_or(0) != 0 && r.out.isEmpty())
                    out.error = tr("the probe failed with exit status %1: %2")
                                    .arg(*r.exitStatus)
                                    .arg(QString::fromUtf8(r.err).simplified().left(200));
                evaluateProbe(checks, startedMs, out);
            },
            ProbeParser::maxOutputBytes);
        return;
    }
    auto *run = new LocalProbeRun(timeoutMs, this);
    connect(run, &LocalProbeRun::finished, this,
        [this, run, checks, startedMs](const ProbeOutput &out) {
            run->deleteLater();
            evaluateProbe(checks, startedMs, out);
        });
    run->start();
}

void CheckExecutor::evaluateProbe(
    const QList<CheckSpec> &checks, qint64 startedMs, const ProbeOutput &out)
{
    std::optional<HostSnapshot> snapshot;
    QString failure = out.error;
    if (failure.isEmpty()) {
        Expected<HostSnapshot> parsed = ProbeParser::parse(out.output);
        if (parsed)
            snapshot = std::move(parsed).value();
        else
            failure = parsed.error();
    }
    for (const CheckSpec &check : checks) {
        CheckResult r;
        if (snapshot) {
            r = evaluateResourceCheck(check, *snapshot);
        } else {
            r.checkId = check.id;
            r.targetId = check.targetId;
            r.status = Status::Unknown;
            r.reason = failure;
        }
        deliver(std::move(r), startedMs, out.elapsedMs);
    }
}

SshHosts *CheckExecutor::sshHosts()
{
    if (!m_ssh)
        m_ssh = new SshHosts(this);
    return m_ssh;
}

void CheckExecutor::deliver(CheckResult result, qint64 startedMs, qint64 durationMs)
{
    result.startedMs = startedMs;
    result.durationMs = durationMs;
    m_running.remove(result.checkId);
    Q_EMIT resultReady(result);
    if (m_running.isEmpty())
        Q_EMIT idle();
}

} // namespace dozor
