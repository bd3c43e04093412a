#pragma once

#include "JobPlan.h"

#include <QList>
#include <QString>

#include <optional>

namespace dozor {

// Runs a JobPlan as a state machine, like IncidentEngine: events in (start, a step
// finished, the time passed, cancel), actions out (record a step's state, start a step, stop
// one, the job's end), time passed in. No I/O and no clock of its own, so ordering, retry,
// timeout, cancel and undo-in-reverse-order are tested in microseconds; the transport that
// runs the steps only carries the actions out and reports back.
//
// Every step is recorded "running" before it starts (as the alert outbox records
// "sending"), so a job that was running when Dozor died shows as interrupted.
class JobRunner {
public:
    enum class State {
        Pending,
        Running,
        RollingBack,
        Succeeded,
        Failed, // a step failed with on_failure "stop"
        Cancelled, // stopped on request (what was done is undone first when it can be)
        RolledBack, // a step failed and everything done was undone
        RollbackFailed, // … and an undo failed too: the server needs a look
    };
    enum class StepState { Running, Done, Failed, TimedOut, Stopped, WillRetry };

    struct Action {
        enum class Kind {
            Record, // a step's new state, for the history store and the log
            StartStep, // run `step` (its undo when `undo`); report with its runId
            StopStep, // stop run `runId` now (closes the channel, ends the process group)
            Finish, // the job ended in `state`, because of `reason`
        };
        Kind kind = Kind::Record;
        int step = -1; // index in the plan's steps
        bool undo = false; // the step's undo, not the step
        int attempt = 1;
        int runId = 0;
        qint64 deadlineMs = 0; // StartStep: stop it at this time
        JobStep what; // StartStep: the step to run
        StepState stepState = StepState::Running; // Record
        State state = State::Pending; // Finish
        QString reason;
        qint64 atMs = 0;
    };

    explicit JobRunner(JobPlan plan);

    QList<Action> start(qint64 nowMs);
    // The run runId ended (ok: exit status 0 and whatever the step checks). Reports about a
    // run the runner already gave up on (stopped, timed out) are ignored.
    QList<Action> stepFinished(int runId, bool ok, const QString &reason, qint64 nowMs);
    // Deadlines and retry delays: call when nextWakeMs() has come.
    QList<Action> tick(qint64 nowMs);
    // Stops now when the running step is safe to stop (then undoes what was done, newest
    // first); otherwise the cancel waits for the step to end. A rollback is never cancelled.
    QList<Action> cancel(qint64 nowMs);

    const JobPlan &plan() const { return m_plan; }
    State state() const { return m_state; }
    bool isFinished() const;
    QString reason() const { return m_reason; }
    int currentStep() const { return m_index; }
    bool cancelPending() const { return m_cancelRequested && !isFinished(); }
    // When tick() is next needed (a deadline or the end of a retry delay).
    std::optional<qint64> nextWakeMs() const;

private:
    const JobStep &current() const;
    void begin(int index, qint64 nowMs, QList<Action> &out);
    void launch(qint64 nowMs, QList<Action> &out);
    void record(StepState state, const QString &reason, qint64 nowMs, QList<Action> &out);
    void failed(const QString &reason, bool timedOut, qint64 nowMs, QList<Action> &out);
    void stopNow(qint64 nowMs, QList<Action> &out);
    void startUndo(State after, const QString &reason, qint64 nowMs, QList<Action> &out);
    void nextUndo(qint64 nowMs, QList<Action> &out);
    void finish(State state, const QString &reason, qint64 nowMs, QList<Action> &out);
    void nextFinally(qint64 nowMs, QList<Action> &out);

    JobPlan m_plan;
    State m_state = State::Pending;
    QString m_reason;
    int m_index = -1; // the step running or waiting to retry; in a rollback, the one undone
    bool m_undoing = false;
    int m_attempt = 1;
    int m_runId = 0;
    bool m_running = false;
    qint64 m_deadlineMs = 0;
    std::optional<qint64> m_retryAtMs;
    bool m_cancelRequested = false;
    QList<int> m_done; // steps that succeeded, in order
    QList<int> m_undoQueue; // steps still to undo, next first
    State m_afterUndo = State::RolledBack;
    bool m_undoFailed = false;
    bool m_undoRan = false;
    // The plan's finally steps run (m_index past the steps) before the job ends in m_endState.
    bool m_finally = false;
    State m_endState = State::Failed;
};

// The names the history file and --json use ("rolled_back"), and the words users read.
QString jobStateName(JobRunner::State state);
QString jobStepStateName(JobRunner::StepState state);
// "succeeded", "rolled back" … in the language in use; also for the stored names, including
// "interrupted" (a job whose Dozor stopped while it ran).
QString jobStateText(const QString &stateName);

} // namespace dozor
