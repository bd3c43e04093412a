#include "CliContext.h"
#include "Commands.h"
#include "core/AppPaths.h"
#include "core/ExitCode.h"
#include "notify/AlertDispatcher.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct AlertText {
    Q_DECLARE_TR_FUNCTIONS(AlertCommand)
};
} // namespace

int runAlertCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AlertText::tr(
        "Alert channels.\n"
        "  test CHANNEL  sends a test message to the channel now and says whether it arrived\n"
        "                (exit 0) or why not (exit 4)\n"
        "  list          the channels and where each level goes"));
    parser.addOption(CliContext::workspaceOption());
    parser.addPositionalArgument(QStringLiteral("action"), AlertText::tr("test or list"));
    parser.addPositionalArgument(QStringLiteral("channel"), AlertText::tr("the channel's id"));
    if (const auto stop = cli.parse(parser, args, 2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool test = action == QLatin1String("test") && positional.size() == 2;
    if (!test && !(action == QLatin1String("list") && positional.size() == 1)) {
        cli.err() << AlertText::tr("usage: dozor alert test CHANNEL, or dozor alert list")
                  << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const AlertSettings &alerts = workspace->alerts;

    if (!test) {
        if (alerts.channels.isEmpty()) {
            cli.err() << AlertText::tr("no alert channels in %1 (add them under \"alerts\": "
                                       "{\"channels\": […]})")
                             .arg(path)
                      << Qt::endl;
            return ExitOk;
        }
        for (const AlertChannel &c : alerts.channels) {
            QString where;
            if (c.type == ChannelType::Telegram)
                where = AlertText::tr("chat %1").arg(c.chatId);
            else if (c.type == ChannelType::Webhook)
                where = c.url.toString(QUrl::RemoveUserInfo);
            cli.out() << QStringLiteral("%1  %2  %3")
                             .arg(c.id, -12)
                             .arg(channelTypeName(c.type), -9)
                             .arg(where)
                             .trimmed()
                      << Qt::endl;
        }
        if (alerts.routes.isEmpty())
            cli.out() << AlertText::tr("No routes: every alert goes to every channel.") << Qt::endl;
        for (const AlertRoute &r : alerts.routes) {
            QStringList levels;
            for (AlertLevel l : r.levels)
                levels.append(alertLevelName(l));
            cli.out()
                << AlertText::tr("%1 alerts%2 → %3")
                       .arg(levels.isEmpty() ? AlertText::tr("all") : levels.join(QLatin1Char('/')),
                           r.tags.isEmpty()
                               ? QString()
                               : AlertText::tr(" tagged %1").arg(r.tags.join(QStringLiteral(", "))),
                           r.channels.join(QStringLiteral(", ")))
                << Qt::endl;
        }
        return ExitOk;
    }

    const QString channelId = positional.at(1);
    const AlertChannel *channel = alerts.channel(channelId);
    if (!channel) {
        cli.err() << AlertText::tr("no alert channel with id \"%1\" in %2").arg(channelId, path)
                  << Qt::endl;
        return ExitUsage;
    }
    AlertDispatcher dispatcher(AppPaths::historyFileFor(path));
    dispatcher.setSettings(alerts);
    dispatcher.setSecrets(cli.readAlertSecrets(*workspace, path));
    int exitCode = ExitOk;
    bool finished = false;
    dispatcher.sendTest(channelId, [&](const QString &error) {
        finished = true;
        if (error.isEmpty()) {
            cli.err() << AlertText::tr("Test alert delivered to %1.").arg(channelId) << Qt::endl;
        } else {
            cli.err() << AlertText::tr("The test alert to %1 failed: %2").arg(channelId, error)
                      << Qt::endl;
            exitCode = ExitFailure;
        }
        QCoreApplication::quit();
    });
    if (!finished)
        QCoreApplication::exec();
    return exitCode;
}

} // namespace dozor
