#pragma once

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
    int line = 0; // the Host line, 1-based
};

struct SshConfigParse {
    QList<SshConfigHost> hosts;
    QStringList notes; // what was not imported and why (Include, Match, bad values)
};

// Reads ~/.ssh/config text itself (libssh never does: SSH_OPTIONS_PROCESS_CONFIG is off):
// Host, HostName, Port, User and IdentityFile, "Key value" or "Key=value", quotes, comments.
// As OpenSSH does, the first value found wins, and "Host *" style blocks fill in what the
// host's own block left out. Wildcard-only names are not hosts and are not listed. Nothing
// else in the file (ProxyCommand, options that weaken checks) has any effect on Dozor.
SshConfigParse parseSshConfig(QByteArrayView text);

// What importing hosts into workspace would do: targets for hosts it does not have yet
// (same address, port and user), with free ids, and the names of the ones skipped.
struct SshImportPlan {
    QList<Target> add;
    QStringList skipped;
};
SshImportPlan planSshImport(const QList<SshConfigHost> &hosts, const Workspace &workspace);

} // namespace dozor
