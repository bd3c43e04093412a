#include "SshSession.h"

#include "KnownHosts.h"
#include "RunOutcomeText.h"
#include "SshTunnel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive

Q_LOGGING_CATEGORY(lcSsh, "dozor.ssh", QtWarningMsg)

namespace dozor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dozor::SshSession", text);
}

QString endpoint(const SshConnectSettings &s)
{
    return s.port == 22 ? s.host : QStringLiteral("%1:%2").arg(s.host).arg(s.port);
}

constexpr qsizetype execErrCap = qsizetype {256} * 1024;

// Known_hosts entries for this host in one file, as "type fingerprint" descriptions.
QStringList knownKeysIn(const QString &file, const QString &hostName)
{
    QStringList keys;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return keys;
    const QByteArray host = hostName.toUtf8();
    while (!f.atEnd() && keys.size() < 16) {
        const QByteArray line = f.readLine(64 * 1024).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(host.constData(), line.constData(), &entry) == SSH_OK
            && entry) {
            unsigned char *hash = nullptr;
            size_t length = 0;
            if (entry->publickey
                && ssh_get_publickey_hash(
                       entry->publickey, SSH_PUBLICKEY_HASH_SHA256, &hash, &length)
                    == 0) {
                char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
                keys.append(QStringLiteral("%1 %2 (%3)")
                                .arg(QString::fromLatin1(
                                         ssh_key_type_to_char(ssh_key_type(entry->publickey))),
                                    QString::fromLatin1(text), file));
                ssh_string_free_char(text);
                ssh_clean_pubkey_hash(&hash);
            }
        }
        ssh_knownhosts_entry_free(entry);
    }
    return keys;
}
} // namespace

SshSession::SshSession() = default;

SshSession::~SshSession()
{
    close();
}

void SshSession::close()
{
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    while (!m_hops.empty()) {
        m_hops.back().tunnel.reset();
        m_hops.pop_back();
    }
}

bool SshSession::isOpen() const
{
    return m_session && m_step == Step::Ready && ssh_is_connected(m_session);
}

QString SshSession::lastError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

Expected<void> SshSession::open(const SshConnectSettings &settings, const std::atomic_bool *cancel)
{
    close();
    m_step = Step::Connect;
    m_hostKey.reset();
    int socket = -1;
    for (qsizetype i = 0; i < settings.jumps.size(); ++i) {
        const SshHop &hop = settings.jumps.at(i);
        SshConnectSettings via = settings;
        via.host = hop.host;
        via.port = hop.port;
        via.user = hop.user;
        via.auth = hop.keyFile.isEmpty() ? SshAuthMethod::Agent : SshAuthMethod::KeyFile;
        via.keyFile = hop.keyFile;
        via.secret.clear();
        via.secretProblem.clear();
        via.jumps.clear();
        Hop opened {std::make_unique<SshSession>(), nullptr};
        if (auto in = opened.session->openOn(via, socket, cancel); !in) {
            m_step = opened.session->step();
            m_hostKey = opened.session->hostKey();
            opened.session.reset();
            close();
            // Most messages name the host already.
            return unexpected(in.error().contains(endpoint(via))
                    ? tr("jump host: %1").arg(in.error())
                    : tr("jump host %1: %2").arg(endpoint(via), in.error()));
        }
        const bool last = i + 1 == settings.jumps.size();
        const QString nextHost = last ? settings.host : settings.jumps.at(i + 1).host;
        const int nextPort = last ? settings.port : settings.jumps.at(i + 1).port;
        auto tunnel = SshTunnel::open(opened.session->handle(), nextHost, nextPort);
        if (!tunnel) {
            m_step = Step::Connect;
            opened.session.reset();
            close();
            return unexpected(tr("jump host %1: %2").arg(endpoint(via), tunnel.error()));
        }
        opened.tunnel = std::move(tunnel).value();
        socket = opened.tunnel->takeSocket();
        m_hops.push_back(std::move(opened));
    }
    if (auto in = openOn(settings, socket, cancel); !in) {
        const Step step = m_step;
        close();
        m_step = step;
        if (settings.jumps.isEmpty())
            return in;
        const SshHop &last = settings.jumps.constLast();
        return unexpected(
            tr("%1 (through the jump host %2)")
                .arg(in.error(),
                    last.port == 22 ? last.host
                                    : QStringLiteral("%1:%2").arg(last.host).arg(last.port)));
    }
    return {};
}

Expected<void> SshSession::openOn(
    const SshConnectSettings &settings, int socket, const std::atomic_bool *cancel)
{
    // A key file that is not there is said before anything is sent (and before any host-key
    // question), not as a catch-all login failure afterwards.
    if (settings.auth == SshAuthMethod::KeyFile && !QFileInfo(settings.keyFile).isFile()) {
        m_step = Step::Authenticate;
        return unexpected(QFileInfo::exists(settings.keyFile)
                ? tr("the key file %1 is not a file").arg(settings.keyFile)
                : tr("key file not found: %1").arg(settings.keyFile));
    }
    m_session = ssh_new();
    if (!m_session)
        return unexpected(tr("cannot create an SSH session (out of memory)"));

    // Never read ~/.ssh/config or /etc/ssh/ssh_config: they could turn host-key checking off
    // or route the connection through a ProxyCommand.
    bool processConfig = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    const QByteArray host = settings.host.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    unsigned int port = static_cast<unsigned int>(settings.port);
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!settings.user.isEmpty()) {
        const QByteArray user = settings.user.toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    }
    long timeoutSec = std::max(1, (settings.timeoutMs + 999) / 1000);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    const QByteArray known = QFile::encodeName(settings.knownHostsFile);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, known.constData());
    const QByteArray userKnown = QFile::encodeName(settings.userKnownHostsFile);
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, userKnown.constData());
    if (socket != -1) {
        socket_t fd = socket;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    }

    if (auto connected = connectSocket(settings, cancel); !connected)
        return connected;
    m_step = Step::HostKey;
    if (auto key = checkHostKey(settings); !key)
        return key;
    m_step = Step::Authenticate;
    if (auto auth = authenticate(settings); !auth)
        return auth;
    m_step = Step::Ready;
    return {};
}

Expected<void> SshSession::connectSocket(
    const SshConnectSettings &settings, const std::atomic_bool *cancel)
{
    // Non-blocking, so a connect to a dead host can be given up when Dozor quits.
    ssh_set_blocking(m_session, 0);
    const QDeadlineTimer deadline(settings.timeoutMs);
    int rc = ssh_connect(m_session);
    while (rc == SSH_AGAIN) {
        if (cancel && cancel->load())
            return unexpected(RunOutcomeText::cancelled());
        if (deadline.hasExpired())
            return unexpected(tr("cannot connect to %1: no answer within %2 s")
                                  .arg(endpoint(settings))
                                  .arg(settings.timeoutMs / 1000.0));
        QThread::msleep(2);
        rc = ssh_connect(m_session);
    }
    ssh_set_blocking(m_session, 1);
    if (rc != SSH_OK)
        return unexpected(tr("cannot connect to %1: %2").arg(endpoint(settings), lastError()));
    return {};
}

Expected<void> SshSession::checkHostKey(const SshConnectSettings &settings)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return unexpected(
            tr("%1 sent no usable host key: %2").arg(endpoint(settings), lastError()));
    HostKeyInfo info;
    info.host = settings.host;
    info.port = settings.port;
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) == SSH_OK) {
        info.keyBase64 = QByteArray(b64);
        ssh_string_free_char(b64);
    }
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == 0) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        info.fingerprint = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);

    const ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        info.verdict = HostKeyVerdict::Known;
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        info.verdict =
            state == SSH_KNOWN_HOSTS_CHANGED ? HostKeyVerdict::Changed : HostKeyVerdict::OtherType;
        const QStringList knownKeys = knownKeysIn(settings.knownHostsFile, info.knownHostsName())
            + knownKeysIn(settings.userKnownHostsFile, info.knownHostsName());
        if (!knownKeys.isEmpty()) {
            const QStringList first = knownKeys.constFirst().split(QLatin1Char(' '));
            info.knownKeyType = first.value(0);
            info.knownFingerprint = first.value(1);
        }
        m_hostKey = info;
        return unexpected(
            tr("REFUSED: the host key of %1 does not match the one on record. Known: %2. The "
               "server now presents: %3 %4. Either the server was reinstalled or its keys "
               "replaced, or someone is intercepting the connection. Nothing was sent to "
               "the server. If you know why the key changed, remove the old entry (Settings "
               "→ Known hosts, or ssh-keygen -R '%5' -f FILE) and connect again.")
                .arg(endpoint(settings),
                    knownKeys.isEmpty() ? tr("a different key")
                                        : knownKeys.join(QStringLiteral("; ")),
                    info.keyType, info.fingerprint, info.knownHostsName()));
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        info.verdict = HostKeyVerdict::Unknown;
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        m_hostKey = info;
        return unexpected(tr("cannot check the host key of %1 against %2: %3")
                              .arg(endpoint(settings), settings.knownHostsFile, lastError()));
    }
    m_hostKey = info;
    if (info.verdict == HostKeyVerdict::Known)
        return {};
    if (!settings.acceptNewHostKey)
        return unexpected(tr("the host key of %1 is not known yet (%2 %3). Compare it with the "
                             "server's (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the "
                             "server) and accept it in Dozor, or run the command again with "
                             "--accept-new-host-keys.")
                              .arg(endpoint(settings), info.keyType, info.fingerprint));
    if (auto added = KnownHosts::add(info, settings.knownHostsFile); !added)
        return unexpected(
            tr("cannot remember the host key of %1: %2").arg(endpoint(settings), added.error()));
    qCInfo(lcSsh) << "accepted new host key" << info.keyType << info.fingerprint << "for"
                  << endpoint(settings);
    m_hostKey->verdict = HostKeyVerdict::Known;
    return {};
}

Expected<void> SshSession::authenticate(const SshConnectSettings &settings)
{
    int rc = SSH_AUTH_ERROR;
    QString what;
    switch (settings.auth) {
    case SshAuthMethod::Agent:
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
            return unexpected(tr("cannot log in to %1 with ssh-agent: no agent is running "
                                 "(SSH_AUTH_SOCK is not set). Start ssh-agent and add your key, "
                                 "or choose a key file.")
                                  .arg(endpoint(settings)));
        rc = ssh_userauth_agent(m_session, nullptr);
        what = tr("none of the keys in ssh-agent was accepted");
        break;
    case SshAuthMethod::KeyFile: {
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(settings.keyFile);
        const QByteArray passphrase = settings.secret;
        if (ssh_pki_import_privkey_file(path.constData(),
                passphrase.isEmpty() ? nullptr : passphrase.constData(), nullptr, nullptr, &key)
            != SSH_OK) {
            if (passphrase.isEmpty() && !settings.secretProblem.isEmpty())
                return unexpected(tr("cannot read the private key %1: its passphrase could not "
                                     "be read: %2")
                                      .arg(settings.keyFile, settings.secretProblem));
            return unexpected(tr("cannot read the private key %1: the file is missing, not a "
                                 "key, or protected by a passphrase that was not given or is "
                                 "wrong")
                                  .arg(settings.keyFile));
        }
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
        what = tr("the server refused the key %1").arg(settings.keyFile);
        break;
    }
    case SshAuthMethod::Password: {
        // The keychain's own words when it could not be read: "no password is stored"
        // would send the user to store one in a keychain that is not there.
        if (settings.secret.isEmpty() && !settings.secretProblem.isEmpty())
            return unexpected(tr("cannot read the password for %1: %2")
                                  .arg(endpoint(settings), settings.secretProblem));
        if (settings.secret.isEmpty())
            return unexpected(tr("no password is stored for %1").arg(endpoint(settings)));
        const QByteArray password = settings.secret;
        rc = ssh_userauth_password(m_session, nullptr, password.constData());
        what = tr("the server refused the password");
        break;
    }
    }
    const QString user = settings.user.isEmpty() ? tr("your local user name") : settings.user;
    switch (rc) {
    case SSH_AUTH_SUCCESS:
        return {};
    case SSH_AUTH_DENIED:
        return unexpected(tr("cannot log in to %1 as %2: %3").arg(endpoint(settings), user, what));
    case SSH_AUTH_PARTIAL:
        return unexpected(tr("cannot log in to %1 as %2: the server asks for a further "
                             "authentication step, which Dozor does not support")
                              .arg(endpoint(settings), user));
    default:
        return unexpected(
            tr("cannot log in to %1 as %2: %3").arg(endpoint(settings), user, lastError()));
    }
}

Expected<void> SshSession::ping()
{
    if (!isOpen())
        return unexpected(tr("not connected"));
    if (ssh_send_keepalive(m_session) != SSH_OK)
        return unexpected(tr("the connection is gone: %1").arg(lastError()));
    return {};
}

RemoteRunResult SshSession::exec(const QByteArray &command, const QByteArray &input,
    qsizetype outCap, int timeoutMs, const std::atomic_bool *cancel, const OutputSink &sink,
    const std::function<bool()> &poll)
{
    RemoteRunResult result;
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(timeoutMs);
    if (!isOpen()) {
        result.error = tr("not connected");
        return result;
    }
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        // Read by a command check as "the command could not start: …".
        const QString why = lastError();
        result.error = why.isEmpty()
            ? tr("could not start: the server refused a new channel (its MaxSessions limit?)")
            : tr("could not start: the server refused a new channel: %1").arg(why);
        if (channel)
            ssh_channel_free(channel);
        return result;
    }
    // A line on stderr names the process group, so a run that has to be stopped can be
    // killed with everything it started. The marker is random: rc files cannot fake it.
    const QByteArray pidMarker = SshChannelIo::randomMarker() + ' ';
    const QByteArray wrapped = "echo \"" + pidMarker + "$$\" >&2; " + command;
    if (ssh_channel_request_exec(channel, wrapped.constData()) != SSH_OK
        || (!input.isEmpty() && !SshChannelIo::write(channel, input))
        || ssh_channel_send_eof(channel) != SSH_OK) {
        result.error = tr("could not start: %1").arg(lastError());
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return result;
    }
    qint64 pid = 0;
    bool pidSeen = false;
    // Takes the process group line out of stderr once it is whole (or clearly not coming).
    const auto takePid = [&](bool last) {
        if (pidSeen)
            return;
        const qsizetype at = result.err.indexOf(pidMarker);
        const qsizetype eol = at < 0 ? -1 : result.err.indexOf('\n', at);
        if (!last && eol < 0 && result.err.size() < 4096)
            return;
        pidSeen = true;
        if (at < 0)
            return;
        pid = result.err.mid(at + pidMarker.size(), eol - at - pidMarker.size()).toLongLong();
        result.err.remove(at, (eol < 0 ? result.err.size() : eol + 1) - at);
    };
    bool last = false;
    // Stopped by poll: the read loop sees this flag (cancel is the caller's and read-only).
    std::atomic_bool polledStop = false;
    const auto forward = [&] {
        if (sink) {
            takePid(last);
            if (!result.out.isEmpty())
                sink(std::exchange(result.out, {}), false);
            if (pidSeen && !result.err.isEmpty())
                sink(std::exchange(result.err, {}), true);
        }
        if (poll && poll())
            polledStop = true;
        return false;
    };
    // Both are looked at: the caller's cancel, and poll's answer.
    std::atomic_bool anyStop = false;
    const auto stopNow = [&] {
        if ((cancel && cancel->load()) || polledStop.load())
            anyStop = true;
    };
    stopNow();
    const SshChannelIo::Stop stop = SshChannelIo::read(channel, result.out, result.err, outCap,
        execErrCap, deadline, (sink || poll) ? &anyStop : cancel,
        (sink || poll) ? std::function<bool()>([&] {
            forward();
            stopNow();
            return false;
        })
                       : nullptr);
    last = true;
    if (sink)
        forward();
    else
        takePid(true);
    switch (stop) {
    case SshChannelIo::Stop::Eof:
    case SshChannelIo::Stop::Done: {
        const int status = ssh_channel_get_exit_status(channel);
        if (status >= 0)
            result.exitStatus = status;
        break;
    }
    case SshChannelIo::Stop::Timeout:
        result.error = RunOutcomeText::timedOut(timeoutMs);
        break;
    case SshChannelIo::Stop::Cancelled:
        result.error = RunOutcomeText::cancelled();
        break;
    case SshChannelIo::Stop::OutCap:
        result.truncated = true;
        result.error = RunOutcomeText::outputCut(outCap);
        break;
    case SshChannelIo::Stop::Error:
        result.error = RunOutcomeText::connectionFailed(lastError());
        break;
    }
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    if (stop != SshChannelIo::Stop::Eof && stop != SshChannelIo::Stop::Done && pid > 1
        && stop != SshChannelIo::Stop::Error)
        killProcessGroup(pid);
    result.elapsedMs = clock.elapsed();
    return result;
}

void SshSession::killProcessGroup(qint64 pid)
{
    if (pid <= 1 || !isOpen())
        return;
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return;
    if (ssh_channel_open_session(channel) == SSH_OK) {
        const QByteArray command = "kill -s KILL -- -" + QByteArray::number(pid)
            + " 2>/dev/null || kill -s KILL " + QByteArray::number(pid) + " 2>/dev/null";
        if (ssh_channel_request_exec(channel, command.constData()) == SSH_OK) {
            QByteArray out, err;
            SshChannelIo::read(
                channel, out, err, 4096, 4096, QDeadlineTimer(5000), nullptr, nullptr);
        }
        ssh_channel_close(channel);
    }
    ssh_channel_free(channel);
    qCInfo(lcSsh) << "stopped remote process group" << pid;
}

namespace SshChannelIo {

QByteArray randomMarker()
{
    quint64 words[2];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    return "@@dozor-" + QByteArray::number(words[0], 16) + QByteArray::number(words[1], 16);
}

bool write(ssh_channel channel, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const int n = ssh_channel_write(channel, data.constData() + sent,
            static_cast<uint32_t>(std::min<qsizetype>(data.size() - sent, 32 * 1024)));
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

Stop read(ssh_channel channel, QByteArray &out, QByteArray &err, qsizetype outCap, qsizetype errCap,
    const QDeadlineTimer &deadline, const std::atomic_bool *cancel,
    const std::function<bool()> &done)
{
    char buffer[32 * 1024];
    // The wait is on stdout only, but the end of a run can be on stderr: start with short
    // waits after any data and let them grow while both streams are quiet, so the last
    // stderr bytes are seen within a millisecond or two without spinning on a long command.
    int slice = 1;
    for (;;) {
        if (cancel && cancel->load())
            return Stop::Cancelled;
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return Stop::Timeout;
        const int waitMs = static_cast<int>(left < 0 ? slice : std::min<qint64>(left, slice));
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, waitMs);
        if (n == SSH_ERROR)
            return Stop::Error;
        if (n > 0) {
            if (out.size() + n > outCap) {
                out.append(buffer, outCap - out.size());
                return Stop::OutCap;
            }
            out.append(buffer, n);
        }
        int e = 0;
        bool gotErr = false;
        while ((e = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0) {
            gotErr = true;
            if (err.size() < errCap)
                err.append(buffer, std::min<qsizetype>(e, errCap - err.size()));
        }
        if (e == SSH_ERROR)
            return Stop::Error;
        slice = (n > 0 || gotErr) ? 1 : std::min(slice * 2, 200);
        if (done && done())
            return Stop::Done;
        if (n <= 0 && ssh_channel_is_eof(channel))
            return Stop::Eof;
        if (n <= 0 && ssh_channel_is_closed(channel))
            return Stop::Eof;
    }
}

} // namespace SshChannelIo

} // namespace dozor
