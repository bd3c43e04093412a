#include "LocalProbeRun.h"

#include "core/ProbeParser.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLocalProbe, "dozor.local", QtWarningMsg)

namespace dozor {

namespace {
constexpr qsizetype maxStderrBytes = qsizetype {16} * 1024;
}

LocalProbeRun::LocalProbeRun(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(
            tr("the probe did not finish within %1 s and was stopped").arg(m_timeoutMs / 1000.0));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalProbeRun::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray chunk = m_process.readAllStandardError();
        m_stderr.append(chunk.left(maxStderrBytes - m_stderr.size()));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(
                tr("cannot start /bin/sh (%1); local resource checks need a POSIX shell and /proc")
                    .arg(m_process.errorString()));
    });
    connect(
        &m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            readOutput();
            if (status != QProcess::NormalExit)
                finish(tr("the probe shell crashed"));
            else if (exitCode != 0 && m_result.output.isEmpty())
                finish(tr("the probe failed with exit code %1: %2")
                           .arg(exitCode)
                           .arg(QString::fromUtf8(m_stderr).simplified().left(200)));
            else
                finish(QString());
        });
}

LocalProbeRun::~LocalProbeRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QByteArray LocalProbeRun::probeScript()
{
    // Read once: every probe run of every target feeds the same bytes.
    static const QByteArray script = [] {
        QFile f(QStringLiteral(":/dozor/probe.sh"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return script;
}

void LocalProbeRun::start()
{
    m_clock.start();
    m_deadline.start(m_timeoutMs);
    const QByteArray script = probeScript();
    if (script.isEmpty()) {
        // Deferred so finished() never fires inside start().
        QTimer::singleShot(
            0, this, [this] { finish(tr("the probe script is missing from this build")); });
        return;
    }
    m_process.setProgram(QStringLiteral("/bin/sh"));
    m_process.setArguments({QStringLiteral("-s")});
    m_process.start();
    m_process.write(script);
    m_process.closeWriteChannel();
}

void LocalProbeRun::readOutput()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (m_result.output.size() + chunk.size() > ProbeParser::maxOutputBytes) {
        finish(tr("the probe printed more than %1 MiB and was stopped")
                   .arg(ProbeParser::maxOutputBytes / (1024 * 1024)));
        return;
    }
    m_result.output.append(chunk);
}

void LocalProbeRun::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
    }
    m_result.error = error;
    m_result.elapsedMs = m_clock.elapsed();
    if (!error.isEmpty())
        qCWarning(lcLocalProbe) << "local probe:" << error;
    Q_EMIT finished(m_result);
}

} // namespace dozor
