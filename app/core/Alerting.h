#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dozor {

// How loudly an alert asks for attention. Routing rules pick channels by level and tag.
enum class AlertLevel { Info, Warning, Critical };

QString alertLevelName(AlertLevel level); // "info", "warning", "critical"
std::optional<AlertLevel> alertLevelFromName(const QString &name);

// When a failing check becomes an incident and when it is over. Workspace-wide defaults,
// each check may override the thresholds.
struct IncidentPolicy {
    int failThreshold = 3; // consecutive failed runs before an incident opens (PENDING until)
    int recoverThreshold = 2; // consecutive good runs before it closes
    int flapChanges = 5; // more status changes than this within flapWindowMin: flapping
    int flapWindowMin = 30;
};

enum class ChannelType { Tray, Telegram, Webhook };

QString channelTypeName(ChannelType type);
std::optional<ChannelType> channelTypeFromName(const QString &name);

// Where alerts go. Secrets (a bot token, a webhook's secret header value) live in the
// keychain under the channel's id, never in the workspace.
struct AlertChannel {
    QString id;
    ChannelType type = ChannelType::Tray;
    // Telegram: the chat that receives messages, and the Bot API base (tests use a local one).
    QString chatId;
    QUrl apiUrl = QUrl(QStringLiteral("https://api.telegram.org"));
    // Webhook: where the JSON is POSTed; slack: {"text": …} instead of Dozor's own fields;
    // secretHeader: the name of a header whose value comes from the keychain.
    QUrl url;
    bool slack = false;
    QString secretHeader;
    int timeoutSec = 10;

    bool needsSecret() const
    {
        return type == ChannelType::Telegram
            || (type == ChannelType::Webhook && !secretHeader.isEmpty());
    }
};

// An alert of one of these levels, about a check or server with one of these tags, goes
// to these channels. Empty levels or tags match everything.
struct AlertRoute {
    QList<AlertLevel> levels;
    QStringList tags;
    QStringList channels;
};

struct AlertSettings {
    IncidentPolicy policy;
    int repeatMinutes = 240; // the same alert is not sent again sooner than this
    // A delivery that fails is tried this many times in all, waiting retryDelaySec, then
    // three times as long after each further failure.
    int deliveryAttempts = 5;
    int retryDelaySec = 5;
    QList<AlertChannel> channels;
    QList<AlertRoute> routes; // none: every alert to every channel

    const AlertChannel *channel(const QString &id) const;
};

// A planned window in which checks run and are recorded but nothing pages anyone.
// Once: from start to end. Daily/weekly: at a local time of day in timeZone (IANA id; empty
// means this computer's zone) for durationMin, on the listed ISO weekdays (1 = Monday).
struct MaintenanceWindow {
    enum class Repeat { Once, Daily, Weekly };
    QString id;
    QString targetId; // empty: the whole workspace
    Repeat repeat = Repeat::Once;
    QDateTime start;
    QDateTime end;
    QString at; // "HH:mm"
    int durationMin = 60;
    QList<int> weekdays;
    QString timeZone;
    QString reason;
};

// What Dozor may do about a failing check. Manual: a button in the incident view.
// Automatic: after the incident opens, at most maxAttempts within windowMin, then it waits
// cooldownMin and says it gave up. Never during maintenance.
struct Remediation {
    enum class Action { None, RestartUnit, FixPath, Command };
    Action action = Action::None;
    QString unit;
    QString path;
    QString owner;
    QString group;
    QString mode;
    bool recursive = false;
    QString run;
    bool sudo = false; // restart_unit and fix_path through "sudo -n" (no password prompt)
    bool automatic = false;
    int maxAttempts = 3;
    int windowMin = 15;
    int cooldownMin = 5;
    int timeoutSec = 60;

    bool isSet() const { return action != Action::None; }
    bool operator==(const Remediation &) const = default;
};

QString remediationActionName(Remediation::Action action);
std::optional<Remediation::Action> remediationActionFromName(const QString &name);

} // namespace dozor

Q_DECLARE_METATYPE(dozor::MaintenanceWindow)
