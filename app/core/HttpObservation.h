#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// What the HTTP prober saw, before any judgement. Filled by app/remote/HttpProbe, judged by
// evaluateHttp; the split lets the judgement be tested without a network.
struct HttpObservation {
    enum class Outcome {
        Response, // a status line arrived (the body may be truncated)
        Timeout, // the absolute deadline passed first
        TlsFailure, // the TLS handshake failed; tlsErrors says why
        NetworkError, // refused, unreachable, DNS, reset …; error says which
    };

    Outcome outcome = Outcome::NetworkError;
    QString error;
    QStringList tlsErrors;
    int statusCode = 0;
    QString reasonPhrase;
    QString location; // Location header of a redirect
    QByteArray body; // at most the configured cap
    bool bodyTruncated = false;
    qint64 elapsedMs = 0;
    std::optional<QDateTime> certificateExpiry; // leaf certificate, HTTPS only
    int redirectsFollowed = 0;
};

} // namespace dozor
