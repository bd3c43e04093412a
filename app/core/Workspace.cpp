#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace dozor {

namespace {
QString withHome(const QString &path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::home().filePath(path.mid(2));
    return path;
}
QString addressOf(const QString &user, const QString &host, int port)
{
    const bool v6 = port != 22 && host.contains(QLatin1Char(':'));
    return (user.isEmpty() ? QString() : user + QLatin1Char('@'))
        + (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host)
        + (port == 22 ? QString() : QLatin1Char(':') + QString::number(port));
}
} // namespace

QString sshAuthMethodName(SshAuthMethod method)
{
    switch (method) {
    case SshAuthMethod::Agent:
        return QStringLiteral("agent");
    case SshAuthMethod::KeyFile:
        return QStringLiteral("key");
    case SshAuthMethod::Password:
        return QStringLiteral("password");
    }
    return QString();
}

std::optional<SshAuthMethod> sshAuthMethodFromName(const QString &name)
{
    for (SshAuthMethod m :
        {SshAuthMethod::Agent, SshAuthMethod::KeyFile, SshAuthMethod::Password}) {
        if (sshAuthMethodName(m) == name)
            return m;
    }
    return std::nullopt;
}

QString SshEndpoint::address() const
{
    return addressOf(user, host, port);
}

QString SshEndpoint::route() const
{
    if (jump.isEmpty())
        return address();
    QStringList via;
    for (const SshJump &j : jump)
        via.append(j.address());
    return QCoreApplication::translate("SshEndpoint", "%1 via %2")
        .arg(address(), via.join(QStringLiteral(", ")));
}

QString SshEndpoint::loginSummary() const
{
    switch (auth) {
    case SshAuthMethod::Agent:
        break;
    case SshAuthMethod::KeyFile:
        return QCoreApplication::translate("SshEndpoint", "key %1").arg(keyFile);
    case SshAuthMethod::Password:
        return QCoreApplication::translate("SshEndpoint", "password");
    }
    return QCoreApplication::translate("SshEndpoint", "ssh-agent");
}

QString SshEndpoint::keyFilePath() const
{
    return withHome(keyFile);
}

QString SshJump::keyFilePath() const
{
    return withHome(keyFile);
}

QString SshJump::address() const
{
    return addressOf(user, host, port);
}

bool Workspace::sameCheckAs(const Workspace &other, const QString &checkId) const
{
    const CheckSpec *mine = check(checkId);
    const CheckSpec *theirs = other.check(checkId);
    if (!mine || !theirs || !(*mine == *theirs))
        return false;
    const Target *myTarget = target(mine->targetId);
    const Target *theirTarget = other.target(theirs->targetId);
    return myTarget && theirTarget && *myTarget == *theirTarget;
}

const Target *Workspace::target(const QString &id) const
{
    for (const auto &t : targets) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const BackupSource *Workspace::backup(const QString &id) const
{
    for (const auto &b : backups) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const DeployRecipe *Workspace::deploy(const QString &targetId, const QString &id) const
{
    for (const auto &d : deploys) {
        if (d.targetId == targetId && d.id == id)
            return &d;
    }
    return nullptr;
}

const CheckSpec *Workspace::check(const QString &id) const
{
    for (const auto &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

IncidentPolicy Workspace::policyFor(const CheckSpec &check) const
{
    IncidentPolicy p = alerts.policy;
    if (check.failThreshold)
        p.failThreshold = *check.failThreshold;
    if (check.recoverThreshold)
        p.recoverThreshold = *check.recoverThreshold;
    return p;
}

QStringList Workspace::tagsOf(const CheckSpec &check) const
{
    QStringList out = check.tags;
    if (const Target *t = target(check.targetId)) {
        for (const QString &tag : t->tags) {
            if (!out.contains(tag))
                out.append(tag);
        }
    }
    return out;
}

} // namespace dozor
