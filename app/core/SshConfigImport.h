#pragma once

#include "Expected.h"
#include "Workspace.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace dozor {

// One concrete host of an OpenSSH client config, with what Dozor takes from it.
struct SshConfigHost {
    QString alias; // the Host name
    QString hostName; // HostName, or the alias
    int port = 22;
    QString user; // empty: the local user
    QString identityFile; // as written ("~/.ssh/id_ed25519"); empty: ssh-agent
    // ProxyJump, with each jump host's own HostName, Port, User and IdentityFile from the
    // config (and its own ProxyJump before it).
    QList<SshJump> jump;
    int line = 0; // the Host line, 1-based
};

struct SshConfigParse {
    QList<SshConfigHost> hosts;
    QStringList notes; // what was not imported and why (Include, Match, bad values)
};

// Reads ~/.ssh/config text itself (libssh never does: SSH_OPTIONS_PROCESS_CONFIG is off):
// Host, HostName, Port, User, IdentityFile and ProxyJump, "Key value" or "Key=value",
// quotes, comments. As OpenSSH does, the first value found wins, and "Host *" style blocks
// fill in what the host's own block left out. Wildcard-only names are not hosts and are not
// listed. A host reached through a ProxyCommand is not imported (Dozor runs no commands to
// connect), with a note. Nothing else in the file (options that weaken checks) has any
// effect on Dozor.
SshConfigParse parseSshConfig(QByteArrayView text);

// OpenSSH's ProxyJump value: "[user@]host[:port]" (or "ssh://…", "[v6 address]:port"),
// comma-separated, in order; "none" is none. portWritten, when given, gets for each whether
// its port was written (22 otherwise).
Expected<QList<SshJump>> parseJumpList(const QString &text, QList<bool> *portWritten = nullptr);
// The same, written back ("me@bastion:2222, gw").
QString jumpListText(const QList<SshJump> &jumps);

// What importing hosts into workspace would do: targets for hosts it does not have yet
// (same address, port and user), with free ids, and the names of the ones skipped.
struct SshImportPlan {
    QList<Target> add;
    QStringList skipped;
};
SshImportPlan planSshImport(const QList<SshConfigHost> &hosts, const Workspace &workspace);

} // namespace dozor
