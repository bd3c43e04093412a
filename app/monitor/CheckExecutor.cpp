#include "CheckExecutor.h"

#include "core/HttpEvaluator.h"
#include "core/ProbeParser.h"
#include "core/ResourceEvaluator.h"
#include "remote/HttpProbe.h"
#include "remote/LocalProbeRun.h"

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
    auto *run = new LocalProbeRun(std::min(timeoutSec * 1000, probeTimeoutCapMs), this);
    connect(run, &LocalProbeRun::finished, this,
        [this, run, checks, startedMs](const ProbeOutput &out) {
            run->deleteLater();
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
        });
    run->start();
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
