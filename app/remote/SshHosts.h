#pragma once

#include "SshTypes.h"
#include "core/Workspace.h"

#include <QHash>
#include <QObject>

namespace dozor {

class SshHost;

// The SSH connections of one workspace, one per target, made when first needed and kept
// across workspace edits (only a server whose login changed gets a new connection).
class SshHosts : public QObject {
    Q_OBJECT
public:
    explicit SshHosts(QObject *parent = nullptr);
    ~SshHosts() override;

    // CLI --accept-new-host-keys: unknown keys are written to Dozor's known_hosts.
    void setAcceptNewHostKeys(bool accept) { m_acceptNew = accept; }
    // Tests and portable installs point these elsewhere; the defaults are KnownHosts'.
    void setKnownHostsFiles(const QString &dozorFile, const QString &userFile);
    // Passwords and key passphrases by target id, read from the keychain by the owner.
    // Connections whose secret changed are made again when next needed.
    // The targets' passwords and passphrases, and why a target's could not be read (said
    // in its login error instead of "no password is stored").
    void setSecrets(
        const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &problems = {})
    {
        m_secrets = secrets;
        m_secretProblems = problems;
    }

    // The connection for this target (an SSH target), made now if there is none. A target
    // whose address, user or login changed gets a new connection.
    SshHost *hostFor(const Target &target);
    SshHost *find(const QString &targetId) const { return m_hosts.value(targetId); }
    // Drops the connections of targets that are gone.
    void retain(const QList<Target> &targets);
    // Retries every connection now (after a host key was accepted or removed).
    void retryAll();

    SshConnectSettings settingsFor(const Target &target) const;

Q_SIGNALS:
    void statusChanged(const QString &targetId, const dozor::SshHostStatus &status);
    void hostKeyUnknown(const QString &targetId, const dozor::HostKeyInfo &key);

private:
    QHash<QString, SshHost *> m_hosts;
    QHash<QString, QByteArray> m_secrets;
    QHash<QString, QString> m_secretProblems;
    QString m_dozorKnownHosts;
    QString m_userKnownHosts;
    bool m_acceptNew = false;
};

} // namespace dozor
