#pragma once

#include "core/BootWatch.h"
#include "core/CheckResult.h"
#include "core/HostCheckEvaluator.h"
#include "core/Workspace.h"
#include "remote/SshTypes.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace dozor {

class BackupService;
class SshHosts;
struct ProbeScript;

// Runs checks once, asynchronously, and emits one result per check. Host checks of the
// same target that are due together (resources, services, processes, paths, logs) share
// one probe run; command checks run their own command. Never blocks the thread it lives
// on; every run has a deadline, so every started check produces a result.
class CheckExecutor : public QObject {
    Q_OBJECT
public:
    CheckExecutor(Workspace workspace, QString baseDir, QObject *parent = nullptr);
    ~CheckExecutor() override;

    const Workspace &workspace() const { return m_workspace; }
    // Checks started from now on use this workspace. Runs in flight of checks that did not
    // change report as usual; those whose check or server changed (or went away) are
    // outdated, and their results are dropped. A log check keeps its read position unless
    // its file changed.
    void setWorkspace(const Workspace &workspace);
    // Read positions of log checks from an earlier run (the history), for checks that have
    // none yet.
    void seedLogCursors(const QHash<QString, LogCursor> &cursors);
    // When servers reached over SSH booted according to the history (the last uptime
    // sample of each uptime check, by check id): a sample from a later boot is a reboot seen.
    void seedBootTimes(const QHash<QString, qint64> &bootAtMsByCheck);

    // The SSH connections to use; kept by the caller across executors. Without one the
    // executor makes its own (a one-shot `dozor check`).
    void setSshHosts(SshHosts *hosts) { m_ssh = hosts; }
    SshHosts *sshHosts();
    // The backup catalog backup checks list and read (on this thread; kept by the caller).
    // Without one a backup check says it cannot run here.
    void setBackups(BackupService *backups) { m_backups = backups; }

    // Starts the given checks (ids of this workspace); checks already running are skipped
    // and returned in the result so the caller can tell.
    QStringList run(const QStringList &checkIds);
    bool isRunning(const QString &checkId) const { return m_running.contains(checkId); }

    // Runs the check's remediation on its server, on a channel of its own with the
    // remediation's timeout; done gets the run (or error set when it could not start).
    using RunDone = std::function<void(const RemoteRunResult &)>;
    void runRemediation(const CheckSpec &check, RunDone done);

Q_SIGNALS:
    void resultReady(const dozor::CheckResult &result);
    // Emitted when the last running check has produced its result.
    void idle();

private:
    // A /proc/stat reading of a host, the boot it was taken in and when. CPU use is measured
    // between it and the next sample's, so the probe needs one reading and no pause.
    struct CpuReading {
        CpuTimes times;
        QByteArray bootId;
        qint64 atMs = 0;
    };
    void runHttp(const CheckSpec &check);
    // One probe run for the host checks of one target, evaluated together.
    void runProbe(const QList<CheckSpec> &checks);
    void runCommand(const CheckSpec &check);
    // Lists the check's backup source on its server, then judges the catalog.
    void runBackup(const CheckSpec &check);
    // Feeds script to the target's shell: over SSH, or a local /bin/sh.
    void runOnTarget(const QString &targetId, const QByteArray &script, bool ownChannel,
        int timeoutMs, qsizetype outCap, RunDone done);
    void evaluateProbe(const QList<CheckSpec> &checks, qint64 startedMs, const RemoteRunResult &run,
        const ProbeScript &probe, const std::optional<CpuReading> &cpuBaseline,
        const Target &target);
    void deliver(CheckResult result, qint64 startedMs, qint64 durationMs);

    Workspace m_workspace;
    QString m_baseDir;
    SshHosts *m_ssh = nullptr;
    BackupService *m_backups = nullptr;
    // Whether a run under the check's current definition delivers now.
    bool isCurrent(const QString &checkId) const;

    QHash<QString, quint64> m_running; // check id → the definition it was started under
    QHash<QString, quint64> m_definition; // check id → bumped on every edit of the check
    QHash<QString, LogCursor> m_logCursors; // by check id: where each log was read up to
    QHash<QString, CpuReading> m_cpuReadings; // by target id: the last sample's
    BootWatch m_boots; // by target id
};

} // namespace dozor
