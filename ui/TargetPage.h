#pragma once

#include "store/HistoryReader.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTableView;

namespace dozor {

class ConnectionStateLabel;
class HistoryQueries;
class MonitorEngine;
class OverviewFilterModel;
class OverviewModel;
class StatusBoard;
class SlicedWorkQueue;
class ServerBackups;
class ServerDeploys;
class TimeSeriesChart;
class WorkspaceDocument;
class WorkspaceEditor;

// One server: its checks with their live status, and a chart for every recorded series
// over a chosen range (1 h … 90 d). Charts are read from the history off the GUI thread,
// refreshed while the page is visible, and never get more points than pixels.
class TargetPage : public QWidget {
    Q_OBJECT
public:
    enum class Range { Hour, SixHours, Day, Week, Month, Quarter };

    TargetPage(WorkspaceDocument *document, OverviewModel *overview, StatusBoard *board,
        HistoryQueries *queries, MonitorEngine *engine, WorkspaceEditor *editor,
        QWidget *parent = nullptr);

    void setTarget(const QString &targetId);
    // Selects the check in the server's table and puts the keyboard there.
    void selectCheck(const QString &checkId);
    QString selectedCheck() const;
    QString targetId() const { return m_targetId; }
    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 spanMs(Range range);

    QList<TimeSeriesChart *> charts() const;
    // The server's backup sources (hidden when it has none).
    ServerBackups *backups() const { return m_backups; }
    ServerDeploys *deploys() const { return m_deploys; }
    // The clock charts end at; tests set it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Every series query this page sends (a test hook, and the status bar's activity).
    void seriesRequested(const dozor::SeriesQuery &query);
    // All charts of the last refresh have their data.
    void chartsUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    void loadUptime(quint64 generation);
    void loadSeriesList(const QString &checkId, quint64 generation);
    void loadSeries(const QString &checkId, const SeriesInfo &info, quint64 generation);
    TimeSeriesChart *chartFor(const QString &checkId, const SeriesInfo &info);
    // The chart a metric is drawn on: one per family of a check's metrics (every mount of a
    // disk check), and CPU use with the load averages when the server has both checks.
    QString familyKey(const QString &checkId, const QString &metric) const;
    void clearCharts();
    bool inView(const TimeSeriesChart *chart) const;
    void markStale(const QString &checkId, const SeriesInfo &info);
    void loadVisibleStale();
    void finishOne();
    int pointsFor(const QString &checkId, TimeSeriesChart *chart, qint64 spanMs) const;

    WorkspaceDocument *m_document;
    StatusBoard *m_board; // per-check uptime goes there
    HistoryQueries *m_queries;
    MonitorEngine *m_engine;
    WorkspaceEditor *m_editor;
    OverviewFilterModel *m_checks;
    QString m_targetId;
    Range m_range = Range::Hour;
    bool m_showDetails = false; // HTTP status code and size charts too
    QLabel *m_title;
    QLabel *m_details;
    ConnectionStateLabel *m_connection;
    QLabel *m_uptime; // uptime, incidents and MTTR over the chosen range
    QButtonGroup *m_rangeButtons;
    QTableView *m_table;
    ServerBackups *m_backups;
    ServerDeploys *m_deploys;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_chartArea;
    QGridLayout *m_chartGrid;
    QLabel *m_noCharts;
    QHash<QString, TimeSeriesChart *> m_charts; // by check id + '\n' + metric
    QStringList m_chartOrder;
    QTimer m_live;
    QTimer m_loadVisible;
    QHash<QString, QPair<QString, SeriesInfo>> m_stale; // charts out of sight, by key
    bool m_staleLookPending = false;
    SlicedWorkQueue *m_work; // creating and filling charts, a few ms at a time
    quint64 m_generation = 0;
    int m_pending = 0;
    std::function<qint64()> m_clock;
};

} // namespace dozor
