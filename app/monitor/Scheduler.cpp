#include "Scheduler.h"

#include "CheckExecutor.h"
#include "IncidentEngine.h"
#include "Remediation.h"
#include "core/DurationText.h"
#include "notify/AlertRouter.h"
#include "remote/SshHosts.h"
#include "store/JournalBook.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace dozor {

namespace {
// Timeline lines kept as messages, in the scheduler's translation context.
struct SchedulerText {
    Q_DECLARE_TR_FUNCTIONS(dozor::Scheduler)
    DOZOR_MESSAGE_FUNCTIONS(dozor::Scheduler)
};
} // namespace

Scheduler::Scheduler(Workspace workspace, QString baseDir, QObject *parent)
    : QObject(parent)
    , m_executor(new CheckExecutor(std::move(workspace), std::move(baseDir), this))
    , m_tick(this) // a child, so moving the scheduler to a thread moves its timer too
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_tick.setInterval(1000);
    m_tick.setTimerType(Qt::CoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, &Scheduler::tick);
    connect(m_executor, &CheckExecutor::resultReady, this, &Scheduler::onResult);
}

Scheduler::~Scheduler() = default;

void Scheduler::setSshHosts(SshHosts *hosts)
{
    m_ssh = hosts;
    m_executor->setSshHosts(hosts);
}

void Scheduler::setBackups(BackupService *backups)
{
    m_executor->setBackups(backups);
}

void Scheduler::seedStatuses(const QHash<QString, Status> &statuses)
{
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        m_tracker.seed(it.key(), it.value());
}

void Scheduler::seedLogCursors(const QHash<QString, LogCursor> &cursors)
{
    m_executor->seedLogCursors(cursors);
}

void Scheduler::seedBootTimes(const QHash<QString, qint64> &bootAtMsByCheck)
{
    m_executor->seedBootTimes(bootAtMsByCheck);
}

void Scheduler::setIncidents(
    IncidentEngine *engine, JournalBook *book, RemediationPolicy *remediation)
{
    m_incidents = engine;
    m_book = book;
    m_remediation = remediation;
    if (m_incidents)
        m_incidents->setWorkspace(m_executor->workspace());
}

void Scheduler::refreshMaintenance(qint64 nowMs)
{
    if (!m_incidents || !m_book || nowMs - m_maintenanceReadMs < maintenanceRefreshMs)
        return;
    m_maintenanceReadMs = nowMs;
    const auto windows = m_book->maintenanceWindows(nowMs);
    if (!windows) {
        qCWarning(lcStore) << "cannot read maintenance windows:" << windows.error();
        return;
    }
    m_incidents->setExtraMaintenance(*windows);
    QStringList ids;
    for (const MaintenanceWindow &w : *windows)
        ids.append(w.id);
    if (m_maintenanceIds != ids) {
        m_maintenanceIds = ids;
        Q_EMIT maintenanceWindowsRead(*windows);
    }
}

void Scheduler::takeIncidents(IncidentOutput output)
{
    if (output.isEmpty())
        return;
    for (AlertIntent &a : output.alerts)
        a.channels = channelsFor(a, m_executor->workspace().alerts);
    m_pending.incidents.append(output);
    Q_EMIT incidentsChanged(output);
    // An alert is sent once it is committed: hand it to the history now, not with the next
    // tick's batch.
    if (!output.alerts.isEmpty())
        flush();
}

qint64 Scheduler::firstRunOffsetMs(int targetIndex, int intervalSec)
{
    const qint64 offset = qint64 {targetIndex / targetsPerTick} * 1000;
    return std::min(offset, std::max<qint64>(0, qint64 {intervalSec} * 1000 - 1000));
}

void Scheduler::start()
{
    // First runs at once for the first servers (data on screen immediately), the rest a
    // second later per batch of servers, so hundreds of servers do not all start in one
    // tick; the checks of one server stay together and share their probe run. Each check
    // keeps its phase afterwards.
    const qint64 now = m_clock();
    // Incidents open when Dozor last stopped go on where they were: nothing is re-alerted.
    if (m_incidents && m_book && !m_incidents->isRestored()) {
        const auto opened = m_book->open();
        const auto open = opened ? m_book->openIncidents()
                                 : Expected<QList<Incident>>(unexpected(opened.error()));
        // Flapping goes on where it was too, so a restart does not announce it again.
        if (opened) {
            if (const auto changes =
                    m_book->statusChangesSince(m_incidents->flapHistoryStartMs(now)))
                m_incidents->restoreFlapping(*changes, now);
            else
                qCWarning(lcStore) << "cannot read status changes:" << changes.error();
        }
        if (open)
            m_incidents->restore(*open);
        else
            qCWarning(lcStore) << "cannot read open incidents:" << open.error();
    }
    if (m_incidents)
        takeIncidents(m_incidents->closeOrphans(now));
    const Workspace &w = m_executor->workspace();
    QHash<QString, int> targetIndex;
    for (const Target &t : w.targets)
        targetIndex.insert(t.id, int(targetIndex.size()));
    for (const CheckSpec &c : w.checks)
        m_nextDueMs.insert(
            c.id, now + firstRunOffsetMs(targetIndex.value(c.targetId), c.intervalSec));
    m_tick.start();
    tick();
}

void Scheduler::applyWorkspace(const Workspace &workspace)
{
    const qint64 now = m_clock();
    const Workspace before = m_executor->workspace();
    m_executor->setWorkspace(workspace);
    QSet<QString> kept;
    QHash<QString, qint64> nextDue;
    for (const CheckSpec &c : workspace.checks) {
        kept.insert(c.id);
        const bool unchanged = before.sameCheckAs(workspace, c.id) && m_nextDueMs.contains(c.id);
        nextDue.insert(c.id, unchanged ? m_nextDueMs.value(c.id) : now);
    }
    m_nextDueMs = nextDue;
    m_tracker.retain(kept);
    if (m_ssh)
        m_ssh->retain(workspace.targets);
    if (m_incidents) {
        m_incidents->setWorkspace(workspace);
        takeIncidents(m_incidents->closeOrphans(now));
    }
    if (m_tick.isActive())
        tick();
}

void Scheduler::stop()
{
    m_tick.stop();
    flush();
}

void Scheduler::runNow(const QStringList &checkIds)
{
    const qint64 now = m_clock();
    for (const QString &id : checkIds) {
        if (m_nextDueMs.contains(id))
            m_nextDueMs[id] = now;
    }
    if (m_tick.isActive())
        tick();
}

void Scheduler::tick()
{
    const qint64 now = m_clock();
    if (m_incidents) {
        refreshMaintenance(now);
        takeIncidents(m_incidents->onTick(now));
    }
    flush();
    QStringList due;
    for (const CheckSpec &c : m_executor->workspace().checks) {
        qint64 &next = m_nextDueMs[c.id];
        if (next > now)
            continue;
        if (m_executor->isRunning(c.id))
            continue; // still running (a slow server): do not pile up runs
        due.append(c.id);
        // Keep to the original cadence; after a long stall skip the missed runs.
        const qint64 interval = static_cast<qint64>(c.intervalSec) * 1000;
        next += interval;
        if (next <= now)
            next = now + interval;
    }
    if (!due.isEmpty())
        m_executor->run(due);
}

void Scheduler::onResult(const CheckResult &given)
{
    const CheckSpec *check = m_executor->workspace().check(given.checkId);
    if (!check)
        return; // removed from the workspace while it ran
    CheckResult result = given;
    result.intervalSec = check->intervalSec;
    m_pending.results.append(result);
    Q_EMIT resultReady(result);
    if (const auto change = m_tracker.update(result)) {
        m_pending.changes.append(*change);
        Q_EMIT statusChanged(*change);
    }
    if (!m_incidents)
        return;
    const qint64 at = result.startedMs + result.durationMs;
    if (result.rebootedAtMs)
        journalReboot(*check, *result.rebootedAtMs);
    takeIncidents(m_incidents->onResult(result, at));
    // A failure is confirmed by quick retries rather than at the check's interval, so an
    // outage is alerted within interval + (fail_threshold - 1) x retry interval + timeout.
    if (m_incidents->phase(check->id) == CheckPhase::Pending) {
        qint64 &next = m_nextDueMs[check->id];
        next = std::min(next, m_clock() + qint64 {check->retrySec()} * 1000);
    }
    maybeRemediate(*check, at);
}

void Scheduler::journalReboot(const CheckSpec &check, qint64 bootAtMs)
{
    const QString key = check.targetId + QLatin1Char('@') + QString::number(bootAtMs);
    if (!m_book || m_rebootsJournaled.contains(key)) // two uptime checks on one server
        return;
    m_rebootsJournaled.insert(key);
    const Target *target = m_executor->workspace().target(check.targetId);
    const QString server = target ? target->displayName() : check.targetId;
    const QString booted =
        QDateTime::fromMSecsSinceEpoch(bootAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    JournalEntry entry;
    entry.title = tr("%1 rebooted (booted %2)").arg(server, booted);
    entry.severity = AlertLevel::Info;
    entry.targetId = check.targetId;
    entry.startedMs = bootAtMs;
    entry.what = tr("Dozor found %1 started again: it booted at %2, after the boot it had "
                    "seen before.")
                     .arg(server, booted);
    entry.source = QStringLiteral("dozor");
    if (const auto added = m_book->addEntry(entry, m_clock()); !added)
        qCWarning(lcStore) << "cannot journal the reboot of" << server << added.error();
}

void Scheduler::note(const QString &incidentId, const QString &checkId, const Message &text)
{
    IncidentOutput out;
    out.timeline.append(TimelineEntry::of(
        incidentId, m_clock(), TimelineKind::Remediation, checkId, std::nullopt, text));
    takeIncidents(out);
}

void Scheduler::remediateNow(const QString &checkId)
{
    const CheckSpec *check = m_executor->workspace().check(checkId);
    if (!check || !check->remediation.isSet() || m_remediating.contains(checkId))
        return;
    const auto incident = m_incidents ? m_incidents->openIncidentOf(checkId) : std::nullopt;
    startRemediation(*check, incident ? incident->id : QString(),
        SchedulerText::msg("remediation started by hand: %1")
            .arg(remediationSummary(check->remediation)),
        true);
}

void Scheduler::startRemediation(
    const CheckSpec &check, const QString &incidentId, const Message &startNote, bool byHand)
{
    note(incidentId, check.id, startNote);
    m_remediating.insert(check.id);
    const QString checkId = check.id;
    const Message summary = remediationSummary(check.remediation);
    m_executor->runRemediation(
        check, [this, incidentId, checkId, summary, byHand](const RemoteRunResult &r) {
            m_remediating.remove(checkId);
            const Message outcome = remediationOutcome(summary, r);
            note(incidentId, checkId, outcome);
            if (byHand)
                Q_EMIT remediationFinished(checkId, outcome.text());
            runNow({checkId}); // see at once whether it helped
        });
}

void Scheduler::maybeRemediate(const CheckSpec &check, qint64 nowMs)
{
    const Remediation &rem = check.remediation;
    if (!m_remediation || !rem.isSet() || !rem.automatic || m_remediating.contains(check.id))
        return;
    const auto incident = m_incidents->openIncidentOf(check.id);
    if (!incident) {
        m_remediation->reset(check.id); // the next incident starts with a full allowance
        return;
    }
    if (m_incidents->maintenanceFor(check.targetId, nowMs))
        return; // never during maintenance: someone is working on the server
    const auto decision = m_remediation->decide(check.id, rem, nowMs);
    if (decision.verdict == RemediationPolicy::Verdict::Wait)
        return;
    if (decision.verdict == RemediationPolicy::Verdict::GiveUp) {
        const Message text =
            SchedulerText::msg("auto-recovery gave up: %1 did not help after %n attempt(s) "
                               "within %2; it tries again after %3",
                nullptr, rem.maxAttempts)
                .arg(remediationSummary(rem))
                .arg(durationMessage(qint64 {rem.windowMin} * 60'000))
                .time(decision.untilMs, Message::TimeForm::Clock);
        IncidentOutput out;
        out.timeline.append(TimelineEntry::of(
            incident->id, nowMs, TimelineKind::Remediation, check.id, std::nullopt, text));
        AlertIntent a;
        a.key = QStringLiteral("%1:remediation-gave-up:%2").arg(incident->id).arg(nowMs);
        a.incidentId = incident->id;
        a.kind = AlertKind::RemediationGaveUp;
        a.level = alertLevelFor(incident->worst);
        a.targetId = check.targetId;
        a.checkId = check.id;
        a.setTitle(SchedulerText::msg("AUTO-RECOVERY GAVE UP: %1").arg(incident->titleAsMessage()));
        a.setText(text);
        a.tags = m_executor->workspace().tagsOf(check);
        a.createdMs = nowMs;
        out.alerts.append(a);
        takeIncidents(out);
        return;
    }
    startRemediation(check, incident->id,
        SchedulerText::msg("auto-recovery attempt %1 of %2: %3")
            .arg(m_remediation->attemptsInWindow(check.id))
            .arg(rem.maxAttempts)
            .arg(remediationSummary(rem)),
        false);
}

void Scheduler::flush()
{
    if (m_pending.results.isEmpty() && m_pending.changes.isEmpty() && m_pending.incidents.isEmpty())
        return;
    m_pending.tickMs = m_clock();
    const ResultBatch batch = std::exchange(m_pending, ResultBatch {});
    Q_EMIT batchReady(batch);
}

} // namespace dozor
