#include "StatusStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace dozor::StatusStyle {

namespace {
struct StyleText {
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)
};

QPixmap badge(std::optional<Status> status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = status ? color(*status) : noDataColor();
    p.setPen(QPen(fill.darker(140), qMax(1.0, size / 16.0)));
    p.setBrush(fill);
    const QRectF r(size * 0.1, size * 0.1, size * 0.8, size * 0.8);
    if (!status) {
        p.drawEllipse(r);
        return pixmap;
    }
    switch (*status) {
    case Status::Ok:
        p.drawEllipse(r);
        break;
    case Status::Warn: {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.bottomRight());
        triangle.lineTo(r.bottomLeft());
        triangle.closeSubpath();
        p.drawPath(triangle);
        break;
    }
    case Status::Unknown:
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, size / 8.0));
        p.setFont(QFont(p.font().family(), -1, QFont::Bold));
        p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    case Status::Crit:
        p.drawRoundedRect(r, size / 8.0, size / 8.0);
        break;
    }
    return pixmap;
}
} // namespace

QColor color(Status status)
{
    switch (status) {
    case Status::Ok:
        return QColor(0x2e, 0x9d, 0x4f);
    case Status::Warn:
        return QColor(0xe0, 0x9b, 0x16);
    case Status::Unknown:
        return QColor(0x7a, 0x5c, 0xc4);
    case Status::Crit:
        return QColor(0xd6, 0x33, 0x2f);
    }
    return noDataColor();
}

QColor noDataColor()
{
    return QColor(0x9a, 0xa0, 0xa6);
}

QIcon icon(std::optional<Status> status)
{
    static QHash<int, QIcon> cache;
    const int key = status ? static_cast<int>(*status) : -1;
    auto it = cache.find(key);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(badge(status, size));
        it = cache.insert(key, icon);
    }
    return *it;
}

QIcon appIcon(std::optional<Status> worst)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        // Dozor's own blue until a status is known (installer/icons/make-icons.py draws it too).
        const QColor tint = worst ? color(*worst) : QColor(0x2b, 0x6c, 0xb0);
        // An eye: the almond outline in the status colour, a dark pupil.
        QPainterPath eye;
        const double w = size, h = size;
        eye.moveTo(w * 0.04, h * 0.5);
        eye.quadTo(w * 0.5, h * 0.02, w * 0.96, h * 0.5);
        eye.quadTo(w * 0.5, h * 0.98, w * 0.04, h * 0.5);
        p.setPen(QPen(tint.darker(150), qMax(1.0, size / 20.0)));
        p.setBrush(tint);
        p.drawPath(eye);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(w * 0.5, h * 0.5), w * 0.2, h * 0.2);
        p.setBrush(QColor(0x22, 0x2b, 0x33));
        p.drawEllipse(QPointF(w * 0.5, h * 0.5), w * 0.11, h * 0.11);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString label(std::optional<Status> status)
{
    if (!status)
        return StyleText::tr("No data");
    switch (*status) {
    case Status::Ok:
        return StyleText::tr("OK");
    case Status::Warn:
        return StyleText::tr("Warning");
    case Status::Unknown:
        return StyleText::tr("Unknown");
    case Status::Crit:
        return StyleText::tr("Critical");
    }
    return {};
}

} // namespace dozor::StatusStyle
