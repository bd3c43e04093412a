#include "AlertDispatcher.h"

#include "AlertMessages.h"
#include "core/DurationText.h"
#include "store/IncidentRecords.h"
#include "store/JournalBook.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAlerts, "dozor.alerts", QtWarningMsg)

namespace dozor {

namespace {

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
    if (m_book)
        return;
    m_stopped = false;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_book = std::make_unique<JournalBook>(m_path);
    if (const auto opened = m_book->open(); !opened) {
        // Alerts must not go quiet because the file was busy once: say so, and try again.
        qCWarning(lcAlerts) << "cannot open the alert outbox, retrying in 5 s:" << opened.error();
        m_book.reset();
        Q_EMIT this->opened(opened.error());
        QTimer::singleShot(5000, this, [this] {
            if (!m_stopped)
                start();
        });
        return;
    }
    QSqlDatabase &db = m_book->database();
    const qint64 now = nowMs();
    // A request that was on its way when Dozor died may or may not have arrived: never again.
    QSqlQuery unsure(db);
    unsure.prepare(QStringLiteral(
        "SELECT d.alert_key, d.channel, a.incident_id FROM alert_deliveries d JOIN alerts a ON "
        "a.key = d.alert_key WHERE d.state = 'sending'"));
    QList<TimelineEntry> notes;
    if (unsure.exec()) {
        while (unsure.next())
            notes.append(
                {unsure.value(2).toString(), now, TimelineKind::Delivery, QString(), std::nullopt,
                    tr("%1: Dozor stopped while this alert was being sent; it is not sent again, "
                       "so it cannot arrive twice")
                        .arg(channelLabel(unsure.value(1).toString()))});
    }
    QSqlQuery settle(db);
    settle.prepare(QStringLiteral(
        "UPDATE alert_deliveries SET state = 'unknown', updated_at = ?, last_error = ? WHERE "
        "state = 'sending'"));
    settle.addBindValue(now);
    settle.addBindValue(tr("Dozor stopped while sending"));
    settle.exec();
    QSqlQuery stale(db);
    stale.prepare(QStringLiteral(
        "UPDATE alert_deliveries SET state = 'expired', updated_at = ? WHERE state = 'queued' AND "
        "alert_key IN (SELECT key FROM alerts WHERE created_at < ?)"));
    stale.addBindValue(now);
    stale.addBindValue(now - staleAfterMs);
    stale.exec();
    QString error;
    IncidentRecords::appendTimeline(db, notes, &error);
    // Channels that were failing when Dozor stopped are still failing until one gets through.
    QSqlQuery failing(db);
    if (failing.exec(QStringLiteral("SELECT id, source, started_at FROM journal_entries WHERE "
                                    "source LIKE 'dozor:channel:%' AND ended_at IS NULL"))) {
        while (failing.next())
            m_failing.insert(failing.value(1).toString().mid(failingSource(QString()).size()),
                {failing.value(2).toLongLong(), failing.value(0).toLongLong()});
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
    m_book.reset();
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
    if (!m_book || m_stopped)
        return;
    const qint64 now = nowMs();
    QSqlQuery due(m_book->database());
    due.prepare(QStringLiteral(
        "SELECT d.alert_key, d.channel, d.attempts, a.incident_id, a.kind, a.level, a.target, "
        "a.check_name, a.title, a.text, a.tags, a.created_at FROM alert_deliveries d JOIN alerts "
        "a ON a.key = d.alert_key WHERE d.state = 'queued' AND d.next_attempt_at <= ? ORDER BY "
        "a.created_at LIMIT 100"));
    due.addBindValue(now);
    if (!due.exec()) {
        qCWarning(lcAlerts) << "cannot read the alert outbox:" << due.lastError().text();
        m_timer.start(idlePollMs);
        return;
    }
    QList<Attempt> attempts;
    while (due.next()) {
        Attempt a;
        a.alert.key = due.value(0).toString();
        a.channel = due.value(1).toString();
        a.attempts = due.value(2).toInt();
        a.alert.incidentId = due.value(3).toString();
        a.alert.kind = alertKindFromName(due.value(4).toString()).value_or(AlertKind::Problem);
        a.alert.level = alertLevelFromName(due.value(5).toString()).value_or(AlertLevel::Critical);
        a.alert.targetId = due.value(6).toString();
        a.alert.checkId = due.value(7).toString();
        a.alert.title = due.value(8).toString();
        a.alert.text = due.value(9).toString();
        a.alert.tags = due.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.alert.createdMs = due.value(11).toLongLong();
        if (!m_inFlight.contains(flightKey(a.alert.key, a.channel)))
            attempts.append(a);
    }
    due.finish();
    for (const Attempt &a : std::as_const(attempts))
        send(a);
    scheduleNext();
}

void AlertDispatcher::scheduleNext()
{
    if (!m_book || m_stopped)
        return;
    QSqlQuery next(m_book->database());
    qint64 waitMs = idlePollMs;
    if (next.exec(QStringLiteral(
            "SELECT min(next_attempt_at) FROM alert_deliveries WHERE state = 'queued'"))
        && next.next() && !next.value(0).isNull())
        waitMs = std::clamp<qint64>(next.value(0).toLongLong() - nowMs(), 50, idlePollMs);
    m_timer.start(int(waitMs));
}

void AlertDispatcher::setState(
    const Attempt &attempt, const QString &state, const QString &error, qint64 nextAttemptMs)
{
    QSqlQuery q(m_book->database());
    q.prepare(QStringLiteral(
        "UPDATE alert_deliveries SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
        "updated_at = ? WHERE alert_key = ? AND channel = ?"));
    q.addBindValue(state);
    q.addBindValue(attempt.attempts + (state == QLatin1String("sending") ? 1 : 0));
    q.addBindValue(IncidentRecords::sqlText(error));
    q.addBindValue(nextAttemptMs);
    q.addBindValue(nowMs());
    q.addBindValue(attempt.alert.key);
    q.addBindValue(attempt.channel);
    if (!q.exec())
        qCWarning(lcAlerts) << "cannot record a delivery:" << q.lastError().text();
}

void AlertDispatcher::timeline(const AlertIntent &alert, const QString &text)
{
    if (alert.incidentId.isEmpty() || !m_book)
        return;
    QString error;
    IncidentRecords::appendTimeline(m_book->database(),
        {{alert.incidentId, nowMs(), TimelineKind::Delivery, alert.checkId, std::nullopt, text}},
        &error);
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
        if (!m_book || m_stopped)
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
        timeline(attempt.alert, tr("delivered to %1").arg(label));
        Q_EMIT delivered(attempt.alert.key, attempt.channel);
        markRecovered(attempt.channel);
        return;
    }
    qCInfo(lcAlerts) << attempt.channel << "delivery failed:" << error;
    if (!permanent && attempt.attempts < m_settings.deliveryAttempts) {
        const qint64 wait = retryDelayMs(attempt.attempts);
        setState(attempt, QStringLiteral("queued"), error, nowMs() + wait);
        timeline(attempt.alert,
            tr("%1: %2; trying again in %3").arg(label, error, formatDuration(wait)));
        scheduleNext();
        return;
    }
    setState(attempt, QStringLiteral("failed"), error);
    timeline(attempt.alert,
        tr("%1: not delivered after %n attempt(s): %2", nullptr, attempt.attempts)
            .arg(label, error));
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
    const auto id = m_book->addEntry(entry, now);
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
        QString writeError;
        if (!IncidentRecords::write(m_book->database(), out, now, &writeError))
            qCWarning(lcAlerts) << "cannot queue the delivery warning:" << writeError;
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
        if (const auto entry = m_book->entry(it->entryId); entry && entry->has_value()) {
            JournalEntry e = **entry;
            e.endedMs = now;
            e.fix = tr("Delivered again at %1.").arg(clock(now));
            m_book->updateEntry(e, now);
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
