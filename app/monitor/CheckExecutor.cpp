#include "CheckExecutor.h"

#include "backup/BackupService.h"
#include "core/HttpEvaluator.h"
#include "core/ProbeParser.h"
#include "core/ResourceEvaluator.h"
#include "core/checks/CheckSupport.h"
#include "monitor/Remediation.h"
#include "remote/HttpProbe.h"
#include "remote/LocalShellRun.h"
#include "remote/ProbeScript.h"
#include "remote/SshHost.h"
#include "remote/SshHosts.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMonitor, "dozor.monitor", QtWarningMsg)

namespace dozor {

namespace {

// Reasons kept as messages, in the executor's translation context.
struct ExecutorText {
    Q_DECLARE_TR_FUNCTIONS(dozor::CheckExecutor)
    DOZOR_MESSAGE_FUNCTIONS(dozor::CheckExecutor)
};
// The file whose read position a check keeps between samples (none: empty).
QString readPositionFile(const CheckSpec &check)
{
    const auto file = checkKind(check.type).readPosition;
    return file ? file(check) : QString();
}
// A command check is judged on its exit status and the start of its output.
constexpr qsizetype commandOutputCap = qsizetype {64} * 1024;
} // namespace

CheckExecutor::CheckExecutor(Workspace workspace, QString baseDir, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_baseDir(std::move(baseDir))
{
}

CheckExecutor::~CheckExecutor() = default;

void CheckExecutor::seedLogCursors(const QHash<QString, LogCursor> &cursors)
{
    for (auto it = cursors.constBegin(); it != cursors.constEnd(); ++it) {
        const CheckSpec *check = m_workspace.check(it.key());
        // Only where it was read: the same file on the same server.
        if (check && !m_logCursors.contains(it.key()) && it->targetId == check->targetId
            && !it->file.isEmpty() && it->file == readPositionFile(*check))
            m_logCursors.insert(it.key(), it.value());
    }
}

void CheckExecutor::seedBootTimes(const QHash<QString, qint64> &bootAtMsByCheck)
{
    for (auto it = bootAtMsByCheck.constBegin(); it != bootAtMsByCheck.constEnd(); ++it) {
        const CheckSpec *check = m_workspace.check(it.key());
        const Target *target = check ? m_workspace.target(check->targetId) : nullptr;
        // This computer's reboot restarted Dozor too: not one seen while watching.
        if (check && check->type == CheckType::Uptime && target && target->ssh)
            m_boots.seed(target->id, it.value());
    }
}

void CheckExecutor::setWorkspace(const Workspace &workspace)
{
    // A run started under a definition that changed since (the check, or its server) is
    // outdated: its result is dropped when it comes, and the check runs again as it is now.
    for (const CheckSpec &before : std::as_const(m_workspace.checks)) {
        if (!m_workspace.sameCheckAs(workspace, before.id))
            ++m_definition[before.id];
    }
    for (auto it = m_logCursors.begin(); it != m_logCursors.end();) {
        const CheckSpec *before = m_workspace.check(it.key());
        const CheckSpec *after = workspace.check(it.key());
        const bool sameFile = before && after && after->targetId == before->targetId
            && readPositionFile(*after) == readPositionFile(*before);
        it = sameFile ? std::next(it) : m_logCursors.erase(it);
    }
    for (auto it = m_cpuReadings.begin(); it != m_cpuReadings.end();) {
        const Target *before = m_workspace.target(it.key());
        const Target *after = workspace.target(it.key());
        it = before && after && *before == *after ? std::next(it) : m_cpuReadings.erase(it);
    }
    for (const Target &before : std::as_const(m_workspace.targets)) {
        const Target *after = workspace.target(before.id);
        if (!after || *after != before)
            m_boots.forget(before.id);
    }
    m_workspace = workspace;
}

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
        m_running.insert(id, m_definition.value(id));
        const CheckRunner runner = checkKind(check->type).runner;
        if (runner == CheckRunner::Http) {
            runHttp(*check);
        } else if (runner == CheckRunner::OwnCommand) {
            runCommand(*check);
        } else if (runner == CheckRunner::Catalog) {
            runBackup(*check);
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
    auto *probe = new HttpProbe(check, m_baseDir, this);
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
    const QString targetId = checks.constFirst().targetId;
    // A reading older than the maximum says little about the CPU now, and one younger than
    // the minimum is too few 10-ms ticks away: the probe reads twice instead (half a second
    // apart). The minimum is well under the shortest interval (1 s) less that half second,
    // so a check run every second never pays for a second reading.
    constexpr qint64 cpuReadingMaxAgeMs = 15 * 60 * 1000;
    constexpr qint64 cpuReadingMinAgeMs = 250;
    std::optional<CpuReading> cpuBaseline;
    if (const auto it = m_cpuReadings.constFind(targetId); it != m_cpuReadings.constEnd()
        && startedMs - it->atMs <= cpuReadingMaxAgeMs && startedMs - it->atMs >= cpuReadingMinAgeMs)
        cpuBaseline = *it;
    const Target *target = m_workspace.target(targetId);
    const Target runTarget = target ? *target : Target {};
    const ProbeScript probe = ProbeScript::build(checks, m_logCursors, cpuBaseline.has_value());
    if (probe.script.isEmpty()) {
        RemoteRunResult missing;
        missing.error = tr("the probe script is missing from this build");
        evaluateProbe(checks, startedMs, missing, probe, std::nullopt, runTarget);
        return;
    }
    runOnTarget(targetId, probe.script, false, probe.deadlineMs, ProbeParser::maxOutputBytes,
        [this, checks, startedMs, probe, cpuBaseline, runTarget](const RemoteRunResult &r) {
            evaluateProbe(checks, startedMs, r, probe, cpuBaseline, runTarget);
        });
}

void CheckExecutor::runCommand(const CheckSpec &check)
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    const int timeoutMs = check.timeoutSec * 1000; // its own timeout, as the user set it
    runOnTarget(check.targetId, checkKind(check.type).command(check), true, timeoutMs,
        commandOutputCap, [this, check, startedMs](const RemoteRunResult &r) {
            const CommandOutcome outcome {r.exitStatus, r.out, r.err, r.truncated, r.error};
            CheckResult result;
            if (r.unreachable) { // the server, not the command: its reason as it is
                result.checkId = check.id;
                result.targetId = check.targetId;
                result.status = Status::Unknown;
                result.reason = r.error;
            } else {
                result = evaluateCommandCheck(check, outcome);
            }
            result.unreachable = r.unreachable;
            result.refusedForSafety = r.refusedForSafety;
            deliver(std::move(result), startedMs, r.elapsedMs);
        });
}

void CheckExecutor::runBackup(const CheckSpec &check)
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    const auto elapsed = [startedMs] { return QDateTime::currentMSecsSinceEpoch() - startedMs; };
    if (!m_backups) {
        QMetaObject::invokeMethod(
            this,
            [this, check, startedMs] {
                deliver(unknownResult(resultOf(check),
                            CheckText::msg("backup checks need the history file's backup catalog, "
                                           "which this run has not opened")),
                    startedMs, 0);
            },
            Qt::QueuedConnection);
        return;
    }
    // One answer per run: the listing's, or the time limit's.
    auto answered = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    const QString source = check.backup.source;
    *connection = connect(m_backups, &BackupService::refreshed, this,
        [this, check, startedMs, answered, connection, elapsed](
            const QString &sourceId, const QString &problem, int) {
            if (sourceId != check.backup.source || *answered)
                return;
            *answered = true;
            disconnect(*connection);
            BackupFacts facts;
            facts.listingProblem = problem;
            CatalogBook &catalog = m_backups->catalog();
            if (const auto rows = catalog.backups(sourceId)) {
                for (const CatalogRow &row : *rows)
                    facts.newestFirst.append({row.name, row.timeMs, row.size, row.verified,
                        row.verifiedMs, row.verifyReason});
            } else {
                facts.listingProblem = rows.error();
            }
            if (const auto state = catalog.source(sourceId); state && *state) {
                facts.everListed = true;
                facts.freeBytes = (*state)->freeBytes;
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (const auto space = catalog.space(sourceId, now - qint64 {7} * 24 * 3'600'000))
                facts.daysUntilFull = daysUntilFull(*space);
            deliver(evaluateBackupCheck(check, facts, now), startedMs, elapsed());
        });
    QTimer::singleShot(
        check.timeoutSec * 1000, this, [this, check, startedMs, answered, connection, elapsed] {
            if (*answered)
                return;
            *answered = true;
            disconnect(*connection);
            deliver(unknownResult(resultOf(check),
                        CheckText::msg("listing the backups of %1 took longer than %2 s")
                            .arg(check.backup.source)
                            .arg(check.timeoutSec)),
                startedMs, elapsed());
        });
    m_backups->refresh(source);
}

void CheckExecutor::runRemediation(const CheckSpec &check, RunDone done)
{
    const auto command = remediationCommand(check.remediation);
    if (!command) {
        RemoteRunResult failed;
        failed.error = command.error();
        done(failed);
        return;
    }
    runOnTarget(check.targetId, *command, true, check.remediation.timeoutSec * 1000,
        commandOutputCap, std::move(done));
}

void CheckExecutor::runOnTarget(const QString &targetId, const QByteArray &script, bool ownChannel,
    int timeoutMs, qsizetype outCap, RunDone done)
{
    const Target *target = m_workspace.target(targetId);
    if (target && target->ssh) {
        SshHost *host = sshHosts()->hostFor(*target);
        if (ownChannel)
            host->runCommand(script, timeoutMs, this, std::move(done), outCap);
        else
            host->runScript(script, timeoutMs, this, std::move(done), outCap);
        return;
    }
    auto *run = new LocalShellRun(script, timeoutMs, outCap, this);
    connect(run, &LocalShellRun::finished, this,
        [run, done = std::move(done)](const RemoteRunResult &r) {
            run->deleteLater();
            done(r);
        });
    run->start();
}

void CheckExecutor::evaluateProbe(const QList<CheckSpec> &checks, qint64 startedMs,
    const RemoteRunResult &run, const ProbeScript &probe,
    const std::optional<CpuReading> &cpuBaseline, const Target &target)
{
    const QHash<int, QString> &scriptErrors = probe.errors;
    std::optional<HostSnapshot> snapshot;
    QString failure = run.error;
    if (failure.isEmpty() && run.exitStatus.value_or(0) != 0 && run.out.isEmpty())
        failure = tr("the probe failed with exit status %1: %2")
                      .arg(*run.exitStatus)
                      .arg(QString::fromUtf8(run.err).simplified().left(200));
    // A run stopped part way (its deadline, the output cap) still tells what it read before.
    if (failure.isEmpty() || !run.out.isEmpty()) {
        Expected<HostSnapshot> parsed = ProbeParser::parse(run.out, probe.sectionEnd);
        if (parsed) {
            snapshot = std::move(parsed).value();
            if (!failure.isEmpty())
                snapshot->problems.prepend(failure);
        } else if (failure.isEmpty()) {
            failure = parsed.error();
        }
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (snapshot && snapshot->cpuFirst) {
        // One reading: CPU use since the previous sample's reading. A reading from another
        // boot, or counters that went back, mean the host restarted; counters that did not
        // move keep the earlier reading for the next sample.
        bool keepEarlier = false;
        if (!snapshot->cpuSecond && cpuBaseline) {
            const CpuTimes &before = cpuBaseline->times;
            snapshot->cpuSecond = snapshot->cpuFirst;
            snapshot->cpuFirst = before;
            snapshot->cpuCountersReset = cpuBaseline->bootId != snapshot->bootId
                || snapshot->cpuSecond->total < before.total
                || snapshot->cpuSecond->busy < before.busy;
            keepEarlier = !snapshot->cpuCountersReset && snapshot->cpuSecond->total == before.total;
        }
        // Only a reading of the server the target names now (not one from before an edit).
        const Target *now = m_workspace.target(target.id);
        if (!keepEarlier && now && *now == target)
            // Dated when it was read (the answer's arrival), not when the run started: a run
            // that first logged in or read twice took its reading up to seconds later.
            m_cpuReadings.insert(target.id,
                {snapshot->cpuSecond.value_or(*snapshot->cpuFirst), snapshot->bootId, nowMs});
    }
    // Only a sample of the server the target names now says when it booted.
    if (const Target *now = m_workspace.target(target.id);
        snapshot && snapshot->uptimeSec && now && *now == target) {
        const BootWatch::Seen boot =
            m_boots.observe(target.id, *snapshot->uptimeSec, snapshot->bootId, nowMs);
        snapshot->bootAtMs = boot.bootAtMs;
        snapshot->rebootSeen = boot.rebootSeen;
        snapshot->newReboot = boot.newReboot;
    }
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const CheckSpec &check = checks.at(i);
        CheckResult r;
        r.checkId = check.id;
        r.targetId = check.targetId;
        r.status = Status::Unknown;
        if (scriptErrors.contains(int(i))) {
            r.reason = scriptErrors.value(int(i));
        } else if (!snapshot) {
            r.reason = failure;
            r.unreachable = run.unreachable;
            r.refusedForSafety = run.refusedForSafety;
        } else if (checkKind(check.type).runner == CheckRunner::HostProbe) {
            r = evaluateResourceCheck(check, *snapshot);
        } else if (const auto overran = snapshot->overranSections.constFind(int(i));
                   overran != snapshot->overranSections.constEnd()) {
            setReason(r,
                ExecutorText::msg("%1 did not finish within %2 s and was stopped")
                    .arg(*overran)
                    .arg(ProbeScript::sectionSeconds(check)));
        } else if (!snapshot->checkSections.contains(int(i))
            || snapshot->unfinishedSections.contains(int(i))) {
            const bool started = snapshot->checkSections.contains(int(i));
            const Message what = started
                ? ExecutorText::msg("the probe stopped while this check's commands ran")
                : ExecutorText::msg("the probe printed nothing for this check");
            setReason(r,
                snapshot->problems.isEmpty() ? what
                                             : ExecutorText::msg("%1: %2").arg(what).arg(
                                                 snapshot->problems.join(QStringLiteral("; "))));
        } else {
            std::optional<LogCursor> next;
            r = evaluateHostCheck(check, snapshot->checkSections.value(int(i)),
                cursorFor(m_logCursors, check.id), nowMs, &next);
            if (next && isCurrent(check.id)) {
                next->targetId = check.targetId;
                next->file = readPositionFile(check);
                m_logCursors.insert(check.id, *next);
                r.logCursor = next;
            }
        }
        deliver(std::move(r), startedMs, run.elapsedMs);
    }
}

SshHosts *CheckExecutor::sshHosts()
{
    if (!m_ssh)
        m_ssh = new SshHosts(this);
    return m_ssh;
}

bool CheckExecutor::isCurrent(const QString &checkId) const
{
    const auto it = m_running.constFind(checkId);
    return it != m_running.constEnd() && *it == m_definition.value(checkId)
        && m_workspace.check(checkId);
}

void CheckExecutor::deliver(CheckResult result, qint64 startedMs, qint64 durationMs)
{
    result.startedMs = startedMs;
    result.durationMs = durationMs;
    const bool current = isCurrent(result.checkId);
    m_running.remove(result.checkId);
    if (current)
        Q_EMIT resultReady(result);
    else
        qCDebug(lcMonitor) << "dropped the result of" << result.checkId
                           << "run under a definition edited since";
    if (m_running.isEmpty())
        Q_EMIT idle();
}

} // namespace dozor
