#pragma once

#include "core/Workspace.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace dozor {

// What every CLI command shares: stdout/stderr streams, the --workspace option and loading
// the workspace with its diagnostics printed in words.
class CliContext {
public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    static QCommandLineOption workspaceOption();
    static QCommandLineOption acceptHostKeysOption();
    QString workspacePath(const QCommandLineParser &parser) const;

    // What to do when the default workspace file (no --workspace) does not exist yet. A file
    // named with --workspace is never created: a typo must not silently start a new one.
    enum class MissingDefault { Create, Report };

    // Loads the workspace of workspacePath(parser) and prints every diagnostic to stderr.
    // Returns nothing when the workspace has errors.
    std::optional<Workspace> loadWorkspace(
        const QCommandLineParser &parser, MissingDefault whenMissing);

    // Parses args. Returns an exit code when the command must stop here (--help: 0, a bad
    // option: ExitUsage, with the usage printed), nothing when it should go on.
    // At most maxPositional arguments that are not options are accepted.
    std::optional<int> parse(
        QCommandLineParser &parser, const QStringList &args, qsizetype maxPositional = 0);

    // The passwords and key passphrases the workspace's SSH logins need, from the system
    // keychain, by target id. What cannot be read is said on stderr; those targets' checks
    // then report that their login failed. Runs the event loop until the keychain answered.
    QHash<QString, QByteArray> readSecrets(
        const Workspace &workspace, const QString &workspaceFile);
    // Bot tokens and webhook header values of the workspace's alert channels, by channel id;
    // a missing one is reported (its channel's deliveries will say so too).
    QHash<QString, QByteArray> readAlertSecrets(
        const Workspace &workspace, const QString &workspaceFile);
    // Repository passwords of the workspace's restic and borg sources, by source id; one
    // that cannot be read is reported (the tool will then say it needs a password).
    QHash<QString, QByteArray> readBackupSecrets(
        const Workspace &workspace, const QString &workspaceFile);
    // The same two without waiting, for a command whose event loop runs already (watch):
    // done gets the secrets later, unless context is gone by then.
    using SecretsRead = std::function<void(const QHash<QString, QByteArray> &)>;
    void readSecretsLater(const Workspace &workspace, const QString &workspaceFile,
        QObject *context, SecretsRead done);
    void readAlertSecretsLater(const Workspace &workspace, const QString &workspaceFile,
        QObject *context, SecretsRead done);
    // Why the last read's secrets could not be read, by target id, where the keychain
    // itself failed (not where it had none): for SshHosts::setSecrets.
    const QHash<QString, QString> &secretProblems() const { return m_secretProblems; }

private:
    SecretStore &secretStore();

    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<SecretStore> m_secretStore;
    QHash<QString, QString> m_secretProblems;
};

} // namespace dozor
