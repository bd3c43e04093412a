#include "CliContext.h"
#include "Commands.h"
#include "core/ExitCode.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace dozor {

namespace {

struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
};

// One line from stdin; on a terminal, asked for with a prompt and not echoed.
QByteArray readSecretLine(CliContext &cli, const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        cli.err() << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(64 * 1024);
#ifdef Q_OS_UNIX
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        cli.err() << Qt::endl;
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

int runSecretCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SecretText::tr(
        "Store or remove a secret in the system keychain: the SSH password or key passphrase of "
        "a server, or with --channel the bot token or header value of an alert channel.\n"
        "  set TARGET    reads the secret from standard input (asked for, without echo, on a "
        "terminal)\n"
        "  clear TARGET  removes it\n"
        "  set --channel ID, clear --channel ID  the same for an alert channel\n"
        "  set --backup ID, clear --backup ID    the password of a restic or borg repository\n"
        "Secrets never go into the workspace file, the history or a log."));
    parser.addOption(CliContext::workspaceOption());
    const QCommandLineOption channelOption(QStringLiteral("channel"),
        SecretText::tr("The alert channel ID instead of a server."), QStringLiteral("ID"));
    parser.addOption(channelOption);
    const QCommandLineOption backupOption(QStringLiteral("backup"),
        SecretText::tr("The backup source ID (a restic or borg repository) instead of a server."),
        QStringLiteral("ID"));
    parser.addOption(backupOption);
    parser.addPositionalArgument(QStringLiteral("action"), SecretText::tr("set or clear"));
    parser.addPositionalArgument(QStringLiteral("target"), SecretText::tr("the server's id"));
    if (const auto stop = cli.parse(parser, args, 2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool forChannel = parser.isSet(channelOption);
    const bool forBackup = parser.isSet(backupOption);
    if (positional.size() != (forChannel || forBackup ? 1 : 2) || (forChannel && forBackup)
        || (action != QLatin1String("set") && action != QLatin1String("clear"))) {
        cli.err() << SecretText::tr("usage: dozor secret set|clear TARGET, dozor secret "
                                    "set|clear --channel ID, or dozor secret set|clear --backup ID")
                  << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    QString key;
    QString what;
    QString whose;
    if (forBackup) {
        const QString id = parser.value(backupOption);
        const BackupSource *source = workspace->backup(id);
        if (!source) {
            cli.err() << SecretText::tr("no backup source with id \"%1\" in %2").arg(id, path)
                      << Qt::endl;
            return ExitUsage;
        }
        if (!source->takesPassword()) {
            cli.err() << SecretText::tr("backup source %1 needs no password (only restic and "
                                        "borg repositories and PostgreSQL databases have one)")
                             .arg(id)
                      << Qt::endl;
            return ExitUsage;
        }
        key = SecretStore::keyForBackup(path, id);
        what = SecretText::tr("repository password");
        whose = SecretText::tr("backup source %1").arg(id);
    } else if (forChannel) {
        const QString id = parser.value(channelOption);
        const AlertChannel *channel = workspace->alerts.channel(id);
        if (!channel) {
            cli.err() << SecretText::tr("no alert channel with id \"%1\" in %2").arg(id, path)
                      << Qt::endl;
            return ExitUsage;
        }
        if (!channel->needsSecret()) {
            cli.err() << SecretText::tr("alert channel %1 needs no secret (only Telegram bots "
                                        "and webhooks with a \"secret_header\" do)")
                             .arg(id)
                      << Qt::endl;
            return ExitUsage;
        }
        key = SecretStore::keyForChannel(path, id);
        what = channel->type == ChannelType::Telegram
            ? SecretText::tr("bot token")
            : SecretText::tr("%1 header value").arg(channel->secretHeader);
        whose = SecretText::tr("alert channel %1").arg(id);
    } else {
        const Target *target = workspace->target(positional.at(1));
        if (!target) {
            cli.err()
                << SecretText::tr("no target with id \"%1\" in %2").arg(positional.at(1), path)
                << Qt::endl;
            return ExitUsage;
        }
        const auto kind = SecretStore::neededBy(*target);
        if (!kind) {
            cli.err() << SecretText::tr("%1 needs no secret: it logs in with ssh-agent or a key "
                                        "without a passphrase (for a key with one, set "
                                        "\"key_passphrase\": true in its \"ssh\" settings)")
                             .arg(target->displayName())
                      << Qt::endl;
            return ExitUsage;
        }
        key = SecretStore::keyFor(path, target->id, *kind);
        what = *kind == SecretKind::Password ? SecretText::tr("password")
                                             : SecretText::tr("key passphrase");
        whose = target->displayName();
    }
    QByteArray secret;
    if (action == QLatin1String("set")) {
        secret = readSecretLine(cli, SecretText::tr("%1 of %2: ").arg(what, whose));
        if (secret.isEmpty()) {
            cli.err() << SecretText::tr("nothing was entered; nothing was stored") << Qt::endl;
            return ExitUsage;
        }
    }

    SecretStore store;
    int exitCode = ExitOk;
    const auto finish = [&](const Expected<void> &done) {
        if (!done) {
            cli.err() << (action == QLatin1String("set")
                    ? SecretText::tr("cannot store the %1 of %2: %3")
                    : SecretText::tr("cannot remove the %1 of %2: %3"))
                             .arg(what, whose, done.error())
                      << Qt::endl;
            exitCode = ExitFailure;
        } else {
            cli.err() << (action == QLatin1String("set")
                    ? SecretText::tr("The %1 of %2 is in the system keychain.")
                    : SecretText::tr("The %1 of %2 is no longer in the system keychain."))
                             .arg(what, whose)
                      << Qt::endl;
        }
        QCoreApplication::quit();
    };
    if (action == QLatin1String("set"))
        store.write(key, secret, &store, finish);
    else
        store.remove(key, &store, finish);
    secret.fill('\0');
    QCoreApplication::exec();
    return exitCode;
}

} // namespace dozor
