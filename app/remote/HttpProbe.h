#pragma once

#include "core/HttpObservation.h"
#include "core/Workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace dozor {

// The network access managers HTTP checks use: one per set of extra trusted CA
// certificates. Qt keeps a manager's connections per host and port under the TLS settings
// of the request that opened them, so two checks of one server that trust different CAs
// must never share a manager: the first one's trust would decide for both.
class HttpNetworks : public QObject {
    Q_OBJECT
public:
    explicit HttpNetworks(QObject *parent = nullptr);
    QNetworkAccessManager *forTrust(const QList<QSslCertificate> &extraCas);

private:
    QHash<QByteArray, QNetworkAccessManager *> m_byTrust;
};

// Performs one HTTP(S) request for a check and reports what it saw. The timeout is an
// absolute deadline for the whole exchange (a server trickling a byte a second cannot hold
// it open), the body read is capped, TLS errors are failures and are never ignored, and
// redirects are followed only when the check says so. Emits finished() exactly once.
class HttpProbe : public QObject {
    Q_OBJECT
public:
    HttpProbe(HttpNetworks *networks, CheckSpec check, QString baseDir, QObject *parent = nullptr);
    ~HttpProbe() override;

    void start();

Q_SIGNALS:
    void finished(const dozor::HttpObservation &observation);

private:
    void readBody();
    void onFinished();
    void fail(HttpObservation::Outcome outcome, const QString &error);
    void emitOnce();

    HttpNetworks *m_networks;
    CheckSpec m_check;
    QString m_baseDir;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    HttpObservation m_observation;
    bool m_timedOut = false;
    bool m_capped = false;
    bool m_done = false;
};

} // namespace dozor

Q_DECLARE_METATYPE(dozor::HttpObservation)
