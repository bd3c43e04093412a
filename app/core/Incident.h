#pragma once

#include "Alerting.h"
#include "Message.h"
#include "Status.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// What an incident is about: one check, or a whole server that could not be reached (its
// checks that could not run are listed in it rather than opening incidents of their own).
enum class IncidentScope { Check, Host };

struct Incident {
    QString id; // random, stable across restarts
    IncidentScope scope = IncidentScope::Check;
    QString targetId;
    QString checkId; // Check scope
    QString title;
    QString reason; // the latest failure reason
    // title and reason as messages (stored, and rendered again in the language in use when
    // read); set both with setTitle/setReason.
    Message titleMessage;
    Message reasonMessage;
    Status status = Status::Crit; // the current status of the failing check or host
    Status worst = Status::Crit;
    qint64 openedMs = 0;
    qint64 closedMs = 0; // 0 while open
    bool maintenance = false; // opened during a maintenance window
    bool alerted = false; // its problem alert has been queued for delivery
    AlertLevel alertedLevel = AlertLevel::Warning; // the level it was alerted at
    qint64 lastAlertMs = 0;
    QStringList checks; // every check it covers

    bool isOpen() const { return closedMs == 0; }
    void setTitle(const Message &m)
    {
        titleMessage = m;
        title = m.text();
    }
    void setReason(const Message &m)
    {
        reasonMessage = m;
        reason = m.text();
    }
    // As messages; the plain words for incidents recorded before messages were kept.
    Message titleAsMessage() const
    {
        return titleMessage.isEmpty() ? Message(title) : titleMessage;
    }
    Message reasonAsMessage() const
    {
        return reasonMessage.isEmpty() ? Message(reason) : reasonMessage;
    }
};

// One line of an incident's timeline.
enum class TimelineKind {
    Opened,
    Status, // the failing check's status changed (e.g. WARN → CRIT)
    Joined, // another check of the server is covered by this host incident
    Resolved,
    Flapping,
    Maintenance, // opened or went on during maintenance: no alert
    AlertQueued,
    AlertSuppressed,
    Delivery, // an alert reached a channel, or failed to
    Remediation,
    Note,
};

QString timelineKindName(TimelineKind kind);
std::optional<TimelineKind> timelineKindFromName(const QString &name);

struct TimelineEntry {
    QString incidentId;
    qint64 atMs = 0;
    TimelineKind kind = TimelineKind::Note;
    QString checkId;
    std::optional<Status> status;
    QString text; // message, rendered
    Message message;

    static TimelineEntry of(const QString &incidentId, qint64 atMs, TimelineKind kind,
        const QString &checkId, std::optional<Status> status, const Message &message)
    {
        return {incidentId, atMs, kind, checkId, status, message.text(), message};
    }
};

enum class AlertKind {
    Problem,
    Worse, // a warning incident became critical
    Reminder, // still failing, repeat interval passed
    Resolved,
    Flapping,
    FlappingOver,
    RemediationGaveUp,
    DeliveryFailing, // a channel keeps failing (sent to the other channels)
    Test,
};

QString alertKindName(AlertKind kind);
std::optional<AlertKind> alertKindFromName(const QString &name);

// An alert decided on. key is unique for good: the outbox refuses a second alert with the same
// key, so a restart never sends one twice.
struct AlertIntent {
    QString key;
    QString incidentId;
    AlertKind kind = AlertKind::Problem;
    AlertLevel level = AlertLevel::Critical;
    QString targetId;
    QString checkId;
    QString title; // one line
    QString text; // the message body
    // title and text as messages, for the journal to render in the language in use (the
    // alert itself goes out as title and text); set both with setTitle/setText.
    Message titleMessage;
    Message textMessage;
    void setTitle(const Message &m)
    {
        titleMessage = m;
        title = m.text();
    }
    void setText(const Message &m)
    {
        textMessage = m;
        text = m.text();
    }
    QStringList tags;
    qint64 createdMs = 0;
    QStringList channels; // where the routing rules send it
};

// What one result (or the passing of time) changed.
struct IncidentOutput {
    QList<Incident> incidents; // the new state of every incident that changed
    QList<TimelineEntry> timeline;
    QList<AlertIntent> alerts;

    bool isEmpty() const { return incidents.isEmpty() && timeline.isEmpty() && alerts.isEmpty(); }
    void append(const IncidentOutput &other);
};

// CRIT and UNKNOWN page as critical, WARN as a warning.
AlertLevel alertLevelFor(Status status);

// How a check stands, for the overview: PENDING while failures are below the threshold.
enum class CheckPhase { Ok, Pending, Incident, Dependent, Flapping };

} // namespace dozor

Q_DECLARE_METATYPE(dozor::Incident)
Q_DECLARE_METATYPE(dozor::AlertIntent)
Q_DECLARE_METATYPE(dozor::IncidentOutput)
