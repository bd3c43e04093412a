#include "JobTransport.h"

#include "core/CrossThread.h"
#include "core/WorkerThread.h"
#include "remote/FileTree.h"
#include "remote/LocalShellRun.h"
#include "remote/RetiredThreads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <mutex>
#include <optional>

namespace dozor {

namespace {
// The shell a step's script is fed to; the exec channel's login shell starts it.
const QByteArray stepShell = QByteArrayLiteral("/bin/sh -s");
} // namespace

SshJobTransport::SshJobTransport(
    const QString &targetId, const SshConnectSettings &settings, QObject *parent)
    : JobTransport(parent)
    , m_host(targetId, settings)
{
}

void SshJobTransport::start(int runId, const QByteArray &script, int timeoutMs)
{
    m_runs.insert(runId,
        m_host.runStream(
            stepShell, script, timeoutMs, this,
            [this, runId](
                const QByteArray &chunk, bool isErr) { Q_EMIT outputArrived(runId, chunk, isErr); },
            [this, runId](const RemoteRunResult &result) {
                m_runs.remove(runId);
                Q_EMIT finished(runId, result);
            }));
}

void SshJobTransport::runCollected(
    int runId, const QByteArray &script, int timeoutMs, qsizetype outCap)
{
    m_host.runIsolatedScript(
        script, timeoutMs, this,
        [this, runId](const RemoteRunResult &result) {
            if (!result.out.isEmpty())
                Q_EMIT outputArrived(runId, result.out, false);
            if (!result.err.isEmpty())
                Q_EMIT outputArrived(runId, result.err, true);
            Q_EMIT finished(runId, result);
        },
        outCap);
}

void SshJobTransport::transfer(int runId, const FileTransfer &what, int timeoutMs)
{
    m_runs.insert(runId,
        m_host.transfer(
            what, timeoutMs, this,
            [this, runId](qint64 done, qint64 total) { Q_EMIT progressed(runId, done, total); },
            [this, runId](const RemoteRunResult &result) {
                m_runs.remove(runId);
                if (!result.out.isEmpty())
                    Q_EMIT outputArrived(runId, result.out, false);
                Q_EMIT finished(runId, result);
            }));
}

void SshJobTransport::stop(int runId)
{
    if (const auto it = m_runs.constFind(runId); it != m_runs.cend())
        m_host.cancelRun(*it);
}

// A copy on this computer, shared between the transport (which polls it) and the thread
// that does it; every field behind the mutex.
struct LocalJobTransport::Copy {
    std::mutex mutex;
    bool stop = false;
    bool ended = false;
    qint64 done = 0;
    qint64 total = 0;
    qint64 reportedDone = -1;
    RemoteRunResult result;
};

void LocalJobTransport::start(int runId, const QByteArray &script, int timeoutMs)
{
    auto *run = new LocalShellRun(script, timeoutMs, 0, this);
    run->setStreaming(true);
    m_runs.insert(runId, run);
    connect(run, &LocalShellRun::outputArrived, this,
        [this, runId](
            const QByteArray &chunk, bool isErr) { Q_EMIT outputArrived(runId, chunk, isErr); });
    connect(run, &LocalShellRun::finished, this, [this, runId, run](const RemoteRunResult &result) {
        m_runs.remove(runId);
        run->deleteLater();
        Q_EMIT finished(runId, result);
    });
    run->start();
}

void LocalJobTransport::stop(int runId)
{
    if (const QPointer<LocalShellRun> run = m_runs.value(runId))
        run->cancel();
    if (const std::shared_ptr<Copy> copy = m_copies.value(runId)) {
        std::lock_guard lock(copy->mutex);
        copy->stop = true;
    }
}

LocalJobTransport::~LocalJobTransport()
{
    for (const std::shared_ptr<Copy> &copy : std::as_const(m_copies)) {
        std::lock_guard lock(copy->mutex);
        copy->stop = true;
    }
}

void LocalJobTransport::transfer(int runId, const FileTransfer &what, int timeoutMs)
{
    auto copy = std::make_shared<Copy>();
    m_copies.insert(runId, copy);
    if (!m_copyPoll) {
        m_copyPoll = new QTimer(this);
        m_copyPoll->setInterval(100);
        connect(m_copyPoll, &QTimer::timeout, this, &LocalJobTransport::pollCopies);
    }
    m_copyPoll->start();
    auto *thread = new WorkerThread;
    thread->setObjectName(QStringLiteral("dozor-copy"));
    auto *worker = new QObject;
    worker->moveToThread(thread);
    // Everything the thread reads is captured here, before it starts.
    postTo(worker, [worker, copy, what, timeoutMs] {
        LocalFileTreeSide here;
        FileTreeCopy how;
        how.timeoutMs = timeoutMs;
        how.stop = [copy] {
            std::lock_guard lock(copy->mutex);
            return copy->stop;
        };
        how.progress = [copy](qint64 done, qint64 total) {
            std::lock_guard lock(copy->mutex);
            copy->done = done;
            copy->total = total;
        };
        QElapsedTimer clock;
        clock.start();
        RemoteRunResult result = runFileTransfer(here, here, what, how);
        result.elapsedMs = clock.elapsed();
        {
            std::lock_guard lock(copy->mutex);
            copy->result = result;
            copy->ended = true;
        }
        delete worker;
        QThread::currentThread()->quit();
    });
    retireThread(thread);
    thread->start();
}

void LocalJobTransport::pollCopies()
{
    // Gathered first and told after: a slot may start the next copy.
    struct Event {
        int runId;
        qint64 done;
        qint64 total;
        bool report;
        std::optional<RemoteRunResult> ended;
    };
    QList<Event> events;
    for (auto it = m_copies.begin(); it != m_copies.end();) {
        Event e {it.key(), 0, 0, false, std::nullopt};
        {
            Copy &copy = **it;
            std::lock_guard lock(copy.mutex);
            e.done = copy.done;
            e.total = copy.total;
            e.report = copy.done != copy.reportedDone;
            copy.reportedDone = copy.done;
            if (copy.ended)
                e.ended = copy.result;
        }
        it = e.ended ? m_copies.erase(it) : std::next(it);
        events.append(std::move(e));
    }
    if (m_copies.isEmpty())
        m_copyPoll->stop();
    for (const Event &e : std::as_const(events)) {
        if (e.report)
            Q_EMIT progressed(e.runId, e.done, e.total);
        if (!e.ended)
            continue;
        if (!e.ended->out.isEmpty())
            Q_EMIT outputArrived(e.runId, e.ended->out, false);
        Q_EMIT finished(e.runId, *e.ended);
    }
}

std::function<Expected<JobTransport *>(const QString &targetId)> transportsFor(
    const Workspace &workspace, std::function<SshConnectSettings(const Target &)> sshSettings)
{
    return [targets = workspace.targets, sshSettings = std::move(sshSettings)](
               const QString &targetId) -> Expected<JobTransport *> {
        for (const Target &t : targets) {
            if (t.id != targetId)
                continue;
            if (t.ssh)
                return new SshJobTransport(t.id, sshSettings(t));
            if (t.local)
                return new LocalJobTransport;
            return unexpected(QCoreApplication::translate("dozor::JobTransport",
                "%1 has no SSH login and is not this computer: Dozor cannot run anything there")
                                  .arg(t.displayName()));
        }
        return unexpected(QCoreApplication::translate(
            "dozor::JobTransport", "there is no server \"%1\" in the workspace")
                              .arg(targetId));
    };
}

} // namespace dozor
