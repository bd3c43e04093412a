#pragma once

#include "DeployPlans.h"
#include "core/Expected.h"
#include "core/Workspace.h"
#include "jobs/JobManager.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

namespace dozor {

class LocalShellRun;

// Deploys of a workspace's recipes, for the desktop app and the CLI alike. A deploy is made
// in two moves: prepare() builds a static site here (when the recipe says how), reads the
// server's state (live release, lock, record; for a static site the live release's checksums)
// and compares the build with it; start() then runs the plan made from that, inside a grace
// window (checks run and are recorded, no alerts) opened before and closed after the job.
// Lives on the thread of the JobManager it is given.
class DeployService : public QObject {
    Q_OBJECT
public:
    // Opens a grace window for a server (done: its id, or why not) / closes one.
    using GraceOpen = std::function<void(const QString &targetId, qint64 durationMs,
        const QString &reason, std::function<void(const Expected<QString> &)> done)>;
    // Ends a window at endMs (later than now: the checks see the server recover first).
    using GraceClose = std::function<void(const QString &windowId, qint64 endMs)>;

    DeployService(
        JobManager *jobs, JobManager::TransportFactory transports, QObject *parent = nullptr);
    ~DeployService() override;

    // The workspace and its file (the checks after a deploy run `dozor check` on it).
    void setWorkspace(const Workspace &workspace, const QString &workspaceFile);
    // Repository and database passwords by backup source (a recipe's backup first).
    void setBackupPasswords(const QHash<QString, QByteArray> &passwords)
    {
        m_passwords = passwords;
    }
    void setGraceWindows(GraceOpen open, GraceClose close);
    // The program the checks and smoke requests run as (default: this program).
    void setProgram(const QString &program) { m_program = program; }

    struct Request {
        QString targetId;
        QString recipeId;
        QString ref; // app: instead of the recipe's
        QString from; // static: this folder as it is (no build)
        bool rollback = false; // read the state for a rollback (no build, no tree)
        int token = 0; // the caller's name for it (cancelPrepare)
    };
    // What a deploy would change, read now; error set when it cannot be known.
    struct Prepared {
        Request request;
        DeployRecipe recipe;
        DeployPlans::ServerState state;
        std::optional<DeployPlans::StaticChanges> changes;
        QString buildFolder;
        std::shared_ptr<QTemporaryDir> staging;
        QString stamp;
        // The lock is held: by a deploy still running (lockedBy says who), or by one whose
        // Dozor is gone from this computer (stale: the deploy takes it over).
        QString lockedBy;
        bool staleLock = false;
        QString error;
    };
    void prepare(const Request &request, std::function<void(const Prepared &)> done);
    // Stops the build or read under way of the request with that token (0: of every request);
    // its done then says it was cancelled.
    void cancelPrepare(int token = 0);

    Expected<JobPlan> plan(const Prepared &prepared, bool skipChecksBefore) const;
    Expected<JobPlan> rollbackPlan(const Prepared &prepared, const QString &to) const;
    // Opens the grace window and starts the job; done gets its id (or why it did not start).
    void start(const Prepared &prepared, const JobPlan &plan,
        std::function<void(const Expected<qint64> &)> done);

    // The server's recipes (those of the workspace for targetId).
    QList<DeployRecipe> recipes(const QString &targetId) const;

Q_SIGNALS:
    // A line of a build's output, or what prepare is doing now.
    void prepareLine(const QString &line, bool isErr);

private:
    struct Preparing;
    using Done = std::function<void(const Prepared &)>;
    void readServer(
        const std::shared_ptr<Prepared> &p, const std::shared_ptr<Preparing> &run, Done done);
    void compareBuild(
        const std::shared_ptr<Prepared> &p, const std::shared_ptr<Preparing> &run, Done done);
    // The end of a preparation: no longer cancellable; done told (cancelled when it was).
    void prepared(const std::shared_ptr<Prepared> &p, const std::shared_ptr<Preparing> &run,
        const Done &done);
    DeployPlans::DeployOptions optionsFor(const Prepared &prepared) const;
    // How long a grace window stays open after its deploy: long enough for the server's checks
    // to see it recover (an incident opened during the deploy closes quietly) — the slowest
    // check's interval times its recover threshold, plus one interval; 10 s to 15 min.
    qint64 settleMs(const QString &targetId) const;
    void onJobFinished(const JobInfo &info);

    JobManager *m_jobs;
    JobManager::TransportFactory m_transports;
    Workspace m_workspace;
    QString m_workspaceFile;
    QString m_program;
    QHash<QString, QByteArray> m_passwords;
    GraceOpen m_graceOpen;
    GraceClose m_graceClose;
    // Preparations under way, by their request's token: what cancelPrepare stops.
    struct Preparing {
        QPointer<LocalShellRun> build;
        QPointer<JobTransport> reader;
        std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    };
    QMultiHash<int, std::shared_ptr<Preparing>> m_preparing;
    // Threads reading builds: waited for when the service goes (they post to it).
    QList<QPointer<QThread>> m_workers;
    // Running deploys: job id → (grace window, staging folder kept until the job ends).
    struct Running {
        QString windowId;
        std::shared_ptr<QTemporaryDir> staging;
    };
    QHash<qint64, Running> m_running;
};

} // namespace dozor
