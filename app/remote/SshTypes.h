#pragma once

#include "core/Workspace.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <mutex>
#include <optional>

namespace dozor {

// What the server's host key is, and what Dozor's known-hosts files say about it.
enum class HostKeyVerdict {
    Known, // matches a known_hosts entry
    Unknown, // no entry for this host: ask (GUI) or refuse (CLI without --accept-new-host-keys)
    Changed, // an entry of the same type with another key: refuse, before authentication
    OtherType, // the host is known with a key of another type: refuse as well
};

struct HostKeyInfo {
    QString host;
    int port = 22;
    QString keyType; // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QByteArray keyBase64; // the public key, as in a known_hosts line
    QString fingerprint; // "SHA256:…"
    HostKeyVerdict verdict = HostKeyVerdict::Unknown;
    // For Changed/OtherType: what the known_hosts entry holds.
    QString knownKeyType;
    QString knownFingerprint;

    // The host as known_hosts writes it: "host" on port 22, "[host]:port" otherwise.
    QString knownHostsName() const;
};

// A jump host to pass through (ProxyJump): ssh-agent when keyFile is empty.
struct SshHop {
    QString host;
    int port = 22;
    QString user;
    QString keyFile;

    bool operator==(const SshHop &) const = default;
};

// Everything needed to open one session. Plain values: built on the monitor thread, used
// on the host's worker thread.
struct SshConnectSettings {
    QString host;
    int port = 22;
    QString user; // empty: the local user name
    SshAuthMethod auth = SshAuthMethod::Agent;
    QString keyFile;
    QByteArray secret; // passphrase or password, from the keychain; never logged
    // Why the secret could not be read (no keychain, access refused), when it could not.
    QString secretProblem;
    QString knownHostsFile; // Dozor's own, written when a key is accepted
    QString userKnownHostsFile; // ~/.ssh/known_hosts, read only
    bool acceptNewHostKey = false; // CLI --accept-new-host-keys, or the user said yes
    int timeoutMs = 10'000; // per network step
    // Passed through in order before this server, each with its own login and host-key
    // check (against the same known-hosts files, with the same acceptNewHostKey).
    QList<SshHop> jumps;
};

// One file or folder copied between this computer and a server over SFTP (an upload or a
// download); for a job on this computer, between two places here.
struct FileTransfer {
    bool upload = true; // this computer → the server; false: the server → this computer
    QString localPath;
    QString remotePath;
};

// What an SshHost hands its worker, by run id: the bytes a run sends (its script or command,
// and its standard input; a file transfer) and which streamed runs were asked to stop. Shared from
// before the worker's thread starts, behind a mutex both sides (and ThreadSanitizer) can see: the
// queued call itself carries only the id, since Qt's queue orders the hand-over with locks a
// sanitizer cannot see.
struct RunBoard {
    std::mutex mutex;
    QHash<quint64, std::pair<QByteArray, QByteArray>> payloads;
    QHash<quint64, FileTransfer> transfers;
    std::optional<SshConnectSettings> settings; // new settings the worker has not taken yet
    QSet<quint64> cancelled;

    void put(quint64 id, const QByteArray &what, const QByteArray &input = QByteArray())
    {
        std::lock_guard lock(mutex);
        payloads.insert(id, {what, input});
    }
    std::pair<QByteArray, QByteArray> take(quint64 id)
    {
        std::lock_guard lock(mutex);
        return payloads.take(id);
    }
    void putTransfer(quint64 id, const FileTransfer &transfer)
    {
        std::lock_guard lock(mutex);
        transfers.insert(id, transfer);
    }
    FileTransfer takeTransfer(quint64 id)
    {
        std::lock_guard lock(mutex);
        return transfers.take(id);
    }
    void putSettings(const SshConnectSettings &newSettings)
    {
        std::lock_guard lock(mutex);
        settings = newSettings;
    }
    std::optional<SshConnectSettings> takeSettings()
    {
        std::lock_guard lock(mutex);
        return std::exchange(settings, std::nullopt);
    }
    void cancel(quint64 id)
    {
        std::lock_guard lock(mutex);
        cancelled.insert(id);
    }
    // Whether id was cancelled; forget drops it (the run has ended).
    bool isCancelled(quint64 id, bool forget = false)
    {
        std::lock_guard lock(mutex);
        return forget ? cancelled.remove(id) : cancelled.contains(id);
    }
};

// What one remote run (a probe on the persistent shell, or a command) produced.
struct RemoteRunResult {
    QByteArray out;
    QByteArray err;
    std::optional<int> exitStatus;
    bool truncated = false; // stdout passed the cap; out holds the first cap bytes
    QString error; // empty when the run completed (whatever its exit status)
    bool unreachable = false; // it failed because the server could not be reached at all
    // The server's host key is not the one known, or new and not accepted: refused for
    // safety before anything was sent.
    bool refusedForSafety = false;
    qint64 elapsedMs = 0;

    bool completed() const { return error.isEmpty(); }
};

// How far opening a session got: "Test connection" says at which step it stopped.
enum class SshStep { Connect, HostKey, Authenticate, Ready };

// How a server's connection is doing, for its status line.
enum class SshHostState {
    Idle, // nothing asked for yet
    Connecting,
    Connected,
    Reconnecting, // lost or failing; the next attempt waits (backoff)
    HostKeyUnknown, // waiting for the user to accept or decline the key
    Refused, // changed host key: no automatic retry until the user acts
};

struct SshHostStatus {
    SshHostState state = SshHostState::Idle;
    QString detail; // the last error, or how samples are taken
    bool persistentShell = true; // false: one exec per sample (say so)
    qint64 retryAtMs = 0; // Reconnecting: when the next attempt may start
    SshStep step = SshStep::Connect; // how far the last attempt got (Ready: logged in)
};

} // namespace dozor

Q_DECLARE_METATYPE(dozor::HostKeyInfo)
Q_DECLARE_METATYPE(dozor::SshHostStatus)
Q_DECLARE_METATYPE(dozor::RemoteRunResult)
