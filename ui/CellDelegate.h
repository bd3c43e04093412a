#pragma once

#include <QStyledItemDelegate>

namespace dozor {

// Base of the delegates that draw a small picture in a table cell (sparkline, heartbeat):
// the cell's background and selection as the style draws them, without text.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void paintBackground(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace dozor
