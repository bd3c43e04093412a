#pragma once

// MonitorEngine's calls that run on its threads and answer on the owner's (only for
// MonitorEngine's own files).
#include "MonitorEngine.h"
#include "Scheduler.h"
#include "core/CrossThread.h"

#include <QPointer>

namespace dozor {

template<typename T>
std::function<void(const T &)> MonitorEngine::replyOnOwnerThread(
    QObject *context, std::function<void(const T &)> done)
{
    // Called from any of the engine's threads; done runs on this object's thread, and only
    // if context is still there then.
    QPointer<QObject> guard(context);
    return [this, guard, done = std::move(done)](const T &value) {
        postTo(this, [guard, done, value] {
            if (guard)
                done(value);
        });
    };
}

template<typename Result>
void MonitorEngine::onMonitorThread(
    QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto reply = replyOnOwnerThread<Result>(context, std::move(done));
    if (!m_scheduler) {
        reply(Result(unexpected(tr("monitoring is not running"))));
        return;
    }
    postTo(m_scheduler, [work = std::move(work), reply] { reply(work()); });
}

} // namespace dozor
