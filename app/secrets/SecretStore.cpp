#include "SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "dozor.secrets", QtWarningMsg)

namespace dozor {

namespace {

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::missingText();
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::tr("no system keychain is available (%1). On Linux Dozor needs the "
                               "Secret Service of a running, unlocked GNOME Keyring or KWallet; "
                               "it never stores secrets anywhere else")
            .arg(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::tr("the system keychain refused access (%1); unlock it and try again")
            .arg(detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // No session bus, or nothing on it offering the Secret Service: there is no keychain,
    // rather than one that failed.
    if (detail.contains(QLatin1String("D-Bus")) || detail.contains(QLatin1String("DBus"))
        || detail.contains(QLatin1String("org.freedesktop.secrets")))
        return describe(QKeychain::NoBackendAvailable, detail);
    return SecretStore::tr("the system keychain failed (%1). Dozor needs a running, unlocked "
                           "keychain (on Linux GNOME Keyring or KWallet) and never stores "
                           "secrets anywhere else")
        .arg(detail);
}

template<typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead
    job->setKey(key);
    return job;
}

} // namespace

QString SecretStore::missingText()
{
    return tr("nothing is stored in the system keychain for it");
}

bool SecretStore::isMissing(const QString &problem)
{
    return problem == missingText();
}

QString SecretStore::defaultService()
{
    const QString fromEnv = qEnvironmentVariable("DOZOR_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QStringLiteral("dozor") : fromEnv;
}

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString SecretStore::keyFor(const QString &workspaceFile, const QString &targetId, SecretKind kind)
{
    const QString file = QDir::cleanPath(QFileInfo(workspaceFile).absoluteFilePath());
    const QString what = kind == SecretKind::Password ? QStringLiteral("password")
                                                      : QStringLiteral("key-passphrase");
    return QStringLiteral("%1#%2/%3").arg(file, targetId, what);
}

QString SecretStore::keyForChannel(const QString &workspaceFile, const QString &channelId)
{
    const QString file = QDir::cleanPath(QFileInfo(workspaceFile).absoluteFilePath());
    return QStringLiteral("%1#alert:%2/secret").arg(file, channelId);
}

QString SecretStore::keyForBackup(const QString &workspaceFile, const QString &sourceId)
{
    const QString file = QDir::cleanPath(QFileInfo(workspaceFile).absoluteFilePath());
    return QStringLiteral("%1#backup:%2/password").arg(file, sourceId);
}

std::optional<SecretKind> SecretStore::neededBy(const Target &target)
{
    if (!target.ssh)
        return std::nullopt;
    if (target.ssh->auth == SshAuthMethod::Password)
        return SecretKind::Password;
    if (target.ssh->auth == SshAuthMethod::KeyFile && target.ssh->hasPassphrase)
        return SecretKind::KeyPassphrase;
    return std::nullopt;
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
        [job, context = QPointer<QObject>(context), done = std::move(done)] {
            if (!context)
                return;
            if (job->error() != QKeychain::NoError) {
                qCInfo(lcSecrets) << "read failed:" << job->error() << job->errorString();
                done(unexpected(describe(job->error(), job->errorString())));
                return;
            }
            done(job->binaryData());
        });
    job->start();
}

void SecretStore::write(
    const QString &key, const QByteArray &secret, QObject *context, WriteDone done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    // As text where it is text (every password typed in), so the keychain's own tools
    // (Seahorse, secret-tool) show it; reading gives the same bytes either way.
    if (const QString text = QString::fromUtf8(secret); text.toUtf8() == secret)
        job->setTextData(text);
    else
        job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this,
        [job, context = QPointer<QObject>(context), done = std::move(done)] {
            if (!context)
                return;
            if (job->error() != QKeychain::NoError)
                done(unexpected(describe(job->error(), job->errorString())));
            else
                done({});
        });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
        [job, context = QPointer<QObject>(context), done = std::move(done)] {
            if (!context)
                return;
            // Removing what is not there leaves the keychain as the caller wanted it.
            if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                done(unexpected(describe(job->error(), job->errorString())));
            else
                done({});
        });
    job->start();
}

void SecretStore::copy(const QString &from, const QString &to, QObject *context, WriteDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, from);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, to, context = QPointer<QObject>(context), done = std::move(done)] {
            if (!context)
                return;
            if (job->error() == QKeychain::EntryNotFound) {
                done({}); // nothing stored under the old name: nothing to move
                return;
            }
            if (job->error() != QKeychain::NoError) {
                done(unexpected(describe(job->error(), job->errorString())));
                return;
            }
            write(to, job->binaryData(), context, done);
        });
    job->start();
}

void SecretStore::readForWorkspace(
    const Workspace &workspace, const QString &workspaceFile, QObject *context, WorkspaceDone done)
{
    QList<QPair<QString, QString>> wanted; // target id, key
    for (const Target &t : workspace.targets) {
        if (const auto kind = neededBy(t))
            wanted.append({t.id, keyFor(workspaceFile, t.id, *kind)});
    }
    readKeys(wanted, context, std::move(done));
}

void SecretStore::readAlertSecrets(
    const Workspace &workspace, const QString &workspaceFile, QObject *context, WorkspaceDone done)
{
    QList<QPair<QString, QString>> wanted; // channel id, key
    for (const AlertChannel &c : workspace.alerts.channels) {
        if (c.needsSecret())
            wanted.append({c.id, keyForChannel(workspaceFile, c.id)});
    }
    readKeys(wanted, context, std::move(done));
}

void SecretStore::readBackupSecrets(
    const Workspace &workspace, const QString &workspaceFile, QObject *context, WorkspaceDone done)
{
    QList<QPair<QString, QString>> wanted; // source id, key
    for (const BackupSource &s : workspace.backups) {
        if (s.takesPassword())
            wanted.append({s.id, keyForBackup(workspaceFile, s.id)});
    }
    readKeys(wanted, context, std::move(done));
}

void SecretStore::readKeys(
    const QList<QPair<QString, QString>> &wanted, QObject *context, WorkspaceDone done)
{
    struct Pending {
        int left = 0;
        QHash<QString, QByteArray> secrets;
        QHash<QString, QString> errors;
        WorkspaceDone done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->left = int(wanted.size());
    if (wanted.isEmpty()) {
        pending->done({}, {});
        return;
    }
    for (const auto &[id, key] : wanted) {
        read(key, context, [pending, id = id](const Expected<QByteArray> &secret) {
            if (secret)
                pending->secrets.insert(id, *secret);
            else
                pending->errors.insert(id, secret.error());
            if (--pending->left == 0)
                pending->done(pending->secrets, pending->errors);
        });
    }
}

} // namespace dozor
