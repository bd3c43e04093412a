#include "SshHosts.h"

#include "KnownHosts.h"
#include "SshHost.h"

#include <QSet>

namespace dozor {

SshHosts::SshHosts(QObject *parent)
    : QObject(parent)
    , m_dozorKnownHosts(KnownHosts::dozorFile())
    , m_userKnownHosts(KnownHosts::userFile())
{
}

SshHosts::~SshHosts()
{
    qDeleteAll(m_hosts);
}

void SshHosts::setKnownHostsFiles(const QString &dozorFile, const QString &userFile)
{
    m_dozorKnownHosts = dozorFile;
    m_userKnownHosts = userFile;
}

SshConnectSettings SshHosts::settingsFor(const Target &target) const
{
    SshConnectSettings s;
    if (target.ssh) {
        s.host = target.ssh->host;
        s.port = target.ssh->port;
        s.user = target.ssh->user;
        s.auth = target.ssh->auth;
        s.keyFile = target.ssh->keyFilePath();
        s.secret = m_secrets.value(target.id);
        s.secretProblem = m_secretProblems.value(target.id);
        for (const SshJump &j : target.ssh->jump)
            s.jumps.append(SshHop {j.host, j.port, j.user, j.keyFilePath()});
    }
    s.knownHostsFile = m_dozorKnownHosts;
    s.userKnownHostsFile = m_userKnownHosts;
    s.acceptNewHostKey = m_acceptNew;
    return s;
}

SshHost *SshHosts::hostFor(const Target &target)
{
    const SshConnectSettings wanted = settingsFor(target);
    SshHost *host = m_hosts.value(target.id);
    if (host) {
        const SshConnectSettings &had = host->settings();
        if (had.host == wanted.host && had.port == wanted.port && had.user == wanted.user
            && had.auth == wanted.auth && had.keyFile == wanted.keyFile
            && had.acceptNewHostKey == wanted.acceptNewHostKey && had.secret == wanted.secret
            && had.secretProblem == wanted.secretProblem && had.jumps == wanted.jumps)
            return host;
        delete m_hosts.take(target.id);
    }
    host = new SshHost(target.id, wanted);
    connect(host, &SshHost::statusChanged, this, &SshHosts::statusChanged);
    connect(host, &SshHost::hostKeyUnknown, this, &SshHosts::hostKeyUnknown);
    m_hosts.insert(target.id, host);
    return host;
}

void SshHosts::retain(const QList<Target> &targets)
{
    QSet<QString> keep;
    for (const Target &t : targets) {
        if (t.ssh)
            keep.insert(t.id);
    }
    for (auto it = m_hosts.begin(); it != m_hosts.end();) {
        if (keep.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_hosts.erase(it);
        }
    }
}

void SshHosts::retryAll()
{
    for (SshHost *host : std::as_const(m_hosts))
        host->retryNow();
}

} // namespace dozor
