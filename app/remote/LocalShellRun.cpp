#include "LocalShellRun.h"

#include "RunOutcomeText.h"

#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcLocalShell, "dozor.local", QtWarningMsg)

namespace dozor {

namespace {
constexpr qsizetype maxStderrBytes = qsizetype {16} * 1024;
}

LocalShellRun::LocalShellRun(QByteArray script, int timeoutMs, qsizetype outCap, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_timeoutMs(timeoutMs)
    , m_outCap(outCap)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
        [this] { finish(RunOutcomeText::timedOut(m_timeoutMs)); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalShellRun::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray chunk = m_process.readAllStandardError();
        if (m_streaming) {
            if (!m_done && !chunk.isEmpty())
                Q_EMIT outputArrived(chunk, true);
            return;
        }
        m_result.err.append(chunk.left(maxStderrBytes - m_result.err.size()));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(tr("cannot start /bin/sh (%1); checks of this computer need a POSIX shell")
                       .arg(m_process.errorString()));
    });
    connect(
        &m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            readOutput();
            if (m_done)
                return;
            if (m_streaming) {
                if (const QByteArray rest = m_process.readAllStandardError(); !rest.isEmpty())
                    Q_EMIT outputArrived(rest, true);
            }
            if (status != QProcess::NormalExit) {
                finish(tr("the shell was killed"));
                return;
            }
            m_result.exitStatus = exitCode;
            finish(QString());
        });
}

LocalShellRun::~LocalShellRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        killGroup();
        m_process.waitForFinished(1000);
    }
}

void LocalShellRun::killGroup()
{
#ifdef Q_OS_UNIX
    if (const qint64 pid = m_process.processId(); pid > 1)
        ::kill(static_cast<pid_t>(-pid), SIGKILL);
#endif
    m_process.kill();
}

void LocalShellRun::start()
{
    m_clock.start();
    m_deadline.start(m_timeoutMs);
    if (m_script.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(tr("there is no script to run")); });
        return;
    }
    m_process.setProgram(QStringLiteral("/bin/sh"));
#ifdef Q_OS_UNIX
    // A process group of its own, so a run that is stopped takes its children with it
    // (a command check's `sleep 3600` must not outlive its deadline).
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    m_process.setArguments({QStringLiteral("-s")});
    m_process.start();
    m_process.write(m_script);
    m_process.closeWriteChannel();
}

void LocalShellRun::cancel()
{
    if (m_clock.isValid())
        finish(RunOutcomeText::cancelled());
}

void LocalShellRun::readOutput()
{
    if (m_done)
        return;
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (m_streaming) {
        if (!chunk.isEmpty())
            Q_EMIT outputArrived(chunk, false);
        return;
    }
    if (m_result.out.size() + chunk.size() > m_outCap) {
        m_result.out.append(chunk.left(m_outCap - m_result.out.size()));
        m_result.truncated = true;
        finish(RunOutcomeText::outputCut(m_outCap));
        return;
    }
    m_result.out.append(chunk);
}

void LocalShellRun::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        killGroup();
    }
    m_result.error = error;
    m_result.elapsedMs = m_clock.elapsed();
    if (!error.isEmpty())
        qCInfo(lcLocalShell) << "local run:" << error;
    Q_EMIT finished(m_result);
}

} // namespace dozor
