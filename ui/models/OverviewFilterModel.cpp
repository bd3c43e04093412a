#include "OverviewFilterModel.h"

#include "OverviewModel.h"

namespace dozor {

OverviewFilterModel::OverviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void OverviewFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void OverviewFilterModel::setStatus(std::optional<Status> status)
{
    m_status = status;
    invalidateFilter();
}

void OverviewFilterModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

void OverviewFilterModel::setTarget(const QString &targetId)
{
    m_target = targetId;
    invalidateFilter();
}

void OverviewFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void OverviewFilterModel::setSearchReasons(bool on)
{
    m_searchReasons = on;
    invalidateFilter();
}

bool OverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_target.isEmpty() && row.data(OverviewModel::TargetIdRole).toString() != m_target)
        return false;
    if (!m_tag.isEmpty() && !row.data(OverviewModel::TagsRole).toStringList().contains(m_tag))
        return false;
    const int rank = row.data(OverviewModel::StatusRankRole).toInt();
    if (m_status && rank != OverviewModel::statusRank(*m_status))
        return false;
    // WARN, UNKNOWN and CRIT are problems; a check that has not run yet is not.
    if (m_problemsOnly && rank <= OverviewModel::statusRank(Status::Ok))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column :
        {OverviewModel::TargetColumn, OverviewModel::CheckColumn, OverviewModel::ReasonColumn}) {
        if (column == OverviewModel::ReasonColumn && !m_searchReasons)
            continue;
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    for (int role : {OverviewModel::CheckIdRole, OverviewModel::TargetIdRole}) {
        if (row.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return row.data(OverviewModel::TagsRole).toStringList().contains(m_text, Qt::CaseInsensitive);
}

namespace {
// <0, 0, >0 like strcmp.
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString());
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}
} // namespace

bool OverviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int primary =
        compareValues(left.data(OverviewModel::SortRole), right.data(OverviewModel::SortRole));
    if (primary != 0)
        return primary < 0;
    // Ties: worst status first, then server, then check, then id — whichever way the sort
    // column goes (the view reverses what this returns for a descending sort).
    const auto cell = [](const QModelIndex &i, int column) {
        return i.siblingAtColumn(column).data(OverviewModel::SortRole);
    };
    int tie = -compareValues(
        cell(left, OverviewModel::StatusColumn), cell(right, OverviewModel::StatusColumn));
    for (int column : {OverviewModel::TargetColumn, OverviewModel::CheckColumn}) {
        if (tie == 0)
            tie = compareValues(cell(left, column), cell(right, column));
    }
    if (tie == 0)
        tie = compareValues(left.data(OverviewModel::CheckIdRole).toString(),
            right.data(OverviewModel::CheckIdRole).toString());
    return sortOrder() == Qt::DescendingOrder ? tie > 0 : tie < 0;
}

} // namespace dozor
