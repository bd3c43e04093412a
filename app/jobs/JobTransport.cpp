#include "JobTransport.h"

#include "remote/LocalShellRun.h"

#include <QCoreApplication>

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

void SshJobTransport::stop(int runId)
{
    if (const auto it = m_runs.constFind(runId); it != m_runs.cend())
        m_host.cancelRun(*it);
}

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
