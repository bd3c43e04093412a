#pragma once

#include <QMetaObject>
#include <QObject>

#include <mutex>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define DOZOR_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define DOZOR_THREAD_SANITIZER 1
#endif
#endif

namespace dozor {

#ifdef DOZOR_THREAD_SANITIZER
// One lock every cross-thread call passes through, only in a ThreadSanitizer build
// (recursive: a call Qt cannot deliver is destroyed under it, and its captures' destructors
// may post again).
inline std::recursive_mutex &crossThreadHandoff()
{
    static std::recursive_mutex handoff;
    return handoff;
}
#endif

// Runs call later on receiver's thread (a queued call), like QMetaObject::invokeMethod.
// Use it whenever receiver lives on another thread than the caller.
//
// Why not invokeMethod itself: the values a lambda captures are written here and read on the
// receiver's thread, and what orders the two is QtCore's event queue, which is not
// instrumented. ThreadSanitizer sees the order only when the receiver was asleep and woken
// through its event fd; a busy receiver picks the call up without that, and the capture read
// is reported as a race (CI saw it in the history writer). In a ThreadSanitizer build the post
// is made under a lock the call takes again before it reads anything, which orders the two
// in terms it can see; in every other build this is invokeMethod.
template<typename Call>
void postTo(QObject *receiver, Call &&call)
{
#ifdef DOZOR_THREAD_SANITIZER
    std::lock_guard posting(crossThreadHandoff());
    QMetaObject::invokeMethod(
        receiver,
        [call = std::forward<Call>(call)]() mutable {
            {
                std::lock_guard received(crossThreadHandoff());
            }
            call();
        },
        Qt::QueuedConnection);
#else
    QMetaObject::invokeMethod(receiver, std::forward<Call>(call), Qt::QueuedConnection);
#endif
}

} // namespace dozor
