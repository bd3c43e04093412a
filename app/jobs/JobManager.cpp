#include "JobManager.h"

#include "JobTransport.h"
#include "core/DurationText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dozor {

namespace {
struct ManagerText {
    Q_DECLARE_TR_FUNCTIONS(JobManager)
};

// Finished jobs kept in memory for info() and log() (the history file keeps them all).
constexpr int finishedJobsKept = 50;
constexpr qint64 tailWriteEveryMs = 5000;
// The transport's own deadline, past the runner's: a safety net only.
constexpr int transportGraceMs = 30'000;

AlertLevel severityOf(const QString &state)
{
    if (state == QLatin1String("succeeded") || state == QLatin1String("cancelled"))
        return AlertLevel::Info;
    if (state == QLatin1String("rollback_failed") || state == QLatin1String("interrupted"))
        return AlertLevel::Critical;
    return AlertLevel::Warning;
}

QString stepKey(int step, bool undo, int attempt)
{
    return QStringLiteral("%1/%2/%3").arg(step).arg(int(undo)).arg(attempt);
}
} // namespace

bool JobInfo::isFinished() const
{
    return state != JobRunner::State::Pending && state != JobRunner::State::Running
        && state != JobRunner::State::RollingBack;
}

struct JobManager::Job {
    explicit Job(const JobPlan &plan)
        : runner(plan)
    {
    }
    qint64 id = 0;
    JobRunner runner;
    QList<JobSecret> secrets;
    JobTransport *remote = nullptr;
    JobTransport *local = nullptr;
    int runId = 0; // the run output belongs to
    JobStep running; // the step of that run
    bool skipped = false; // the run said its step's skipLine
    JobLogLines outLines, errLines;
    QString lastErrLine;
    QStringList lastErrLines;
    QStringList log;
    QString tail; // what the history file gets
    QHash<QString, qint64> stepStarts;
    QStringList summary; // "name: done (3 s)", for the journal entry
    int stepsDone = 0;
    qint64 startedMs = 0;
    qint64 endedMs = 0;
    qint64 tailWrittenMs = 0;
    qint64 bytesDone = 0; // of the running transfer step
    qint64 bytesTotal = -1;
};

JobManager::JobManager(QString historyPath, TransportFactory factory, QObject *parent)
    : QObject(parent)
    , m_book(std::move(historyPath))
    , m_factory(std::move(factory))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_timer(this) // a child: moves with the manager to its thread
{
    qRegisterMetaType<JobInfo>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobManager::wake);
}

JobManager::~JobManager()
{
    // Transports are children: their runs are cancelled (SSH) or killed (local) with them.
    for (auto &[id, job] : m_jobs) {
        if (job->runner.isFinished())
            continue;
        const Expected<void> recorded = m_book.finish(id, QStringLiteral("interrupted"),
            ManagerText::tr("Dozor stopped while this job was running"), job->tail, now());
        Q_UNUSED(recorded)
    }
}

Expected<QList<JobRecord>> JobManager::open()
{
    if (auto opened = m_book.open(); !opened)
        return unexpected(opened.error());
    const qint64 at = now();
    auto settled = m_book.settleInterrupted(at,
        ManagerText::tr("Dozor stopped while this job was running (it was closed, crashed "
                        "or the computer went to sleep); check the server before running "
                        "it again"));
    if (!settled)
        return settled;
    for (const JobRecord &job : std::as_const(*settled)) {
        JournalEntry entry;
        entry.title = ManagerText::tr("%1: interrupted").arg(job.title);
        entry.severity = AlertLevel::Critical;
        entry.targetId = job.targetId;
        entry.startedMs = job.startedMs;
        entry.endedMs = at;
        entry.what = job.reason;
        entry.source = QStringLiteral("dozor:job:%1").arg(job.id);
        if (auto added = m_book.journal().addEntry(entry, at); !added)
            return unexpected(added.error());
        // A grace window the job opened (a deploy's) ends with it: alerts come back now, not
        // when it would have run out.
        if (const QString window = job.details.value(QStringLiteral("grace_window")).toString();
            !window.isEmpty())
            m_book.journal().stopMaintenance(window, QString(), at);
    }
    return settled;
}

Expected<qint64> JobManager::start(const JobPlan &plan, const QList<JobSecret> &secrets)
{
    if (plan.steps.isEmpty())
        return unexpected(ManagerText::tr("the job has no steps"));
    auto job = std::make_unique<Job>(plan);
    job->secrets = secrets;
    job->startedMs = now();
    JobRecord record;
    record.kind = plan.kind;
    record.targetId = plan.targetId;
    record.subject = plan.subject;
    record.title = plan.title;
    record.details = plan.details;
    for (int i = 0; i < plan.stepCount(); ++i)
        record.stepNames.append(plan.stepAt(i).name);
    record.state = jobStateName(JobRunner::State::Running);
    record.startedMs = job->startedMs;
    record.user = m_user;
    record.ownerPid = QCoreApplication::applicationPid();
    const Expected<qint64> id = m_book.create(record);
    if (!id)
        return id;
    job->id = *id;
    Job &ref = *job;
    m_jobs.emplace(*id, std::move(job));
    apply(ref, ref.runner.start(now()));
    // Finished jobs beyond the newest few are forgotten here (the history file has them).
    int finished = 0;
    for (auto it = m_jobs.rbegin(); it != m_jobs.rend(); ++it)
        finished += it->second->runner.isFinished() ? 1 : 0;
    for (auto it = m_jobs.begin(); it != m_jobs.end() && finished > finishedJobsKept;) {
        if (it->second->runner.isFinished()) {
            it = m_jobs.erase(it);
            --finished;
        } else {
            ++it;
        }
    }
    return *id;
}

void JobManager::cancel(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->second->runner.isFinished())
        return;
    Job &job = *it->second;
    const bool waits = !job.runner.cancelPending();
    QList<JobRunner::Action> actions = job.runner.cancel(now());
    if (waits && job.runner.cancelPending())
        addLine(job,
            ManagerText::tr("Cancel asked: the job stops after this step, which is not safe "
                            "to interrupt"),
            false);
    apply(job, std::move(actions));
}

void JobManager::apply(Job &job, QList<JobRunner::Action> actions)
{
    if (actions.isEmpty())
        return;
    bool ended = false;
    while (!actions.isEmpty()) {
        const JobRunner::Action a = actions.takeFirst();
        switch (a.kind) {
        case JobRunner::Action::Kind::Record: {
            const JobStep &planned = job.runner.plan().stepAt(a.step);
            const QString name =
                a.undo && !planned.undo.isEmpty() ? planned.undo.constFirst().name : planned.name;
            const QString key = stepKey(a.step, a.undo, a.attempt);
            JobStepRecord r;
            r.step = a.step;
            r.undo = a.undo;
            r.attempt = a.attempt;
            r.name = name;
            r.state = jobStepStateName(a.stepState);
            if (a.stepState == JobRunner::StepState::Done && a.runId == job.runId && job.skipped)
                r.state = QStringLiteral("skipped");
            r.reason = maskSecrets(a.reason, job.secrets);
            if (a.stepState == JobRunner::StepState::Running) {
                job.stepStarts.insert(key, a.atMs);
                r.startedMs = a.atMs;
                addLine(job,
                    a.undo              ? ManagerText::tr("== Undo: %1").arg(name)
                        : a.attempt > 1 ? ManagerText::tr("== %1 (try %2)").arg(name).arg(a.attempt)
                                        : ManagerText::tr("== %1").arg(name),
                    false);
            } else {
                r.startedMs = job.stepStarts.value(key, a.atMs);
                r.endedMs = a.atMs;
                if (a.stepState == JobRunner::StepState::Done && !a.undo)
                    ++job.stepsDone;
                const QString took = formatDuration(std::max<qint64>(0, r.endedMs - r.startedMs));
                const QString line = r.reason.isEmpty()
                    ? ManagerText::tr("%1: %2 (%3)").arg(name, r.state, took)
                    : ManagerText::tr("%1: %2 (%3): %4").arg(name, r.state, took, r.reason);
                job.summary.append(line);
                if (a.stepState != JobRunner::StepState::Done)
                    addLine(job, line, true);
            }
            recorded(job.id, m_book.recordStep(job.id, r));
            if (a.stepState != JobRunner::StepState::Running) {
                job.tailWrittenMs = a.atMs;
                recorded(job.id, m_book.setLogTail(job.id, job.tail));
            }
            break;
        }
        case JobRunner::Action::Kind::StartStep:
            startStep(job, a);
            break;
        case JobRunner::Action::Kind::StopStep:
            // Run ids are unique within a job: the transport that does not have it ignores it.
            for (JobTransport *transport : {job.remote, job.local}) {
                if (transport)
                    transport->stop(a.runId);
            }
            break;
        case JobRunner::Action::Kind::Finish:
            finishJob(job, a);
            ended = true;
            break;
        }
        // A step that could not even start reports at once; its actions go on this queue.
        if (a.kind == JobRunner::Action::Kind::StartStep && job.runId < 0) {
            const QString why = job.lastErrLine;
            job.runId = 0;
            actions.append(job.runner.stepFinished(a.runId, false, why, now()));
        }
    }
    Q_EMIT jobChanged(infoOf(job));
    if (ended)
        Q_EMIT jobFinished(infoOf(job));
    schedule();
}

void JobManager::startStep(Job &job, const JobRunner::Action &a)
{
    job.outLines = {};
    job.errLines = {};
    job.lastErrLine.clear();
    job.lastErrLines.clear();
    job.bytesDone = 0;
    job.bytesTotal = -1;
    const auto cannot = [&](const QString &why) {
        job.lastErrLine = why;
        job.runId = -1;
    };
    const JobStep::Action action = a.what.action;
    const bool transfer = action == JobStep::Action::Upload || action == JobStep::Action::Download;
    QByteArray script;
    if (!transfer) {
        const auto made = a.what.script.isEmpty()
            ? JobScript::forStep(a.what, job.secrets)
            : JobScript::forShell(a.what.script, a.what.argv, job.secrets);
        if (!made)
            return cannot(made.error());
        script = *made;
    }
    JobTransport *&slot = action == JobStep::Action::Local ? job.local : job.remote;
    if (!slot) {
        if (action == JobStep::Action::Local) {
            slot = new LocalJobTransport(this);
        } else {
            const Expected<JobTransport *> made = m_factory
                ? m_factory(job.runner.plan().targetId)
                : Expected<JobTransport *>(unexpected(ManagerText::tr("no transport")));
            if (!made)
                return cannot(made.error());
            slot = *made;
            slot->setParent(this);
        }
        const qint64 jobId = job.id;
        connect(slot, &JobTransport::outputArrived, this,
            [this, jobId](int runId, const QByteArray &chunk, bool isErr) {
                onOutput(jobId, runId, chunk, isErr);
            });
        connect(slot, &JobTransport::progressed, this,
            [this, jobId](
                int runId, qint64 done, qint64 total) { onProgress(jobId, runId, done, total); });
        connect(slot, &JobTransport::finished, this,
            [this, jobId](
                int runId, const RemoteRunResult &result) { onFinished(jobId, runId, result); });
    }
    job.runId = a.runId;
    job.running = a.what;
    job.skipped = false;
    const qint64 timeoutMs = std::max<qint64>(1000, a.deadlineMs - a.atMs) + transportGraceMs;
    const int cappedMs = int(std::min<qint64>(timeoutMs, INT_MAX));
    if (transfer) {
        FileTransfer what;
        what.upload = action == JobStep::Action::Upload;
        what.localPath = what.upload ? a.what.source : a.what.destination;
        what.remotePath = what.upload ? a.what.destination : a.what.source;
        slot->transfer(a.runId, what, cappedMs);
    } else {
        slot->start(a.runId, script, cappedMs);
    }
}

void JobManager::onProgress(qint64 jobId, int runId, qint64 done, qint64 total)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || runId != it->second->runId)
        return;
    Job &job = *it->second;
    job.bytesDone = done;
    job.bytesTotal = total;
    Q_EMIT jobChanged(infoOf(job));
}

void JobManager::onOutput(qint64 jobId, int runId, const QByteArray &chunk, bool isErr)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    if (runId != job.runId)
        return; // a run that was stopped, still draining
    const QStringList lines = (isErr ? job.errLines : job.outLines).append(chunk);
    const QString &skipLine = job.running.skipLine;
    for (const QString &line : lines) {
        if (!isErr && !skipLine.isEmpty() && line == skipLine)
            job.skipped = true;
        addLine(job, line, isErr);
    }
    if (isErr)
        rememberErrors(job, lines);
    if (now() - job.tailWrittenMs >= tailWriteEveryMs) {
        job.tailWrittenMs = now();
        recorded(job.id, m_book.setLogTail(job.id, job.tail));
    }
}

void JobManager::onFinished(qint64 jobId, int runId, const RemoteRunResult &result)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    if (runId == job.runId) {
        for (const QString &line : job.outLines.flush()) {
            if (!job.running.skipLine.isEmpty() && line == job.running.skipLine)
                job.skipped = true;
            addLine(job, line, false);
        }
        const QStringList rest = job.errLines.flush();
        for (const QString &line : rest)
            addLine(job, line, true);
        rememberErrors(job, rest);
    }
    const bool ok = result.completed() && result.exitStatus == 0;
    QString reason;
    if (!result.completed())
        reason = result.error;
    else if (!ok)
        reason = job.lastErrLine.isEmpty()
            ? ManagerText::tr("exited with status %1").arg(result.exitStatus.value_or(-1))
            : ManagerText::tr("exited with status %1: %2")
                  .arg(result.exitStatus.value_or(-1))
                  .arg(job.lastErrLine);
    apply(job, job.runner.stepFinished(runId, ok, maskSecrets(reason, job.secrets), now()));
}

void JobManager::rememberErrors(Job &job, const QStringList &lines)
{
    // The last few stderr lines say why (tar's cause comes before its "exiting now").
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        job.lastErrLines.append(maskSecrets(line.trimmed(), job.secrets));
        if (job.lastErrLines.size() > 3)
            job.lastErrLines.removeFirst();
    }
    job.lastErrLine = job.lastErrLines.join(QStringLiteral(" / ")).right(400);
}

void JobManager::addLine(Job &job, const QString &rawLine, bool isErr)
{
    const QString line = maskSecrets(rawLine, job.secrets);
    job.log.append(line);
    if (job.log.size() > logLinesKept)
        job.log.remove(0, job.log.size() - logLinesKept);
    job.tail += line + QLatin1Char('\n');
    if (job.tail.size() > 2 * JobBook::logTailChars)
        job.tail = job.tail.right(JobBook::logTailChars);
    Q_EMIT jobLog(job.id, line, isErr);
}

void JobManager::finishJob(Job &job, const JobRunner::Action &end)
{
    job.endedMs = end.atMs;
    const QString state = jobStateName(end.state);
    const QString reason = maskSecrets(end.reason, job.secrets);
    addLine(job,
        reason.isEmpty() ? ManagerText::tr("Job %1.").arg(jobStateText(state))
                         : ManagerText::tr("Job %1: %2").arg(jobStateText(state), reason),
        end.state != JobRunner::State::Succeeded);
    recorded(job.id, m_book.finish(job.id, state, reason, job.tail, end.atMs));
    JournalEntry entry;
    entry.title = ManagerText::tr("%1: %2").arg(job.runner.plan().title, jobStateText(state));
    entry.severity = severityOf(state);
    entry.targetId = job.runner.plan().targetId;
    entry.startedMs = job.startedMs;
    entry.endedMs = end.atMs;
    entry.what = (reason.isEmpty() ? QString() : reason + QStringLiteral("\n\n"))
        + job.summary.join(QLatin1Char('\n'));
    entry.source = QStringLiteral("dozor:job:%1").arg(job.id);
    entry.incidentId = job.runner.plan().incidentId;
    const bool quiet =
        end.state == JobRunner::State::Succeeded && !job.runner.plan().journalSuccess;
    if (!quiet) {
        if (auto added = m_book.journal().addEntry(entry, end.atMs); !added)
            Q_EMIT recordFailed(job.id, added.error());
    }
    for (JobTransport *transport : {job.remote, job.local}) {
        if (transport) {
            transport->disconnect(this);
            transport->deleteLater();
        }
    }
    job.remote = job.local = nullptr;
}

void JobManager::recorded(qint64 jobId, const Expected<void> &result)
{
    if (!result)
        Q_EMIT recordFailed(jobId, result.error());
}

JobInfo JobManager::infoOf(const Job &job) const
{
    JobInfo info;
    info.id = job.id;
    info.plan = job.runner.plan();
    info.state = job.runner.state();
    info.step = job.runner.currentStep();
    info.stepsDone = job.stepsDone;
    info.cancelRequested = job.runner.cancelPending();
    info.reason = job.runner.reason();
    info.startedMs = job.startedMs;
    info.endedMs = job.endedMs;
    info.undoing = job.runner.state() == JobRunner::State::RollingBack;
    info.bytesDone = job.bytesDone;
    info.bytesTotal = job.bytesTotal;
    return info;
}

std::optional<JobInfo> JobManager::info(qint64 jobId) const
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return std::nullopt;
    return infoOf(*it->second);
}

QList<JobInfo> JobManager::jobs() const
{
    QList<JobInfo> all;
    for (const auto &[id, job] : m_jobs)
        all.append(infoOf(*job));
    return all;
}

QStringList JobManager::log(qint64 jobId) const
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? QStringList() : it->second->log;
}

bool JobManager::hasRunningJobs() const
{
    for (const auto &[id, job] : m_jobs) {
        if (!job->runner.isFinished())
            return true;
    }
    return false;
}

void JobManager::wake()
{
    const qint64 at = now();
    for (auto &[id, job] : m_jobs) {
        const auto due = job->runner.nextWakeMs();
        if (due && *due <= at)
            apply(*job, job->runner.tick(at));
    }
    schedule();
}

void JobManager::schedule()
{
    std::optional<qint64> next;
    for (const auto &[id, job] : m_jobs) {
        if (const auto due = job->runner.nextWakeMs())
            next = next ? std::min(*next, *due) : *due;
    }
    if (!next) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(*next - now(), 0, 24 * 3600 * 1000)));
}

} // namespace dozor
