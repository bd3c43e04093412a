#include "SparklineDelegate.h"

#include "StatusStyle.h"
#include "models/OverviewModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace dozor {

void SparklineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    const auto points = index.data(OverviewModel::SparklineRole).value<QList<QPointF>>();
    if (points.size() < 2)
        return;
    double minX = points.first().x(), maxX = points.last().x();
    double minY = points.first().y(), maxY = minY;
    for (const QPointF &p : points) {
        minY = qMin(minY, p.y());
        maxY = qMax(maxY, p.y());
    }
    if (maxX <= minX)
        return;
    if (maxY - minY < 1e-9) { // a flat line sits in the middle
        minY -= 1;
        maxY += 1;
    }
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    QPainterPath path;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double x = area.left() + (points[i].x() - minX) / (maxX - minX) * area.width();
        const double y = area.bottom() - (points[i].y() - minY) / (maxY - minY) * area.height();
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    const int rank = index.data(OverviewModel::StatusRankRole).toInt();
    QColor color = StatusStyle::noDataColor();
    if (rank >= 0)
        color = StatusStyle::color(static_cast<Status>(rank));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 120));
    size.setHeight(qMax(size.height(), 24));
    return size;
}

} // namespace dozor
