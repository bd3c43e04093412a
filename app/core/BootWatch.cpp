#include "BootWatch.h"

#include <cmath>

namespace dozor {

void BootWatch::seed(const QString &serverId, qint64 bootAtMs)
{
    if (!m_boots.contains(serverId))
        m_boots.insert(serverId, Boot {bootAtMs, QByteArray(), std::nullopt, false});
}

BootWatch::Seen BootWatch::observe(
    const QString &serverId, double uptimeSec, const QByteArray &bootId, qint64 sampledAtMs)
{
    const qint64 bootAtMs = sampledAtMs - std::llround(uptimeSec * 1000);
    const auto it = m_boots.find(serverId);
    if (it == m_boots.end()) { // the first look: a recent boot is no news
        m_boots.insert(serverId, Boot {bootAtMs, bootId, uptimeSec, false});
        return Seen {bootAtMs, false, false};
    }
    bool otherBoot = false;
    if (!bootId.isEmpty() && !it->id.isEmpty())
        otherBoot = bootId != it->id;
    else
        otherBoot =
            (it->uptimeSec && uptimeSec < *it->uptimeSec) || bootAtMs - it->atMs > bootTimeSlackMs;
    if (otherBoot) {
        *it = Boot {bootAtMs, bootId, uptimeSec, true};
        return Seen {bootAtMs, true, true};
    }
    it->uptimeSec = uptimeSec;
    if (it->id.isEmpty())
        it->id = bootId;
    return Seen {it->atMs, it->seenToHappen, false};
}

} // namespace dozor
