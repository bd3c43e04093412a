#pragma once

#include "SshTypes.h"
#include "core/Expected.h"

#include <QDeadlineTimer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace dozor {

class SshTunnel;

// One libssh session: connect, check the host key, log in, and bounded I/O on channels.
// Every call blocks (with a deadline) and must come from one thread; SshHostWorker owns one
// on its own thread. Never reads ~/.ssh/config or /etc/ssh/ssh_config: a config file must not
// be able to turn host-key checking off.
class SshSession {
public:
    // Which step an open() got to; "Test connection" says where it stopped.
    using Step = SshStep;

    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, checks the host key (a changed key or one of another type is refused before
    // any authentication is attempted) and logs in. cancel, when set, stops a connect that
    // is still waiting. With jump hosts in settings, each is opened the same way (its own
    // login and host-key check; step() and hostKey() then tell of the hop that failed) and
    // the next one is reached through a tunnel over it.
    Expected<void> open(
        const SshConnectSettings &settings, const std::atomic_bool *cancel = nullptr);
    void close();
    bool isOpen() const;

    Step step() const { return m_step; }
    // The server's host key, once the connection got that far.
    const std::optional<HostKeyInfo> &hostKey() const { return m_hostKey; }

    // A round trip to the server (keepalive@openssh.com); fails on a dead connection.
    Expected<void> ping();

    // Where a streamed run's output goes, chunk by chunk as it arrives (isErr: stderr).
    using OutputSink = std::function<void(const QByteArray &chunk, bool isErr)>;

    // Runs one command on an exec channel (the account's login shell starts it), bounded.
    // input is written to its stdin, then EOF. With a sink, output is handed to it as it
    // arrives instead of being kept in the result (outCap then bounds one chunk only).
    // A run that times out or is cancelled ends with its whole process group. poll, when
    // set, is asked between reads (every few milliseconds at most 200 apart) whether to stop.
    RemoteRunResult exec(const QByteArray &command, const QByteArray &input, qsizetype outCap,
        int timeoutMs, const std::atomic_bool *cancel = nullptr, const OutputSink &sink = {},
        const std::function<bool()> &poll = {});

    // Kills a remote process group (a run that timed out) over a fresh exec channel.
    void killProcessGroup(qint64 pid);

    ssh_session_struct *handle() const { return m_session; }
    QString lastError() const;

private:
    // open() for one hop: over socket (a tunnel's end, owned by the session from then on)
    // when it is not -1, else a TCP connection to settings.host.
    Expected<void> openOn(
        const SshConnectSettings &settings, int socket, const std::atomic_bool *cancel);
    Expected<void> connectSocket(
        const SshConnectSettings &settings, const std::atomic_bool *cancel);
    Expected<void> checkHostKey(const SshConnectSettings &settings);
    Expected<void> authenticate(const SshConnectSettings &settings);

    ssh_session_struct *m_session = nullptr;
    Step m_step = Step::Connect;
    std::optional<HostKeyInfo> m_hostKey;
    // The jump hosts on the way, each with the tunnel through it to the next hop; closed
    // after this session, from the last to the first.
    struct Hop {
        std::unique_ptr<SshSession> session;
        std::unique_ptr<SshTunnel> tunnel;
    };
    std::vector<Hop> m_hops;
};

// Bounded reading of one channel's stdout and stderr, shared by exec() and RemoteShell.
namespace SshChannelIo {
enum class Stop { Done, Eof, Timeout, Cancelled, OutCap, Error };
// Reads until done() is true, the channel reaches EOF, the deadline passes, cancel is set,
// or stdout would pass outCap (out then holds exactly outCap bytes). stderr keeps at most
// errCap bytes and is otherwise drained.
Stop read(ssh_channel_struct *channel, QByteArray &out, QByteArray &err, qsizetype outCap,
    qsizetype errCap, const QDeadlineTimer &deadline, const std::atomic_bool *cancel,
    const std::function<bool()> &done);
// "@@dozor-" and 128 random bits in hex: frames output no script can predict.
QByteArray randomMarker();
// Writes all of data or fails.
bool write(ssh_channel_struct *channel, const QByteArray &data);
} // namespace SshChannelIo

} // namespace dozor
