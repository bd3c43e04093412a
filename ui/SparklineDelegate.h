#pragma once

#include "CellDelegate.h"

namespace dozor {

// Draws the overview's "last hour" column: a small line of the headline value over the
// past hour, coloured like the check's status. Draws nothing when there is no data.
class SparklineDelegate : public CellDelegate {
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dozor
