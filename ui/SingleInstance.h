#pragma once

#include "core/WorkspaceLock.h"

#include <QObject>
#include <QString>

class QLocalServer;

namespace dozor {

// One desktop app per workspace. The first launch holds the workspace's lock and listens
// on a local socket private to the user; a second launch hands its --page over and exits,
// and the running app comes to the front. `dozor watch` takes the same lock, so the app
// and a watch never run the checks of one workspace twice.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &workspaceFile, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands page (may be empty) to the app already running for this workspace; true when it
    // took it. hidden: only make sure it runs, do not bring the window forward.
    bool handOver(const QString &page, bool hidden);

    // Takes the workspace for this process; false when another one holds it. While the
    // first app is still starting, a second launch keeps trying to hand over for a moment.
    enum class Claim { Claimed, HandedOver, HeldByOther };
    Claim claim(const QString &page, bool hidden);
    // Who holds the workspace after HeldByOther, in words.
    QString holder() const { return m_lock.holder(); }
    QString lockPath() const { return m_lock.path(); }

    // Starts taking hand-overs from later launches; false (with a warning logged) when the
    // socket cannot be made: the app still runs, a second launch then says who holds it.
    bool listen();

Q_SIGNALS:
    // A later launch asked for the window (page may be empty); hidden: it only asked that
    // Dozor runs.
    void activationRequested(const QString &page, bool hidden);

private:
    void takeConnection();

    WorkspaceLock m_lock;
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace dozor
