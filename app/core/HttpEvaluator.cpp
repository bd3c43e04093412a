#include "HttpEvaluator.h"

#include <QCoreApplication>

namespace dozor {

namespace {

struct HttpText {
    Q_DECLARE_TR_FUNCTIONS(HttpEvaluator)
    DOZOR_MESSAGE_FUNCTIONS(HttpEvaluator)
};

bool statusExpected(const HttpSpec &http, int code)
{
    if (http.expectStatus.isEmpty())
        return code >= 200 && code <= 299;
    return http.expectStatus.contains(code);
}

Message expectedText(const HttpSpec &http)
{
    if (http.expectStatus.isEmpty())
        return HttpText::msg("2xx");
    QStringList codes;
    for (int c : http.expectStatus)
        codes.append(QString::number(c));
    return codes.join(QStringLiteral(", "));
}

// Raise the status, keeping the reason of the worst problem (the first one at that level).
void raise(CheckResult &r, Status s, const Message &reason)
{
    if (isWorse(s, r.status)) {
        r.status = s;
        setReason(r, reason);
    }
}

} // namespace

CheckResult evaluateHttp(const CheckSpec &check, const HttpObservation &o, const QDateTime &now)
{
    const HttpSpec &http = check.http;
    CheckResult r;
    r.checkId = check.id;
    r.targetId = check.targetId;
    r.status = Status::Ok;

    switch (o.outcome) {
    case HttpObservation::Outcome::Timeout:
        r.status = Status::Crit;
        setReason(r, HttpText::msg("no complete response within %1 s").arg(check.timeoutSec));
        return r;
    case HttpObservation::Outcome::TlsFailure:
        r.status = Status::Crit;
        setReason(r,
            HttpText::msg("TLS: %1").arg(
                o.tlsErrors.isEmpty() ? o.error : o.tlsErrors.join(QStringLiteral("; "))));
        return r;
    case HttpObservation::Outcome::NetworkError:
        r.status = Status::Crit;
        setReason(r, o.error.isEmpty() ? HttpText::msg("request failed") : Message(o.error));
        return r;
    case HttpObservation::Outcome::Response:
        break;
    }

    r.values.append(
        {QStringLiteral("response_ms"), static_cast<double>(o.elapsedMs), QStringLiteral("ms")});
    r.values.append({QStringLiteral("status_code"), static_cast<double>(o.statusCode), QString()});
    r.values.append(
        {QStringLiteral("body_bytes"), static_cast<double>(o.body.size()), QStringLiteral("B")});

    std::optional<qint64> daysLeft;
    if (o.certificateExpiry) {
        daysLeft = now.secsTo(*o.certificateExpiry) / 86400;
        r.values.append(
            {QStringLiteral("tls_days_left"), static_cast<double>(*daysLeft), QStringLiteral("d")});
    }

    const double warnMs = check.warn.value_or(defaults::httpWarnMs);
    const double critMs = check.crit.value_or(defaults::httpCritMs);
    const Message timing = HttpText::msg("HTTP %1 in %2 ms").arg(o.statusCode).arg(o.elapsedMs);
    setReason(r, timing);

    // At one level the first problem named wins, so they are judged in the order an admin
    // reads them: the status (a 500 is the cause, not a missing keyword on its error page),
    // the body, the time taken, the certificate.
    if (!statusExpected(http, o.statusCode)) {
        Message text;
        if (o.statusCode >= 300 && o.statusCode <= 399 && !o.location.isEmpty())
            text = HttpText::msg("redirect %1 to %2 (not followed; expected %3)")
                       .arg(o.statusCode)
                       .arg(o.location.left(200))
                       .arg(expectedText(http));
        else if (o.reasonPhrase.trimmed().isEmpty())
            text = HttpText::msg("HTTP %1 (expected %2)").arg(o.statusCode).arg(expectedText(http));
        else
            text = HttpText::msg("HTTP %1 %2 (expected %3)")
                       .arg(o.statusCode)
                       .arg(o.reasonPhrase.left(80).simplified())
                       .arg(expectedText(http));
        raise(r, Status::Crit, text);
    }

    const Message truncatedNote = o.bodyTruncated
        ? HttpText::msg(" (only the first %1 bytes were read)").arg(http.maxBodyBytes)
        : Message();
    if (!http.keyword.isEmpty() && !o.body.contains(http.keyword.toUtf8()))
        raise(r, Status::Crit,
            HttpText::msg("keyword \"%1\" not found in the body%2")
                .arg(http.keyword)
                .arg(truncatedNote));
    if (!http.keywordAbsent.isEmpty() && o.body.contains(http.keywordAbsent.toUtf8()))
        raise(r, Status::Crit,
            HttpText::msg("unwanted text \"%1\" found in the body").arg(http.keywordAbsent));

    if (o.elapsedMs >= critMs)
        raise(r, Status::Crit, HttpText::msg("slow: %1 (limit %2 ms)").arg(timing).real(critMs, 0));
    else if (o.elapsedMs >= warnMs)
        raise(r, Status::Warn,
            HttpText::msg("slow: %1 (warning at %2 ms)").arg(timing).real(warnMs, 0));

    if (daysLeft) {
        if (*daysLeft <= http.tlsCritDays)
            raise(r, Status::Crit,
                HttpText::msg(
                    "TLS certificate expires in %n day(s)", nullptr, static_cast<int>(*daysLeft)));
        else if (*daysLeft <= http.tlsWarnDays)
            raise(r, Status::Warn,
                HttpText::msg(
                    "TLS certificate expires in %n day(s)", nullptr, static_cast<int>(*daysLeft)));
    }

    if (r.status == Status::Ok && o.bodyTruncated)
        setReason(
            r, timing + HttpText::msg(", body over %1 bytes (truncated)").arg(http.maxBodyBytes));
    if (r.status == Status::Ok && daysLeft)
        setReason(r,
            reasonOf(r)
                + HttpText::msg(
                    ", certificate valid %n more day(s)", nullptr, static_cast<int>(*daysLeft)));
    return r;
}

} // namespace dozor
