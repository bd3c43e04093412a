#include "RestorePreview.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace dozor {

namespace {
struct PreviewText {
    Q_DECLARE_TR_FUNCTIONS(RestorePreview)
};

// Mode, owner, group (and mtime, but for links) differ: what a restore sets again.
bool metadataDiffers(const TreeEntry &a, const TreeEntry &b)
{
    if (a.owner != b.owner || a.group != b.group)
        return true;
    if (a.type == 'l')
        return false; // a link's own mode and time are not restored
    return a.mode != b.mode || a.mtimeSec != b.mtimeSec;
}

PreviewItem compareEntry(const TreeEntry &backup, const TreeEntry &live)
{
    PreviewItem item {backup.path, RestoreChange::Unchanged, backup, live, false};
    if (backup.type != live.type) {
        item.change = RestoreChange::Overwrite;
    } else if (backup.implied) {
        item.change = RestoreChange::MetadataOnly; // made again, with the extraction's metadata
    } else if (backup.type == 'f') {
        if (backup.size != live.size) {
            item.change = RestoreChange::Overwrite;
        } else if (backup.mtimeSec != live.mtimeSec) {
            item.change = RestoreChange::Overwrite;
            item.needsChecksum = true;
        } else if (metadataDiffers(backup, live)) {
            item.change = RestoreChange::MetadataOnly;
        }
    } else if (backup.type == 'l' && backup.linkTarget != live.linkTarget) {
        item.change = RestoreChange::Overwrite;
    } else if (metadataDiffers(backup, live)) {
        item.change = RestoreChange::MetadataOnly;
    }
    return item;
}

// Whether a link at linkPath pointing to target stays inside the tree's root.
bool linkStaysInside(const QString &linkPath, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return false;
    QStringList where = linkPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!where.isEmpty())
        where.removeLast(); // the link itself
    qsizetype depth = where.size();
    for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            --depth;
        else if (part != QLatin1String("."))
            ++depth;
        if (depth < 0)
            return false;
    }
    return true;
}
bool isUnder(const QString &path, const QString &folder)
{
    return folder.isEmpty()
        || (path.startsWith(folder)
            && (path.size() == folder.size() || path.at(folder.size()) == QLatin1Char('/')));
}

} // namespace

QString restoreChangeName(RestoreChange change)
{
    switch (change) {
    case RestoreChange::Create:
        return QStringLiteral("create");
    case RestoreChange::Overwrite:
        return QStringLiteral("overwrite");
    case RestoreChange::MetadataOnly:
        return QStringLiteral("metadata");
    case RestoreChange::Delete:
        return QStringLiteral("delete");
    case RestoreChange::Unchanged:
        return QStringLiteral("unchanged");
    }
    return QString();
}

int RestorePreviewResult::count(RestoreChange change) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
        [change](const PreviewItem &i) { return i.change == change; }));
}

QStringList RestorePreviewResult::needingChecksums() const
{
    QStringList paths;
    for (const PreviewItem &i : items) {
        if (i.needsChecksum)
            paths.append(i.path);
    }
    return paths;
}

namespace RestoreTree {

// An absolute path or one with "..": what extracting it would write outside the folder.
std::optional<SafetyFinding> pathFinding(const QString &path)
{
    if (path.startsWith(QLatin1Char('/')))
        return SafetyFinding {path,
            PreviewText::tr("an absolute path: it would be written outside the folder restored "
                            "into")};
    if (path.contains(QLatin1String(".."))
        && path.split(QLatin1Char('/')).contains(QLatin1String("..")))
        return SafetyFinding {path,
            PreviewText::tr("a path with \"..\": it would be written outside the folder "
                            "restored into")};
    return std::nullopt;
}

RootedListing rootAt(const TreeListing &backup, const QString &restoreTo, const TreeListing *live)
{
    QString full = restoreTo;
    while (full.startsWith(QLatin1Char('/')))
        full.remove(0, 1);
    while (full.endsWith(QLatin1Char('/')))
        full.chop(1);
    RootedListing out;
    out.listing.problems = backup.problems;
    out.listing.dotSlashNames = backup.dotSlashNames;
    // restoreTo's whole path anywhere in the backup ("srv/app/…"), else the longest end of it
    // ("live/app/…", "app/…") that holds everything the backup has (but its own parents).
    const QStringList parts = full.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto under = [&](const QString &folder) {
        return std::any_of(backup.entries.cbegin(), backup.entries.cend(),
            [&](const TreeEntry &e) { return isUnder(e.path, folder); });
    };
    const auto holdsOnly = [&](const QString &folder) {
        return std::all_of(backup.entries.cbegin(), backup.entries.cend(), [&](const TreeEntry &e) {
            return isUnder(e.path, folder) || folder.startsWith(e.path + QLatin1Char('/'));
        });
    };
    bool byEnd = false;
    for (qsizetype k = parts.size(); k >= 1 && out.root.isEmpty(); --k) {
        const QString end = parts.mid(parts.size() - k).join(QLatin1Char('/'));
        if (k == parts.size() ? under(end) : (under(end) && holdsOnly(end))) {
            out.root = end;
            byEnd = k < parts.size();
        }
    }
    if (byEnd && live && !live->entries.isEmpty()) {
        // "app/…" alone at the top may be the folder itself or a folder inside it (a Django
        // project's "app"): the reading that matches more of the live folder wins.
        QSet<QString> livePaths;
        livePaths.reserve(live->entries.size());
        for (const TreeEntry &e : live->entries)
            livePaths.insert(e.path);
        qsizetype asFolder = 0, asContent = 0;
        for (const TreeEntry &e : backup.entries) {
            if (e.path.size() > out.root.size() && isUnder(e.path, out.root)
                && livePaths.contains(e.path.mid(out.root.size() + 1)))
                ++asFolder;
            if (livePaths.contains(e.path))
                ++asContent;
        }
        if (asContent > asFolder)
            out.root.clear();
    }
    for (const TreeEntry &e : backup.entries) {
        if (out.root.isEmpty()) {
            out.listing.entries.append(e);
        } else if (isUnder(e.path, out.root)) {
            if (e.path.size() == out.root.size())
                continue; // the folder itself: restoreTo
            TreeEntry inside = e;
            inside.path = e.path.mid(out.root.size() + 1);
            out.listing.entries.append(inside);
        } else if (!out.root.startsWith(e.path + QLatin1Char('/'))) { // (its parents: not counted)
            // Never written, but for a path that leaves the folder anyway.
            ++out.outside;
            if (const auto finding = RestoreTree::pathFinding(e.path))
                out.outsideFindings.append(*finding);
        }
    }
    return out;
}

TreeListing onlyUnder(const TreeListing &listing, const QStringList &paths)
{
    if (paths.isEmpty())
        return listing;
    TreeListing out;
    out.problems = listing.problems;
    out.dotSlashNames = listing.dotSlashNames;
    for (const TreeEntry &e : listing.entries) {
        if (std::any_of(
                paths.cbegin(), paths.cend(), [&](const QString &p) { return isUnder(e.path, p); }))
            out.entries.append(e);
    }
    return out;
}

std::optional<QString> relativePath(const QString &path, const QString &restoreTo, QString *why)
{
    QString root = restoreTo;
    while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
        root.chop(1);
    QString p = path;
    if (p.startsWith(QLatin1Char('/'))) {
        if (!isUnder(p, root) || p.size() == root.size()) {
            *why = PreviewText::tr("%1 is not inside %2, the folder this backup restores into")
                       .arg(path.left(200), root);
            return std::nullopt;
        }
        p = p.mid(root.size() + 1);
    }
    QStringList parts;
    for (const QString &part : p.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            *why =
                PreviewText::tr("%1 leaves the folder restored into (\"..\")").arg(path.left(200));
            return std::nullopt;
        }
        if (part != QLatin1String("."))
            parts.append(part);
    }
    if (parts.isEmpty()) {
        *why = PreviewText::tr("\"%1\" names no path inside %2").arg(path.left(200), root);
        return std::nullopt;
    }
    return parts.join(QLatin1Char('/'));
}

QHash<QString, qsizetype> pathIndex(const TreeListing &listing)
{
    QHash<QString, qsizetype> index;
    index.reserve(listing.entries.size());
    for (qsizetype i = 0; i < listing.entries.size(); ++i)
        index.insert(listing.entries.at(i).path, i);
    return index;
}

RestorePreviewResult compare(const TreeListing &backup, const TreeListing &live, bool replaceWhole,
    const QHash<QString, qsizetype> *liveIndex)
{
    RestorePreviewResult result;
    const QHash<QString, qsizetype> made =
        liveIndex ? QHash<QString, qsizetype>() : pathIndex(live);
    const QHash<QString, qsizetype> &liveAt = liveIndex ? *liveIndex : made;
    QList<bool> matched(live.entries.size(), false);
    result.items.reserve(backup.entries.size() + (replaceWhole ? live.entries.size() / 8 : 0));
    // From the end: an archive may hold a path twice, and the last one is what extracting it
    // leaves (the sort below keeps it, the first of its path).
    for (auto b = backup.entries.crbegin(); b != backup.entries.crend(); ++b) {
        const auto it = liveAt.constFind(b->path);
        if (it == liveAt.cend()) {
            result.items.append({b->path, RestoreChange::Create, *b, std::nullopt, false});
            continue;
        }
        matched[*it] = true;
        result.items.append(compareEntry(*b, live.entries.at(*it)));
    }
    if (replaceWhole) {
        for (qsizetype i = 0; i < live.entries.size(); ++i) {
            if (!matched.at(i)) {
                const TreeEntry &l = live.entries.at(i);
                result.items.append({l.path, RestoreChange::Delete, std::nullopt, l, false});
            }
        }
    }
    // Sorted as indices (an item is large to move about), then moved once, each path once.
    QList<qsizetype> order(result.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return result.items.at(a).path < result.items.at(b).path;
    });
    QList<PreviewItem> sorted;
    sorted.reserve(order.size());
    for (const qsizetype i : std::as_const(order)) {
        if (sorted.isEmpty() || sorted.constLast().path != result.items.at(i).path)
            sorted.append(std::move(result.items[i]));
    }
    result.items = std::move(sorted);
    for (const PreviewItem &i : std::as_const(result.items)) {
        if ((i.change == RestoreChange::Create || i.change == RestoreChange::Overwrite) && i.backup
            && i.backup->type == 'f')
            result.bytesToWrite += i.backup->size;
    }
    result.findings = safetyFindings(backup);
    return result;
}

void applyChecksums(RestorePreviewResult &preview, const QHash<QString, QByteArray> &backupSums,
    const QHash<QString, QByteArray> &liveSums)
{
    for (PreviewItem &i : preview.items) {
        if (!i.needsChecksum)
            continue;
        i.needsChecksum = false;
        const QByteArray b = backupSums.value(i.path);
        const QByteArray l = liveSums.value(i.path);
        if (!b.isEmpty() && b == l) {
            i.change = RestoreChange::MetadataOnly;
            preview.bytesToWrite -= i.backup ? i.backup->size : 0;
        }
    }
}

QList<SafetyFinding> safetyFindings(const TreeListing &backup)
{
    QList<SafetyFinding> findings;
    QSet<QString> links;
    for (const TreeEntry &e : backup.entries) {
        if (e.type == 'l')
            links.insert(e.path);
    }
    for (const TreeEntry &e : backup.entries) {
        if (const auto finding = RestoreTree::pathFinding(e.path))
            findings.append(*finding);
        // An entry under a link is written wherever the link points.
        for (qsizetype slash = e.path.indexOf(QLatin1Char('/')); !links.isEmpty() && slash > 0;
             slash = e.path.indexOf(QLatin1Char('/'), slash + 1)) {
            if (links.contains(e.path.left(slash))) {
                findings.append({e.path,
                    PreviewText::tr("written through the link %1").arg(e.path.left(slash))});
                break;
            }
        }
        if (e.type == 'b' || e.type == 'c')
            findings.append({e.path, PreviewText::tr("a device file")});
        if (e.type == 'l' && !linkStaysInside(e.path, e.linkTarget))
            findings.append({e.path,
                PreviewText::tr("a link to %1, outside the folder restored into")
                    .arg(e.linkTarget.left(200))});
        // (A setgid folder is how shared folders keep their group: not a finding.)
        if (e.type == 'f' && (e.mode & 06000))
            findings.append({e.path,
                (e.mode & 04000) ? PreviewText::tr("a setuid program (mode %1)")
                                       .arg(QString::number(e.mode, 8).rightJustified(4, u'0'))
                                 : PreviewText::tr("a setgid file (mode %1)")
                                       .arg(QString::number(e.mode, 8).rightJustified(4, u'0'))});
    }
    return findings;
}

} // namespace RestoreTree

} // namespace dozor
