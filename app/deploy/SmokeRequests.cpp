#include "SmokeRequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace dozor {

namespace {
struct SmokeText {
    Q_DECLARE_TR_FUNCTIONS(SmokeRun)
};
} // namespace

SmokeRun::SmokeRun(QList<SmokeRequest> requests, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_requests(std::move(requests))
    , m_timeoutMs(timeoutMs)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void SmokeRun::start()
{
    m_index = -1;
    m_values.clear();
    next();
}

QString SmokeRun::expand(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression field(QStringLiteral("\\{(env:)?([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype at = 0;
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).sliced(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString name = m.captured(2);
        if (!m.captured(1).isEmpty() && qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            out += qEnvironmentVariable(name.toLocal8Bit().constData());
        else if (m.captured(1).isEmpty() && values.contains(name))
            out += values.value(name);
        else
            out += m.captured(0);
    }
    out += QStringView(text).sliced(at);
    return out;
}

std::optional<QString> SmokeRun::take(const QByteArray &json, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    QJsonValue at = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (at.isObject() && at.toObject().contains(part)) {
            at = at.toObject().value(part);
            continue;
        }
        bool number = false;
        const int index = part.toInt(&number);
        if (at.isArray() && number && index >= 0 && index < at.toArray().size()) {
            at = at.toArray().at(index);
            continue;
        }
        return std::nullopt;
    }
    if (at.isString())
        return at.toString();
    if (at.isDouble() || at.isBool()) {
        QJsonArray wrap {at};
        const QByteArray text = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    return std::nullopt;
}

void SmokeRun::next()
{
    ++m_index;
    if (m_index >= m_requests.size()) {
        Q_EMIT finished(true, QString());
        return;
    }
    const SmokeRequest &r = m_requests.at(m_index);
    const QUrl url(expand(r.url, m_values));
    if (!url.isValid() || url.host().isEmpty()) {
        fail(SmokeText::tr("\"%1\" is not an address").arg(r.url.left(120)));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Dozor-smoke"));
    const QString body = expand(r.body, m_values);
    const bool typed = std::any_of(r.headers.cbegin(), r.headers.cend(), [](const auto &h) {
        return h.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
    });
    if (!body.isEmpty() && !typed)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            body.trimmed().startsWith(QLatin1Char('{')) ? QStringLiteral("application/json")
                                                        : QStringLiteral("application/x-www-form-"
                                                                         "urlencoded"));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name.toUtf8(), expand(value, m_values).toUtf8());
    m_clock.start();
    m_reply = m_network.sendCustomRequest(request, r.method.toLatin1(), body.toUtf8());
    connect(m_reply, &QNetworkReply::finished, this, &SmokeRun::answered);
}

void SmokeRun::answered()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    const SmokeRequest &r = m_requests.at(m_index);
    const QString name = r.name.isEmpty() ? r.method + QLatin1Char(' ') + r.url : r.name;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        fail(SmokeText::tr("%1: no answer (%2)").arg(name, reply->errorString()));
        return;
    }
    Q_EMIT line(SmokeText::tr("%1 → %2 (%3 ms)").arg(name).arg(status).arg(m_clock.elapsed()));
    if (status != r.expectStatus) {
        fail(
            SmokeText::tr("%1 answered %2, expected %3").arg(name).arg(status).arg(r.expectStatus));
        return;
    }
    if (!r.expect.isEmpty() && !QString::fromUtf8(body).contains(expand(r.expect, m_values))) {
        fail(SmokeText::tr("%1: the answer does not contain \"%2\"").arg(name, r.expect));
        return;
    }
    for (const auto &[variable, path] : r.take) {
        const auto value = take(body, path);
        if (!value) {
            fail(SmokeText::tr("%1: the answer has no field \"%2\" (for {%3})")
                     .arg(name, path, variable));
            return;
        }
        m_values.insert(variable, *value);
    }
    next();
}

void SmokeRun::fail(const QString &why)
{
    Q_EMIT finished(false, why);
}

} // namespace dozor
