#pragma once

#include "SshTypes.h"
#include "core/Expected.h"

#include <QByteArray>

#include <atomic>

struct ssh_channel_struct;

namespace dozor {

class SshSession;

// One long-lived /bin/sh on a channel of a kept session, fed scripts on stdin. Starting the
// account's login shell (and its .bashrc) once instead of per sample is what keeps a sample
// at a couple of milliseconds of server CPU. Each run is framed by a marker that is random
// per run, with its exit status, on stdout and on stderr; what the rc files print before the
// first frame is skipped. A run that times out or prints past the cap closes the channel and
// kills the shell's process group; the next run starts a fresh shell.
class RemoteShell {
public:
    explicit RemoteShell(SshSession &session);
    ~RemoteShell();
    RemoteShell(const RemoteShell &) = delete;
    RemoteShell &operator=(const RemoteShell &) = delete;

    // Starts the shell and waits for its first answer.
    Expected<void> start(int timeoutMs, const std::atomic_bool *cancel = nullptr);
    bool isRunning() const { return m_channel != nullptr; }
    void stop();

    // Runs script (POSIX sh, stdin from /dev/null) and returns what it printed. Starts the
    // shell first if needed. Isolated::Yes runs it in a subshell, so `exit` or `cd` cannot
    // touch the kept shell; Isolated::No saves the server that fork on every run, for scripts
    // that do neither (the host probe: its functions and variables are all dozor_…).
    enum class Isolated { Yes, No };
    RemoteRunResult run(const QByteArray &script, qsizetype outCap, int timeoutMs,
        const std::atomic_bool *cancel = nullptr, Isolated isolated = Isolated::Yes);

    // The remote shell's process id (its process group), 0 before start().
    qint64 pid() const { return m_pid; }

private:
    void abandon();

    SshSession &m_session;
    ssh_channel_struct *m_channel = nullptr;
    qint64 m_pid = 0;
};

} // namespace dozor
