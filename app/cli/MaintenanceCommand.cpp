#include "CliContext.h"
#include "Commands.h"
#include "core/AlertingJson.h"
#include "core/AppPaths.h"
#include "core/DurationText.h"
#include "core/ExitCode.h"
#include "core/Maintenance.h"
#include "store/JournalBook.h"
#include "store/JournalExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dozor {

namespace {
struct MaintenanceText {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommand)
};
} // namespace

int runMaintenanceCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MaintenanceText::tr(
        "Maintenance windows: checks run and are recorded, incidents are marked \"in "
        "maintenance\", and no alert is sent.\n"
        "  start  opens a window now (a running dozor watch or desktop app sees it within "
        "seconds)\n"
        "  stop   ends a window early: its ID, or every open one of --target, or --all\n"
        "  list   open and upcoming windows, the workspace's own and those started here"));
    parser.addOption(CliContext::workspaceOption());
    const QCommandLineOption target(QStringLiteral("target"),
        MaintenanceText::tr("Only this server (default: the whole workspace)."),
        QStringLiteral("ID"));
    const QCommandLineOption duration(QStringLiteral("for"),
        MaintenanceText::tr("How long: 15m, 1h, 2d … (default 1h)."), QStringLiteral("DURATION"),
        QStringLiteral("1h"));
    const QCommandLineOption reason(QStringLiteral("reason"),
        MaintenanceText::tr("Why, for the journal."), QStringLiteral("TEXT"));
    const QCommandLineOption all(
        QStringLiteral("all"), MaintenanceText::tr("stop: every open window."));
    const QCommandLineOption json(QStringLiteral("json"), MaintenanceText::tr("list: print JSON."));
    parser.addOptions({target, duration, reason, all, json});
    parser.addPositionalArgument(
        QStringLiteral("action"), MaintenanceText::tr("start, stop or list"));
    if (const auto stop = cli.parse(parser, args, 2))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("start") && action != QLatin1String("stop")
        && action != QLatin1String("list")) {
        cli.err() << MaintenanceText::tr("usage: dozor maintenance start|stop|list") << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const QString targetId = parser.value(target);
    if (!targetId.isEmpty() && !workspace->target(targetId)) {
        cli.err() << MaintenanceText::tr("no target with id \"%1\" in %2").arg(targetId, path)
                  << Qt::endl;
        return ExitUsage;
    }
    JournalBook book(AppPaths::historyFileFor(path));
    if (const auto opened = book.open(); !opened) {
        cli.err() << opened.error() << Qt::endl;
        return ExitFailure;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (action == QLatin1String("start")) {
        const auto seconds = parseDurationText(parser.value(duration));
        if (!seconds) {
            cli.err() << seconds.error() << Qt::endl;
            return ExitUsage;
        }
        const auto id =
            book.startMaintenance(targetId, now, now + *seconds * 1000, parser.value(reason));
        if (!id) {
            cli.err() << id.error() << Qt::endl;
            return ExitFailure;
        }
        cli.out() << *id << Qt::endl;
        cli.err() << MaintenanceText::tr("Maintenance window %1 on %2 until %3: no alerts.")
                         .arg(*id,
                             targetId.isEmpty() ? MaintenanceText::tr("every server") : targetId,
                             JournalExport::timeText(now + *seconds * 1000))
                  << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("stop")) {
        const QString id = positional.value(1);
        if (id.isEmpty() && targetId.isEmpty() && !parser.isSet(all)) {
            cli.err() << MaintenanceText::tr("say which window: its ID, --target ID or --all")
                      << Qt::endl;
            return ExitUsage;
        }
        const auto stopped =
            book.stopMaintenance(id, parser.isSet(all) ? QStringLiteral("*") : targetId, now);
        if (!stopped) {
            cli.err() << stopped.error() << Qt::endl;
            return ExitFailure;
        }
        if (*stopped == 0) {
            cli.err() << MaintenanceText::tr("no open maintenance window matched") << Qt::endl;
            return ExitUsage;
        }
        cli.err() << MaintenanceText::tr("%n maintenance window(s) ended.", nullptr, *stopped)
                  << Qt::endl;
        return ExitOk;
    }

    // list: windows started on demand, then the workspace's with their next occurrence.
    const auto adHoc = book.maintenanceWindows(now);
    if (!adHoc) {
        cli.err() << adHoc.error() << Qt::endl;
        return ExitFailure;
    }
    QJsonArray array;
    QStringList lines;
    auto add = [&](const MaintenanceWindow &w, const QString &source) {
        const auto active = maintenanceAt(w, now);
        const auto next = nextMaintenanceStart(w, now);
        QJsonObject o = AlertingJson::maintenanceWindowToJson(w);
        o.insert(QStringLiteral("source"), source);
        o.insert(QStringLiteral("active"), active.has_value());
        if (active)
            o.insert(QStringLiteral("active_until"),
                QDateTime::fromMSecsSinceEpoch(active->endMs).toString(Qt::ISODate));
        if (next)
            o.insert(QStringLiteral("next_start"),
                QDateTime::fromMSecsSinceEpoch(*next).toString(Qt::ISODate));
        array.append(o);
        const QString scope =
            w.targetId.isEmpty() ? MaintenanceText::tr("all servers") : w.targetId;
        QString when;
        if (active)
            when =
                MaintenanceText::tr("ACTIVE until %1").arg(JournalExport::timeText(active->endMs));
        else if (next)
            when = MaintenanceText::tr("next %1").arg(JournalExport::timeText(*next));
        else
            when = MaintenanceText::tr("over");
        lines.append(QStringLiteral("%1  %2  %3  %4")
                         .arg(w.id, -12)
                         .arg(scope, -14)
                         .arg(when, -28)
                         .arg(w.reason));
    };
    for (const MaintenanceWindow &w : *adHoc)
        add(w, QStringLiteral("started"));
    for (const MaintenanceWindow &w : workspace->maintenance)
        add(w, QStringLiteral("workspace"));
    if (parser.isSet(json)) {
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (lines.isEmpty()) {
        cli.err() << MaintenanceText::tr("no maintenance windows") << Qt::endl;
    } else {
        for (const QString &line : std::as_const(lines))
            cli.out() << line.trimmed() << Qt::endl;
    }
    return ExitOk;
}

} // namespace dozor
