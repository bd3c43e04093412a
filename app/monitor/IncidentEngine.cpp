#include "IncidentEngine.h"

#include "core/DurationText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace dozor {

namespace {

struct IncidentText {
    Q_DECLARE_TR_FUNCTIONS(IncidentEngine)
    DOZOR_MESSAGE_FUNCTIONS(IncidentEngine)
};

Message levelWord(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Critical:
        return IncidentText::msg("CRITICAL");
    case AlertLevel::Warning:
        return IncidentText::msg("WARNING");
    case AlertLevel::Info:
        break;
    }
    return IncidentText::msg("INFO");
}

void touch(IncidentOutput &out, const Incident &incident)
{
    for (Incident &i : out.incidents) {
        if (i.id == incident.id) {
            i = incident;
            return;
        }
    }
    out.incidents.append(incident);
}

void note(IncidentOutput &out, const Incident &incident, qint64 nowMs, TimelineKind kind,
    const Message &text, const QString &checkId = QString(),
    std::optional<Status> status = std::nullopt)
{
    out.timeline.append(TimelineEntry::of(incident.id, nowMs, kind, checkId, status, text));
}

} // namespace

IncidentEngine::IncidentEngine(Workspace workspace)
    : m_workspace(std::move(workspace))
    , m_newId([] { return QUuid::createUuid().toString(QUuid::WithoutBraces); })
{
    rebuildCalendar();
}

void IncidentEngine::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    rebuildCalendar();
}

void IncidentEngine::setExtraMaintenance(const QList<MaintenanceWindow> &windows)
{
    m_extraWindows = windows;
    rebuildCalendar();
}

void IncidentEngine::rebuildCalendar()
{
    m_calendar.setWindows(m_workspace.maintenance + m_extraWindows);
}

void IncidentEngine::restore(const QList<Incident> &open)
{
    m_restored = true;
    for (const Incident &i : open) {
        if (!i.isOpen())
            continue;
        m_open.insert(i.id, i);
        if (i.scope == IncidentScope::Host) {
            m_hosts[i.targetId].incidentId = i.id;
        } else {
            CheckTrack &t = m_checks[i.checkId];
            t.incidentId = i.id;
            t.lastBad = true;
            t.lastStatus = i.status;
        }
    }
}

void IncidentEngine::countChange(
    CheckTrack &t, const IncidentPolicy &policy, bool bad, qint64 nowMs)
{
    if (t.lastBad && *t.lastBad != bad)
        t.changes.append(nowMs);
    t.lastBad = bad;
    const qint64 since = nowMs - qint64 {policy.flapWindowMin} * 60'000;
    while (!t.changes.isEmpty() && t.changes.constFirst() < since)
        t.changes.removeFirst();
}

qint64 IncidentEngine::flapHistoryStartMs(qint64 nowMs) const
{
    // Two windows: enough to know whether a check that flapped has settled since.
    int longest = 0;
    for (const CheckSpec &c : m_workspace.checks)
        longest = std::max(longest, m_workspace.policyFor(c).flapWindowMin);
    return nowMs - 2 * qint64 {longest} * 60'000;
}

void IncidentEngine::restoreFlapping(const QList<StatusChange> &history, qint64 nowMs)
{
    const qint64 fromMs = flapHistoryStartMs(nowMs);
    // The same counting as while running, replayed over the recorded changes: flapping starts
    // above flapChanges in the window and ends at half of them.
    for (const StatusChange &change : history) {
        const CheckSpec *check = m_workspace.check(change.checkId);
        if (!check || change.atMs < fromMs)
            continue;
        const IncidentPolicy policy = m_workspace.policyFor(*check);
        CheckTrack &t = m_checks[check->id];
        if (!t.lastBad && change.from)
            t.lastBad = *change.from != Status::Ok;
        countChange(t, policy, t.lastBad.value_or(false), change.atMs); // ages out old ones
        if (t.flapping && t.changes.size() <= policy.flapChanges / 2)
            t.flapping = false;
        countChange(t, policy, change.to != Status::Ok, change.atMs);
        if (!t.flapping && t.changes.size() > policy.flapChanges)
            t.flapping = true;
        t.lastStatus = change.to;
    }
}

IncidentOutput IncidentEngine::closeOrphans(qint64 nowMs)
{
    IncidentOutput out;
    const QList<Incident> open = m_open.values();
    for (const Incident &i : open) {
        const bool gone = !m_workspace.target(i.targetId)
            || (i.scope == IncidentScope::Check && !m_workspace.check(i.checkId));
        if (!gone)
            continue;
        Incident closed = i;
        closed.closedMs = nowMs;
        note(out, closed, nowMs, TimelineKind::Note,
            IncidentText::msg("closed: no longer in the workspace, so no longer watched"));
        touch(out, closed);
        m_open.remove(i.id);
        m_maintenanceNoted.remove(i.id);
        m_flapNoted.remove(i.id);
        if (i.scope == IncidentScope::Host)
            m_hosts.remove(i.targetId);
        else
            m_checks.remove(i.checkId);
    }
    return out;
}

std::optional<Incident> IncidentEngine::incident(const QString &id) const
{
    const auto it = m_open.constFind(id);
    return it == m_open.constEnd() ? std::nullopt : std::optional(*it);
}

QList<Incident> IncidentEngine::openIncidents() const
{
    QList<Incident> out = m_open.values();
    std::sort(out.begin(), out.end(),
        [](const Incident &a, const Incident &b) { return a.openedMs < b.openedMs; });
    return out;
}

std::optional<Incident> IncidentEngine::openIncidentOf(const QString &checkId) const
{
    const auto it = m_checks.constFind(checkId);
    if (it == m_checks.constEnd() || it->incidentId.isEmpty())
        return std::nullopt;
    return incident(it->incidentId);
}

CheckPhase IncidentEngine::phase(const QString &checkId) const
{
    const auto it = m_checks.constFind(checkId);
    if (it == m_checks.constEnd())
        return CheckPhase::Ok;
    if (const CheckSpec *c = m_workspace.check(checkId)) {
        const auto host = m_hosts.constFind(c->targetId);
        if (host != m_hosts.constEnd() && !host->incidentId.isEmpty())
            return CheckPhase::Dependent;
    }
    if (it->flapping)
        return CheckPhase::Flapping;
    if (!it->incidentId.isEmpty())
        return CheckPhase::Incident;
    return it->fails > 0 || it->unreachableRun > 0 ? CheckPhase::Pending : CheckPhase::Ok;
}

std::optional<ActiveMaintenance> IncidentEngine::maintenanceFor(
    const QString &targetId, qint64 nowMs) const
{
    return m_calendar.activeFor(targetId, nowMs);
}

Message IncidentEngine::subjectOf(const QString &targetId, const QString &checkId) const
{
    const Target *t = m_workspace.target(targetId);
    const QString server = t ? t->displayName() : targetId;
    if (checkId.isEmpty())
        return server;
    const CheckSpec *c = m_workspace.check(checkId);
    return IncidentText::msg("%1 — %2").arg(server).arg(c ? c->displayName() : checkId);
}

QStringList IncidentEngine::tagsFor(const Incident &incident) const
{
    if (const CheckSpec *c = m_workspace.check(incident.checkId))
        return m_workspace.tagsOf(*c);
    const Target *t = m_workspace.target(incident.targetId);
    return t ? t->tags : QStringList();
}

bool IncidentEngine::isFlapping(const Incident &incident) const
{
    if (incident.scope != IncidentScope::Check)
        return false;
    const auto it = m_checks.constFind(incident.checkId);
    return it != m_checks.constEnd() && it->flapping;
}

IncidentOutput IncidentEngine::onResult(const CheckResult &result, qint64 nowMs)
{
    IncidentOutput out;
    const CheckSpec *check = m_workspace.check(result.checkId);
    if (!check)
        return out;
    CheckTrack &t = m_checks[check->id];
    const auto window = maintenanceFor(check->targetId, nowMs);
    onHostResult(result, *check, t, nowMs, window, out);
    const auto host = m_hosts.constFind(check->targetId);
    const bool hostDown = host != m_hosts.constEnd() && !host->incidentId.isEmpty();
    if (!result.unreachable && !hostDown)
        onCheckResult(result, *check, t, nowMs, window, out);
    return out;
}

void IncidentEngine::onHostResult(const CheckResult &r, const CheckSpec &check, CheckTrack &t,
    qint64 nowMs, const std::optional<ActiveMaintenance> &window, IncidentOutput &out)
{
    const IncidentPolicy policy = m_workspace.policyFor(check);
    HostTrack &host = m_hosts[check.targetId];
    Incident *hostIncident = host.incidentId.isEmpty() ? nullptr : &m_open[host.incidentId];
    if (r.unreachable) {
        t.reachableRun = 0;
        if (++t.unreachableRun == 1)
            t.unreachableSinceMs = nowMs;
        if (!hostIncident && t.unreachableRun >= policy.failThreshold) {
            Incident i;
            i.scope = IncidentScope::Host;
            i.targetId = check.targetId;
            i.setTitle(IncidentText::msg("%1 unreachable").arg(subjectOf(check.targetId, {})));
            i.setReason(reasonOf(r));
            i.status = Status::Unknown;
            i.worst = Status::Unknown;
            i.openedMs = t.unreachableSinceMs;
            i.checks = {check.id};
            open(std::move(i), nullptr, nowMs, window, false, out);
            return;
        }
    } else if (isHostCheck(check.type)) {
        // Only a check that runs on the server itself shows it can be reached again; an
        // HTTP answer does not mean its SSH login works.
        t.unreachableRun = 0;
        ++t.reachableRun;
        if (hostIncident && t.reachableRun >= policy.recoverThreshold) {
            close(*hostIncident, nowMs, window, false, out);
            // Every check of the server starts afresh: what still fails opens its own.
            for (auto it = m_checks.begin(); it != m_checks.end(); ++it) {
                const CheckSpec *c = m_workspace.check(it.key());
                if (c && c->targetId == check.targetId) {
                    it->fails = 0;
                    it->goods = 0;
                }
            }
            return;
        }
    }
    if (!hostIncident)
        return;
    // A dependent check: listed in the host incident, no incident of its own.
    if ((r.unreachable || r.status != Status::Ok) && !hostIncident->checks.contains(check.id)) {
        hostIncident->checks.append(check.id);
        const Message text = (r.unreachable ? IncidentText::msg("%1 cannot run either: %2")
                                            : IncidentText::msg("%1 fails too: %2"))
                                 .arg(check.displayName())
                                 .arg(reasonOf(r));
        note(out, *hostIncident, nowMs, TimelineKind::Joined, text, check.id, r.status);
        touch(out, *hostIncident);
    }
    if (r.unreachable && r.reason != hostIncident->reason) {
        hostIncident->setReason(reasonOf(r));
        touch(out, *hostIncident);
    }
    maybeAlert(*hostIncident, nowMs, window, false, out);
}

AlertIntent IncidentEngine::flapAlert(const CheckSpec &check, AlertKind kind,
    const QString &incidentId, const Message &title, const Message &text, qint64 nowMs) const
{
    AlertIntent a;
    a.key = QStringLiteral("%1:%2:%3").arg(alertKindName(kind), check.id).arg(nowMs);
    a.incidentId = incidentId;
    a.kind = kind;
    a.level = AlertLevel::Warning;
    a.targetId = check.targetId;
    a.checkId = check.id;
    a.setTitle(title);
    a.setText(text);
    a.tags = m_workspace.tagsOf(check);
    a.createdMs = nowMs;
    return a;
}

void IncidentEngine::trackFlapping(CheckTrack &t, const CheckSpec &check, bool bad, qint64 nowMs,
    const std::optional<ActiveMaintenance> &window, IncidentOutput &out)
{
    const IncidentPolicy policy = m_workspace.policyFor(check);
    countChange(t, policy, bad, nowMs);
    Incident *incident = t.incidentId.isEmpty() ? nullptr : &m_open[t.incidentId];
    const Message subject = subjectOf(check.targetId, check.id);
    if (!t.flapping && t.changes.size() > policy.flapChanges) {
        t.flapping = true;
        const Message text = IncidentText::msg("%1 changed state %2 times in %3; alerts about it "
                                               "are held back until it settles")
                                 .arg(subject)
                                 .arg(t.changes.size())
                                 .arg(durationMessage(qint64 {policy.flapWindowMin} * 60'000));
        if (incident)
            note(out, *incident, nowMs, TimelineKind::Flapping, text, check.id);
        if (!window)
            out.alerts.append(flapAlert(check, AlertKind::Flapping, t.incidentId,
                IncidentText::msg("FLAPPING: %1").arg(subject), text, nowMs));
        return;
    }
    if (t.flapping && t.changes.size() <= policy.flapChanges / 2) {
        t.flapping = false;
        const Message text = (bad ? IncidentText::msg("%1 stopped flapping; it is failing")
                                  : IncidentText::msg("%1 stopped flapping; it is OK"))
                                 .arg(subject);
        if (incident) {
            note(out, *incident, nowMs, TimelineKind::Flapping, text, check.id);
            if (!incident->alerted)
                return; // the problem alert goes out now that it is not held back
        }
        if (!window)
            out.alerts.append(flapAlert(check, AlertKind::FlappingOver, t.incidentId,
                IncidentText::msg("SETTLED: %1").arg(subject), text, nowMs));
    }
}

void IncidentEngine::onCheckResult(const CheckResult &r, const CheckSpec &check, CheckTrack &t,
    qint64 nowMs, const std::optional<ActiveMaintenance> &window, IncidentOutput &out)
{
    const IncidentPolicy policy = m_workspace.policyFor(check);
    const bool bad = r.status != Status::Ok;
    trackFlapping(t, check, bad, nowMs, window, out);
    Incident *incident = t.incidentId.isEmpty() ? nullptr : &m_open[t.incidentId];
    if (bad) {
        if (++t.fails == 1)
            t.failingSinceMs = nowMs;
        t.goods = 0;
        if (incident) {
            if (incident->status != r.status) {
                note(out, *incident, nowMs, TimelineKind::Status,
                    IncidentText::msg("%1 → %2: %3")
                        .arg(statusName(incident->status))
                        .arg(statusName(r.status))
                        .arg(reasonOf(r)),
                    check.id, r.status);
                incident->status = r.status;
                incident->worst = worse(incident->worst, r.status);
            }
            incident->setReason(reasonOf(r));
            touch(out, *incident);
            maybeAlert(*incident, nowMs, window, t.flapping, out);
        } else if (t.fails >= policy.failThreshold) {
            Incident i;
            i.scope = IncidentScope::Check;
            i.targetId = check.targetId;
            i.checkId = check.id;
            i.setTitle(subjectOf(check.targetId, check.id));
            i.setReason(reasonOf(r));
            i.status = r.status;
            i.worst = r.status;
            i.openedMs = t.failingSinceMs; // the outage began with the first failed run
            i.checks = {check.id};
            t.incidentId = i.id = m_newId();
            open(std::move(i), &check, nowMs, window, t.flapping, out);
        }
    } else {
        ++t.goods;
        t.fails = 0;
        if (incident && t.goods >= policy.recoverThreshold) {
            incident->status = Status::Ok;
            close(*incident, nowMs, window, t.flapping, out);
            t.incidentId.clear();
        }
    }
    t.lastStatus = r.status;
}

void IncidentEngine::open(Incident incident, const CheckSpec *check, qint64 nowMs,
    const std::optional<ActiveMaintenance> &window, bool flapping, IncidentOutput &out)
{
    if (incident.id.isEmpty())
        incident.id = m_newId();
    if (incident.scope == IncidentScope::Host)
        m_hosts[incident.targetId].incidentId = incident.id;
    incident.maintenance = window.has_value();
    const int runs = check ? m_workspace.policyFor(*check).failThreshold
                           : m_workspace.alerts.policy.failThreshold;
    Incident &stored = m_open[incident.id] = std::move(incident);
    note(out, stored, nowMs, TimelineKind::Opened,
        IncidentText::msg("%1 after %2 failed runs in a row: %3")
            .arg(statusName(stored.status))
            .arg(runs)
            .arg(stored.reasonAsMessage()),
        stored.checkId, stored.status);
    touch(out, stored);
    maybeAlert(stored, nowMs, window, flapping, out);
}

void IncidentEngine::close(Incident &incident, qint64 nowMs,
    const std::optional<ActiveMaintenance> &window, bool flapping, IncidentOutput &out)
{
    incident.closedMs = nowMs;
    note(out, incident, nowMs, TimelineKind::Resolved,
        IncidentText::msg("OK again after %1").arg(durationMessage(nowMs - incident.openedMs)),
        incident.checkId, Status::Ok);
    if (incident.alerted && !flapping) {
        // The loop that a problem alert opened is always closed, even during maintenance.
        AlertIntent a = alertFor(incident, AlertKind::Resolved, nowMs);
        out.alerts.append(a);
        note(out, incident, nowMs, TimelineKind::AlertQueued, a.titleMessage);
    } else if (incident.alerted) {
        note(out, incident, nowMs, TimelineKind::AlertSuppressed,
            IncidentText::msg("no \"resolved\" message: the check is flapping"));
    }
    Q_UNUSED(window)
    if (incident.scope == IncidentScope::Host)
        m_hosts[incident.targetId].incidentId.clear();
    touch(out, incident);
    m_maintenanceNoted.remove(incident.id);
    m_flapNoted.remove(incident.id);
    m_open.remove(incident.id);
}

void IncidentEngine::maybeAlert(Incident &incident, qint64 nowMs,
    const std::optional<ActiveMaintenance> &window, bool flapping, IncidentOutput &out)
{
    if (window) {
        if (!incident.maintenance) {
            incident.maintenance = true;
            touch(out, incident);
        }
        if (m_maintenanceNoted.value(incident.id) != window->id) {
            m_maintenanceNoted.insert(incident.id, window->id);
            note(out, incident, nowMs, TimelineKind::Maintenance,
                IncidentText::msg("maintenance window %1 until %2: no alert")
                    .arg(window->id)
                    .time(window->endMs, Message::TimeForm::Stamp));
        }
        return;
    }
    if (flapping) {
        if (!incident.alerted && !m_flapNoted.contains(incident.id)) {
            m_flapNoted.insert(incident.id);
            note(out, incident, nowMs, TimelineKind::AlertSuppressed,
                IncidentText::msg("no alert while the check is flapping"));
        }
        return;
    }
    const AlertLevel level = alertLevelFor(incident.worst);
    std::optional<AlertKind> kind;
    if (!incident.alerted)
        kind = AlertKind::Problem;
    else if (level == AlertLevel::Critical && incident.alertedLevel != AlertLevel::Critical)
        kind = AlertKind::Worse;
    else if (nowMs - incident.lastAlertMs >= qint64 {m_workspace.alerts.repeatMinutes} * 60'000)
        kind = AlertKind::Reminder;
    if (!kind)
        return;
    AlertIntent a = alertFor(incident, *kind, nowMs);
    incident.alerted = true;
    incident.alertedLevel = level;
    incident.lastAlertMs = nowMs;
    out.alerts.append(a);
    note(out, incident, nowMs, TimelineKind::AlertQueued, a.titleMessage);
    touch(out, incident);
}

AlertIntent IncidentEngine::alertFor(const Incident &incident, AlertKind kind, qint64 nowMs) const
{
    AlertIntent a;
    a.incidentId = incident.id;
    a.kind = kind;
    a.level = alertLevelFor(incident.worst);
    a.targetId = incident.targetId;
    a.checkId = incident.checkId;
    a.tags = tagsFor(incident);
    a.createdMs = nowMs;
    const Message since =
        Message::pattern(QStringLiteral("%1")).time(incident.openedMs, Message::TimeForm::Stamp);
    const int affected = static_cast<int>(incident.checks.size());
    const Message covers = incident.scope == IncidentScope::Host && affected > 1
        ? IncidentText::msg("\n%1 checks cannot run on it.").arg(affected)
        : Message();
    const Message title = incident.titleAsMessage();
    const Message reason = incident.reasonAsMessage();
    switch (kind) {
    case AlertKind::Problem:
        a.key = QStringLiteral("%1:problem").arg(incident.id);
        a.setTitle(IncidentText::msg("%1: %2").arg(levelWord(a.level)).arg(title));
        a.setText(IncidentText::msg("%1\nFailing since %2.%3").arg(reason).arg(since).arg(covers)
            + (incident.maintenance
                    ? IncidentText::msg("\nStill failing after the maintenance window.")
                    : Message()));
        break;
    case AlertKind::Worse:
        a.key = QStringLiteral("%1:worse").arg(incident.id);
        a.setTitle(IncidentText::msg("%1: %2 (was WARNING)").arg(levelWord(a.level)).arg(title));
        a.setText(IncidentText::msg("%1\nFailing since %2.").arg(reason).arg(since));
        break;
    case AlertKind::Reminder:
        a.key = QStringLiteral("%1:reminder:%2").arg(incident.id).arg(nowMs);
        a.setTitle(IncidentText::msg("STILL %1: %2").arg(levelWord(a.level)).arg(title));
        a.setText(IncidentText::msg("%1\nFailing for %2, since %3.")
                      .arg(reason)
                      .arg(durationMessage(nowMs - incident.openedMs))
                      .arg(since));
        break;
    case AlertKind::Resolved:
        a.key = QStringLiteral("%1:resolved").arg(incident.id);
        a.level = incident.alertedLevel;
        a.setTitle(IncidentText::msg("RESOLVED: %1").arg(title));
        a.setText(IncidentText::msg("OK again after %1 (since %2).")
                      .arg(durationMessage(nowMs - incident.openedMs))
                      .arg(since));
        break;
    default:
        a.key = QStringLiteral("%1:%2:%3").arg(incident.id, alertKindName(kind)).arg(nowMs);
        a.setTitle(title);
        break;
    }
    return a;
}

IncidentOutput IncidentEngine::onTick(qint64 nowMs)
{
    IncidentOutput out;
    for (auto it = m_open.begin(); it != m_open.end(); ++it)
        maybeAlert(*it, nowMs, maintenanceFor(it->targetId, nowMs), isFlapping(*it), out);
    return out;
}

} // namespace dozor
