#pragma once

#include "core/CheckResult.h"
#include "core/Decimation.h"
#include "store/HistoryReader.h"
#include "store/HistoryWriter.h"

#include <QHash>
#include <QObject>

namespace dozor {

class WorkspaceDocument;

// One result in a check's heartbeat strip.
struct Heartbeat {
    qint64 atMs = 0;
    Status status = Status::Unknown;
    QString reason;
};

// What is known right now about each check: its status and why, since when, the last
// headline value and the last hour of it for a sparkline. Fed by the history at start
// and by the engine afterwards; every view reads from here instead of keeping its own copy.
class StatusBoard : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 sparklineSpanMs = 3600 * 1000;
    // How many of the last results the heartbeat strip keeps.
    static constexpr int heartbeatCount = HistoryWriter::recentResultsKept;

    struct CheckState {
        std::optional<Status> status; // none: no result yet
        QString reason;
        qint64 sinceMs = 0; // when the status last changed; 0 when not known
        qint64 lastRunMs = 0;
        std::optional<MetricValue> headline;
        QString sparklineMetric;
        QList<SeriesPoint> sparkline; // the last hour of the headline metric
        QList<Heartbeat> heartbeats; // the last results, oldest first
        // Up share of the observed time over the last 24 hours and 30 days (journal).
        std::optional<double> uptimeDay, uptimeMonth;
        bool inIncident = false; // failing past its threshold; otherwise a failure is PENDING
        bool isPending() const { return status && *status != Status::Ok && !inIncident; }
    };

    explicit StatusBoard(const WorkspaceDocument *document, QObject *parent = nullptr);

    // Statuses recorded by an earlier run, shown until the first live result.
    void seed(const QHash<QString, StatusChange> &lastChanges);
    // The last results recorded by an earlier run, before the live ones.
    void seedHeartbeats(const QHash<QString, QList<RecentResult>> &recent);
    void seedSparkline(
        const QString &checkId, const SeriesInfo &series, const QList<SeriesPoint> &points);
    void addResult(const CheckResult &result);
    void addChange(const StatusChange &change);
    // Incidents opened or closed: the checks they cover are "in an incident" or not.
    void addIncidents(const IncidentOutput &output);
    // Incidents open when Dozor last stopped.
    void seedIncidents(const QList<Incident> &open);
    // Uptime over the last 24 hours and 30 days, as the journal computed it.
    void setUptime(const QString &checkId, std::optional<double> day, std::optional<double> month);

    CheckState state(const QString &checkId) const { return m_states.value(checkId); }
    // The worst status among the workspace's checks; none while nothing is known.
    std::optional<Status> worst() const;
    // Checks of the workspace that are not OK, worst first.
    QStringList problems() const;

Q_SIGNALS:
    void checkUpdated(const QString &checkId);
    void worstChanged(std::optional<dozor::Status> worst);

private:
    void updateWorst();

    const WorkspaceDocument *m_document;
    QHash<QString, CheckState> m_states;
    std::optional<Status> m_worst;
};

} // namespace dozor

Q_DECLARE_METATYPE(dozor::Heartbeat)
