#pragma once

#include "core/Deploys.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

namespace dozor {

// A recipe's smoke requests run in order after a deploy: log in, take the token from the answer,
// call an API with it. "{name}" in a URL, header or body is a value an earlier answer gave;
// "{env:NAME}" the variable NAME of this process (a test account's password never sits in the
// workspace). Each request passes when its status is the expected one and its body holds the
// keyword. Values taken are never printed.
class SmokeRun : public QObject {
    Q_OBJECT
public:
    SmokeRun(QList<SmokeRequest> requests, int timeoutMs, QObject *parent = nullptr);

    void start();

    // "{name}" and "{env:NAME}" replaced; unknown names stay as written.
    static QString expand(const QString &text, const QHash<QString, QString> &values);
    // The value at a dotted path of a JSON answer ("data.token", "items.0.id"): strings as they
    // are, numbers and booleans as JSON writes them; nothing when there is no such field.
    static std::optional<QString> take(const QByteArray &json, const QString &path);

Q_SIGNALS:
    void line(const QString &text);
    // ok: every request passed; otherwise why the first that failed did, in words.
    void finished(bool ok, const QString &why);

private:
    void next();
    void answered();
    void fail(const QString &why);

    QList<SmokeRequest> m_requests;
    int m_timeoutMs;
    int m_index = -1;
    QHash<QString, QString> m_values;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
};

} // namespace dozor
