#include "Retention.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace dozor {

namespace {

struct RetentionText {
    Q_DECLARE_TR_FUNCTIONS(Retention)
};

constexpr RetentionRule rules[] = {RetentionRule::Last, RetentionRule::Hourly, RetentionRule::Daily,
    RetentionRule::Weekly, RetentionRule::Monthly, RetentionRule::Yearly};

int countOf(const RetentionPolicy &p, RetentionRule rule)
{
    switch (rule) {
    case RetentionRule::Last:
        return p.last;
    case RetentionRule::Hourly:
        return p.hourly;
    case RetentionRule::Daily:
        return p.daily;
    case RetentionRule::Weekly:
        return p.weekly;
    case RetentionRule::Monthly:
        return p.monthly;
    case RetentionRule::Yearly:
        break;
    }
    return p.yearly;
}

// restic's bucket of a time for a rule (its own numbers: year*1000000 + month*10000 …), read
// in the time's own offset; keep-last puts every backup in a bucket of its own.
qint64 bucketOf(RetentionRule rule, const QDateTime &t, qsizetype index)
{
    const QDate d = t.date();
    switch (rule) {
    case RetentionRule::Last:
        return index;
    case RetentionRule::Hourly:
        return d.year() * 1000000LL + d.month() * 10000 + d.day() * 100 + t.time().hour();
    case RetentionRule::Daily:
        return d.year() * 10000LL + d.month() * 100 + d.day();
    case RetentionRule::Weekly: {
        int isoYear = 0;
        const int week = d.weekNumber(&isoYear);
        return isoYear * 100LL + week;
    }
    case RetentionRule::Monthly:
        return d.year() * 100LL + d.month();
    case RetentionRule::Yearly:
        break;
    }
    return d.year();
}

// date and time in the zone (or offset) t was recorded in.
QDateTime inZoneOf(const QDate &date, const QTime &time, const QDateTime &t)
{
    if (t.timeSpec() == Qt::TimeZone)
        return QDateTime(date, time, t.timeZone());
    return QDateTime(date, time, t.timeSpec(), t.offsetFromUtc());
}

// The start of the period before the one that holds t (for walking back over periods).
QDateTime previousPeriod(RetentionRule rule, const QDateTime &t)
{
    const QDate d = t.date();
    switch (rule) {
    case RetentionRule::Hourly:
        return inZoneOf(d, QTime(t.time().hour(), 0), t).addSecs(-3600);
    case RetentionRule::Daily:
        return inZoneOf(d.addDays(-1), QTime(12, 0), t);
    case RetentionRule::Weekly:
        return inZoneOf(d.addDays(-7), QTime(12, 0), t);
    case RetentionRule::Monthly:
        return inZoneOf(QDate(d.year(), d.month(), 1).addMonths(-1), QTime(12, 0), t);
    case RetentionRule::Yearly:
        return inZoneOf(QDate(d.year() - 1, 6, 1), QTime(12, 0), t);
    case RetentionRule::Last:
        break;
    }
    return t;
}

} // namespace

QString retentionRuleName(RetentionRule rule)
{
    switch (rule) {
    case RetentionRule::Last:
        return QStringLiteral("last");
    case RetentionRule::Hourly:
        return QStringLiteral("hourly");
    case RetentionRule::Daily:
        return QStringLiteral("daily");
    case RetentionRule::Weekly:
        return QStringLiteral("weekly");
    case RetentionRule::Monthly:
        return QStringLiteral("monthly");
    case RetentionRule::Yearly:
        break;
    }
    return QStringLiteral("yearly");
}

QString RetentionPolicy::text() const
{
    if (isEmpty())
        return RetentionText::tr("keep everything");
    QStringList parts;
    if (last)
        parts.append(RetentionText::tr("the last %n", nullptr, last));
    if (hourly)
        parts.append(RetentionText::tr("%n hourly", nullptr, hourly));
    if (daily)
        parts.append(RetentionText::tr("%n daily", nullptr, daily));
    if (weekly)
        parts.append(RetentionText::tr("%n weekly", nullptr, weekly));
    if (monthly)
        parts.append(RetentionText::tr("%n monthly", nullptr, monthly));
    if (yearly)
        parts.append(RetentionText::tr("%n yearly", nullptr, yearly));
    return RetentionText::tr("keep %1").arg(parts.join(QStringLiteral(", ")));
}

QString retentionPeriod(RetentionRule rule, const QDateTime &t)
{
    const QDate d = t.date();
    switch (rule) {
    case RetentionRule::Last:
        return QString();
    case RetentionRule::Hourly:
        return d.toString(Qt::ISODate) + QLatin1Char(' ')
            + QStringLiteral("%1:00").arg(t.time().hour(), 2, 10, QLatin1Char('0'));
    case RetentionRule::Daily:
        return d.toString(Qt::ISODate);
    case RetentionRule::Weekly: {
        int isoYear = 0;
        const int week = d.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case RetentionRule::Monthly:
        return QStringLiteral("%1-%2").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0'));
    case RetentionRule::Yearly:
        break;
    }
    return QString::number(d.year());
}

RetentionPlan planRetention(QList<RetentionItem> items, const RetentionPolicy &policy)
{
    // Newest first; equal times keep the order they came in (restic sorts stably).
    std::stable_sort(items.begin(), items.end(),
        [](const RetentionItem &a, const RetentionItem &b) { return a.time > b.time; });
    RetentionPlan plan;
    struct Bucket {
        RetentionRule rule;
        int left;
        std::optional<qint64> last;
    };
    QList<Bucket> buckets;
    for (RetentionRule rule : rules)
        buckets.append({rule, countOf(policy, rule), std::nullopt});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const RetentionItem &item = items.at(i);
        RetentionVerdict v;
        v.name = item.name;
        v.time = item.time;
        if (policy.isEmpty()) {
            v.keep = true;
        } else {
            for (Bucket &b : buckets) {
                if (b.left <= 0)
                    continue;
                const qint64 bucket = bucketOf(b.rule, item.time, i);
                if (b.last && *b.last == bucket)
                    continue;
                b.last = bucket;
                --b.left;
                v.keep = true;
                v.rules.append(b.rule);
                v.periods.append(retentionPeriod(b.rule, item.time));
            }
        }
        plan.verdicts.append(v);
    }
    // Periods within each rule's count, back from the newest backup, that hold none.
    if (!items.isEmpty()) {
        for (RetentionRule rule : rules) {
            const int count = countOf(policy, rule);
            if (rule == RetentionRule::Last || count <= 0)
                continue;
            QSet<QString> held;
            for (const RetentionItem &item : std::as_const(items))
                held.insert(retentionPeriod(rule, item.time));
            QDateTime at = items.constFirst().time;
            for (int n = 0; n < count && n < 1000; ++n) {
                const QString period = retentionPeriod(rule, at);
                if (!held.contains(period))
                    plan.gaps.append({rule, period});
                at = previousPeriod(rule, at);
            }
        }
    }
    return plan;
}

} // namespace dozor
