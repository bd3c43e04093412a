#include "GroupedOverviewModel.h"

#include "OverviewModel.h"
#include "StatusStyle.h"

namespace dozor {

namespace {
// internalId of a server row; a check row stores its group's index + 1.
constexpr quintptr serverRow = 0;
} // namespace

GroupedOverviewModel::GroupedOverviewModel(QAbstractItemModel *flat, QObject *parent)
    : QAbstractItemModel(parent)
    , m_flat(flat)
{
    connect(flat, &QAbstractItemModel::modelReset, this, &GroupedOverviewModel::rebuild);
    connect(flat, &QAbstractItemModel::layoutChanged, this, &GroupedOverviewModel::rebuild);
    connect(flat, &QAbstractItemModel::rowsInserted, this, &GroupedOverviewModel::rebuild);
    connect(flat, &QAbstractItemModel::rowsRemoved, this, &GroupedOverviewModel::rebuild);
    connect(flat, &QAbstractItemModel::rowsMoved, this, &GroupedOverviewModel::rebuild);
    connect(flat, &QAbstractItemModel::dataChanged, this, &GroupedOverviewModel::flatDataChanged);
    rebuild();
}

void GroupedOverviewModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_where.clear();
    QHash<QString, int> groupOf;
    for (int row = 0; row < m_flat->rowCount(); ++row) {
        const QString target = m_flat->index(row, 0).data(OverviewModel::TargetIdRole).toString();
        auto it = groupOf.find(target);
        if (it == groupOf.end()) {
            it = groupOf.insert(target, int(m_groups.size()));
            m_groups.append({target, {}});
        }
        Group &g = m_groups[*it];
        m_where.insert(row, {*it, int(g.rows.size())});
        g.rows.append(row);
    }
    endResetModel();
}

void GroupedOverviewModel::flatDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QSet<int> groups;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto it = m_where.constFind(row);
        if (it == m_where.constEnd())
            continue;
        const QModelIndex parent = index(it->first, 0);
        Q_EMIT dataChanged(index(it->second, topLeft.column(), parent),
            index(it->second, bottomRight.column(), parent), roles);
        groups.insert(it->first);
    }
    // A server row sums up its checks.
    for (int g : std::as_const(groups))
        Q_EMIT dataChanged(index(g, 0), index(g, columnCount() - 1));
}

QModelIndex GroupedOverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, serverRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GroupedOverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == serverRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, serverRow);
}

int GroupedOverviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != serverRow || parent.column() != 0)
        return 0;
    return parent.row() < m_groups.size() ? int(m_groups.at(parent.row()).rows.size()) : 0;
}

int GroupedOverviewModel::columnCount(const QModelIndex &) const
{
    return m_flat->columnCount();
}

bool GroupedOverviewModel::isServerRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == serverRow;
}

QModelIndex GroupedOverviewModel::flatIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == serverRow)
        return {};
    const int group = int(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).rows.size())
        return {};
    return m_flat->index(m_groups.at(group).rows.at(index.row()), index.column());
}

QVariant GroupedOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!isServerRow(index))
        return flatIndex(index).data(role);
    if (index.row() >= m_groups.size())
        return {};
    const Group &g = m_groups.at(index.row());
    // The worst of its checks, and how many there are and fail.
    int worst = -1;
    int problems = 0;
    for (int row : g.rows) {
        const int rank = m_flat->index(row, 0).data(OverviewModel::StatusRankRole).toInt();
        worst = qMax(worst, rank);
        problems += rank > OverviewModel::statusRank(Status::Ok) ? 1 : 0;
    }
    const std::optional<Status> status =
        worst < 0 ? std::nullopt : std::optional(static_cast<Status>(worst));
    const QModelIndex first = m_flat->index(g.rows.first(), 0);
    switch (role) {
    case OverviewModel::TargetIdRole:
        return g.targetId;
    case OverviewModel::StatusRankRole:
        return worst;
    case OverviewModel::TagsRole:
        return first.data(OverviewModel::TagsRole);
    default:
        break;
    }
    if (role == Qt::DecorationRole && index.column() == OverviewModel::StatusColumn)
        return StatusStyle::icon(status);
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case OverviewModel::StatusColumn:
        return StatusStyle::label(status);
    case OverviewModel::TargetColumn:
        return m_flat->index(g.rows.first(), OverviewModel::TargetColumn).data();
    case OverviewModel::CheckColumn:
        return problems == 0
            ? tr("%n check(s)", nullptr, int(g.rows.size()))
            : tr("%n check(s), %1 failing", nullptr, int(g.rows.size())).arg(problems);
    default:
        return {};
    }
}

QVariant GroupedOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_flat->headerData(section, orientation, role);
}

Qt::ItemFlags GroupedOverviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void GroupedOverviewModel::sort(int column, Qt::SortOrder order)
{
    m_flat->sort(column, order);
}

} // namespace dozor
