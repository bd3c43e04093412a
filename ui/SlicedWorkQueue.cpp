#include "SlicedWorkQueue.h"

#include <QElapsedTimer>
#include <QTimer>

namespace dozor {

namespace {
constexpr int sliceMs = 8;
// A timer rather than a posted call: with posted calls (or a 0-ms timer) back to back, the
// 10-ms probe of bench_gui_stall did not run between slices; a 4-ms pause lets it.
constexpr int pauseMs = 4;
} // namespace

SlicedWorkQueue::SlicedWorkQueue(QObject *parent)
    : QObject(parent)
{
}

void SlicedWorkQueue::schedule(std::function<void()> work)
{
    m_work.append(std::move(work));
    scheduleDrain();
}

void SlicedWorkQueue::drain()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_work.isEmpty() && slice.elapsed() < sliceMs) {
        const auto work = m_work.takeFirst();
        work(); // may schedule more
    }
    m_drainQueued = false;
    if (!m_work.isEmpty())
        scheduleDrain();
}

void SlicedWorkQueue::scheduleDrain()
{
    if (std::exchange(m_drainQueued, true))
        return;
    QTimer::singleShot(pauseMs, this, &SlicedWorkQueue::drain);
}

} // namespace dozor
