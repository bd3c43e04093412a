#include "HeartbeatDelegate.h"

#include "StatusBoard.h"
#include "StatusStyle.h"
#include "models/OverviewModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace dozor {

namespace {
constexpr int markWidth = 4;
constexpr int markGap = 2;
constexpr int padding = 4;

// The marks that fit, newest on the right: where the first one starts.
int firstMarkX(const QRect &rect, int count)
{
    const int width = count * (markWidth + markGap) - markGap;
    return rect.right() - padding - width + 1;
}
} // namespace

int HeartbeatDelegate::markAt(const QRect &rect, int count, int x)
{
    const int fit = qMax(0, (rect.width() - 2 * padding + markGap) / (markWidth + markGap));
    const int shown = qMin(count, fit);
    const int start = firstMarkX(rect, shown);
    if (x < start || x > rect.right() - padding)
        return -1;
    const int slot = (x - start) / (markWidth + markGap);
    return slot < shown ? count - shown + slot : -1;
}

void HeartbeatDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    const auto beats = index.data(OverviewModel::HeartbeatRole).value<QList<Heartbeat>>();
    const QRect rect = option.rect;
    const int fit = qMax(0, (rect.width() - 2 * padding + markGap) / (markWidth + markGap));
    const int shown = qMin(static_cast<int>(beats.size()), fit);
    int x = firstMarkX(rect, shown);
    const int top = rect.top() + 5, height = rect.height() - 10;
    painter->save();
    for (qsizetype i = beats.size() - shown; i < beats.size(); ++i) {
        painter->fillRect(QRect(x, top, markWidth, height), StatusStyle::color(beats.at(i).status));
        x += markWidth + markGap;
    }
    painter->restore();
}

QSize HeartbeatDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 2 * padding + 30 * (markWidth + markGap)));
    size.setHeight(qMax(size.height(), 24));
    return size;
}

bool HeartbeatDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const auto beats = index.data(OverviewModel::HeartbeatRole).value<QList<Heartbeat>>();
    const int mark = markAt(option.rect, static_cast<int>(beats.size()), event->pos().x());
    if (mark < 0) {
        QToolTip::hideText();
        return true;
    }
    const Heartbeat &beat = beats.at(mark);
    QToolTip::showText(event->globalPos(),
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(beat.atMs), QLocale::ShortFormat)
            + QStringLiteral(" — ") + StatusStyle::label(beat.status) + QStringLiteral(": ")
            + beat.reason,
        view);
    return true;
}

} // namespace dozor
