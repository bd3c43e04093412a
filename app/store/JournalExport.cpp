#include "JournalExport.h"

#include "core/DurationText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dozor::JournalExport {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(JournalExport)
};

// Text from servers goes into Markdown as text: nothing in it may start a heading, a list
// or an HTML tag.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_{}[]<>#|").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString subject(const Workspace &w, const QString &targetId, const QString &checkId)
{
    const Target *t = w.target(targetId);
    QString s = t ? t->displayName() : targetId;
    if (!checkId.isEmpty()) {
        const CheckSpec *c = w.check(checkId);
        s += ExportText::tr(" — ") + (c ? c->displayName() : checkId);
    }
    return s;
}

void section(QString &out, const QString &title, const QString &body)
{
    if (body.trimmed().isEmpty())
        return;
    out += QStringLiteral("**%1:** %2\n\n").arg(title, md(body.trimmed()));
}

Expected<void> appendIncident(
    QString &out, JournalBook &book, const Workspace &w, const Incident &i)
{
    out += QStringLiteral("## %1\n\n").arg(md(i.title));
    out += ExportText::tr("- **Severity:** %1\n").arg(severityText(alertLevelFor(i.worst)));
    out += ExportText::tr("- **Server / check:** %1\n").arg(md(subject(w, i.targetId, i.checkId)));
    out += ExportText::tr("- **Opened:** %1\n").arg(timeText(i.openedMs));
    if (i.isOpen())
        out += ExportText::tr("- **Still open** (%1 so far)\n")
                   .arg(formatDuration(QDateTime::currentMSecsSinceEpoch() - i.openedMs));
    else
        out += ExportText::tr("- **Resolved:** %1 (after %2)\n")
                   .arg(timeText(i.closedMs), formatDuration(i.closedMs - i.openedMs));
    if (i.maintenance)
        out += ExportText::tr("- During a maintenance window\n");
    QStringList checks;
    for (const QString &c : i.checks)
        checks.append(md(subject(w, i.targetId, c)));
    if (i.scope == IncidentScope::Host && !checks.isEmpty())
        out += ExportText::tr("- **Affected checks:** %1\n").arg(checks.join(QStringLiteral(", ")));
    out += ExportText::tr("- **Last reason:** %1\n\n").arg(md(i.reason));

    const auto timeline = book.timeline(i.id);
    if (!timeline)
        return unexpected(timeline.error());
    out += ExportText::tr("### Timeline\n\n");
    for (const TimelineEntry &e : *timeline)
        out += QStringLiteral("- %1 — %2\n").arg(timeText(e.atMs), md(e.text));
    out += QLatin1Char('\n');

    const auto alerts = book.alertsOf(i.id);
    if (!alerts)
        return unexpected(alerts.error());
    if (!alerts->isEmpty()) {
        out += ExportText::tr("### Alerts\n\n");
        for (const AlertRecord &a : *alerts) {
            QStringList deliveries;
            for (const DeliveryRecord &d : a.deliveries)
                deliveries.append(d.lastError.isEmpty()
                        ? QStringLiteral("%1: %2").arg(d.channel, d.state)
                        : QStringLiteral("%1: %2 (%3)").arg(d.channel, d.state, md(d.lastError)));
            out += QStringLiteral("- %1 — %2 — %3\n")
                       .arg(timeText(a.alert.createdMs), md(a.alert.title),
                           deliveries.isEmpty() ? ExportText::tr("no channel")
                                                : deliveries.join(QStringLiteral("; ")));
        }
        out += QLatin1Char('\n');
    }
    return {};
}

void appendEntry(QString &out, const JournalEntry &e)
{
    out += QStringLiteral("## %1\n\n").arg(md(e.title));
    out += ExportText::tr("- **Severity:** %1\n").arg(severityText(e.severity));
    if (!e.targetId.isEmpty())
        out += ExportText::tr("- **Server:** %1\n").arg(md(e.targetId));
    out += ExportText::tr("- **Start:** %1\n").arg(timeText(e.startedMs));
    if (e.endedMs)
        out += ExportText::tr("- **End:** %1 (%2)\n")
                   .arg(timeText(e.endedMs), formatDuration(e.endedMs - e.startedMs));
    if (!e.incidentId.isEmpty())
        out += ExportText::tr("- **Incident:** %1\n").arg(md(e.incidentId));
    out += QLatin1Char('\n');
    section(out, ExportText::tr("What happened"), e.what);
    section(out, ExportText::tr("Root cause"), e.rootCause);
    section(out, ExportText::tr("Fix"), e.fix);
    section(out, ExportText::tr("Follow-ups"), e.followUps);
}

} // namespace

QString entry(const JournalEntry &e)
{
    QString out;
    appendEntry(out, e);
    return out;
}

QString timeText(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              : QString();
}

QString severityText(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Critical:
        return ExportText::tr("critical");
    case AlertLevel::Warning:
        return ExportText::tr("warning");
    case AlertLevel::Info:
        break;
    }
    return ExportText::tr("info");
}

Expected<QString> incident(JournalBook &book, const Workspace &workspace, const QString &id)
{
    const auto found = book.incident(id);
    if (!found)
        return unexpected(found.error());
    if (!found->has_value())
        return unexpected(ExportText::tr("there is no incident %1 in the history").arg(id));
    QString out = ExportText::tr("# Incident report\n\n");
    if (auto done = appendIncident(out, book, workspace, **found); !done)
        return unexpected(done.error());
    JournalFilter linked;
    const auto entries = book.entries(linked);
    if (!entries)
        return unexpected(entries.error());
    for (const JournalEntry &e : *entries) {
        if (e.incidentId == id)
            appendEntry(out, e);
    }
    return out;
}

Expected<QString> period(JournalBook &book, const Workspace &workspace, const JournalFilter &filter)
{
    const auto incidents = book.incidents(filter);
    if (!incidents)
        return unexpected(incidents.error());
    const auto entries = book.entries(filter);
    if (!entries)
        return unexpected(entries.error());
    QString out = ExportText::tr("# Incident journal\n\n");
    out += ExportText::tr("Period: %1 – %2. %n incident(s)", nullptr, int(incidents->size()))
               .arg(filter.fromMs ? timeText(filter.fromMs) : ExportText::tr("the beginning"),
                   filter.toMs ? timeText(filter.toMs) : ExportText::tr("now"));
    out += ExportText::tr(", %n journal entry(ies).\n\n", nullptr, int(entries->size()));
    for (const Incident &i : *incidents) {
        if (auto done = appendIncident(out, book, workspace, i); !done)
            return unexpected(done.error());
    }
    for (const JournalEntry &e : *entries)
        appendEntry(out, e);
    return out;
}

} // namespace dozor::JournalExport
