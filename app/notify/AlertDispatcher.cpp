#include "AlertDispatcher.h"

#include "AlertMessages.h"
#include "core/DurationText.h"
#include "store/AlertOutbox.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

Q_LOGGING_CATEGORY(lcAlerts, "dozor.alerts", QtWarningMsg)

namespace dozor {

namespace {

// Delivery notes kept as messages, in the dispatcher's translation context.
struct DispatcherText {
    Q_DECLARE_TR_FUNCTIONS(dozor::AlertDispatcher)
    DOZOR_MESSAGE_FUNCTIONS(dozor::AlertDispatcher)
};

constexpr qint64 staleAfterMs = 6 * 3600 * 1000LL; // a queued alert older than this is news no more
constexpr int idlePollMs = 30'000;
constexpr qint64 maxReplyBytes = 64 * 1024;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString flightKey(const QString &key, const QString &channel)
{
    return key + QLatin1Char('\n') + channel;
}

QString failingSource(const QString &channelId)
{
    return QStringLiteral("dozor:channel:") + channelId;
}

} // namespace

AlertDispatcher::AlertDispatcher(QString historyPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(historyPath))
    , m_timer(this)
{
    qRegisterMetaType<AlertIntent>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertDispatcher::pump);
}

AlertDispatcher::~AlertDispatcher()
{
    stop();
}

void AlertDispatcher::setSettings(const AlertSettings &settings)
{
    m_settings = settings;
}

void AlertDispatcher::start()
{
    if (m_outbox)
        return;
    m_stopped = false;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_outbox = std::make_unique<AlertOutbox>(m_path);
    // Alerts must not go quiet because the file was busy once: say so, and try again.
    auto retryLater = [this](const QString &error) {
        qCWarning(lcAlerts) << "cannot open the alert outbox, retrying in 5 s:" << error;
        m_outbox.reset();
        Q_EMIT this->opened(error);
        QTimer::singleShot(5000, this, [this] {
            if (!m_stopped)
                start();
        });
    };
    if (const auto opened = m_outbox->open(); !opened) {
        retryLater(opened.error());
        return;
    }
    const qint64 now = nowMs();
    // A request that was on its way when Dozor died may or may not have arrived: never again.
    const auto stranded =
        m_outbox->settleAfterRestart(now, now - staleAfterMs, tr("Dozor stopped while sending"));
    if (!stranded) {
        retryLater(stranded.error()); // nothing is sent before that is settled
        return;
    }
    {
        QList<TimelineEntry> notes;
        for (const AlertOutbox::Stranded &d : *stranded)
            notes.append(TimelineEntry::of(d.incidentId, now, TimelineKind::Delivery, QString(),
                std::nullopt,
                DispatcherText::msg("%1: Dozor stopped while this alert was being sent; it is not "
                                    "sent again, so it cannot arrive twice")
                    .arg(channelLabel(d.channel))));
        if (const auto noted = m_outbox->appendTimeline(notes); !noted)
            qCWarning(lcAlerts) << "cannot note interrupted deliveries:" << noted.error();
    }
    // Channels that were failing when Dozor stopped are still failing until one gets through.
    if (const auto failing = m_outbox->failingChannels(failingSource(QString()))) {
        for (auto it = failing->constBegin(); it != failing->constEnd(); ++it)
            m_failing.insert(it.key(), {it->sinceMs, it->entryId});
    } else {
        qCWarning(lcAlerts) << "cannot read which channels were failing:" << failing.error();
    }
    Q_EMIT this->opened(QString());
    for (auto it = m_failing.constBegin(); it != m_failing.constEnd(); ++it)
        Q_EMIT channelFailing(it.key(), it->sinceMs, QString());
    pump();
}

void AlertDispatcher::stop()
{
    m_stopped = true;
    m_timer.stop();
    if (m_network) {
        // Requests cut off here stay "sending" and become "unknown" at the next start.
        const auto replies = m_network->findChildren<QNetworkReply *>();
        for (QNetworkReply *r : replies)
            r->abort();
    }
    m_outbox.reset();
}

qint64 AlertDispatcher::retryDelayMs(int attempts) const
{
    qint64 delay = qint64 {m_settings.retryDelaySec} * 1000;
    for (int i = 1; i < attempts && delay < 3600'000; ++i)
        delay *= 3;
    return std::min<qint64>(delay, 3600'000);
}

QString AlertDispatcher::channelLabel(const QString &channelId) const
{
    const AlertChannel *c = m_settings.channel(channelId);
    return c ? QStringLiteral("%1 (%2)").arg(channelId, channelTypeName(c->type)) : channelId;
}

void AlertDispatcher::pump()
{
    if (!m_outbox || m_stopped)
        return;
    const qint64 now = nowMs();
    const auto due = m_outbox->due(now, 100);
    if (!due) {
        qCWarning(lcAlerts) << "cannot read the alert outbox:" << due.error();
        m_timer.start(idlePollMs);
        return;
    }
    QList<Attempt> attempts;
    for (const AlertOutbox::Delivery &d : *due) {
        if (!m_inFlight.contains(flightKey(d.alert.key, d.channel)))
            attempts.append({d.alert, d.channel, d.attempts});
    }
    for (const Attempt &a : std::as_const(attempts))
        send(a);
    scheduleNext();
}

void AlertDispatcher::scheduleNext()
{
    if (!m_outbox || m_stopped)
        return;
    qint64 waitMs = idlePollMs;
    if (const auto next = m_outbox->nextAttemptAt())
        waitMs = std::clamp<qint64>(*next - nowMs(), 50, idlePollMs);
    m_timer.start(int(waitMs));
}

void AlertDispatcher::setState(
    const Attempt &attempt, const QString &state, const QString &error, qint64 nextAttemptMs)
{
    const int attempts = attempt.attempts + (state == QLatin1String("sending") ? 1 : 0);
    if (const auto set = m_outbox->setState(
            attempt.alert.key, attempt.channel, state, attempts, error, nextAttemptMs, nowMs());
        !set)
        qCWarning(lcAlerts) << "cannot record a delivery:" << set.error();
}

void AlertDispatcher::timeline(const AlertIntent &alert, const Message &text)
{
    if (alert.incidentId.isEmpty() || !m_outbox)
        return;
    if (const auto noted = m_outbox->appendTimeline({TimelineEntry::of(
            alert.incidentId, nowMs(), TimelineKind::Delivery, alert.checkId, std::nullopt, text)});
        !noted)
        qCWarning(lcAlerts) << "cannot note a delivery:" << noted.error();
}

void AlertDispatcher::send(const Attempt &attempt)
{
    const AlertChannel *channel = m_settings.channel(attempt.channel);
    if (!channel) {
        setState(attempt, QStringLiteral("failed"),
            tr("there is no channel \"%1\" in the workspace any more").arg(attempt.channel));
        return;
    }
    if (channel->type == ChannelType::Tray) {
        if (m_trayAvailable) {
            Q_EMIT trayAlert(attempt.alert);
            setState({attempt.alert, attempt.channel, attempt.attempts + 1},
                QStringLiteral("delivered"), QString());
            Q_EMIT delivered(attempt.alert.key, attempt.channel);
        } else {
            setState(attempt, QStringLiteral("skipped"),
                tr("no desktop session to show it in (dozor watch)"));
        }
        return;
    }
    // On record as "sending" before a byte leaves: see the class comment.
    setState(attempt, QStringLiteral("sending"), QString());
    const QString key = flightKey(attempt.alert.key, attempt.channel);
    m_inFlight.insert(key);
    post(*channel, attempt.alert, [this, attempt, key](const QString &error, bool permanent) {
        m_inFlight.remove(key);
        if (!m_outbox || m_stopped)
            return;
        finishAttempt({attempt.alert, attempt.channel, attempt.attempts + 1}, error, permanent);
    });
}

void AlertDispatcher::post(const AlertChannel &channel, const AlertIntent &alert,
    std::function<void(const QString &, bool)> done)
{
    const QByteArray secret = m_secrets.value(channel.id);
    if (channel.needsSecret() && secret.isEmpty()) {
        done(channel.type == ChannelType::Telegram
                ? tr("no bot token for channel %1 in the keychain; store it with: dozor secret "
                     "set --channel %1")
                      .arg(channel.id)
                : tr("no value for the %1 header of channel %2 in the keychain; store it with: "
                     "dozor secret set --channel %2")
                      .arg(channel.secretHeader, channel.id),
            true);
        return;
    }
    const OutgoingRequest out = AlertMessages::build(channel, alert, secret);
    QNetworkReply *reply = m_network->post(out.request, out.body);
    // The reader never holds more than a bounded answer.
    reply->setReadBufferSize(maxReplyBytes);
    connect(reply, &QNetworkReply::finished, this, [reply, channel, secret, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->read(maxReplyBytes) : QByteArray();
        const QString networkError =
            reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        const QString error = AlertMessages::redact(
            AlertMessages::judge(channel, status, body, networkError), secret);
        done(error, !error.isEmpty() && AlertMessages::isPermanent(status));
    });
}

void AlertDispatcher::finishAttempt(const Attempt &attempt, const QString &error, bool permanent)
{
    const QString label = channelLabel(attempt.channel);
    if (error.isEmpty()) {
        setState(attempt, QStringLiteral("delivered"), QString());
        timeline(attempt.alert, DispatcherText::msg("delivered to %1").arg(label));
        Q_EMIT delivered(attempt.alert.key, attempt.channel);
        markRecovered(attempt.channel);
        return;
    }
    qCInfo(lcAlerts) << attempt.channel << "delivery failed:" << error;
    if (!permanent && attempt.attempts < m_settings.deliveryAttempts) {
        const qint64 wait = retryDelayMs(attempt.attempts);
        setState(attempt, QStringLiteral("queued"), error, nowMs() + wait);
        timeline(attempt.alert,
            DispatcherText::msg("%1: %2; trying again in %3")
                .arg(label)
                .arg(error)
                .arg(durationMessage(wait)));
        scheduleNext();
        return;
    }
    setState(attempt, QStringLiteral("failed"), error);
    timeline(attempt.alert,
        DispatcherText::msg("%1: not delivered after %n attempt(s): %2", nullptr, attempt.attempts)
            .arg(label)
            .arg(error));
    markFailing(attempt.channel, error);
}

void AlertDispatcher::markFailing(const QString &channelId, const QString &error)
{
    if (m_failing.contains(channelId))
        return;
    const qint64 now = nowMs();
    JournalEntry entry;
    entry.title = tr("Alerts to %1 failing since %2").arg(channelLabel(channelId), clock(now));
    entry.severity = AlertLevel::Warning;
    entry.startedMs = now;
    entry.what =
        tr("Dozor could not deliver an alert to %1: %2").arg(channelLabel(channelId), error);
    entry.source = failingSource(channelId);
    const auto id = m_outbox->journal().addEntry(entry, now);
    m_failing.insert(channelId, {now, id ? *id : 0});
    Q_EMIT channelFailing(channelId, now, error);

    // Say so through the other channels, so a dead bot does not mean silence.
    AlertIntent warn;
    warn.key = QStringLiteral("delivery-failing:%1:%2").arg(channelId).arg(now);
    warn.kind = AlertKind::DeliveryFailing;
    warn.level = AlertLevel::Warning;
    warn.title = entry.title;
    warn.text = entry.what;
    warn.createdMs = now;
    for (const AlertChannel &c : std::as_const(m_settings.channels)) {
        if (c.id != channelId && !m_failing.contains(c.id))
            warn.channels.append(c.id);
    }
    if (!warn.channels.isEmpty()) {
        IncidentOutput out;
        out.alerts.append(warn);
        if (const auto queued = m_outbox->queue(out, now); !queued)
            qCWarning(lcAlerts) << "cannot queue the delivery warning:" << queued.error();
        QTimer::singleShot(0, this, &AlertDispatcher::pump);
    }
}

void AlertDispatcher::markRecovered(const QString &channelId)
{
    const auto it = m_failing.constFind(channelId);
    if (it == m_failing.constEnd())
        return;
    const qint64 now = nowMs();
    if (it->entryId) {
        if (const auto entry = m_outbox->journal().entry(it->entryId);
            entry && entry->has_value()) {
            JournalEntry e = **entry;
            e.endedMs = now;
            e.fix = tr("Delivered again at %1.").arg(clock(now));
            m_outbox->journal().updateEntry(e, now);
        }
    }
    m_failing.erase(it);
    Q_EMIT channelRecovered(channelId);
}

void AlertDispatcher::sendTest(const QString &channelId, std::function<void(const QString &)> done)
{
    const AlertChannel *channel = m_settings.channel(channelId);
    if (!channel) {
        done(tr("there is no alert channel \"%1\" in the workspace").arg(channelId));
        return;
    }
    AlertIntent test;
    test.key = QStringLiteral("test:%1:%2").arg(channelId).arg(nowMs());
    test.kind = AlertKind::Test;
    test.level = AlertLevel::Info;
    test.title = tr("Dozor test alert");
    test.text = tr("If you can read this, alerts to %1 arrive.").arg(channelLabel(channelId));
    test.createdMs = nowMs();
    if (channel->type == ChannelType::Tray) {
        if (!m_trayAvailable) {
            done(tr("tray notifications are shown by the desktop app only"));
            return;
        }
        Q_EMIT trayAlert(test);
        done(QString());
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    post(*channel, test, [done](const QString &error, bool) { done(error); });
}

} // namespace dozor
