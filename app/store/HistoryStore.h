#pragma once

#include "core/CheckResult.h"
#include "core/Workspace.h"

#include <QObject>
#include <QThread>

namespace dozor {

class HistoryWriter;

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
    QThread m_thread;
    HistoryWriter *m_writer = nullptr;
};

} // namespace dozor
