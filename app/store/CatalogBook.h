#pragma once

#include "JournalBook.h"
#include "core/Expected.h"

#include <QList>
#include <QString>

#include <optional>

namespace dozor {

// One backup in the catalog, with what Dozor knows about it.
struct CatalogRow {
    QString sourceId;
    QString targetId;
    QString name;
    qint64 timeMs = 0;
    std::optional<qint64> size;
    QString kind; // full, config, content, database, logs
    bool directory = false;
    qint64 seenMs = 0; // the listing that first showed it as it is now
    std::optional<bool> verified; // nothing: never verified
    qint64 verifiedMs = 0;
    QString verifyReason;
    qint64 verifyDurationMs = 0;
};

// A source's last refresh.
struct CatalogSourceState {
    QString sourceId;
    QString targetId;
    qint64 refreshedMs = 0;
    QString problems; // why the listing failed or was partial, in words
    std::optional<qint64> freeBytes;
    std::optional<qint64> totalBytes;
};

struct SpaceSample {
    qint64 atMs = 0;
    qint64 freeBytes = 0;
    qint64 totalBytes = 0;
};

// The backup catalog in the history file, on a connection of its own (one per thread): what
// each source's last listing showed, each backup's verification, the free space seen.
class CatalogBook {
public:
    explicit CatalogBook(QString path);

    Expected<void> open();

    struct Listed {
        QString name;
        qint64 timeMs = 0;
        std::optional<qint64> size;
        bool directory = false;
    };
    // A successful listing replaces the source's catalog in one transaction: backups no
    // longer there go, new or changed ones are written, verification of those still there
    // stays; the source's refresh time is set (CatalogSourceState).
    Expected<void> replace(const QString &sourceId, const QString &targetId, const QString &kind,
        const QList<Listed> &backups, qint64 nowMs, const QString &problems);
    // What changed since a listing this connection wrote, in one transaction: the backups of
    // those names go, the listed ones are written (a name in both is a backup replaced under
    // its name, so its verification goes). Only when the source's refresh time is still
    // lastWrittenMs (no one wrote its catalog since) and it then holds expectedCount backups;
    // otherwise nothing is changed and the answer is false: write the listing in full with
    // replace().
    Expected<bool> applyChanges(const QString &sourceId, const QString &targetId,
        const QString &kind, const QStringList &removed, const QList<Listed> &added, qint64 nowMs,
        int expectedCount, qint64 lastWrittenMs);
    // A listing identical to the last one replace() wrote: only the refresh time and the
    // problems are recorded.
    Expected<void> listingRepeated(
        const QString &sourceId, const QString &targetId, qint64 nowMs, const QString &problems);
    // How many backups of the source the catalog holds.
    Expected<int> count(const QString &sourceId);
    // A failed listing keeps the catalog and records why.
    Expected<void> listingFailed(
        const QString &sourceId, const QString &targetId, qint64 nowMs, const QString &problem);
    Expected<void> recordSpace(
        const QString &sourceId, qint64 nowMs, qint64 freeBytes, qint64 totalBytes);
    Expected<void> recordVerification(const QString &sourceId, const QString &name, bool ok,
        const QString &reason, qint64 durationMs, qint64 nowMs);

    // Newest first; every source when sourceId is empty.
    Expected<QList<CatalogRow>> backups(const QString &sourceId = QString());
    Expected<std::optional<CatalogSourceState>> source(const QString &sourceId);
    Expected<QList<SpaceSample>> space(const QString &sourceId, qint64 sinceMs);

private:
    JournalBook m_book;
    QSqlDatabase db() const;
};

// Days until a volume is full at the rate its free space fell over the samples (least
// squares); nothing when it is not falling or there are too few samples.
std::optional<double> daysUntilFull(const QList<SpaceSample> &samples);

} // namespace dozor
