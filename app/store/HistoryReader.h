#pragma once

#include "core/CheckResult.h"
#include "core/Decimation.h"
#include "core/Expected.h"

#include <QHash>
#include <QSqlDatabase>

namespace dozor {

struct SeriesInfo {
    QString metric;
    QString unit;
};

// One of a check's last results as recorded (for the heartbeat strip).
struct RecentResult {
    qint64 atMs = 0;
    Status status = Status::Unknown;
    QString reason;
};

enum class HistoryTier { Raw, Minute, Hour };
QString historyTierName(HistoryTier tier);

struct SeriesQuery {
    QString checkId;
    QString metric;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int maxPoints = 1000; // the plot's width in pixels, typically
    DecimationMode mode = DecimationMode::Lttb;
};

struct SeriesData {
    HistoryTier tier = HistoryTier::Raw;
    qint64 rowsRead = 0;
    QList<SeriesPoint> points; // never more than maxPoints
};

// Read side of the history file, with its own connection: use one reader per thread.
// Range queries pick the coarsest tier that still fills the plot's points, then
// decimate, so a 90-day chart reads a few thousand rows, not millions.
// Status changes of one check (or every check: checkId empty) between two times, oldest first.
Expected<QList<StatusChange>> readStatusEvents(
    const QSqlDatabase &db, const QString &checkId, qint64 fromMs, qint64 toMs);

class HistoryReader {
public:
    explicit HistoryReader(QString path);
    ~HistoryReader();
    HistoryReader(const HistoryReader &) = delete;
    HistoryReader &operator=(const HistoryReader &) = delete;

    // Every query below fails with open()'s error until open() succeeds.
    Expected<void> open();
    bool isOpen() const;

    Expected<QList<SeriesInfo>> seriesOf(const QString &checkId);
    Expected<SeriesData> series(const SeriesQuery &query);
    // Status changes in a range; an empty checkId means every check.
    Expected<QList<StatusChange>> statusEvents(const QString &checkId, qint64 fromMs, qint64 toMs);
    // The latest recorded status change of every check (its status, reason and time).
    Expected<QHash<QString, StatusChange>> lastChanges();
    // The last results of every check (at most HistoryWriter::recentResultsKept each),
    // oldest first, by check id; reasons in the language in use.
    Expected<QHash<QString, QList<RecentResult>>> recentResults();
    // The latest recorded status of every check, for seeding a StatusTracker.
    Expected<QHash<QString, Status>> lastStatuses();
    // Where each log check stopped reading, by check id.
    Expected<QHash<QString, LogCursor>> logCursors();
    // When each uptime check's server booted according to its last recorded sample (the
    // sample's time minus the uptime), by check id.
    Expected<QHash<QString, qint64>> lastBootTimes();

    // Chooses a tier for a span; exposed for tests.
    static HistoryTier tierFor(qint64 spanMs, int maxPoints);

private:
    Expected<void> openFile();
    Unexpected notOpen() const;
    Expected<SeriesData> readTier(HistoryTier tier, qint64 seriesId, const SeriesQuery &query);
    std::optional<qint64> oldestIn(HistoryTier tier, qint64 seriesId);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_openError;
};

} // namespace dozor
