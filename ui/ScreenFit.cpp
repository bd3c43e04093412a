#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>

namespace dozor {

namespace {
QRect availableFor(const QWidget *widget)
{
    const QScreen *screen = widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}
} // namespace

void ScreenFit::clampToScreen(QWidget *widget)
{
    const QRect available = availableFor(widget);
    // The frame (title bar, borders) around the client area needs room too.
    const QSize frameExtra = widget->frameGeometry().size() - widget->geometry().size();
    const QSize room = available.size() - frameExtra.expandedTo(QSize(0, 0));
    const QSize size = widget->size().boundedTo(room);
    if (size != widget->size())
        widget->resize(size);
    // Only a window that was placed (restored geometry) or is on screen is moved: a dialog
    // about to open stays where Qt centres it on its parent.
    if (!widget->isVisible() && !widget->testAttribute(Qt::WA_Moved))
        return;
    QRect frame = widget->frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(qBound(available.left(), frame.left(),
            qMax(available.left(), available.right() - frame.width() + 1)));
        frame.moveTop(qBound(available.top(), frame.top(),
            qMax(available.top(), available.bottom() - frame.height() + 1)));
        widget->move(frame.topLeft());
    }
}

int ScreenFit::maxDialogHeight(const QWidget *widget)
{
    return availableFor(widget).height() * 85 / 100;
}

FittingScrollArea::FittingScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize FittingScrollArea::sizeHint() const
{
    QSize content = widget() ? widget()->sizeHint() : QSize();
    // The buttons and margins below the fields take a little of the allowed height.
    const int limit = ScreenFit::maxDialogHeight(this) - 80;
    if (content.height() > limit)
        content = QSize(content.width() + verticalScrollBar()->sizeHint().width(), limit);
    return content;
}

QSize FittingScrollArea::minimumSizeHint() const
{
    const QSize content = widget() ? widget()->minimumSizeHint() : QSize();
    return {content.width() + verticalScrollBar()->sizeHint().width(), qMin(content.height(), 160)};
}

} // namespace dozor
