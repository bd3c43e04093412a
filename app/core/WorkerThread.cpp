#include "WorkerThread.h"

namespace dozor {

WorkerThread::WorkerThread(QObject *parent)
    : QThread(parent)
{
    // Runs on the thread itself, as the last thing it does before QtCore winds it down.
    connect(
        this, &QThread::finished, this, [this] { QMutexLocker ended(&m_ended); },
        Qt::DirectConnection);
}

bool WorkerThread::join(QDeadlineTimer deadline)
{
    if (!wait(deadline))
        return false;
    QMutexLocker ended(&m_ended);
    return true;
}

} // namespace dozor
