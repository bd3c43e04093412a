#include "OverviewModel.h"

#include "StatusBoard.h"
#include "StatusStyle.h"
#include "core/MetricDisplay.h"
#include "core/ResourceEvaluator.h"
#include "core/WorkspaceDocument.h"

#include <QDateTime>
#include <QLocale>
#include <QPointF>

namespace dozor {

OverviewModel::OverviewModel(
    const WorkspaceDocument *document, const StatusBoard *board, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_board(board)
    , m_sinceTicker(this)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(document, &WorkspaceDocument::changed, this, &OverviewModel::reload);
    connect(board, &StatusBoard::checkUpdated, this, &OverviewModel::checkUpdated);
    // "since" is relative: refresh that column now and then, not the whole table.
    m_sinceTicker.setInterval(20'000);
    connect(&m_sinceTicker, &QTimer::timeout, this, [this] {
        if (!m_checkIds.isEmpty())
            Q_EMIT dataChanged(index(0, SinceColumn), index(rowCount() - 1, SinceColumn));
    });
    m_sinceTicker.start();
    reload();
}

void OverviewModel::reload()
{
    beginResetModel();
    m_checkIds = m_document->checkIds();
    endResetModel();
}

void OverviewModel::checkUpdated(const QString &checkId)
{
    const int row = static_cast<int>(m_checkIds.indexOf(checkId));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_checkIds.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OverviewModel::statusRank(std::optional<Status> status)
{
    if (!status)
        return -1;
    switch (*status) {
    case Status::Ok:
        return 0;
    case Status::Warn:
        return 1;
    case Status::Unknown:
        return 2;
    case Status::Crit:
        return 3;
    }
    return -1;
}

QModelIndex OverviewModel::indexOfCheck(const QString &checkId) const
{
    const int row = static_cast<int>(m_checkIds.indexOf(checkId));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QString OverviewModel::uptimeText(std::optional<double> percent)
{
    if (!percent)
        return tr("—", "uptime: nothing observed");
    // 99.995 % is not 100 %: "100 %" only when nothing was down.
    if (*percent >= 100.0)
        return tr("%1 %").arg(QLocale().toString(100));
    const int decimals = *percent >= 99 ? 2 : 1;
    const double step = decimals == 2 ? 0.01 : 0.1;
    const double shown = std::min(*percent, 100.0 - step);
    return tr("%1 %").arg(QLocale().toString(shown, 'f', decimals));
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &checkId = m_checkIds.at(index.row());
    const CheckSpec *check = m_document->workspace().check(checkId);
    if (!check)
        return {};
    const Target *target = m_document->workspace().target(check->targetId);
    const StatusBoard::CheckState state = m_board->state(checkId);
    const qint64 sinceAgoMs = state.sinceMs > 0 ? m_clock() - state.sinceMs : -1;

    switch (role) {
    case CheckIdRole:
        return checkId;
    case TargetIdRole:
        return check->targetId;
    case TagsRole:
        return target ? target->tags : QStringList();
    case StatusRankRole:
        return statusRank(state.status);
    case SparklineRole: {
        QList<QPointF> points;
        points.reserve(state.sparkline.size());
        for (const SeriesPoint &p : state.sparkline)
            points.append(QPointF(static_cast<double>(p.t), p.value));
        return QVariant::fromValue(points);
    }
    case HeartbeatRole:
        return QVariant::fromValue(state.heartbeats);
    default:
        break;
    }

    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case StatusColumn:
            return statusRank(state.status);
        case ValueColumn:
            return state.headline ? state.headline->value : -1.0;
        case SinceColumn:
            return sinceAgoMs;
        case UptimeDayColumn:
            return state.uptimeDay.value_or(-1.0);
        case UptimeMonthColumn:
            return state.uptimeMonth.value_or(-1.0);
        case HeartbeatColumn:
            return static_cast<int>(
                std::count_if(state.heartbeats.cbegin(), state.heartbeats.cend(),
                    [](const Heartbeat &b) { return b.status != Status::Ok; }));
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return StatusStyle::icon(state.status);
    if (role == Qt::ToolTipRole && column == StatusColumn && state.isPending())
        return tr("%1 — pending: failing, but not for %n run(s) in a row yet, so no incident "
                  "and no alert.\n%2",
            nullptr, m_document->workspace().policyFor(*check).failThreshold)
            .arg(StatusStyle::label(state.status), state.reason);
    if (role == Qt::ToolTipRole && (column == ReasonColumn || column == StatusColumn))
        return state.reason.isEmpty() ? QVariant() : QVariant(state.reason);
    if (role == Qt::ToolTipRole && column == SinceColumn && state.sinceMs > 0)
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(state.sinceMs), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && (column == UptimeDayColumn || column == UptimeMonthColumn))
        return tr("Up share of the time Dozor observed this check (its own incidents and its "
                  "server being unreachable count as down; time not watched does not count)");
    if (role == Qt::TextAlignmentRole
        && (column == ValueColumn || column == UptimeDayColumn || column == UptimeMonthColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};

    switch (column) {
    case StatusColumn:
        // The icon keeps the status's colour and shape; the word says no incident is open.
        if (state.isPending())
            return role == Qt::AccessibleTextRole
                ? tr("%1, pending").arg(StatusStyle::label(state.status))
                : tr("Pending");
        return StatusStyle::label(state.status);
    case TargetColumn:
        return target ? target->displayName() : check->targetId;
    case CheckColumn:
        return check->displayName();
    case ValueColumn:
        return state.headline
            ? MetricDisplay::formatValue(state.headline->value, state.headline->unit)
            : QString();
    case SparklineColumn:
        return role == Qt::AccessibleTextRole && state.headline
            ? MetricDisplay::label(state.headline->metric)
            : QString();
    case HeartbeatColumn: {
        if (role != Qt::AccessibleTextRole)
            return QString();
        int failed = 0;
        for (const Heartbeat &beat : state.heartbeats)
            failed += beat.status == Status::Ok ? 0 : 1;
        return tr("%1 of the last %n result(s) failed", nullptr, int(state.heartbeats.size()))
            .arg(failed);
    }
    case UptimeDayColumn:
        return uptimeText(state.uptimeDay);
    case UptimeMonthColumn:
        return uptimeText(state.uptimeMonth);
    case ReasonColumn:
        return state.status ? state.reason : tr("waiting for the first result…");
    case SinceColumn:
        return sinceAgoMs >= 0 ? formatDuration(static_cast<double>(sinceAgoMs) / 1000.0)
                               : QString();
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Server");
    case CheckColumn:
        return tr("Check");
    case ValueColumn:
        return tr("Value");
    case SparklineColumn:
        return tr("Last hour");
    case HeartbeatColumn:
        return tr("Last results");
    case UptimeDayColumn:
        return tr("24 h");
    case UptimeMonthColumn:
        return tr("30 d");
    case ReasonColumn:
        return tr("Why");
    case SinceColumn:
        return tr("Since");
    }
    return {};
}

} // namespace dozor
