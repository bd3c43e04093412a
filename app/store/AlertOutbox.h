#pragma once

#include "JournalBook.h"
#include "core/Expected.h"
#include "core/Incident.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dozor {

// The alert outbox of the history file: alerts the incident engine decided on wait here,
// one delivery per channel, until the dispatcher has sent them. A delivery is marked
// "sending" before its request leaves, so one cut off by a crash is known at the next start
// and never sent twice. On a connection of its own; the dispatcher's thread only.
class AlertOutbox {
public:
    explicit AlertOutbox(QString path);

    Expected<void> open();
    // The journal of the same file (entries for channels that keep failing).
    JournalBook &journal() { return m_book; }

    // A delivery left "sending" when Dozor stopped.
    struct Stranded {
        QString alertKey;
        QString channel;
        QString incidentId;
    };
    // After a restart: deliveries left "sending" become "unknown" (with reason), queued ones
    // of alerts created before staleBeforeMs expire. Returns the stranded ones.
    Expected<QList<Stranded>> settleAfterRestart(
        qint64 nowMs, qint64 staleBeforeMs, const QString &reason);

    struct Delivery {
        AlertIntent alert;
        QString channel;
        int attempts = 0; // made so far
    };
    // Queued deliveries whose next attempt is due, oldest alert first.
    Expected<QList<Delivery>> due(qint64 nowMs, int limit);
    // When the next queued delivery is due, if any is queued.
    std::optional<qint64> nextAttemptAt();
    // Records a delivery's state ("sending", "delivered", "failed", "skipped", "queued" with
    // the next attempt's time …).
    Expected<void> setState(const QString &alertKey, const QString &channel, const QString &state,
        int attempts, const QString &error, qint64 nextAttemptMs, qint64 nowMs);
    // A delivery's state, or nothing when there is no such delivery.
    std::optional<QString> stateOf(const QString &alertKey, const QString &channel);
    // New alerts (with their deliveries) the dispatcher raises itself, e.g. "alerts to the
    // bot are failing", sent through the other channels.
    Expected<void> queue(const IncidentOutput &output, qint64 nowMs);

    Expected<void> appendTimeline(const QList<TimelineEntry> &entries);

    // Journal entries of channels marked failing and not yet recovered, by channel id.
    struct FailingChannel {
        qint64 sinceMs = 0;
        qint64 entryId = 0;
    };
    // source: the entries' source prefix ("dozor:channel:").
    Expected<QHash<QString, FailingChannel>> failingChannels(const QString &sourcePrefix);

private:
    JournalBook m_book;
};

} // namespace dozor
