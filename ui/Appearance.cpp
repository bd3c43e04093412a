#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace dozor {

namespace {
struct Startup {
    QString styleName;
    QPalette palette;
};

const Startup &startup()
{
    // What Qt chose before Dozor changed anything (the desktop's style, or -style).
    static const Startup s {QApplication::style()->name(), QApplication::palette()};
    return s;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x80, 0x84, 0x8a), highlight(0x3b, 0x7d, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5e, 0x66));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}
} // namespace

void Appearance::apply(const QString &mode)
{
    const Startup &s = startup();
    if (mode == QLatin1String("light") || mode == QLatin1String("dark")) {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive)
            != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(mode == QLatin1String("dark")
                ? darkPalette()
                : QApplication::style()->standardPalette());
        return;
    }
    if (QApplication::style()->name() != s.styleName)
        QApplication::setStyle(QStyleFactory::create(s.styleName));
    QApplication::setPalette(s.palette);
}

bool Appearance::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace dozor
