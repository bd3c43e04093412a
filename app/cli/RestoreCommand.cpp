#include "BackupCli.h"
#include "CliContext.h"
#include "Commands.h"
#include "backup/RestorePlans.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace dozor {

namespace {
struct RestoreText {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
};

constexpr RestoreChange allChanges[] = {RestoreChange::Create, RestoreChange::Overwrite,
    RestoreChange::MetadataOnly, RestoreChange::Delete, RestoreChange::Unchanged};

QString modeText(quint32 mode)
{
    return QString::number(mode, 8).rightJustified(4, u'0');
}

QString timeText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonObject entryJson(const TreeEntry &e)
{
    QJsonObject o {{QStringLiteral("type"), QString(QLatin1Char(e.type))},
        {QStringLiteral("size"), double(e.size)}, {QStringLiteral("mtime"), timeText(e.mtimeSec)},
        {QStringLiteral("mode"), modeText(e.mode)}, {QStringLiteral("owner"), e.owner},
        {QStringLiteral("group"), e.group}};
    if (e.type == 'l')
        o.insert(QStringLiteral("link"), e.linkTarget);
    return o;
}

QJsonObject reportJson(const RestorePreviewReport &r)
{
    const auto optional = [](const std::optional<qint64> &v) {
        return v ? QJsonValue(double(*v)) : QJsonValue();
    };
    static const char *const kinds[] = {"tree", "sqlite", "dump"};
    QJsonObject o {{QStringLiteral("source"), r.sourceId}, {QStringLiteral("backup"), r.backupName},
        {QStringLiteral("target"), r.targetId}, {QStringLiteral("restore_to"), r.restoreTo},
        {QStringLiteral("kind"), QLatin1String(kinds[int(r.kind)])},
        {QStringLiteral("paths"), QJsonArray::fromStringList(r.paths)},
        {QStringLiteral("blocked"), r.blocked()},
        {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("needed_bytes"), double(r.neededBytes)},
        {QStringLiteral("free_bytes"), optional(r.freeBytes)}};
    QJsonArray findings;
    for (const SafetyFinding &f : r.findings)
        findings.append(QJsonObject {{QStringLiteral("path"), f.path}, {QStringLiteral("why"), f.why}});
    o.insert(QStringLiteral("findings"), findings);
    if (r.kind == RestorePreviewReport::Kind::Tree && r.error.isEmpty()) {
        o.insert(QStringLiteral("root"), r.root);
        o.insert(QStringLiteral("outside"), r.outside);
        o.insert(QStringLiteral("bytes_to_write"), double(r.tree.bytesToWrite));
        QJsonObject counts;
        QHash<RestoreChange, QJsonArray> lists;
        for (const PreviewItem &i : r.tree.items) {
            QJsonObject item {{QStringLiteral("path"), i.path}};
            if (i.backup)
                item.insert(QStringLiteral("backup"), entryJson(*i.backup));
            if (i.live)
                item.insert(QStringLiteral("live"), entryJson(*i.live));
            lists[i.change].append(item);
        }
        for (const RestoreChange c : allChanges) {
            counts.insert(restoreChangeName(c), r.tree.count(c));
            o.insert(restoreChangeName(c), lists.value(c));
        }
        o.insert(QStringLiteral("counts"), counts);
    }
    if (r.kind == RestorePreviewReport::Kind::Sqlite) {
        QJsonArray tables;
        for (const TableRows &t : r.tables)
            tables.append(QJsonObject {{QStringLiteral("table"), t.table},
                {QStringLiteral("backup_rows"), optional(t.backupRows)},
                {QStringLiteral("live_rows"), optional(t.liveRows)}});
        o.insert(QStringLiteral("tables"), tables);
    }
    if (r.kind == RestorePreviewReport::Kind::Dump) {
        o.insert(QStringLiteral("objects"), QJsonArray::fromStringList(r.dump.objects));
        o.insert(QStringLiteral("tables"), QJsonArray::fromStringList(r.dump.tables));
    }
    return o;
}

QString changeText(RestoreChange change)
{
    switch (change) {
    case RestoreChange::Create:
        return RestoreText::tr("create");
    case RestoreChange::Overwrite:
        return RestoreText::tr("overwrite");
    case RestoreChange::MetadataOnly:
        return RestoreText::tr("metadata only");
    case RestoreChange::Delete:
        return RestoreText::tr("delete");
    case RestoreChange::Unchanged:
        return RestoreText::tr("unchanged");
    }
    return QString();
}

// "12 KiB  0644 www-data:www-data  2026-12-05 10:00" of one side.
QString sideText(const std::optional<TreeEntry> &e)
{
    if (!e)
        return QStringLiteral("—");
    QString text = e->type == 'd' ? RestoreText::tr("folder")
        : e->type == 'l'          ? RestoreText::tr("link → %1").arg(e->linkTarget)
                                  : QLocale().formattedDataSize(e->size);
    return text + QStringLiteral("  %1 %2:%3  %4")
                      .arg(modeText(e->mode), e->owner, e->group,
                          QDateTime::fromSecsSinceEpoch(e->mtimeSec)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void printReport(CliContext &cli, const RestorePreviewReport &r, int perKind)
{
    QTextStream &out = cli.out();
    out << RestoreText::tr("Restore preview of %1 %2 into %3:%4")
               .arg(r.sourceId, r.backupName, r.targetId, r.restoreTo)
        << Qt::endl;
    if (!r.paths.isEmpty())
        out << "  " << RestoreText::tr("only: %1").arg(r.paths.join(QStringLiteral(", ")))
            << Qt::endl;
    switch (r.kind) {
    case RestorePreviewReport::Kind::Tree: {
        if (!r.root.isEmpty())
            out << "  " << RestoreText::tr("from the backup's folder %1").arg(r.root) << Qt::endl;
        if (r.outside > 0)
            out << "  "
                << RestoreText::tr("%n other entries of the backup are not restored", nullptr,
                       r.outside)
                << Qt::endl;
        for (const RestoreChange c : allChanges)
            out << QStringLiteral("  %1 %2").arg(changeText(c), -14).arg(r.tree.count(c), 8)
                << Qt::endl;
        out << "  "
            << RestoreText::tr("%1 to write").arg(QLocale().formattedDataSize(r.tree.bytesToWrite))
            << Qt::endl;
        bool headed = false;
        for (const RestoreChange c : allChanges) {
            if (c == RestoreChange::Unchanged)
                continue;
            int shown = 0;
            for (const PreviewItem &i : r.tree.items) {
                if (i.change != c)
                    continue;
                if (!headed) {
                    out << Qt::endl << RestoreText::tr("Changes (backup ← live):") << Qt::endl;
                    headed = true;
                }
                if (perKind >= 0 && shown == perKind) {
                    out << "  "
                        << RestoreText::tr("… %n more to %1 (--all lists every one)", nullptr,
                               r.tree.count(c) - shown)
                               .arg(changeText(c))
                        << Qt::endl;
                    break;
                }
                ++shown;
                out << QStringLiteral("  %1 %2").arg(changeText(c), -14).arg(i.path) << Qt::endl;
                out << "      " << RestoreText::tr("backup: %1").arg(sideText(i.backup)) << Qt::endl;
                out << "      " << RestoreText::tr("live:   %1").arg(sideText(i.live)) << Qt::endl;
            }
        }
        break;
    }
    case RestorePreviewReport::Kind::Sqlite:
        out << QStringLiteral("  %1 %2 %3")
                   .arg(RestoreText::tr("TABLE"), -30)
                   .arg(RestoreText::tr("BACKUP ROWS"), 14)
                   .arg(RestoreText::tr("LIVE ROWS"), 14)
            << Qt::endl;
        for (const TableRows &t : r.tables)
            out << QStringLiteral("  %1 %2 %3")
                       .arg(t.table, -30)
                       .arg(t.backupRows ? QString::number(*t.backupRows) : QStringLiteral("—"), 14)
                       .arg(t.liveRows ? QString::number(*t.liveRows) : QStringLiteral("—"), 14)
                << Qt::endl;
        break;
    case RestorePreviewReport::Kind::Dump:
        out << "  " << RestoreText::tr("%n table(s) with data:", nullptr, int(r.dump.tables.size()))
            << ' ' << r.dump.tables.join(QStringLiteral(", ")) << Qt::endl;
        out << "  " << RestoreText::tr("%n object(s):", nullptr, int(r.dump.objects.size()))
            << Qt::endl;
        for (const QString &object : r.dump.objects)
            out << "    " << object << Qt::endl;
        break;
    }
    if (r.kind != RestorePreviewReport::Kind::Dump) {
        out << Qt::endl
            << (r.freeBytes ? RestoreText::tr("Needs %1 on the server; %2 free there.")
                                  .arg(QLocale().formattedDataSize(r.neededBytes),
                                      QLocale().formattedDataSize(*r.freeBytes))
                            : RestoreText::tr("Needs %1 on the server.")
                                  .arg(QLocale().formattedDataSize(r.neededBytes)))
            << Qt::endl;
    }
    for (const QString &w : r.warnings)
        cli.err() << RestoreText::tr("warning: %1").arg(w) << Qt::endl;
    if (!r.findings.isEmpty()) {
        out << Qt::endl
            << RestoreText::tr("BLOCKED: this backup cannot be restored as it is:") << Qt::endl;
        for (const SafetyFinding &f : r.findings)
            out << "  " << (f.path.isEmpty() ? f.why : QStringLiteral("%1: %2").arg(f.path, f.why))
                << Qt::endl;
    } else {
        out << RestoreText::tr("Nothing was changed on the server.") << Qt::endl;
    }
}
} // namespace

int runRestoreCommand(CliContext &cli, const QStringList &args)
{
    using namespace backupcli;
    QCommandLineParser parser;
    parser.setApplicationDescription(RestoreText::tr(
        "Restores of the workspace's backups.\n"
        "  preview SOURCE [BACKUP] [--path P]… [--json] [--all]\n"
        "      what restoring the backup (default: the newest) into the source's restore_to\n"
        "      would create, overwrite, change (metadata only), delete and leave unchanged;\n"
        "      a database's tables and rows; a dump's objects. Read on the server; nothing\n"
        "      there is changed.\n"
        "Exit codes: 0 the preview found nothing that blocks the restore, 2 something blocks "
        "it (listed), 3 usage, 4 the preview could not be made."));
    parser.addOption(CliContext::workspaceOption());
    parser.addOption(CliContext::acceptHostKeysOption());
    const QCommandLineOption pathOption(QStringLiteral("path"),
        RestoreText::tr("Restore only this path (relative to restore_to, or absolute under it); "
                        "repeat for more."),
        QStringLiteral("P"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        RestoreText::tr("JSON output: the counts under create, overwrite, metadata, delete and "
                        "unchanged, and the lists under the same names."));
    const QCommandLineOption allOption(QStringLiteral("all"),
        RestoreText::tr("List every change (default: the first 20 of each kind)."));
    for (const auto &option : {pathOption, jsonOption, allOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), RestoreText::tr("preview"));
    if (const auto stop = cli.parse(parser, args, 3))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("preview") || positional.size() < 2
        || positional.size() > 3) {
        cli.err() << RestoreText::tr("usage: dozor restore preview SOURCE [BACKUP] [--path P]… "
                                     "[--json] (see dozor restore --help)")
                  << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const QString sourceId = positional.at(1);
    BackupCli b(cli, *workspace, path, parser.isSet(CliContext::acceptHostKeysOption()),
        {sourceId});
    if (!b.known(sourceId))
        return ExitUsage;
    if (!b.open())
        return ExitFailure;
    const QString name = listedBackupName(b, sourceId, positional.value(2),
        RestoreText::tr("%1 lists no backups to restore").arg(sourceId));
    if (name.isEmpty())
        return ExitFailure;
    if (stderrIsTerminal())
        cli.err() << RestoreText::tr("Reading %1 and the live side on the server…").arg(name)
                  << Qt::endl;
    RestorePreviewReport report;
    bool finished = false;
    // Ctrl+C: nothing was changed, so nothing is left to undo.
    QObject::connect(&b.m_stopSignals, &StopSignals::stopRequested, b.m_service.get(), [&](int) {
        report.error = RestoreText::tr("cancelled");
        finished = true;
        QCoreApplication::quit();
    });
    b.m_service->previewRestore(
        sourceId, name, parser.values(pathOption), [&](const RestorePreviewReport &made) {
            report = made;
            finished = true;
            QCoreApplication::quit();
        });
    if (!finished)
        QCoreApplication::exec();
    if (parser.isSet(jsonOption))
        cli.out() << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented)
                  << Qt::flush;
    if (!report.error.isEmpty()) {
        cli.err() << RestoreText::tr("Restore preview of %1 %2: %3")
                         .arg(sourceId, name, report.error)
                  << Qt::endl;
        return ExitFailure;
    }
    if (!parser.isSet(jsonOption))
        printReport(cli, report, parser.isSet(allOption) ? -1 : 20);
    return report.blocked() ? ExitCrit : ExitOk;
}

} // namespace dozor
