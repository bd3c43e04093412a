#include "RemoteShell.h"

#include "RunOutcomeText.h"
#include "SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libssh/libssh.h>

namespace dozor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dozor::RemoteShell", text);
}

constexpr qsizetype errCap = qsizetype {256} * 1024;
constexpr qsizetype noiseCap = qsizetype {64} * 1024; // rc-file output before the first frame

// Where needle starts, from position from on, once the rest of its line has arrived too.
qsizetype findLine(const QByteArray &data, const QByteArray &needle, qsizetype from)
{
    const qsizetype at = data.indexOf(needle, std::max<qsizetype>(0, from));
    if (at < 0 || data.indexOf('\n', at + needle.size()) < 0)
        return -1;
    return at;
}
} // namespace

RemoteShell::RemoteShell(SshSession &session)
    : m_session(session)
{
}

RemoteShell::~RemoteShell()
{
    stop();
}

void RemoteShell::stop()
{
    if (!m_channel)
        return;
    ssh_channel_send_eof(m_channel); // the shell reads EOF and exits
    ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
    m_pid = 0;
}

void RemoteShell::abandon()
{
    const qint64 pid = m_pid;
    if (m_channel) {
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    m_pid = 0;
    if (pid > 1)
        m_session.killProcessGroup(pid);
}

Expected<void> RemoteShell::start(int timeoutMs, const std::atomic_bool *cancel)
{
    stop();
    if (!m_session.isOpen())
        return unexpected(tr("not connected"));
    m_channel = ssh_channel_new(m_session.handle());
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK) {
        const QString why = m_session.lastError();
        if (m_channel)
            ssh_channel_free(m_channel);
        m_channel = nullptr;
        return unexpected(tr("the server refused a channel for the shell: %1").arg(why));
    }
    // The account's login shell runs this once; its rc files may print anything first.
    const QByteArray marker = SshChannelIo::randomMarker() + ' ';
    if (ssh_channel_request_exec(m_channel, "exec /bin/sh") != SSH_OK
        || !SshChannelIo::write(m_channel, "echo \"" + marker + "$$\"\n")) {
        const QString why = m_session.lastError();
        abandon();
        return unexpected(tr("the server refused to start /bin/sh: %1").arg(why));
    }
    QByteArray out, err;
    qsizetype at = -1;
    const auto stopped = SshChannelIo::read(
        m_channel, out, err, noiseCap, errCap, QDeadlineTimer(timeoutMs), cancel, [&] {
            at = findLine(out, marker, 0);
            return at >= 0;
        });
    if (stopped != SshChannelIo::Stop::Done) {
        abandon();
        switch (stopped) {
        case SshChannelIo::Stop::Eof:
            return unexpected(tr("the server ended /bin/sh at once (a forced command or a "
                                 "restricted account?): %1")
                                  .arg(QString::fromUtf8(err).simplified().left(200)));
        case SshChannelIo::Stop::Cancelled:
            return unexpected(RunOutcomeText::cancelled());
        case SshChannelIo::Stop::Timeout:
            return unexpected(
                tr("/bin/sh on the server did not answer within %1 s").arg(timeoutMs / 1000.0));
        default:
            return unexpected(
                tr("/bin/sh on the server did not start: %1").arg(m_session.lastError()));
        }
    }
    const qsizetype eol = out.indexOf('\n', at);
    m_pid = out.mid(at + marker.size(), eol - at - marker.size()).trimmed().toLongLong();
    return {};
}

RemoteRunResult RemoteShell::run(const QByteArray &script, qsizetype outCap, int timeoutMs,
    const std::atomic_bool *cancel, Isolated isolated)
{
    RemoteRunResult result;
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(timeoutMs);
    if (!m_channel) {
        if (auto started = start(timeoutMs, cancel); !started) {
            result.error = started.error();
            result.elapsedMs = clock.elapsed();
            return result;
        }
    }
    const QByteArray marker = SshChannelIo::randomMarker();
    const QByteArray begin = marker + "-begin\n";
    const QByteArray outEnd = "\n" + marker + "-end ";
    const QByteArray errEnd = "\n" + marker + "-end\n";
    const bool subshell = isolated == Isolated::Yes;
    QByteArray frame = "echo '" + marker + "-begin'; echo '" + marker + "-begin' >&2\n"
        + (subshell ? "(\n" : "{\n") + script;
    if (!script.endsWith('\n'))
        frame.append('\n');
    frame += QByteArray(subshell ? ")" : "}") + " </dev/null\nprintf '\\n%s %s\\n' '" + marker
        + "-end' \"$?\"; printf '\\n%s\\n' '" + marker + "-end' >&2\n";
    if (!SshChannelIo::write(m_channel, frame)) {
        result.error = tr("cannot send the script: %1").arg(m_session.lastError());
        abandon();
        result.elapsedMs = clock.elapsed();
        return result;
    }

    QByteArray out, err;
    qsizetype outScan = 0, errScan = 0, outAt = -1, errAt = -1;
    const auto stopped = SshChannelIo::read(
        m_channel, out, err, outCap + begin.size() + 64, errCap, deadline, cancel, [&] {
            if (outAt < 0) {
                outAt = findLine(out, outEnd, outScan - outEnd.size() - 32);
                outScan = out.size();
            }
            if (errAt < 0) {
                errAt = err.indexOf(errEnd, std::max<qsizetype>(0, errScan - errEnd.size()));
                errScan = err.size();
            }
            return outAt >= 0 && errAt >= 0;
        });

    const qsizetype outBegin = out.indexOf(begin);
    const qsizetype payloadFrom = outBegin < 0 ? out.size() : outBegin + begin.size();
    result.out = out.mid(payloadFrom, (outAt < 0 ? out.size() : outAt) - payloadFrom);
    const qsizetype errBegin = err.indexOf(begin);
    const qsizetype errFrom = errBegin < 0 ? 0 : errBegin + begin.size();
    result.err = err.mid(errFrom, (errAt < 0 ? err.size() : errAt) - errFrom);
    switch (stopped) {
    case SshChannelIo::Stop::Done: {
        const qsizetype eol = out.indexOf('\n', outAt + outEnd.size());
        bool ok = false;
        const int status = out.mid(outAt + outEnd.size(), eol - outAt - outEnd.size()).toInt(&ok);
        if (ok)
            result.exitStatus = status;
        else
            result.error = tr("the shell's answer was garbled");
        break;
    }
    case SshChannelIo::Stop::OutCap:
        result.truncated = true;
        result.out.truncate(outCap);
        result.error = RunOutcomeText::outputCut(outCap);
        break;
    case SshChannelIo::Stop::Timeout:
        result.error = RunOutcomeText::timedOut(timeoutMs);
        break;
    case SshChannelIo::Stop::Cancelled:
        result.error = RunOutcomeText::cancelled();
        break;
    case SshChannelIo::Stop::Eof:
        result.error = tr("the shell on the server exited during the run");
        break;
    case SshChannelIo::Stop::Error:
        result.error = RunOutcomeText::connectionFailed(m_session.lastError());
        break;
    }
    if (stopped != SshChannelIo::Stop::Done)
        abandon(); // the next run gets a fresh shell
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace dozor
