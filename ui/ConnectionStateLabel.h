#pragma once

#include "remote/SshTypes.h"

#include <QLabel>

namespace dozor {

class MonitorEngine;

// One line on a server's page saying how its SSH connection is doing: connected (and how
// samples are taken), reconnecting and when the next attempt is, or refused and why. One
// line for the server instead of a wall of failing checks. Hidden for other servers.
class ConnectionStateLabel : public QLabel {
    Q_OBJECT
public:
    ConnectionStateLabel(MonitorEngine *engine, QWidget *parent = nullptr);

    void setTargetId(const QString &targetId);
    // The text for a status, without the widget (exposed for tests).
    static QString describe(const SshHostStatus &status);

private:
    void show(const std::optional<SshHostStatus> &status);

    MonitorEngine *m_engine;
    QString m_targetId;
};

} // namespace dozor
