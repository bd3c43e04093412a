#include "JobBook.h"

#include "StoreSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace dozor {

namespace {

struct JobText {
    Q_DECLARE_TR_FUNCTIONS(JobBook)
};

// Names of their own: the store's files share one translation unit in unity builds.
QString jobFailedText()
{
    return JobText::tr("recording the job in the history file failed: %1");
}

Unexpected jobFailed(const QSqlQuery &q)
{
    return unexpected(jobFailedText().arg(q.lastError().text()));
}

Expected<void> runJobSql(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    return StoreSql::run(q, sql, binds, jobFailedText());
}

const char jobColumns[] = "id, kind, target, subject, title, steps, state, reason, started_at, "
                          "ended_at, user, owner_pid, log_tail, details";

JobRecord jobFrom(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.targetId = q.value(2).toString();
    j.subject = q.value(3).toString();
    j.title = q.value(4).toString();
    for (const QJsonValue &name : QJsonDocument::fromJson(q.value(5).toByteArray()).array())
        j.stepNames.append(name.toString());
    j.state = q.value(6).toString();
    j.reason = q.value(7).toString();
    j.startedMs = q.value(8).toLongLong();
    j.endedMs = q.value(9).toLongLong();
    j.user = q.value(10).toString();
    j.ownerPid = q.value(11).toLongLong();
    j.logTail = q.value(12).toString();
    j.details = QJsonDocument::fromJson(q.value(13).toByteArray()).object();
    return j;
}

} // namespace

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return false;
#endif
}

JobBook::JobBook(QString path)
    : m_book(std::move(path))
{
}

QSqlDatabase JobBook::db() const
{
    return m_book.m_db;
}

Expected<void> JobBook::open()
{
    return m_book.open();
}

Expected<qint64> JobBook::create(const JobRecord &job)
{
    QJsonArray names;
    for (const QString &name : job.stepNames)
        names.append(name);
    QSqlQuery q(db());
    if (auto ran = runJobSql(q,
            QStringLiteral(
                "INSERT INTO jobs (kind, target, subject, title, steps, state, reason, "
                "started_at, user, owner_pid, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id"),
            {StoreSql::text(job.kind), StoreSql::text(job.targetId), StoreSql::text(job.subject),
                StoreSql::text(job.title),
                QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)),
                StoreSql::text(job.state), StoreSql::text(job.reason), job.startedMs,
                StoreSql::text(job.user), job.ownerPid,
                QString::fromUtf8(QJsonDocument(job.details).toJson(QJsonDocument::Compact))});
        !ran)
        return unexpected(ran.error());
    if (!q.next())
        return jobFailed(q);
    return q.value(0).toLongLong();
}

Expected<void> JobBook::recordStep(qint64 jobId, const JobStepRecord &s)
{
    QSqlQuery q(db());
    if (auto ran = runJobSql(q,
            QStringLiteral(
                "INSERT INTO job_steps (job_id, step, undo, attempt, name, state, reason, "
                "started_at, "
                "ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_id, step, undo, "
                "attempt) DO UPDATE SET state = excluded.state, reason = excluded.reason, ended_at "
                "= excluded.ended_at"),
            {jobId, s.step, int(s.undo), s.attempt, StoreSql::text(s.name), StoreSql::text(s.state),
                StoreSql::text(s.reason.left(4000)), s.startedMs, StoreSql::orNull(s.endedMs)});
        !ran)
        return unexpected(ran.error());
    return {};
}

Expected<void> JobBook::setLogTail(qint64 jobId, const QString &tail)
{
    QSqlQuery q(db());
    if (auto ran = runJobSql(q, QStringLiteral("UPDATE jobs SET log_tail = ? WHERE id = ?"),
            {StoreSql::text(tail.right(logTailChars)), jobId});
        !ran)
        return unexpected(ran.error());
    return {};
}

Expected<void> JobBook::setState(qint64 jobId, const QString &state, const QString &reason)
{
    QSqlQuery q(db());
    if (auto ran =
            runJobSql(q, QStringLiteral("UPDATE jobs SET state = ?, reason = ? WHERE id = ?"),
                {StoreSql::text(state), StoreSql::text(reason.left(4000)), jobId});
        !ran)
        return unexpected(ran.error());
    return {};
}

Expected<void> JobBook::finish(qint64 jobId, const QString &state, const QString &reason,
    const QString &logTail, qint64 endedMs)
{
    QSqlQuery q(db());
    if (auto ran = runJobSql(q,
            QStringLiteral(
                "UPDATE jobs SET state = ?, reason = ?, log_tail = ?, ended_at = ? WHERE id = ?"),
            {StoreSql::text(state), StoreSql::text(reason.left(4000)),
                StoreSql::text(logTail.right(logTailChars)), endedMs, jobId});
        !ran)
        return unexpected(ran.error());
    return {};
}

Expected<QList<JobRecord>> JobBook::settleInterrupted(qint64 nowMs, const QString &reason)
{
    QSqlQuery q(db());
    if (auto ran = runJobSql(q,
            QStringLiteral("SELECT %1 FROM jobs WHERE ended_at IS NULL ORDER BY id")
                .arg(QLatin1String(jobColumns)),
            {});
        !ran)
        return unexpected(ran.error());
    QList<JobRecord> settled;
    while (q.next()) {
        JobRecord job = jobFrom(q);
        if (processIsRunning(job.ownerPid) && job.ownerPid != QCoreApplication::applicationPid())
            continue; // another Dozor (the app, or `dozor backup run`) is running it
        settled.append(job);
    }
    for (JobRecord &job : settled) {
        for (const auto &[sql, binds] : {
                 std::pair {QStringLiteral("UPDATE job_steps SET state = 'interrupted', reason = "
                                           "?, ended_at = ? WHERE job_id = ? AND ended_at IS "
                                           "NULL"),
                     QVariantList {StoreSql::text(reason), nowMs, job.id}},
                 std::pair {QStringLiteral("UPDATE jobs SET state = 'interrupted', reason = ?, "
                                           "ended_at = ? WHERE id = ?"),
                     QVariantList {StoreSql::text(reason), nowMs, job.id}},
             }) {
            QSqlQuery update(db());
            if (auto ran = runJobSql(update, sql, binds); !ran)
                return unexpected(ran.error());
        }
        job.state = QStringLiteral("interrupted");
        job.reason = reason;
        job.endedMs = nowMs;
    }
    return settled;
}

Expected<QList<JobRecord>> JobBook::recent(int limit, const QString &kind, const QString &targetId)
{
    QSqlQuery q(db());
    if (auto ran = runJobSql(q,
            QStringLiteral(
                "SELECT %1 FROM jobs WHERE (? = '' OR kind = ?) AND (? = '' OR target = ?) "
                "ORDER BY started_at DESC, id DESC LIMIT ?")
                .arg(QLatin1String(jobColumns)),
            {StoreSql::text(kind), StoreSql::text(kind), StoreSql::text(targetId),
                StoreSql::text(targetId), limit});
        !ran)
        return unexpected(ran.error());
    QList<JobRecord> jobs;
    while (q.next())
        jobs.append(jobFrom(q));
    return jobs;
}

Expected<std::optional<JobRecord>> JobBook::job(qint64 id)
{
    QSqlQuery q(db());
    if (auto ran = runJobSql(q,
            QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(jobColumns)),
            {id});
        !ran)
        return unexpected(ran.error());
    if (!q.next())
        return std::optional<JobRecord>();
    JobRecord job = jobFrom(q);
    QSqlQuery steps(db());
    if (auto ran = runJobSql(steps,
            QStringLiteral("SELECT step, undo, attempt, name, state, reason, started_at, ended_at "
                           "FROM job_steps WHERE job_id = ? ORDER BY started_at, step, attempt"),
            {id});
        !ran)
        return unexpected(ran.error());
    while (steps.next()) {
        JobStepRecord s;
        s.step = steps.value(0).toInt();
        s.undo = steps.value(1).toBool();
        s.attempt = steps.value(2).toInt();
        s.name = steps.value(3).toString();
        s.state = steps.value(4).toString();
        s.reason = steps.value(5).toString();
        s.startedMs = steps.value(6).toLongLong();
        s.endedMs = steps.value(7).toLongLong();
        job.steps.append(s);
    }
    return std::optional<JobRecord>(job);
}

} // namespace dozor
