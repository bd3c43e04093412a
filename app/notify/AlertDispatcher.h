#pragma once

#include "core/Alerting.h"
#include "core/Incident.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace dozor {

class AlertOutbox;

// Delivers the alert outbox of a history file: every queued delivery is marked "sending"
// (committed) before its request goes out and "delivered" or "failed" after, so a crash in
// between leaves "sending", which the next start turns into "unknown" and never sends again
// — an alert may be lost to a crash at that instant, but it never arrives twice. A failed
// delivery is retried with growing waits; when it still fails, the channel is reported as
// failing (signal, journal entry, and an alert to the other channels) until one gets through.
// Lives on a thread of its own; call everything through queued invocations.
class AlertDispatcher : public QObject {
    Q_OBJECT
public:
    explicit AlertDispatcher(QString historyPath, QObject *parent = nullptr);
    ~AlertDispatcher() override;

    void setSettings(const AlertSettings &settings);
    // Bot tokens and webhook header values by channel id, read from the keychain by the owner.
    void setSecrets(const QHash<QString, QByteArray> &secrets) { m_secrets = secrets; }
    // Only the desktop app shows tray notifications; `dozor watch` records them as skipped.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }

    // Opens the file, settles what a crash left behind, then delivers what is queued.
    void start();
    // Looks for deliveries that are due (after the writer committed new alerts, say).
    void pump();
    void stop();

    // Sends one test message to a channel now, outside the outbox; done gets the error or
    // nothing on success. For "Send test alert" and `dozor alert test`.
    void sendTest(const QString &channelId, std::function<void(const QString &error)> done);

Q_SIGNALS:
    void opened(const QString &error);
    void trayAlert(const dozor::AlertIntent &alert);
    void delivered(const QString &alertKey, const QString &channelId);
    // A channel's deliveries keep failing, and since when; recovered when one gets through.
    void channelFailing(const QString &channelId, qint64 sinceMs, const QString &error);
    void channelRecovered(const QString &channelId);

private:
    struct Attempt {
        AlertIntent alert;
        QString channel;
        int attempts = 0; // before this one
    };
    void send(const Attempt &attempt);
    void finishAttempt(const Attempt &attempt, const QString &error, bool permanent);
    void setState(const Attempt &attempt, const QString &state, const QString &error,
        qint64 nextAttemptMs = 0);
    void timeline(const AlertIntent &alert, const Message &text);
    void markFailing(const QString &channelId, const QString &error);
    void markRecovered(const QString &channelId);
    void scheduleNext();
    qint64 retryDelayMs(int attempts) const;
    QString channelLabel(const QString &channelId) const;
    void post(const AlertChannel &channel, const AlertIntent &alert,
        std::function<void(const QString &, bool)> done);

    QString m_path;
    std::unique_ptr<AlertOutbox> m_outbox;
    QNetworkAccessManager *m_network = nullptr;
    AlertSettings m_settings;
    QHash<QString, QByteArray> m_secrets;
    bool m_trayAvailable = false;
    QSet<QString> m_inFlight; // key + channel
    struct Failing {
        qint64 sinceMs = 0;
        qint64 entryId = 0;
    };
    QHash<QString, Failing> m_failing;
    QTimer m_timer;
    bool m_stopped = false;
};

} // namespace dozor
