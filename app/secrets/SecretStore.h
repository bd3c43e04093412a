#pragma once

#include "core/Expected.h"
#include "core/Workspace.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace dozor {

// What a secret is for: a server's login password, or the passphrase of its key file.
enum class SecretKind { Password, KeyPassphrase };

// The only code that touches credentials. Passwords and key passphrases live in the OS
// keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) through
// asynchronous QtKeychain jobs, with the insecure fallback off: where no secure keychain
// exists, saving fails with a message and the secret is written nowhere else. Entries are
// named by the workspace file and the target, so two workspaces never share one. A secret
// never reaches a log line, the workspace or the history.
class SecretStore : public QObject {
    Q_OBJECT
public:
    // The keychain "service" the entries are filed under; tests point it elsewhere with
    // DOZOR_KEYCHAIN_SERVICE.
    static QString defaultService();
    explicit SecretStore(QString service = defaultService(), QObject *parent = nullptr);

    static QString keyFor(const QString &workspaceFile, const QString &targetId, SecretKind kind);
    // An alert channel's secret: a Telegram bot token, or a webhook's secret header value.
    static QString keyForChannel(const QString &workspaceFile, const QString &channelId);
    // A restic or borg repository's password, by backup source.
    static QString keyForBackup(const QString &workspaceFile, const QString &sourceId);
    // The secret a target's login needs, if any: a password, or a key's passphrase.
    static std::optional<SecretKind> neededBy(const Target &target);
    // Whether a read's problem is only that nothing is stored (the keychain works).
    static bool isMissing(const QString &problem);
    static QString missingText();

    using ReadDone = std::function<void(const Expected<QByteArray> &)>;
    using WriteDone = std::function<void(const Expected<void> &)>;
    // done runs on this object's thread, unless context is gone by then.
    void read(const QString &key, QObject *context, ReadDone done);
    void write(const QString &key, const QByteArray &secret, QObject *context, WriteDone done);
    void remove(const QString &key, QObject *context, WriteDone done);
    // Copies a secret to another name (a server renamed); nothing stored under from is fine.
    void copy(const QString &from, const QString &to, QObject *context, WriteDone done);

    // Reads the secret of every target of workspace that needs one. done gets the secrets by
    // target id and, for targets whose secret could not be read, why.
    using WorkspaceDone = std::function<void(
        const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &errors)>;
    void readForWorkspace(const Workspace &workspace, const QString &workspaceFile,
        QObject *context, WorkspaceDone done);
    // The same for the alert channels that need a secret, by channel id.
    void readAlertSecrets(const Workspace &workspace, const QString &workspaceFile,
        QObject *context, WorkspaceDone done);
    // The same for the restic and borg sources, by source id.
    void readBackupSecrets(const Workspace &workspace, const QString &workspaceFile,
        QObject *context, WorkspaceDone done);

private:
    // Reads every (id, key) pair; done gets the secrets and errors by id.
    void readKeys(
        const QList<QPair<QString, QString>> &wanted, QObject *context, WorkspaceDone done);

    QString m_service;
};

} // namespace dozor
