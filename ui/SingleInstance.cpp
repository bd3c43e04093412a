#include "SingleInstance.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace dozor {

namespace {
constexpr int handOverTimeoutMs = 2000;
// How long a second launch waits for a first one that holds the lock but is not listening
// yet (it is still starting).
constexpr int startingTimeoutMs = 5000;
constexpr qint64 maxRequestBytes = 4096;
} // namespace

SingleInstance::SingleInstance(const QString &workspaceFile, QObject *parent)
    : QObject(parent)
    , m_lock(workspaceFile)
    , m_name(WorkspaceLock::instanceName(workspaceFile))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QString &page, bool hidden)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(handOverTimeoutMs))
        return false;
    const QJsonObject request {{QStringLiteral("page"), page}, {QStringLiteral("hidden"), hidden}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(handOverTimeoutMs))
        return false;
    // The answer says the running app took the request (not just that a socket was there).
    const QDeadlineTimer deadline(handOverTimeoutMs);
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

SingleInstance::Claim SingleInstance::claim(const QString &page, bool hidden)
{
    const QDeadlineTimer deadline(startingTimeoutMs);
    for (;;) {
        if (handOver(page, hidden))
            return Claim::HandedOver;
        // Without a lock file (an unwritable data folder) the app runs and shows why its
        // history cannot be kept.
        if (m_lock.tryLock() != WorkspaceLock::Result::HeldByOther)
            return Claim::Claimed;
        // Held by `dozor watch`, or by an app that does not listen yet because it has just
        // started (then its lock is new).
        const QDateTime taken = QFileInfo(m_lock.path()).lastModified();
        const bool justTaken = taken.isValid() && taken.secsTo(QDateTime::currentDateTime()) < 10;
        if (deadline.hasExpired() || !justTaken)
            return Claim::HeldByOther;
        QThread::msleep(100);
    }
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by an app that crashed is stale only if this process holds the lock
        // (without a lock file, it may be a live app's).
        if (!m_lock.isLocked()) {
            qCWarning(lcUi, "not listening for a second launch: %s is in use", qPrintable(m_name));
            return false;
        }
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qCWarning(lcUi, "cannot listen for a second launch on %s: %s", qPrintable(m_name),
                qPrintable(m_server->errorString()));
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::takeConnection);
    return true;
}

void SingleInstance::takeConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxRequestBytes)
                    socket->abort();
                return;
            }
            const QJsonObject request =
                QJsonDocument::fromJson(socket->readLine(maxRequestBytes)).object();
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            const QString page = request.value(QStringLiteral("page")).toString();
            const bool hidden = request.value(QStringLiteral("hidden")).toBool();
            qCInfo(lcUi, "another launch asked for the window (page \"%s\"%s)", qPrintable(page),
                hidden ? ", hidden" : "");
            Q_EMIT activationRequested(page, hidden);
        });
    }
}

} // namespace dozor
