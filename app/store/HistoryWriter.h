#pragma once

#include "core/CheckResult.h"
#include "core/Workspace.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace dozor {

// Writes check results into the history file, one transaction per batch, on whatever
// thread it lives on (HistoryStore gives it its own). A batch that cannot be written (disk
// full, file locked) is kept and retried with the next one; nothing committed is ever
// rewritten, and nothing half-written is ever visible.
class HistoryWriter : public QObject {
    Q_OBJECT
public:
    explicit HistoryWriter(QString path, QObject *parent = nullptr);
    ~HistoryWriter() override;

    // Invoked through the owning HistoryStore (queued), or directly in single-threaded tools.
    Q_INVOKABLE void open();
    Q_INVOKABLE void write(const dozor::ResultBatch &batch);
    Q_INVOKABLE void applyRetention(qint64 nowMs, int rawDays, int minuteDays);
    Q_INVOKABLE void close();

    int pendingBatches() const { return static_cast<int>(m_pending.size()); }

    static constexpr int maxPendingBatches = 10'000;
    // How many of each check's last results are kept (the heartbeat strip).
    static constexpr int recentResultsKept = 40;

Q_SIGNALS:
    void opened(const QString &error); // empty on success
    void committed(qint64 tickMs, int samples);
    void writeFailed(const QString &error, int pendingBatches);
    void retentionDone(qint64 rowsDeleted);
    // Alerts were committed to the outbox: whoever delivers them can look.
    void alertsCommitted(int count);

private:
    bool writeOne(const ResultBatch &batch, int *samples, QString *error);
    std::optional<qint64> checkRowId(
        const QString &checkId, const QString &targetId, QString *error);
    std::optional<qint64> seriesRowId(qint64 checkRow, const MetricValue &metric, QString *error);
    // Extends the check's observed span, or starts a new one after a gap or a status change.
    bool recordSpan(qint64 checkRow, const CheckResult &result, QString *error);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_checkRows;
    QHash<QPair<qint64, QString>, qint64> m_seriesRows;
    QList<ResultBatch> m_pending;
    struct Span {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString status;
    };
    QHash<qint64, Span> m_spans; // the latest span of each check row
};

} // namespace dozor
