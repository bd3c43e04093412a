#include "AlertRouter.h"

namespace dozor {

QStringList channelsFor(const AlertIntent &alert, const AlertSettings &settings)
{
    QStringList out;
    if (settings.routes.isEmpty()) {
        for (const AlertChannel &c : settings.channels)
            out.append(c.id);
        return out;
    }
    for (const AlertRoute &route : settings.routes) {
        if (!route.levels.isEmpty() && !route.levels.contains(alert.level))
            continue;
        const bool tagged = route.tags.isEmpty()
            || std::any_of(route.tags.cbegin(), route.tags.cend(),
                [&alert](const QString &tag) { return alert.tags.contains(tag); });
        if (!tagged)
            continue;
        for (const QString &id : route.channels) {
            if (!out.contains(id) && settings.channel(id))
                out.append(id);
        }
    }
    return out;
}

} // namespace dozor
