#include "CliContext.h"

#include "core/AppPaths.h"
#include "core/ExitCode.h"
#include "core/WorkspaceFile.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>

namespace dozor {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

QCommandLineOption CliContext::workspaceOption()
{
    return QCommandLineOption({QStringLiteral("w"), QStringLiteral("workspace")},
        QCoreApplication::translate("CliContext", "Use the workspace FILE instead of the default."),
        QStringLiteral("FILE"));
}

QCommandLineOption CliContext::acceptHostKeysOption()
{
    return QCommandLineOption(QStringLiteral("accept-new-host-keys"),
        QCoreApplication::translate("CliContext",
            "Trust SSH servers whose host key is not known yet and remember their keys. A "
            "changed key is refused all the same."));
}

QString CliContext::workspacePath(const QCommandLineParser &parser) const
{
    if (parser.isSet(workspaceOption()))
        return QFileInfo(parser.value(workspaceOption())).absoluteFilePath();
    return AppPaths::defaultWorkspaceFile();
}

std::optional<Workspace> CliContext::loadWorkspace(
    const QCommandLineParser &parser, MissingDefault whenMissing)
{
    const QString path = workspacePath(parser);
    const bool createDefault =
        whenMissing == MissingDefault::Create && !parser.isSet(workspaceOption());
    bool created = false;
    const WorkspaceParse parsed =
        createDefault ? loadOrCreateWorkspace(path, &created) : loadWorkspaceFile(path);
    if (created)
        m_err << QCoreApplication::translate(
            "CliContext", "Created a workspace that watches this computer: %1")
                     .arg(path)
              << Qt::endl;
    for (const Diagnostic &d : parsed.diagnostics) {
        const QString level = d.severity == Diagnostic::Severity::Error
            ? QCoreApplication::translate("CliContext", "error")
            : QCoreApplication::translate("CliContext", "warning");
        m_err << QFileInfo(path).fileName() << QStringLiteral(": ") << level << QStringLiteral(": ")
              << d.text() << Qt::endl;
    }
    if (!parsed.ok())
        return std::nullopt;
    return parsed.workspace;
}

namespace {
// Qt's help starts "Usage: /full/path/to/dozor [options]"; say "dozor check [options]".
// args.first() is "<program> <command>".
QString helpFor(const QCommandLineParser &parser, const QStringList &args)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const QString command = args.value(0).section(QLatin1Char(' '), -1);
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && at < help.indexOf(QLatin1Char('\n')))
        help.replace(
            at, program.size(), QFileInfo(program).fileName() + QLatin1Char(' ') + command);
    return help;
}
} // namespace

std::optional<int> CliContext::parse(
    QCommandLineParser &parser, const QStringList &args, qsizetype maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        m_err << parser.errorText() << Qt::endl << Qt::endl << helpFor(parser, args);
        m_err.flush();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        m_out << helpFor(parser, args);
        m_out.flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        m_err << QCoreApplication::translate("CliContext", "unexpected argument: %1")
                     .arg(parser.positionalArguments().at(maxPositional))
              << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

namespace {
// Runs the event loop until start's callback has called finish (at once, or later).
void waitFor(const std::function<void(const std::function<void()> &finish)> &start)
{
    bool finished = false;
    start([&finished] {
        finished = true;
        QCoreApplication::quit();
    });
    if (!finished)
        QCoreApplication::exec(); // sequential, not nested: nothing else runs yet
}
} // namespace

SecretStore &CliContext::secretStore()
{
    if (!m_secretStore)
        m_secretStore = std::make_unique<SecretStore>();
    return *m_secretStore;
}

void CliContext::readSecretsLater(
    const Workspace &workspace, const QString &workspaceFile, QObject *context, SecretsRead done)
{
    secretStore().readForWorkspace(workspace, workspaceFile, context,
        [this, workspace, done = std::move(done)](
            const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &errors) {
            m_secretProblems.clear();
            for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
                const Target *t = workspace.target(it.key());
                const bool password = t && SecretStore::neededBy(*t) == SecretKind::Password;
                const QString name = t ? t->displayName() : it.key();
                // Storing one helps only when the keychain works and has none.
                if (!SecretStore::isMissing(it.value())) {
                    m_secretProblems.insert(it.key(), it.value());
                    m_err << (password ? QCoreApplication::translate(
                                  "CliContext", "%1: cannot read its SSH password: %2")
                                       : QCoreApplication::translate("CliContext",
                                           "%1: cannot read its key's passphrase: %2"))
                                 .arg(name, it.value())
                          << Qt::endl;
                    continue;
                }
                m_err << (password ? QCoreApplication::translate("CliContext",
                              "%1: cannot use its SSH password: %2. Store it with: "
                              "dozor secret set %3")
                                   : QCoreApplication::translate("CliContext",
                                       "%1: cannot use its key's passphrase: %2. Store it "
                                       "with: dozor secret set %3"))
                             .arg(name, it.value(), it.key())
                      << Qt::endl;
            }
            done(secrets);
        });
}

void CliContext::readAlertSecretsLater(
    const Workspace &workspace, const QString &workspaceFile, QObject *context, SecretsRead done)
{
    secretStore().readAlertSecrets(workspace, workspaceFile, context,
        [this, done = std::move(done)](
            const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &errors) {
            for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
                m_err << QCoreApplication::translate("CliContext",
                    "alert channel %1: cannot read its secret: %2. Store it with: "
                    "dozor secret set --channel %1")
                             .arg(it.key(), it.value())
                      << Qt::endl;
            done(secrets);
        });
}

QHash<QString, QByteArray> CliContext::readSecrets(
    const Workspace &workspace, const QString &workspaceFile)
{
    QHash<QString, QByteArray> out;
    waitFor([&](const std::function<void()> &finish) {
        readSecretsLater(workspace, workspaceFile, &secretStore(),
            [&out, finish](const QHash<QString, QByteArray> &secrets) {
                out = secrets;
                finish();
            });
    });
    return out;
}

QHash<QString, QByteArray> CliContext::readAlertSecrets(
    const Workspace &workspace, const QString &workspaceFile)
{
    QHash<QString, QByteArray> out;
    waitFor([&](const std::function<void()> &finish) {
        readAlertSecretsLater(workspace, workspaceFile, &secretStore(),
            [&out, finish](const QHash<QString, QByteArray> &secrets) {
                out = secrets;
                finish();
            });
    });
    return out;
}

QHash<QString, QByteArray> CliContext::readBackupSecrets(
    const Workspace &workspace, const QString &workspaceFile)
{
    QHash<QString, QByteArray> out;
    waitFor([&](const std::function<void()> &finish) {
        secretStore().readBackupSecrets(workspace, workspaceFile, &secretStore(),
            [this, &out, finish](
                const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &errors) {
                for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
                    if (SecretStore::isMissing(it.value()))
                        continue; // a repository without a password is possible (borg none)
                    m_err << QCoreApplication::translate("CliContext",
                        "backup source %1: cannot read its password: %2. Store it with: dozor "
                        "secret set --backup %1")
                                 .arg(it.key(), it.value())
                          << Qt::endl;
                }
                out = secrets;
                finish();
            });
    });
    return out;
}

} // namespace dozor
