#pragma once

#include "core/CheckResult.h"
#include "core/WorkerThread.h"
#include "core/Workspace.h"

#include <QObject>

namespace dozor {

class HistoryWriter;

// The store module (app/store) is the only code that speaks SQL; everything else calls named
// operations. One history file per workspace, SQLite in WAL mode, and these connections to
// it, each used by one thread only:
//   HistoryWriter   writer thread    samples, rollups, status events, spans, log read
//                                     positions, incidents/timelines/alerts of a tick (one
//                                     transaction per tick), retention
//   JournalBook     monitor thread   incidents restored at start, maintenance windows opened
//                                     on demand (grace windows)
//   AlertOutbox     alert thread     deliveries: due, sending/delivered/failed, notes on
//                                     timelines, journal entries of failing channels
//   HistoryReader   monitor thread   log read positions at start (briefly); in the app also
//   + JournalBook   reader thread    (HistoryQueries) charts, sparklines, the journal page
// The CLI opens a JournalBook or HistoryReader of its own for one command. Writers wait for
// each other through SQLite's busy timeout; readers never block writers (WAL).
//
// Owns the history writer and the thread it runs on. Everything here returns at once: the
// caller's thread (the GUI's, or the CLI's event loop) never waits on the disk, except in
// stop(), which drains what is queued so nothing committed-to-memory is lost on a clean exit.
class HistoryStore : public QObject {
    Q_OBJECT
public:
    HistoryStore(QString path, StoreSettings settings, QObject *parent = nullptr);
    ~HistoryStore() override;

    const QString &path() const { return m_path; }

    void start();
    void submit(const ResultBatch &batch);
    void applyRetention(qint64 nowMs);
    // Writes whatever is queued, closes the file and stops the thread.
    void stop();

Q_SIGNALS:
    void opened(const QString &error);
    void committed(qint64 tickMs, int samples);
    void writeFailed(const QString &error, int pendingBatches);
    void alertsCommitted(int count);

private:
    QString m_path;
    StoreSettings m_settings;
    WorkerThread m_thread;
    HistoryWriter *m_writer = nullptr;
};

} // namespace dozor
