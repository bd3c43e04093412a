#include "TelegramChats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace dozor {

namespace {
struct ChatText {
    Q_DECLARE_TR_FUNCTIONS(TelegramChats)
};
constexpr int timeoutMs = 15'000;
constexpr qint64 maxAnswerBytes = 4 * 1024 * 1024;
} // namespace

Expected<QList<TelegramChat>> parseTelegramUpdates(const QByteArray &json, int httpStatus)
{
    QJsonParseError error {};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (httpStatus == 401 || httpStatus == 404)
        return unexpected(ChatText::tr("Telegram did not accept the token (check it with "
                                       "@BotFather)"));
    if (error.error != QJsonParseError::NoError || root.isEmpty())
        return unexpected(
            ChatText::tr("the answer is not the Bot API's (HTTP %1)").arg(httpStatus));
    if (!root.value(QStringLiteral("ok")).toBool()) {
        const QString description = root.value(QStringLiteral("description")).toString();
        return unexpected(description.contains(QLatin1String("webhook"), Qt::CaseInsensitive)
                ? ChatText::tr("the bot delivers its messages to a webhook, so Telegram does "
                               "not list them here: %1")
                      .arg(description.left(200))
                : ChatText::tr("Telegram said: %1").arg(description.left(200)));
    }
    QList<TelegramChat> chats;
    const QJsonArray updates = root.value(QStringLiteral("result")).toArray();
    // Newest first: the chat someone just wrote in is the one wanted.
    for (auto it = updates.end(); it != updates.begin();) {
        --it;
        const QJsonObject update = it->toObject();
        for (const char *kind :
            {"message", "edited_message", "channel_post", "my_chat_member", "chat_member"}) {
            const QJsonObject chat = update.value(QLatin1String(kind))
                                         .toObject()
                                         .value(QStringLiteral("chat"))
                                         .toObject();
            const QJsonValue idValue = chat.value(QStringLiteral("id"));
            if (!idValue.isDouble())
                continue;
            TelegramChat c;
            c.id = QString::number(static_cast<qint64>(idValue.toDouble()));
            c.type = chat.value(QStringLiteral("type")).toString();
            c.title = chat.value(QStringLiteral("title")).toString();
            if (c.title.isEmpty()) {
                const QString name = QString(chat.value(QStringLiteral("first_name")).toString()
                    + QLatin1Char(' ') + chat.value(QStringLiteral("last_name")).toString())
                                         .trimmed();
                const QString user = chat.value(QStringLiteral("username")).toString();
                if (user.isEmpty())
                    c.title = name;
                else if (name.isEmpty())
                    c.title = QLatin1Char('@') + user;
                else
                    c.title = name + QStringLiteral(" (@") + user + QLatin1Char(')');
            }
            if (std::none_of(chats.cbegin(), chats.cend(),
                    [&](const TelegramChat &known) { return known.id == c.id; }))
                chats.append(c);
        }
    }
    return chats;
}

void findTelegramChats(QNetworkAccessManager *network, const QUrl &apiUrl, const QByteArray &token,
    QObject *context, std::function<void(const Expected<QList<TelegramChat>> &)> done)
{
    QUrl url = apiUrl;
    url.setPath(apiUrl.path().chopped(apiUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0)
        + QStringLiteral("/bot") + QString::fromUtf8(token) + QStringLiteral("/getUpdates"));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            // The token is in the URL: never repeat Qt's message, which names it.
            done(unexpected(
                ChatText::tr("cannot reach Telegram: %1")
                    .arg(reply->error() == QNetworkReply::OperationCanceledError
                                || reply->error() == QNetworkReply::TimeoutError
                            ? ChatText::tr("no answer within %1 s").arg(timeoutMs / 1000)
                            : ChatText::tr("network error %1").arg(int(reply->error())))));
            return;
        }
        done(parseTelegramUpdates(reply->read(maxAnswerBytes), status));
    });
}

} // namespace dozor
