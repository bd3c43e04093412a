#include "HttpProbe.h"

#include "core/WorkspaceValidator.h"

#include <QDateTime>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

namespace dozor {

namespace {
QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

// What a certificate problem means, in an admin's words rather than OpenSSL's.
QString tlsErrorInWords(const QSslError &e, const QString &host)
{
    const QSslCertificate cert = e.certificate();
    switch (e.error()) {
    case QSslError::CertificateExpired:
        return HttpProbe::tr("the certificate expired on %1").arg(dateText(cert.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return HttpProbe::tr("the certificate is valid only from %1")
            .arg(dateText(cert.effectiveDate()));
    case QSslError::HostNameMismatch: {
        QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
        names.append(cert.subjectAlternativeNames().values(QSsl::IpAddressEntry));
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        names.removeDuplicates();
        return HttpProbe::tr("the certificate is for %1, not %2")
            .arg(names.isEmpty() ? HttpProbe::tr("no name") : names.join(QStringLiteral(", ")),
                host);
    }
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted: {
        const QStringList issuer = cert.issuerInfo(QSslCertificate::CommonName);
        return HttpProbe::tr("the certificate's issuer (%1) is not trusted here; for a "
                             "self-signed or private CA certificate set the check's CA file")
            .arg(issuer.isEmpty() ? HttpProbe::tr("unnamed") : issuer.join(QStringLiteral(", ")));
    }
    case QSslError::CertificateRevoked:
        return HttpProbe::tr("the certificate was revoked");
    default:
        return e.errorString();
    }
}
} // namespace

namespace {
bool isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

int portOf(const QUrl &url)
{
    return url.port(isHttps(url) ? 443 : 80);
}

// A header value or request line part with no way to end the line early.
QByteArray oneLine(QByteArray text)
{
    text.replace('\r', ' ').replace('\n', ' ');
    return text;
}
} // namespace

HttpProbe::HttpProbe(CheckSpec check, QString baseDir, QObject *parent)
    : QObject(parent)
    , m_check(std::move(check))
    , m_baseDir(std::move(baseDir))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        fail(HttpObservation::Outcome::Timeout, QString());
    });
}

HttpProbe::~HttpProbe()
{
    dropSocket();
}

void HttpProbe::start()
{
    m_clock.start();
    const HttpSpec &http = m_check.http;
    if (isHttps(http.url) && !http.caFile.isEmpty()) {
        const QString caPath = resolveWorkspaceFile(http.caFile, m_baseDir);
        m_extraCas = QSslCertificate::fromPath(caPath, QSsl::Pem);
        if (m_extraCas.isEmpty()) {
            QTimer::singleShot(0, this, [this, caPath] {
                fail(HttpObservation::Outcome::TlsFailure,
                    tr("no PEM certificate could be read from the CA file %1").arg(caPath));
            });
            return;
        }
    }
    m_method = http.method;
    m_deadline.start(m_check.timeoutSec * 1000);
    request(http.url);
}

void HttpProbe::request(const QUrl &url)
{
    dropSocket();
    m_url = url;
    m_buffer.clear();
    m_stage = Stage::Head;
    m_contentLength = -1;
    m_bodyRead = 0;
    m_observation.body.clear();
    m_observation.bodyTruncated = false;
    m_observation.location.clear();
    if (isHttps(url)) {
        auto *tls = new QSslSocket(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            config.addCaCertificates(m_extraCas);
        tls->setSslConfiguration(config);
        connect(tls, &QSslSocket::encrypted, this, [this, tls] {
            const QSslCertificate peer = tls->peerCertificate();
            if (!peer.isNull())
                m_observation.certificateExpiry = peer.expiryDate();
            sendRequest();
        });
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Recorded, never ignored: the handshake then fails.
            for (const QSslError &e : errors) {
                const QString text = tlsErrorInWords(e, m_url.host());
                if (!m_observation.tlsErrors.contains(text))
                    m_observation.tlsErrors.append(text);
            }
        });
        m_socket = tls;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpProbe::sendRequest);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpProbe::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpProbe::onClosed);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        tls->connectToHostEncrypted(url.host(), quint16(portOf(url)));
    else
        m_socket->connectToHost(url.host(), quint16(portOf(url)));
}

void HttpProbe::sendRequest()
{
    const HttpSpec &http = m_check.http;
    const auto has = [&http](const char *name) {
        return std::any_of(http.headers.begin(), http.headers.end(),
            [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port() != -1 && m_url.port() != (isHttps(m_url) ? 443 : 80))
        host += ':' + QByteArray::number(m_url.port());
    QByteArray out = oneLine(m_method) + ' ' + oneLine(target) + " HTTP/1.1\r\n";
    if (!has("Host"))
        out += "Host: " + host + "\r\n";
    if (!has("User-Agent"))
        out += "User-Agent: Dozor/" DOZOR_VERSION "\r\n";
    if (!has("Accept"))
        out += "Accept: */*\r\n";
    out += "Connection: close\r\n";
    for (const auto &[name, value] : http.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) != 0)
            out += oneLine(name) + ": " + oneLine(value) + "\r\n";
    }
    out += "\r\n";
    m_socket->write(out);
}

void HttpProbe::onReadyRead()
{
    if (!m_socket || m_done)
        return;
    m_buffer += m_socket->readAll();
    if (m_stage == Stage::Head && !parseHead())
        return;
    if (m_done)
        return;
    if (takeBody())
        responseComplete();
}

bool HttpProbe::parseHead()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > maxHeadBytes)
                fail(HttpObservation::Outcome::NetworkError,
                    tr("%1: the response headers are larger than %2 KiB")
                        .arg(where())
                        .arg(maxHeadBytes / 1024));
            return false;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QByteArray status = lines.first().trimmed();
        // "HTTP/1.1 200 OK"
        const qsizetype firstSpace = status.indexOf(' ');
        const qsizetype secondSpace = status.indexOf(' ', firstSpace + 1);
        bool ok = false;
        const int code =
            status.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1)
                .toInt(&ok);
        if (!status.startsWith("HTTP/") || firstSpace < 0 || !ok || code < 100 || code > 999) {
            fail(HttpObservation::Outcome::NetworkError,
                tr("%1: not an HTTP answer: %2")
                    .arg(where(), QString::fromLatin1(status.left(80)).simplified()));
            return false;
        }
        if (code < 200) // 100 Continue, 103 Early Hints: the answer follows
            continue;
        m_observation.statusCode = code;
        m_observation.reasonPhrase =
            secondSpace < 0 ? QString() : QString::fromUtf8(status.mid(secondSpace + 1));
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "location")
                m_observation.location = QString::fromUtf8(value).left(2048);
            else if (name == "content-length")
                m_contentLength = value.toLongLong(&ok) >= 0 && ok ? value.toLongLong() : -1;
            else if (name == "transfer-encoding")
                chunked = value.toLower().contains("chunked");
        }
        const bool noBody =
            m_method.compare("HEAD", Qt::CaseInsensitive) == 0 || code == 204 || code == 304;
        if (noBody)
            m_stage = Stage::Done;
        else if (chunked)
            m_stage = Stage::ChunkSize;
        else
            m_stage = Stage::Body;
        return true;
    }
}

bool HttpProbe::appendBody(QByteArrayView data)
{
    HttpObservation &o = m_observation;
    const qsizetype room = qsizetype(m_check.http.maxBodyBytes) - o.body.size();
    if (data.size() > room) {
        o.body.append(data.first(std::max<qsizetype>(room, 0)));
        o.bodyTruncated = true;
        return false;
    }
    o.body.append(data);
    return true;
}

bool HttpProbe::takeBody()
{
    for (;;) {
        switch (m_stage) {
        case Stage::Head:
            return false;
        case Stage::Done:
            return true;
        case Stage::Body: {
            const QByteArray data =
                m_contentLength >= 0 ? m_buffer.left(m_contentLength - m_bodyRead) : m_buffer;
            m_buffer.remove(0, data.size());
            m_bodyRead += data.size();
            if (!appendBody(data))
                return true; // capped: enough read
            return m_contentLength >= 0 && m_bodyRead >= m_contentLength;
        }
        case Stage::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0) {
                if (m_buffer.size() > 1024)
                    fail(HttpObservation::Outcome::NetworkError,
                        tr("%1: a chunk of the body has no valid size").arg(where()));
                return false;
            }
            bool ok = false;
            const QByteArray size = m_buffer.left(end).split(';').first().trimmed();
            m_chunkLeft = size.toLongLong(&ok, 16);
            m_buffer.remove(0, end + 2);
            if (!ok || m_chunkLeft < 0) {
                fail(HttpObservation::Outcome::NetworkError,
                    tr("%1: a chunk of the body has no valid size").arg(where()));
                return false;
            }
            if (m_chunkLeft == 0)
                return true; // the last chunk; trailers are not needed
            m_stage = Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_chunkLeft, m_buffer.size()));
            if (!appendBody(QByteArrayView(m_buffer).first(take)))
                return true;
            m_buffer.remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return false;
            m_stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd:
            if (m_buffer.size() < 2)
                return false;
            m_buffer.remove(0, 2);
            m_stage = Stage::ChunkSize;
            break;
        }
    }
}

void HttpProbe::responseComplete()
{
    if (m_done)
        return;
    m_stage = Stage::Done;
    HttpObservation &o = m_observation;
    const int code = o.statusCode;
    const bool redirect = code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    if (redirect && m_check.http.followRedirects && !o.location.isEmpty()) {
        const QUrl next = m_url.resolved(QUrl(o.location));
        if (isHttps(m_url) && !isHttps(next)) {
            fail(HttpObservation::Outcome::NetworkError,
                tr("a redirect from https to %1 was not followed").arg(next.toDisplayString()));
            return;
        }
        if (!next.isValid() || (next.scheme() != QLatin1String("http") && !isHttps(next))) {
            fail(HttpObservation::Outcome::NetworkError,
                tr("a redirect to %1 cannot be followed").arg(o.location));
            return;
        }
        if (o.redirectsFollowed >= maxRedirects) {
            fail(HttpObservation::Outcome::NetworkError,
                tr("too many redirects (more than %1)").arg(maxRedirects));
            return;
        }
        ++o.redirectsFollowed;
        if (code == 303 && m_method.compare("HEAD", Qt::CaseInsensitive) != 0)
            m_method = "GET";
        request(next);
        return;
    }
    o.outcome = HttpObservation::Outcome::Response;
    o.elapsedMs = m_clock.elapsed();
    emitOnce();
}

void HttpProbe::onClosed()
{
    if (m_done || !m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (m_stage == Stage::Head && !parseHead()) {
        if (!m_done)
            fail(HttpObservation::Outcome::NetworkError,
                tr("%1: the server closed the connection without an answer").arg(where()));
        return;
    }
    if (m_done)
        return;
    if (takeBody() || m_stage == Stage::Body) { // a body without a length ends with the connection
        if (m_stage == Stage::Body && m_contentLength >= 0 && m_bodyRead < m_contentLength
            && !m_observation.bodyTruncated) {
            fail(HttpObservation::Outcome::NetworkError,
                tr("%1: the connection closed after %2 of %3 bytes of the body")
                    .arg(where())
                    .arg(m_bodyRead)
                    .arg(m_contentLength));
            return;
        }
        responseComplete();
        return;
    }
    fail(HttpObservation::Outcome::NetworkError,
        tr("%1: the connection closed in the middle of the body").arg(where()));
}

void HttpProbe::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_done || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    const bool tls = error == QAbstractSocket::SslHandshakeFailedError
        || error == QAbstractSocket::SslInvalidUserDataError
        || error == QAbstractSocket::SslInternalError || !m_observation.tlsErrors.isEmpty();
    QString text = m_socket->errorString();
    if (!tls && !text.contains(m_url.host()))
        text = tr("%1: %2").arg(where(), text);
    fail(tls ? HttpObservation::Outcome::TlsFailure : HttpObservation::Outcome::NetworkError, text);
}

void HttpProbe::fail(HttpObservation::Outcome outcome, const QString &error)
{
    if (m_done)
        return;
    // A response cut off by the deadline after its status line still says what it was.
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
    dropSocket();
    Q_EMIT finished(m_observation);
}

void HttpProbe::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

QString HttpProbe::where() const
{
    const QString host = m_url.host(QUrl::FullyDecoded);
    return QStringLiteral("%1:%2")
        .arg(host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host)
        .arg(portOf(m_url));
}

} // namespace dozor
