#pragma once

#include "core/Expected.h"

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace dozor {

// A direct-tcpip channel through a jump host's logged-in session to host:port, offered as
// a local socket: the session to the next hop speaks SSH over takeSocket() as it would
// over a TCP connection. A thread of its own moves the bytes both ways with bounded
// buffers (a side that does not read holds the other back); from open() on, that thread
// alone uses the jump host's session.
class SshTunnel {
public:
    static Expected<std::unique_ptr<SshTunnel>> open(
        ssh_session_struct *via, const QString &host, int port);
    // Stops the thread and closes the channel and the socket ends it still holds. The
    // session that took the other end must be closed first.
    ~SshTunnel();
    SshTunnel(const SshTunnel &) = delete;
    SshTunnel &operator=(const SshTunnel &) = delete;

    // The end the next session uses; it owns (and closes) it from then on.
    int takeSocket();

private:
    SshTunnel() = default;
    void pump();

    ssh_session_struct *m_via = nullptr;
    ssh_channel_struct *m_channel = nullptr;
    int m_ours = -1;
    int m_theirs = -1;
    std::atomic_bool m_stop {false};
    std::thread m_thread;
};

} // namespace dozor
