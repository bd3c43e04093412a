#pragma once

#include "core/Status.h"

#include <QSortFilterProxyModel>

namespace dozor {

// Sorting and filtering of the overview: free text, one tag, one status, "problems only"
// and one target (the target page shows its own checks through the same model).
class OverviewFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OverviewFilterModel(QObject *parent = nullptr);

    void setTag(const QString &tag);
    void setStatus(std::optional<Status> status);
    void setProblemsOnly(bool on);
    void setTarget(const QString &targetId);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_tag;
    std::optional<Status> m_status;
    bool m_problemsOnly = false;
    QString m_target;
    QString m_text;
};

} // namespace dozor
