#pragma once

#include "core/HttpObservation.h"
#include "core/Workspace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace dozor {

// Performs one HTTP(S) request for a check and reports what it saw. The timeout is an
// absolute deadline for the whole exchange (a server trickling a byte a second cannot hold
// it open), the body read is capped, TLS errors are failures and are never ignored, and
// redirects are followed only when the check says so. Emits finished() exactly once.
class HttpProbe : public QObject {
    Q_OBJECT
public:
    HttpProbe(QNetworkAccessManager *network, CheckSpec check, QString baseDir,
        QObject *parent = nullptr);
    ~HttpProbe() override;

    void start();

Q_SIGNALS:
    void finished(const dozor::HttpObservation &observation);

private:
    void readBody();
    void onFinished();
    void fail(HttpObservation::Outcome outcome, const QString &error);
    void emitOnce();

    QNetworkAccessManager *m_network;
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
