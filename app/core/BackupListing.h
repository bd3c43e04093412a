#pragma once

#include "Backups.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// One backup as a source's listing shows it.
struct CatalogEntry {
    QString name; // file or folder name, restic short id, borg archive name
    QDateTime time; // from the name (time_format), else the mtime or the tool's time
    std::optional<qint64> size; // bytes, when the listing says
    bool directory = false; // a timestamped folder rather than an archive
};

struct CatalogListing {
    QList<CatalogEntry> entries; // newest first
    QStringList problems; // lines or fields that could not be read, in words
};

// Readers of what a server printed for a source (untrusted: never a crash, problems in
// words, at most maxEntries entries kept).
namespace BackupListing {
inline constexpr int maxEntries = 100'000;

// `find PATH -mindepth 1 -maxdepth 1 -name PATTERN -printf '%y %s %T@ %P\0'`: type (f, d, l
// …), size, mtime (seconds with a fraction) and name, NUL-terminated. Names the source's
// time_format cannot read keep their mtime, and the problem says which.
CatalogListing readFind(const QByteArray &output, const BackupSource &source);
// `restic snapshots --json`: every snapshot, named by its short id.
CatalogListing readRestic(const QByteArray &output);
// `borg list --json`: every archive; borg gives local times without an offset, read in
// the source's time zone (UTC when none is set).
CatalogListing readBorg(const QByteArray &output, const BackupSource &source);

// What differs between two readFind() listings of one folder: the records (as printed, NUL
// not included) only one of them holds. find prints a folder that did not change in the same
// order, so only the span between their common start and common end is compared. Nothing
// when that span holds more than maxChanges records on either side.
struct FindDelta {
    QList<QByteArray> added;
    QList<QByteArray> removed;
};
std::optional<FindDelta> diffFind(
    const QByteArray &before, const QByteArray &after, qsizetype maxChanges);
} // namespace BackupListing

} // namespace dozor
