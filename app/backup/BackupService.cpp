#include "BackupService.h"

#include "BackupPlans.h"
#include "jobs/JobTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QTimeZone>

namespace dozor {

namespace {
struct ServiceText {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

// A listing larger than this is refused rather than read (10,000 archives print ~1 MiB).
constexpr qsizetype listingCap = qsizetype {64} * 1024 * 1024;
constexpr qsizetype stderrCap = qsizetype {64} * 1024;
constexpr int listingTimeoutMs = 10 * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// What a run that did not work says: its error, or its exit status and last stderr line.
QString runProblem(const QString &program, const RemoteRunResult &result, const QByteArray &err)
{
    if (!result.completed())
        return result.error;
    if (result.exitStatus == 0)
        return QString();
    const QList<QByteArray> lines = err.trimmed().split('\n');
    const QString last = QString::fromUtf8(lines.constLast()).trimmed().left(300);
    return last.isEmpty() ? ServiceText::tr("%1 exited with status %2")
                                .arg(program)
                                .arg(result.exitStatus.value_or(-1))
                          : ServiceText::tr("%1 exited with status %2: %3")
                                .arg(program)
                                .arg(result.exitStatus.value_or(-1))
                                .arg(last);
}
} // namespace

// One source's listing in flight: its own transport, what it printed so far.
struct BackupService::Refresh {
    QPointer<JobTransport> transport;
    QByteArray out;
    QByteArray err;
    bool tooLarge = false;
};

BackupService::BackupService(
    QString historyPath, JobManager *jobs, JobManager::TransportFactory transports, QObject *parent)
    : QObject(parent)
    , m_historyPath(historyPath)
    , m_jobs(jobs)
    , m_transports(std::move(transports))
    , m_catalog(std::move(historyPath))
{
    connect(m_jobs, &JobManager::jobFinished, this, &BackupService::onJobFinished);
}

BackupService::~BackupService() = default;

Expected<void> BackupService::open()
{
    return m_catalog.open();
}

void BackupService::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
}

const BackupSource *BackupService::source(const QString &id, QString *error) const
{
    const BackupSource *s = m_workspace.backup(id);
    if (!s && error)
        *error = ServiceText::tr("there is no backup source \"%1\" in the workspace").arg(id);
    return s;
}

void BackupService::refresh(const QString &sourceId)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s) {
        QMetaObject::invokeMethod(
            this, [this, sourceId, error] { Q_EMIT refreshed(sourceId, error, 0); },
            Qt::QueuedConnection);
        return;
    }
    if (m_refreshing.contains(sourceId)) {
        m_refreshAgain.insert(sourceId);
        return;
    }
    const Expected<JobTransport *> made = m_transports(s->targetId);
    if (!made) {
        const QString why = made.error();
        QMetaObject::invokeMethod(
            this, [this, sourceId, why] { finishRefresh(sourceId, why, 0); }, Qt::QueuedConnection);
        m_refreshing.insert(sourceId);
        return;
    }
    m_refreshing.insert(sourceId);
    auto state = std::make_shared<Refresh>();
    state->transport = *made;
    (*made)->setParent(this);
    const BackupSource src = *s;
    const QList<JobSecret> env = BackupPlans::environment(src, m_passwords.value(src.id));
    connect(*made, &JobTransport::outputArrived, this,
        [state](int, const QByteArray &chunk, bool isErr) {
            QByteArray &into = isErr ? state->err : state->out;
            const qsizetype cap = isErr ? stderrCap : listingCap;
            if (into.size() + chunk.size() > cap) {
                if (!isErr)
                    state->tooLarge = true;
                into.append(chunk.left(cap - into.size()));
                return;
            }
            into.append(chunk);
        });
    // Run 1: the listing. Run 2: the free space, when the backups are in a folder.
    connect(*made, &JobTransport::finished, this,
        [this, state, src, env](int runId, const RemoteRunResult &result) {
            if (runId == 1) {
                if (state->tooLarge) {
                    finishRefresh(src.id,
                        ServiceText::tr("the listing is larger than %1 MiB; narrow the "
                                        "source's pattern")
                            .arg(listingCap / 1024 / 1024),
                        0);
                    state->transport->deleteLater();
                    return;
                }
                listed(src.id, result, state->out, state->err);
                const auto df = BackupPlans::space(src);
                if (!df || !result.completed()) {
                    finishRefresh(src.id, QString(), -1);
                    state->transport->deleteLater();
                    return;
                }
                state->out.clear();
                state->err.clear();
                JobStep step;
                step.argv = *df;
                state->transport->start(2, *JobScript::forStep(step, {}), 60'000);
                return;
            }
            if (result.completed() && result.exitStatus == 0) {
                if (const auto space = BackupPlans::readSpace(state->out))
                    m_catalog.recordSpace(src.id, nowMs(), space->freeBytes, space->totalBytes);
            }
            finishRefresh(src.id, QString(), -1);
            state->transport->deleteLater();
        });
    JobStep step;
    step.argv = BackupPlans::listing(src);
    const auto script = JobScript::forStep(step, env);
    if (!script) {
        finishRefresh(src.id, script.error(), 0);
        state->transport->deleteLater();
        return;
    }
    (*made)->start(1, *script, listingTimeoutMs);
}

void BackupService::listed(const QString &sourceId, const RemoteRunResult &result,
    const QByteArray &out, const QByteArray &err)
{
    const BackupSource *s = source(sourceId, nullptr);
    if (!s)
        return;
    const QString program = QString::fromUtf8(BackupPlans::listing(*s).constFirst());
    QString problem = runProblem(program, result, err);
    // find reports folders it could not read with status 1 and still lists the rest; a
    // missing folder prints nothing at all.
    const bool partial =
        !problem.isEmpty() && result.completed() && !out.isEmpty() && !s->isRepository();
    if (!problem.isEmpty() && !partial) {
        m_catalog.listingFailed(sourceId, s->targetId, nowMs(), problem);
        m_refreshProblems.insert(sourceId, problem);
        return;
    }
    const CatalogListing listing = BackupPlans::readListing(*s, out);
    QStringList problems = listing.problems;
    if (partial)
        problems.prepend(problem);
    QList<CatalogBook::Listed> rows;
    rows.reserve(listing.entries.size());
    for (const CatalogEntry &e : listing.entries)
        rows.append({e.name, e.time.toMSecsSinceEpoch(), e.size, e.directory});
    const QString joined = problems.mid(0, 20).join(QLatin1Char('\n'));
    if (auto written = m_catalog.replace(
            sourceId, s->targetId, backupKindName(s->kind), rows, nowMs(), joined);
        !written)
        problems.prepend(written.error());
    m_refreshProblems.insert(sourceId, problems.isEmpty() ? QString() : problems.constFirst());
    m_refreshCounts.insert(sourceId, int(rows.size()));
}

void BackupService::finishRefresh(const QString &sourceId, const QString &problem, int count)
{
    m_refreshing.remove(sourceId);
    const QString said = problem.isEmpty() ? m_refreshProblems.take(sourceId) : problem;
    const int n = count >= 0 ? count : m_refreshCounts.take(sourceId);
    m_refreshProblems.remove(sourceId);
    m_refreshCounts.remove(sourceId);
    if (!problem.isEmpty()) {
        if (const BackupSource *s = source(sourceId, nullptr))
            m_catalog.listingFailed(sourceId, s->targetId, nowMs(), problem);
    }
    Q_EMIT refreshed(sourceId, said, n);
    if (m_refreshAgain.remove(sourceId)) {
        refresh(sourceId);
        return;
    }
    // A back up now waits for this listing to verify what it made.
    if (m_afterBackup.contains(sourceId)) {
        const qint64 backupJob = m_afterBackup.take(sourceId);
        if (!said.isEmpty() && n == 0) {
            Q_EMIT backupSettled(backupJob, 0,
                ServiceText::tr("the backup ran, but listing the source failed: %1").arg(said));
            return;
        }
        const auto rows = m_catalog.backups(sourceId);
        if (!rows || rows->isEmpty()) {
            Q_EMIT backupSettled(backupJob, 0,
                ServiceText::tr("the backup ran, but the source lists no backup afterwards: "
                                "check its path and pattern"));
            return;
        }
        const auto job = verify(sourceId, rows->constFirst().name);
        if (!job) {
            Q_EMIT backupSettled(backupJob, 0, job.error());
            return;
        }
        m_verifyOfBackup.insert(*job, backupJob);
    }
}

QList<qint64> BackupService::verifyDue(qint64 nowMs)
{
    QList<qint64> started;
    QSet<QString> busy;
    for (const auto &[sourceId, name] : std::as_const(m_verifying))
        busy.insert(sourceId);
    for (const BackupSource &s : std::as_const(m_workspace.backups)) {
        if (s.verifyEveryHours <= 0 || busy.contains(s.id))
            continue;
        const auto rows = m_catalog.backups(s.id);
        if (!rows || rows->isEmpty()) {
            refresh(s.id); // verified at the next round, once listed
            continue;
        }
        const CatalogRow &newest = rows->constFirst();
        if (newest.verified && newest.verifiedMs > nowMs - qint64 {s.verifyEveryHours} * 3'600'000)
            continue;
        // Only what a recent listing showed (a pruned backup is not "failed"): list first.
        if (newest.seenMs < nowMs - 3'600'000) {
            refresh(s.id);
            continue;
        }
        if (const auto job = verify(s.id, newest.name, true))
            started.append(*job);
    }
    return started;
}

Expected<qint64> BackupService::verify(const QString &sourceId, const QString &name)
{
    return verify(sourceId, name, false);
}

Expected<qint64> BackupService::verify(const QString &sourceId, const QString &name, bool scheduled)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    const auto rows = m_catalog.backups(sourceId);
    if (!rows)
        return unexpected(rows.error());
    const auto row = std::find_if(
        rows->cbegin(), rows->cend(), [&name](const CatalogRow &r) { return r.name == name; });
    if (row == rows->cend())
        return unexpected(ServiceText::tr("%1 has no backup named \"%2\" (as last listed; "
                                          "`dozor backup list --source %1` lists them again)")
                              .arg(sourceId, name));
    CatalogEntry entry;
    entry.name = row->name;
    entry.directory = row->directory;
    const auto made = BackupPlans::verify(*s, entry);
    if (!made)
        return unexpected(made.error());
    JobPlan plan = *made;
    if (scheduled) {
        plan.journalSuccess = false;
        plan.title = ServiceText::tr("Scheduled: %1").arg(plan.title);
    }
    const auto id = m_jobs->start(plan, BackupPlans::environment(*s, m_passwords.value(sourceId)));
    if (id)
        m_verifying.insert(*id, {sourceId, name});
    return id;
}

Expected<qint64> BackupService::backUpNow(const QString &sourceId)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    std::optional<qint64> needed;
    if (const auto rows = m_catalog.backups(sourceId); rows && !rows->isEmpty())
        needed = rows->constFirst().size;
    const auto plan = BackupPlans::backUpNow(*s, QDateTime::currentDateTimeUtc(), needed);
    if (!plan)
        return unexpected(plan.error());
    return m_jobs->start(*plan, BackupPlans::environment(*s, m_passwords.value(sourceId)));
}

Expected<qint64> BackupService::prune(const QString &sourceId, const QStringList &names)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    const auto rows = m_catalog.backups(sourceId);
    if (!rows)
        return unexpected(rows.error());
    for (const QString &name : names) {
        if (std::none_of(rows->cbegin(), rows->cend(),
                [&name](const CatalogRow &r) { return r.name == name; }))
            return unexpected(ServiceText::tr("%1 has no backup named \"%2\" (as last listed)")
                                  .arg(sourceId, name));
    }
    const auto plan = BackupPlans::prune(*s, names);
    if (!plan)
        return unexpected(plan.error());
    return m_jobs->start(*plan, BackupPlans::environment(*s, m_passwords.value(sourceId)));
}

Expected<RetentionPlan> BackupService::policy(const QString &sourceId)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    const auto rows = m_catalog.backups(sourceId);
    if (!rows)
        return unexpected(rows.error());
    QList<RetentionItem> items;
    for (const CatalogRow &r : *rows) {
        const QTimeZone zone =
            s->timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(s->timeZone.toUtf8());
        items.append({r.name, QDateTime::fromMSecsSinceEpoch(r.timeMs, zone)});
    }
    return planRetention(items, s->retention);
}

void BackupService::onJobFinished(const JobInfo &info)
{
    if (m_verifying.contains(info.id)) {
        const auto [sourceId, name] = m_verifying.take(info.id);
        const bool ok = info.state == JobRunner::State::Succeeded;
        // A cancelled or interrupted check says nothing about the backup.
        if (ok || info.state == JobRunner::State::Failed) {
            m_catalog.recordVerification(
                sourceId, name, ok, info.reason, info.endedMs - info.startedMs, info.endedMs);
            Q_EMIT verified(sourceId, name, ok, info.reason);
        }
        if (m_verifyOfBackup.contains(info.id))
            Q_EMIT backupSettled(m_verifyOfBackup.take(info.id), info.id,
                ok ? QString()
                   : ServiceText::tr("the new backup did not pass verification: %1")
                         .arg(info.reason));
        return;
    }
    if (info.plan.kind == QLatin1String("backup") || info.plan.kind == QLatin1String("prune")) {
        const QString sourceId = info.plan.subject;
        if (info.plan.kind == QLatin1String("backup")) {
            if (info.state != JobRunner::State::Succeeded) {
                Q_EMIT backupSettled(info.id, 0, info.reason);
                refresh(sourceId);
                return;
            }
            m_afterBackup.insert(sourceId, info.id);
        }
        refresh(sourceId);
    }
}

} // namespace dozor
