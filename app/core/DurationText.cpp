#include "DurationText.h"

#include "Message.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct DurationTextTr {
    Q_DECLARE_TR_FUNCTIONS(DurationText)
    DOZOR_MESSAGE_FUNCTIONS(DurationText)
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

namespace dozor {

Message durationMessage(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return DurationTextTr::msg("%1 s").arg(s);
    const qint64 min = s / 60;
    if (min < 60)
        return DurationTextTr::msg("%1 min").arg(min);
    const qint64 h = min / 60;
    if (h < 24)
        return min % 60 ? DurationTextTr::msg("%1 h %2 min").arg(h).arg(min % 60)
                        : DurationTextTr::msg("%1 h").arg(h);
    return h % 24 ? DurationTextTr::msg("%1 d %2 h").arg(h / 24).arg(h % 24)
                  : DurationTextTr::msg("%1 d").arg(h / 24);
}

QString formatDuration(qint64 ms)
{
    return durationMessage(ms).text();
}

} // namespace dozor
