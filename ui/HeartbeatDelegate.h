#pragma once

#include "CellDelegate.h"

namespace dozor {

struct Heartbeat;

// Draws a check's last results as a strip of coloured marks, newest on the right, as
// uptime dashboards do; hovering over a mark shows its time, status and reason.
class HeartbeatDelegate : public CellDelegate {
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Which of count marks is at x in a cell of this rect, or -1 (a test hook as well).
    static int markAt(const QRect &rect, int count, int x);
};

} // namespace dozor
