#pragma once

#include "core/Status.h"

#include <QSortFilterProxyModel>

namespace dozor {

// Sorting and filtering of the overview: free text, one tag, one status, "problems only"
// and one target (the target page shows its own checks through the same model). The order
// is total: rows equal in the sort column follow worst status, then server, then check, so
// rows never swap places when a refresh changes nothing they are sorted by.
class OverviewFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OverviewFilterModel(QObject *parent = nullptr);

    void setTag(const QString &tag);
    void setStatus(std::optional<Status> status);
    void setProblemsOnly(bool on);
    void setTarget(const QString &targetId);
    // Matches server and check names (and ids and tags); reasons only with searchReasons.
    void setText(const QString &text);
    void setSearchReasons(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_tag;
    std::optional<Status> m_status;
    bool m_problemsOnly = false;
    QString m_target;
    QString m_text;
    bool m_searchReasons = false;
};

} // namespace dozor
