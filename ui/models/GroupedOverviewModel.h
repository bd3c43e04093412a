#pragma once

#include <QAbstractItemModel>

namespace dozor {

// The overview grouped by server: one row per server (its worst status, how many checks and
// problems) with its checks beneath, in the order the sorted and filtered flat model gives
// them, so the server with the worst check comes first when sorting by status. Reads the
// flat model; results only update the rows they touch.
class GroupedOverviewModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit GroupedOverviewModel(QAbstractItemModel *flat, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorting is the flat model's; groups follow its order.
    void sort(int column, Qt::SortOrder order) override;

    bool isServerRow(const QModelIndex &index) const;

private:
    struct Group {
        QString targetId;
        QList<int> rows; // rows of the flat model
    };
    void rebuild();
    void flatDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    QModelIndex flatIndex(const QModelIndex &index) const;

    QAbstractItemModel *m_flat;
    QList<Group> m_groups;
    QHash<int, QPair<int, int>> m_where; // flat row → (group, row in group)
};

} // namespace dozor
