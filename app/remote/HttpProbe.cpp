#include "HttpProbe.h"

#include "core/WorkspaceValidator.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <algorithm>

namespace dozor {
namespace {
int defaultPort(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}
} // namespace

HttpNetworks::HttpNetworks(QObject *parent)
    : QObject(parent)
{
}

QNetworkAccessManager *HttpNetworks::forTrust(const QList<QSslCertificate> &extraCas)
{
    QList<QByteArray> digests;
    for (const QSslCertificate &ca : extraCas)
        digests.append(ca.digest(QCryptographicHash::Sha256));
    std::sort(digests.begin(), digests.end());
    digests.erase(std::unique(digests.begin(), digests.end()), digests.end());
    const QByteArray key = digests.join();
    QNetworkAccessManager *&network = m_byTrust[key];
    if (!network) {
        network = new QNetworkAccessManager(this);
        network->setAutoDeleteReplies(false);
    }
    return network;
}

HttpProbe::HttpProbe(HttpNetworks *networks, CheckSpec check, QString baseDir, QObject *parent)
    : QObject(parent)
    , m_networks(networks)
    , m_check(std::move(check))
    , m_baseDir(std::move(baseDir))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

HttpProbe::~HttpProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpProbe::start()
{
    m_clock.start();
    const HttpSpec &http = m_check.http;
    QNetworkRequest request(http.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        http.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                             : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Dozor/" DOZOR_VERSION));
    // A fresh connection per run: the timing is what a new visitor gets, and the TLS
    // handshake (certificate validity and expiry) is checked every time.
    request.setRawHeader("Connection", "close");
    for (const auto &[name, value] : http.headers)
        request.setRawHeader(name, value);

    // A check without a CA file of its own goes through the manager that trusts only the
    // system's CAs, also for plain http:// (a redirect may lead to https://).
    QList<QSslCertificate> cas;
    if (http.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!http.caFile.isEmpty()) {
            const QString caPath = resolveWorkspaceFile(http.caFile, m_baseDir);
            cas = QSslCertificate::fromPath(caPath, QSsl::Pem);
            if (cas.isEmpty()) {
                QTimer::singleShot(0, this, [this, caPath] {
                    fail(HttpObservation::Outcome::TlsFailure,
                        tr("no PEM certificate could be read from the CA file %1").arg(caPath));
                });
                return;
            }
            tls.addCaCertificates(cas);
        }
        request.setSslConfiguration(tls);
    }

    m_reply = m_networks->forTrust(cas)->sendCustomRequest(request, http.method);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::onFinished);
    connect(
        m_reply, &QNetworkReply::redirected, this, [this] { ++m_observation.redirectsFollowed; });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded, never ignored: the reply then fails with a handshake error.
        for (const QSslError &e : errors)
            m_observation.tlsErrors.append(e.errorString());
    });
    m_deadline.start(m_check.timeoutSec * 1000);
}

void HttpProbe::readBody()
{
    if (!m_reply || m_capped || !m_reply->isOpen()) // aborted replies are closed
        return;
    const qint64 room = m_check.http.maxBodyBytes - m_observation.body.size();
    if (room > 0)
        m_observation.body.append(m_reply->read(room));
    if (m_reply->bytesAvailable() > 0) {
        m_capped = true;
        m_observation.bodyTruncated = true;
        m_reply->abort();
    }
}

void HttpProbe::onFinished()
{
    if (!m_reply || m_done)
        return;
    readBody();
    m_deadline.stop();
    HttpObservation &o = m_observation;
    o.elapsedMs = m_clock.elapsed();
    const QVariant code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    o.statusCode = code.isValid() ? code.toInt() : 0;
    o.reasonPhrase = QString::fromUtf8(
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    o.location = QString::fromUtf8(m_reply->rawHeader("Location")).left(2048);
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (!peer.isNull())
        o.certificateExpiry = peer.expiryDate();

    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_timedOut && !m_capped) {
        o.outcome = HttpObservation::Outcome::Timeout;
    } else if (error == QNetworkReply::SslHandshakeFailedError || !o.tlsErrors.isEmpty()) {
        o.outcome = HttpObservation::Outcome::TlsFailure;
        o.error = m_reply->errorString();
    } else if (o.statusCode > 0) {
        o.outcome = HttpObservation::Outcome::Response; // 4xx/5xx also carry an error code
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        o.outcome = HttpObservation::Outcome::NetworkError;
        o.error = tr("too many redirects (more than 10)");
    } else {
        o.outcome = HttpObservation::Outcome::NetworkError;
        // Qt says "Connection refused" without saying where; after a redirect it may be
        // another server than the check's own.
        const QUrl url = m_reply->url();
        const QString where = QStringLiteral("%1:%2").arg(
            url.host(QUrl::FullyDecoded), QString::number(url.port(defaultPort(url))));
        o.error = m_reply->errorString();
        if (!o.error.contains(url.host(QUrl::FullyDecoded)))
            o.error = tr("%1: %2").arg(where, o.error);
    }
    emitOnce();
}

void HttpProbe::fail(HttpObservation::Outcome outcome, const QString &error)
{
    m_observation.outcome = outcome;
    m_observation.error = error;
    m_observation.elapsedMs = m_clock.elapsed();
    emitOnce();
}

void HttpProbe::emitOnce()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(m_observation);
}

} // namespace dozor
