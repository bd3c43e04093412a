#include "JobRunner.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct JobText {
    Q_DECLARE_TR_FUNCTIONS(JobRunner)
};
// "REASON; STEP failed: WHY" (a finally step's failure after the job's own reason).
QString appendFailure(const QString &reason, const QString &step, const QString &why)
{
    const QString failure = JobText::tr("%1 failed: %2").arg(step, why);
    return reason.isEmpty() ? failure : JobText::tr("%1; %2").arg(reason, failure);
}
} // namespace

JobRunner::JobRunner(JobPlan plan)
    : m_plan(std::move(plan))
{
}

bool JobRunner::isFinished() const
{
    return m_state != State::Pending && m_state != State::Running && m_state != State::RollingBack;
}

const JobStep &JobRunner::current() const
{
    const JobStep &step = m_plan.stepAt(m_index);
    return m_undoing ? step.undo.constFirst() : step;
}

std::optional<qint64> JobRunner::nextWakeMs() const
{
    if (isFinished())
        return std::nullopt;
    if (m_running)
        return m_deadlineMs;
    return m_retryAtMs;
}

QList<JobRunner::Action> JobRunner::start(qint64 nowMs)
{
    QList<Action> out;
    if (m_state != State::Pending)
        return out;
    m_state = State::Running;
    begin(0, nowMs, out);
    return out;
}

void JobRunner::begin(int index, qint64 nowMs, QList<Action> &out)
{
    if (index >= m_plan.steps.size()) {
        finish(State::Succeeded, QString(), nowMs, out);
        return;
    }
    m_index = index;
    m_attempt = 1;
    launch(nowMs, out);
}

void JobRunner::launch(qint64 nowMs, QList<Action> &out)
{
    m_retryAtMs.reset();
    m_running = true;
    ++m_runId;
    m_deadlineMs = nowMs + qint64 {std::max(1, current().timeoutSec)} * 1000;
    record(StepState::Running, QString(), nowMs, out); // on record before it starts
    Action start;
    start.kind = Action::Kind::StartStep;
    start.step = m_index;
    start.undo = m_undoing;
    start.attempt = m_attempt;
    start.runId = m_runId;
    start.deadlineMs = m_deadlineMs;
    start.what = current();
    start.atMs = nowMs;
    out.append(start);
}

void JobRunner::record(StepState state, const QString &reason, qint64 nowMs, QList<Action> &out)
{
    Action a;
    a.kind = Action::Kind::Record;
    a.step = m_index;
    a.undo = m_undoing;
    a.attempt = m_attempt;
    a.runId = m_runId;
    a.stepState = state;
    a.reason = reason;
    a.atMs = nowMs;
    out.append(a);
}

QList<JobRunner::Action> JobRunner::stepFinished(
    int runId, bool ok, const QString &reason, qint64 nowMs)
{
    QList<Action> out;
    if (!m_running || runId != m_runId || isFinished())
        return out;
    m_running = false;
    if (m_finally) {
        record(ok ? StepState::Done : StepState::Failed, reason, nowMs, out);
        if (!ok)
            m_reason = appendFailure(m_reason, current().name, reason);
        ++m_index;
        nextFinally(nowMs, out);
        return out;
    }
    if (m_undoing) {
        if (!ok)
            m_undoFailed = true;
        record(ok ? StepState::Done : StepState::Failed, reason, nowMs, out);
        nextUndo(nowMs, out);
        return out;
    }
    if (!ok) {
        failed(reason, false, nowMs, out);
        return out;
    }
    record(StepState::Done, reason, nowMs, out);
    m_done.append(m_index);
    if (m_cancelRequested)
        stopNow(nowMs, out);
    else
        begin(m_index + 1, nowMs, out);
    return out;
}

void JobRunner::failed(const QString &reason, bool timedOut, qint64 nowMs, QList<Action> &out)
{
    const JobStep &step = m_plan.steps.at(m_index);
    if (m_attempt <= step.retries && !m_cancelRequested) {
        record(StepState::WillRetry, reason, nowMs, out);
        m_retryAtMs = nowMs + qint64 {std::max(0, step.retryDelaySec)} * 1000;
        return;
    }
    record(timedOut ? StepState::TimedOut : StepState::Failed, reason, nowMs, out);
    const QString why = JobText::tr("%1: %2").arg(step.name, reason);
    switch (step.onFailure) {
    case JobStep::OnFailure::Continue:
        if (m_cancelRequested)
            stopNow(nowMs, out);
        else
            begin(m_index + 1, nowMs, out);
        return;
    case JobStep::OnFailure::Stop:
        finish(State::Failed, why, nowMs, out);
        return;
    case JobStep::OnFailure::RollBack:
        startUndo(State::RolledBack, why, nowMs, out);
        return;
    }
}

QList<JobRunner::Action> JobRunner::tick(qint64 nowMs)
{
    QList<Action> out;
    if (isFinished())
        return out;
    if (m_running && nowMs >= m_deadlineMs) {
        Action stop;
        stop.kind = Action::Kind::StopStep;
        stop.step = m_index;
        stop.undo = m_undoing;
        stop.runId = m_runId;
        stop.atMs = nowMs;
        const QString reason = JobText::tr(
            "did not finish within %n s and was stopped", nullptr, current().timeoutSec);
        stop.reason = reason;
        out.append(stop);
        m_running = false;
        if (m_finally) {
            record(StepState::TimedOut, reason, nowMs, out);
            m_reason = appendFailure(m_reason, current().name, reason);
            ++m_index;
            nextFinally(nowMs, out);
        } else if (m_undoing) {
            m_undoFailed = true;
            record(StepState::TimedOut, reason, nowMs, out);
            nextUndo(nowMs, out);
        } else {
            failed(reason, true, nowMs, out);
        }
        return out;
    }
    if (!m_running && m_retryAtMs && nowMs >= *m_retryAtMs) {
        ++m_attempt;
        launch(nowMs, out);
    }
    return out;
}

QList<JobRunner::Action> JobRunner::cancel(qint64 nowMs)
{
    QList<Action> out;
    if (isFinished() || m_undoing || m_finally)
        return out;
    if (m_state == State::Pending) {
        finish(State::Cancelled, JobText::tr("cancelled before it started"), nowMs, out);
        return out;
    }
    m_cancelRequested = true;
    if (m_running && !current().safeToCancel)
        return out; // stops when this step ends
    if (m_running) {
        Action stop;
        stop.kind = Action::Kind::StopStep;
        stop.step = m_index;
        stop.runId = m_runId;
        stop.reason = JobText::tr("cancelled");
        stop.atMs = nowMs;
        out.append(stop);
        m_running = false;
        record(StepState::Stopped, stop.reason, nowMs, out);
    }
    stopNow(nowMs, out);
    return out;
}

void JobRunner::stopNow(qint64 nowMs, QList<Action> &out)
{
    m_retryAtMs.reset();
    startUndo(State::Cancelled, JobText::tr("cancelled"), nowMs, out);
}

void JobRunner::startUndo(State after, const QString &reason, qint64 nowMs, QList<Action> &out)
{
    m_afterUndo = after;
    m_reason = reason;
    m_undoQueue.clear();
    for (auto it = m_done.crbegin(); it != m_done.crend(); ++it) {
        if (!m_plan.steps.at(*it).undo.isEmpty())
            m_undoQueue.append(*it);
    }
    if (!m_undoQueue.isEmpty())
        m_state = State::RollingBack;
    m_undoing = true;
    nextUndo(nowMs, out);
}

void JobRunner::nextUndo(qint64 nowMs, QList<Action> &out)
{
    if (m_undoQueue.isEmpty()) {
        // A failure with nothing to undo is a plain failure.
        const State end = m_undoFailed                       ? State::RollbackFailed
            : m_afterUndo == State::RolledBack && !m_undoRan ? State::Failed
                                                             : m_afterUndo;
        QString reason = m_reason;
        if (m_undoFailed)
            reason = JobText::tr("%1; undoing it failed too").arg(m_reason);
        finish(end, reason, nowMs, out);
        return;
    }
    m_index = m_undoQueue.takeFirst();
    m_attempt = 1;
    m_undoRan = true;
    launch(nowMs, out);
}

void JobRunner::finish(State state, const QString &reason, qint64 nowMs, QList<Action> &out)
{
    // Nothing ran (cancelled before it started): nothing to end either.
    if (!m_finally && !m_plan.finally.isEmpty() && m_state != State::Pending) {
        m_finally = true;
        m_undoing = false;
        m_endState = state;
        m_reason = reason;
        m_index = int(m_plan.steps.size());
        nextFinally(nowMs, out);
        return;
    }
    m_state = state;
    m_reason = reason;
    m_running = false;
    m_retryAtMs.reset();
    Action end;
    end.kind = Action::Kind::Finish;
    end.state = state;
    end.reason = reason;
    end.atMs = nowMs;
    out.append(end);
}

void JobRunner::nextFinally(qint64 nowMs, QList<Action> &out)
{
    if (m_index >= m_plan.stepCount()) {
        finish(m_endState, m_reason, nowMs, out);
        return;
    }
    m_attempt = 1;
    launch(nowMs, out);
}

QString jobStateName(JobRunner::State state)
{
    switch (state) {
    case JobRunner::State::Pending:
        return QStringLiteral("pending");
    case JobRunner::State::Running:
        return QStringLiteral("running");
    case JobRunner::State::RollingBack:
        return QStringLiteral("rolling_back");
    case JobRunner::State::Succeeded:
        return QStringLiteral("succeeded");
    case JobRunner::State::Failed:
        return QStringLiteral("failed");
    case JobRunner::State::Cancelled:
        return QStringLiteral("cancelled");
    case JobRunner::State::RolledBack:
        return QStringLiteral("rolled_back");
    case JobRunner::State::RollbackFailed:
        return QStringLiteral("rollback_failed");
    }
    return QString();
}

QString jobStepStateName(JobRunner::StepState state)
{
    switch (state) {
    case JobRunner::StepState::Running:
        return QStringLiteral("running");
    case JobRunner::StepState::Done:
        return QStringLiteral("done");
    case JobRunner::StepState::Failed:
        return QStringLiteral("failed");
    case JobRunner::StepState::TimedOut:
        return QStringLiteral("timed_out");
    case JobRunner::StepState::Stopped:
        return QStringLiteral("stopped");
    case JobRunner::StepState::WillRetry:
        return QStringLiteral("will_retry");
    }
    return QString();
}

QString jobStateText(const QString &name)
{
    static const std::pair<const char *, const char *> texts[] = {
        {"pending", QT_TRANSLATE_NOOP("JobRunner", "waiting")},
        {"running", QT_TRANSLATE_NOOP("JobRunner", "running")},
        {"rolling_back", QT_TRANSLATE_NOOP("JobRunner", "rolling back")},
        {"succeeded", QT_TRANSLATE_NOOP("JobRunner", "succeeded")},
        {"failed", QT_TRANSLATE_NOOP("JobRunner", "failed")},
        {"cancelled", QT_TRANSLATE_NOOP("JobRunner", "cancelled")},
        {"rolled_back", QT_TRANSLATE_NOOP("JobRunner", "rolled back")},
        {"rollback_failed", QT_TRANSLATE_NOOP("JobRunner", "rollback failed")},
        {"interrupted", QT_TRANSLATE_NOOP("JobRunner", "interrupted")},
    };
    for (const auto &[key, text] : texts) {
        if (name == QLatin1String(key))
            return QCoreApplication::translate("JobRunner", text);
    }
    return name;
}

} // namespace dozor
