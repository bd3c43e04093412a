#pragma once

#include "JournalBook.h"
#include "core/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dozor {

// One run of a job's step (a retry or an undo is a run of its own).
struct JobStepRecord {
    int step = 0;
    bool undo = false;
    int attempt = 1;
    QString name;
    QString state; // running, done, failed, timed_out, stopped, will_retry, interrupted
    QString reason;
    qint64 startedMs = 0;
    qint64 endedMs = 0; // 0 while running
};

// A job as the history file keeps it: what it was, how it went, the end of its log.
struct JobRecord {
    qint64 id = 0;
    QString kind; // backup, verify, restore, deploy
    QString targetId;
    QString subject; // the backup source, recipe … it was for
    QString title;
    QStringList stepNames;
    // pending, running, rolling_back, succeeded, failed, cancelled, rolled_back,
    // rollback_failed, interrupted
    QString state;
    QString reason;
    qint64 startedMs = 0;
    qint64 endedMs = 0;
    QString user; // the local user who started it
    qint64 ownerPid = 0; // the Dozor process running it
    QString logTail;
    // What this kind of job keeps besides its steps (a deploy: "before", "release", "ref" …).
    QJsonObject details;
    QList<JobStepRecord> steps; // filled by job()
};

// The jobs side of the history file, on a connection of its own (one per thread). Each
// step is recorded "running" before it starts, so a job that was running when its Dozor
// died is found by settleInterrupted() at the next start.
class JobBook {
public:
    // Bounds of what is kept of a job's log (the newest lines).
    static constexpr qsizetype logTailChars = 64 * 1024;

    explicit JobBook(QString path);

    Expected<void> open();
    JournalBook &journal() { return m_book; }

    // Records a new job as running; returns its id.
    Expected<qint64> create(const JobRecord &job);
    Expected<void> recordStep(qint64 jobId, const JobStepRecord &step);
    Expected<void> setLogTail(qint64 jobId, const QString &tail);
    Expected<void> setState(qint64 jobId, const QString &state, const QString &reason);
    Expected<void> finish(qint64 jobId, const QString &state, const QString &reason,
        const QString &logTail, qint64 endedMs);

    // Jobs still recorded as running whose process is gone (Dozor died, or the machine
    // stopped) become "interrupted", with their running steps; returns them.
    Expected<QList<JobRecord>> settleInterrupted(qint64 nowMs, const QString &reason);

    // Newest first; kind and target filter when not empty.
    Expected<QList<JobRecord>> recent(
        int limit, const QString &kind = QString(), const QString &targetId = QString());
    // One job with its steps, or nothing when there is no such job.
    Expected<std::optional<JobRecord>> job(qint64 id);

private:
    JournalBook m_book;
    QSqlDatabase db() const;
};

// Whether a process with this id runs on this computer (a job's owner).
bool processIsRunning(qint64 pid);

} // namespace dozor
