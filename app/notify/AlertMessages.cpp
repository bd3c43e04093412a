#include "AlertMessages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace dozor::AlertMessages {

namespace {

struct MessageText {
    Q_DECLARE_TR_FUNCTIONS(AlertMessages)
};

constexpr qsizetype telegramTextCap = 3500; // the Bot API takes 4096 characters

QString plainText(const AlertIntent &a)
{
    QString text = a.title;
    if (!a.text.isEmpty())
        text += QLatin1Char('\n') + a.text;
    return text.left(telegramTextCap);
}

} // namespace

OutgoingRequest build(
    const AlertChannel &channel, const AlertIntent &alert, const QByteArray &secret)
{
    OutgoingRequest out;
    QJsonObject body;
    if (channel.type == ChannelType::Telegram) {
        QUrl url = channel.apiUrl;
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + QStringLiteral("bot") + QString::fromUtf8(secret)
            + QStringLiteral("/sendMessage"));
        out.request.setUrl(url);
        body.insert(QStringLiteral("chat_id"), channel.chatId);
        body.insert(QStringLiteral("text"), plainText(alert));
        body.insert(QStringLiteral("disable_web_page_preview"), true);
    } else {
        out.request.setUrl(channel.url);
        if (!channel.secretHeader.isEmpty())
            out.request.setRawHeader(channel.secretHeader.toLatin1(), secret);
        if (channel.slack) {
            body.insert(QStringLiteral("text"),
                QStringLiteral("*%1*\n%2").arg(alert.title, alert.text).left(telegramTextCap));
        } else {
            body.insert(QStringLiteral("source"), QStringLiteral("dozor"));
            body.insert(QStringLiteral("key"), alert.key);
            body.insert(QStringLiteral("kind"), alertKindName(alert.kind));
            body.insert(QStringLiteral("level"), alertLevelName(alert.level));
            body.insert(QStringLiteral("title"), alert.title);
            body.insert(QStringLiteral("text"), alert.text);
            body.insert(QStringLiteral("target"), alert.targetId);
            body.insert(QStringLiteral("check"), alert.checkId);
            body.insert(QStringLiteral("incident"), alert.incidentId);
            body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(alert.tags));
            body.insert(QStringLiteral("at"),
                QDateTime::fromMSecsSinceEpoch(alert.createdMs, Qt::UTC).toString(Qt::ISODate));
        }
    }
    out.request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    out.request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Dozor"));
    out.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        QNetworkRequest::ManualRedirectPolicy); // a token is never carried to another host
    out.request.setTransferTimeout(channel.timeoutSec * 1000);
    out.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return out;
}

QString judge(const AlertChannel &channel, int httpStatus, const QByteArray &body,
    const QString &networkError)
{
    QString description;
    if (channel.type == ChannelType::Telegram) {
        const QJsonObject reply = QJsonDocument::fromJson(body.left(64 * 1024)).object();
        if (httpStatus >= 200 && httpStatus < 300 && reply.value(QStringLiteral("ok")).toBool())
            return QString();
        description = reply.value(QStringLiteral("description")).toString().left(300);
        if (httpStatus >= 200 && httpStatus < 300)
            return MessageText::tr("Telegram did not accept the message: %1")
                .arg(description.isEmpty() ? MessageText::tr("no \"ok\" in its answer")
                                           : description);
    } else if (httpStatus >= 200 && httpStatus < 300) {
        return QString();
    } else {
        description = QString::fromUtf8(body.left(300)).simplified();
    }
    if (httpStatus == 0)
        return networkError.isEmpty() ? MessageText::tr("no answer") : networkError;
    return description.isEmpty() ? MessageText::tr("HTTP %1").arg(httpStatus)
                                 : MessageText::tr("HTTP %1: %2").arg(httpStatus).arg(description);
}

QString redact(QString text, const QByteArray &secret)
{
    if (!secret.isEmpty()) {
        text.replace(QString::fromUtf8(secret), QStringLiteral("…"));
        text.replace(QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(secret))),
            QStringLiteral("…"));
    }
    return text;
}

bool isPermanent(int httpStatus)
{
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429;
}

} // namespace dozor::AlertMessages
