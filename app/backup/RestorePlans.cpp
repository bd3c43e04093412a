#include "RestorePlans.h"

#include "BackupPlanSteps.h"
#include "RestoreSteps.h"
#include "core/ServerText.h"
#include "jobs/JobScript.h"

#include <QLocale>

#include <future>

namespace dozor::RestorePlans {

using namespace BackupPlans::PlanSteps;
using RestoreSteps::liveFolder;

namespace {
struct RestoreText {
    Q_DECLARE_TR_FUNCTIONS(RestorePlans)
};

// How the backup's side is read.
enum class Reader { Tar, Folder, Restic, Borg, Sqlite, PgDump, SqlDump };

bool endsWithAny(const QString &lower, std::initializer_list<const char *> endings)
{
    return std::any_of(endings.begin(), endings.end(),
        [&](const char *ending) { return lower.endsWith(QLatin1String(ending)); });
}

Expected<Reader> readerFor(const BackupSource &source, const CatalogEntry &backup)
{
    if (source.type == BackupSource::Type::Restic)
        return Reader::Restic;
    if (source.type == BackupSource::Type::Borg)
        return Reader::Borg;
    if (auto named = checkBackupName(backup.name); !named)
        return unexpected(named.error());
    if (backup.directory)
        return Reader::Folder;
    const QString lower = backup.name.toLower();
    if (endsWithAny(lower,
            {".tar", ".tar.gz", ".tgz", ".tar.zst", ".tzst", ".tar.xz", ".txz", ".tar.bz2",
                ".tbz2"}))
        return Reader::Tar;
    if (endsWithAny(lower, {".sqlite", ".sqlite3", ".db"}))
        return Reader::Sqlite;
    if (isCustomDump(lower))
        return Reader::PgDump;
    if (endsWithAny(lower, {".sql", ".sql.gz"}))
        return Reader::SqlDump;
    return unexpected(RestoreText::tr("Dozor previews tar archives, timestamped folders, restic "
                                      "and borg snapshots, SQLite copies and SQL or pg_dump "
                                      "dumps; %1 is none of them")
                          .arg(backup.name.left(120)));
}

RestorePreviewReport::Kind kindOf(Reader reader)
{
    switch (reader) {
    case Reader::Sqlite:
        return RestorePreviewReport::Kind::Sqlite;
    case Reader::PgDump:
    case Reader::SqlDump:
        return RestorePreviewReport::Kind::Dump;
    case Reader::Tar:
    case Reader::Folder:
    case Reader::Restic:
    case Reader::Borg:
        break;
    }
    return RestorePreviewReport::Kind::Tree;
}

// What a script section printed: its stdout, exit status and stderr.
struct Section {
    QByteArray out;
    int status = -1;
    QByteArray err;
};

// Cuts the output at "\0MARKER STATUS\0" (stdout) and "\nMARKER\n" (stderr).
QList<Section> sectionsOf(const QByteArray &marker, const QByteArray &out, const QByteArray &err)
{
    QList<Section> sections;
    QByteArray outEnd(1, '\0');
    outEnd += marker + ' ';
    qsizetype at = 0;
    while (true) {
        const qsizetype end = out.indexOf(outEnd, at);
        if (end < 0)
            break;
        const qsizetype statusAt = end + outEnd.size();
        const qsizetype statusEnd = out.indexOf('\0', statusAt);
        if (statusEnd < 0)
            break;
        bool ok = false;
        Section s;
        s.out = out.mid(at, end - at);
        s.status = out.mid(statusAt, statusEnd - statusAt).toInt(&ok);
        if (!ok)
            s.status = -1;
        sections.append(s);
        at = statusEnd + 1;
    }
    const QList<QByteArray> errs = err.split('\n');
    QByteArray current;
    qsizetype index = 0;
    for (const QByteArray &line : errs) {
        if (line == marker) {
            if (index < sections.size())
                sections[index].err = current.trimmed();
            ++index;
            current.clear();
        } else {
            current += line + '\n';
        }
    }
    return sections;
}

QString errText(const Section &s)
{
    return s.err.isEmpty() ? RestoreText::tr("exit status %1").arg(s.status)
                           : ServerText::oneLine(s.err.left(2000), 400);
}

// The name the backup's side knows a path (relative to restoreTo) by.
QByteArray backupName(Reader reader, const RestorePreviewReport &report, const QString &path)
{
    const QString inRoot = report.root.isEmpty() ? path : report.root + QLatin1Char('/') + path;
    switch (reader) {
    case Reader::Tar:
        return bytes(report.dotSlashNames ? QStringLiteral("./") + inRoot : inRoot);
    case Reader::Restic:
        return bytes(QLatin1Char('/') + inRoot);
    case Reader::Folder:
    case Reader::Borg:
    case Reader::Sqlite:
    case Reader::PgDump:
    case Reader::SqlDump:
        break;
    }
    return bytes(inRoot);
}

// "HASH  NAME\0" records: hash by name.
QHash<QString, QByteArray> readSums(const QByteArray &text)
{
    QHash<QString, QByteArray> sums;
    for (const QByteArray &record : text.split('\0')) {
        if (record.size() < 67 || record.at(64) != ' ')
            continue;
        const QByteArray hash = record.left(64);
        if (!std::all_of(hash.cbegin(), hash.cend(),
                [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
            continue;
        sums.insert(QString::fromUtf8(record.mid(66)), hash);
    }
    return sums;
}

void readTree(RestorePreviewReport &report, Reader reader, const QList<Section> &sections,
    const QStringList &relative)
{
    if (reader == Reader::Sqlite || reader == Reader::PgDump || reader == Reader::SqlDump)
        return;
    // The live folder's listing read (and indexed by path) on another thread while the
    // backup's is.
    auto liveRead = std::async(std::launch::async, [&sections] {
        TreeListing listing = RestoreTree::readFind(sections.at(1).out);
        QHash<QString, qsizetype> index = RestoreTree::pathIndex(listing);
        return std::pair {std::move(listing), std::move(index)};
    });
    bool linkTargets = true;
    TreeListing backup;
    switch (reader) {
    case Reader::Tar:
        backup = RestoreTree::readTar(sections.at(0).out);
        break;
    case Reader::Folder:
        backup = RestoreTree::readFind(sections.at(0).out);
        break;
    case Reader::Restic:
        backup = RestoreTree::readResticLs(sections.at(0).out, &linkTargets);
        break;
    case Reader::Borg:
        backup = RestoreTree::readBorgLs(sections.at(0).out);
        break;
    case Reader::Sqlite:
    case Reader::PgDump:
    case Reader::SqlDump:
        break;
    }
    auto [live, liveIndex] = liveRead.get();
    if (!linkTargets) {
        // Links compared by name only: the backup does not say where its links point.
        for (TreeEntry &e : live.entries)
            e.linkTarget.clear();
    }
    const RestoreTree::RootedListing rooted = RestoreTree::rootAt(backup, report.restoreTo, &live);
    report.root = rooted.root;
    report.outside = rooted.outside;
    for (const QString &path : relative) {
        const bool inBackup = std::any_of(rooted.listing.entries.cbegin(),
            rooted.listing.entries.cend(), [&](const TreeEntry &e) {
                return e.path == path || e.path.startsWith(path + QLatin1Char('/'));
            });
        if (!inBackup) {
            report.error = RestoreText::tr("%1 is not in this backup").arg(path.left(200));
            return;
        }
        // The folders above a path restored alone must be folders live: a link among them
        // would take the restore (and its safety copy) somewhere else.
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0;
             slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString above = path.left(slash);
            const auto it = liveIndex.constFind(above);
            if (it != liveIndex.cend() && live.entries.at(*it).type != 'd')
                report.findings.append({above,
                    RestoreText::tr("not a folder in the live folder (a link, say): restoring %1 "
                                    "would write through it")
                        .arg(path.left(200))});
        }
    }
    TreeListing restored = RestoreTree::onlyUnder(rooted.listing, relative);
    report.tree = relative.isEmpty()
        ? RestoreTree::compare(restored, live, /*replaceWhole=*/true, &liveIndex)
        : RestoreTree::compare(
            restored, RestoreTree::onlyUnder(live, relative), /*replaceWhole=*/true);
    report.dotSlashNames = backup.dotSlashNames;
    report.findings += report.tree.findings + rooted.outsideFindings;
    if (restored.entries.isEmpty())
        report.findings.append({QString(),
            RestoreText::tr("the backup holds nothing for %1: restoring it would empty the folder")
                .arg(report.restoreTo)});
    for (const QString &problem : std::as_const(backup.problems))
        report.warnings.append(RestoreText::tr("backup: %1").arg(problem));
    for (const QString &problem : live.problems)
        report.warnings.append(RestoreText::tr("live: %1").arg(problem));
    if (!linkTargets)
        report.warnings.append(RestoreText::tr(
            "this restic version does not list where links point: links are compared by name, "
            "and a link leaving the folder is not found before the restore"));
    // The restored copy is staged beside the live one; the live one is moved aside by rename
    // (the safety copy costs no space).
    qint64 staged = 0;
    for (const PreviewItem &item : std::as_const(report.tree.items)) {
        if (item.backup && item.backup->type == 'f')
            staged += item.backup->size;
    }
    report.neededBytes = staged;
}
} // namespace

Expected<RestorePreviewReport::Kind> previewKind(
    const BackupSource &source, const CatalogEntry &backup)
{
    const auto reader = readerFor(source, backup);
    if (!reader)
        return unexpected(reader.error());
    const auto kind = kindOf(*reader);
    if (kind != RestorePreviewReport::Kind::Dump && liveFolder(source).isEmpty())
        return unexpected(RestoreText::tr("%1 has no \"restore_to\": set the live folder (or "
                                          "database file) a restore of it writes into")
                              .arg(source.id));
    if (kind != RestorePreviewReport::Kind::Dump && liveFolder(source) == QLatin1String("/"))
        return unexpected(RestoreText::tr("%1 restores into /: Dozor restores into a folder, "
                                          "never over the whole system")
                              .arg(source.id));
    return kind;
}

Expected<QByteArray> previewScript(const BackupSource &source, const CatalogEntry &backup,
    const QByteArray &password, const QByteArray &marker)
{
    const auto reader = readerFor(source, backup);
    if (!reader)
        return unexpected(reader.error());
    if (const auto kind = previewKind(source, backup); !kind)
        return unexpected(kind.error());
    const QString live = liveFolder(source);
    // $1 marker, $2 the backup (file, folder, repository), $3 the snapshot, $4 the live
    // folder or database, $5 the live database's URI, $6 the find format or the count query.
    QList<QByteArray> args {marker, bytes(fileIn(source, backup.name)), bytes(backup.name),
        bytes(live), DatabasePreview::sqliteUri(live, false), {}};
    QByteArray backupSide,
        liveSide = "if [ -e \"$4\" ]; then find \"$4/\" -mindepth 1 -printf "
                   "\"$6\"; fi; end\n";
    const QByteArray counts = "q=$(sqlite3 -readonly \"$URI\" \"$6\") && { [ -z \"$q\" ] || "
                              "sqlite3 -readonly \"$URI\" \"$q\"; }";
    args[5] = RestoreTree::findFormat();
    switch (*reader) {
    case Reader::Tar:
        backupSide = "tar -tv --full-time -f \"$2\"; end\n";
        break;
    case Reader::Folder:
        backupSide = "find \"$2/\" -mindepth 1 -printf \"$6\"; end\n";
        break;
    case Reader::Restic:
        args[1] = bytes(source.repository);
        // (restic keeps user and group ids, not names: the live side is listed the same way.)
        args[5] = RestoreTree::findFormat(/*numericOwners=*/true);
        backupSide = "restic -r \"$2\" --no-lock ls --json \"$3\"; end\nunset RESTIC_PASSWORD\n";
        break;
    case Reader::Borg:
        args[1] = bytes(source.repository + QStringLiteral("::") + backup.name);
        backupSide = "borg list --bypass-lock --json-lines \"$2\"; end\nunset BORG_PASSPHRASE\n";
        break;
    case Reader::Sqlite:
        args[1] = DatabasePreview::sqliteUri(fileIn(source, backup.name), true);
        args[5] = DatabasePreview::sqliteCountQuery();
        backupSide = QByteArray(counts).replace("$URI", "$2") + "; end\n";
        liveSide =
            "if [ -e \"$4\" ]; then " + QByteArray(counts).replace("$URI", "$5") + "; fi; end\n";
        break;
    case Reader::PgDump:
        backupSide = "pg_restore --list \"$2\"; end\n";
        liveSide = "end\n";
        break;
    case Reader::SqlDump:
        backupSide = "gzip -dcf \"$2\" | grep -E '^(CREATE|COPY) '; [ $? -le 1 ]; end\n";
        liveSide = "end\n";
        break;
    }
    const QByteArray space = kindOf(*reader) == RestorePreviewReport::Kind::Dump
        ? QByteArray("end\n")
        : QByteArray("d=$4; while [ ! -d \"$d\" ]; do d=${d%/*}; [ -n \"$d\" ] || d=/; done; "
                     "df -Pk \"$d\"; end\n");
    // A restore_to that is a link is told apart (a swap would replace the link itself).
    const QByteArray link = "if [ -L \"$4\" ]; then readlink -- \"$4\"; fi; end\n";
    const QByteArray body = "m=$1\nLC_ALL=C TZ=UTC\nexport LC_ALL TZ\n"
                            "end() { s=$?; printf '\\0%s %s\\0' \"$m\" \"$s\"; printf '\\n%s\\n' "
                            "\"$m\" >&2; }\n"
        + backupSide + liveSide + space + link;
    return JobScript::forShell(body, args, BackupPlans::environment(source, password));
}

RestorePreviewReport readPreview(const BackupSource &source, const CatalogEntry &backup,
    const QStringList &paths, const QByteArray &marker, const QByteArray &out,
    const QByteArray &err)
{
    RestorePreviewReport report;
    report.sourceId = source.id;
    report.backupName = backup.name;
    report.targetId = source.targetId;
    report.restoreTo = liveFolder(source);
    const auto reader = readerFor(source, backup);
    const auto kind = previewKind(source, backup);
    if (!reader || !kind) {
        report.error = !reader ? reader.error() : kind.error();
        return report;
    }
    report.kind = *kind;
    for (const QString &path : paths) {
        QString why;
        const auto relative = RestoreTree::relativePath(path, report.restoreTo, &why);
        if (!relative) {
            report.error = why;
            return report;
        }
        report.paths.append(*relative);
    }
    if (!report.paths.isEmpty() && report.kind != RestorePreviewReport::Kind::Tree) {
        report.error = RestoreText::tr("a database backup is restored whole: --path is for "
                                       "folders, archives and snapshots");
        return report;
    }
    const QList<Section> sections = sectionsOf(marker, out, err);
    if (sections.size() < 4) {
        report.error = RestoreText::tr("the server's answer ended early (%1 of 4 parts); %2")
                           .arg(sections.size())
                           .arg(ServerText::oneLine(err.left(2000), 400));
        return report;
    }
    const bool isSqlite = report.kind == RestorePreviewReport::Kind::Sqlite;
    if (sections.at(0).status != 0) {
        report.error = RestoreText::tr("cannot read the backup %1: %2")
                           .arg(backup.name.left(120), errText(sections.at(0)));
        return report;
    }
    if (sections.at(1).status != 0) {
        report.error = (isSqlite ? RestoreText::tr("cannot read the live database %1: %2")
                                 : RestoreText::tr("cannot list the live folder %1: %2"))
                           .arg(report.restoreTo, errText(sections.at(1)));
        return report;
    }
    if (report.kind != RestorePreviewReport::Kind::Dump && !sections.at(3).out.trimmed().isEmpty())
        report.findings.append({QString(),
            RestoreText::tr("%1 is a symbolic link (to %2): a restore swaps folders by rename and "
                            "would replace the link; set \"restore_to\" to the folder it points to")
                .arg(report.restoreTo,
                    ServerText::oneLine(sections.at(3).out.trimmed().left(400), 200))});
    switch (report.kind) {
    case RestorePreviewReport::Kind::Tree:
        readTree(report, *reader, sections, report.paths);
        if (!report.error.isEmpty())
            return report;
        break;
    case RestorePreviewReport::Kind::Sqlite: {
        const auto backupCounts = DatabasePreview::readSqliteCounts(sections.at(0).out);
        const auto liveCounts = DatabasePreview::readSqliteCounts(sections.at(1).out);
        report.tables = DatabasePreview::mergeCounts(backupCounts, liveCounts);
        for (const QString &p : backupCounts.problems)
            report.warnings.append(RestoreText::tr("backup: %1").arg(p));
        for (const QString &p : liveCounts.problems)
            report.warnings.append(RestoreText::tr("live: %1").arg(p));
        if (backupCounts.tables.isEmpty())
            report.findings.append({QString(),
                RestoreText::tr("the backup holds no tables: restoring it would empty the "
                                "database")});
        // The copy staged beside the live database (the live one is moved aside by rename).
        report.neededBytes = backup.size.value_or(0);
        break;
    }
    case RestorePreviewReport::Kind::Dump:
        report.dump = *reader == Reader::PgDump
            ? DatabasePreview::readPgRestoreList(sections.at(0).out)
            : DatabasePreview::readSqlStatements(sections.at(0).out);
        if (report.dump.objects.isEmpty())
            report.findings.append({QString(), RestoreText::tr("the dump holds no objects")});
        return report; // restored into the database server: no folder's space to check
    }
    if (sections.at(2).status == 0) {
        if (const auto space = BackupPlans::readSpace(sections.at(2).out))
            report.freeBytes = space->freeBytes;
    }
    if (!report.freeBytes)
        report.warnings.append(RestoreText::tr("the free space where %1 lives is not known: %2")
                                   .arg(report.restoreTo, errText(sections.at(2))));
    else if (report.neededBytes > *report.freeBytes)
        report.findings.append({QString(),
            RestoreText::tr("the restore needs %1 for the restored copy, staged beside the live "
                            "one; %2 is free there")
                .arg(QLocale().formattedDataSize(report.neededBytes),
                    QLocale().formattedDataSize(*report.freeBytes))});
    return report;
}

std::optional<QByteArray> checksumScript(const BackupSource &source, const CatalogEntry &backup,
    const RestorePreviewReport &report, const QByteArray &password, const QByteArray &marker)
{
    const auto reader = readerFor(source, backup);
    if (!reader || report.kind != RestorePreviewReport::Kind::Tree)
        return std::nullopt;
    QStringList paths = report.tree.needingChecksums();
    if (paths.isEmpty())
        return std::nullopt;
    const bool repository = *reader == Reader::Restic || *reader == Reader::Borg;
    if (repository && paths.size() > maxRepositoryChecksums)
        paths = paths.mid(0, maxRepositoryChecksums);
    // $1 marker, $2 the backup, $3 the snapshot, $4 the live folder, $5 how many names follow
    // for the backup's side; then those names, then the same paths for the live side.
    QList<QByteArray> args {marker, bytes(fileIn(source, backup.name)), bytes(backup.name),
        bytes(liveFolder(source)), QByteArray::number(paths.size())};
    if (*reader == Reader::Restic)
        args[1] = bytes(source.repository);
    if (*reader == Reader::Borg)
        args[1] = bytes(source.repository + QStringLiteral("::") + backup.name);
    for (const QString &path : std::as_const(paths))
        args.append(backupName(*reader, report, path));
    for (const QString &path : std::as_const(paths))
        args.append(bytes(path));
    // The backup's names, NUL-ended, on stdout.
    const QByteArray names = "i=0; for p; do [ $i -lt $n ] || break; printf '%s\\0' \"$p\"; "
                             "i=$((i + 1)); done";
    // A dump that fails adds words to what is hashed: never the live file's hash by mistake.
    const auto perFile = [](const QByteArray &dump) -> QByteArray {
        return "i=0; for p; do [ $i -lt $n ] || break; i=$((i + 1)); h=$( { " + dump
            + " || echo dozor-failed; } 2>/dev/null | sha256sum); printf '%s  %s\\0' "
              "\"${h%% *}\" \"$p\"; done\n";
    };
    QByteArray backupSide;
    switch (*reader) {
    case Reader::Tar:
        backupSide = names
            + " | tar -xf \"$b\" --null --verbatim-files-from -T - --to-command='h=$(sha256sum) "
              "&& printf \"%s  %s\\0\" \"${h%% *}\" \"$TAR_FILENAME\"' 2>/dev/null\n";
        break;
    case Reader::Folder:
        backupSide = names + " | (cd \"$b\" && xargs -0r sha256sum -z --) 2>/dev/null\n";
        break;
    case Reader::Restic:
        backupSide =
            perFile("restic -r \"$b\" --no-lock dump \"$s\" \"$p\"") + "unset RESTIC_PASSWORD\n";
        break;
    case Reader::Borg:
        backupSide = perFile("borg extract --bypass-lock --stdout \"$b\" \"pp:$p\"")
            + "unset BORG_PASSPHRASE\n";
        break;
    case Reader::Sqlite:
    case Reader::PgDump:
    case Reader::SqlDump:
        return std::nullopt;
    }
    const QByteArray body = "m=$1 b=$2 s=$3 l=$4 n=$5\nshift 5\nLC_ALL=C\nexport LC_ALL\n"
        + backupSide
        + "printf '\\0%s \\0' \"$m\"\nshift $n\ncd \"$l\" && printf '%s\\0' \"$@\" | xargs "
          "-0r sha256sum -z -- 2>/dev/null\n";
    const auto script = JobScript::forShell(body, args, BackupPlans::environment(source, password));
    if (!script)
        return std::nullopt;
    return *script;
}

void readChecksums(const BackupSource &source, const CatalogEntry &backup,
    RestorePreviewReport &report, const QByteArray &marker, const QByteArray &out)
{
    const auto reader = readerFor(source, backup);
    if (!reader)
        return;
    QByteArray split(1, '\0');
    split += marker + ' ';
    split += '\0';
    const qsizetype at = out.indexOf(split);
    const QByteArray backupPart = at < 0 ? out : out.left(at);
    const QByteArray livePart = at < 0 ? QByteArray() : out.mid(at + split.size());
    // The backup's names back to paths under restoreTo.
    const QStringList needed = report.tree.needingChecksums();
    QHash<QString, QString> pathOf;
    for (const QString &path : needed)
        pathOf.insert(QString::fromUtf8(backupName(*reader, report, path)), path);
    QHash<QString, QByteArray> backupSums;
    const QHash<QString, QByteArray> byName = readSums(backupPart);
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (const auto path = pathOf.constFind(it.key()); path != pathOf.cend())
            backupSums.insert(*path, it.value());
    }
    RestoreTree::applyChecksums(report.tree, backupSums, readSums(livePart));
    const bool repository = *reader == Reader::Restic || *reader == Reader::Borg;
    if (repository && needed.size() > maxRepositoryChecksums)
        report.warnings.append(
            RestoreText::tr("%n file(s) of the same size but another time were not compared by "
                            "content and count as overwritten",
                nullptr, int(needed.size()) - maxRepositoryChecksums));
}

} // namespace dozor::RestorePlans
