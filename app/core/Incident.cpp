#include "Incident.h"

#include "EnumNames.h"

namespace dozor {

namespace {

const std::pair<TimelineKind, const char *> timelineNames[] = {
    {TimelineKind::Opened, "opened"},
    {TimelineKind::Status, "status"},
    {TimelineKind::Joined, "joined"},
    {TimelineKind::Resolved, "resolved"},
    {TimelineKind::Flapping, "flapping"},
    {TimelineKind::Maintenance, "maintenance"},
    {TimelineKind::AlertQueued, "alert"},
    {TimelineKind::AlertSuppressed, "alert_suppressed"},
    {TimelineKind::Delivery, "delivery"},
    {TimelineKind::Remediation, "remediation"},
    {TimelineKind::Note, "note"},
};

const std::pair<AlertKind, const char *> alertKindNames[] = {
    {AlertKind::Problem, "problem"},
    {AlertKind::Worse, "worse"},
    {AlertKind::Reminder, "reminder"},
    {AlertKind::Resolved, "resolved"},
    {AlertKind::Flapping, "flapping"},
    {AlertKind::FlappingOver, "flapping_over"},
    {AlertKind::RemediationGaveUp, "remediation_gave_up"},
    {AlertKind::DeliveryFailing, "delivery_failing"},
    {AlertKind::Test, "test"},
};

} // namespace

QString timelineKindName(TimelineKind kind)
{
    return enumName(timelineNames, kind);
}

std::optional<TimelineKind> timelineKindFromName(const QString &name)
{
    return enumFromName(timelineNames, name);
}

QString alertKindName(AlertKind kind)
{
    return enumName(alertKindNames, kind);
}

std::optional<AlertKind> alertKindFromName(const QString &name)
{
    return enumFromName(alertKindNames, name);
}

AlertLevel alertLevelFor(Status status)
{
    switch (status) {
    case Status::Ok:
        return AlertLevel::Info;
    case Status::Warn:
        return AlertLevel::Warning;
    case Status::Unknown:
    case Status::Crit:
        break;
    }
    return AlertLevel::Critical;
}

void IncidentOutput::append(const IncidentOutput &other)
{
    for (const Incident &i : other.incidents) {
        const auto it = std::find_if(incidents.begin(), incidents.end(),
            [&i](const Incident &mine) { return mine.id == i.id; });
        if (it != incidents.end())
            *it = i;
        else
            incidents.append(i);
    }
    timeline.append(other.timeline);
    alerts.append(other.alerts);
}

} // namespace dozor
