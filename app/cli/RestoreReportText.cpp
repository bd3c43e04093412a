// What dozor restore prints: a preview as text or JSON, and a plan.
#include "RestoreReportText.h"

#include "CliContext.h"
#include "backup/RestorePlans.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace dozor::restorecli {

namespace {
struct RestoreReportWords {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
};

constexpr RestoreChange allChanges[] = {RestoreChange::Create, RestoreChange::Overwrite,
    RestoreChange::MetadataOnly, RestoreChange::Delete, RestoreChange::Unchanged};

QString modeText(quint32 mode)
{
    return QString::number(mode, 8).rightJustified(4, u'0');
}

QString utcTimeText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonObject previewEntryJson(const TreeEntry &e)
{
    QJsonObject o {{QStringLiteral("type"), QString(QLatin1Char(e.type))},
        {QStringLiteral("size"), double(e.size)},
        {QStringLiteral("mtime"), utcTimeText(e.mtimeSec)},
        {QStringLiteral("mode"), modeText(e.mode)}, {QStringLiteral("owner"), e.owner},
        {QStringLiteral("group"), e.group}};
    if (e.type == 'l')
        o.insert(QStringLiteral("link"), e.linkTarget);
    if (e.implied) // (not in the archive: no mode, owner or time of its own)
        o = {{QStringLiteral("type"), QStringLiteral("d")}, {QStringLiteral("implied"), true}};
    return o;
}

QString changeText(RestoreChange change)
{
    switch (change) {
    case RestoreChange::Create:
        return RestoreReportWords::tr("create");
    case RestoreChange::Overwrite:
        return RestoreReportWords::tr("overwrite");
    case RestoreChange::MetadataOnly:
        return RestoreReportWords::tr("metadata only");
    case RestoreChange::Delete:
        return RestoreReportWords::tr("delete");
    case RestoreChange::Unchanged:
        return RestoreReportWords::tr("unchanged");
    }
    return QString();
}

// "12 KiB  0644 www-data:www-data  2026-12-05 10:00" of one side.
QString sideText(const std::optional<TreeEntry> &e)
{
    if (!e)
        return QStringLiteral("—");
    if (e->implied)
        return RestoreReportWords::tr("folder (not listed in the archive: made by extracting it)");
    QString text = e->type == 'd' ? RestoreReportWords::tr("folder")
        : e->type == 'l'          ? RestoreReportWords::tr("link → %1").arg(e->linkTarget)
                                  : QLocale().formattedDataSize(e->size);
    return text
        + QStringLiteral("  %1 %2:%3  %4")
              .arg(modeText(e->mode), e->owner, e->group,
                  QDateTime::fromSecsSinceEpoch(e->mtimeSec)
                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}
} // namespace

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
        findings.append(
            QJsonObject {{QStringLiteral("path"), f.path}, {QStringLiteral("why"), f.why}});
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
                item.insert(QStringLiteral("backup"), previewEntryJson(*i.backup));
            if (i.live)
                item.insert(QStringLiteral("live"), previewEntryJson(*i.live));
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

void printReport(CliContext &cli, const RestorePreviewReport &r, int perKind)
{
    QTextStream &out = cli.out();
    out << RestoreReportWords::tr("Restore preview of %1 %2 into %3:%4")
               .arg(r.sourceId, r.backupName, r.targetId, r.restoreTo)
        << Qt::endl;
    if (!r.paths.isEmpty())
        out << "  " << RestoreReportWords::tr("only: %1").arg(r.paths.join(QStringLiteral(", ")))
            << Qt::endl;
    switch (r.kind) {
    case RestorePreviewReport::Kind::Tree: {
        if (!r.root.isEmpty())
            out << "  " << RestoreReportWords::tr("from the backup's folder %1").arg(r.root)
                << Qt::endl;
        if (r.outside > 0)
            out << "  "
                << RestoreReportWords::tr(
                       "%n other entries of the backup are not restored", nullptr, r.outside)
                << Qt::endl;
        for (const RestoreChange c : allChanges)
            out << QStringLiteral("  %1 %2").arg(changeText(c), -14).arg(r.tree.count(c), 8)
                << Qt::endl;
        out << "  "
            << RestoreReportWords::tr("%1 to write")
                   .arg(QLocale().formattedDataSize(r.tree.bytesToWrite))
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
                    out << Qt::endl
                        << RestoreReportWords::tr("Changes (backup ← live):") << Qt::endl;
                    headed = true;
                }
                if (perKind >= 0 && shown == perKind) {
                    out << "  "
                        << RestoreReportWords::tr("… %n more to %1 (--all lists every one)",
                               nullptr, r.tree.count(c) - shown)
                               .arg(changeText(c))
                        << Qt::endl;
                    break;
                }
                ++shown;
                out << QStringLiteral("  %1 %2").arg(changeText(c), -14).arg(i.path) << Qt::endl;
                out << "      " << RestoreReportWords::tr("backup: %1").arg(sideText(i.backup))
                    << Qt::endl;
                out << "      " << RestoreReportWords::tr("live:   %1").arg(sideText(i.live))
                    << Qt::endl;
            }
        }
        break;
    }
    case RestorePreviewReport::Kind::Sqlite:
        out << QStringLiteral("  %1 %2 %3")
                   .arg(RestoreReportWords::tr("TABLE"), -30)
                   .arg(RestoreReportWords::tr("BACKUP ROWS"), 14)
                   .arg(RestoreReportWords::tr("LIVE ROWS"), 14)
            << Qt::endl;
        for (const TableRows &t : r.tables)
            out << QStringLiteral("  %1 %2 %3")
                       .arg(t.table, -30)
                       .arg(t.backupRows ? QString::number(*t.backupRows) : QStringLiteral("—"), 14)
                       .arg(t.liveRows ? QString::number(*t.liveRows) : QStringLiteral("—"), 14)
                << Qt::endl;
        break;
    case RestorePreviewReport::Kind::Dump:
        out << "  "
            << RestoreReportWords::tr("%n table(s) with data:", nullptr, int(r.dump.tables.size()))
            << ' ' << r.dump.tables.join(QStringLiteral(", ")) << Qt::endl;
        out << "  " << RestoreReportWords::tr("%n object(s):", nullptr, int(r.dump.objects.size()))
            << Qt::endl;
        for (const QString &object : r.dump.objects)
            out << "    " << object << Qt::endl;
        break;
    }
    if (r.kind != RestorePreviewReport::Kind::Dump) {
        out << Qt::endl
            << (r.freeBytes ? RestoreReportWords::tr("Needs %1 on the server; %2 free there.")
                                  .arg(QLocale().formattedDataSize(r.neededBytes),
                                      QLocale().formattedDataSize(*r.freeBytes))
                            : RestoreReportWords::tr("Needs %1 on the server.")
                                  .arg(QLocale().formattedDataSize(r.neededBytes)))
            << Qt::endl;
    }
    for (const QString &w : r.warnings)
        cli.err() << RestoreReportWords::tr("warning: %1").arg(w) << Qt::endl;
    if (!r.findings.isEmpty()) {
        out << Qt::endl
            << RestoreReportWords::tr("BLOCKED: this backup cannot be restored as it is:")
            << Qt::endl;
        for (const SafetyFinding &f : r.findings)
            out << "  " << (f.path.isEmpty() ? f.why : QStringLiteral("%1: %2").arg(f.path, f.why))
                << Qt::endl;
    } else {
        out << RestoreReportWords::tr("Nothing was changed on the server.") << Qt::endl;
    }
}
// The plan as it will run: each step with its command.
void printPlan(CliContext &cli, const JobPlan &plan)
{
    cli.out() << RestoreReportWords::tr("Plan: %1").arg(plan.title) << Qt::endl
              << RestorePlans::describe(plan) << Qt::endl;
}

} // namespace dozor::restorecli
