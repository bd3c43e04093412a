// Built only with DOZOR_TSAN, and expected to fail: a plain int written by a thread's queued
// call and by the main thread at the same time, through the same Qt paths the engine uses
// (a WorkerThread, QMetaObject::invokeMethod, the test's own thread). ThreadSanitizer must
// report it with the suppressions of tests/tsan.supp in force; if it does not, those
// suppressions hide races in Dozor's own code and this test fails (ctest WILL_FAIL).
#include "core/WorkerThread.h"

#include <QAtomicInt>
#include <QTest>

using namespace dozor;

class TestTsanCanary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aRaceInOurCodeIsReported()
    {
        // Made before the thread starts (pthread_create orders them for TSan): the only
        // unordered accesses are the increments below.
        int shared = 0; // deliberately unprotected
        QAtomicInt started;
        WorkerThread thread;
        QObject worker;
        worker.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(
            &worker,
            [&] {
                started.storeRelaxed(1);
                for (int i = 0; i < 200000; ++i)
                    shared = shared + 1;
            },
            Qt::QueuedConnection);
        // Overlap with the worker's loop; a relaxed flag orders nothing for TSan.
        while (started.loadRelaxed() == 0)
            QThread::yieldCurrentThread();
        for (int i = 0; i < 200000; ++i)
            shared = shared + 1;
        thread.quit();
        thread.join();
        QVERIFY(shared > 0);
    }
};

QTEST_GUILESS_MAIN(TestTsanCanary)
#include "tst_tsancanary.moc"
