#include "SshHost.h"

#include "RetiredThreads.h"
#include "SshHostWorker.h"
#include "ThreadCrypto.h"
#include "core/CrossThread.h"

namespace dozor {

SshHost::SshHost(QString targetId, SshConnectSettings settings, QObject *parent)
    : QObject(parent)
    , m_targetId(std::move(targetId))
    , m_settings(std::move(settings))
    , m_thread(new WorkerThread)
    , m_worker(new SshHostWorker(m_settings, m_cancel, m_board))
{
    qRegisterMetaType<RemoteRunResult>();
    qRegisterMetaType<SshHostStatus>();
    qRegisterMetaType<HostKeyInfo>();
    m_thread->setObjectName(QStringLiteral("dozor-ssh"));
    releaseCryptoWhenFinished(m_thread);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SshHostWorker::finished, this, &SshHost::onFinished);
    connect(m_worker, &SshHostWorker::outputArrived, this,
        [this](quint64 id, const QByteArray &chunk, bool isErr) {
            const auto it = m_pending.constFind(id);
            if (it != m_pending.cend() && it->context && it->output)
                it->output(chunk, isErr);
        });
    connect(m_worker, &SshHostWorker::transferProgress, this,
        [this](quint64 id, qint64 done, qint64 total) {
            const auto it = m_pending.constFind(id);
            if (it != m_pending.cend() && it->context && it->progress)
                it->progress(done, total);
        });
    connect(m_worker, &SshHostWorker::statusChanged, this, [this](const SshHostStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(m_targetId, status);
    });
    connect(m_worker, &SshHostWorker::hostKeyUnknown, this, [this](const HostKeyInfo &key) {
        m_lastHostKey = key;
        Q_EMIT hostKeyUnknown(m_targetId, key);
    });
    m_thread->start();
}

SshHost::~SshHost()
{
    *m_cancel = true;
    m_worker->disconnect(this);
    // The worker is deleted on its own thread (its libssh session belongs there) once the
    // call it is in returns; the thread then ends by itself.
    retireThread(m_thread);
    postTo(m_worker, [worker = m_worker] {
        delete worker;
        QThread::currentThread()->quit();
    });
    RemoteRunResult cancelled;
    cancelled.error = tr("cancelled: the connection to this server was closed");
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.context && pending.done)
            QMetaObject::invokeMethod(
                pending.context, [done = pending.done, cancelled] { done(cancelled); },
                Qt::QueuedConnection);
    }
}

quint64 SshHost::enqueue(QObject *context, Callback done)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending {context, std::move(done), {}, {}, false});
    return id;
}

void SshHost::runScript(
    const QByteArray &script, int timeoutMs, QObject *context, Callback done, qsizetype outCap)
{
    const quint64 id = enqueue(context, std::move(done));
    m_board->put(id, script);
    postTo(
        m_worker, [w = m_worker, id, timeoutMs, outCap] { w->runScript(id, timeoutMs, outCap); });
}

void SshHost::runIsolatedScript(
    const QByteArray &script, int timeoutMs, QObject *context, Callback done, qsizetype outCap)
{
    const quint64 id = enqueue(context, std::move(done));
    m_board->put(id, script);
    postTo(m_worker,
        [w = m_worker, id, timeoutMs, outCap] { w->runScript(id, timeoutMs, outCap, true); });
}

void SshHost::runCommand(
    const QByteArray &commandLine, int timeoutMs, QObject *context, Callback done, qsizetype outCap)
{
    const quint64 id = enqueue(context, std::move(done));
    m_board->put(id, commandLine);
    postTo(
        m_worker, [w = m_worker, id, timeoutMs, outCap] { w->runCommand(id, timeoutMs, outCap); });
}

quint64 SshHost::runStream(const QByteArray &commandLine, const QByteArray &input, int timeoutMs,
    QObject *context, Output output, Callback done)
{
    const quint64 id = enqueue(context, std::move(done));
    m_pending[id].output = std::move(output);
    m_pending[id].cancellable = true;
    m_board->put(id, commandLine, input);
    postTo(m_worker, [w = m_worker, id, timeoutMs] { w->runStream(id, timeoutMs); });
    return id;
}

quint64 SshHost::transfer(
    const FileTransfer &what, int timeoutMs, QObject *context, Progress progress, Callback done)
{
    const quint64 id = enqueue(context, std::move(done));
    m_pending[id].progress = std::move(progress);
    m_pending[id].cancellable = true;
    m_board->putTransfer(id, what);
    postTo(m_worker, [w = m_worker, id, timeoutMs] { w->runTransfer(id, timeoutMs); });
    return id;
}

void SshHost::cancelRun(quint64 runId)
{
    const auto it = m_pending.constFind(runId);
    if (it != m_pending.cend() && it->cancellable)
        m_board->cancel(runId);
}

void SshHost::setSettings(const SshConnectSettings &settings)
{
    m_settings = settings;
    m_board->putSettings(settings);
    postTo(m_worker, [w = m_worker] { w->takeSettings(); });
}

void SshHost::retryNow()
{
    postTo(m_worker, [w = m_worker] { w->retryNow(); });
}

void SshHost::onFinished(quint64 id, const RemoteRunResult &result)
{
    const Pending pending = m_pending.take(id);
    if (pending.context && pending.done)
        pending.done(result);
}

} // namespace dozor
