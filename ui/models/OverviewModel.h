#pragma once

#include "core/Status.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace dozor {

class StatusBoard;
class WorkspaceDocument;

// One row per check of the workspace: status, target, check, last value, the last hour as
// a sparkline, the last results as a heartbeat strip, why, and since when. Reads the StatusBoard;
// never touches the network or the disk.
class OverviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        TargetColumn,
        CheckColumn,
        ValueColumn,
        SparklineColumn,
        HeartbeatColumn,
        UptimeDayColumn,
        UptimeMonthColumn,
        ReasonColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role {
        CheckIdRole = Qt::UserRole + 1,
        TargetIdRole,
        TagsRole, // QStringList: the target's tags
        StatusRankRole, // int: -1 no data, then OK < WARN < UNKNOWN < CRIT
        SparklineRole, // QList<QPointF>: x epoch ms, y value
        SortRole,
        HeartbeatRole, // QList<Heartbeat>: the last results, oldest first
    };

    OverviewModel(
        const WorkspaceDocument *document, const StatusBoard *board, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfCheck(const QString &checkId) const;
    static int statusRank(std::optional<Status> status);
    // "99.95 %", "100 %", "—" when nothing was observed.
    static QString uptimeText(std::optional<double> percent);

    // The clock the "since" column counts from; tests set it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    void reload();
    void checkUpdated(const QString &checkId);

    const WorkspaceDocument *m_document;
    const StatusBoard *m_board;
    QStringList m_checkIds;
    QTimer m_sinceTicker;
    std::function<qint64()> m_clock;
};

} // namespace dozor
