#include "SshTunnel.h"

#include <QByteArray>
#include <QCoreApplication>

#include <libssh/libssh.h>

#ifndef Q_OS_WIN
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace dozor {

namespace {
struct TunnelText {
    Q_DECLARE_TR_FUNCTIONS(dozor::SshTunnel)
};
// Bytes held per direction before the other side must read.
constexpr qsizetype bufferCap = qsizetype {256} * 1024;
} // namespace

Expected<std::unique_ptr<SshTunnel>> SshTunnel::open(
    ssh_session_struct *via, const QString &host, int port)
{
#ifdef Q_OS_WIN
    Q_UNUSED(via)
    Q_UNUSED(host)
    Q_UNUSED(port)
    return unexpected(TunnelText::tr("jump hosts are not supported on Windows yet"));
#else
    std::unique_ptr<SshTunnel> tunnel(new SshTunnel);
    tunnel->m_via = via;
    tunnel->m_channel = ssh_channel_new(via);
    if (!tunnel->m_channel)
        return unexpected(
            TunnelText::tr("cannot open a channel: %1").arg(QString::fromUtf8(ssh_get_error(via))));
    const QByteArray to = host.toUtf8();
    if (ssh_channel_open_forward(tunnel->m_channel, to.constData(), port, "127.0.0.1", 0)
        != SSH_OK) {
        // RFC 4254's reasons, as libssh reports them: "… error (1) open failed".
        const QString raw = QString::fromUtf8(ssh_get_error(via));
        if (raw.contains(QLatin1String("error (1)")))
            return unexpected(TunnelText::tr("it does not allow forwarding to %1:%2 "
                                             "(AllowTcpForwarding or PermitOpen on it)")
                                  .arg(host)
                                  .arg(port));
        if (raw.contains(QLatin1String("error (2)")))
            return unexpected(TunnelText::tr("cannot reach %1:%2 from there: the connection "
                                             "was refused or the host is unreachable")
                                  .arg(host)
                                  .arg(port));
        return unexpected(
            TunnelText::tr("cannot reach %1:%2 from there: %3").arg(host).arg(port).arg(raw));
    }
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return unexpected(TunnelText::tr("cannot make a local socket pair: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(errno))));
    tunnel->m_ours = ends[0];
    tunnel->m_theirs = ends[1];
    ::fcntl(tunnel->m_ours, F_SETFL, ::fcntl(tunnel->m_ours, F_GETFL) | O_NONBLOCK);
    tunnel->m_thread = std::thread([raw = tunnel.get()] { raw->pump(); });
    return tunnel;
#endif
}

SshTunnel::~SshTunnel()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_channel)
        ssh_channel_free(m_channel);
#ifndef Q_OS_WIN
    if (m_ours >= 0)
        ::close(m_ours);
    if (m_theirs >= 0)
        ::close(m_theirs);
#endif
}

int SshTunnel::takeSocket()
{
    const int socket = m_theirs;
    m_theirs = -1;
    return socket;
}

void SshTunnel::pump()
{
#ifndef Q_OS_WIN
    QByteArray toSocket; // from the jump host, for the next session
    char buffer[32 * 1024];
    bool channelEnded = false;
    bool socketEnded = false;
    bool shutDownWrites = false;
    while (!m_stop.load()) {
        // From the jump host; libssh may hold data it has read already, so drain first.
        while (!channelEnded && toSocket.size() < bufferCap) {
            const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
            if (n > 0) {
                toSocket.append(buffer, n);
                continue;
            }
            if (n < 0 || ssh_channel_is_eof(m_channel) || !ssh_channel_is_open(m_channel))
                channelEnded = true;
            break;
        }
        while (!toSocket.isEmpty()) {
            const ssize_t sent =
                ::send(m_ours, toSocket.constData(), size_t(toSocket.size()), MSG_NOSIGNAL);
            if (sent > 0) {
                toSocket.remove(0, sent);
                continue;
            }
            if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                toSocket.clear(); // the next session is gone
                socketEnded = true;
                channelEnded = true;
            }
            break;
        }
        if (channelEnded && toSocket.isEmpty() && !shutDownWrites) {
            ::shutdown(m_ours, SHUT_WR); // the next session reads the end
            shutDownWrites = true;
        }
        // From the next session, to the jump host (a blocking write: the channel's window
        // holds it back when the far side does not read).
        if (!socketEnded) {
            const ssize_t got = ::recv(m_ours, buffer, sizeof buffer, 0);
            if (got > 0) {
                if (ssh_channel_write(m_channel, buffer, uint32_t(got)) != int(got))
                    channelEnded = socketEnded = true;
                continue;
            }
            if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                socketEnded = true;
                ssh_channel_send_eof(m_channel);
            }
        }
        if (channelEnded && socketEnded && toSocket.isEmpty())
            break;
        pollfd wait[2] = {};
        wait[0].fd = ssh_get_fd(m_via);
        wait[0].events = short(!channelEnded && toSocket.size() < bufferCap ? POLLIN : 0);
        wait[1].fd = m_ours;
        wait[1].events = short((socketEnded ? 0 : POLLIN) | (toSocket.isEmpty() ? 0 : POLLOUT));
        ::poll(wait, 2, 100); // wakes for m_stop too
    }
    ::shutdown(m_ours, SHUT_RDWR);
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
#endif
}

} // namespace dozor
