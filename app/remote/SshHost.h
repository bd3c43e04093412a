#pragma once

#include "SshTypes.h"
#include "core/WorkerThread.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dozor {

class SshHostWorker;

// The owner's side of one server's connection: starts the worker's thread, hands it work
// and calls back on the owner's thread. Destroying it never waits: it sets the cancel flag,
// answers every run still pending with "cancelled" (queued, so each caller hears back once)
// and retires the thread, which finishes on its own — a login to a server that does not
// answer may take until its timeout, but nobody waits for it.
class SshHost : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const RemoteRunResult &)>;
    // Default cap on what one run may print (the rest is cut off, and the run says so).
    static constexpr qsizetype defaultOutputCap = qsizetype {4} * 1024 * 1024;

    SshHost(QString targetId, SshConnectSettings settings, QObject *parent = nullptr);
    ~SshHost() override;

    QString targetId() const { return m_targetId; }
    const SshConnectSettings &settings() const { return m_settings; }
    SshHostStatus status() const { return m_status; }
    // The last host key the server presented that nobody has accepted yet.
    std::optional<HostKeyInfo> lastHostKey() const { return m_lastHostKey; }

    // Runs a script on the server's persistent shell, in that shell itself (no subshell: the
    // script must not exit, cd or set options; the host probe does none); done is called on
    // this thread, unless context is gone by then.
    void runScript(const QByteArray &script, int timeoutMs, QObject *context, Callback done,
        qsizetype outCap = defaultOutputCap);
    // The same in a subshell of the persistent shell: the script may exit, cd or exec (a
    // command of its own, a listing), and costs a fork instead of a login and a new shell.
    void runIsolatedScript(const QByteArray &script, int timeoutMs, QObject *context, Callback done,
        qsizetype outCap = defaultOutputCap);
    // Runs one command line (built with ShellQuote) on an exec channel of its own.
    void runCommand(const QByteArray &commandLine, int timeoutMs, QObject *context, Callback done,
        qsizetype outCap = defaultOutputCap);
    // Runs one command line with input written to its stdin (where secrets go: never on a
    // command line), its output handed to output as it arrives. Returns the run's id for
    // cancelRun(). done is called exactly once, after the last output.
    using Output = std::function<void(const QByteArray &chunk, bool isErr)>;
    quint64 runStream(const QByteArray &commandLine, const QByteArray &input, int timeoutMs,
        QObject *context, Output output, Callback done);
    // Copies a file or folder between this computer and the server over SFTP, on this
    // host's session (see copyFileTree: never overwrites, written under a hidden name and
    // renamed when complete). progress gets bytes copied and the total; done's result has
    // exit status 0 and a line saying what was copied, or the error. Cancel with cancelRun.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    quint64 transfer(const FileTransfer &what, int timeoutMs, QObject *context, Progress progress,
        Callback done);
    // Stops a streamed run or a transfer: its channel is closed and its process group on the server
    // ended; done then says "cancelled". Unknown or finished runs are ignored.
    void cancelRun(quint64 runId);
    void setSettings(const SshConnectSettings &settings);
    void retryNow();
    int pendingRuns() const { return static_cast<int>(m_pending.size()); }

Q_SIGNALS:
    void statusChanged(const QString &targetId, const dozor::SshHostStatus &status);
    void hostKeyUnknown(const QString &targetId, const dozor::HostKeyInfo &key);

private:
    quint64 enqueue(QObject *context, Callback done);
    void onFinished(quint64 id, const RemoteRunResult &result);

    struct Pending {
        QPointer<QObject> context;
        Callback done;
        Output output;
        Progress progress;
        bool cancellable = false; // a streamed run or a transfer
    };

    QString m_targetId;
    SshConnectSettings m_settings;
    SshHostStatus m_status;
    std::optional<HostKeyInfo> m_lastHostKey;
    // Shared with the worker, which may outlive this object by the length of a blocking call.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // Streamed runs asked to stop; made before the worker's thread starts, like m_cancel.
    std::shared_ptr<RunBoard> m_board = std::make_shared<RunBoard>();
    WorkerThread *m_thread;
    SshHostWorker *m_worker;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace dozor
