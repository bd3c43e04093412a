#include "SshHostWorker.h"

#include "FileTree.h"
#include "RunOutcomeText.h"
#include "SftpTreeSide.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace dozor {

namespace {
constexpr qint64 backoffBaseMs = 1000;
constexpr qint64 backoffCapMs = 5 * 60 * 1000;
constexpr int keepaliveMs = 30'000;
// The one command for servers where a persistent shell cannot run: a login per sample.
const QByteArray execFallbackCommand = QByteArrayLiteral("/bin/sh -s");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

SshHostWorker::SshHostWorker(SshConnectSettings settings,
    std::shared_ptr<const std::atomic_bool> cancel, std::shared_ptr<RunBoard> board)
    : m_settings(std::move(settings))
    , m_cancel(std::move(cancel))
    , m_board(board ? std::move(board) : std::make_shared<RunBoard>())
    , m_shell(m_session)
    , m_keepalive(this) // a child, so it moves to the worker's thread with it
{
    m_keepalive.setInterval(keepaliveMs);
    m_keepalive.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_keepalive, &QTimer::timeout, this, &SshHostWorker::keepalive);
}

SshHostWorker::~SshHostWorker()
{
    m_shell.stop();
    m_session.close();
}

qint64 SshHostWorker::backoffMs(int failures, double jitter01)
{
    if (failures <= 0)
        return 0;
    const qint64 ceiling = std::min(backoffCapMs, backoffBaseMs << std::min(failures - 1, 20));
    return ceiling / 2 + static_cast<qint64>(std::clamp(jitter01, 0.0, 1.0) * (ceiling / 2));
}

void SshHostWorker::takeSettings()
{
    if (const auto settings = m_board->takeSettings())
        setSettings(*settings);
}

void SshHostWorker::setSettings(const SshConnectSettings &settings)
{
    const bool sameEndpoint = settings.host == m_settings.host && settings.port == m_settings.port
        && settings.user == m_settings.user && settings.auth == m_settings.auth
        && settings.keyFile == m_settings.keyFile && settings.secret == m_settings.secret;
    m_settings = settings;
    if (!sameEndpoint) {
        m_shell.stop();
        m_session.close();
        m_execFallback = false;
        retryNow();
    }
}

void SshHostWorker::retryNow()
{
    m_failures = 0;
    m_retryAtMs = 0;
}

void SshHostWorker::setStatus(SshHostState state, const QString &detail)
{
    const SshStep step = m_session.isOpen() ? SshStep::Ready : m_session.step();
    if (m_status.state == state && m_status.detail == detail
        && m_status.persistentShell == !m_execFallback && m_status.retryAtMs == m_retryAtMs
        && m_status.step == step)
        return;
    m_status.step = step;
    m_status.state = state;
    m_status.detail = detail;
    m_status.persistentShell = !m_execFallback;
    m_status.retryAtMs = state == SshHostState::Reconnecting ? m_retryAtMs : 0;
    Q_EMIT statusChanged(m_status);
}

Expected<void> SshHostWorker::ensureOpen(int timeoutMs)
{
    if (m_session.isOpen())
        return {};
    const qint64 now = nowMs();
    if (now < m_retryAtMs)
        return unexpected(tr("waiting %1 s before connecting again; last attempt: %2")
                              .arg((m_retryAtMs - now + 999) / 1000)
                              .arg(m_status.detail));
    setStatus(m_status.state == SshHostState::Idle ? SshHostState::Connecting : m_status.state,
        m_status.detail);
    m_shell.stop();
    SshConnectSettings settings = m_settings;
    settings.timeoutMs = std::min(settings.timeoutMs, std::max(timeoutMs, 1000));
    auto opened = m_session.open(settings, m_cancel.get());
    if (!opened) {
        ++m_failures;
        m_retryAtMs = nowMs() + backoffMs(m_failures, QRandomGenerator::global()->generateDouble());
        const auto &key = m_session.hostKey();
        SshHostState state = SshHostState::Reconnecting;
        if (m_session.step() == SshSession::Step::HostKey && key) {
            if (key->verdict == HostKeyVerdict::Unknown)
                state = SshHostState::HostKeyUnknown;
            else if (key->verdict != HostKeyVerdict::Known)
                state = SshHostState::Refused;
        }
        m_session.close();
        setStatus(state, opened.error());
        if (state == SshHostState::HostKeyUnknown)
            Q_EMIT hostKeyUnknown(*key);
        qCInfo(lcSsh) << m_settings.host << "connect failed:" << opened.error();
        return opened;
    }
    m_failures = 0;
    m_retryAtMs = 0;
    setStatus(SshHostState::Connected,
        m_execFallback ? m_fallbackReason : tr("connected; sampling on a persistent shell"));
    m_keepalive.start();
    return {};
}

void SshHostWorker::connectionLost(const QString &why)
{
    m_shell.stop();
    m_session.close();
    m_keepalive.stop();
    // The first attempt after a loss is immediate; failures from then on back off.
    m_retryAtMs = 0;
    setStatus(SshHostState::Reconnecting, tr("connection lost: %1").arg(why));
    qCInfo(lcSsh) << m_settings.host << "connection lost:" << why;
}

bool SshHostWorker::finishIfLost(quint64 id, RemoteRunResult &result)
{
    if (result.completed() || (m_cancel && m_cancel->load()))
        return false;
    if (m_session.isOpen() && m_session.ping())
        return false;
    connectionLost(result.error);
    result.error = tr("connection lost: %1").arg(result.error);
    result.unreachable = true;
    Q_EMIT finished(id, result);
    return true;
}

void SshHostWorker::runScript(quint64 id, int timeoutMs, qsizetype outCap, bool isolated)
{
    const QByteArray script = m_board->take(id).first;
    RemoteRunResult result;
    QElapsedTimer clock; // a failed connection reports the time until it failed
    clock.start();
    if (auto open = ensureOpen(timeoutMs); !open) {
        result.error = open.error();
        result.unreachable = true;
        result.refusedForSafety = m_status.state == SshHostState::Refused
            || m_status.state == SshHostState::HostKeyUnknown;
        result.elapsedMs = clock.elapsed();
        Q_EMIT finished(id, result);
        return;
    }
    m_keepalive.start();
    if (!m_execFallback && !m_shell.isRunning()) {
        if (auto started = m_shell.start(timeoutMs, m_cancel.get()); !started) {
            if (!m_session.isOpen() || !m_session.ping()) {
                connectionLost(started.error());
                result.error = tr("connection lost: %1").arg(started.error());
                result.unreachable = true;
                result.elapsedMs = clock.elapsed();
                Q_EMIT finished(id, result);
                return;
            }
            m_execFallback = true;
            m_fallbackReason = tr("no persistent shell on this server (%1); sampling with one "
                                  "login per sample, which costs the server more")
                                   .arg(started.error());
            setStatus(SshHostState::Connected, m_fallbackReason);
        }
    }
    if (m_execFallback)
        result = m_session.exec(execFallbackCommand, script, outCap, timeoutMs, m_cancel.get());
    else
        result = m_shell.run(script, outCap, timeoutMs, m_cancel.get(),
            isolated ? RemoteShell::Isolated::Yes : RemoteShell::Isolated::No);
    if (finishIfLost(id, result))
        return;
    Q_EMIT finished(id, result);
}

bool SshHostWorker::openForRun(quint64 id, int timeoutMs)
{
    QElapsedTimer clock; // a failed connection reports the time until it failed
    clock.start();
    if (auto open = ensureOpen(timeoutMs); !open) {
        RemoteRunResult result;
        result.error = open.error();
        result.unreachable = true;
        result.refusedForSafety = m_status.state == SshHostState::Refused
            || m_status.state == SshHostState::HostKeyUnknown;
        result.elapsedMs = clock.elapsed();
        Q_EMIT finished(id, result);
        return false;
    }
    m_keepalive.start();
    return true;
}

void SshHostWorker::runCommand(quint64 id, int timeoutMs, qsizetype outCap)
{
    const QByteArray command = m_board->take(id).first;
    if (!openForRun(id, timeoutMs))
        return;
    RemoteRunResult result =
        m_session.exec(command, QByteArray(), outCap, timeoutMs, m_cancel.get());
    if (finishIfLost(id, result))
        return;
    Q_EMIT finished(id, result);
}

bool SshHostWorker::stopRequested(quint64 id) const
{
    return (m_cancel && m_cancel->load()) || m_board->isCancelled(id);
}

bool SshHostWorker::beginCancellableRun(quint64 id, int timeoutMs)
{
    if (stopRequested(id)) {
        m_board->isCancelled(id, true);
        RemoteRunResult result;
        result.error = RunOutcomeText::cancelled();
        Q_EMIT finished(id, result);
        return false;
    }
    if (!openForRun(id, std::min(timeoutMs, m_settings.timeoutMs))) {
        m_board->isCancelled(id, true);
        return false;
    }
    return true;
}

void SshHostWorker::runStream(quint64 id, int timeoutMs)
{
    const auto [command, input] = m_board->take(id);
    constexpr qsizetype gatherBytes = qsizetype {64} * 1024;
    constexpr qint64 gatherMs = 100;
    const auto stopAsked = [this, id] { return stopRequested(id); };
    if (!beginCancellableRun(id, timeoutMs))
        return;
    QByteArray gathered[2];
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    const auto flush = [&] {
        for (int isErr = 0; isErr < 2; ++isErr) {
            if (!gathered[isErr].isEmpty())
                Q_EMIT outputArrived(id, std::exchange(gathered[isErr], {}), isErr == 1);
        }
        sinceEmit.restart();
    };
    RemoteRunResult result = m_session.exec(
        command, input, gatherBytes, timeoutMs, nullptr,
        [&](const QByteArray &chunk, bool isErr) {
            gathered[isErr ? 1 : 0].append(chunk);
            if (gathered[0].size() + gathered[1].size() >= gatherBytes
                || sinceEmit.elapsed() >= gatherMs)
                flush();
        },
        stopAsked);
    flush();
    m_board->isCancelled(id, true);
    if (finishIfLost(id, result))
        return;
    Q_EMIT finished(id, result);
}

void SshHostWorker::runTransfer(quint64 id, int timeoutMs)
{
    const FileTransfer transfer = m_board->takeTransfer(id);
    const auto stopAsked = [this, id] { return stopRequested(id); };
    QElapsedTimer clock;
    clock.start();
    if (!beginCancellableRun(id, timeoutMs))
        return;
    RemoteRunResult result;
    SftpTreeSide server(m_session.handle());
    if (auto opened = server.open(); !opened) {
        result.error = opened.error();
    } else {
        LocalFileTreeSide here;
        FileTreeCopy how;
        how.stop = stopAsked;
        how.timeoutMs = std::max(0, timeoutMs - int(clock.elapsed()));
        how.progress = [this, id](
                           qint64 done, qint64 total) { Q_EMIT transferProgress(id, done, total); };
        result = runFileTransfer(here, server, transfer, how);
    }
    result.elapsedMs = clock.elapsed();
    m_board->isCancelled(id, true);
    if (finishIfLost(id, result))
        return;
    Q_EMIT finished(id, result);
}

void SshHostWorker::keepalive()
{
    if (!m_session.isOpen()) {
        m_keepalive.stop();
        return;
    }
    if (auto alive = m_session.ping(); !alive)
        connectionLost(alive.error());
}

} // namespace dozor
