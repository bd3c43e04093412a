// Retention with restic's forget rules: newest first, each rule keeps the newest backup of its
// N most recent periods that have one, periods in each backup's own offset, ISO weeks; and
// the periods a rule reaches over that hold no backup.
#include "core/Retention.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace dozor;

namespace {
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

RetentionItem item(const char *name, const char *iso)
{
    return {QString::fromLatin1(name), at(iso)};
}

QStringList kept(const RetentionPlan &plan)
{
    QStringList names;
    for (const RetentionVerdict &v : plan.verdicts) {
        if (v.keep)
            names.append(v.name);
    }
    return names;
}
} // namespace

class TestRetention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noRuleKeepsEverything()
    {
        const RetentionPlan plan = planRetention(
            {item("a", "2026-12-01T10:00:00Z"), item("b", "2026-12-02T10:00:00Z")}, {});
        QCOMPARE(kept(plan), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
        QVERIFY(plan.gaps.isEmpty());
        QCOMPARE(RetentionPolicy {}.text(), QStringLiteral("keep everything"));
    }

    void lastKeepsTheNewest()
    {
        RetentionPolicy p;
        p.last = 2;
        const RetentionPlan plan =
            planRetention({item("old", "2026-12-01T10:00:00Z"), item("new", "2026-12-03T10:00:00Z"),
                              item("mid", "2026-12-02T10:00:00Z")},
                p);
        QCOMPARE(plan.verdicts.constFirst().name, QStringLiteral("new"));
        QCOMPARE(kept(plan), (QStringList {QStringLiteral("new"), QStringLiteral("mid")}));
        QCOMPARE(plan.verdicts.constLast().rules, QList<RetentionRule>());
    }

    void dailyKeepsTheNewestOfEachDay()
    {
        RetentionPolicy p;
        p.daily = 2;
        const RetentionPlan plan = planRetention(
            {item("d1-morning", "2026-12-01T06:00:00Z"), item("d1-evening", "2026-12-01T20:00:00Z"),
                item("d2-morning", "2026-12-02T06:00:00Z"),
                item("d3-morning", "2026-12-03T06:00:00Z"),
                item("d3-evening", "2026-12-03T20:00:00Z")},
            p);
        QCOMPARE(
            kept(plan), (QStringList {QStringLiteral("d3-evening"), QStringLiteral("d2-morning")}));
        QCOMPARE(plan.verdicts.constFirst().periods, QStringList {QStringLiteral("2026-12-03")});
        QCOMPARE(plan.verdicts.constFirst().rules, QList<RetentionRule> {RetentionRule::Daily});
    }

    void rulesCombineAndNameThemselves()
    {
        // One backup can fill several rules' slots; restic names them in this order.
        RetentionPolicy p;
        p.last = 1;
        p.daily = 1;
        p.weekly = 2;
        p.text();
        const RetentionPlan plan =
            planRetention({item("sun", "2026-11-29T10:00:00Z"), item("mon", "2026-11-30T10:00:00Z"),
                              item("tue", "2026-12-01T10:00:00Z")},
                p);
        QCOMPARE(kept(plan), (QStringList {QStringLiteral("tue"), QStringLiteral("sun")}));
        QCOMPARE(plan.verdicts.constFirst().rules,
            (QList<RetentionRule> {
                RetentionRule::Last, RetentionRule::Daily, RetentionRule::Weekly}));
        QCOMPARE(plan.verdicts.constLast().periods, QStringList {QStringLiteral("2026-W48")});
        QCOMPARE(p.text(), QStringLiteral("keep the last 1, 1 daily, 2 weekly"));
    }

    void weeksAreIsoWeeksAcrossTheNewYear()
    {
        // 31 Dec 2026 (Thursday) and 3 Jan 2027 (Sunday) are both in 2026-W53.
        RetentionPolicy p;
        p.weekly = 2;
        const RetentionPlan plan =
            planRetention({item("thu", "2026-12-31T10:00:00Z"), item("sun", "2027-01-03T10:00:00Z"),
                              item("mon", "2027-01-04T10:00:00Z")},
                p);
        QCOMPARE(kept(plan), (QStringList {QStringLiteral("mon"), QStringLiteral("sun")}));
        QCOMPARE(plan.verdicts.at(1).periods, QStringList {QStringLiteral("2026-W53")});
        QCOMPARE(plan.verdicts.at(0).periods, QStringList {QStringLiteral("2027-W01")});
    }

    void periodsAreReadInEachBackupsOwnOffset()
    {
        // The same instant is 23:30 on the 1st in London and 02:30 on the 2nd in Moscow.
        RetentionPolicy p;
        p.daily = 5;
        const RetentionPlan plan = planRetention(
            {item("utc", "2026-12-01T23:30:00Z"), item("msk", "2026-12-02T02:30:01+03:00")}, p);
        QCOMPARE(kept(plan), (QStringList {QStringLiteral("msk"), QStringLiteral("utc")}));
        QCOMPARE(plan.verdicts.at(0).periods, QStringList {QStringLiteral("2026-12-02")});
        QCOMPARE(plan.verdicts.at(1).periods, QStringList {QStringLiteral("2026-12-01")});
    }

    void emptySlotsAreNamed()
    {
        RetentionPolicy p;
        p.daily = 4;
        p.monthly = 2;
        const RetentionPlan plan =
            planRetention({item("a", "2026-12-05T01:00:00Z"), item("b", "2026-12-03T01:00:00Z"),
                              item("c", "2026-12-02T01:00:00Z")},
                p);
        QCOMPARE(plan.gaps.size(), 2);
        QCOMPARE(plan.gaps.at(0).rule, RetentionRule::Daily);
        QCOMPARE(plan.gaps.at(0).period, QStringLiteral("2026-12-04"));
        QCOMPARE(plan.gaps.at(1).rule, RetentionRule::Monthly);
        QCOMPARE(plan.gaps.at(1).period, QStringLiteral("2026-11"));
        // restic's daily slots reach past the gap: four days that have a backup.
        QCOMPARE(kept(plan).size(), 3);
    }

    void emptySlotsOfTimesInANamedZone()
    {
        // Times read from names in a named zone (time_zone), as the catalog gives them.
        const QTimeZone moscow("Europe/Moscow");
        const auto in = [&moscow](const char *name, int day) {
            return RetentionItem {
                QString::fromLatin1(name), QDateTime(QDate(2026, 12, day), QTime(0, 30), moscow)};
        };
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        RetentionPolicy p;
        p.daily = 3;
        const RetentionPlan plan = planRetention({in("a", 5), in("b", 3)}, p);
        QCOMPARE(plan.gaps.size(), 1);
        QCOMPARE(plan.gaps.at(0).period, QStringLiteral("2026-12-04"));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
