#pragma once

#include "core/Expected.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace dozor {

// "Find my chat id": the chats that wrote to a Telegram bot lately (or added it), from the
// Bot API's getUpdates, so nobody has to dig the id out of a JSON answer by hand.
struct TelegramChat {
    QString id; // "-1001234567890" for a group, the user's id for a private chat
    QString title; // the group's title, or the person's name and @username
    QString type; // private, group, supergroup, channel
};

// Parses a getUpdates answer (exposed for tests): every chat once, newest first.
Expected<QList<TelegramChat>> parseTelegramUpdates(const QByteArray &json, int httpStatus);

// Asks apiUrl (https://api.telegram.org, or a test server) with the bot's token; calls done
// on context's thread. The token travels only in the request path, as the Bot API wants.
void findTelegramChats(QNetworkAccessManager *network, const QUrl &apiUrl, const QByteArray &token,
    QObject *context, std::function<void(const Expected<QList<TelegramChat>> &)> done);

} // namespace dozor
