#pragma once

#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>

namespace dozor {

// The engine's threads (monitor, alerts, history writer and reader, one per SSH server).
// join() is QThread::wait() plus an ordering a ThreadSanitizer build can see: Qt's join
// happens inside QtCore, which is not instrumented, so without it everything a finished
// thread did would look unordered with what its owner does next. The thread takes a lock
// as it ends and join() takes the same lock after the wait.
class WorkerThread : public QThread {
    Q_OBJECT
public:
    explicit WorkerThread(QObject *parent = nullptr);

    // Waits for the thread to end (until deadline); true when it has.
    bool join(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

private:
    QMutex m_ended;
};

} // namespace dozor
