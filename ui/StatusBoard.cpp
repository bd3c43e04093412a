#include "StatusBoard.h"

#include "core/MetricDisplay.h"
#include "core/WorkspaceDocument.h"

namespace dozor {

namespace {
// Enough for a sparkline a few hundred pixels wide; beyond this the hour is thinned out.
constexpr int sparklineMaxPoints = 600;
} // namespace

StatusBoard::StatusBoard(const WorkspaceDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::changed, this, &StatusBoard::updateWorst);
}

void StatusBoard::seed(const QHash<QString, StatusChange> &lastChanges)
{
    for (auto it = lastChanges.constBegin(); it != lastChanges.constEnd(); ++it) {
        CheckState &s = m_states[it.key()];
        if (s.status)
            continue; // a live result arrived first
        s.status = it->to;
        s.reason = it->reason;
        s.sinceMs = it->atMs;
        Q_EMIT checkUpdated(it.key());
    }
    updateWorst();
}

void StatusBoard::seedHeartbeats(const QHash<QString, QList<RecentResult>> &recent)
{
    for (auto it = recent.constBegin(); it != recent.constEnd(); ++it) {
        CheckState &s = m_states[it.key()];
        // Live results newer than the history's last one stay after it.
        const qint64 lastSeeded = it->isEmpty() ? 0 : it->constLast().atMs;
        QList<Heartbeat> merged;
        for (const RecentResult &r : *it)
            merged.append({r.atMs, r.status, r.reason});
        for (const Heartbeat &h : std::as_const(s.heartbeats)) {
            if (h.atMs > lastSeeded)
                merged.append(h);
        }
        if (merged.size() > heartbeatCount)
            merged.remove(0, merged.size() - heartbeatCount);
        s.heartbeats = merged;
        Q_EMIT checkUpdated(it.key());
    }
}

void StatusBoard::seedSparkline(
    const QString &checkId, const SeriesInfo &series, const QList<SeriesPoint> &points)
{
    CheckState &s = m_states[checkId];
    if (!s.sparklineMetric.isEmpty() && s.sparklineMetric != series.metric)
        return;
    s.sparklineMetric = series.metric;
    // Keep live points newer than the history's last one.
    const qint64 lastSeeded = points.isEmpty() ? 0 : points.last().t;
    QList<SeriesPoint> merged = points;
    for (const SeriesPoint &p : std::as_const(s.sparkline)) {
        if (p.t > lastSeeded)
            merged.append(p);
    }
    s.sparkline = merged;
    if (!s.headline && !points.isEmpty())
        s.headline = MetricValue {series.metric, points.last().value, series.unit};
    Q_EMIT checkUpdated(checkId);
}

void StatusBoard::addResult(const CheckResult &result)
{
    CheckState &s = m_states[result.checkId];
    if (!s.status || *s.status != result.status)
        s.sinceMs = result.startedMs + result.durationMs;
    s.status = result.status;
    s.reason = result.reason;
    s.lastRunMs = result.startedMs;
    s.heartbeats.append({result.startedMs, result.status, result.reason});
    if (s.heartbeats.size() > heartbeatCount)
        s.heartbeats.remove(0, s.heartbeats.size() - heartbeatCount);
    const CheckSpec *check = m_document->workspace().check(result.checkId);
    s.headline = check ? MetricDisplay::headline(check->type, result.values) : std::nullopt;
    if (s.headline) {
        if (s.sparklineMetric.isEmpty())
            s.sparklineMetric = s.headline->metric;
        for (const MetricValue &v : result.values) {
            if (v.metric == s.sparklineMetric)
                s.sparkline.append({result.startedMs, v.value, v.value, v.value});
        }
        const qint64 oldest = result.startedMs - sparklineSpanMs;
        s.sparkline.removeIf([oldest](const SeriesPoint &p) { return p.t < oldest; });
        if (s.sparkline.size() > sparklineMaxPoints)
            s.sparkline = decimateLttb(s.sparkline, sparklineMaxPoints / 2);
    }
    Q_EMIT checkUpdated(result.checkId);
    updateWorst();
}

void StatusBoard::setUptime(
    const QString &checkId, std::optional<double> day, std::optional<double> month)
{
    CheckState &s = m_states[checkId];
    if (s.uptimeDay == day && s.uptimeMonth == month)
        return;
    s.uptimeDay = day;
    s.uptimeMonth = month;
    Q_EMIT checkUpdated(checkId);
}

void StatusBoard::addChange(const StatusChange &change)
{
    CheckState &s = m_states[change.checkId];
    s.sinceMs = change.atMs;
    Q_EMIT checkUpdated(change.checkId);
}

void StatusBoard::addIncidents(const IncidentOutput &output)
{
    for (const Incident &i : output.incidents) {
        for (const QString &checkId : i.checks) {
            CheckState &s = m_states[checkId];
            if (s.inIncident == i.isOpen())
                continue;
            s.inIncident = i.isOpen();
            Q_EMIT checkUpdated(checkId);
        }
    }
}

void StatusBoard::seedIncidents(const QList<Incident> &open)
{
    IncidentOutput output;
    output.incidents = open;
    addIncidents(output);
}

std::optional<Status> StatusBoard::worst() const
{
    return m_worst;
}

QStringList StatusBoard::problems() const
{
    QList<QPair<Status, QString>> found;
    for (const CheckSpec &c : m_document->workspace().checks) {
        const auto it = m_states.constFind(c.id);
        if (it != m_states.constEnd() && it->status && *it->status != Status::Ok)
            found.append({*it->status, c.id});
    }
    std::stable_sort(found.begin(), found.end(),
        [](const auto &a, const auto &b) { return isWorse(a.first, b.first); });
    QStringList ids;
    for (const auto &f : found)
        ids.append(f.second);
    return ids;
}

void StatusBoard::updateWorst()
{
    std::optional<Status> worstNow;
    for (const CheckSpec &c : m_document->workspace().checks) {
        const auto it = m_states.constFind(c.id);
        if (it == m_states.constEnd() || !it->status)
            continue;
        worstNow = worstNow ? worse(*worstNow, *it->status) : *it->status;
    }
    if (worstNow == m_worst)
        return;
    m_worst = worstNow;
    Q_EMIT worstChanged(m_worst);
}

} // namespace dozor
