#include "AxisScale.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace dozor::AxisScale {

namespace {
struct AxisText {
    Q_DECLARE_TR_FUNCTIONS(AxisScale)
};

struct DisplayUnit {
    double divisor = 1;
    QString suffix; // "%1 GiB": where the number goes
};

DisplayUnit displayUnit(double magnitude, const QString &unit)
{
    if (unit == QLatin1String("ms"))
        return magnitude >= 2000 ? DisplayUnit {1000, AxisText::tr("%1 s")}
                                 : DisplayUnit {1, AxisText::tr("%1 ms")};
    if (unit == QLatin1String("s")) {
        if (magnitude >= 2 * 86400.0)
            return {86400, AxisText::tr("%1 d")};
        if (magnitude >= 2 * 3600.0)
            return {3600, AxisText::tr("%1 h")};
        if (magnitude >= 120)
            return {60, AxisText::tr("%1 min")};
        return {1, AxisText::tr("%1 s")};
    }
    if (unit == QLatin1String("MiB")) {
        if (magnitude >= 1024.0 * 1024)
            return {1024.0 * 1024, AxisText::tr("%1 TiB")};
        if (magnitude >= 1024)
            return {1024, AxisText::tr("%1 GiB")};
        return {1, AxisText::tr("%1 MiB")};
    }
    if (unit == QLatin1String("B")) {
        if (magnitude >= 1024.0 * 1024 * 1024)
            return {1024.0 * 1024 * 1024, AxisText::tr("%1 GiB")};
        if (magnitude >= 1024.0 * 1024)
            return {1024.0 * 1024, AxisText::tr("%1 MiB")};
        if (magnitude >= 1024)
            return {1024, AxisText::tr("%1 KiB")};
        return {1, AxisText::tr("%1 B")};
    }
    if (unit == QLatin1String("%"))
        return {1, AxisText::tr("%1 %")};
    if (unit == QLatin1String("d"))
        return {1, AxisText::tr("%1 d")};
    if (unit.isEmpty())
        return {1, QStringLiteral("%1")};
    return {1, QStringLiteral("%1 ") + unit};
}

// 1, 2, 2.5, 5 × 10ⁿ: the round step nearest above raw.
double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
    return nice * magnitude;
}

int decimalsFor(double step)
{
    // Enough decimals that every tick reads differently: 0.25 needs two, 2.5 one, 5 none.
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 6;
}
} // namespace

ValueTicks valueTicks(double lo, double hi, const QString &unit, int target)
{
    ValueTicks t;
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (hi < lo)
        std::swap(lo, hi);
    const DisplayUnit display = displayUnit(std::max(std::abs(lo), std::abs(hi)), unit);
    double a = lo / display.divisor, b = hi / display.divisor;
    if (b - a < 1e-9) {
        // A flat line: a range around it.
        const double pad = a == 0 ? 1 : std::abs(a) * 0.1;
        const bool positive = a >= 0;
        a = a == 0 ? 0 : a - pad;
        b += pad;
        if (positive)
            a = std::max(a, 0.0);
    }
    const double step = niceStep((b - a) / std::max(1, target));
    const double first = std::floor(a / step + 1e-9) * step;
    const double last = std::ceil(b / step - 1e-9) * step;
    const int decimals = decimalsFor(step);
    const QLocale locale;
    for (int i = 0;; ++i) {
        const double v = first + i * step;
        if (v > last + step * 1e-6 || i > 100)
            break;
        const double shown = std::abs(v) < step * 1e-6 ? 0.0 : v;
        t.values.append(shown * display.divisor);
        t.labels.append(display.suffix.arg(locale.toString(shown, 'f', decimals)));
    }
    t.lo = first * display.divisor;
    t.hi = last * display.divisor;
    return t;
}

QString formatLike(const ValueTicks &ticks, double value, const QString &unit)
{
    const double magnitude = std::max(std::abs(ticks.lo), std::abs(ticks.hi));
    const DisplayUnit display = displayUnit(magnitude, unit);
    const double shown = value / display.divisor;
    const double a = std::abs(shown);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return display.suffix.arg(QLocale().toString(shown, 'f', decimals));
}

TimeTicks timeTicks(qint64 fromMs, qint64 toMs, int target)
{
    TimeTicks t;
    if (toMs <= fromMs)
        return t;
    constexpr qint64 minute = 60'000, hour = 60 * minute, day = 24 * hour;
    static const qint64 steps[] = {minute, 2 * minute, 5 * minute, 10 * minute, 15 * minute,
        30 * minute, hour, 2 * hour, 3 * hour, 6 * hour, 12 * hour, day, 2 * day, 7 * day, 14 * day,
        30 * day};
    qint64 step = steps[std::size(steps) - 1];
    for (const qint64 s : steps) {
        if ((toMs - fromMs) / s <= target) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    const QString dayFormat = QStringLiteral("d MMM");
    // Round local times: steps under a day count from each local midnight on the wall clock
    // (so a daylight-saving change does not shift the ticks to odd hours), longer ones are
    // whole days (weeks from the first whole day).
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(fromMs);
    QList<QDateTime> ticks;
    if (step < day) {
        QDate date = start.date();
        qint64 k = (start.time().msecsSinceStartOfDay() + step - 1) / step;
        qint64 last = fromMs - 1;
        while (ticks.size() < 200) {
            if (k * step >= day) {
                date = date.addDays(1);
                k = 0;
            }
            const QDateTime tick(date, QTime::fromMSecsSinceStartOfDay(int(k * step)));
            ++k;
            const qint64 at = tick.toMSecsSinceEpoch();
            if (at > toMs)
                break;
            // A wall-clock time that does not exist (spring forward) or comes twice (fall
            // back) gives one tick, in order.
            if (at > last && at >= fromMs) {
                ticks.append(tick);
                last = at;
            }
        }
    } else {
        QDateTime tick = start.date().startOfDay();
        if (tick < start)
            tick = tick.addDays(1);
        while (tick.toMSecsSinceEpoch() <= toMs && ticks.size() < 200) {
            ticks.append(tick);
            tick = tick.addDays(step / day);
        }
    }
    QDate lastDate = start.date();
    bool first = true;
    for (const QDateTime &tick : std::as_const(ticks)) {
        const QDate date = tick.date();
        const bool newDay = date != lastDate || (first && step >= day);
        QString label;
        if (step >= day || (newDay && tick.time() == QTime(0, 0)))
            label = locale.toString(date, dayFormat);
        else if (newDay)
            label = locale.toString(date, dayFormat) + QLatin1Char(' ')
                + locale.toString(tick.time(), QStringLiteral("HH:mm"));
        else
            label = locale.toString(tick.time(), QStringLiteral("HH:mm"));
        t.values.append(tick.toMSecsSinceEpoch());
        t.labels.append(label);
        lastDate = date;
        first = false;
    }
    return t;
}

} // namespace dozor::AxisScale
