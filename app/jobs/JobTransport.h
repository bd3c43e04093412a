#pragma once

#include "core/Expected.h"
#include "core/Workspace.h"
#include "remote/SshHost.h"
#include "remote/SshTypes.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace dozor {

class LocalShellRun;

// Where a job's steps run: a script for POSIX sh, fed on the shell's stdin (so the secrets
// it sets never show on a command line), its output streamed while it runs. One interface
// for a server over SSH and for this computer; the job manager only talks to this.
class JobTransport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Runs script; timeoutMs is a safety net only (the job runner stops a step at its own
    // deadline). finished() follows for every start, after the last outputArrived().
    virtual void start(int runId, const QByteArray &script, int timeoutMs) = 0;
    // Stops the run and every process it started; finished() then says "cancelled".
    virtual void stop(int runId) = 0;
    // A short run whose output is wanted whole (a listing): over SSH in a subshell of the
    // session's kept shell, so a transport kept between runs pays for no login or new shell;
    // its output arrives at the end, cut at outCap. Streamed like start() elsewhere.
    virtual void runCollected(int runId, const QByteArray &script, int timeoutMs, qsizetype outCap)
    {
        Q_UNUSED(outCap)
        start(runId, script, timeoutMs);
    }

    // Copies a file or folder (see copyFileTree: never overwrites, complete or not at all),
    // its bytes reported as progressed(); stop(runId) cancels it; finished() as for start(),
    // with a line saying what was copied as its output.
    virtual void transfer(int runId, const FileTransfer &what, int timeoutMs) = 0;

Q_SIGNALS:
    void outputArrived(int runId, const QByteArray &chunk, bool isErr);
    void progressed(int runId, qint64 done, qint64 total);
    void finished(int runId, const dozor::RemoteRunResult &result);
};

// A server's steps, on an SSH session of the transport's own: a 40-minute backup never
// delays that server's probes.
class SshJobTransport final : public JobTransport {
    Q_OBJECT
public:
    SshJobTransport(
        const QString &targetId, const SshConnectSettings &settings, QObject *parent = nullptr);

    void start(int runId, const QByteArray &script, int timeoutMs) override;
    void stop(int runId) override;
    void runCollected(
        int runId, const QByteArray &script, int timeoutMs, qsizetype outCap) override;
    void transfer(int runId, const FileTransfer &what, int timeoutMs) override;

private:
    SshHost m_host;
    QHash<int, quint64> m_runs;
};

// This computer's steps (a local target, or a step that runs here). A transfer is a copy
// from one place here to another, on a thread of its own.
class LocalJobTransport final : public JobTransport {
    Q_OBJECT
public:
    using JobTransport::JobTransport;
    ~LocalJobTransport() override;

    void start(int runId, const QByteArray &script, int timeoutMs) override;
    void stop(int runId) override;
    void transfer(int runId, const FileTransfer &what, int timeoutMs) override;

private:
    struct Copy;
    void pollCopies();

    QHash<int, QPointer<LocalShellRun>> m_runs;
    QHash<int, std::shared_ptr<Copy>> m_copies;
    QTimer *m_copyPoll = nullptr;
};

// Transports for a workspace's servers: a target with an SSH login gets an SshJobTransport
// with the settings sshSettings gives (known hosts, secrets), "this computer" the local
// shell. The workspace is copied: later edits do not reach jobs already made.
std::function<Expected<JobTransport *>(const QString &targetId)> transportsFor(
    const Workspace &workspace, std::function<SshConnectSettings(const Target &)> sshSettings);

} // namespace dozor
