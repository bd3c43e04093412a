#pragma once

#include "JobPlan.h"
#include "JobRunner.h"
#include "JobScript.h"
#include "core/Expected.h"
#include "remote/SshTypes.h"
#include "store/JobBook.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace dozor {

class JobTransport;

// How a job is doing, for a progress bar and a Jobs view.
struct JobInfo {
    qint64 id = 0;
    JobPlan plan;
    JobRunner::State state = JobRunner::State::Pending;
    int step = -1; // the step running (or being undone)
    bool undoing = false;
    int stepsDone = 0;
    bool cancelRequested = false;
    QString reason;
    qint64 startedMs = 0;
    qint64 endedMs = 0;
    // The running step's bytes when it is a transfer (total -1: not a transfer, or not
    // known yet).
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;

    bool isFinished() const;
};

// Runs jobs: each a JobRunner fed by a transport of the job's own (its own SSH session per
// job, or this computer's shell), every step recorded in the history file before it starts,
// output masked of secrets and kept as a bounded log, the end recorded with a journal entry.
// Never blocks on the network; the history file is written on the thread it lives on, so
// the desktop app keeps it on a thread of its own (MonitorEngine) and the CLI on its main
// thread. Owned by the engine, not the scheduler: a workspace edit never orphans a job.
class JobManager : public QObject {
    Q_OBJECT
public:
    // A transport for the job's server (SshJobTransport, or LocalJobTransport for this
    // computer); nothing, with why, when the server cannot be reached that way.
    using TransportFactory = std::function<Expected<JobTransport *>(const QString &targetId)>;
    // The newest log lines kept in memory per job (the history file keeps JobBook's tail).
    static constexpr int logLinesKept = 2000;

    JobManager(QString historyPath, TransportFactory factory, QObject *parent = nullptr);
    ~JobManager() override;

    // Opens the history file; jobs left running by a Dozor that died become interrupted and
    // are returned (with a journal entry each).
    Expected<QList<JobRecord>> open();
    // The time source (tests); the wall clock by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // The local user recorded with each job.
    void setUser(const QString &user) { m_user = user; }

    // Records the job and starts it; its id. secrets reach every step's environment.
    Expected<qint64> start(const JobPlan &plan, const QList<JobSecret> &secrets = {});
    // Stops at once when the running step is safe to stop, else when it ends; what was done
    // is undone newest first.
    void cancel(qint64 jobId);

    std::optional<JobInfo> info(qint64 jobId) const;
    QList<JobInfo> jobs() const; // running and finished in this session, oldest first
    QStringList log(qint64 jobId) const;
    bool hasRunningJobs() const;
    JobBook &book() { return m_book; }

Q_SIGNALS:
    void jobChanged(const dozor::JobInfo &info);
    void jobLog(qint64 jobId, const QString &line, bool isErr);
    void jobFinished(const dozor::JobInfo &info);
    // Recording failed (a full disk): the job goes on, but its record may be incomplete.
    void recordFailed(qint64 jobId, const QString &error);

private:
    struct Job;
    void apply(Job &job, QList<JobRunner::Action> actions);
    void startStep(Job &job, const JobRunner::Action &action);
    void onOutput(qint64 jobId, int runId, const QByteArray &chunk, bool isErr);
    void onProgress(qint64 jobId, int runId, qint64 done, qint64 total);
    void onFinished(qint64 jobId, int runId, const RemoteRunResult &result);
    void addLine(Job &job, const QString &line, bool isErr);
    void rememberErrors(Job &job, const QStringList &lines);
    void finishJob(Job &job, const JobRunner::Action &end);
    void recorded(qint64 jobId, const Expected<void> &result);
    JobInfo infoOf(const Job &job) const;
    void wake();
    void schedule();
    qint64 now() const { return m_clock(); }

    JobBook m_book;
    TransportFactory m_factory;
    std::function<qint64()> m_clock;
    QString m_user;
    std::map<qint64, std::unique_ptr<Job>> m_jobs;
    QTimer m_timer;
};

} // namespace dozor

Q_DECLARE_METATYPE(dozor::JobInfo)
