#pragma once

#include "SshTypes.h"
#include "core/CheckResult.h"
#include "core/HostSnapshot.h"
#include "core/Workspace.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace dozor {

class SshHosts;

// "Test connection" for one server as entered in the editor: connect → host key → log in →
// run the probe, on a connection of its own (never the engine's), and say which step failed
// and why. An unknown host key stops the test with the key, so the caller can ask the user
// and run the test again; a changed key is refused as everywhere else.
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    struct Report {
        bool ok = false;
        SshStep reached = SshStep::Connect; // Ready and !ok: the probe failed
        QString message; // what went wrong, or what the probe saw
        std::optional<HostKeyInfo> unknownKey; // set when the host key is not known yet
        qint64 elapsedMs = 0;
        // The checks given to start(), evaluated on what the probe saw (empty when the probe
        // did not run).
        QList<CheckResult> checks;
    };

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Tests and portable installs point these elsewhere; the defaults are KnownHosts'.
    void setKnownHostsFiles(const QString &dozorFile, const QString &userFile);
    // Where an accepted host key is to be written.
    QString dozorKnownHostsFile() const { return m_dozorKnownHosts; }
    // secret: the password or key passphrase to try (may be empty). checks: host-probe
    // checks to try on the probe's output as well (CPU use needs a second probe a moment
    // later, which the test then runs).
    void start(const Target &target, const QByteArray &secret, const QList<CheckSpec> &checks = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const dozor::ConnectionTest::Report &report);

private:
    void finish(Report report, const HostSnapshot &snapshot);

    SshHosts *m_hosts = nullptr;
    QList<CheckSpec> m_checks;
    QString m_dozorKnownHosts;
    QString m_userKnownHosts;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace dozor
