#include "TargetUptime.h"

#include "core/DurationText.h"
#include "models/OverviewModel.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct UptimeText {
    Q_DECLARE_TR_FUNCTIONS(dozor::TargetPage)
};
constexpr qint64 dayMs = 24LL * 3600 * 1000;
} // namespace

Expected<TargetUptime> TargetUptime::read(
    JournalBook &book, const QString &targetId, qint64 fromMs, qint64 toMs)
{
    if (auto opened = book.open(); !opened)
        return unexpected(opened.error());
    const auto range = book.uptime(fromMs, toMs, toMs);
    const auto day = book.uptime(toMs - dayMs, toMs, toMs);
    const auto month = book.uptime(toMs - 30 * dayMs, toMs, toMs);
    for (const auto *rows : {&range, &day, &month}) {
        if (!*rows)
            return unexpected(rows->error());
    }
    TargetUptime out;
    for (const UptimeRow &r : *range) {
        if (r.targetId == targetId && r.checkId.isEmpty())
            out.server = r;
    }
    for (const auto &[rows, into] : {std::pair {&day, &out.day}, std::pair {&month, &out.month}}) {
        for (const UptimeRow &r : **rows) {
            if (r.targetId == targetId && !r.checkId.isEmpty())
                into->insert(r.checkId, r.uptimePercent());
        }
    }
    return out;
}

QString TargetUptime::serverText(bool reachabilityWatched) const
{
    // A server's own uptime is whether it could be reached, which only checks that log in to
    // it (or run here) observe; a failing web page is that check's downtime.
    if (!reachabilityWatched)
        return UptimeText::tr("Uptime per check is in the table (24 h, 30 d).");
    const auto pct = server ? server->uptimePercent() : std::nullopt;
    if (!pct)
        return UptimeText::tr("Not observed in this range: no uptime to show");
    const UptimeRow &r = *server;
    QString text =
        UptimeText::tr("Reachable %1 of the observed time · %n outage(s)", nullptr, r.incidents)
            .arg(OverviewModel::uptimeText(pct));
    if (r.mttrMs)
        text += UptimeText::tr(" · MTTR %1").arg(formatDuration(*r.mttrMs));
    if (r.notObservedMs() >= 60'000)
        text += UptimeText::tr(" · not observed %1").arg(formatDuration(r.notObservedMs()));
    return text;
}

} // namespace dozor
