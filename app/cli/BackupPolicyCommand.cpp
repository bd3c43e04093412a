#include "BackupCli.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace dozor::backupcli {

int policyCommand(
    BackupCli &b, const QString &sourceId, bool json, bool cached, bool prune, bool yes)
{
    if (!cached) {
        const auto problems = b.refresh({sourceId});
        if (problems.contains(sourceId)) {
            b.m_cli.err()
                << BackupText::tr("%1: listing failed: %2").arg(sourceId, problems.value(sourceId))
                << Qt::endl;
            if (prune)
                return ExitFailure; // never delete from a list that may be stale
        }
    }
    const auto plan = b.m_service->policy(sourceId);
    if (!plan) {
        b.m_cli.err() << plan.error() << Qt::endl;
        return ExitFailure;
    }
    const BackupSource *source = b.m_workspace.backup(sourceId);
    QStringList drop;
    for (const RetentionVerdict &v : plan->verdicts) {
        if (!v.keep)
            drop.append(v.name);
    }
    if (!prune) {
        if (json) {
            QJsonArray keep, dropped, gaps;
            for (const RetentionVerdict &v : plan->verdicts) {
                QJsonObject o {{QStringLiteral("name"), v.name},
                    {QStringLiteral("time"), v.time.toString(Qt::ISODate)}};
                if (v.keep) {
                    QJsonArray rules;
                    for (const RetentionRule r : v.rules)
                        rules.append(retentionRuleName(r));
                    o.insert(QStringLiteral("rules"), rules);
                    o.insert(QStringLiteral("periods"), QJsonArray::fromStringList(v.periods));
                    keep.append(o);
                } else {
                    dropped.append(o);
                }
            }
            for (const RetentionGap &g : plan->gaps)
                gaps.append(QJsonObject {{QStringLiteral("rule"), retentionRuleName(g.rule)},
                    {QStringLiteral("period"), g.period}});
            b.m_cli.out() << QJsonDocument(
                QJsonObject {{QStringLiteral("source"), sourceId},
                    {QStringLiteral("policy"), source->retention.text()},
                    {QStringLiteral("keep"), keep}, {QStringLiteral("drop"), dropped},
                    {QStringLiteral("gaps"),
                        gaps}}).toJson(QJsonDocument::Indented)
                          << Qt::flush;
            return ExitOk;
        }
        b.m_cli.out() << BackupText::tr("%1: %2").arg(sourceId, source->retention.text())
                      << Qt::endl;
        for (const RetentionVerdict &v : plan->verdicts) {
            QStringList why;
            for (qsizetype i = 0; i < v.rules.size(); ++i)
                why.append(QStringLiteral("%1 %2")
                               .arg(retentionRuleName(v.rules.at(i)), v.periods.value(i))
                               .trimmed());
            b.m_cli.out()
                << (v.keep ? BackupText::tr("keep  ") : BackupText::tr("drop  "))
                << QStringLiteral("%1  %2").arg(v.name, -40).arg(why.join(QStringLiteral(", ")))
                << Qt::endl;
        }
        for (const RetentionGap &g : plan->gaps)
            b.m_cli.out() << BackupText::tr("gap   no %1 backup for %2")
                                 .arg(retentionRuleName(g.rule), g.period)
                          << Qt::endl;
        return ExitOk;
    }
    if (source->retention.isEmpty()) {
        b.m_cli.err() << BackupText::tr("%1 has no retention policy: nothing to prune (set "
                                        "\"retention\" on the source)")
                             .arg(sourceId)
                      << Qt::endl;
        return ExitUsage;
    }
    if (drop.isEmpty()) {
        b.m_cli.out()
            << BackupText::tr("%1: the policy keeps every backup; nothing to delete.").arg(sourceId)
            << Qt::endl;
        return ExitOk;
    }
    b.m_cli.err() << BackupText::tr(
        "The policy (%1) drops %n backup(s) of %2:", nullptr, int(drop.size()))
                         .arg(source->retention.text(), sourceId)
                  << Qt::endl;
    for (const QString &name : std::as_const(drop))
        b.m_cli.err() << "  " << name << Qt::endl;
    if (!yes) {
        b.m_cli.err() << BackupText::tr("Nothing was deleted: add --yes to delete them.")
                      << Qt::endl;
        return ExitUsage;
    }
    const auto job = b.m_service->prune(sourceId, drop);
    if (!job) {
        b.m_cli.err() << job.error() << Qt::endl;
        return ExitFailure;
    }
    const JobInfo info = b.waitForJob(*job);
    if (info.state != JobRunner::State::Succeeded) {
        b.m_cli.err() << BackupText::tr("Prune %1: %2")
                             .arg(jobStateText(jobStateName(info.state)), info.reason)
                      << Qt::endl;
        return ExitFailure;
    }
    b.refresh({sourceId});
    b.m_cli.out() << BackupText::tr("Deleted %n backup(s).", nullptr, int(drop.size())) << Qt::endl;
    return ExitOk;
}

int jobsCommand(BackupCli &b, bool json, int limit)
{
    const auto jobs = b.m_jobs->book().recent(limit);
    if (!jobs) {
        b.m_cli.err() << jobs.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const JobRecord &j : *jobs)
            array.append(QJsonObject {{QStringLiteral("id"), double(j.id)},
                {QStringLiteral("kind"), j.kind}, {QStringLiteral("target"), j.targetId},
                {QStringLiteral("subject"), j.subject}, {QStringLiteral("title"), j.title},
                {QStringLiteral("state"), j.state}, {QStringLiteral("reason"), j.reason},
                {QStringLiteral("started"),
                    QDateTime::fromMSecsSinceEpoch(j.startedMs, QTimeZone::utc())
                        .toString(Qt::ISODate)},
                {QStringLiteral("ended"),
                    j.endedMs
                        ? QJsonValue(QDateTime::fromMSecsSinceEpoch(j.endedMs, QTimeZone::utc())
                                         .toString(Qt::ISODate))
                        : QJsonValue()},
                {QStringLiteral("user"), j.user}});
        b.m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitOk;
    }
    if (jobs->isEmpty())
        b.m_cli.out() << BackupText::tr("No jobs have run yet.") << Qt::endl;
    for (const JobRecord &j : *jobs) {
        const QString when = QDateTime::fromMSecsSinceEpoch(j.startedMs)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString took = j.endedMs
            ? formatDuration(std::max<qint64>(0, j.endedMs - j.startedMs))
            : BackupText::tr("running");
        b.m_cli.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(j.id, 5)
                             .arg(when)
                             .arg(jobStateText(j.state), -12)
                             .arg(took, 8)
                             .arg(j.title)
                      << (j.reason.isEmpty() ? QString() : QStringLiteral(" — ") + j.reason)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace dozor::backupcli
