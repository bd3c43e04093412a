#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dozor {

// Which backups a retention policy keeps, with exactly restic's `forget` rules, so Dozor and
// restic give an admin the same answer: newest first, each rule keeps the newest backup of
// each of its N most recent periods that have one (keep-last: the N newest), a backup kept
// by any rule stays, and periods are read in the time zone each backup was recorded in
// (weeks are ISO weeks). A policy with no rule keeps everything.
struct RetentionPolicy {
    int last = 0;
    int hourly = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    int yearly = 0;

    bool isEmpty() const
    {
        return last == 0 && hourly == 0 && daily == 0 && weekly == 0 && monthly == 0 && yearly == 0;
    }
    // "keep 7 daily, 4 weekly"; "keep everything" when empty.
    QString text() const;
};

enum class RetentionRule { Last, Hourly, Daily, Weekly, Monthly, Yearly };
// "last", "hourly" … as the workspace and `--json` spell them.
QString retentionRuleName(RetentionRule rule);

struct RetentionItem {
    QString name; // file name, snapshot id, archive name
    QDateTime time; // with the offset it was recorded in
};

struct RetentionVerdict {
    QString name;
    QDateTime time;
    bool keep = false;
    QList<RetentionRule> rules; // the rules that keep it (restic's order); empty: dropped
    QStringList periods; // for each rule, the period it fills ("2026-W47", "2026-12-04")
};

// A period a rule reaches back over that has no backup: "no weekly backup for 2026-W47".
struct RetentionGap {
    RetentionRule rule = RetentionRule::Daily;
    QString period;
};

struct RetentionPlan {
    QList<RetentionVerdict> verdicts; // newest first
    // Calendar periods within each rule's count, counted back from the newest backup,
    // that hold no backup (newest first, by rule).
    QList<RetentionGap> gaps;
};

RetentionPlan planRetention(QList<RetentionItem> items, const RetentionPolicy &policy);

// The period of a rule that time falls in, as shown: "2026-12-04 10:00" (hourly),
// "2026-12-04", "2026-W47", "2026-12", "2026"; empty for keep-last.
QString retentionPeriod(RetentionRule rule, const QDateTime &time);

} // namespace dozor
