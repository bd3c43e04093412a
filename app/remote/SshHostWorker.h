#pragma once

#include "RemoteShell.h"
#include "SshSession.h"
#include "SshTypes.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace dozor {

// One server's SSH connection, on a thread of its own (SshHost starts it): keeps one
// authenticated session and one persistent shell, runs what it is asked to in order, and
// reconnects with jittered exponential backoff. Every libssh call blocks this thread only.
// Calls come in queued from SshHost; results leave as signals.
class SshHostWorker : public QObject {
    Q_OBJECT
public:
    SshHostWorker(SshConnectSettings settings, std::shared_ptr<const std::atomic_bool> cancel,
        std::shared_ptr<RunBoard> board = {});
    ~SshHostWorker() override;

    // Backoff: the n-th consecutive failure waits between half and all of
    // min(cap, base·2^(n−1)).
    static qint64 backoffMs(int failures, double jitter01);

    void setSettings(const SshConnectSettings &settings);
    // setSettings() with what SshHost put on the RunBoard (nothing when it was taken already).
    void takeSettings();
    // isolated: in a subshell (the script may exit, cd or exec).
    // The run's bytes come from the RunBoard (put there by SshHost under its lock).
    void runScript(quint64 id, int timeoutMs, qsizetype outCap, bool isolated = false);
    void runCommand(quint64 id, int timeoutMs, qsizetype outCap);
    // Runs command with input on its stdin, its output streamed as outputArrived (gathered
    // for up to 100 ms or 64 KiB at a time); a cancel of id (RunBoard) stops it and its
    // process group.
    void runStream(quint64 id, int timeoutMs);
    // Copies the RunBoard's FileTransfer of id over SFTP on this session, its bytes reported
    // as transferProgress (at most every 100 ms); a cancel of id stops it between blocks and
    // removes what it wrote.
    void runTransfer(quint64 id, int timeoutMs);
    // Forgets the backoff (a host key was just accepted, or "Test connection").
    void retryNow();

Q_SIGNALS:
    void finished(quint64 id, const dozor::RemoteRunResult &result);
    void outputArrived(quint64 id, const QByteArray &chunk, bool isErr);
    void transferProgress(quint64 id, qint64 done, qint64 total);
    void statusChanged(const dozor::SshHostStatus &status);
    void hostKeyUnknown(const dozor::HostKeyInfo &key);

private:
    // Opens the session unless it is open or the backoff says not yet.
    Expected<void> ensureOpen(int timeoutMs);
    void connectionLost(const QString &why);
    void setStatus(SshHostState state, const QString &detail);
    void keepalive();
    bool finishIfLost(quint64 id, RemoteRunResult &result);
    // ensureOpen() for a run: false (and finished emitted) when the server cannot be reached.
    bool openForRun(quint64 id, int timeoutMs);
    // Whether a streamed run or transfer was asked to stop (or the worker is closing).
    bool stopRequested(quint64 id) const;
    // The start of a run that can be cancelled: false (and finished emitted) when it was
    // cancelled before it began or the server cannot be reached.
    bool beginCancellableRun(quint64 id, int timeoutMs);

    SshConnectSettings m_settings;
    std::shared_ptr<const std::atomic_bool> m_cancel;
    std::shared_ptr<RunBoard> m_board;
    SshSession m_session;
    RemoteShell m_shell;
    QTimer m_keepalive;
    SshHostStatus m_status;
    int m_failures = 0;
    qint64 m_retryAtMs = 0;
    bool m_execFallback = false;
    QString m_fallbackReason;
};

} // namespace dozor
