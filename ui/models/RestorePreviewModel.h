#pragma once

#include "core/RestorePreview.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace dozor {

// A restore preview's items as a tree of folders (a path's parent is the item of its folder;
// one whose folder is not listed sits at the top, named by its whole path): the change and
// both sides (size, mode, owner, mtime) per path.
class RestorePreviewModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Change, Backup, Live, ColumnCount };
    enum Role { ChangeRole = Qt::UserRole + 1, PathRole };

    using QAbstractItemModel::QAbstractItemModel;

    void setItems(QList<PreviewItem> items);
    int itemCount() const { return int(m_items.size()); }
    // The item of an index of this model.
    const PreviewItem &item(const QModelIndex &index) const
    {
        return m_items.at(int(index.internalId()));
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeText(RestoreChange change);

private:
    QList<PreviewItem> m_items; // sorted by path
    QList<int> m_parent; // by item: its folder's item, -1 at the top
    QList<int> m_row; // by item: its row under its parent
    QList<QList<int>> m_children; // by item
    QList<int> m_top;
};

// Shows the kinds of change asked for and the paths containing a text (the folders above a
// match too).
class RestorePreviewFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RestorePreviewFilter(QObject *parent = nullptr);
    // Both at once (filtering a large tree again costs): nothing done when neither changed.
    void setFilter(const QSet<RestoreChange> &kinds, const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<RestoreChange> m_kinds;
    QString m_text;
};

} // namespace dozor
