#pragma once

#include "core/HttpObservation.h"
#include "core/Workspace.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QSslError;
class QTcpSocket;

namespace dozor {

// Performs one HTTP(S) request for a check and reports what it saw. HTTP/1.1 spoken over a
// socket of its own on the calling thread: a new connection per run (the timing is what a
// new visitor gets, and the TLS handshake, with this check's trust alone, is checked every
// time), nothing shared with another check. The timeout is an absolute deadline for the
// whole exchange (a server trickling a byte a second cannot hold it open), the body read is
// capped, TLS errors are failures and are never ignored, and redirects are followed only
// when the check says so (never from https to http). Emits finished() exactly once.
class HttpProbe : public QObject {
    Q_OBJECT
public:
    HttpProbe(CheckSpec check, QString baseDir, QObject *parent = nullptr);
    ~HttpProbe() override;

    void start();

    static constexpr int maxRedirects = 10;
    static constexpr qsizetype maxHeadBytes = qsizetype {64} * 1024;

Q_SIGNALS:
    void finished(const dozor::HttpObservation &observation);

private:
    // One exchange with url (a redirect starts another).
    void request(const QUrl &url);
    void sendRequest();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onClosed();
    // Parses the status line and headers from m_buffer; false while they are incomplete.
    bool parseHead();
    // Takes body bytes from m_buffer; true once the body is complete (or capped).
    bool takeBody();
    // Appends to the body up to the cap; false when the cap was reached.
    bool appendBody(QByteArrayView data);
    void responseComplete();
    void fail(HttpObservation::Outcome outcome, const QString &error);
    void emitOnce();
    void dropSocket();
    QString where() const; // "host:port" of the current exchange

    CheckSpec m_check;
    QString m_baseDir;
    QList<QSslCertificate> m_extraCas;
    QUrl m_url;
    QByteArray m_method;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    enum class Stage { Head, Body, ChunkSize, ChunkData, ChunkEnd, Done };
    Stage m_stage = Stage::Head;
    qint64 m_contentLength = -1; // -1: not given
    qint64 m_chunkLeft = 0;
    qint64 m_bodyRead = 0; // of this response, for Content-Length
    QTimer m_deadline;
    QElapsedTimer m_clock;
    HttpObservation m_observation;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace dozor

Q_DECLARE_METATYPE(dozor::HttpObservation)
