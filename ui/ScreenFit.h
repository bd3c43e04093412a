#pragma once

#include <QScrollArea>

namespace dozor {

// Windows and dialogs that fit the screen they are on, whatever the scale factor.
namespace ScreenFit {
// Shrinks widget to its screen's available area and moves it fully onto it.
void clampToScreen(QWidget *widget);
// The height a dialog may take on widget's screen (most of the available height).
int maxDialogHeight(const QWidget *widget);
} // namespace ScreenFit

// A dialog's fields, as tall as they need up to most of the screen, and scrolling beyond
// that (short screens, large fonts, QT_SCALE_FACTOR=2): the dialog's buttons stay outside
// and always visible.
class FittingScrollArea : public QScrollArea {
    Q_OBJECT
public:
    explicit FittingScrollArea(QWidget *content, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace dozor
