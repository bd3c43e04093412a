#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// One entry of a tree, as a listing on the server shows it: the backup's (a timestamped
// folder, an archive, a snapshot) or the live folder a restore would write into.
struct TreeEntry {
    QString path; // relative to the tree's root, '/'-separated, never empty
    char type = 'f'; // f file, d folder, l symbolic link; b c p s: device, fifo, socket
    qint64 size = 0;
    qint64 mtimeSec = 0; // whole seconds (archives keep no more)
    quint32 mode = 0; // permission bits with setuid, setgid and sticky (07777)
    QString owner;
    QString group;
    QString linkTarget; // a link's target, as written
    // A folder an archive holds entries under but does not list itself: extracting them makes
    // it, with the mode, owner and time of the extraction (none of them in the archive).
    bool implied = false;
};

struct TreeListing {
    QList<TreeEntry> entries;
    QStringList problems; // entries that could not be read, in words
    // An archive's names were written "./name" (tar finds a member only by its name as
    // written).
    bool dotSlashNames = false;
};

// What a restore would do to one path of the live folder.
enum class RestoreChange {
    Create, // in the backup, not live
    Overwrite, // content (or type, or a link's target) differs
    MetadataOnly, // same content; mode, owner, group or mtime differ
    Delete, // live, not in the backup (only when the restore replaces the whole folder)
    Unchanged,
};
QString restoreChangeName(RestoreChange change); // create, overwrite, metadata, delete, unchanged

struct PreviewItem {
    QString path;
    RestoreChange change = RestoreChange::Unchanged;
    std::optional<TreeEntry> backup;
    std::optional<TreeEntry> live;
    // Same size, different mtime: the content decides (checksums computed on the server);
    // counted as an overwrite until applyChecksums() says otherwise.
    bool needsChecksum = false;
};

// Something in the backup that makes restoring it unsafe: it blocks the restore.
struct SafetyFinding {
    QString path;
    QString why; // in words
};

struct RestorePreviewResult {
    QList<PreviewItem> items; // sorted by path
    QList<SafetyFinding> findings;
    qint64 bytesToWrite = 0; // sizes of the files created or overwritten
    int count(RestoreChange change) const;
    // Paths whose content the checksums must decide.
    QStringList needingChecksums() const;
};

namespace RestoreTree {
// The listing both sides use for folders: `find ROOT -mindepth 1 -printf
// '%y %#m %s %T@ %u %g %P\0%l\0'` (type, octal mode, size, mtime, owner, group and path,
// then the link target; NUL-terminated fields). Untrusted: never a crash, problems in words,
// at most maxEntries entries.
inline constexpr qsizetype maxEntries = 1'000'000;
// numericOwners: %U %G (user and group ids) instead of names, to compare with a restic
// snapshot, which keeps only the ids.
QByteArray findFormat(bool numericOwners = false);
TreeListing readFind(const QByteArray &output);

// An archive's listing: GNU `tar -tv --full-time` run with TZ=UTC (mode string, owner/group,
// size, date, time and name; names escaped the way tar escapes them; "name -> target" for a
// symbolic link, "name link to target" for a hard link, which counts as a copy of its target).
// The archive's root ("./") is not an entry; "./" before names is dropped.
TreeListing readTar(const QByteArray &output);
// `restic ls --json SNAPSHOT`: the snapshot line, then one node per line (paths absolute;
// read without the leading '/'). Owners are user and group ids; restic 0.14 keeps no link
// targets (linkTargetsKnown is false then).
TreeListing readResticLs(const QByteArray &output, bool *linkTargetsKnown = nullptr);
// `borg list --json-lines REPO::ARCHIVE` run with TZ=UTC (borg writes local times).
TreeListing readBorgLs(const QByteArray &output);

// Which folder of a backup holds what is restored into restoreTo, and the backup's listing
// from there. A backup may hold restoreTo's path ("srv/app/…", as Dozor's own archives and
// restic do), or only restoreTo's own folder name at its top ("app/…"), or the folder's
// content at its top (anything else). What lies elsewhere in the backup is not restored; it
// counts in outside, and the entries among it that would write outside the folder anyway
// (absolute, "..") are findings.
struct RootedListing {
    TreeListing listing;
    QString root; // the backup's folder restored ("" for its top)
    int outside = 0;
    QList<SafetyFinding> outsideFindings;
};
// With the live folder's listing, a folder named like restoreTo alone at the top is taken for
// restoreTo itself only when that matches the live folder at least as well as the top does.
RootedListing rootAt(
    const TreeListing &backup, const QString &restoreTo, const TreeListing *live = nullptr);
// Only the entries at or under these paths (relative, '/'-separated; none: all).
TreeListing onlyUnder(const TreeListing &listing, const QStringList &paths);
// A path the user named for a partial restore, relative to restoreTo: absolute ones must lie
// under it. Nothing, with why in words, for one that leaves it ("..") or is empty.
std::optional<QString> relativePath(const QString &path, const QString &restoreTo, QString *why);

// What a restore of backup over live would do. replaceWhole: the restore replaces the whole
// folder, so what is only live is deleted (otherwise it stays and is not listed).
// liveIndex: pathIndex(live), when it was made already (on another thread, say).
RestorePreviewResult compare(const TreeListing &backup, const TreeListing &live, bool replaceWhole,
    const QHash<QString, qsizetype> *liveIndex = nullptr);
// Each path of a listing → its entry's index.
QHash<QString, qsizetype> pathIndex(const TreeListing &listing);
// Settles the items that needed checksums: the same digest on both sides is metadata only,
// anything else (a digest missing on either side too) an overwrite.
void applyChecksums(RestorePreviewResult &preview, const QHash<QString, QByteArray> &backupSums,
    const QHash<QString, QByteArray> &liveSums);
// What in the backup makes restoring it unsafe: absolute paths, "..", links that point out
// of the restored folder, device files, setuid or setgid bits.
QList<SafetyFinding> safetyFindings(const TreeListing &backup);
// An absolute path or one with "..": the finding that extracting it writes outside the folder.
std::optional<SafetyFinding> pathFinding(const QString &path);
} // namespace RestoreTree

} // namespace dozor
