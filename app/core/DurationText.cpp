#include "DurationText.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct DurationTextTr {
    Q_DECLARE_TR_FUNCTIONS(DurationText)
};
} // namespace

Expected<qint64> parseDurationText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    const auto bad = [&] {
        return unexpected(DurationTextTr::tr("\"%1\" is not a duration; use a number followed by "
                                             "s, m, h, d or w, such as 90s, 15m, 1h or 7d")
                              .arg(text.left(40)));
    };
    if (t.isEmpty())
        return bad();
    qint64 unit = 1;
    QString digits = t;
    const QChar suffix = t.back();
    if (!suffix.isDigit()) {
        digits.chop(1);
        switch (suffix.toLatin1()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 7 * 86400;
            break;
        default:
            return bad();
        }
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok || n <= 0 || n > 100LL * 365 * 86400 / unit)
        return bad();
    return n * unit;
}

} // namespace dozor
