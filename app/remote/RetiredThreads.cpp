#include "RetiredThreads.h"

#include "core/WorkerThread.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThread>

Q_LOGGING_CATEGORY(lcThreads, "dozor.threads", QtWarningMsg)

namespace dozor {

namespace {
// How long the application's clean-up waits for all retired threads together.
constexpr int joinAtExitMs = 30'000;

struct Registry {
    QMutex mutex;
    QSet<WorkerThread *> threads;
    bool routineAdded = false;
};

Registry &registry()
{
    static Registry r;
    return r;
}

// Called from QCoreApplication's destructor, on its thread.
void joinRetiredThreads()
{
    Registry &r = registry();
    QSet<WorkerThread *> left;
    {
        QMutexLocker lock(&r.mutex);
        left = std::exchange(r.threads, {});
        r.routineAdded = false;
    }
    const QDeadlineTimer deadline(joinAtExitMs);
    for (WorkerThread *thread : std::as_const(left)) {
        if (!thread->join(deadline)) {
            // Never delete a running thread: leaking it is the lesser harm at exit.
            qCWarning(lcThreads) << "a worker thread" << thread->objectName()
                                 << "did not finish at exit";
            continue;
        }
        delete thread;
    }
}
} // namespace

void retireThread(WorkerThread *thread)
{
    Registry &r = registry();
    {
        QMutexLocker lock(&r.mutex);
        r.threads.insert(thread);
        if (!r.routineAdded) {
            qAddPostRoutine(joinRetiredThreads);
            r.routineAdded = true;
        }
    }
    // Queued to the application's thread, which deletes the thread object once it has
    // really ended — unless the clean-up above took it first.
    QObject::connect(
        thread, &QThread::finished, QCoreApplication::instance(),
        [thread] {
            {
                QMutexLocker lock(&registry().mutex);
                if (!registry().threads.remove(thread))
                    return;
            }
            thread->join();
            delete thread;
        },
        Qt::QueuedConnection);
}

int retiredThreadsRunning()
{
    QMutexLocker lock(&registry().mutex);
    int running = 0;
    for (QThread *t : std::as_const(registry().threads))
        running += t->isFinished() ? 0 : 1;
    return running;
}

} // namespace dozor
