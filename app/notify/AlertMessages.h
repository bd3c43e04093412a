#pragma once

#include "core/Alerting.h"
#include "core/Incident.h"

#include <QByteArray>
#include <QNetworkRequest>

namespace dozor {

// The HTTP request that delivers one alert to one channel, and how its answer is judged.
struct OutgoingRequest {
    QNetworkRequest request;
    QByteArray body;
};

namespace AlertMessages {

// Telegram: POST {api}/bot{token}/sendMessage with {"chat_id", "text"}.
// Webhook: POST {url} with Dozor's JSON (or Slack's {"text"}), plus the secret header.
OutgoingRequest build(
    const AlertChannel &channel, const AlertIntent &alert, const QByteArray &secret);

// Empty when the channel accepted the alert; otherwise why not, in words. Telegram answers
// {"ok": false, "description": …} even with HTTP 200 in some failures.
QString judge(const AlertChannel &channel, int httpStatus, const QByteArray &body,
    const QString &networkError);

// An error text with the secret (a bot token sits in the URL) blotted out.
QString redact(QString text, const QByteArray &secret);

// A 4xx other than 408/429 will fail the same way next time: no retries.
bool isPermanent(int httpStatus);

} // namespace AlertMessages

} // namespace dozor
