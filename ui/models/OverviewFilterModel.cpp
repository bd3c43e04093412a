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
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return row.data(OverviewModel::TagsRole).toStringList().contains(m_text, Qt::CaseInsensitive);
}

bool OverviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(OverviewModel::SortRole);
    const QVariant b = right.data(OverviewModel::SortRole);
    if (a.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace dozor
