#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dozor {

// One step of a job, run on the job's server (or this computer).
struct JobStep {
    enum class Action {
        Remote, // argv on the server (quoted with ShellQuote when it runs)
        Upload, // source (here) → destination (on the server), over SFTP
        Download, // source (on the server) → destination (here)
        Local, // argv on this computer
    };
    // What a failure of this step does to the job.
    enum class OnFailure {
        Stop, // the job fails; what was done stays
        RollBack, // the steps done so far are undone, newest first
        Continue, // noted, and the next step runs
    };

    QString name; // "Stop gunicorn", for the log and the progress line
    QString tag; // what the step is to the code that planned it ("migrate"); not shown
    // A line of its output that says it had nothing to do: the run is then recorded
    // "skipped", not "done" (a migrations step in a release without manage.py).
    QString skipLine;
    Action action = Action::Remote;
    QList<QByteArray> argv;
    // Not empty: a shell script of the planner's own, run as it is with argv as its positional
    // words ("$1"…; JobScript::forShell): argv may then be long (thousands of paths), as it
    // never passes through an exec's argument limit.
    QByteArray script;
    QString source;
    QString destination;
    int timeoutSec = 600;
    OnFailure onFailure = OnFailure::Stop;
    // Cancel may stop this step while it runs; otherwise a cancel waits until it ends.
    bool safeToCancel = true;
    int retries = 0; // tries again this many times after a failure …
    int retryDelaySec = 5; // … this long after it
    // What puts this step's change back (run newest first when the job rolls back); empty:
    // nothing to undo. An undo step's own undo is never run.
    QList<JobStep> undo;
};

// What a job will do: a plain value, expanded from a recipe (a backup source, a restore, a
// deploy) in pure code and shown to the user before it runs — the runner runs exactly this.
struct JobPlan {
    QString kind; // "backup", "verify", "restore", "deploy"
    QString targetId;
    QString subject; // what it is for: the backup source's id, the recipe's …
    QString title; // "Back up full on web1"
    QList<JobStep> steps;
    // A journal entry when it succeeds too (a scheduled check that passes says nothing).
    bool journalSuccess = true;
    QString incidentId; // the incident it was started for: its journal entry links to it
    QJsonObject details; // kept with the job in the history file (JobRecord::details)
    // Run when the job ends, whatever the end (a deploy's lock released): after the last
    // step, a failure, a cancel or a rollback; not after an interruption (Dozor died). A
    // failure of one is noted in the job's reason and does not change how the job ended.
    // Their indices follow the steps'.
    QList<JobStep> finally;

    int stepCount() const { return int(steps.size() + finally.size()); }
    // A step by index: steps, then finally.
    const JobStep &stepAt(int index) const
    {
        return index < steps.size() ? steps.at(index) : finally.at(index - steps.size());
    }
};

} // namespace dozor
