#pragma once

#include <QList>
#include <QObject>

#include <functional>

namespace dozor {

// GUI work that comes in bulk (a page creating and filling a hundred charts) done in
// slices of a few milliseconds with a real pause between them, so input, paints and
// timers keep their turn and the window never freezes while the work drains.
class SlicedWorkQueue : public QObject {
    Q_OBJECT
public:
    explicit SlicedWorkQueue(QObject *parent = nullptr);

    void schedule(std::function<void()> work);
    // Drops what has not run yet.
    void clear() { m_work.clear(); }

private:
    void drain();
    void scheduleDrain();

    QList<std::function<void()>> m_work;
    bool m_drainQueued = false;
};

} // namespace dozor
